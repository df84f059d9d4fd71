"""HTML body extraction: replay the body rules over trafilatura_eval, and a silver body shingle-F1.

    .venv/bin/python benchmarks/html_body.py rules ../shared/data/trafilatura_eval \
        [--set HTML_CREDIT_MAX_CHARS=0 --set ADDRESS=off ...] [--grid HTML_DATELINE_MAX_CHARS=30,40,60]
    .venv/bin/python benchmarks/html_body.py silver ../shared/data/trafilatura_eval ../shared/data/htmldate_dev

`rules`: every page is decoded, parsed and run through trafilatura's `bare_extraction` once; each configuration
then runs the product's `html.body.extract_body` on it (trafilatura's answer served from that cache), so a
configuration costs seconds. `--set NAME=VALUE` overrides a module setting of `newsdesk.html.body` for every
configuration (0 switches a length rule off); `ADDRESS=off` switches off the printed-address exception of the link
rule. `--grid NAME=v1,v2,...` adds one configuration per value (on top of the `--set` ones). Prints segment F1 (TP/FP/FN) overall and on the
site-disjoint halves (`eval.plaintext.half_of` of the page's host, as `newsdesk eval extraction`). With no override
the figures equal `newsdesk eval extraction`'s newsdesk row. Each line ends with the milliseconds per page the
product's code spends besides trafilatura's extraction (the deepcopy of its cached answer included).

`silver`: no dev set has body truth (the held-out `article_bodies` has). Pages whose JSON-LD declares an
`articleBody` of 200+ characters carry the publisher's own main text: word 4-gram shingle F1 (`eval.extraction.
shingle_f1`, the held-out metric) of newsdesk (`extract_html`) and trafilatura alone (its benchmark call) against it,
one page per URL, overall and per half. A silver truth only: publishers often declare a teaser or the text without
its standfirst, and keep inline "MORE:" link lines in it.
"""

from __future__ import annotations

import argparse
import gzip
import html as htmlmod
import json
import re
import sys
import time
import warnings
from copy import deepcopy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdesk.eval.extraction import score_segments, shingle_f1, site_of  # noqa: E402
from newsdesk.eval.plaintext import half_of  # noqa: E402


def _truth(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _halves(truth: list[dict], score) -> dict:
    out = {"all": score(truth)}
    for h in "AB":
        out[h] = score([t for t in truth if half_of(site_of(t.get("url"))) == h])
    return out


def _fmt(fig: dict) -> str:
    return "  ".join(f"{k} {v['f1']:.4f} ({v['tp']}/{v['fp']}/{v['fn']})" for k, v in fig.items())


def rules(args: argparse.Namespace) -> None:
    import trafilatura

    from newsdesk.html import body, decode_html, parse_html

    folder = Path(args.folder)
    truth = _truth(folder)
    warnings.simplefilter("ignore")
    start = time.perf_counter()
    pages, cache = [], {}
    real = trafilatura.bare_extraction
    for t in truth:
        tree = parse_html(decode_html(gzip.decompress((folder / t["file"]).read_bytes())))
        if tree is None:
            pages.append((t, None, None))
            continue
        title = body.page_title(tree)
        try:
            cache[id(tree)] = real(tree, url=t.get("url") or None, include_comments=False, include_tables=True,
                                   include_formatting=False, include_links=True, with_metadata=False)
        except Exception:  # noqa: BLE001 -- as the product: a crash is no article
            cache[id(tree)] = None
        pages.append((t, tree, title))
    print(f"{len(pages)} pages parsed and extracted in {time.perf_counter() - start:.0f} s", flush=True)

    def cached(tree, **_kw):
        doc = cache.get(id(tree))
        return deepcopy(doc) if doc is not None else None

    base = dict(kv.split("=", 1) for kv in args.set)
    configs = [base]
    for grid in args.grid:  # one configuration per value, each on top of the --set overrides
        name, values = grid.split("=", 1)
        configs += [{**base, name: v} for v in values.split(",")]
    defaults = {name: getattr(body, name) for name in dir(body) if name.startswith("HTML_")}
    address = body._ADDRESS_RE
    trafilatura.bare_extraction = cached
    try:
        for config in configs:
            for name, value in defaults.items():
                setattr(body, name, value)
            body._ADDRESS_RE = address
            for name, value in config.items():
                if name == "ADDRESS":
                    body._ADDRESS_RE = re.compile(r"(?!)") if value == "off" else address
                else:
                    setattr(body, name, type(defaults[name])(float(value)))
            began = time.perf_counter()
            preds = {t["id"]: (body.extract_body(tree, t.get("url") or None, title) if tree is not None else None)
                     for t, tree, title in pages}
            per_page = (time.perf_counter() - began) / max(1, len(pages)) * 1000
            label = " ".join(f"{k}={v}" for k, v in config.items()) or "defaults"
            print(f"{label}: {_fmt(_halves(truth, lambda part, p=preds: score_segments(part, p)))}  "
                  f"[{per_page:.1f} ms/page besides trafilatura]", flush=True)
    finally:
        trafilatura.bare_extraction = real
        for name, value in defaults.items():
            setattr(body, name, value)
        body._ADDRESS_RE = address


def _article_body(tree) -> str | None:
    bodies = []
    for script in tree.iterfind(".//script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        try:
            stack = [json.loads(script.text or "")]
        except ValueError:
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                for key, value in item.items():
                    if key == "articleBody" and isinstance(value, str) and len(value) >= 200:
                        bodies.append(value)
                    elif isinstance(value, (dict, list)):
                        stack.append(value)
            elif isinstance(item, list):
                stack.extend(item)
    if not bodies:
        return None
    return re.sub(r"<[^>]+>", " ", htmlmod.unescape(max(bodies, key=len)))


def silver(args: argparse.Namespace) -> None:
    from trafilatura import extract

    from newsdesk.html import decode_html, extract_html, parse_html

    warnings.simplefilter("ignore")
    rows, seen = [], set()
    for folder in map(Path, args.folders):
        for t in _truth(folder):
            data = gzip.decompress((folder / t["file"]).read_bytes())
            key = t.get("url") or t["id"]
            tree = parse_html(decode_html(data))
            gold = _article_body(tree) if tree is not None else None
            if gold is None or key in seen:
                continue
            seen.add(key)
            ours = extract_html(data, t.get("url") or None)[0].text
            theirs = extract(data, include_comments=False, include_tables=True, include_formatting=False)
            rows.append({"url": t.get("url"), "gold": gold, "newsdesk": ours, "trafilatura": theirs})
    for system in ("newsdesk", "trafilatura"):
        parts = {"all": rows, **{h: [r for r in rows if half_of(site_of(r["url"])) == h] for h in "AB"}}
        cells = []
        for name, part in parts.items():
            f = [shingle_f1(r[system], r["gold"]) for r in part]
            n = max(1, len(f))
            cells.append(f"{name} ({len(f)}) F1 {sum(x[2] for x in f) / n:.4f} P {sum(x[0] for x in f) / n:.4f} "
                         f"R {sum(x[1] for x in f) / n:.4f}")
        print(f"{system}: " + "  ".join(cells))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rules")
    r.add_argument("folder")
    r.add_argument("--set", action="append", default=[])
    r.add_argument("--grid", action="append", default=[])
    s = sub.add_parser("silver")
    s.add_argument("folders", nargs="+")
    args = ap.parse_args()
    (rules if args.cmd == "rules" else silver)(args)


if __name__ == "__main__":
    main()
