"""Presentation helpers for the templates: safe links, highlighted evidence, server-side SVG charts, CSV.

Stored text is never marked safe. The only `Markup` built here is assembled from `escape()`d pieces and fixed
tags (`<mark>`, SVG elements whose every attribute value is a number or an escaped string), so whatever an article,
a source name or an entity name holds, it renders as text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape


def safe_url(url: object) -> str | None:
    """The URL when it is an absolute http(s) URL with a host, else None (no `javascript:`, `data:`, relative)."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    if any(c in u for c in "\x00\r\n\t") or any(ord(c) < 32 for c in u):
        return None
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return u


def path_part(value: object) -> str:
    """One URL path segment: every reserved character percent-encoded (ids, source names)."""
    return quote(str(value), safe="")


def highlight(text: str, spans: Iterable[tuple[int, int]]) -> Markup:
    """`text` with each (start, end) span wrapped in <mark>; pieces escaped, overlapping spans merged."""
    out, pos = [], 0
    for lo, hi in sorted(spans):
        lo, hi = max(lo, pos), min(hi, len(text))
        if hi <= lo:
            continue
        out.append(escape(text[pos:lo]))
        out.append(Markup("<mark>") + escape(text[lo:hi]) + Markup("</mark>"))
        pos = hi
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def spans_for(evidence: Iterable[dict], article_id: str) -> list[tuple[int, int]]:
    """The (start, end) evidence spans located in one article."""
    return [(x["start"], x["end"]) for x in evidence if x.get("article") == article_id]


def _n(x: float) -> str:
    return f"{x:.1f}"


def bar_chart(points: Sequence[tuple[str, float]], *, title: str, width: int = 640, height: int = 160) -> Markup:
    """A bar chart (label, value) as inline SVG, labels escaped; an empty series gives a short note."""
    if not points:
        return Markup('<p class="muted">') + escape(f"{title}: nothing to chart") + Markup("</p>")
    top = max(v for _, v in points) or 1
    n = len(points)
    pad, axis = 4, 18
    bw = min(40.0, max(1.0, (width - 2 * pad) / n))  # thin bars for long series, at most 40 px for short ones
    parts = [Markup('<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" '
                    'width="{}" height="{}"><title>{}</title>').format(width, height, width, height, title)]
    for i, (label, v) in enumerate(points):
        h = (height - axis - pad) * (v / top)
        x = pad + i * bw
        parts.append(Markup('<rect x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>').format(
            _n(x + 0.5), _n(height - axis - h), _n(max(bw - 1, 0.5)), _n(h), label, _fmt(v)))
    for i in sorted({0, n - 1} | ({n // 2} if n > 2 else set())):
        parts.append(Markup('<text x="{}" y="{}" text-anchor="{}">{}</text>').format(
            _n(pad + i * bw + bw / 2), height - 4, "start" if i == 0 else "end" if i == n - 1 else "middle",
            points[i][0]))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.2f}"


def timeline(items: Sequence[dict], *, width: int = 720, row: int = 26) -> Markup:
    """A storyline's events on a time axis: one dot per dated event (size by articles), labelled; undated events
    are listed below the axis at the end. Items: {date, title, articles}."""
    from newsdesk.model import iso_day

    dated = [(iso_day(t.get("date")), t) for t in items]
    days = [d for d, _ in dated if d]
    if not items:
        return Markup('<p class="muted">no events</p>')
    lo = min(days) if days else None
    span = max(1, (max(days) - lo).days) if days else 1
    left, right = 110, 20
    height = row * len(items) + 30
    parts = [Markup('<svg class="timeline" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" '
                    'width="{}" height="{}"><title>timeline</title>').format(width, height, width, height)]
    parts.append(Markup('<line x1="{}" y1="{}" x2="{}" y2="{}" class="axis"/>').format(
        left, height - 16, width - right, height - 16))
    for i, (d, t) in enumerate(dated):
        y = 16 + i * row
        x = left + (width - left - right) * ((d - lo).days / span) if d and lo else width - right
        r = min(10.0, 3 + float(t.get("articles") or 1) ** 0.5)
        parts.append(Markup('<text x="4" y="{}" class="day">{}</text>').format(y + 4, t.get("date") or "undated"))
        parts.append(Markup('<circle cx="{}" cy="{}" r="{}"><title>{}</title></circle>').format(
            _n(x), y, _n(r), t.get("title") or ""))
        parts.append(Markup('<text x="{}" y="{}" class="label" text-anchor="{}">{}</text>').format(
            _n(x + (r + 4 if x < width * 0.6 else -r - 4)), y + 4, "start" if x < width * 0.6 else "end",
            (t.get("title") or "")[:70]))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def to_csv(rows: Sequence[dict]) -> str:
    """Rows -> CSV text; lists and dicts become JSON, and a string cell that a spreadsheet would run as a
    formula (=, +, -, @ first) is prefixed with a quote."""
    buf = io.StringIO()
    cols: list[str] = []
    for r in rows:
        cols += [k for k in r if k not in cols]
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(cols)
    for r in rows:
        cells = []
        for c in cols:
            v = r.get(c)
            if isinstance(v, (list, dict)):
                v = json.dumps(v, ensure_ascii=False)
            elif v is None:
                v = ""
            if isinstance(v, str) and v.startswith(_FORMULA):
                v = "'" + v
            cells.append(v)
        w.writerow(cells)
    return buf.getvalue()
