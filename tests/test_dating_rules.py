"""Publication dating of plain text: metadata, header, dateline, statements; page dates; never an invented day."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates import publication
from newsdesk.dates.grammar import normalise_date, split_header, stamp_date
from newsdesk.dates.publication import resolve_year


def date_text(raw, cleaned=None, **kw):
    """Date `raw` as ingest does: cleaned first, then dated."""
    return publication.date_text(raw, cleaned if cleaned is not None else clean_text(raw), **kw)

LEAD = "Officials said the review of the tanker contract would be reopened after the audit."


@pytest.mark.parametrize("value,want", [
    ("2021-03-05", "2021-03-05"),
    ("2021-03-05T23:30:00-05:00", "2021-03-05"),  # the day as written, no time-zone shift
    ("20210305", "2021-03-05"),
    ("Fri, 05 Mar 2021 09:12:00 +0000", "2021-03-05"),
    ("March 5, 2021", "2021-03-05"),
    ("5th March 2021", "2021-03-05"),
    ("Sept. 9, 2019 10:00 GMT", "2019-09-09"),
    ("05.03.2021", "2021-03-05"),
    ("03/25/2021", "2021-03-25"),
    ("1614902400", "2021-03-05"),
    ("2021/03/05", "2021-03-05"),
    ("", None), (None, None), ("yesterday", None), ("March 5", None), ("2021-02-30", None), ("1850-01-01", None),
])
def test_dating_normalise_date_forms(value, want):
    assert normalise_date(value) == want


def test_dating_split_header_only_iso_prefix():
    assert split_header(" date 2021-03-05 WASHINGTON - text") == ("date 2021-03-05", "2021-03-05", "WASHINGTON - text")
    assert split_header("2021-03-05 | The body goes on.")[1] == "2021-03-05"
    assert split_header("March 5, 2021 was a long day for all.") == ("", None, "March 5, 2021 was a long day for all.")
    assert split_header("2021-03-05") == ("", None, "2021-03-05")  # nothing after it: not a header prefix


def test_dating_stamp_date_lines():
    assert stamp_date("March 5, 2021 09:12 am | Updated 11:40 am EST") == ("2021-03-05", True)
    assert stamp_date("Updated: 11:40 am IST") == (None, True)
    assert stamp_date("Thursday, 5 March 2020") == ("2020-03-05", True)
    assert stamp_date("The plant opened on March 5, 2021 in Everett.") == (None, False)


def test_dating_header_is_publication_without_dateline():
    d = date_text(" date 2021-03-05 " + LEAD)
    assert (d.published, d.evidence, d.page_date) == ("2021-03-05", "header", None)


def test_dating_header_disagreeing_with_dateline_is_page_date():
    raw = " date 2023-07-08 WASHINGTON, June 7, 2010 (Reuters) - " + LEAD
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.evidence, d.page_date) == ("2010-06-07", "dateline", "2023-07-08")


def test_dating_top_stamp_disagreeing_with_dateline_is_page_date():
    raw = "July 8, 2023 10:02 am\n\nLONDON, June 7, 2010 (Reuters) -- " + LEAD
    d = date_text(raw)
    assert (d.published, d.page_date) == ("2010-06-07", "2023-07-08")


def test_dating_yearless_dateline_bounded_by_page_date_and_weekday():
    raw = " date 2021-03-10 WASHINGTON, March 5 (Reuters) - Officials said on Friday the review would reopen."
    d = date_text(raw)
    assert (d.published, d.evidence, d.page_date) == ("2021-03-05", "dateline", "2021-03-10")


def test_dating_yearless_dateline_after_page_date_goes_back_a_year():
    raw = " date 2021-03-03 LONDON, March 5 (Reuters) - The airline said on Thursday it ordered jets."
    assert date_text(raw).published == "2020-03-05"  # a Thursday; 2021-03-05 is after the page date


def test_dating_yearless_weekday_mismatch_skips_years():
    # 2021-03-05 is a Friday, 2020-03-05 a Thursday: "on Thursday" takes 2020; "on Tuesday" (2019) is outside the
    # DATING_YEARLESS_MAX_YEARS window, so no day rather than a guess
    assert resolve_year(3, 5, "2021-03-10", 3) == "2020-03-05"
    assert resolve_year(3, 5, "2021-03-10", 1) is None
    assert resolve_year(3, 5, "2021-03-10", None) == "2021-03-05"
    assert resolve_year(3, 5, None, 4) is None


def test_dating_yearless_dateline_without_evidence_is_null():
    d = date_text("TEHRAN, Aug. 27 (MNA) -- Iran's foreign minister said on Monday the talks went well.")
    assert (d.published, d.page_date) == (None, None)


def test_dating_dateline_with_year():
    d = date_text("SAN FRANCISCO, June 7, 2010 (Wikinews) - " + LEAD)
    assert (d.published, d.evidence) == ("2010-06-07", "dateline")


def test_dating_event_dates_in_prose_are_not_publication():
    d = date_text("The deal was signed on January 18, 2005 in Paris. " + LEAD + " It runs until March 1, 2006.")
    assert d.published is None


def test_dating_publication_statement_line():
    d = date_text(LEAD + "\n\nPublished on 2 July 2008")
    assert (d.published, d.evidence) == ("2008-07-02", "text")
    assert date_text("Published on 2 July 2008\n" + LEAD).evidence == "header"  # at the top it is a page stamp
    assert date_text(LEAD + " The report was published on 2 July 2008.").published is None


def test_dating_metadata_wins_and_header_becomes_page_date():
    d = date_text(" date 2023-07-08 " + LEAD, meta_date="Fri, 05 Mar 2021 09:12:00 +0000")
    assert (d.published, d.evidence, d.page_date) == ("2021-03-05", "metadata", "2023-07-08")


def test_dating_metadata_bounds_yearless_dateline():
    d = date_text("WASHINGTON, March 5 (Reuters) - Officials said on Friday it was over.", meta_date="2021-03-06")
    assert d.published == "2021-03-06" and d.evidence == "metadata"
