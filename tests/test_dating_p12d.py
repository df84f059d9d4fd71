"""Session 12 (probe12d): the rules the p12d_* probes (tests/fixtures/probe, issue 14) asked for.

* `grammar.find_dates`: a weekday's name just before an ambiguous numeric date ('Monday 03/04/2024') settles its
  order when exactly one reading falls on that weekday;
* `grammar.stamp_date` / `stamp_parts`: Arabic's optional vowel marks do not hide a stamp word ('نُشر في'), and the
  Hindi stamp words 'प्रकाशित' (published) / 'अपडेट' (updated) are stamp vocabulary;
* `datelines.match_dateline`: an agency in brackets before the place of a dated dateline ('(AFP) NAIROBI, March 4 -').
"""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.foreign import other_event
from newsdesk.dates.grammar import PUBLISH_CUE, UPDATE_CUE, find_dates, stamp_date
from newsdesk.dates.publication import date_text

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LEAD = ("The city council approved a budget that adds police officers and expands bus service on weekends, after a "
        "debate that lasted most of the evening.")
MORE = "The vote was 7 to 2, with two members saying the plan relies too heavily on one-time federal money."


def _published(raw: str) -> str | None:
    return date_text(raw, clean_text(raw)).published


# --- a weekday settles a numeric date's order ---------------------------------------------------------------------

def test_weekday_before_numeric_date_picks_the_reading_that_falls_on_it():
    assert find_dates("Monday 03/04/2024")[0][2] == "2024-03-04"  # 4 March 2024 is a Monday
    assert find_dates("Wed, 03/04/2024")[0][2] == "2024-04-03"  # 3 April 2024 is a Wednesday
    assert find_dates("Tuesday 03/04/2024") == []  # neither reading: still unsettled on an English page
    assert find_dates("03/04/2024") == []


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)), st.booleans(), st.booleans())
def test_weekday_named_is_the_weekday_of_the_day_read(day, month_first, abbreviate):
    """Whatever the order the page writes, a numeric date read under a weekday's name falls on that weekday; a
    date both of whose readings are days is read only when one of them fits."""
    a, b = (day.month, day.day) if month_first else (day.day, day.month)
    name = WEEKDAYS[day.weekday()]
    text = f"{name[:3] if abbreviate else name} {a:02d}/{b:02d}/{day.year} 6:45 PM"
    found = find_dates(text)
    assert all(dt.date.fromisoformat(d).weekday() == day.weekday() for _, _, d in found)
    other = _other_reading(day, month_first)
    if other is None or other == day or other.weekday() != day.weekday():
        assert [d for _, _, d in found] == [day.isoformat()]


def _other_reading(day: dt.date, month_first: bool) -> dt.date | None:
    try:
        return dt.date(day.year, day.day, day.month) if day.day <= 12 else None
    except ValueError:
        return None


def test_stamp_weekday_dates_a_us_page():
    raw = f"Monday 03/04/2024 6:45 PM\n\nCity council approves new budget\n\n{LEAD}\n\n{MORE}\n"
    assert _published(raw) == "2024-03-04"


# --- Arabic vowel marks, Hindi stamp words -------------------------------------------------------------------------

_HARAKAT = [chr(c) for c in range(0x064B, 0x0653)]


def test_arabic_stamp_word_with_vowel_marks_is_a_stamp():
    assert stamp_date("نُشر في: ٠٤/٠٣/٢٠٢٤ - ١٠:٣٠ ص", day_first=True) == ("2024-03-04", True)
    assert stamp_date("نشر في: ٠٤/٠٣/٢٠٢٤ - ١٠:٣٠ ص", day_first=True) == ("2024-03-04", True)


@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(_HARAKAT)), max_size=4))
def test_vowel_marks_change_no_stamp_reading(marks):
    word = list("نشر")
    for k, mark in sorted(marks, reverse=True):
        word.insert(min(k, len(word)), mark)
    line = "".join(word) + " في: 4 مارس 2024 - 10:30 ص"
    assert stamp_date(line) == stamp_date("نشر في: 4 مارس 2024 - 10:30 ص") == ("2024-03-04", True)


def test_hindi_stamp_words():
    assert stamp_date("प्रकाशित: 4 मार्च 2024, 10:15 AM (IST)") == ("2024-03-04", True)
    assert PUBLISH_CUE.search("प्रकाशित: 4 मार्च 2024") and UPDATE_CUE.search("अपडेट: 5 मार्च 2024")
    raw = ("शहर में तीन नए फ्लाईओवर बनाने की योजना को मंजूरी\nप्रकाशित: 4 मार्च 2024, 10:15 AM (IST)\n\n"
           "नगर निगम ने शहर के तीन सबसे व्यस्त चौराहों पर फ्लाईओवर बनाने की योजना को मंजूरी दे दी है।\n\n"
           "अधिकारियों के अनुसार इस परियोजना पर करीब 450 करोड़ रुपये खर्च होंगे।\n")
    assert _published(raw) == "2024-03-04"


# --- an agency before the place -----------------------------------------------------------------------------------

def test_agency_before_the_place_of_a_dated_dateline():
    dl = match_dateline("(AFP) NAIROBI, March 4 - Kenya's parliament on Monday approved a law.")
    assert dl is not None and (dl.agency, dl.month_day, dl.place) == ("AFP", (3, 4), "NAIROBI")
    assert dl.end == len("(AFP) NAIROBI, March 4 - ")
    assert match_dateline("(Updated) Kenya's parliament approved a law.") is None  # no place, no date
    assert match_dateline("(AFP) NAIROBI - Kenya's parliament approved a law.") is None  # no date: not read


def test_agency_first_yearless_dateline_takes_the_page_year():
    raw = ("Tuesday, March 5, 2024\n\n(AFP) NAIROBI, March 4 - Kenya's parliament on Monday approved a law creating a "
           "new agency to oversee the country's fast-growing mobile lending industry.\n\n"
           "Lenders will need a licence and will have to disclose interest rates in full, the law says.\n")
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.evidence, d.page_date) == ("2024-03-04", "dateline", "2024-03-05")


# --- dates of something else: a membership's start, a picture's day ---------------------------------------------

def test_since_and_picture_dates_are_another_things():
    assert other_event("Member since 12 March 2019")
    assert other_event("Mitglied seit 3. Mai 2018")
    assert other_event("Photo: Sam Ellis, 2 March 2024")
    assert other_event("Foto: dpa / 5. März 2024")
    assert not other_event("Published 2 March 2024")
    assert not other_event("By Sam Ellis, 2 March 2024")


STORY = ("When the supermarket on our street closed, its car park sat empty for two years before a group of "
         "neighbours asked the council if we could use it.\n\n"
         "We started with a dozen raised beds built from old pallets, and now there are forty, a pond and an orchard.\n")


def test_member_since_and_photo_credit_give_no_day():
    assert _published("Community garden opens\n\n" + STORY + "\nAbout the writer\nMember since 12 March 2019\n") is None
    assert _published("Community garden opens\n\nPhoto: Sam Ellis, 2 March 2024\n\n" + STORY) is None
    assert _published("Community garden opens\n\nBy Sam Ellis, 2 March 2024\n\n" + STORY) == "2024-03-02"


# --- readers' posts under a heading of any wording; a run of teasers of one day ----------------------------------

REPLIES = ["Well done to everyone who put money in, it shows what a village can do.",
           "We nearly lost the post office the same way, so this is brilliant news.",
           "I hope they keep the opening hours on Sundays.",
           "Who is going to do the early deliveries now?",
           "Great to see the young ones volunteering too."]


def _comments(names: list[str], day: str = "5 March 2024") -> str:
    return "\n\n".join(f"{n} · {day} at {k + 7:02d}:41\n{REPLIES[k]}" for k, n in enumerate(names))


def test_signed_posts_below_the_story_date_no_article():
    raw = "Village shop saved\n\n" + STORY + "\nWhat readers are saying\n\n" + _comments(["Margaret H", "Tom Baines"])
    assert _published(raw) is None
    own = raw.replace(STORY, STORY + "\nPublished 4 March 2024, 10:15\n")
    assert _published(own) == "2024-03-04"  # the article's own stamp (no name beside it) still dates it


@given(st.lists(st.sampled_from(["Margaret H", "Tom Baines", "J. Clarke", "Ann Lee", "Bob"]), min_size=2, max_size=5),
       st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31)))
@settings(max_examples=40, deadline=None)
def test_readers_posts_never_date_a_story_that_states_no_day(names, day):
    raw = "Village shop saved\n\n" + STORY + "\nYour views\n\n" + _comments(names, f"{day.day} {day:%B %Y}")
    assert _published(raw) is None


def test_headline_run_of_one_day_above_the_story_dates_nothing():
    sidebar = "Latest\n" + "".join(f"{h}\n4 March 2024\n" for h in
                                   ("Council pauses bin collection changes", "Two hurt as lorry overturns on bypass",
                                    "School rated outstanding for first time"))
    assert _published(sidebar + "\nCommunity garden opens\n\n" + STORY) is None
    one = "Council pauses bin collection changes\n4 March 2024\n"  # a headline over its own date: the page's stamp
    assert _published(one + "\n" + STORY) == "2024-03-04"


def test_a_labelled_stamp_below_the_story_is_no_post():
    """The article's own labelled stamp under its text ('Autor: Jan am 29.12.2010, 13:36 Uhr') over a nav line, then
    one comment: the labelled field is no signature, so the stamp still dates the article."""
    raw = ("Turnier in Essen\n\n" + STORY + "\nAutor: Jan Weber am 29.12.2010, 13:36 Uhr\n\nTurniere Ergebnisse Team\n\n"
           "#1 von Lisa K 29.12.2010 - 22:40\nIch komme auch zum Turnier und freue mich darauf.\n")
    assert _published(raw) == "2010-12-29"
    assert _published(raw.replace("Autor: Jan Weber am 29.12.2010, 13:36 Uhr", "Jan Weber am 28.12.2010, 13:36 Uhr")
                      .replace("Lisa K 29.12.2010", "Lisa K 30.12.2010")) is None  # two signed posts: neither dates it
