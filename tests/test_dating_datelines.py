"""Datelines in every common shape (issue 14 item 3), all read by the one grammar (`dates.grammar.match_dateline`),
and the yearless dateline under a page date (item 2): the page date bounds the year, a weekday in the lead must
fall on it, and a headline or byline line kept above the dateline does not hide it."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.publication import date_text

LEAD = ("Defence Minister Rajnath Singh on Friday met his Russian counterpart to review the pending deliveries of "
        "air defence systems, officials said.")
MORE = "The two sides also discussed joint production of spare parts, according to a statement issued after the talks."
PAGE_DATE = "Tuesday, December 24, 2024"  # 28 April: a Sunday in 2024, a Friday in 2023

# (dateline as printed, its agency); every one is yearless, 28 April
YEARLESS = [
    ("New Delhi, April 28 : ", None),
    ("NEW DELHI, April 28: ", None),
    ("New Delhi, April 28 :", None),
    ("New Delhi, Apr. 28 (IANS) – ", "IANS"),
    ("New Delhi, April 28 (IANS) -", "IANS"),
    ("New Delhi, April 28 (PTI)—", "PTI"),
    ("NEW DELHI, April 28 (Reuters) -- ", "Reuters"),
    ("New Delhi, 28 April (PTI) – ", "PTI"),
    ("New Delhi, April 28th : ", None),
    ("NEW DELHI,April 28:", None),
    ("Washington, D.C., April 28 (AP) — ", "AP"),
    ("São Paulo, April 28 (Reuters) – ", "Reuters"),
    # shapes the grammar did not read before session 6
    ("Srinagar/Jammu, April 28 : ", None),  # two places joined by a slash
    ("New Delhi [India], April 28 (ANI): ", "ANI"),  # a bracketed country (ANI's style)
    ("Kolkata, April 28 (IANS) ", "IANS"),  # the agency ends the dateline, no separator (IANS's style)
    ("New Delhi | April 28 : ", None),  # place and date parted by a bar
    ("New Delhi, Apr 28, (PTI): ", "PTI"),  # a comma before the agency
    ("NEW DELHI, April 28: (PTI) ", "PTI"),  # the agency after the separator
    ("New Delhi, April 28 -- (IANS) ", "IANS"),
    ("Berlin, 28. April (dpa) - ", "dpa"),  # a month name of another language, yearless
    ("Paris, 28 avril (AFP) - ", "AFP"),
    ("Madrid, 28 abr (EFE).- ", "EFE"),  # EFE's ".-"
]


@pytest.mark.parametrize("dateline,agency", YEARLESS)
def test_dating_dateline_shapes_yearless_under_a_page_date(dateline, agency):
    m = match_dateline(dateline + LEAD)
    assert m is not None and m.month_day == (4, 28) and m.agency == agency
    assert (dateline + LEAD)[m.end:].startswith("Defence Minister")
    raw = f"{PAGE_DATE}\n\n{dateline}{LEAD}\n\n{MORE}\n"
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.evidence, d.page_date) == ("2023-04-28", "dateline", "2024-12-24")


@pytest.mark.parametrize("dateline,place,agency", [
    ("NEW DELHI (Reuters) - ", "NEW DELHI", "Reuters"),
    ("New Delhi (IANS) — ", "New Delhi", "IANS"),
    ("KYIV, Ukraine (AP) — ", "KYIV", "AP"),
    ("NEW DELHI: ", "NEW DELHI", None),
    ("NEW DELHI : ", "NEW DELHI", None),
    ("NEW DELHI - ", "NEW DELHI", None),
    ("NEW DELHI– ", "NEW DELHI", None),
    ("NEW DELHI —", "NEW DELHI", None),
    ("NEW DELHI—", "NEW DELHI", None),
])
def test_dating_dateline_shapes_without_a_date(dateline, place, agency):
    m = match_dateline(dateline + LEAD)
    assert m is not None and (m.place, m.agency, m.day, m.month_day) == (place, agency, None, None)
    assert (dateline + LEAD)[m.end:].startswith("Defence Minister")
    # no date in the dateline: the page date is the only date the text states
    raw = f"{PAGE_DATE}\n\n{dateline}{LEAD}\n\n{MORE}\n"
    assert date_text(raw, clean_text(raw)).published == "2024-12-24"


def test_dating_dateline_wire_service_in_slashes():
    m = match_dateline("NEW YORK, April 28, 2023 /PRNewswire/ -- Acme Corp. today announced a new product line.")
    assert m is not None and (m.day, m.agency) == ("2023-04-28", "PRNewswire")


@pytest.mark.parametrize("text", [
    "Apple (AAPL) Shares rose 3% on Monday after the results.",  # no date: an unseparated agency needs one
    "Note: the meeting was held on April 28.",
    "Budget talks (day two) Ministers met again on Friday.",
])
def test_dating_dateline_shapes_not_taken(text):
    m = match_dateline(text)
    assert m is None or not (m.day or m.month_day)


@pytest.mark.parametrize("above", [
    ["Rajnath meets Russian counterpart"],  # the headline, kept as the body's first line
    ["Rajnath meets Russian counterpart", "By Staff Reporter"],
])
@pytest.mark.parametrize("page_date", [PAGE_DATE, "24.12.2024", "Updated: Dec 24, 2024, 16:07 IST", "2024-12-24"])
def test_dating_yearless_dateline_under_headline_lines(above, page_date):
    raw = "\n\n".join([page_date, *above, "New Delhi, April 28 : " + LEAD, MORE]) + "\n"
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.evidence, d.page_date) == ("2023-04-28", "dateline", "2024-12-24")


def test_dating_dateline_only_opens_the_first_paragraph_of_running_text():
    # a dateline further down (in the second paragraph of running text) is another story's, not this one's
    raw = "\n\n".join([PAGE_DATE, LEAD, "New Delhi, April 28 : " + MORE]) + "\n"
    d = date_text(raw, clean_text(raw))
    assert d.published == "2024-12-24" and d.evidence == "header"


def test_dating_yearless_dateline_weekday_must_match():
    # 27 August is no Friday in 2024 or 2023: no year fits, so no day is invented and the page date stays apart
    raw = "\n\n".join([PAGE_DATE, "TEHRAN, Aug. 27 (MNA) -- " + LEAD, MORE]) + "\n"
    d = date_text(raw, clean_text(raw))
    assert d.published is None and d.page_date == "2024-12-24"


MONTHS = ["January", "Feb", "Mar.", "April", "May", "June", "Jul", "Aug.", "Sept", "October", "Nov", "December"]


@settings(max_examples=150, deadline=None)
@given(place=st.sampled_from(["NEW DELHI", "New Delhi", "Srinagar/Jammu", "São Paulo", "St. Petersburg",
                              "New Delhi [India]", "ISLAMABAD, Pakistan", "Washington, D.C."]),
       month=st.integers(1, 12), day=st.integers(1, 28), day_first=st.booleans(),
       agency=st.sampled_from([None, "IANS", "PTI", "Reuters", "AP", "ANI", "IANS/PTI", "Express News Service"]),
       sep=st.sampled_from([":", " :", " -", " – ", "—", " -- ", " — "]))
def test_dating_dateline_grammar_property(place, month, day, day_first, agency, sep):
    """Any place, month and day, agency and separator: the dateline gives that (month, day) and its agency, and the
    story starts right after it."""
    date = f"{day} {MONTHS[month - 1]}" if day_first else f"{MONTHS[month - 1]} {day}"
    line = f"{place}, {date}" + (f" ({agency})" if agency else "") + sep + " " + LEAD
    m = match_dateline(line)
    assert m is not None and m.month_day == (month, day) and m.agency == agency
    assert line[m.end:].startswith("Defence Minister")


# a thing named with a number ('Apollo 11', 'Section 5', 'Windows 10'), then a month's name: no dateline; a
# dateline parts its place and a day-first date with a comma or a bar
NAMED_NUMBERS = [
    "Apollo 11 May - the crew of the mission landed on the moon while the world watched on television.",
    "Section 5 mar - the rules of the club say that members pay their fees before the season starts.",
    "Section 5 Mar: The rules of the club say that members pay their fees before the season starts.",
    "APOLLO 11 MAY - The crew of the mission landed on the moon while the world watched on television.",
    "Windows 10 May 2019 - the update brings a lighter theme and a sandbox for untrusted programs.",
]


@pytest.mark.parametrize("line", NAMED_NUMBERS)
def test_dating_number_named_thing_before_a_month_is_no_dateline(line):
    m = match_dateline(line)
    assert m is None or (m.place.isupper() and not (m.day or m.month_day))  # 'APOLLO': a place-only dateline
    # under a page date it gave a yearless dateline a year from that bound ('Apollo 11 May' -> 2020-05-11)
    raw = "\n\n".join(["March 14, 2021", line, MORE]) + "\n"
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.evidence, d.page_date) == ("2021-03-14", "header", None)


@pytest.mark.parametrize("line,month_day", [
    ("LAGOS, 5 May - The governor said the roads would reopen on Monday after the repairs.", (5, 5)),
    ("New Delhi | 28 April : The minister met his counterpart on Friday, officials said.", (4, 28)),
    ("Apollo, 11 May (Reuters) - The company said its profit rose in the first quarter.", (5, 11)),
])
def test_dating_day_first_dateline_after_a_comma_or_bar_is_read(line, month_day):
    m = match_dateline(line)
    assert m is not None and m.month_day == month_day


@settings(max_examples=150, deadline=None)
@given(name=st.sampled_from(["Apollo", "Section", "Windows", "Season", "Game", "Galaxy S", "Chapter", "ROUTE"]),
       number=st.integers(1, 31), month=st.integers(1, 12),
       sep=st.sampled_from([":", " :", " -", " – ", "—", " -- "]))
def test_dating_number_named_thing_property(name, number, month, sep):
    """A name, its number and a month's name glued by spaces: never a dated dateline."""
    m = match_dateline(f"{name} {number} {MONTHS[month - 1]}{sep} {LEAD}")
    assert m is None or not (m.day or m.month_day)
