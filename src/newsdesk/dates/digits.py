"""The character-level readings of the one date grammar (`dates.grammar`, which imports and re-exports every name
here): other scripts' decimal digits as ASCII digits, a stamp line without Arabic vowel marks, a word of an abugida
without its combining marks. Split from grammar.py when it reached 487 lines (tests/test_architecture.py); no change
of behaviour."""

from __future__ import annotations

import unicodedata

# the decimal digits of other scripts (Arabic-Indic '١ يونيو ٢٠٢١', Persian '۲۰۲۱', Devanagari '१२', Bengali) read as
# ASCII digits, one character for one: every span found in the translated text is the same span of the original
_ASCII_DIGITS = {cp + i: ord("0") + i for cp in (0x0660, 0x06F0, 0x0966, 0x09E6) for i in range(10)}


def ascii_digits(text: str) -> str:
    """`text` with the decimal digits of other scripts written as ASCII digits (same length)."""
    return text.translate(_ASCII_DIGITS) if text and not text.isascii() else text


# Arabic's vowel marks (harakat, the dagger alif) are optional in its writing: a stamp word reads the same with them
# ('نُشر في' is 'نشر في'); a stamp line is read without them (`stamp_parts`, `stamp_date`: days only, no spans)
_HARAKAT = dict.fromkeys([*range(0x064B, 0x0653), 0x0670])


def _stamp_text(line: str) -> str:
    s = ascii_digits(line.strip())
    return s.translate(_HARAKAT) if not s.isascii() else s


def _unmarked(text: str) -> str:
    """`text` without its combining marks, so that a word of an abugida ('ऐश्ली कुटिन्हो': vowel signs and viramas
    are no word characters to `re`) counts as one word, not four."""
    if text.isascii():
        return text
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))
