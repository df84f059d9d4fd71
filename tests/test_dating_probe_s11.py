"""Session 11 dating probes (tests/fixtures/probe/p11d_*): crawl lines in words, an update stamp before the first
publication's in one line, a dateline alone on its line, dates between the article's paragraphs (an event's day, a
fixture list), and a page's numeric date order settled by its other numeric dates. Each rule's cases fail without
it; Hypothesis checks the readers never raise and never invent a day."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import dateline_line
from newsdesk.dates.grammar import announced_first, find_dates, stamp_date
from newsdesk.dates.publication import date_text
from newsdesk.dates.statements import page_writes_day_first

LEAD = ("The Department of Health on Monday reported a sharp rise in dengue cases in the central islands, urging local "
        "governments to step up clean-up drives before the rainy season.")
MORE = "Health officials said 4,210 cases had been recorded since January, nearly double the figure of last year.\n"


def _date(raw: str):
    return date_text(raw, clean_text(raw))


# --- crawl lines in words ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,day", [
    ("Retrieved on 5 March 2024", "2024-03-05"),
    ("Saved: 05.03.2024 08:00", "2024-03-05"),
    ("Accessed 5 March 2024", "2024-03-05"),
    ("Archived: March 5, 2024 08:00 UTC", "2024-03-05"),
])
def test_crawl_line_in_words_is_a_stamp_line(line, day):
    assert stamp_date(line) == (day, True)


@pytest.mark.parametrize("crawl", ["Retrieved on 5 March 2024", "Saved: 05.03.2024 08:00", "Fetched 5 March 2024"])
def test_crawl_line_in_words_bounds_a_yearless_dateline(crawl):
    d = _date(f"{crawl}\n\nMANILA, March 4 (PNA) -- {LEAD}\n\n{MORE}")
    assert (d.published, d.page_date) == ("2024-03-04", "2024-03-05")


@pytest.mark.parametrize("crawl", ["Retrieved on 5 March 2024", "Saved: 05.03.2024 08:00"])
def test_crawl_line_in_words_alone_is_no_publication_day(crawl):
    d = _date(f"{crawl}\n\nLibrary extends opening hours\n\n{LEAD}\n\n{MORE}")
    assert d.published is None


# --- an update stamp before the first publication's, in one line ----------------------------------------------

@pytest.mark.parametrize("line,day", [
    ("Updated: March 7, 2024 18:20 IST | First published: March 5, 2024 09:10 IST", "2024-03-05"),
    ("Last updated 07.03.2024 18:20, published 05.03.2024 09:10", "2024-03-05"),
    ("Published: March 5, 2024 | Updated: March 7, 2024", "2024-03-05"),
    ("Updated: March 7, 2024 18:20 IST", "2024-03-07"),
])
def test_the_first_publication_stamp_of_a_line(line, day):
    assert stamp_date(line)[0] == day


def test_announced_first_keeps_the_order_without_an_update_first():
    line = "March 5, 2024 | Updated: March 7, 2024"
    dates = find_dates(line)
    assert announced_first(line, dates) == dates


def test_update_then_first_published_dates_the_article():
    d = _date("Water cuts announced\nUpdated: March 7, 2024 18:20 IST | First published: March 5, 2024 09:10 IST\n\n"
              f"PUNE: {LEAD}\n\n{MORE}")
    assert d.published == "2024-03-05"


# --- a dateline alone on its line -------------------------------------------------------------------------------

@pytest.mark.parametrize("line,month_day,day", [
    ("NEW DELHI, March 4", (3, 4), None),
    ("NEW YORK, N.Y., Dec. 3", (12, 3), None),
    ("LONDON, 4 March 2024", None, "2024-03-04"),
    ("PARIS, 28 juillet", (7, 28), None),
])
def test_dateline_line(line, month_day, day):
    dl = dateline_line(line)
    assert dl is not None and (dl.month_day, dl.day) == (month_day, day)


@pytest.mark.parametrize("line", ["Paris, March 4", "MONDAY, March 4", "Updated March 4", "BERLIN, 4 mai",
                                  "NEW DELHI, March 4 (PTI) - The minister said", "NEW DELHI"])
def test_no_dateline_line(line):
    assert dateline_line(line) is None


def test_dateline_alone_over_the_lead_is_read():
    raw = (f"Tuesday, March 5, 2024\n\nDengue cases rise\n\nBy Our Special Correspondent\n\nMANILA, March 4\n\n{LEAD}\n\n"
           f"{MORE}")
    d = _date(raw)
    assert (d.published, d.evidence, d.page_date) == ("2024-03-04", "dateline", "2024-03-05")


def test_dateline_alone_needs_the_lead_below_it():
    raw = "Tuesday, March 5, 2024\n\nMANILA, March 4\n\nPhotos\n\nVideos\n"
    assert _date(raw).evidence != "dateline"


# --- an event's date inside the article -----------------------------------------------------------------------

OPEN = ("The restored watermill at Eastbrook will open its doors to the public for the first time in 40 years, the "
        "heritage trust that rescued it has announced.\n\n")
AFTER = "\n\nVolunteers will demonstrate the milling of flour, and visitors will be able to buy bread baked with it.\n"


@pytest.mark.parametrize("mid", [
    "Date: Saturday 16 March 2024\nTime: 10am to 4pm\nVenue: Eastbrook Mill, Mill Lane",  # an event's panel
    "Venue: Eastbrook Mill, Mill Lane\nDate: Saturday 16 March 2024\nTime: from 10am",
    "Saturday 16 March 2024\nGuided tour of the mill, 10.30\nBaking demonstration, 14.00",  # a schedule's day
    "The first open day will be held at the mill itself:\n16/03/2024 10:00",  # what a sentence's colon introduces
])
def test_an_event_date_in_the_article_is_no_publication_day(mid):
    assert _date(OPEN + mid + AFTER).published is None


@pytest.mark.parametrize("mid,day", [
    ("Published: 12 March 2024, 14:05", "2024-03-12"),
    ("By Jane Roe | 12 March 2024", "2024-03-12"),
    ("Date: 12 March 2024\nAuthor: Jane Roe", "2024-03-12"),  # a publication's panel: no field names something else
    ("Datum:\n12.03.2024", "2024-03-12"),  # a field label over its value is no sentence's colon
    ("Rubrik: Verkehr\nErscheinungsdatum: 12.03.2024", "2024-03-12"),  # a field beside it with no hour
    ("12.03.2024\n14:05 Uhr", "2024-03-12"),  # a byline's hour under its date
    ("12 March 2024\nвремя 06:59", "2024-03-12"),  # one word beside the hour: no schedule entry
])
def test_a_stamp_in_the_article_still_dates(mid, day):
    assert _date(OPEN + mid + AFTER).published == day


def test_a_stamp_as_the_last_line_still_dates():
    assert _date(OPEN + AFTER.strip() + "\n\n12 March 2024\n").published == "2024-03-12"


# --- a page's numeric date order -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("04/03/2024 ... register by 15/03/2024", True),
    ("04/03/2024 ... register by 03/15/2024", False),
    ("04/03/2024 ... 15/03/2024 and 03/15/2024", False),
    ("04/03/2024", False),
    ("15.03.2024", True),
])
def test_page_writes_day_first(text, want):
    assert page_writes_day_first(text) is want


def test_a_page_date_read_in_the_order_the_page_writes():
    head = f"04/03/2024\n\nSign-ups open\n\nLONDON: {LEAD}\n\n"
    assert _date(head + "Runners must register by 15/03/2024 to be guaranteed a place, the organisers said.\n"
                 ).published == "2024-03-04"
    assert _date(head + "Runners must register by 03/15/2024 to be guaranteed a place, the organisers said.\n"
                 ).published is None


# --- properties -------------------------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_dateline_line_never_raises(text):
    dl = dateline_line(text)
    assert dl is None or dl.day is None or dl.day in text or find_dates(text)


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_update_first_stamp_gives_the_published_day(upd, pub):
    line = f"Updated: {upd:%B} {upd.day}, {upd.year} | First published: {pub:%B} {pub.day}, {pub.year}"
    assert stamp_date(line)[0] == pub.isoformat()


# --- calendars and stamp shapes of other scripts --------------------------------------------------------------

@pytest.mark.parametrize("line,day", [
    ("تاریخ انتشار: ۱۴ اسفند ۱۴۰۲ - ۱۰:۲۵", None),  # Persian digits, Solar Hijri: a stamp line, no day read
    ("الاثنين ٤ مارس ٢٠٢٤ م - ٢٣ شعبان ١٤٤٥ هـ", "2024-03-04"),  # the lunar Hijri date beside the Gregorian one
    ("입력 2024.03.04. 오전 9:15  수정 2024.03.05. 오후 2:10", "2024-03-04"),
    ("2024年3月4日 15時20分", "2024-03-04"),
    ("2024年03月04日 08:15\u3000来源：新华网", "2024-03-04"),
    ("March 5, 2024 | Source: Reuters", "2024-03-05"),
    ("Lun, 04/03/2024 - 10:15", None),  # a stamp line; the order is the page's to settle
    ("Published 2 hours ago", None),
])
def test_stamp_lines_of_other_shapes(line, day):
    assert stamp_date(line) == (day, True)


@pytest.mark.parametrize("line", [
    "Il 03/04/2021 alle ore 21",  # an invitation's hour: no stamp without a cue (test_dating_review_s10)
    "The minister spoke 2 hours ago in parliament about the 2024 budget.",
    "Source: Reuters reported on March 5, 2024 that the deal had collapsed.",
    "۱۴ اسفند ۱۴۰۲ روز تصویب قانون جدید بود",
])
def test_no_stamp_lines(line):
    assert stamp_date(line)[1] is False


def test_xinhua_dateline():
    from newsdesk.dates.datelines import match_dateline

    dl = match_dateline("新华社北京3月3日电（记者王磊）国家发展改革委3日表示，今年将安排中央预算内投资。")
    assert (dl.place, dl.agency, dl.month_day) == ("北京", "新华社", (3, 3))
    assert match_dateline("北京3月3日，国家发展改革委表示。") is None  # no 电: a date in a sentence


@pytest.mark.parametrize("label", ["Closing date:", "Deadline:", "Einsendeschluss:", "Applications close on"])
def test_a_deadline_is_no_publication_day(label):
    from newsdesk.dates.foreign import other_event

    assert other_event(f"{label} 22 March 2024")


@pytest.mark.parametrize("label", ["Published:", "Date:", "Posted on", "Updated:"])
def test_a_stamp_label_is_no_deadline(label):
    from newsdesk.dates.foreign import other_event

    assert not other_event(f"{label} 22 March 2024")


# --- a time zone settles a numeric date's order ------------------------------------------------------------------

@pytest.mark.parametrize("line,day", [
    ("Published On: 05-03-2024 08:30 AM IST", "2024-03-05"),  # India: day first
    ("05/03/2024 10:15 BST", "2024-03-05"),
    ("05/03/2024 10:15 EST", "2024-05-03"),  # the US: month first (as before)
    ("05/03/2024 10:15", None),  # nothing settles it
    ("05/03/2024 10:15 GMT", None),  # GMT is printed on US pages too
])
def test_a_time_zone_settles_the_order(line, day):
    assert stamp_date(line)[0] == day


def test_a_lower_case_word_is_no_time_zone():
    assert find_dates("On 05/03/2024 we eat at the cafe") == []


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12), st.integers(2000, 2030), st.sampled_from(["IST", "CET", "AEST", "PKT"]))
def test_a_day_first_zone_reads_day_first(a, b, year, zone):
    assert find_dates(f"{a:02d}/{b:02d}/{year} 10:15 {zone}") == [(0, 10, dt.date(year, b, a).isoformat())]


# --- a name beside a cued stamp ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line,day", [
    ("PTI | Updated: Mar 05, 2024 17:40 IST", "2024-03-05"),  # an agency's name, then the stamp
    ("Reuters | Published: 5 March 2024", "2024-03-05"),
    ("Updated: March 5, 2024 | Jane Roe", "2024-03-05"),
])
def test_a_name_beside_a_cued_stamp_is_a_stamp_line(line, day):
    assert stamp_date(line) == (day, True)


@pytest.mark.parametrize("line", [
    "Sports | March 5, 2024",  # no cue: a section's date, as before
    "The minister resigned | Updated: March 5, 2024",  # a sentence is no name
])
def test_no_name_segment(line):
    assert stamp_date(line)[1] is False


# --- a stamp line the cleaner kept in the story ---------------------------------------------------------------

def test_story_stamps_are_the_stamp_lines_below_the_first_paragraph():
    from newsdesk.dates.publication import story_stamps

    body = "\n\n".join(["12/04/2021 08:00", LEAD, "Em 13/04/2021 às 20h30", MORE.strip()])
    assert story_stamps(body) == frozenset({"Em 13/04/2021 às 20h30"})
    assert story_stamps("Menu\n\nHome") == frozenset()


def test_a_stamp_line_the_cleaner_keeps_between_paragraphs_dates_nothing():
    from newsdesk.model import Cleaned

    paras = ["A Orquestra Municipal anunciou nesta terça-feira a volta dos concertos ao ar livre, depois de dois anos "
             "de apresentações apenas na internet.",
             "O primeiro concerto terá obras de compositores brasileiros e será regido por uma maestrina convidada.",
             "Em 13/04/2021 às 20h30",
             "Os ingressos serão gratuitos, mas a lotação da praça será limitada a duas mil pessoas por noite."]
    raw = "\n\n".join(paras) + "\n"
    kept = Cleaned(text=raw, title=None, credits=(), removed=(), lang="pt")  # the cleaner kept the event line
    assert date_text(raw, kept).published is None
    gone = Cleaned(text="\n\n".join(p for p in paras if not p.startswith("Em ")), title=None, credits=(),
                   removed=(), lang="pt")  # a stamp line the cleaner cut is the page's
    assert date_text(raw, gone).published == "2021-04-13"
