"""A dateline in a script without capitals ('القاهرة، 11 مارس (رويترز) - ...'): the place's comma, a day and a month of
another language, the agency in parentheses (no capital can mark such a place, so the agency must). The yearless
day takes its year from the page date above it (probe case date_arabic_dateline_yearless)."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.publication import date_text

LEAD = "قالت الحكومة المصرية يوم الخميس إنها ستطرح سندات دولية جديدة خلال الشهر المقبل."


@pytest.mark.parametrize("text,month_day,day", [
    ("القاهرة، 11 مارس (رويترز) - " + LEAD, (3, 11), None),
    ("القاهرة، 11 مارس 2021 (رويترز) - " + LEAD, None, "2021-03-11"),
    ("موسكو، 3 أبريل (أ ف ب) - " + LEAD, (4, 3), None),
])
def test_dating_caseless_dateline(text, month_day, day):
    dl = match_dateline(text)
    assert dl is not None and (dl.month_day, dl.day) == (month_day, day) and text[dl.end:].startswith("قالت")


@pytest.mark.parametrize("text", ["قالت الحكومة، 11 مارس إنها ستطرح سندات",  # no agency: no dateline
                                  "القاهرة، 11 مارس (رويترز)"])  # no story after it
def test_dating_no_caseless_dateline(text):
    assert match_dateline(text) is None


def test_dating_caseless_dateline_under_a_page_date():
    raw = "الجمعة 12 مارس 2021\nالقاهرة، 11 مارس (رويترز) - " + LEAD + "\nوأضافت أن الطرح سيكون بالدولار واليورو.\n"
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.page_date) == ("2021-03-11", "2021-03-12")
