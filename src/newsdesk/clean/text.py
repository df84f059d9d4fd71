"""Text-level helpers of plain-text cleaning: repair, whitespace, sentence units and corpus keys.

`repair` delegates mis-decoding repair to ftfy (UTF-8 read as Windows-1252/Latin-1 and the like) with a
configuration that leaves correct text alone: curly quotes, ligatures and full-width characters are kept as written,
since they are not errors. The sentence splitter is hand-written (a regex over terminal punctuation) because it must
keep every character of the line, so that splitting and re-joining a line with single spaces is lossless; spaCy's
sentencizer would also do but costs a model load for what is only a boundary hint here.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
    fix_line_breaks=True, normalization="NFC", explain=False)
# C0/C1 controls except tab and newline, plus the ones ftfy leaves (e.g. U+001A SUBSTITUTE, U+0000)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")


def repair(text: str) -> str:
    """Mis-decoded text repaired, control characters removed, NBSP/odd spaces -> space, zero-width removed.

    Line structure is kept (CR and CRLF become LF). Correct text comes back unchanged except for those spaces.
    Applied until stable (at most 3 rounds): normalising a space can expose mojibake ftfy then decodes.
    """
    t = _repair_once(text or "")
    for _ in range(2):
        again = _repair_once(t)
        if again == t:
            break
        t = again
    return t


def _repair_once(text: str) -> str:
    if not text:
        return ""
    t = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        t = ftfy.fix_text(t, _FTFY)
    except (ValueError, UnicodeError, RecursionError):  # ftfy is robust; a repair bug must not lose the document
        t = text.replace("\r\n", "\n").replace("\r", "\n")
    t = _CONTROL.sub("", t)
    t = _ZERO_WIDTH.sub("", t)
    t = _SPACES.sub(" ", t)
    t = t.replace("\u2028", "\n").replace("\u2029", "\n")
    return unicodedata.normalize("NFC", t)


def squash(line: str) -> str:
    """Whitespace runs -> one space, stripped."""
    return " ".join(line.split())


# Split after terminal punctuation (with closing quotes/brackets) when the next token opens a new sentence.
_BOUNDARY = re.compile(r"(?<=[.!?…])([\"”’'\)\]]*)\s+(?=[\"“‘'(\[]?[A-Z0-9\u0600-\u06ff])")
_CODE_RUN = re.compile(r"(?<=\s)(?=(?:[A-Z]{1,6}(?:/[A-Z\u0600-\u06ff]{0,6})+)\s)")


def sentences(line: str) -> list[str]:
    """Split a (squashed) line into sentence units; ``" ".join(sentences(x)) == squash(x)``."""
    s = squash(line)
    if not s:
        return []
    out, start = [], 0
    for m in _BOUNDARY.finditer(s):
        end = m.start() + len(m.group(1))
        out.append(s[start:end])
        start = m.end()
    out.append(s[start:])
    return [u for u in out if u]


def unit_key(unit: str) -> str:
    """Corpus key of a line or sentence: case-folded, digits -> 0, punctuation-insensitive, editor codes dropped."""
    s = squash(unit)
    s = re.sub(r"^(?:[A-Z]{1,6}(?:/[A-Z\u0600-\u06ff]{0,6})+\s+)+", "", s)
    s = s.casefold()
    s = re.sub(r"\d", "0", s)
    s = re.sub(r"[^\w]+", " ", s).strip()
    return s


def word_count(s: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’][^\W_]+)?", s))
