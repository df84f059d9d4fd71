"""Text-level helpers of plain-text cleaning: repair, whitespace, sentence units and corpus keys.

`repair` delegates mis-decoding repair to ftfy (UTF-8 read as Windows-1252/Latin-1 and the like) with a
configuration that leaves correct text alone: curly quotes, ligatures and full-width characters are kept as written,
since they are not errors. The sentence splitter is hand-written (a regex over terminal punctuation) because it must
keep every character of the line, so that splitting and re-joining a line with single spaces is lossless; spaCy's
sentencizer would also do but costs a model load for what is only a boundary hint here.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

import ftfy
from ftfy.badness import is_bad
from ftfy.chardata import CONTROL_CHARS

from newsdesk.dates.grammar import MONTH_NAME_ANY

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
    fix_line_breaks=True, normalization="NFC", explain=False)
# C0/C1 controls except tab and newline, plus the ones ftfy leaves (e.g. U+001A SUBSTITUTE, U+0000)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# the soft hyphen (U+00AD) is kept, as ftfy keeps it: a hyphenation point the writer put in the word, part of its
# spelling as published (and of quotations matched against it); word counts read through it
_ZERO_WIDTH = re.compile(r"[\u200b\u200e\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]")
# The zero-width non-joiner and joiner (U+200C, U+200D) are spelling inside a word of a joining script: Persian
# 'همکاری‌های', 'گفت‌وگو', the half forms of Devanagari and Bengali, emoji sequences. Between two non-ASCII
# letters, marks or symbols they stay as written; anywhere else (beside a space, a line end, punctuation, inside
# an ASCII word) they are stray formatting and go with the other zero-width characters.
_JOINER = re.compile(r"[\u200c\u200d]+")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# An HTML character reference left in plain text by a scraper that stripped the tags and not the escapes
# ('the festival&#8217;s', '&quot;We ...&quot;', 'A &amp; B'): decoded, a named one only with its semicolon (the
# names html.unescape knows; '&copy' without it or '&foo;' stay as written)
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# an escaped tag ('&lt;script&gt;'): the text names the tag; decoded, the template stripper would take it away, so it
# stays as written (matched before _ENTITY)
_ESCAPED_TAG = re.compile(r"&(?:lt|#0*60|#[xX]0*3[cC]);\s*/?[A-Za-z!][^<>&\n]{0,80}?&(?:gt|#0*62|#[xX]0*3[eE]);")
_ENTITY_OR_TAG = re.compile(_ESCAPED_TAG.pattern + "|" + _ENTITY.pattern)


def repair(text: str) -> str:
    """Mis-decoded text repaired, control characters removed, NBSP/odd spaces -> space, zero-width removed
    (a non-joiner or joiner inside a non-ASCII word stays: Persian and Indic spelling, emoji).

    Line structure is kept (CR and CRLF become LF). Correct text comes back unchanged except for those spaces.
    Applied until stable (at most 3 rounds): normalising a space can expose mojibake ftfy then decodes.
    """
    t = _repair_once(text or "")
    if t == text:
        return t
    for _ in range(2):
        again = _repair_once(t)
        if again == t:
            break
        t = again
    return t


# "â€" is the start of a curly quote or dash read as Windows-1252; where the third byte is missing, before a plain space,
# punctuation or the line's end, it was 0x9D, the byte of "”" that Windows-1252 leaves undefined and decoders drop.
# ftfy would take the space for a lost 0xA0 and make "†" of it; the byte is put back so ftfy reads "”".
_LOST_9D = re.compile(r"â€(?=[ \n,.;:!?)\]]|$)")


def _repair_once(text: str) -> str:
    if not text:
        return ""
    t = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in t:
        t = _ENTITY_OR_TAG.sub(lambda m: m.group() if _ESCAPED_TAG.fullmatch(m.group()) else html.unescape(m.group()), t)
    if "â€" in t:
        t = _LOST_9D.sub("â€\x9d", t)
    if _needs_ftfy(t):
        try:
            t = "".join(_fix_line(seg) if _needs_ftfy(seg) else seg for seg in _LINE_SEGMENT.findall(t))
        except (ValueError, UnicodeError, RecursionError):  # ftfy is robust; a repair bug must not lose the text
            t = text.replace("\r\n", "\n").replace("\r", "\n")
    t = _CONTROL.sub("", t)
    t = _ZERO_WIDTH.sub("", t)
    if "\u200c" in t or "\u200d" in t:
        t = _JOINER.sub(_joiner, t)
    t = _SPACES.sub(" ", t)
    t = t.replace("\u2028", "\n").replace("\u2029", "\n")
    return t if t.isascii() else unicodedata.normalize("NFC", t)


def _spells(ch: str) -> bool:
    return not ch.isascii() and unicodedata.category(ch)[0] in "LMS"


def _joiner(m: re.Match) -> str:
    """One joiner (the first of a run) where it stands between two characters that `_spells`, else nothing."""
    s, a, b = m.string, m.start(), m.end()
    return m.group()[0] if a > 0 and b < len(s) and _spells(s[a - 1]) and _spells(s[b]) else ""


# ftfy only changes a line (with the configuration above) when the line looks like mojibake (`is_bad`) or holds a
# character one of its other fixers acts on: C1 controls, surrogates, terminal escapes, its control characters,
# Unicode line separators. Other lines come back as they are (NFC aside, done below), so they skip ftfy: most news
# text is ASCII or correct Unicode, and ftfy's per-line checks were half of the cleaning time.
_FTFY_TRIGGER = re.compile("[\x1b\x80-\x9f\ud800-\udfff\u2028\u2029\x85"
                           + "".join(re.escape(chr(c)) for c in sorted(CONTROL_CHARS)) + "]")


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_BAD_REACH = 8  # every pattern of ftfy's badness regex holds a non-ASCII character and is at most 7 characters long


def _needs_ftfy(text: str) -> bool:
    if text.isascii():
        return "\x1b" in text
    return bool(_FTFY_TRIGGER.search(text)) or _looks_bad(text)


# Typographic characters of correct English text. ftfy's badness regex cannot match text whose only non-ASCII
# characters are these (each of its patterns needs an accented letter, a symbol, a box or Cyrillic/Greek character:
# checked exhaustively up to its 4-character patterns in tests/test_clean_speed.py).
SAFE_NON_ASCII = "’‘“”—–―…\u00a0•"
_LINE_SEGMENT = re.compile(r"[^\n]*\n|[^\n]+$")  # ftfy's segments: each line with its newline
_LINE_START_BAD = re.compile(r"(?m)^[ÃÂ] ")
_UNSAFE_NON_ASCII = re.compile("[^\x00-\x7f" + SAFE_NON_ASCII + "]")


def _looks_bad(text: str) -> bool:
    """`ftfy.badness.is_bad(text)`, or a harmless True where windows meet: the regex runs only on the windows
    around non-ASCII characters (it is slow on long lines, and a match can only lie within such a window)."""
    if not _UNSAFE_NON_ASCII.search(text):
        return False
    if _LINE_START_BAD.search(text):  # ftfy judges each line alone; its one anchored pattern is "^[ÃÂ] "
        return True
    spans: list[list[int]] = []
    for m in _NON_ASCII.finditer(text):
        a, b = max(0, m.start() - _BAD_REACH), m.end() + _BAD_REACH
        if spans and a <= spans[-1][1]:
            spans[-1][1] = b
        else:
            spans.append([a, b])
    return is_bad("\n".join(text[a:b] for a, b in spans))


def _fix_line(line: str) -> str:
    return ftfy.fix_text(line, _FTFY)


def squash(line: str) -> str:
    """Whitespace runs -> one space, stripped."""
    return _squash_cached(line) if len(line) <= 4000 else " ".join(line.split())


@lru_cache(maxsize=16384)
def _squash_cached(line: str) -> str:  # lines are squashed again by each rule; a str caches its own hash
    return " ".join(line.split())


# Split after terminal punctuation (with closing quotes/brackets, group 1) when the next token opens a new sentence.
# The one sentence boundary of the project: `dedup.sentences` adds line breaks to it; both skip `ordinal_stop`s.
SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?…])([\"”’'\)\]]*)\s+(?=[\"“‘'(\[]?[A-Z0-9\u0600-\u06ff])")
_DAY_STOP = re.compile(r"(?:^|(?<=\s))(?:(\S+)\s+)?\d{1,2}\.$")
_MONTH_AT = re.compile(MONTH_NAME_ANY, re.I)
_YEAR_AFTER = re.compile(r"\s+\d")


def ordinal_stop(text: str, stop: int, after: int) -> bool:
    """True when the full stop ending at `stop` is a day number's ordinal stop before a month name, so no sentence
    ends there: 'Am 14. Juni 2005 ...', 'den 3. maj'. The month names are the date grammar's, in every language it
    reads; a three-letter name ('Out', 'Set', 'Gen' open English sentences as well as abbreviate months) counts
    only before a number ('3. Mai 2021'). A day that follows a month ('on May 3. June brought ...') or a year
    ('2005. Juni') is a sentence end."""
    m = _DAY_STOP.search(text, max(0, stop - 40), stop)
    month = _MONTH_AT.match(text, after)
    if not m or not month or (m.group(1) and _MONTH_AT.fullmatch(m.group(1))):
        return False
    name = month.group(0).rstrip(".").lower()
    return len(name) > 3 or bool(_YEAR_AFTER.match(text, month.end()))


_CODE_RUN = re.compile(r"(?<=\s)(?=(?:[A-Z]{1,6}(?:/[A-Z\u0600-\u06ff]{0,6})+)\s)")


def sentences(line: str) -> list[str]:
    """Split a (squashed) line into sentence units; ``" ".join(sentences(x)) == squash(x)``."""
    return list(_sentences(line))


@lru_cache(maxsize=8192)
def _sentences(line: str) -> tuple[str, ...]:
    s = squash(line)
    if not s:
        return ()
    out, start = [], 0
    for m in SENTENCE_BOUNDARY.finditer(s):
        if not m.group(1) and ordinal_stop(s, m.start(), m.end()):
            continue
        end = m.start() + len(m.group(1))
        out.append(s[start:end])
        start = m.end()
    out.append(s[start:])
    return tuple(u for u in out if u)


_LEAD_CODES = re.compile(r"^(?:[A-Z]{1,6}(?:/[A-Z\u0600-\u06ff]{0,6})+\s+)+")
_DIGIT = re.compile(r"\d")
_NON_WORD = re.compile(r"[^\w]+")
# a soft hyphen or a joiner (Persian 'همکاری‌های') inside a word does not split it; nor does a combining mark of the
# scripts that part words by spaces (Bengali 'শেয়ার' and Hindi 'करें' are one word each, not three: their vowel signs and
# nuktas are no letters to \w); Thai and Lao, written without spaces, keep their marks as word breaks
_MARKS = "".join(re.escape(chr(c)) for c in range(0x0300, 0x0E00) if unicodedata.category(chr(c)).startswith("M"))
_UNIT = r"[^\W_](?:[^\W_]|[" + _MARKS + r"])*"
_WORD = re.compile(_UNIT + r"(?:[\u00ad\u200c\u200d]" + _UNIT + r")*(?:['’]" + _UNIT + r"(?:[\u00ad\u200c\u200d]" + _UNIT
                   + r")*)?")


# Invisible format characters: the soft hyphen (kept in article text as written) and the zero-width ones.
_INVISIBLE = dict.fromkeys([0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])


def visible(s: str) -> str:
    """`s` without soft hyphens and zero-width characters: keys and tokens are made from this ("Mer\u00adkel" is
    "Merkel"), while the article text keeps them as written."""
    return s.translate(_INVISIBLE)


def unit_key(unit: str) -> str:
    """Corpus key of a line or sentence: case-folded, digits -> 0, punctuation-insensitive, editor codes dropped."""
    s = visible(squash(unit))  # a soft hyphen does not make another key
    if "/" in s:
        s = _LEAD_CODES.sub("", s)
    s = _DIGIT.sub("0", s.casefold())
    return _NON_WORD.sub(" ", s).strip()


@lru_cache(maxsize=8192)
def word_count(s: str) -> int:
    return len(_WORD.findall(s))
