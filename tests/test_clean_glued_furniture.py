"""A story sentence sharing its line with a republication notice or a follow-us call is kept; the furniture goes."""

import pytest

from newsdesk import clean

CASES = [
    ("The parliament election is over in Turkmenistan. — ANI This article was first published by ANI and is "
     "republished here under a content-sharing agreement. Follow us on Twitter and Facebook for the latest updates.",
     "The parliament election is over in Turkmenistan.", ["licence", "share", "credit"]),  # "— ANI": a credit
    ("Robbers in drag steal e80 million from Paris diamond store in biggest French heist (dpa contributed to this "
     "report.) This article was first published by dpa and is republished here under a content-sharing agreement.",
     "Robbers in drag steal e80 million from Paris diamond store in biggest French heist", ["licence"]),
    ("PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach. — Bloomberg This article was first "
     "published by Bloomberg and is republished here under a content-sharing agreement.",
     "Named Maurice Cheeks coach.", ["licence", "credit"]),
]


@pytest.mark.parametrize(("raw", "kept", "reasons"), CASES)
def test_clean_glued_furniture_keeps_the_story(raw, kept, reasons):
    c = clean.clean_text(raw)
    assert kept in c.text
    assert "republished here" not in c.text and "Follow us" not in c.text
    assert c.removed and {r.reason for r in c.removed} <= set(reasons)


def test_clean_licence_line_on_its_own_still_goes():
    raw = ("Officials said the new bridge will open in May after two years of work on the river crossing.\n"
           "This article was first published by ANI and is republished here under a content-sharing agreement.")
    c = clean.clean_text(raw)
    assert c.text == "Officials said the new bridge will open in May after two years of work on the river crossing."
