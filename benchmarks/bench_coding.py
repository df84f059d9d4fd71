"""Cost of the coding stage (dependency parse of trigger sentences + roles) against NER, on N corpus articles.

    .venv/bin/python benchmarks/bench_coding.py out/bench/corpus_10000.jsonl --n 1000

Prints docs/s of NER (`ner.parse`, all text), of entities (`entities.mentions`) and of coding (`coding.code`,
which parses only the sentences holding a trigger candidate), the sentences with a trigger candidate (parsed only within the first CODING_MAX_SENTENCES and with an
entity or actor noun), and records made.
"""

from __future__ import annotations

import argparse
import json
import time

from newsdesk import coding, entities, model, ner


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--n", type=int, default=1000)
    a = ap.parse_args()
    rows = []
    with open(a.corpus, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("text"):
                rows.append(r)
            if len(rows) >= a.n:
                break
    arts = [model.Article(id=str(i), external_id=str(r.get("id")), source=None, url=None, title=None, text=r["text"],
                          raw_text=r["text"], published=(r.get("date") or r.get("published") or "2020-01-01")[:10],
                          published_evidence="metadata", page_date=None, lang="en", credits=(), removed=(),
                          ingested_at="2020-01-01") for i, r in enumerate(rows)]
    ner.load()
    ner.load_parser()
    t0 = time.perf_counter()
    parsed = list(ner.parse(a.text for a in arts))
    t1 = time.perf_counter()
    ents = [entities.mentions(art, p) for art, p in zip(arts, parsed, strict=True)]
    t2 = time.perf_counter()
    records = [coding.code(art, p, e) for art, p, e in zip(arts, parsed, ents, strict=True)]
    t3 = time.perf_counter()
    from newsdesk.coding.code import _WORDS
    from newsdesk.coding.lexicon import is_candidate

    sents = [(art.text[lo:hi]) for art, p in zip(arts, parsed, strict=True) for lo, hi in p.sents]
    cand = sum(is_candidate(_WORDS.findall(s.lower())) for s in sents)
    n = len(arts)
    print(json.dumps({"articles": n, "ner_docs_per_s": round(n / (t1 - t0), 1),
                      "entities_docs_per_s": round(n / (t2 - t1), 1), "coding_docs_per_s": round(n / (t3 - t2), 1),
                      "ner_s": round(t1 - t0, 1), "entities_s": round(t2 - t1, 1), "coding_s": round(t3 - t2, 1),
                      "sentences": len(sents), "candidate_sentences": cand,
                      "records": sum(len(r) for r in records)}, indent=1))


if __name__ == "__main__":
    main()
