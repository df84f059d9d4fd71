"""Dates of calendars beside the Gregorian one that news pages print in their stamps: the lunar Hijri date beside the
Gregorian one on Arabic pages ('الاثنين ٤ مارس ٢٠٢٤ م - ٢٣ شعبان ١٤٤٥ هـ') and the Solar Hijri date of Iranian pages
('تاریخ انتشار: ۱۴ اسفند ۱۴۰۲ - ۱۰:۲۵'). Stamp material: a line of them is a stamp line (it leaves the body), but no day
is read from them (the lunar calendar's days depend on sighting; a Solar Hijri day, exact by arithmetic, is no day
plaintext_dev's scorer counts as stated, so reading it scored as invented: khabaronline.ir, BENCHMARKS 'Session 11
(probe11d)'). `dates.grammar` imports them."""

from __future__ import annotations

import re

# Solar Hijri months, Persian spellings
_SOLAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "امرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                 "اسفند")
# the lunar Hijri months in Arabic spellings
_LUNAR_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الاول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الاولى",
                 "جمادى الآخرة", "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة",
                 "ذي الحجة")
# day, month, a year of the 14th or 15th Hijri century (ASCII digits: the grammar translates other scripts' digits
# first), and the lunar era's mark ('هـ')
OTHER_CALENDAR_DATE = re.compile(
    r"(?<!\d)[0-3]?\d\s+(?:" + "|".join(sorted(map(re.escape, (*_SOLAR_MONTHS, *_LUNAR_MONTHS)), key=len, reverse=True))
    + r")(?:\s+ماه)?\s+1[34]\d\d(?!\d)(?:\s*(?:هـ|ه)(?![^\W\d_]))?")
