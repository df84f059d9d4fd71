"""Build the bundled example corpus (examples/corpus) from MEANTIME's Wikinews articles.

    python examples/build_examples.py ../shared/data/meantime_en examples/corpus

Deterministic (seed 7). Lays the 120 Wikinews articles out in every input format newsdesk reads, and dresses the
plain-text and HTML ones as scraped pages with the junk real scrapes carry (ad markers, share lines, page
timestamps, related-story tails, crawl-date headers, yearless datelines). See examples/corpus/ATTRIBUTION.md.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html
import json
import random
import sys
from pathlib import Path

SITE = "Market Wire Daily"


def paragraphs(text: str, rng: random.Random) -> list[str]:
    sents = [s for s in text.split("\n") if s.strip()]
    out, i = [], 0
    while i < len(sents):
        n = rng.choice((1, 2, 3))
        out.append(" ".join(sents[i:i + n]))
        i += n
    return out


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def txt_page(a: dict, k: int, others: list[dict], rng: random.Random) -> str:
    paras = paragraphs(a["text"], rng)
    pub = day(a["published"])
    month_day = f"{pub.strftime('%B')} {pub.day}"
    lines: list[str] = []
    kind = k % 3
    if kind == 0:  # header carries the publication date, no dateline
        paras[0] = f" date {pub.isoformat()} " + paras[0]
    elif kind == 1:  # crawl-date header later than the yearless dateline
        crawl = pub + dt.timedelta(days=rng.randint(20, 300))
        paras[0] = f" date {crawl.isoformat()} NEW YORK, {month_day} ({SITE}) — " + paras[0]
    else:  # page timestamp line, then a dateline
        lines.append(f"{pub.strftime('%B')} {pub.day}, {pub.year} 09:{10 + k:02d} am | Updated 11:40 am EST")
        paras[0] = f"NEW YORK, {month_day} — " + paras[0]
    lines.append(paras[0])
    junk = ["ADVERTISEMENT", "Story continues below", "Share this article: Facebook | Twitter | Email | Print",
            "{{ad_slot_2}}", "[image: file photo]", "Follow us on Twitter @marketwiredaily",
            "Subscribe to our newsletter for the latest market news"]
    for i, p in enumerate(paras[1:], 1):
        if i % 2 == 0:
            lines.append(junk[(k + i) % len(junk)])
        lines.append(p)
    if k % 2 == 0:
        lines.append("(with agency inputs)")
    lines.append(f"Read more stories like this on {SITE}.")
    lines.append("Tags: markets, stocks, " + a["topic_label"])
    if k % 2 == 1:
        lines.append("Related articles")
        for o in others:
            lines.append(o["title"])
            lines.append(o["text"].split("\n")[0])
    return "\n\n".join(lines) + "\n"


def html_page(a: dict, k: int, others: list[dict], rng: random.Random) -> str:
    paras = paragraphs(a["text"], rng)
    pub = day(a["published"])
    modified = pub + dt.timedelta(days=rng.randint(1, 40))
    e = html.escape
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": pub.isoformat() + "T08:00:00Z", "dateModified": modified.isoformat()})
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    related = "\n".join(f'        <li><a href="/story/{i}">{e(o["title"])}</a></li>' for i, o in enumerate(others))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(a["title"])} | Auto Industry Ledger</title>
  <meta property="og:title" content="{e(a["title"])}">
  <meta property="article:modified_time" content="{modified.isoformat()}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/business">Business</a> | <a href="/autos">Autos</a> | <a href="/login">Sign in</a></nav>
  <div class="share">Share on Facebook | Share on Twitter | Email this story</div>
  <main>
    <article>
      <h1>{e(a["title"])}</h1>
      <p class="byline">By Wikinews contributors &middot; Updated {modified.strftime('%B %d, %Y')}</p>
{body}
    </article>
    <aside class="related">
      <h3>Related stories</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer>&copy; 2024 Auto Industry Ledger. All rights reserved. | Privacy policy | Terms of use</footer>
</body>
</html>
"""


def record(a: dict, rng: random.Random, date_key: str = "published") -> dict:
    return {"id": a["id"], "title": a["title"], "text": "\n\n".join(paragraphs(a["text"], rng)),
            date_key: a["published"], "source": "Wikinews", "url": a["url"], "topic": a["topic_label"]}


def main(src: str, dst: str) -> None:
    rng = random.Random(7)
    with open(Path(src) / "articles.jsonl", encoding="utf-8") as fh:
        arts = [json.loads(line) for line in fh]
    by_topic: dict[str, list[dict]] = {}
    for a in arts:
        by_topic.setdefault(a["topic"], []).append(a)
    out = Path(dst)
    for sub in ("jsonl", "json", "html", "txt"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    # JSONL: the airbus topic, plus a syndicated re-issue of two articles by a wire service
    with open(out / "jsonl" / "airbus.jsonl", "w", encoding="utf-8") as fh:
        for a in by_topic["airbus"]:
            fh.write(json.dumps(record(a, rng), ensure_ascii=False) + "\n")
        for a in by_topic["airbus"][5:7]:
            copy = record(a, random.Random(1))
            copy.update(id=a["id"] + "-wire", source="Global Newswire", url=a["url"].replace(
                "en.wikinews.org/wiki", "globalnewswire.example/story"), title=a["title"].upper())
            copy["text"] = copy["text"] + "\n\n(Reporting by Wikinews contributors; with agency inputs)"
            fh.write(json.dumps(copy, ensure_ascii=False) + "\n")
    # JSON array: the apple topic, dates under `date` in a long form
    recs = []
    for a in by_topic["apple"]:
        r = record(a, rng, "date")
        r["date"] = day(a["published"]).strftime("%B %d, %Y")
        recs.append(r)
    (out / "json" / "apple.json").write_text(json.dumps(recs, ensure_ascii=False, indent=1), encoding="utf-8")
    # HTML pages: the gm topic, a few gzipped
    gm = by_topic["gm"]
    for k, a in enumerate(gm[:12]):
        page = html_page(a, k, rng.sample(gm, 3), rng)
        name = a["id"] + ".html"
        if k % 4 == 3:
            (out / "html" / (name + ".gz")).write_bytes(gzip.compress(page.encode("utf-8"), mtime=0))
        else:
            (out / "html" / name).write_text(page, encoding="utf-8")
    with gzip.GzipFile(out / "jsonl" / "gm_rest.jsonl.gz", "wb", mtime=0) as gz:
        for a in gm[12:]:
            gz.write((json.dumps(record(a, rng), ensure_ascii=False) + "\n").encode("utf-8"))
    # plain-text scrapes: the stock topic
    stock = by_topic["stock"]
    for k, a in enumerate(stock):
        others = [o for o in rng.sample(stock, 3) if o is not a][:2]
        (out / "txt" / (a["id"] + ".txt")).write_text(txt_page(a, k, others, rng), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
