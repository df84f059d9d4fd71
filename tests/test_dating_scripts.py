"""Dates written in other scripts, from the one date grammar: Hindi month names (Devanagari), the decimal digits of
Arabic-Indic, Persian, Devanagari and Bengali script, and a yearless Hindi dateline whose agency closes it without a
dash ('नई दिल्ली, 11 मार्च (भाषा) सरकार ने ...', PTI's Hindi service). Probe cases date_hindi_dateline_page_date and
fields_arabic_indic_digits (tests/test_probe_s7.py)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.grammar import ascii_digits, find_dates, stamp_date, time_of_day
from newsdesk.dates.publication import date_text, field_date

HINDI_MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
ZEROS = {"arabic-indic": 0x0660, "persian": 0x06F0, "devanagari": 0x0966, "bengali": 0x09E6}


def _digits(number: int, script: str) -> str:
    return "".join(chr(ZEROS[script] + int(c)) for c in str(number))


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from(sorted(ZEROS)))
def test_dating_scripts_a_hindi_date_in_any_digits_is_read(day, script):
    text = f"{_digits(day.day, script)} {HINDI_MONTHS[day.month - 1]} {_digits(day.year, script)}"
    assert [iso for _a, _b, iso in find_dates(text)] == [day.isoformat()]
    assert find_dates(text)[0][:2] == (0, len(text))  # the span is the original's: one digit for one
    assert stamp_date(text) == (day.isoformat(), True)


def test_dating_scripts_hindi_month_spellings_and_arabic_indic_digits():
    assert find_dates("12 मार्च 2021")[0][2] == "2021-03-12"
    assert find_dates("5 फरवरी 2021")[0][2] == find_dates("5 \u095eरवरी 2021")[0][2] == "2021-02-05"
    assert find_dates("1 सितम्बर 2020")[0][2] == find_dates("1 सितंबर 2020")[0][2] == "2020-09-01"
    assert find_dates("التاريخ: ١ يونيو ٢٠٢١") == [(9, 21, "2021-06-01")]
    assert find_dates("۱۵/۰۳/۲۰۲۱", day_first=True)[0][2] == "2021-03-15"
    assert time_of_day("١ يونيو ٢٠٢١ - ٢٣:٤٠") == 23 * 60 + 40
    assert ascii_digits("abc") == "abc" and ascii_digits("٢٠٢١ مارس") == "2021 مارس"


def test_dating_scripts_a_hindi_dateline_with_its_agency_and_no_dash():
    dl = match_dateline("नई दिल्ली, 11 मार्च (भाषा) सरकार ने बृहस्पतिवार को किसानों के लिए नई योजना की घोषणा की।")
    assert dl is not None and dl.place == "नई दिल्ली" and dl.agency == "भाषा" and dl.month_day == (3, 11)
    # without a dash only a one-word agency: a bracketed aside of several words in a sentence opens no dateline
    assert match_dateline("وقال الوزير، 3 فبراير (في العام الماضي) إن الحكومة ستواصل العمل") is None
    assert match_dateline("وقال الوزير، 3 فبراير (شباط) الماضي، إن الحكومة ستواصل العمل") is None


def test_dating_scripts_hindi_page_date_over_a_yearless_dateline():
    raw = ("12 मार्च 2021\nनई दिल्ली, 11 मार्च (भाषा) सरकार ने बृहस्पतिवार को किसानों के लिए नई योजना की घोषणा की।\n"
           "योजना अगले महीने से लागू होगी।\n")
    dating = date_text(raw, clean_text(raw))
    assert (dating.published, dating.evidence, dating.page_date) == ("2021-03-11", "dateline", "2021-03-12")


def test_dating_scripts_a_field_dumps_date_in_arabic_indic_digits():
    raw = ("العنوان:\nافتتاح محطة جديدة لتحلية المياه\nالتاريخ:\n١ يونيو ٢٠٢١\nالرابط:\n"
           "https://www.example.com/news/desalination-1001\nالنص:\n"
           "افتتحت الحكومة يوم الثلاثاء محطة جديدة لتحلية مياه البحر على الساحل الشمالي.\n"
           "وتبلغ الطاقة الإنتاجية للمحطة نحو 150 ألف متر مكعب يوميا.\n")
    assert field_date(clean_text(raw)) == "2021-06-01"


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from(["", " "]),
       st.booleans())
def test_dating_scripts_a_date_widgets_bars_read_day_first(day, space, pad):
    """'26 | 01 | 2022': a date widget's day, month and year in cells parted by bars (plaintext_eval's stated forms
    read it day first), alone on its line it is a stamp."""
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if pad else (str(day.day), str(day.month))
    text = f"{d}{space}|{space}{m}{space}|{space}{day.year}"
    assert find_dates(text) == [(0, len(text), day.isoformat())]
    assert stamp_date(text) == (day.isoformat(), True)
    assert find_dates(f"Tabelle 12 | {text}")[-1][2] == find_dates(f"x|{text}")[0][2] == day.isoformat()
