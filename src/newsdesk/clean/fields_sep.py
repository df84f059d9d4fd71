"""Same-line crawler fields written with another separator than a colon: 'Title = ...', 'Title | ...', 'Title - ...',
'Title<TAB>...'. Such a line is read as 'Title: ...' (then clean/fields.py tells the fields apart by their values'
shape, as for a colon) when the source's files show the crawler's label set.

A head before '=', '|' or a dash is a label only by the source's evidence, never in a file alone and never by its
words: 'WASHINGTON - The Senate ...' opens many stories of a Washington paper, 'Minister meets envoy - The Hindu' is
a page's title line. A head counts when it stands before the same separator at the head of a line in enough of the
source's files (as a boilerplate line must: CLEAN_CORPUS_MIN_DOCS, CLEAN_CORPUS_MIN_SHARE; `CorpusStats.
sep_head_count`), and the file holds at least CLEAN_FIELD_MIN_LABELS such heads before that one separator (the
crawler's label set, not one recurring dateline or section name). A tab is a space in the cleaner's lines: there the
head is the longest run of the line's first words that the source's files show before a tab.
"""

from __future__ import annotations

from newsdesk.clean.corpus import CorpusStats, sep_head
from newsdesk.clean.fields_shape import _label_like
from newsdesk.settings import Settings


def separated(lines: list[str], stats: CorpusStats | None, group: str, cfg: Settings
              ) -> tuple[list[str], dict[str, tuple[str, str, str]]]:
    """`lines` with each line whose head is one of the source's labels before another separator than a colon written
    'Head: value' ('Head:' when the value is empty), and {line so written: (head, separator, the label as written:
    'Head =')}; `lines` itself and {} when there is none."""
    if stats is None or stats.docs(group) < cfg.CLEAN_CORPUS_MIN_DOCS:
        return lines, {}
    need = max(cfg.CLEAN_CORPUS_MIN_DOCS, cfg.CLEAN_CORPUS_MIN_SHARE * stats.docs(group))
    max_words = cfg.CLEAN_FIELD_LABEL_MAX_WORDS
    found: dict[str, dict[int, tuple[str, str]]] = {}  # separator -> {line: (head, value)}
    for i, line in enumerate(lines):
        m = sep_head(line, max_words)
        if m and m[1] != "\t" and _label_like(m[0], max_words) and stats.sep_head_count(group, m[0], m[1]) >= need:
            found.setdefault(m[1], {})[i] = (m[0], m[2])
        # (and a head before a tab too: 'Contenu<TAB>MUMBAI - Speaker ...' opens with 'Contenu MUMBAI -' in every
        # file of a site whose stories open with one city's dash dateline; the separator of more heads wins)
        words = line.split()
        for w in range(min(max_words, len(words)), 0, -1):  # a tab made a space: the longest head seen before a tab
            head = " ".join(words[:w])
            if _label_like(head, max_words) and stats.sep_head_count(group, head, "\t") >= need:
                found.setdefault("\t", {})[i] = (head, " ".join(words[w:]))
                break
    best = max(found, key=lambda sep: len({h.casefold() for h, _ in found[sep].values()}), default=None)
    if best is None or len({h.casefold() for h, _ in found[best].values()}) < cfg.CLEAN_FIELD_MIN_LABELS:
        return lines, {}
    out = list(lines)
    seps: dict[str, tuple[str, str, str]] = {}
    for i, (head, value) in found[best].items():
        out[i] = f"{head}: {value}" if value else f"{head}:"
        seps[out[i]] = (head, best, lines[i][:len(lines[i]) - len(value)].strip())
    return out, seps
