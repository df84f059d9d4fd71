"""A crawl header ('Crawled 2022-01-15', 'Crawled: 2021-07-02 03:11:09') names the day a copy was taken: alone on its
line it is still a header (cut from the text, the page date), it bounds a yearless dateline's year and rules out the
readings of an ambiguous numeric date that lie after it, and it is never the publication day by itself (probe cases
date_crawl_header_alone and fields_caps_colon_labels)."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates.grammar import split_header
from newsdesk.dates.publication import crawl_bounded_day, date_text

LEAD = ("Nigeria's central bank on Friday unveiled new rules for mobile money operators, saying they would improve "
        "oversight of a market that has grown fast since the pandemic.")


def _date(raw: str):
    return date_text(raw, clean_text(raw))


@pytest.mark.parametrize("line,head,iso,rest", [
    ("Crawled 2022-01-15", "Crawled 2022-01-15", "2022-01-15", ""),
    ("Crawled: 2021-07-02 03:11:09", "Crawled: 2021-07-02 03:11:09", "2021-07-02", ""),
    ("Crawled 2022-01-15 | Lagos", "Crawled 2022-01-15 |", "2022-01-15", "Lagos"),
    ("2022-01-15", "", None, "2022-01-15"),  # a bare date alone is a stamp line, no header
])
def test_dating_header_alone_on_its_line(line, head, iso, rest):
    assert split_header(line) == (head, iso, rest)


def test_dating_crawl_header_bounds_a_yearless_dateline():
    d = _date("Crawled 2022-01-15\nLAGOS, 14 Jan. (NAN) – " + LEAD + "\nThe rules take effect in April.\n")
    assert (d.published, d.page_date) == ("2022-01-14", "2022-01-15")


def test_dating_crawl_header_alone_is_no_publication_day():
    d = _date("Crawled: 2021-07-02 03:11:09\n" + LEAD + "\nThe rules take effect in April.\n")
    assert (d.published, d.page_date) == (None, "2021-07-02")


def test_dating_a_stamp_on_the_crawl_day_still_dates_the_page():
    d = _date("Crawled: 2021-07-02 03:11:09\nJuly 2, 2021\n" + LEAD + "\n" + LEAD + "\n")
    assert d.published == "2021-07-02"


def test_dating_crawl_day_rules_out_a_later_reading():
    raw = "Crawled: 2021-07-02 03:11:09\nTitle:\nPort strike\nDate:\n12/03/2021\nText:\n" + LEAD + "\n"
    assert _date(raw).published == "2021-03-12"  # 3 December 2021 lies after the crawl
    assert crawl_bounded_day(raw.split("\n"), "2022-01-01") is None  # both readings fit: no day


def test_dating_other_header_labels_still_date_the_page():
    assert _date("date 2021-03-05 " + LEAD + "\n").published == "2021-03-05"
