"""Line cleaning behaviour that mutation testing (make mutate, session 4) found unguarded: the length bound of a
label list line, and which sentence of a line the glued-furniture peel looks at."""

from __future__ import annotations

from newsdesk.clean.rules import classify_line, peel_tail

TAGS = ["Nairobi", "Kenya", "trade", "coffee", "copper", "exports", "ministers", "talks", "Lima", "Peru",
        "agreement", "tariffs", "farmers", "harbour", "budget", "court", "army", "strike", "vote", "railway",
        "bridge", "hospital"]


def test_clean_label_list_of_at_most_20_items_is_a_label_longer_is_not():
    """Mutant: `word_count(rest) <= 20` -> `<= 21` (a 21-word list still taken for a label line)."""
    assert classify_line("Tags: " + ", ".join(TAGS[:20]), site=[]) == "label"
    assert classify_line("Tags: " + ", ".join(TAGS[:21]), site=[]) is None


BODY = "The minister spoke to reporters in Lima on Friday."


def test_clean_glued_share_prompt_is_peeled_only_as_the_last_sentence():
    """Mutant: `_furniture_tail` classifying `units[-2]` instead of the last sentence: the share prompt after the
    body sentence stays, and one before it would be cut with the body sentence."""
    assert peel_tail(f"{BODY} Share this article on Facebook") == (BODY, [("Share this article on Facebook",
                                                                           "share")])
    assert peel_tail(f"{BODY} The talks lasted six hours. Advertisement") == (
        f"{BODY} The talks lasted six hours.", [("Advertisement", "ad")])
    assert peel_tail(f"Share this article on Facebook. {BODY}") == (f"Share this article on Facebook. {BODY}", [])
