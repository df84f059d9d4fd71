"""Cleaning and dating decisions that mutation testing (mutation/run.py, targets clean-rules, clean-body,
dating-grammar, dating-publication) found unguarded; each test names the mutant it kills."""

from __future__ import annotations

import pytest

from newsdesk.clean import rules
from newsdesk.settings import CLEAN_CAPTION_MAX_CHARS

BODY = "The council met on Tuesday and agreed the plan."


@pytest.mark.parametrize("line, want", [
    ("", False), ("   ", False), ("\u00a0", False),  # no words: not a headline (mutant: `0 <` -> `-1 <`)
    ("Markets rally on rate cut", True), ("Markets rally on rate cut.", False),
    (" ".join(["word"] * 20), True), (" ".join(["word"] * 21), False),
])
def test_clean_rules_headline_needs_one_to_twenty_words_and_no_full_stop(line, want):
    assert rules.looks_like_headline(line) is want


def test_clean_rules_credit_needs_short_line_and_few_words():
    """Mutant: `len(s) > 120 or word_count(s) > 14` -> `and`: a body sentence of 16 words (87 characters) opening
    with 'Reporting by' would be taken for a credit line."""
    prose = "Reporting by the agency found the council spent more than it said on the harbour plan"
    assert len(prose) <= 120 and len(prose.split()) > 14
    assert rules.credit_of(prose) is None
    assert rules.credit_of("Reporting by Jane Doe and John Roe") == "Reporting by Jane Doe and John Roe"


def test_clean_rules_tail_marker_returns_the_glued_headline():
    """Mutant: `return True, rest` -> `return False, rest`: a 'related' heading with a headline glued after its
    separator must still open the tail (and hand the headline back)."""
    assert rules.tail_marker("Also read: Markets rally on rate cut") == (True, "Markets rally on rate cut")
    assert rules.tail_marker("Related stories") == (True, "")
    assert rules.tail_marker("Also read " + " ".join(["word"] * 30)) == (False, "")
    assert rules.tail_marker("The council met on Tuesday") == (False, "")


def test_clean_rules_caption_tail_only_when_short():
    """Mutant: `len(s) - m.start(1) > CLEAN_CAPTION_MAX_CHARS` -> `/`: an inline 'Photo:' that runs on for more
    than CLEAN_CAPTION_MAX_CHARS is body text, not a caption to peel."""
    short = BODY + " Photo: The mayor at the harbour."
    assert rules.peel_tail(short) == (BODY, [("Photo: The mayor at the harbour.", "caption")])
    tail = "Photo: " + "the harbour works went on " * (CLEAN_CAPTION_MAX_CHARS // 25 + 1) + "all night."
    assert len(tail) > CLEAN_CAPTION_MAX_CHARS
    assert rules.peel_tail(BODY + " " + tail) == (BODY + " " + tail, [])
