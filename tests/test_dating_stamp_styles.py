"""Stamp lines of other site styles: a byline beside the stamp, US 'ET' zones, relative 'ago'."""

from newsdesk.clean import clean_text
from newsdesk.dates import publication
from newsdesk.dates.grammar import stamp_date


def date_text(raw, cleaned=None, **kw):
    """Date `raw` as ingest does: cleaned first, then dated."""
    return publication.date_text(raw, cleaned if cleaned is not None else clean_text(raw), **kw)


def test_dating_stamp_with_byline_segment_or_posted_by():
    assert stamp_date("By Staff Writer | Feb 3, 2009 4:15 PM ET") == ("2009-02-03", True)
    assert stamp_date("Posted by Admin on March 5, 2021") == ("2021-03-05", True)
    assert stamp_date("Feb 3, 2009 | Ford cuts jobs") == (None, False)  # a headline is not a byline


def test_dating_stamp_with_relative_update_and_et_zone():
    assert stamp_date("March 5, 2021 / 9:12 AM / Updated 2 hours ago") == ("2021-03-05", True)
    assert stamp_date("September 17, 2013 4:16 PM ET") == ("2013-09-17", True)


def test_dating_byline_stamp_dates_the_article():
    raw = ("By Staff Writer | Feb 3, 2009 4:15 PM ET\nSales of automobiles in the United States fell as much as "
           "35% in January, as manufacturers reported their January sales.")
    assert date_text(raw).published == "2009-02-03"
