"""Audit of the HTML publication-day overrides: where newsdesk's day differs from htmldate alone's, which rule of
`html.dates.decide` made it differ and whether that was right, per site-disjoint half.

    .venv/bin/python benchmarks/html_dates_audit.py ../shared/data/htmldate_dev [--cache /tmp/x.json]
        [--set HTML_PRINTED_MAX_DAYS=1 ...] [--grid NAME=v1,v2] [--pages]

Every page is decoded and parsed as the product does; `html.dates.date_candidates` (with the page URL, as `newsdesk
eval dates` passes it) and htmldate alone (`find_date(bytes, original_date=True, extensive_search=True)`, no URL:
the baseline of `newsdesk eval dates`) are computed once and cached as JSON (`--cache`; delete it after a change to
`date_candidates`). Each configuration then replays `html.dates.decide` over the cached candidates: `--set NAME=V`
overrides a module setting of `newsdesk.html.dates` (every configuration), `--grid NAME=v1,v2` adds one
configuration per value. With no override the accuracies equal `newsdesk eval dates`' figures.

Per configuration: day accuracy of newsdesk and htmldate alone on all pages and on halves A and B
(`eval.plaintext.half_of` of the host), then the override table: for each deciding rule, on each half, the pages
where newsdesk's day differs from htmldate alone's: `+` newsdesk right and htmldate wrong, `-` the reverse, `0` both
wrong. Rule 'htmldate' there means htmldate on the product's own tree (decoded, URL given, readers' comments
pruned) answered differently from htmldate on the bytes. `near` counts, among those pages, the ones where the two
days are one day apart (a timezone or a late-evening stamp) and `upd` the ones where the day newsdesk overrode is
the page's own modification day (JSON-LD/meta `dateModified`). `--pages` lists every differing page.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import sys
import warnings
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdesk.eval.extraction import site_of  # noqa: E402
from newsdesk.eval.plaintext import half_of  # noqa: E402


def _one(job: tuple[str, str | None]) -> dict:
    from htmldate import find_date

    from newsdesk.html import body, date_candidates, decode_html, parse_html

    path, url = job
    data = gzip.decompress(Path(path).read_bytes())
    out: dict = {"cands": None, "htmldate": None}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with contextlib.suppress(Exception):  # as the evaluation: a crash is no date
            out["htmldate"] = find_date(data, original_date=True, extensive_search=True)
        text = decode_html(data)
        tree = parse_html(text) if text and text.strip() else None
        if tree is not None:
            out["cands"] = date_candidates(tree, url or None, body.page_title(tree))
    return out


def _collect(folder: Path, cache: Path | None, workers: int) -> list[dict]:
    truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    if cache and cache.exists():
        done = json.loads(cache.read_text(encoding="utf-8"))
    else:
        jobs = [(str(folder / t["file"]), t.get("url")) for t in truth]
        with ProcessPoolExecutor(workers) as pool:
            found = list(pool.map(_one, jobs, chunksize=4))
        done = {t["id"]: f for t, f in zip(truth, found, strict=True)}
        if cache:
            cache.write_text(json.dumps(done), encoding="utf-8")
    rows = []
    for t in truth:
        got = done[t["id"]]
        cands = got["cands"]
        if cands is not None:
            cands["headline"] = [tuple(x) for x in cands.get("headline") or []]
        rows.append({"id": t["id"], "gold": t["date"][:10], "site": site_of(t.get("url")),
                     "half": half_of(site_of(t.get("url"))), "cands": cands, "htmldate": got["htmldate"]})
    return rows


def _apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def replay(rows: list[dict]) -> dict:
    """Accuracies and the override table of the current `html.dates` settings over the cached candidates."""
    from newsdesk.html.dates import decide

    acc = {k: Counter() for k in ("all", "A", "B")}
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: {"A": Counter(), "B": Counter()})
    pages = []
    for r in rows:
        day, _evidence, rule = decide(r["cands"]) if r["cands"] is not None else (None, None, "unparsed")
        hd = (r["htmldate"] or "")[:10] or None
        for part in ("all", r["half"]):
            acc[part]["n"] += 1
            acc[part]["newsdesk"] += day == r["gold"]
            acc[part]["htmldate"] += hd == r["gold"]
        if day == hd:
            continue
        mark = "+" if day == r["gold"] else "-" if hd == r["gold"] else "0"
        cell = table[rule][r["half"]]
        cell[mark] += 1
        cands = r["cands"] or {}
        modified = {cands.get("jsonld_modified"), cands.get("meta_modified")} - {None}
        cell["near"] += _apart(day, hd) == 1
        cell["upd"] += hd in modified
        confirmers = [k for k in ("jsonld_published", "meta_published", "htmldate_original", "jsonld_modified",
                                  "meta_modified") if day and cands.get(k) == day]
        pages.append({"id": r["id"], "half": r["half"], "site": r["site"], "gold": r["gold"], "newsdesk": day,
                      "htmldate": hd, "rule": rule, "mark": mark, "confirmers": confirmers,
                      "printed": sorted({d for _, d in cands.get("headline") or []}),
                      "meta": {k: cands.get(k) for k in ("jsonld_published", "meta_published", "htmldate_original",
                                                         "jsonld_modified", "meta_modified") if cands.get(k)}})
    return {"acc": acc, "table": table, "pages": pages}


def _print(label: str, res: dict, show_pages: bool) -> None:
    acc = res["acc"]
    print(f"{label}: " + "  ".join(
        f"{k} ({c['n']}) newsdesk {c['newsdesk'] / max(1, c['n']):.4f} htmldate {c['htmldate'] / max(1, c['n']):.4f}"
        for k, c in acc.items()))
    print("  rule        | A + / - / 0  near upd | B + / - / 0  near upd")
    for rule, cells in sorted(res["table"].items()):
        a, b = cells["A"], cells["B"]
        print(f"  {rule:<11} | {a['+']:>3} / {a['-']} / {a['0']}  {a['near']:>4} {a['upd']:>3} "
              f"| {b['+']:>3} / {b['-']} / {b['0']}  {b['near']:>4} {b['upd']:>3}")
    if show_pages:
        for p in sorted(res["pages"], key=lambda p: (p["rule"], p["half"], p["mark"])):
            print("   ", json.dumps(p, ensure_ascii=False))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--cache")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--grid", action="append", default=[])
    ap.add_argument("--pages", action="store_true")
    args = ap.parse_args()
    from newsdesk.html import dates

    rows = _collect(Path(args.folder), Path(args.cache) if args.cache else None, args.workers)
    base = dict(kv.split("=", 1) for kv in args.set)
    configs = [base]
    for grid in args.grid:
        name, values = grid.split("=", 1)
        configs += [{**base, name: v} for v in values.split(",")]
    defaults = {name: getattr(dates, name) for name in dir(dates) if name.startswith("HTML_")}
    try:
        for config in configs:
            for name, value in defaults.items():
                setattr(dates, name, value)
            for name, value in config.items():
                setattr(dates, name, type(defaults[name])(float(value)))
            label = " ".join(f"{k}={v}" for k, v in config.items()) or "defaults"
            _print(label, replay(rows), args.pages)
    finally:
        for name, value in defaults.items():
            setattr(dates, name, value)


if __name__ == "__main__":
    main()
