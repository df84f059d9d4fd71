"""Corpus evidence for cleaning: lines (and sentences) that recur across many documents of one group.

A group is a source, or the folder of a set of .txt files. Each document contributes each distinct unit key once
(a stripped line, and each sentence of a line, so that a footer glued to the last paragraph is still counted).

Counts persist across ingest runs as rows ``(group, key, count)`` that may simply be concatenated and summed
(`from_rows` adds counts of equal keys; the store upserts the same way):

* ``(group, "", n)``: the number of documents added to the group;
* ``(group, "k:<hash>", n)``: the documents carrying one unit key (a 12-hex blake2b digest of `unit_key`: the
  table stays small whatever the line length); also the documents with a line that opens with one short head
  before a colon ("TITLE: ...", "LONDON: ..."; `head_key`, its own digest space): a crawler writes its same-line
  field labels in every file of a source, a story's head ("LONDON:") stands in some; and the documents with a line
  that opens with such a head before another separator ("Title = ...", "Title | ...", "Title - ...", a tab:
  `sep_head`, a digest space per separator; rows stored before session 12 lack them until the files are ingested
  again);
* ``(group, "d:<hash>:<key hashes>", n)``: one row per distinct document (its normalised text's digest, then the
  digests of its unit keys). A copy of a document already counted (a wire story re-published under another id, the
  same file ingested twice) is counted once: within one `CorpusStats` it is skipped, and when rows of several runs
  are summed (stored rows + a new batch's delta) the document row's count shows the copies, whose unit counts are
  taken off again. Syndicated copies thus never make their own text look like recurring boilerplate.
* ``(group, "c:<hash>:<key hashes>", n)``: a long document's further unit digests, `DOC_ROW_HASHES` per row, after
  the first `DOC_ROW_HASHES` in its "d:" row, so no row key outgrows an index entry (PostgreSQL's btree refuses
  keys over 2,704 bytes; a 33k-character article has ~220 unit keys). Their count takes copies off the unit counts
  as the "d:" row's does; they add no document.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

from newsdesk.clean.text import repair, sentences, squash, unit_key
from newsdesk.dates.grammar import STAMP_MAX_CHARS, ascii_digits
from newsdesk.settings import DEFAULT, Settings

DOCS_KEY = ""  # the per-group document total row
_KEY, _DOC, _CONT = "k:", "d:", "c:"
_HASH_HEX = 12
DOC_ROW_HASHES = 100  # unit digests per "d:"/"c:" row: keys stay <= 1,215 characters (a storage format, no threshold)


def _digest(s: str) -> str:
    return hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=_HASH_HEX // 2).hexdigest()


def key_hash(line: str, max_chars: int = DEFAULT.CLEAN_CORPUS_MAX_KEY_CHARS) -> str | None:
    """Row key of a line/sentence (None when it has no key: punctuation only, longer than `max_chars`)."""
    if len(line.strip()) > max_chars:
        return None
    k = unit_key(line)
    return _KEY + _digest(k) if k else None


# a line's head: up to CLEAN_FIELD_LABEL_MAX_WORDS words of letters (no digit) before its first colon
# (a head in markdown bold counts as the head: "**Title:** ...", "**Title**: ...", "__Autor:__ ...", and so does a
# bracketed label opening the line: "[Title] ...", "【标题】..."; fields6, session 13)
_HEAD = re.compile(r"^\s*(?:\*\*|__|\[|【)?([^\W\d_][^:：\d*\]】]{0,60}?)\s*(?:\*\*|__)?\s*(?:[:：]|\]|】)")
_HEAD_SPACE = "\x00head "  # unit keys never hold a NUL: a head's digest is never a line's


def head_key(line: str, max_words: int = DEFAULT.CLEAN_FIELD_LABEL_MAX_WORDS) -> str | None:
    """Row key of the head of a "head: value" line ("TITLE: ..." -> the key of "title"), None when it has none."""
    m = _HEAD.match(line)
    if not m or len(m.group(1).split()) > max_words:
        return None
    k = unit_key(m.group(1))
    return _KEY + _digest(_HEAD_SPACE + k) if k else None


# a line's head before another separator than a colon, with spaces around it ("Title = ...", "Title | ...",
# "Title - ...", "Title – ..."), or before a tab ("Title\t..."): a crawler's same-line label as some write it. Its own
# digest space per separator (the dashes are one): "WASHINGTON - The Senate ..." counts no "WASHINGTON:" head
_SEP_HEAD = re.compile(r"^\s*([^\W\d_][^:：\d\t=|–—*]{0,60}?)(?:[ \u00a0]+([=|\-–—])(?:\s+(?=\S)|\s*$)|[ ]*(\t)\s*)")
_DASHES = {"–": "-", "—": "-"}


def sep_head(line: str, max_words: int = DEFAULT.CLEAN_FIELD_LABEL_MAX_WORDS) -> tuple[str, str, str] | None:
    """(head, separator, value) of a line that opens with a short head before '=', '|', a dash (spaces around it)
    or a tab ("Title = Flood kills 12" -> ("Title", "=", "Flood kills 12"); "Title -" -> ("Title", "-", "")); the
    dashes are one separator "-"; None when the line has no such head (a colon's is `head_key`'s)."""
    m = _SEP_HEAD.match(line)
    if not m or len(m.group(1).split()) > max_words:
        return None
    sep = m.group(3) or _DASHES.get(m.group(2), m.group(2))
    return m.group(1).strip(), sep, line[m.end():].strip()


def sep_head_key(head: str, sep: str) -> str | None:
    """Row key of a head written before separator `sep` (`sep_head`): its own digest space per separator."""
    k = unit_key(head)
    return _KEY + _digest(_HEAD_SPACE + sep + " " + k) if k else None


# a numeric date with '/' or '-' ('05/03/2019 14:07', '12-21-2018'): day or month first, the numbers alone tell only
# when one of them is over 12 (a dotted '05.03.2019' is read day first by the grammar anyway)
_NUMERIC = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/-])")
_ORDER_SPACE = "\x00order "
_LABEL_LINE = re.compile(r"^[^\W\d_][^\d:：]{0,60}[:：]?$")


def numeric_order(value: str) -> str | None:
    """'dmy' / 'mdy' when the first numeric date of a stamp-sized `value` can only be read day first ('21/12/2018') or
    month first ('12/21/2018'), 'ambiguous' when both numbers are <= 12 and differ ('05/03/2019'), else None."""
    m = _NUMERIC.search(ascii_digits(value)) if len(value) <= STAMP_MAX_CHARS else None
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(3))
    if a > 12 >= b:
        return "dmy"
    if b > 12 >= a:
        return "mdy"
    return "ambiguous" if a <= 12 and b <= 12 and a != b else None  # ('02/02/2019' reads either way)


def order_key(label: str, order: str) -> str | None:
    """Row key of a field label whose numeric date value is written in `order` ('dmy' or 'mdy')."""
    k = unit_key(label)
    return _KEY + _digest(_ORDER_SPACE + order + " " + k) if k else None


def labelled_values(lines: list[str], max_words: int) -> list[tuple[str, str]]:
    """(label, value) of each line that may be a field's value: after its head on the line ('Date: ...', 'Date =
    ...'), or under a short line of letters ('Date' / '05/03/2019 14:07')."""
    out = []
    prev = ""
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if (m := _HEAD.match(s)) and len(m.group(1).split()) <= max_words:
            out.append((m.group(1), s[m.end():]))
        elif (sh := sep_head(s, max_words)) is not None:
            out.append((sh[0], sh[2]))
        elif _LABEL_LINE.match(prev.lstrip("#* _").rstrip("* _")) and len(prev.split()) <= max_words:
            out.append((prev, s))
        prev = s
    return out


def doc_units(text: str, max_chars: int = DEFAULT.CLEAN_CORPUS_MAX_KEY_CHARS) -> set[str]:
    """The distinct unit row keys of one (repaired) document: lines and their sentences, short enough to count."""
    keys: set[str] = set()
    for line in text.split("\n"):
        if not line.strip():
            continue
        units = [line, *sentences(line)] if len(line) <= 20_000 else []
        for u in units:
            h = key_hash(u, max_chars)
            if h:
                keys.add(h)
    return keys


class CorpusStats:
    """Per-group document counts of line/sentence keys. Add every document of a batch before cleaning it.

    `settings`: the run's Settings (CLEAN_CORPUS_MAX_KEY_CHARS for the keys counted; CLEAN_CORPUS_MIN_DOCS and
    CLEAN_CORPUS_MIN_SHARE unless `is_boilerplate` is given the cleaner's; DEFAULT when None)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = DEFAULT if settings is None else settings
        self._max_key = self.settings.CLEAN_CORPUS_MAX_KEY_CHARS
        self._rows: dict[str, Counter] = {}  # raw row sums, exactly what to_rows gives back
        self._eff: dict[str, Counter] = {}   # the same with copies of a document taken off
        self._index: dict[str, set[str]] = {}  # "d:<text digest>:" of every document counted, per group

    def add(self, group: str, text: str) -> None:
        """Count each distinct normalised line/sentence of one document once (a copy already added is skipped)."""
        if not text:
            return
        t = repair(text)
        norm = squash(t)
        if not norm:
            return
        raw = self._rows.setdefault(group, Counter())
        doc_prefix = _DOC + _digest(norm) + ":"
        seen = self._index.setdefault(group, set())
        if doc_prefix in seen:
            return
        keys = sorted(doc_units(t, self._max_key) | self._heads(t) | self._sep_heads(t, text) | self._orders(t))
        hashes = [k[len(_KEY):] for k in keys]
        n = DOC_ROW_HASHES
        raw[doc_prefix + "".join(hashes[:n])] += 1
        for i in range(n, len(hashes), n):  # a long document's further digests, in rows of their own
            raw[_CONT + doc_prefix[len(_DOC):] + "".join(hashes[i:i + n])] += 1
        eff = self._eff.setdefault(group, Counter())
        for c in (raw, eff):
            c[DOCS_KEY] += 1
            c.update(keys)
        seen.add(doc_prefix)

    def _heads(self, text: str) -> set[str]:
        return {h for line in text.split("\n") if (h := head_key(line, self.settings.CLEAN_FIELD_LABEL_MAX_WORDS))}

    def _sep_heads(self, text: str, raw: str) -> set[str]:
        """Heads before another separator than a colon (`sep_head`) in the repaired text; a tab's in the text as
        given (`repair` makes it a space)."""
        tabbed = [ln for ln in raw.split("\n") if "\t" in ln] if "\t" in raw else []
        out = set()
        for line in text.split("\n") + tabbed:
            if (m := sep_head(line, self.settings.CLEAN_FIELD_LABEL_MAX_WORDS)) and (
                    h := sep_head_key(repair(m[0]) if m[1] == "\t" else m[0], m[1])):
                out.add(h)
        return out

    def _orders(self, text: str) -> set[str]:
        """Which number is the day in the numeric dates of the fields of one document, per label."""
        return {h for label, value in labelled_values(text.split("\n"), self.settings.CLEAN_FIELD_LABEL_MAX_WORDS)
                if (o := numeric_order(value)) in ("dmy", "mdy") and (h := order_key(label, o))}

    def docs(self, group: str) -> int:
        return self._eff.get(group, Counter())[DOCS_KEY]

    def count(self, group: str, line: str) -> int:
        """Documents of `group` carrying `line` (copies of one document counted once)."""
        h = key_hash(line, self._max_key)
        return self._eff.get(group, Counter())[h] if h else 0

    def head_count(self, group: str, line: str) -> int:
        """Documents of `group` with a line that opens with `line`'s head ("TITLE:" of "TITLE: Flood kills 12")."""
        h = head_key(line, self.settings.CLEAN_FIELD_LABEL_MAX_WORDS)
        return self._eff.get(group, Counter())[h] if h else 0

    def sep_head_count(self, group: str, head: str, sep: str) -> int:
        """Documents of `group` with a line that opens with `head` before separator `sep` (`sep_head`: "=", "|",
        "-" for any dash, "\\t")."""
        h = sep_head_key(head, _DASHES.get(sep, sep))
        return self._eff.get(group, Counter())[h] if h else 0

    def field_order(self, group: str, label: str) -> str | None:
        """'dmy' or 'mdy' when the group's documents write the numeric dates under `label` in that order only (at
        least one date with a day over 12 settles it, and none the other way), else None."""
        c = self._eff.get(group, Counter())
        dmy, mdy = (c[h] if (h := order_key(label, o)) else 0 for o in ("dmy", "mdy"))
        if dmy and not mdy:
            return "dmy"
        return "mdy" if mdy and not dmy else None

    def is_boilerplate(self, group: str, line: str, settings: Settings | None = None) -> bool:
        """True when `line` (or a sentence) recurs in enough of the group's documents to be boilerplate
        (CLEAN_CORPUS_MIN_DOCS and CLEAN_CORPUS_MIN_SHARE of `settings`, the cleaner's; else this object's)."""
        n = self.docs(group)
        if n <= 0:
            return False
        cfg = self.settings if settings is None else settings
        need = max(cfg.CLEAN_CORPUS_MIN_DOCS, cfg.CLEAN_CORPUS_MIN_SHARE * n)
        return self.count(group, line) >= need

    def to_rows(self) -> list[tuple[str, str, int]]:
        """(group, key, doc_count) rows, sorted; key "" is the group's document total (see module doc)."""
        return sorted((g, k, int(v)) for g, c in self._rows.items() for k, v in c.items() if v > 0)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, int]], settings: Settings | None = None) -> CorpusStats:
        """Rebuild from `to_rows` output (any concatenation of row lists: equal keys add up, copies count once)."""
        st = cls(settings)
        for g, k, v in rows:
            st._rows.setdefault(str(g), Counter())[str(k)] += int(v)
        for g, raw in st._rows.items():
            eff = Counter({k: v for k, v in raw.items() if not k.startswith((_DOC, _CONT))})
            index = st._index.setdefault(g, set())
            for k, v in raw.items():
                if not k.startswith((_DOC, _CONT)):
                    continue
                head, _, hashes = k[len(_DOC):].partition(":")  # "d:" and "c:" have the same length
                first = k.startswith(_DOC)
                if first:
                    index.add(_DOC + head + ":")
                extra = v - 1
                if extra > 0:  # the same document counted by several runs: take the copies off
                    if first:
                        eff[DOCS_KEY] -= extra
                    for i in range(0, len(hashes), _HASH_HEX):
                        eff[_KEY + hashes[i:i + _HASH_HEX]] -= extra
            st._eff[g] = eff
        return st
