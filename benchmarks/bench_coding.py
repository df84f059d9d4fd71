"""Cost of the coding stage (dependency parse of trigger sentences + roles) against NER, on N corpus articles.

    .venv/bin/python benchmarks/bench_coding.py out/bench/corpus_10000.jsonl --n 1000

Prints docs/s of NER (`ner.parse`, all text), of entities (`entities.mentions`) and of coding (`coding.code`,
which parses only the sentences holding a trigger candidate), the sentences with a trigger candidate (parsed only within the first CODING_MAX_SENTENCES and with an
entity or actor noun), and records made; then the bare MiniLM pass over the same articles (the product's embedder
on `embed.embedding_text`, the 10k benchmark's reference), the same pass with the sentence vectors pooled
(`embed_parts`, what the pipeline's embed stage runs) and the sentence-embedding type check (`coding.veto`), with
the records it keeps.
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
    from newsdesk import embed
    from newsdesk.settings import DEFAULT

    emb = embed.get_embedder()
    emb.embed(["warm up"])
    texts = [embed.embedding_text(None, art.text, DEFAULT.EMBED_MAX_CHARS) for art in arts]
    t4 = time.perf_counter()
    emb.embed(texts)  # the bare pass
    t5 = time.perf_counter()
    sents = [p.sents[:DEFAULT.CODING_MAX_SENTENCES] for p in parsed]
    _, parts = emb.embed_parts(texts, [[art.text[lo:hi] for lo, hi in ss] for art, ss in zip(arts, sents, strict=True)])
    t6 = time.perf_counter()
    vectors = {art.id: [(lo, hi, v) for (lo, hi), v in zip(ss, pv, strict=True) if v is not None]
               for art, ss, pv in zip(arts, sents, parts, strict=True)}
    kept = coding.veto({art.id: r for art, r in zip(arts, records, strict=True)}, vectors, emb.name,
                       DEFAULT.CODING_TYPE_TOP_K)
    t7 = time.perf_counter()
    from newsdesk.coding.code import _WORDS
    from newsdesk.coding.lexicon import is_candidate

    sents = [(art.text[lo:hi]) for art, p in zip(arts, parsed, strict=True) for lo, hi in p.sents]
    cand = sum(is_candidate(_WORDS.findall(s.lower())) for s in sents)
    n = len(arts)
    print(json.dumps({"articles": n, "ner_docs_per_s": round(n / (t1 - t0), 1),
                      "entities_docs_per_s": round(n / (t2 - t1), 1), "coding_docs_per_s": round(n / (t3 - t2), 1),
                      "ner_s": round(t1 - t0, 1), "entities_s": round(t2 - t1, 1), "coding_s": round(t3 - t2, 1),
                      "embedder": emb.name, "bare_embed_s": round(t5 - t4, 1),
                      "embed_with_sentence_vectors_s": round(t6 - t5, 1), "type_check_s": round(t7 - t6, 1),
                      "records_after_type_check": sum(len(r) for r in kept.values()),
                      "sentences": len(sents), "candidate_sentences": cand,
                      "records": sum(len(r) for r in records)}, indent=1))


if __name__ == "__main__":
    main()
