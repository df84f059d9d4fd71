"""Session 13 (datefix13): review13's findings on the dating rules of d16bc9a.

* FINDING 8: a two-digit year after two slashed numbers ('15/03/24') is a stamp's only on a line that is nothing
  else and says so by its cue or its hour ('Posted: 15/03/24', '15/03/24 09:40'); 'Deadline: 15/03/24',
  'Applications close 30/06/24', 'Offer ends 31/12/24' date nothing (`grammar.stamp_parts`).
* FINDING 9: 'Filed' is a wire's stamp label only at the top of the page (`publication._WIRE_FILED`); a case's
  facts box between paragraphs ('Filed: 12 March 2024' / 'Court: High Court') dates nothing.
"""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.grammar import stamp_parts
from newsdesk.dates.publication import date_text

P1 = ("The council has invited bids from building firms to design and build a new public swimming pool on the site "
      "of the old bus depot.")
P2 = "Firms must show they have built at least two public pools in the past ten years, the tender notice says."
P3 = "The council hopes work will start before the end of the year."


def _published(raw: str):
    return date_text(raw, clean_text(raw)).published


def _page(line: str) -> str:
    return f"Council seeks bids for new swimming pool\n\n{line}\n\n{P1}\n\n{P2}\n\n{P3}\n"


_DAYS = st.dates(min_value=dt.date(2000, 1, 13), max_value=dt.date(2029, 12, 31)).filter(lambda d: d.day > 12)


@settings(max_examples=60, deadline=None)
@given(_DAYS, st.sampled_from(["Deadline: {}", "Applications close {}", "Offer ends {}", "Closing date {}",
                               "Tickets valid until {}", "Deadline {} 17:00"]), st.sampled_from("/-"))
def test_slashed_two_digit_year_of_a_deadline_dates_nothing(day, label, sep):
    line = label.format(f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year % 100:02d}")
    assert stamp_parts(line)[0] == []
    assert _published(_page(line)) is None


@settings(max_examples=40, deadline=None)
@given(_DAYS, st.sampled_from(["Posted: {}", "Published {}", "{} 09:40", "Updated: {} 10:15", "投稿日：{} 10:20"]))
def test_slashed_two_digit_year_of_a_stamp_still_dates_the_page(day, label):
    if "投稿日" in label:  # year first in a Japanese line
        line = label.format(f"{day.year % 100:02d}/{day.month:02d}/{day.day:02d}")
    else:
        line = label.format(f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}")
    assert stamp_parts(line)[0] == [day.isoformat()]


COURT = ["Residents challenge water charges in court",
         "A group of residents has asked the High Court to strike down the new water charges, arguing they were never "
         "approved by parliament.",
         "Their lawyer said the charges had been introduced by a ministerial order without a vote."]


def test_filed_in_a_case_facts_box_dates_nothing():
    raw = "\n\n".join(COURT + ["Case details", "Filed: 12 March 2024", "Court: High Court, Civil Division",
                               "The government has until the end of the month to respond."]) + "\n"
    assert _published(raw) is None


def test_filed_label_at_the_top_still_dates_the_page():
    raw = "\n\n".join(COURT[:1] + ["Filed: March 12, 2024, 10:40 a.m. ET"] + COURT[1:]) + "\n"
    assert _published(raw) == "2024-03-12"



# --- FINDING 18: a lead naming the dateline's eve does not push its year back past the page date -----------------

def _wire(page: dt.date, day: dt.date, event: dt.date) -> str:
    return "\n\n".join([
        f"{page:%A}, {page:%B} {page.day}, {page.year}", "Port workers end strike",
        f"MUMBAI, {day:%B} {day.day} (IANS) Port workers in Mumbai ended a week-long strike on {event:%A} after the "
        "management agreed to a pay rise, union leaders said.",
        "Cargo handling is expected to return to normal within two days."]) + "\n"


@settings(max_examples=40, deadline=None)
@given(st.dates(dt.date(2015, 3, 1), dt.date(2029, 12, 20)), st.integers(1, 7))
def test_lead_weekday_of_the_eve_keeps_the_page_dates_year(day, after):
    page = day + dt.timedelta(days=after)  # the page date a few days after the dateline's day
    assert _published(_wire(page, day, day - dt.timedelta(days=1))) == day.isoformat()


def test_lead_weekday_days_before_the_dateline_still_dates_nothing():
    # 'KARACHI, March 5' (a Tuesday in 2024) whose lead says Friday: no year fits, null (p13d's probe)
    day = dt.date(2024, 3, 5)
    assert _published(_wire(dt.date(2024, 3, 8), day, day - dt.timedelta(days=4))) is None
