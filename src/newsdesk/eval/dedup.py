"""Dev evaluation of near-duplicate detection and re-used passages.

Pairs: real articles from ../shared/data (ecbplus_dev, basil_dev, meantime_en, tehrantimes_dev) plus syndicated
variants made from a seeded sample of them (`syndicate`: new headline, agency credit line, trimmed last paragraph,
boilerplate appended, light word edits, re-flowed paragraphs). Gold pairs: an original and its variants, and
variants of one original among themselves. Everything else is a negative, including the hard ones: ECB+ articles
of one topic (same kind of event, often the same event) and BASIL articles of one event from different outlets.
Real pairs that are near-identical in the source data itself are listed separately (`natural`) and left out of the
scoring, since the data sets carry no duplicate labels.

Passages (BASIL: three outlets per event, often quoting the same statement): a shared passage whose articles all
belong to one gold event is counted correct, one across events is boilerplate or chance.

    newsdesk eval dedup --data ../shared/data [--grid]

`pairs` / `passages_basil` score the dedup stage alone on the raw texts (the grids of the settings' `chosen_by`);
`product` scores the same articles through the product's path (`eval.run_product`: ingest -> cleaning -> the
pipeline's dedup phase on the stored text): the figures `newsdesk ingest` gives, which the eval gate checks.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from newsdesk import dedup

SEED = 13
DATASETS = ("ecbplus_dev", "basil_dev", "meantime_en", "tehrantimes_dev")

AGENCIES = ("Reuters", "AP", "AFP", "Xinhua", "IRNA", "dpa", "ANI", "PTI", "Anadolu", "Bloomberg")
OUTLETS = ("Daily Herald", "The Morning Post", "City Gazette", "Evening Standard-Tribune", "Coastal Times",
           "National Observer", "Valley News", "Metro Chronicle", "The Independent Record", "World Desk")
BOILERPLATE = (
    "Sign up for our newsletter to get the top stories delivered to your inbox every morning.",
    ("Copyright {year} {agency}. All rights reserved. This material may not be published, broadcast, rewritten "
     "or redistributed."),
    "Follow us on Twitter and Facebook for the latest updates.",
    "Have a news tip? Email our newsroom or call the tip line. Comments are moderated and may take time to appear.",
    "Related: More coverage of this story on our website.",
    "This article was first published by {agency} and is republished here under a content-sharing agreement.",
)
EDITS = {"said": "says", "says": "said", "announced": "said", "Monday": "Monday", "percent": "per cent",
         "per cent": "percent", "United States": "U.S.", "U.S.": "United States", "officials": "authorities",
         "government": "administration", "about": "around", "more than": "over", "told": "said to"}


def load_articles(data_path: str | Path) -> list[dict]:
    """Real articles of the four dev sets as dicts: id, dataset, title, text, source, url, published, event, topic.
    Tehran Times files are taken as scraped (footer included); their group is the dataset."""
    root = Path(data_path)
    out = []
    for ds in DATASETS:
        d = root / ds
        if ds == "tehrantimes_dev":
            if not d.is_dir():
                continue
            for line in (d / "meta.jsonl").read_text(encoding="utf-8").splitlines():
                m = json.loads(line)
                text = (d / m["file"]).read_text(encoding="utf-8")
                out.append({"id": f"tehrantimes_{m['news_id']}_{Path(m['file']).stem}", "dataset": ds,
                            "title": None, "text": text, "source": "Tehran Times",
                            "url": "https://www.tehrantimes.com" + m["source_url_path"], "published": None,
                            "event": None, "topic": None})
            continue
        f = d / "articles.jsonl"
        if not f.is_file():
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            out.append({"id": r["id"], "dataset": ds, "title": r.get("title"), "text": r["text"],
                        "source": r.get("source"), "url": r.get("url"), "published": r.get("published"),
                        "event": r.get("event"), "topic": r.get("topic")})
    return out


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def syndicate(rng: random.Random, art: dict, n: int) -> dict:
    """The n-th re-issued copy of `art`: a new id, outlet and url, and a random mix of the edits syndication makes
    (changed headline, agency credit line, trimmed last paragraph, appended boilerplate, light word edits)."""
    agency = rng.choice(AGENCIES)
    outlet = rng.choice(OUTLETS)
    paras = _paragraphs(art["text"])
    edits = []
    if len(paras) > 3 and rng.random() < 0.4:
        paras = paras[:-1]
        edits.append("trim-last")
    if rng.random() < 0.5:
        paras = [re.sub(r"^", f"{agency.upper()} — ", paras[0], count=1)] + paras[1:]
        edits.append("dateline")
    if rng.random() < 0.5:
        k = rng.randint(1, 3)
        paras = _edit_words(rng, paras, k)
        edits.append(f"words{k}")
    if rng.random() < 0.4:
        paras.append(f"({agency} contributed to this report.)" if rng.random() < 0.5 else f"— {agency}")
        edits.append("credit")
    if rng.random() < 0.5:
        year = (art.get("published") or "2020")[:4]
        paras += [b.format(year=year, agency=agency) for b in rng.sample(BOILERPLATE, rng.randint(1, 2))]
        edits.append("boilerplate")
    if rng.random() < 0.3:
        sep = " " if rng.random() < 0.5 else "\n\n"
        text = sep.join(paras)
        edits.append("reflow")
    else:
        text = "\n\n".join(paras)
    title = art.get("title")
    if title and rng.random() < 0.7:
        title = rng.choice(("UPDATE: ", "", "WATCH: ", "")) + title.rstrip(".") + rng.choice(("", " - report", ""))
        edits.append("headline")
    slug = re.sub(r"\W+", "-", (title or art["id"]).lower()).strip("-")[:60]
    return {"id": f"{art['id']}~syn{n}", "dataset": art["dataset"], "title": title, "text": text,
            "source": outlet, "url": f"https://news.example/{outlet.lower().replace(' ', '-')}/{slug}-{n}",
            "published": art.get("published"), "event": art.get("event"), "topic": art.get("topic"),
            "original": art["id"], "edits": edits}


def _edit_words(rng: random.Random, paras: list[str], k: int) -> list[str]:
    """About k light edits per three paragraphs: swap a synonym, or drop a short clause (<= 8 words) between commas."""
    out = list(paras)
    for _ in range(k * max(1, len(paras) // 3)):
        i = rng.randrange(len(out))
        p = out[i]
        keys = [w for w in EDITS if w in p]
        if keys and rng.random() < 0.7:
            w = rng.choice(keys)
            out[i] = p.replace(w, EDITS[w], 1)
        else:
            parts = p.split(", ")
            short = [j for j in range(1, len(parts)) if len(parts[j].split()) <= 8 and "." not in parts[j]]
            if len(parts) > 2 and short:
                del parts[rng.choice(short)]
                out[i] = ", ".join(parts)
    return out


def build(data_path: str | Path, n_originals: int = 300, max_copies: int = 3, seed: int = SEED):
    """Real articles + variants of a seeded sample; returns (articles, gold pairs as frozensets)."""
    arts = load_articles(data_path)
    rng = random.Random(seed)
    picks = rng.sample(range(len(arts)), min(n_originals, len(arts)))
    fam = defaultdict(list)
    out = list(arts)
    for i in sorted(picks):
        a = arts[i]
        fam[a["id"]].append(a["id"])
        for n in range(1, rng.randint(1, max_copies) + 1):
            v = syndicate(rng, a, n)
            out.append(v)
            fam[a["id"]].append(v["id"])
    gold = {frozenset(p) for members in fam.values() for p in combinations(members, 2)}
    return out, gold


def detect(articles: list[dict], threshold: float, num_perm: int, bands: int, k: int):
    """All near-duplicate pairs (frozenset, est. Jaccard) found by adding the articles in order."""
    idx = dedup.DedupIndex(threshold=threshold, num_perm=num_perm, bands=bands)
    pairs = {}
    for a in articles:
        for other, sim in idx.add(a["id"], dedup.signature(_doc_text(a), num_perm=num_perm, k=k)):
            pairs[frozenset((a["id"], other))] = sim
    return pairs


def _doc_text(a: dict) -> str:
    # The engine signs Article.text (body; the title is a separate field), so the title is left out here too.
    return a["text"]


def score_pairs(pred: set, gold: set, ambiguous: set) -> dict:
    """Pair precision/recall; `ambiguous` pairs (see `ambiguous_pairs`) count neither way."""
    pred = pred - ambiguous
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp,
            "fp": len(pred) - tp, "fn": len(gold) - tp}


def ambiguous_pairs(articles: list[dict], natural: dict) -> set:
    """Pairs across two families whose originals are near-identical in the source data (a natural pair): the data
    has no duplicate labels, so whether a variant of one is a copy of the other is left unscored."""
    fam = {a["id"]: a.get("original", a["id"]) for a in articles}
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for p in natural:
        a, b = sorted(p)
        parent[find(a)] = find(b)
    members = defaultdict(list)
    for aid, f in fam.items():
        if f in parent:
            members[find(f)].append(aid)
    out = set()
    for ms in members.values():
        for a, b in combinations(ms, 2):
            if fam[a] != fam[b]:
                out.add(frozenset((a, b)))
    return out


def natural_found(natural: dict, pred: set) -> dict:
    """Natural pairs (exact Jaccard bands) detected / present."""
    bands = {"exact_j>=0.75": (0.75, 1.01), "0.5<=j<0.75": (0.5, 0.75), "0.3<=j<0.5": (0.3, 0.5)}
    return {name: f"{sum(1 for p, j in natural.items() if lo <= j < hi and p in pred)}/"
                  f"{sum(1 for j in natural.values() if lo <= j < hi)}" for name, (lo, hi) in bands.items()}


def natural_pairs(articles: list[dict], min_jaccard: float = 0.3, k: int = 5) -> dict:
    """Pairs of distinct real articles whose exact shingle Jaccard is >= min_jaccard (duplicates in the data)."""
    real = [a for a in articles if "original" not in a]
    sh = {a["id"]: dedup.shingles(_doc_text(a), k) for a in real}
    idx = dedup.DedupIndex(threshold=0.0, num_perm=128, bands=64)
    out = {}
    for a in real:
        for other, _ in idx.add(a["id"], dedup.signature(_doc_text(a), k=k)):
            s1, s2 = sh[a["id"]], sh[other]
            j = len(s1 & s2) / len(s1 | s2) if s1 | s2 else 0.0
            if j >= min_jaccard:
                out[frozenset((a["id"], other))] = round(j, 3)
    return out


def hard_negatives(articles: list[dict], pred: set) -> dict:
    """False positives among the hard negatives: same ECB+ topic, same BASIL event (different outlets)."""
    by = {a["id"]: a for a in articles}
    out = {"ecbplus_same_topic": 0, "basil_same_event": 0}
    for p in pred:
        a, b = (by[x] for x in sorted(p))
        if a.get("original", a["id"]) == b.get("original", b["id"]):
            continue
        if a["dataset"] == b["dataset"] == "ecbplus_dev" and a["topic"] == b["topic"]:
            out["ecbplus_same_topic"] += 1
        if a["dataset"] == b["dataset"] == "basil_dev" and a["event"] == b["event"]:
            out["basil_same_event"] += 1
    return out


def eval_passages(data_path: str | Path, min_words: int, max_docs: int) -> dict:
    """Shared passages among BASIL articles: share that stay inside one gold event (precision proxy)."""
    arts = [a for a in load_articles(data_path) if a["dataset"] == "basil_dev"]
    if not arts:
        return {}
    ev = {a["id"]: a["event"] for a in arts}
    idx = dedup.PassageIndex(min_words=min_words, max_docs=max_docs)
    for a in arts:
        idx.add(a["id"], a["text"])
    ps = idx.passages()
    inside = sum(1 for p in ps if len({ev[s[0]] for s in p.spans}) == 1)
    events = {ev[p.spans[0][0]] for p in ps if len({ev[s[0]] for s in p.spans}) == 1}
    return {"passages": len(ps), "within_event": inside, "precision": round(inside / len(ps), 4) if ps else 1.0,
            "events_with_passage": len(events)}


def product(articles: list[dict], basil: list[dict], settings=None) -> dict:
    """The same articles through the product's path (`eval.run_product`: `Engine.ingest` -> cleaning and dating ->
    the pipeline's dedup phase on the stored text, in the engine's chunks): the stored near-duplicate pairs and,
    over the BASIL articles alone, the stored re-used passages (`store.queries.passages`)."""
    from newsdesk.eval import run_product
    from newsdesk.settings import DEFAULT
    from newsdesk.store import queries

    settings = settings or DEFAULT
    with run_product(articles, until="dedup", settings=settings) as run:
        rec = run.record_of
        pairs = {frozenset((rec[a], rec[b])) for a, b, _ in run.store.dup_pairs() if a in rec and b in rec}
        rejected = sum(r.rejected for r in run.reports)
    with run_product(basil, until="dedup", settings=settings) as run:
        ev = {run.article_of[a["id"]]: a["event"] for a in basil if a["id"] in run.article_of}
        ps = queries.passages(run.store)
    inside = [p for p in ps if len({ev.get(s["article"]) for s in p["spans"]}) == 1]
    return {"pairs": pairs, "rejected": rejected,
            "passages_basil": {"passages": len(ps), "within_event": len(inside),
                               "precision": round(len(inside) / len(ps), 4) if ps else 1.0,
                               "events_with_passage": len({ev.get(p["spans"][0]["article"]) for p in inside})}}


def run(data_path: str, threshold: float | None = None, num_perm: int | None = None, bands: int | None = None,
        k: int | None = None, grid: bool = False, settings=None) -> dict:
    """Figures of the stage alone (threshold/num_perm/bands/k: a grid point; default the settings') and through
    the product path (`product`, with `settings`: a `Settings`, default DEFAULT)."""
    from newsdesk import settings as S

    threshold = S.DEDUP_MIN_JACCARD if threshold is None else threshold
    num_perm = S.NUM_PERM if num_perm is None else num_perm
    bands = S.DEDUP_LSH_BANDS if bands is None else bands
    k = S.SHINGLE_WORDS if k is None else k
    articles, gold = build(data_path)
    nat = natural_pairs(articles)
    amb = ambiguous_pairs(articles, nat)
    t = time.perf_counter()
    pairs = detect(articles, threshold, num_perm, bands, k)
    secs = time.perf_counter() - t
    res = {"data": str(data_path), "articles": len(articles),
           "variants": sum(1 for a in articles if "original" in a), "gold_pairs": len(gold - amb),
           "natural_pairs": len(nat), "ambiguous_pairs_unscored": len(amb - gold),
           "settings": {"threshold": threshold, "num_perm": num_perm, "bands": bands, "shingle_words": k},
           "pairs": score_pairs(set(pairs), gold - amb, amb - gold),
           "natural_found": natural_found(nat, set(pairs)),
           "hard_negative_fp": hard_negatives(articles, set(pairs) - amb - gold),
           "docs_per_s": round(len(articles) / secs, 1),
           "passages_basil": eval_passages(data_path, S.PASSAGE_MIN_WORDS, S.PASSAGE_MAX_DOCS)}
    prod = product(articles, [a for a in articles if a["dataset"] == "basil_dev" and "original" not in a], settings)
    res["product"] = {"rejected": prod["rejected"], "pairs": score_pairs(prod["pairs"], gold - amb, amb - gold),
                      "hard_negative_fp": hard_negatives(articles, prod["pairs"] - amb - gold),
                      "passages_basil": prod["passages_basil"]}
    if grid:
        res["grid"] = _grid(articles, gold - amb, amb - gold, nat, num_perm)
        res["passage_grid"] = {f"min_words={w}": eval_passages(data_path, w, S.PASSAGE_MAX_DOCS)
                               for w in (4, 6, 8, 10, 12, 15)}
    return res


def _grid(articles, gold, amb, nat, num_perm) -> dict:
    out = {}
    for k in (3, 4, 5, 7):
        pairs = detect(articles, 0.2, num_perm, 64, k)  # r=2: (near) every pair >= 0.3 is a candidate
        for th in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            pred = {p for p, s in pairs.items() if s >= th}
            sc = score_pairs(pred, gold, amb)
            out[f"k={k} j>={th}"] = {**{m: sc[m] for m in ("precision", "recall", "f1", "fp", "fn")},
                                     "natural": natural_found(nat, pred),
                                     "hard_fp": hard_negatives(articles, pred - amb - gold)}
    return out
