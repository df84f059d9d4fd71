"""Hand-written HTML probe pages with full-body truth: newsdesk vs trafilatura (body) and htmldate (day).

    .venv/bin/python benchmarks/html_probe.py tests/fixtures/probe/html12 [--show] [--json OUT]

DIR holds the pages (*.html); its labels are DIR.labels.jsonl beside it, one JSON object a page: `file`, `url`,
`published` (a day or null) and `body` (the article's paragraphs in order; headline, bylines, stamps, captions and
boxes left out). Per page and overall (mean over pages):

- body: word 4-gram shingle F1 (`eval.extraction.shingle_f1`, the held-out 'bodies' metric) of
  `ingest`: the path of `newsdesk ingest DIR` (a .html file is a RawDoc without URL, through `prepare.prepare`),
  `url`: `html.extract_html(page, url)` (the eval path, with the label's URL), and
  `traf`: trafilatura alone, the eval's baseline call (`extract(page, include_comments=False, include_tables=True,
  include_formatting=False)`);
- day: whether the published day equals the label (null = no day) for the same two newsdesk paths and htmldate
  alone (`find_date(page, original_date=True, extensive_search=True)`, as `newsdesk eval dates`; `hd+url` with the
  URL).

`--show` prints, per page, the truth paragraphs newsdesk (ingest path) lost (under half of their shingles found; of 4+ words) and
the paragraphs it kept that are no truth paragraph (under half of their shingles in the truth). The pages are
written by hand (tests/fixtures/probe/ORIGIN.md): they show what is lost, dev-set figures decide a rule.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdesk.eval.extraction import shingle_f1, shingles  # noqa: E402


def _ingest(data: bytes, name: str) -> tuple[str, str | None]:
    from newsdesk.errors import InputError
    from newsdesk.model import RawDoc
    from newsdesk.prepare import prepare

    raw = RawDoc(path=name, external_id=name, fmt="html", html=data, group=None)
    try:
        art = prepare(name, raw, None, "2026-01-01T00:00:00Z")
    except InputError:
        return "", None
    return art.text, art.published


def _long(text: str) -> bool:
    """A paragraph of at least 4 words: a shorter one (a subheading) has no shingle of its own to look for."""
    return len(shingles(text)) > 1 or len(next(iter(shingles(text)), ())) >= 4


def _share(part: str, whole: set) -> float:
    sh = shingles(part)
    return len(sh & whole) / len(sh) if sh else 1.0


def run(folder: Path, show: bool = False) -> dict:
    from htmldate import find_date
    from trafilatura import extract

    from newsdesk.html import extract_html

    labels = [json.loads(line) for line in folder.with_name(folder.name + ".labels.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for lab in labels:
        data = (folder / lab["file"]).read_bytes()
        truth = "\n\n".join(lab["body"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ing_text, ing_day = _ingest(data, lab["file"])
            cleaned, dating = extract_html(data, lab.get("url"))
            traf = extract(data, include_comments=False, include_tables=True, include_formatting=False)
            hd = find_date(data, original_date=True, extensive_search=True)
            hd_url = find_date(data, url=lab.get("url"), original_date=True, extensive_search=True)
        want = lab.get("published")
        row = {"file": lab["file"], "published": want,
               "f1": {"ingest": shingle_f1(ing_text, truth)[2], "url": shingle_f1(cleaned.text, truth)[2],
                      "traf": shingle_f1(traf, truth)[2]},
               "day": {"ingest": ing_day, "url": dating.published, "htmldate": hd, "hd+url": hd_url}}
        row["ok"] = {k: (v[:10] if v else None) == want for k, v in row["day"].items()}
        if show:
            tsh, psh = shingles(truth), shingles(ing_text)
            row["lost"] = [p for p in lab["body"] if _long(p) and _share(p, psh) < 0.5]
            row["junk"] = [p for p in ing_text.split("\n\n") if _long(p) and _share(p, tsh) < 0.5]
        rows.append(row)
    n = len(rows) or 1
    total = {"pages": len(rows),
             "f1": {k: sum(r["f1"][k] for r in rows) / n for k in ("ingest", "url", "traf")},
             "day": {k: sum(r["ok"][k] for r in rows) / n for k in ("ingest", "url", "htmldate", "hd+url")}}
    return {"total": total, "rows": rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--show", action="store_true", help="print lost truth paragraphs and kept non-truth ones")
    ap.add_argument("--json", help="write the rows and totals to this file")
    args = ap.parse_args()
    out = run(Path(args.folder), args.show)
    print(f"{'page':28} {'ingest':>7} {'url':>7} {'traf':>7}  day: ingest url htmldate hd+url (truth)")
    for r in out["rows"]:
        f, ok = r["f1"], r["ok"]
        marks = " ".join(("ok" if ok[k] else str(r["day"][k])[:10]) for k in ("ingest", "url", "htmldate", "hd+url"))
        print(f"{r['file'][:-5]:28} {f['ingest']:7.4f} {f['url']:7.4f} {f['traf']:7.4f}  {marks}  ({r['published']})")
        for p in r.get("lost", []):
            print(f"    LOST  {p[:110]}")
        for p in r.get("junk", []):
            print(f"    JUNK  {p[:110]}")
    t = out["total"]
    print(f"{'ALL (' + str(t['pages']) + ' pages)':28} {t['f1']['ingest']:7.4f} {t['f1']['url']:7.4f} "
          f"{t['f1']['traf']:7.4f}  day: " + " ".join(f"{k} {v:.3f}" for k, v in t["day"].items()))
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
