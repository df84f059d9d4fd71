"""Page furniture told by its shape alone, in any language: breadcrumb trails and repeated dated header lines.

* A breadcrumb: a short line of at least CLEAN_CRUMB_MIN_PARTS parts joined by one of `>`, `»`, `›` (optionally
  after a short "You are here:" label ending in a colon), every part but the last a short section name
  (<= CLEAN_CRUMB_PART_WORDS words), the last the page's own title. `>>`/`>>>` arrows (links, quoted mail) are no
  separators, nor are `->`/`=>` (a listing's arrows).
* Dated headers: in one document, at least CLEAN_HEADER_MIN_LINES short non-sentence lines that open with the same
  two words (no digits), each holding a year or a clock time, none next to another: the header of each comment,
  pingback or post in a thread ("Comment by Anna — 17.07, 2011 @ 13:04", "Publiziert am 13. Januar 2014 von X").
  A list (consecutive lines) or a numbered series without dates is no such run.
"""

from __future__ import annotations

import re
from collections import defaultdict

from newsdesk.clean.text import word_count
from newsdesk.settings import DEFAULT, Settings

_SEP = re.compile(r"(?<![>»›=-])\s*[>»›]\s*(?![>»›])")  # not in '>>', '->', '=>' arrows
_LABEL = re.compile(r"^[^\W\d_][\w ]{0,30}:\s*")  # "Sie sind hier:", "You are here:"
_DATED = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<!\d)[012]?\d[:.][0-5]\d(?!\d)(?!\.\d)")
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*$")


def is_breadcrumb(line: str, settings: Settings | None = None) -> bool:
    """A trail of section names ending in the page's title: `Home » Europa » Deutschland » Emden`."""
    cfg = DEFAULT if settings is None else settings
    if cfg.CLEAN_CRUMB_MIN_PARTS <= 0 or word_count(line) > cfg.CLEAN_SHORT_LINE_WORDS + cfg.CLEAN_CRUMB_PART_WORDS:
        return False
    s = _LABEL.sub("", line.strip(), count=1).strip(" >»›")
    parts = [p.strip() for p in _SEP.split(s)]
    if len(parts) < cfg.CLEAN_CRUMB_MIN_PARTS or any(not re.search(r"[^\W_]", p) for p in parts):
        return False
    return all(word_count(p) <= cfg.CLEAN_CRUMB_PART_WORDS and not _SENTENCE_END.search(p) for p in parts[:-1]) \
        and word_count(parts[-1]) <= cfg.CLEAN_SHORT_LINE_WORDS


def dated_headers(lines: list[str], settings: Settings | None = None) -> set[int]:
    """Indexes of the lines in runs of repeated dated header lines (see the module doc); empty when off (0)."""
    cfg = DEFAULT if settings is None else settings
    need = cfg.CLEAN_HEADER_MIN_LINES
    if need <= 0:
        return set()
    groups: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(lines):
        words = s.split()
        if len(words) < 3 or word_count(s) > cfg.CLEAN_SHORT_LINE_WORDS or _SENTENCE_END.search(s):
            continue
        head = " ".join(words[:2]).casefold()
        if re.search(r"\d", head) or not _DATED.search(" ".join(words[2:])):
            continue
        groups[head].append(i)
    out: set[int] = set()
    for idx in groups.values():
        if len(idx) >= need and all(b - a >= 2 for a, b in zip(idx, idx[1:], strict=False)):
            out.update(idx)
    return out
