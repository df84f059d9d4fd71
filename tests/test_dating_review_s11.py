"""Session 11 review of the dating probes' fixes (2d7a2dd; board 15:23, 15:27, 15:33): a colon-ended line above a
byline stamp that is no lead-in of the story (a site's call the cleaner cut, a byline ending in a colon), a kicker
with a yearless date alone over the lead read as a dateline, an event's fact box of 'label: value' lines after the
story. Each case fails without its fix."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import dateline_line
from newsdesk.dates.publication import date_text

NAV = "Home\nWorld\nBusiness\nSport\nOpinion\n\n"
HEAD = "Council approves budget with school spending rise\n\n"
LEAD = ("The city council voted on Tuesday to approve a new budget that raises spending on schools and road repairs, "
        "after a debate that lasted more than six hours.")
P2 = ("Council members said the plan would be paid for by a small increase in the property tax, which will take effect "
      "next year if the mayor signs it.")
P3 = ("Residents who spoke at the meeting were divided, with some praising the investment and others warning that "
      "families could not afford higher bills.")


def _date(raw: str):
    return date_text(raw, clean_text(raw))


# --- 15:23: the colon clause of foreign.event_line --------------------------------------------------------------

@pytest.mark.parametrize("colon,stamp", [
    ("Listen to the audio version of this article:", "March 5, 2024 10:15 AM"),
    ("By Jane Doe, Senior Correspondent, New Delhi:", "March 5, 2024"),
    ("Von Anna Schmidt, Korrespondentin in Berlin:", "05.03.2024"),
])
def test_colon_line_that_is_no_lead_in_leaves_the_byline_stamp(colon, stamp):
    raw = NAV + HEAD + LEAD + "\n\n" + colon + "\n" + stamp + "\n\n" + P2 + "\n\n" + P3 + "\n"
    assert _date(raw).published == "2024-03-05"


@pytest.mark.parametrize("lead_in,line", [
    ("The first of the three open-air concerts will be held in the old square:", "03.04.2021 at 20:00"),
    ("Serinin ilk konseri Sultanahmet Meydanı'nda yapılacak:", "03.04.2021 saat 20:00"),
])
def test_sentence_introducing_an_event_line_still_dates_nothing(lead_in, line):
    raw = LEAD + "\n\n" + lead_in + "\n\n" + line + "\n\n" + P2 + "\n"
    assert _date(raw).published is None


# --- 15:27: a dateline alone on its line (datelines.dateline_line, leads.opening_match) --------------------------

SHOW = ("Carmakers showed more than forty new electric models at the show, and several said they would cut prices "
        "this year to win back buyers who have turned to cheaper rivals.")
SHOW2 = ("Visitor numbers were up by a fifth on last year, the organisers said, although two of the biggest European "
         "brands stayed away for the second year running.")


@pytest.mark.parametrize("above", [
    "Tuesday, 5 March 2024\n\nWhat we learned at the motor show\n\n",
    "Home\nNews\nCars\n\nWhat we learned at the motor show\n\nBy Jane Doe | March 5, 2024\n\n",
])
@pytest.mark.parametrize("kicker", ["GENEVA MOTOR SHOW, February 26", "EXCLUSIVE, February 26", "BREAKING NEWS, March 4"])
def test_kicker_date_alone_over_the_lead_does_not_beat_the_page_day(above, kicker):
    assert _date(above + kicker + "\n\n" + SHOW + "\n\n" + SHOW2 + "\n").published == "2024-03-05"


def test_dateline_alone_whose_day_the_lead_names_still_dates_the_story():
    lead = ("A parliamentary standing committee on Monday flagged long delays in rural road projects in six States "
            "and asked the Ministry to fix accountability for cost overruns.")
    raw = "Tuesday, March 5, 2024\n\nPanel flags delays\n\nBy Our Special Correspondent\n\nNEW DELHI, March 4\n\n" + \
        lead + "\n\n" + SHOW2 + "\n"
    assert _date(raw).published == "2024-03-04"


@pytest.mark.parametrize("line", ["SUPER TUESDAY, MARCH 5", "UPDATED, March 4", "SUPER TUESDAY, March 5, 2024"])
def test_kicker_words_are_no_place_of_a_dateline_alone(line):
    assert dateline_line(line) is None


@pytest.mark.parametrize("line,place", [("NEW DELHI, March 4", "NEW DELHI"), ("SALT LAKE CITY, March 4", "SALT LAKE CITY"),
                                        ("RIO DE JANEIRO, 4 March", "RIO DE JANEIRO")])
def test_place_in_capitals_alone_is_still_a_dateline(line, place):
    dl = dateline_line(line)
    assert dl is not None and dl.place == place and dl.alone


# --- 15:33: an event's fact box of same-line fields after the story's paragraphs (foreign.event_line) -------------

JAZZ = "The city's jazz club returns with a night of new music by local bands, after two years of closure."
BOOK = "Organisers said tickets were selling fast and advised visitors to book early, as numbers will be limited."
ROADS = "The council said roads around the hall would be closed for the day and asked residents to use public transport."


@pytest.mark.parametrize("box", [
    "Title: Spring jazz night\nDate: 12 April 2024\nVenue: Old Market Hall\nTickets: £10\nLink: https://example.org/e",
    "Date: 12 April 2024\nVenue: Old Market Hall\nTickets: £10",
    "Event: Spring jazz night\nWhere: Old Market Hall\nDate: Friday, April 12, 2024",
])
def test_event_fact_box_inside_the_story_dates_nothing(box):
    raw = "Spring jazz night returns to the city\n\n" + JAZZ + "\n\n" + BOOK + "\n\n" + box + "\n\n" + ROADS + "\n"
    assert _date(raw).published is None


def test_meta_panel_above_the_story_still_dates_it():
    raw = ("Spring jazz night returns to the city\n\nAuthor: Jane Doe\nDate: 12 April 2024\nSection: Culture\n\n" +
           JAZZ + "\n\n" + BOOK + "\n\n" + ROADS + "\n")
    assert _date(raw).published == "2024-04-12"


# --- 15:19: a byline's date over its hour and a name is no schedule, a 'Date:' / 'Time:' pair no event panel -----

@pytest.mark.parametrize("stamp", [
    "March 5, 2024\n10:15 AM Jane Doe, Staff Writer",
    "Tuesday, March 5, 2024\n11:30 AM ET By Jane Doe",
    "05.03.2024\n14:20 Uhr von Anna Schmidt",
    "5 March 2024\n10:15 | 4 min read",
    "Date: March 5, 2024\nTime: 10:15 AM IST",
    "2024年3月5日\n10:15 来源：新华网 作者：李明",
])
def test_byline_stamp_under_the_standfirst_dates_the_story(stamp):
    raw = NAV + HEAD + LEAD + "\n\n" + stamp + "\n\n" + P2 + "\n\n" + P3 + "\n"
    assert _date(raw).published == "2024-03-05"


@pytest.mark.parametrize("block", [
    "Saturday 9 March 2024\nManchester United v Everton, 12.30\nArsenal v Brentford, 17.30",
    "Saturday 9 March 2024\nManchester United v Everton, 12.30\n\nSunday 10 March 2024\nLiverpool v Manchester City, 15.45",
    "Date: Saturday 16 March 2024\nTime: 10am to 4pm\nVenue: Eastbrook Mill, Mill Lane",
])
def test_schedule_and_event_panel_still_date_nothing(block):
    raw = HEAD + LEAD + "\n\n" + P2 + "\n\n" + block + "\n\n" + P3 + "\n"
    assert _date(raw).published is None
