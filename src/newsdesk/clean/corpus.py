"""Corpus evidence for cleaning: lines (and sentences) that recur across many documents of one group.

A group is a source, or the folder of a set of .txt files. Each document contributes each distinct unit key once
(a stripped line, and each sentence of a line, so that a footer glued to the last paragraph is still counted).
Counts persist across ingest runs as rows ``(group, key, count)``; the row with the empty key holds the number of
documents of the group. Rows from several runs may simply be concatenated: `from_rows` adds counts of equal keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsdesk.clean.text import repair, sentences, unit_key
from newsdesk.model import content_id
from newsdesk.settings import CLEAN_CORPUS_MAX_KEY_CHARS, CLEAN_CORPUS_MIN_DOCS, CLEAN_CORPUS_MIN_SHARE

DOCS_KEY = ""  # the per-group document total row


def doc_units(text: str) -> set[str]:
    """The distinct unit keys of one document (lines and their sentences, short enough to be boilerplate)."""
    keys: set[str] = set()
    for line in repair(text).split("\n"):
        if not line.strip():
            continue
        units = [line, *sentences(line)] if len(line) <= 20_000 else []
        for u in units:
            if len(u.strip()) <= CLEAN_CORPUS_MAX_KEY_CHARS:
                k = unit_key(u)
                if k:
                    keys.add(k)
    return keys


class CorpusStats:
    """Per-group document counts of line/sentence keys. Add every document of a batch before cleaning it."""

    def __init__(self) -> None:
        self._counts: dict[str, Counter] = {}
        self._seen: set[str] = set()  # content ids of documents added through this instance (identical copies once)

    def add(self, group: str, text: str) -> None:
        """Count each distinct normalised line/sentence of one document once."""
        if not text:
            return
        doc = content_id(group, text)
        if doc in self._seen:
            return
        self._seen.add(doc)
        c = self._counts.setdefault(group, Counter())
        c[DOCS_KEY] += 1
        for k in doc_units(text):
            c[k] += 1

    def docs(self, group: str) -> int:
        return self._counts.get(group, Counter())[DOCS_KEY]

    def count(self, group: str, line: str) -> int:
        k = unit_key(line)
        return self._counts.get(group, Counter())[k] if k else 0

    def is_boilerplate(self, group: str, line: str) -> bool:
        """True when `line` (or a sentence) recurs in enough of the group's documents to be boilerplate."""
        if len(line.strip()) > CLEAN_CORPUS_MAX_KEY_CHARS:
            return False
        n = self.docs(group)
        need = max(CLEAN_CORPUS_MIN_DOCS, CLEAN_CORPUS_MIN_SHARE * n)
        return n > 0 and self.count(group, line) >= need

    def to_rows(self) -> list[tuple[str, str, int]]:
        """(group, key, doc_count) rows, sorted; key "" is the group's document total."""
        return sorted((g, k, int(v)) for g, c in self._counts.items() for k, v in c.items() if v > 0)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, int]]) -> CorpusStats:
        """Rebuild from `to_rows` output (any concatenation of row lists: equal keys add up)."""
        st = cls()
        for g, k, v in rows:
            st._counts.setdefault(str(g), Counter())[str(k)] += int(v)
        return st
