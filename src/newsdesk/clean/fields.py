"""Crawler field dumps: a file written as field labels and values, each label alone on its line.

    Title
    Minister meets envoy
    Link
    https://example.com/news/123
    Date & Time
    Updated: Dec 21, 2018, 16:07 IST
    Text
    The minister met ...

The text is the last field, every other field one value line. A label is a short line (at most CLEAN_FIELD_LABEL_MAX_WORDS words, no digit, not a sentence, maybe ending in
":") that recurs across the files of the group (corpus evidence: `CorpusStats.is_boilerplate`), or, for a file
seen alone, one of at least CLEAN_FIELD_MIN_LABELS such lines that open the file in label/value alternation. The
fields are then told apart by what their values look like, never by the label's words (any language): a value
that is a URL is the link; one that is a date stamp is the date (it stays in the raw text as date evidence); the
longest value is the text; a short one-line value before the text is the title. Labels, links and dates never
reach the text; other short fields (author, section) are kept out too.
"""

from __future__ import annotations

import re

from newsdesk.clean.corpus import CorpusStats
from newsdesk.dates.grammar import stamp_parts
from newsdesk.settings import DEFAULT, Settings

_URL = re.compile(r"^(?:https?://|www\.)\S+$|^\S+\.[a-z]{2,6}/\S*$", re.IGNORECASE)
_MAX_FIELD_WORDS = 30  # a title, an author, a link or a date: never a paragraph of the story
_LABEL_SHAPE = re.compile(r"^[^\W\d_][^\d.!?]{0,40}?:?$")


def _label_like(line: str, max_words: int) -> bool:
    s = line.strip()
    return bool(_LABEL_SHAPE.match(s)) and len(s.split()) <= max_words


def _kind(value: list[str]) -> str:
    if len(value) == 1 and _URL.match(value[0].strip()):
        return "url"
    if len(value) == 1:
        dates, other, _ = stamp_parts(value[0])
        if dates and other <= 2:
            return "date"
    return "other"


def split_fields(lines: list[str], stats: CorpusStats | None, group: str, settings: Settings | None = None
                 ) -> tuple[list[int], dict[int, str], str | None] | None:
    """For a field dump: (indexes of the text field's lines, {index: reason} of the other lines, the title), else
    None. `lines`: the document's squashed non-blank lines; `settings`: the run's Settings (DEFAULT when None)."""
    cfg = DEFAULT if settings is None else settings
    min_labels = cfg.CLEAN_FIELD_MIN_LABELS
    shaped = [i for i, s in enumerate(lines) if _label_like(s, cfg.CLEAN_FIELD_LABEL_MAX_WORDS)]
    if stats is not None and stats.docs(group) >= cfg.CLEAN_CORPUS_MIN_DOCS:
        labels = _valued([i for i in shaped if stats.is_boilerplate(group, lines[i], cfg)], len(lines))
        if len(labels) >= min_labels:
            return _fields(lines, labels)
    # no corpus evidence (a file alone, or the only dump of its group): the labels must open the file, alternating
    # with one-line values
    opening: list[int] = []
    for i in shaped:
        if i != (opening[-1] + 2 if opening else 0):
            break
        opening.append(i)
    labels = _valued(opening, len(lines))
    return _fields(lines, labels) if len(labels) >= min_labels else None


def _valued(labels: list[int], n: int) -> list[int]:
    """The labels each followed by a value line (not by another label)."""
    return [i for i in labels if i + 1 < n and i + 1 not in labels]


def _fields(lines: list[str], labels: list[int]) -> tuple[list[int], dict[int, str], str | None] | None:
    bounds = labels + [len(lines)]
    fields = [(bounds[k], list(range(bounds[k] + 1, bounds[k + 1]))) for k in range(len(labels))]
    kinds = [_kind([lines[j] for j in idx]) for _, idx in fields]
    if "url" not in kinds and "date" not in kinds:
        return None  # label/value alternation alone is also how a list of headings looks
    text_k = max((k for k in range(len(fields)) if kinds[k] == "other"),
                 key=lambda k: sum(len(lines[j]) for j in fields[k][1]), default=None)
    # the text is the last field and every other field is one value line: otherwise these are headings of a page
    if text_k != len(fields) - 1 or any(len(idx) != 1 or len(lines[idx[0]].split()) > _MAX_FIELD_WORDS
                                        for _, idx in fields[:-1]):
        return None
    out: dict[int, str] = dict.fromkeys(range(labels[0]), "page")  # what stands before the first label
    title = None
    for k, (lab, idx) in enumerate(fields):
        out[lab] = "field_label"
        if k == text_k:
            continue
        reason = {"url": "url", "date": "timestamp"}.get(kinds[k], "field")
        if reason == "field" and title is None and k < text_k and len(idx) == 1:
            reason, title = "title", lines[idx[0]]
        for j in idx:
            out[j] = reason
    return fields[text_k][1], out, title
