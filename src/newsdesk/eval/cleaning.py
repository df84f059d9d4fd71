"""Evaluate plain-text cleaning and dating on hand-labelled scrapes (tehrantimes_dev, tests/fixtures/clean).

Scoring reproduces ``../shared/tools/acceptance.py check_scraped``: the whole folder is one corpus group (its
statistics are gathered first, as ingest does), then for each labelled file:

* ``junk_removed``: share of labelled junk items (``junk_lines`` + ``junk_inline`` texts) whose whitespace-collapsed
  text no longer occurs in the whitespace-collapsed clean text;
* ``bodies_kept``: files whose first 200 characters of ``body_first_line`` and last 200 of ``body_last_line`` are in
  the clean text;
* ``invented_days``: files given a publication day where the label has none;
* ``recurring_lines_survived``: over every file of the folder, the share of occurrences of recurring lines (a
  whitespace-collapsed line found in at least RECURRING_MIN_FILES files, issue 14's "lines that recur across the
  site") still found in the clean text.

Because a cascade repeat line or the second copy of a repeated run is, by construction, also a substring of the body
that must be kept, the acceptance formula cannot count those items as removed; ``junk_removed_ceiling`` is the best
score that formula allows, and ``junk_removed_strict`` counts an item as removed when it occurs fewer times in the
clean text than in the raw text (which does credit a removed repeat). For the fixtures (`.json` labels beside each
`.txt`), dates are also scored: ``published_right`` and ``page_date_right``, and credits found.

    newsdesk eval cleaning --dataset ../shared/data/tehrantimes_dev [--detail]
    newsdesk eval cleaning --dataset tests/fixtures/clean
    newsdesk eval cleaning --speed --dataset ../shared/data/basil_dev/articles.jsonl   # docs/s
"""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk.clean import CorpusStats, clean_text
from newsdesk.dates.publication import date_text


def _norm(s: str) -> str:
    return " ".join(s.split())


def _load(data_path: str) -> tuple[list[tuple[str, str]], list[dict], str]:
    """(every (file, raw text) of the corpus, labels, group name)."""
    root = Path(data_path)
    if (root / "labels.jsonl").is_file():  # tehrantimes_dev layout
        files = sorted((root / "articles").glob("*.txt"))
        docs = [(f"articles/{p.name}", p.read_text(encoding="utf-8", errors="replace")) for p in files]
        labels = [json.loads(x) for x in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x]
        return docs, labels, root.name
    files = sorted(root.glob("*.txt"))  # fixture layout: NAME.txt + NAME.json
    docs = [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in files]
    labels = []
    for p in files:
        lab = p.with_suffix(".json")
        if lab.is_file():
            d = json.loads(lab.read_text(encoding="utf-8"))
            d.setdefault("file", p.name)
            labels.append(d)
    return docs, labels, root.name


RECURRING_MIN_FILES = 5  # a line in this many files of a folder recurs across the site (a yardstick, not a rule)


def recurring_survived(docs: list[tuple[str, str]], stats: CorpusStats, group: str) -> tuple[float, int]:
    """(share of the occurrences of recurring lines that survive cleaning, occurrences) over every file of a folder."""
    per = [{_norm(x) for x in text.split("\n") if x.strip()} for _, text in docs]
    counts: dict[str, int] = {}
    for lines in per:
        for x in lines:
            counts[x] = counts.get(x, 0) + 1
    recurring = {x for x, n in counts.items() if n >= RECURRING_MIN_FILES}
    total = survived = 0
    for (_, text), lines in zip(docs, per, strict=True):
        mine = lines & recurring
        if not mine:
            continue
        clean = _norm(clean_text(text, stats=stats, group=group).text)
        total += len(mine)
        survived += sum(x in clean for x in mine)
    return (survived / total if total else 0.0), total


def run(data_path: str, detail: bool = False) -> dict:
    """Figures for one labelled folder (see module doc). `detail` adds per-file misses."""
    docs, labels, group = _load(data_path)
    stats = CorpusStats()
    for _, text in docs:
        stats.add(group, text)
    by_name = dict(docs)
    junk = removed = strict = ceiling = kept = invented = 0
    pub_total = pub_right = page_total = page_right = cred_total = cred_found = keep_total = keep_ok = 0
    misses: list[dict] = []
    for label in labels:
        raw = by_name.get(label["file"], "")
        cleaned = clean_text(raw, stats=stats, group=group)
        dating = date_text(raw, cleaned, meta_date=label.get("meta_date"))
        text = _norm(cleaned.text)
        raw_n = _norm(raw)
        items = list(label.get("junk_lines", [])) + [j["text"] if isinstance(j, dict) else j
                                                     for j in label.get("junk_inline", [])]
        junk += len(items)
        for it in items:
            n = _norm(it)
            gone = n not in text
            removed += gone
            strict += text.count(n) < raw_n.count(n) or gone
            # the acceptance formula can only credit an item that is not also part of the labelled body
            ceiling += not (n in _norm(label["body_first_line"]) or n in _norm(label["body_last_line"]))
            if detail and not gone:
                misses.append({"file": label["file"], "junk_left": it[:120]})
        first, last = _norm(label["body_first_line"]), _norm(label["body_last_line"])
        ok = first[:200] in text and last[-200:] in text
        kept += ok
        if detail and not ok:
            misses.append({"file": label["file"], "body_lost": (first[:80] if first[:200] not in text else last[-80:])})
        for q in label.get("must_keep", []):
            keep_total += 1
            keep_ok += _norm(q) in text
            if detail and _norm(q) not in text:
                misses.append({"file": label["file"], "must_keep_lost": q})
        want = label.get("published")
        invented += bool(dating.published) and not want
        pub_total += 1
        pub_right += dating.published == want
        if detail and dating.published != want:
            misses.append({"file": label["file"], "published": dating.published, "want": want})
        if "page_date" in label:
            page_total += 1
            page_right += dating.page_date == label["page_date"]
            if detail and dating.page_date != label["page_date"]:
                misses.append({"file": label["file"], "page_date": dating.page_date, "want": label["page_date"]})
        for c in label.get("credits", []):
            cred_total += 1
            cred_found += any(_norm(c) in _norm(x) for x in cleaned.credits)
    out = {
        "files": len(labels), "corpus_docs": len(docs),
        "junk_removed": round(removed / max(junk, 1), 4),
        "junk_removed_strict": round(strict / max(junk, 1), 4),
        "junk_removed_ceiling": round(ceiling / max(junk, 1), 4),
        "junk_items": junk,
        "bodies_kept": f"{kept}/{len(labels)}",
        "invented_days": invented,
        "published_right": f"{pub_right}/{pub_total}",
    }
    share, occurrences = recurring_survived(docs, stats, group)
    out["recurring_lines_survived"] = round(share, 4)
    out["recurring_line_occurrences"] = occurrences
    if page_total:
        out["page_date_right"] = f"{page_right}/{page_total}"
    if keep_total:
        out["quotes_kept"] = f"{keep_ok}/{keep_total}"
    if cred_total:
        out["credits_found"] = f"{cred_found}/{cred_total}"
    if detail:
        out["misses"] = misses
    return out


def speed(data_path: str) -> dict:
    """Throughput of corpus statistics and of clean + date, in documents per second (wall clock and CPU time).

    `data_path`: a JSONL file of records with a ``text`` field (one group, as ingest makes of one file), or a
    labelled folder as `run` reads. The statistics pass adds every document, then round-trips the rows (as ingest).
    """
    import time

    path = Path(data_path)
    if path.is_file():
        texts = [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        group = path.name
    else:
        docs, _labels, group = _load(data_path)
        texts = [t for _, t in docs]
    w0, c0 = time.perf_counter(), time.process_time()
    delta = CorpusStats()
    for t in texts:
        delta.add(group, t)
    stats = CorpusStats.from_rows(delta.to_rows())
    w1, c1 = time.perf_counter(), time.process_time()
    empty = 0
    for t in texts:
        cleaned = clean_text(t, stats=stats, group=group)
        date_text(t, cleaned)
        empty += not cleaned.text
    w2, c2 = time.perf_counter(), time.process_time()
    n = len(texts)

    def rate(a: float, b: float) -> float:
        return round(n / max(b - a, 1e-9), 1)

    return {"docs": n, "mb": round(sum(len(t.encode("utf-8")) for t in texts) / 1e6, 2), "empty": empty,
            "stats_docs_per_s": rate(w0, w1), "clean_date_docs_per_s": rate(w1, w2), "all_docs_per_s": rate(w0, w2),
            "cpu_stats_docs_per_s": rate(c0, c1), "cpu_clean_date_docs_per_s": rate(c1, c2),
            "cpu_all_docs_per_s": rate(c0, c2)}
