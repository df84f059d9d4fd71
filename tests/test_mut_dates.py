"""Plain-text dating that mutation testing (make mutate, session 4) found unguarded."""

from __future__ import annotations

from newsdesk.clean import clean_text
from newsdesk.dates import publication


def test_date_text_page_date_equal_to_the_publication_day_is_dropped():
    """Mutant: the final guard `page_date is not None` -> `is None` (a page date equal to the publication day kept).
    The dateline 'March 9' fits no year with a Sunday before the page's top date (5 March 2021), so the top date is
    only the page date; the 'Published on' statement then gives the same day as the publication day."""
    raw = ("Published on 5 March 2021\n\nLONDON, March 9 (Reuters) - The minister on Sunday met his counterpart to "
           "discuss trade and the talks went on for hours.\n")
    assert publication.date_text(raw, clean_text(raw)) == publication.Dating("2021-03-05", "text", None)


def test_statement_date_without_a_full_date_is_none():
    """Mutant: `if dates and dates[0][0] <= 12` -> `or` (an IndexError on a statement with no full date). The
    'Published on' line names no year here: no statement date, and date_text falls back without a traceback."""
    assert publication.statement_date("Published on Monday, March 3\nThe minister spoke.") is None
    assert publication.statement_date("Published: yesterday\nText") is None
    assert publication.statement_date("Published on 2 July 2008\nText") == "2008-07-02"
    raw = "Published on Monday, March 3\n\nThe minister met his counterpart to discuss trade for many hours.\n"
    assert publication.date_text(raw, clean_text(raw)) == publication.Dating(None, None, None)
