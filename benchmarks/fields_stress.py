"""Crawler field dumps with REAL article bodies (issue 14's held-out "real site with crawler field labels").

    .venv/bin/python benchmarks/fields_stress.py ../shared/data/basil_dev [--seed 14] [--sites-per-half 32]
        [--layout NAME ...] [--failures OUT.jsonl] [--write DIR] [--json]

The probe folders (tests/fixtures/probe/fields_*) hold short invented bodies; this builds synthetic field-dump
sources around real article text instead and runs them through the product's ingest path. Each synthetic site is
one LAYOUT (how its crawler writes the fields) x one DATE SHAPE (how the site writes its date) and 20 real articles
of one source of the dev set, all from one half:

- `basil_dev` / `ecbplus_dev` (articles.jsonl): the article's paragraphs (one per line) are the body, its headline
  the title; a site draws from one outlet (`source`); halves by the set's own grouping, `eval.clustering.half_of`
  (topic), so the halves share no storyline/topic.
- `plaintext_dev` (truth.jsonl): the lines of a `paragraphs` page that hold one of its `with` segments (the page's
  own paragraphs, in page order) are the body, its first line (the page's `<h1>`) the title; most sites have one page, so a synthetic site draws 20 pages of 20 real sites of
  one half (`eval.plaintext.half_of(site)`).

The day labelled is the article's `published` (a seeded random day where the set has none); the date value states
it in the site's shape. Some sites put 1-3 widget lines ("Advertisement", ...) between the text's paragraphs (a
crawler's innerText keeps them). Files are written as a crawler writes them (label line, value line; or
"LABEL: value") and read as `newsdesk ingest FOLDER` reads a folder: one corpus group per site (CorpusStats over
the site's files), then `prepare` per file (as tests/test_probe_s7.py's `_prepare_folder`). `--write DIR` also
writes the files (DIR/<half>/<site>/NN.txt) for a CLI run.

Scores per half, and per layout / date shape (issue 14's targets in brackets):
- `recurring_kept`: share of the input's recurring junk line occurrences (a junk line in >= 2 files of the site:
  labels, widgets; body lines two stories share are not counted) that stand as a line of the output text [<= .02];
  a text label on the first body line ("BODY: <first paragraph>") counts as junk kept when an output line opens
  with it;
- `junk_removed`: share of labelled junk lines (labels, title/link/date/author/tag values, widgets) that do not
  stand as a line of the output text (for a "LABEL: value" line, neither the line nor its value) [>= .95];
- `first_last`: files whose output keeps the body's first and last line (whitespace-normalised substring) [all];
  `last_credit`: of the others, files whose last line went to the article's credits ("... contributed to this
  report.": by design, issue 14 item 4);
- `days`: files whose published day is the labelled one [>= 19/20]; `invented`: files with a day the text does
  not state (any other day) [0]; `titles`: files whose title is the headline.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "src"))  # after PYTHONPATH: a frozen copy given there wins

from newsdesk.clean import CorpusStats  # noqa: E402
from newsdesk.errors import InputError  # noqa: E402
from newsdesk.model import RawDoc  # noqa: E402
from newsdesk.prepare import prepare  # noqa: E402

PER_SITE = 20
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# widget lines a crawler's innerText keeps inside the story (one site uses a few of them)
WIDGETS = ["Advertisement", "Story continues below advertisement", "ALSO READ", "Trending Now", "Read More",
           "Click here to follow our WhatsApp channel", "Subscribe to our newsletter", "File photo", "Watch Video",
           "Scroll to continue with content"]
TAGS = ["Politics", "World", "Economy", "Courts", "Elections", "Congress", "Health", "Security", "Business",
        "Immigration", "Energy", "Education"]
AUTHORS = ["Staff Reporter", "News Desk", "Web Team"]


# ---- date shapes: (y, m, d), rng -> the value a site writes
def _clock(rng: random.Random) -> tuple[int, int]:
    return rng.randrange(0, 24), rng.randrange(0, 60)


def _updated_ist(y, m, d, rng):
    h, mi = _clock(rng)
    return f"Updated: {MONTHS[m - 1][:3]} {d}, {y}, {h:02d}:{mi:02d} IST"


def _iso(y, m, d, rng):
    h, mi = _clock(rng)
    return f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00+05:30"


def _dotted(y, m, d, rng):
    h, mi = _clock(rng)
    return f"{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}"


def _am_updated(y, m, d, rng):
    h, mi = rng.randrange(1, 12), rng.randrange(0, 60)
    return f"{MONTHS[m - 1]} {d}, {y} {h:02d}:{mi:02d} am | Updated {h + 1:02d}:{(mi + 28) % 60:02d} am EST"


SHAPES = {"updated_ist": _updated_ist, "iso": _iso, "dotted": _dotted, "am_updated": _am_updated}


# ---- layouts: an article -> [(line, kind)], kind 'body' or 'junk'; a junk line "LABEL: value" also lists its value
def _own(label: str, value: str | None) -> list[tuple[str, str]]:
    """A label on its own line, the value on the next (no value line when the field is empty)."""
    return [(label, "junk")] + ([(value, "junk")] if value is not None else [])


def _same(label: str, value: str) -> list[tuple[str, str]]:
    return [(f"{label} {value}", "junk")]


def _body(paras: list[str]) -> list[tuple[str, str]]:
    return [(p, "body") for p in paras]


def _text_same(label: str, paras: list[str]) -> list[tuple[str, str]]:
    """'BODY: <first paragraph>' then the others: the first body line shares its line with the label."""
    return [(f"{label} {paras[0]}", "body+label")] + _body(paras[1:])


def en_own(a, date, rng):  # issue 14's site: Title / Link / Date & Time / Text, each label on its own line
    return _own("Title", a["title"]) + _own("Link", a["url"]) + _own("Date & Time", date) + _own("Text", None) \
        + _body(a["body"])


def caps_inline(a, date, rng):  # TITLE: / URL: / DATE: / BODY: with the values on the same line
    return _same("TITLE:", a["title"]) + _same("URL:", a["url"]) + _same("DATE:", date) + _text_same("BODY:", a["body"])


def tr_own(a, date, rng):  # Turkish labels with colons, values on the next line
    return _own("Başlık:", a["title"]) + _own("Tarih:", date) + _own("Bağlantı:", a["url"]) + _own("Metin:", None) \
        + _body(a["body"])


def es_inline(a, date, rng):  # Spanish labels, values on the same line; an author line left empty on most pages
    author = _same("Autor:", rng.choice(AUTHORS)) if rng.random() < .25 else [("Autor:", "junk")]
    return _same("Título:", a["title"]) + author + _same("Fecha:", date) + _same("Enlace:", a["url"]) \
        + _text_same("Texto:", a["body"])


def de_own(a, date, rng):  # German labels on their own lines
    return _own("Überschrift", a["title"]) + _own("Datum", date) + _own("Quelle", a["url"]) + _own("Inhalt", None) \
        + _body(a["body"])


def text_first(a, date, rng):  # the text field first, the others after it
    return _own("Text", None) + _body(a["body"]) + _own("Title", a["title"]) + _own("Link", a["url"]) \
        + _own("Date", date)


def empty_author(a, date, rng):  # an author field the crawler found empty on most pages
    author = rng.choice(AUTHORS) if rng.random() < .25 else None
    return _own("Title", a["title"]) + _own("Author", author) + _own("Date", date) + _own("Link", a["url"]) \
        + _own("Text", None) + _body(a["body"])


def tags(a, date, rng):  # a tag list between the date and the text
    tag = ", ".join(rng.sample(TAGS, rng.randrange(1, 4)))
    return _own("Title", a["title"]) + _own("Date", date) + _own("Tags", tag) + _own("Link", a["url"]) \
        + _own("Text", None) + _body(a["body"])


LAYOUTS = {f.__name__: f for f in (en_own, caps_inline, tr_own, es_inline, de_own, text_first, empty_author, tags)}


# ---- real articles per dev set: {"id", "title", "url", "body": [paragraphs], "day": (y, m, d) | None,
# "source", "half"}
def _day(s: str | None):
    if not s:
        return None
    y, m, d = (int(x) for x in s[:10].split("-"))
    return y, m, d


def _articles_jsonl(path: Path) -> list[dict]:
    from newsdesk.eval.clustering import half_of

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if not r.get("title") or not r.get("source"):
            continue  # ECB-part documents: no headline, no outlet
        lines = [x.strip() for x in r["text"].splitlines() if x.strip()]
        if r["title"].strip() in lines:  # the headline stands first (ECB+: after a dateline/URL line)
            lines = lines[lines.index(r["title"].strip()) + 1:]
        # ECB+ keeps the page's date line(s) under the headline ("Sunday, 9 June 2013", "Published: July 28, 2004
        # at 1:24 PM"): they stay in the file as the page had them, labelled as junk, and the body starts after them
        pre = []
        while r["id"].startswith("ecbplus") and lines and (len(lines[0].split()) < 8 or len(lines[0].split()) < 15 and any(c.isdigit() for c in lines[0])
                         and not lines[0].endswith(".")):
            pre.append(lines.pop(0))
        if len(lines) < 2 or pre and not r.get("published"):
            continue  # (a page date line with no day in the set: the text would state another day than the field)
        out.append({"id": r["id"], "title": r["title"].strip(), "url": r.get("url") or f"https://example.org/{r['id']}",
                    "body": lines, "pre": pre, "day": _day(r.get("published")), "source": r["source"],
                    "half": "AB"[half_of(r)]})
    return out


def _plaintext(folder: Path) -> list[dict]:
    from newsdesk.eval.plaintext import half_of

    out = []
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["style"] != "paragraphs" or r["mode"] != "segments" or len(r["with"]) < 2:
            continue
        raw = (folder / r["file"]).read_text(encoding="utf-8")
        lines = [" ".join(x.split()) for x in raw.splitlines() if x.strip()]
        want = [" ".join(x.split()) for x in r["with"]]
        # the page's own paragraphs (a `with` segment is a snippet of one): the lines that hold one, in page order
        segs = [x for x in lines[1:] if any(w in x for w in want)]
        first = lines[0] if lines else ""
        if len(segs) < 2 or not first or any(first in w for w in want) or len(first.split()) > 20:
            continue  # no headline line of its own
        out.append({"id": r["id"], "title": " ".join(first.split()), "url": r["url"], "body": segs, "day": None,
                    "source": r["site"], "half": half_of(r["site"])})
    return out


def load(path: Path) -> list[dict]:
    if (path / "truth.jsonl").is_file():
        return _plaintext(path)
    return _articles_jsonl(path / "articles.jsonl" if path.is_dir() else path)


# ---- building the sites
def build(arts: list[dict], seed: int, sites_per_half: int, layouts: list[str]) -> list[dict]:
    """[{"half", "site", "layout", "shape", "files": [{"name", "lines": [(line, kind)], "title", "day", "first",
    "last"}]}]"""
    rng = random.Random(seed)
    combos = [(lay, shape) for lay in layouts for shape in SHAPES]
    sites = []
    for half in "AB":
        mine = [a for a in arts if a["half"] == half]
        by_source = defaultdict(list)
        for a in mine:
            by_source[a["source"]].append(a)
        big = sorted(s for s, v in by_source.items() if len(v) >= PER_SITE)
        for n in range(sites_per_half):
            lay, shape = combos[n % len(combos)]
            if big:  # one outlet's articles
                src = big[n % len(big)]
                pick = rng.sample(by_source[src], PER_SITE)
            else:  # one page per real site (plaintext_dev)
                src = "mixed"
                pick = rng.sample(mine, min(PER_SITE, len(mine)))
            widgets = rng.sample(WIDGETS, 3) if n % 3 == 1 else []
            files = []
            for i, a in enumerate(pick):
                day = a["day"] or (rng.randrange(2012, 2024), rng.randrange(1, 13), rng.randrange(1, 29))
                body = list(a["body"])
                pre = a.get("pre", [])
                if widgets and len(body) >= 3 and rng.random() < .7:
                    for w in rng.sample(widgets, rng.randrange(1, 4)):
                        body.insert(rng.randrange(1, len(body)), w)
                lines = LAYOUTS[lay]({**a, "body": pre + body}, SHAPES[shape](*day, rng), rng)
                lines = [(s, "junk" if k == "body" and (s in widgets or s in pre) else k) for s, k in lines]
                files.append({"name": f"{i + 1:02d}.txt", "id": a["id"], "lines": lines, "title": a["title"],
                              "day": "{:04d}-{:02d}-{:02d}".format(*day), "first": a["body"][0], "last": a["body"][-1]})
            sites.append({"half": half, "site": f"{half}{n:02d}_{lay}_{shape}", "layout": lay, "shape": shape,
                          "source": src, "files": files})
    return sites


def _norm(s: str | None) -> str:
    """Whitespace squashed, NFC (the product composes 'geprüft' written with a combining diaeresis)."""
    return " ".join(unicodedata.normalize("NFC", s or "").split())


def _value(line: str) -> str | None:
    head, colon, rest = line.partition(":")
    return _norm(rest) if colon and len(head.split()) <= 3 and rest.strip() else None


def run_site(site: dict) -> list[dict]:
    """Each file through the product's per-file path with its site's corpus evidence: one row per file."""
    texts = {f["name"]: "\n".join(s for s, _ in f["lines"]) + "\n" for f in site["files"]}
    stats = CorpusStats()
    for t in texts.values():
        stats.add(site["site"], t)
    seen = Counter(_norm(s) for f in site["files"] for s in {s for s, _ in f["lines"]})
    rows = []
    for f in site["files"]:
        raw = RawDoc(path=f["name"], external_id=f["name"], fmt="txt", text=texts[f["name"]], group=site["site"])
        try:
            art = prepare(f["name"], raw, stats, "2026-12-07T00:00:00Z")
            out_text, title, published, credits = art.text, art.title, art.published, art.credits
        except InputError:
            out_text, title, published, credits = "", None, None, ()
        out_lines = {_norm(x) for x in out_text.splitlines() if x.strip()}
        flat = _norm(out_text)
        recurring = [s for s, k in f["lines"] if k == "junk" and seen[_norm(s)] >= 2]
        junk = [s for s, k in f["lines"] if k == "junk"]
        kept_junk = [s for s in junk if _norm(s) in out_lines or _value(s) in out_lines]
        # the text's own label on its first line ("BODY: <first paragraph>"): junk too, kept when a line opens with it
        heads = [s.split(" ", 1)[0] + " " for s, k in f["lines"] if k == "body+label"]
        junk += heads
        kept_junk += [h.strip() for h in heads if any(x.startswith(h) for x in out_lines)]
        rows.append({
            "site": site["site"], "half": site["half"], "layout": site["layout"], "shape": site["shape"],
            "file": f["name"], "id": f["id"],
            "recurring": len(recurring), "recurring_kept": sum(_norm(s) in out_lines for s in recurring),
            "junk": len(junk), "junk_kept": kept_junk,
            "first": _norm(f["first"]) in flat, "last": _norm(f["last"]) in flat,
            "last_credit": _norm(f["last"]) not in flat and any(_norm(f["last"]) in _norm(c) for c in credits),
            "day": f["day"], "published": published, "title_want": f["title"], "title": title,
            "first_line": f["first"], "last_line": f["last"], "out_head": out_text[:300], "out_tail": out_text[-300:],
        })
    return rows


def score(rows: list[dict]) -> dict:
    n = len(rows)
    if not n:
        return {"files": 0}
    rec = sum(r["recurring"] for r in rows)
    junk = sum(r["junk"] for r in rows)
    return {"files": n,
            "recurring_kept": round(sum(r["recurring_kept"] for r in rows) / rec, 4) if rec else 0.0,
            "junk_removed": round(1 - sum(len(r["junk_kept"]) for r in rows) / junk, 4) if junk else 1.0,
            "first_last": sum(r["first"] and r["last"] for r in rows),
            "last_credit": sum(r["last_credit"] for r in rows),
            "days": sum(r["published"] == r["day"] for r in rows),
            "invented": sum(r["published"] is not None and r["published"] != r["day"] for r in rows),
            "titles": sum(_norm(r["title"]) == _norm(r["title_want"]) for r in rows)}


def _fmt(s: dict) -> str:
    if not s.get("files"):
        return "no files"
    n = s["files"]
    return (f"files {n:4d}  recurring kept {s['recurring_kept']:.4f}  junk removed {s['junk_removed']:.4f}  "
            f"first+last {s['first_last']}/{n} (last a credit {s['last_credit']})  days {s['days']}/{n}  invented {s['invented']}  "
            f"titles {s['titles']}/{n}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="dev set folder (basil_dev, ecbplus_dev, plaintext_dev)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--sites-per-half", type=int, default=32, help="synthetic sites per half (layout x date shape)")
    ap.add_argument("--layout", action="append", choices=sorted(LAYOUTS), help="only these layouts (repeat)")
    ap.add_argument("--failures", type=Path, help="write the files with a problem here (JSONL)")
    ap.add_argument("--write", type=Path, help="also write the synthetic files under this folder")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    arts = load(args.data)
    sites = build(arts, args.seed, args.sites_per_half, args.layout or list(LAYOUTS))
    if args.write:
        for s in sites:
            d = args.write / s["half"] / s["site"]
            d.mkdir(parents=True, exist_ok=True)
            for f in s["files"]:
                (d / f["name"]).write_text("\n".join(x for x, _ in f["lines"]) + "\n", encoding="utf-8")
    rows = [r for s in sites for r in run_site(s)]
    result = {"data": str(args.data), "seed": args.seed, "articles": len(arts),
              "halves": {h: score([r for r in rows if r["half"] == h]) for h in "AB"},
              "layouts": {k: {h: score([r for r in rows if r["layout"] == k and r["half"] == h]) for h in "AB"}
                          for k in dict.fromkeys(r["layout"] for r in rows)},
              "shapes": {k: {h: score([r for r in rows if r["shape"] == k and r["half"] == h]) for h in "AB"}
                         for k in SHAPES}}
    if args.failures:
        with args.failures.open("w", encoding="utf-8") as fh:
            for r in rows:
                if (r["junk_kept"] or not (r["first"] and r["last"]) or r["published"] != r["day"]
                        or _norm(r["title"]) != _norm(r["title_want"]) or r["recurring_kept"]):
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{args.data} (seed {args.seed}, {len(arts)} articles, {len(sites)} sites of {PER_SITE} files)")
    for h in "AB":
        print(f"  half {h}: {_fmt(result['halves'][h])}")
    for group in ("layouts", "shapes"):
        print(f"by {group[:-1]}:")
        for k, v in result[group].items():
            print(f"  {k:<13} A: {_fmt(v['A'])}\n  {'':<13} B: {_fmt(v['B'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
