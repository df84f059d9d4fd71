"""HTML extraction evaluation: main text (segments / bodies) and publication day, newsdesk vs the plain libraries.

Data sets: a folder with `truth.jsonl` and `pages/<id>.html.gz` (../shared/data/trafilatura_eval,
../shared/data/htmldate_dev; layout in ../shared/tools/extract_eval/README.md). In one run, on the same pages:

- `newsdesk`: `newsdesk.html.extract_html(page_bytes, url)`;
- `trafilatura` (segments/bodies): trafilatura's benchmark call, `extract(bytes, include_comments=False,
  include_tables=True, include_formatting=False)`;
- `htmldate` (dates): `find_date(bytes, original_date=True, extensive_search=True)`.

The scorers are re-implemented from ../shared/tools/extract_eval/score.py (same definitions):

- segments: whitespace-normalised substring match of each `with` (TP/FN) and `without` (FP/TN) snippet, micro P/R/F1;
- bodies: word 4-gram shingle F1 per page (tokens `\\w+`), mean over pages (an empty prediction scores 0);
- dates: day accuracy (first 10 characters), plus htmldate's own correct/wrong/none counts.

    newsdesk eval extraction --dataset ../shared/data/trafilatura_eval [--workers 2]
    newsdesk eval dates --dataset ../shared/data/htmldate_dev [--workers 2]

`run(data_path)` picks the mode from the truth fields and also reports each system on the two site-disjoint halves
(`half_A`, `half_B`: `eval.plaintext.half_of` of the page's host). Seconds per page are wall time of the call alone.
"""

from __future__ import annotations

import gzip
import json
import re
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from newsdesk.eval.plaintext import half_of
from newsdesk.html import extract_html

TOKEN_RE = re.compile(r"\w+", re.UNICODE)
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


# ---------------------------------------------------------------------------------------------- scorers


def norm_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def score_segments(truth: list[dict], preds: dict[str, str | None]) -> dict:
    tp = fp = fn = tn = 0
    for item in truth:
        text = preds.get(item["id"])
        res = norm_ws(text) if isinstance(text, str) else None
        p_tp = sum(1 for s in item["with"] if res is not None and norm_ws(s) in res)
        p_fp = sum(1 for s in item["without"] if res is not None and norm_ws(s) in res)
        tp, fp = tp + p_tp, fp + p_fp
        fn, tn = fn + len(item["with"]) - p_tp, tn + len(item["without"]) - p_fp
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn),
            "accuracy": _ratio(tp + tn, tp + fp + fn + tn), "f1": _ratio(2 * tp, 2 * tp + fp + fn)}


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    tokens = TOKEN_RE.findall(text or "")
    return {tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n]}


def shingle_f1(pred: str | None, true: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of word 4-gram shingle sets; an empty prediction scores 0."""
    p, t = shingles(pred or ""), shingles(true)
    if not p:
        return 0.0, 0.0, 0.0
    inter = len(p & t)
    return _ratio(inter, len(p)), _ratio(inter, len(t)), _ratio(2 * inter, len(p) + len(t))


def score_bodies(truth: list[dict], preds: dict[str, str | None]) -> dict:
    rows = [shingle_f1(preds.get(item["id"]), item["body"]) for item in truth]
    n = len(rows) or 1
    return {"shingle_f1": sum(r[2] for r in rows) / n, "shingle_precision": sum(r[0] for r in rows) / n,
            "shingle_recall": sum(r[1] for r in rows) / n,
            "empty_predictions": sum(1 for item in truth if not shingles(preds.get(item["id"]) or ""))}


def score_dates(truth: list[dict], preds: dict[str, str | None]) -> dict:
    tp = fp = fn = 0
    for item in truth:
        value = preds.get(item["id"])
        if not isinstance(value, str) or not value.strip():
            fn += 1
        elif DAY_RE.match(value) and value[:10] == item["date"]:
            tp += 1
        else:
            fp += 1
    return {"correct": tp, "wrong": fp, "no_date": fn, "accuracy": _ratio(tp, len(truth)),
            "precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn), "f1": _ratio(2 * tp, 2 * tp + fp + fn)}


# ---------------------------------------------------------------------------------------------- systems


def _newsdesk(html: bytes, url: str | None, mode: str) -> str | None:
    cleaned, dating = extract_html(html, url=url or None)
    return dating.published if mode == "dates" else cleaned.text


def _baseline(html: bytes, url: str | None, mode: str) -> str | None:
    if mode == "dates":
        from htmldate import find_date

        return find_date(html, original_date=True, extensive_search=True)
    from trafilatura import extract

    return extract(html, include_comments=False, include_tables=True, include_formatting=False)


SYSTEMS: dict[str, Callable[[bytes, str | None, str], str | None]] = {"newsdesk": _newsdesk, "baseline": _baseline}


def _one(args: tuple[str, str, str, str | None, str]) -> tuple[str, str | None, float]:
    system, page_id, path, url, mode = args
    html = gzip.decompress(Path(path).read_bytes())
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            out = SYSTEMS[system](html, url, mode)
        except Exception:  # noqa: BLE001 -- as the upstream benchmarks do: a crash is an empty prediction
            out = None
    return page_id, out, time.perf_counter() - start


def _mode(truth: list[dict]) -> str:
    first = truth[0] if truth else {}
    return "segments" if "with" in first else "bodies" if "body" in first else "dates"


def _predict(system: str, truth: list[dict], root: Path, mode: str, workers: int) -> tuple[dict, float]:
    jobs = [(system, t["id"], str(root / t["file"]), t.get("url"), mode) for t in truth]
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(_one, jobs, chunksize=4))
    else:
        results = [_one(j) for j in jobs]
    return {pid: out for pid, out, _ in results}, sum(s for _, _, s in results) / max(1, len(results))


SCORERS = {"segments": score_segments, "bodies": score_bodies, "dates": score_dates}


def run(data_path: str, workers: int = 1, limit: int | None = None) -> dict:
    """Score newsdesk and the library baseline on one extraction set; returns both figure sets and s/page."""
    root = Path(data_path)
    truth = [json.loads(line) for line in (root / "truth.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    truth = truth[:limit] if limit else truth
    mode = _mode(truth)
    baseline_name = "htmldate" if mode == "dates" else "trafilatura"
    out: dict = {"dataset": root.name, "mode": mode, "pages": len(truth)}
    halves = {h: [t for t in truth if half_of(site_of(t.get("url"))) == h] for h in "AB"}
    for system, name in (("newsdesk", "newsdesk"), ("baseline", baseline_name)):
        preds, per_page = _predict(system, truth, root, mode, workers)
        out[name] = {**SCORERS[mode](truth, preds), "seconds_per_page": round(per_page, 4)}
        for h, part in halves.items():  # site-disjoint halves (eval.plaintext.half_of over the page's host)
            out.setdefault(f"half_{h}", {"pages": len(part)})[name] = SCORERS[mode](part, preds)
    return out


def site_of(url: str | None) -> str:
    """The host of a page's URL without 'www.' (the unit of the site-disjoint split)."""
    from urllib.parse import urlparse

    host = urlparse(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host


def run_segments(data_path: str, workers: int = 1) -> dict:
    """Segment P/R/F1 on a trafilatura_eval-style set (newsdesk and trafilatura alone)."""
    return run(data_path, workers=workers)


def run_dates(data_path: str, workers: int = 1) -> dict:
    """Publication-day accuracy on an htmldate-style set (newsdesk and htmldate alone)."""
    return run(data_path, workers=workers)
