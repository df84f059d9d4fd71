"""Session 13 (probe13d): the rules the p13d_* probes (tests/fixtures/probe, issue 14) asked for.

* stamp vocabulary of more languages (`dates.vocabulary`): Arabic 'تاريخ النشر', Bengali 'প্রকাশিত', Urdu 'شائع شدہ',
  Malay 'pagi', Spanish 'Fecha de publicación' / 'hrs', Serbian 'Objavljeno', Filipino 'Inilathala', English
  'Filed:', zones such as MYT;
* Gregorian month names in Bengali, Urdu, Persian, Malay, Filipino and Serbian (`dates.names`, full dates only);
* a stamp's two-digit year after two two-digit numbers ('Posted: 15/03/24 09:40', `grammar._SHORT_YEAR`), read
  year first in a line of CJK or Hangul ('입력 24.03.15 10:20' is 15 March 2024, never 24 March 2015);
* an update cue after the line's only date (a verb-last note, 'তারিখে সম্পাদিত'): a revision (`stamplines._late_cue`);
* ČTK's dateline 'Praha 4. března (ČTK) -' and a wire's full stop after its slash 'КИЇВ, 4 березня /Укрінформ/.';
* a page stamp near midnight still bounds a yearless dateline's year (`publication.date_text`).
"""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.grammar import find_dates, stamp_parts, valid
from newsdesk.dates.publication import date_text, revision_note

LEAD = ("The city council approved a budget that adds police officers and expands bus service on weekends, after a "
        "debate that lasted most of the evening on Monday.")
MORE = "The vote was 7 to 2, with two members saying the plan relies too heavily on one-time federal money."
LAST = "The budget takes effect on July 1, the mayor's office said in a statement after the vote."


def _published(raw: str):
    d = date_text(raw, clean_text(raw))
    return d.published, d.page_date


def _page(stamp: str, lead: str = LEAD) -> str:
    return f"Council approves new budget\n\n{stamp}\n\n{lead}\n\n{MORE}\n\n{LAST}\n"


# --- stamp vocabulary and month names of more languages ------------------------------------------------------------

def test_labelled_stamps_of_more_languages_date_the_page():
    cases = {
        "تاريخ النشر: 04 مارس 2024": "2024-03-04",  # Arabic 'date of publication'
        "প্রকাশিত: ০৫ মার্চ ২০২৪, ১০:৩০": "2024-03-05",  # Bengali 'published', Bengali digits and month
        "شائع شدہ: 04 مارچ 2024": "2024-03-04",  # Urdu 'published', Urdu month
        "Diterbitkan: 5 Mac 2024 10:30 pagi": "2024-03-05",  # Malay month and 'pagi' (morning)
        "Fecha de publicación: 15/03/2024 | 10:30 hrs": "2024-03-15",
        "Objavljeno: 04.03.2024. u 14:35": "2024-03-04",  # Serbian 'published'
        "Filed: March 4, 2024, 11:58 p.m. ET": "2024-03-04",  # near midnight, the lead's Monday confirms it
        "Tuesday, 05 Mar 2024 10:01 AM MYT": "2024-03-05",  # a Malaysian zone
        "প্রকাশ: ০৪ মার্চ ২০২৪, ১০:৩০ | আপডেট: ০৫ মার্চ ২০২৪, ১২:৪০": "2024-03-04",  # Bengali published / updated
        "Inilathala: Marso 5, 2024 | 10:15 AM": "2024-03-05",  # Filipino 'published', Filipino month
    }
    got = {stamp: _published(_page(stamp))[0] for stamp in cases}
    assert got == cases


def test_a_label_that_names_something_else_still_dates_nothing():
    # the words added are a publication's: a deadline's label is still another event's date
    assert _published(_page("Fecha límite: 05/03/2024"))[0] is None
    assert _published(_page("Closing date: March 4, 2024"))[0] is None


NEW_MONTHS = {1: ["জানুয়ারি", "جنوری", "ژانویه", "enero", "januara", "јануар"],
              3: ["মার্চ", "مارچ", "mac", "marso", "marta", "марта"],
              5: ["মে", "مئی", "mei", "mayo", "maja", "мај"],
              8: ["আগস্ট", "اگست", "ogos", "agosto", "avgusta", "августа"],
              12: ["ডিসেম্বর", "دسمبر", "disember", "disyembre", "decembra", "децембар"]}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(NEW_MONTHS)), st.data(), st.integers(1, 28), st.integers(2000, 2030))
def test_new_month_names_read_full_dates_only(month, data, day, year):
    name = data.draw(st.sampled_from(NEW_MONTHS[month]))
    assert [d for _, _, d in find_dates(f"{day} {name} {year}")] == [dt.date(year, month, day).isoformat()]
    assert find_dates(f"{day} {name}") == []  # no year: no date


# --- two-digit years after two two-digit numbers ------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)), st.sampled_from("/-"), st.booleans())
def test_two_digit_year_stamp_never_a_wrong_day(day, sep, month_first):
    a, b = (day.month, day.day) if month_first else (day.day, day.month)
    stamp = f"Posted: {a:02d}{sep}{b:02d}{sep}{day.year % 100:02d} 09:40"
    got = stamp_parts(stamp)[0]
    if day.day > 12 or day.day == day.month:  # the numbers settle the order
        assert got == [day.isoformat()]
    else:
        assert got == []  # 4 March or 3 April: no guess
    if not month_first:  # a page that writes its dates day first reads the open ones so
        assert stamp_parts(stamp, day_first=True)[0] == [day.isoformat()]
    # CJK writes such a date year first: read so or not at all, never day first
    year_first = valid(2000 + a, b, day.year % 100)
    assert stamp_parts("投稿 " + stamp)[0] == ([year_first] if year_first else [])


@settings(max_examples=300, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2039, 12, 31)), st.sampled_from(["입력 {} 10:20", "投稿日：{} 10:20",
                                                                              "기사입력 {}"]),
       st.sampled_from(["{y:02d}.{m:02d}.{d:02d}", "{y:02d}/{m:02d}/{d:02d}", "{y:02d}-{m:02d}-{d:02d}"]))
def test_cjk_and_hangul_lines_read_three_two_digit_numbers_year_first(day, line, form):
    stamp = line.format(form.format(y=day.year % 100, m=day.month, d=day.day))
    assert stamp_parts(stamp)[0] in ([day.isoformat()], [])  # never another day
    if "." in form or "10:20" in line:
        assert stamp_parts(stamp)[0] == [day.isoformat()]


def test_two_digit_year_stamp_dates_the_page():
    assert _published(_page("Posted: 15/03/24 09:40"))[0] == "2024-03-15"
    assert _published(_page("Posted: 04/03/24"))[0] is None
    assert find_dates("Posted: 15/03/24 09:40") == []  # only a stamp line reads two-digit years


# --- an update cue after the date: a revision's note -----------------------------------------------------------------

def test_verb_last_update_note_is_a_revision_whatever_its_hour():
    note = "১৬:২০, ১৬ ফেব্রুয়ারি ২০২০ তারিখে সম্পাদিত সর্বশেষ সংস্করণ"  # 'latest version, edited on 16 February 2020'
    assert revision_note(note)
    page = f"বাংলা উইকিপিডিয়া\n{note}\n\n" + "\n\n".join([
        "ঢাকা বাংলাদেশের রাজধানী এবং সবচেয়ে বড় শহর, যা বুড়িগঙ্গা নদীর তীরে অবস্থিত এবং দেশের প্রধান বাণিজ্যিক কেন্দ্র হিসেবে "
        "পরিচিত। এই শহরে প্রায় দুই কোটি মানুষ বাস করে।",
        "শহরটির ইতিহাস চারশো বছরেরও বেশি পুরনো এবং এখানে অনেক ঐতিহাসিক স্থাপনা রয়েছে যা দেশি-বিদেশি পর্যটকদের আকর্ষণ করে।"])
    assert _published(page)[0] is None
    # a stamp's label before its date is no such note: the publication's day with its update's hour stays
    assert not revision_note("আপডেট: ১৬ ফেব্রুয়ারি ২০২০, ১৬:২০")
    assert not revision_note("March 5, 2024 10:00 AM, updated 12:30 PM")
    assert not revision_note("Published March 5, 2024 | Updated")


# --- datelines -----------------------------------------------------------------------------------------------------

def test_ctk_dateline_without_a_comma_and_wire_full_stop_after_slash():
    ctk = match_dateline("Praha 4. března (ČTK) - Vláda v pondělí schválila návrh zákona.")
    assert (ctk.place, ctk.agency, ctk.month_day) == ("Praha", "ČTK", (3, 4))
    ukr = match_dateline("КИЇВ, 4 березня /Укрінформ/. Кабінет міністрів у понеділок ухвалив рішення.")
    assert (ukr.place, ukr.agency, ukr.month_day) == ("КИЇВ", "Укрінформ", (3, 4))
    # a number of a name before a month is still no date; no agency, no ČTK dateline
    assert match_dateline("Apollo 11 May (Reuters) - The mission ...").month_day is None
    no_agency = match_dateline("Praha 4. března - Vláda v pondělí schválila návrh zákona.")
    assert no_agency is None or no_agency.month_day is None


def test_ctk_and_ukrinform_yearless_datelines_under_page_stamps():
    body = "\n\n".join(["Vláda v pondělí schválila návrh zákona, který má zrychlit povolování staveb větrných "
                        "elektráren v celé zemi.", "Podle ministra průmyslu by řízení mělo trvat nejvýše dva roky.",
                        "Opozice návrh kritizuje kvůli omezení práv obcí a chce jej v parlamentu změnit."])
    assert _published("5. 3. 2024 10:12\n\nPraha 4. března (ČTK) - " + body) == ("2024-03-04", "2024-03-05")


# --- a page stamp near midnight bounds a yearless dateline ------------------------------------------------------------

def test_near_midnight_page_stamp_bounds_a_yearless_dateline():
    body = ("KUALA LUMPUR, March 4 (Bernama) -- The government will introduce a new cash aid scheme for gig workers "
            "from July, the finance ministry said on Monday.\n\nAbout 300,000 delivery riders and drivers are "
            "expected to qualify.\n\nApplications will open online next month, the ministry said in a statement.\n")
    assert _published("Tuesday, 05 Mar 2024 12:01 AM MYT\n\n" + body) == ("2024-03-04", "2024-03-05")
    assert _published(body) == (None, None)  # no page stamp: no year
    # the stamp's day stays unsure: alone (no dateline) it dates nothing
    alone = _page("Tuesday, 05 Mar 2024 12:01 AM MYT", lead=LEAD.replace("Monday", "Wednesday"))
    assert _published(alone)[0] is None
