"""The month and weekday names of the one date grammar (`dates.grammar`, which imports and re-exports every name
here): English tables, other languages' month names (full dates only) and weekday names. Split from grammar.py when
it reached the 500-line limit (tests/test_architecture.py); no change of behaviour."""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
    "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
WEEKDAY_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Month names of other languages (full names, genitive forms and the usual abbreviations), for full dates only
# (day, month and year together): a yearless "5 Mai" or a bare "mar" is never read as a date in another language.
_OTHER_MONTHS = {
    1: "januar jänner jän janvier janv enero ene gennaio gen janeiro januari stycznia styczeń sty ledna leden "
       "tammikuuta января январь янв січня ocak ianuarie január gener "
       "يناير كانون_الثاني Ιανουαρίου Ιανουάριος Ιαν janar",
    2: "februar feber februari février fevrier févr fevr fév febrero febbraio fevereiro fev lutego luty lut února "
       "únor helmikuuta февраля февраль фев лютого şubat februarie február febrer "
       "فبراير شباط Φεβρουαρίου Φεβρουάριος Φεβ shkurt",
    3: "märz maerz mär mrz maart mrt mars marts marzo março marco marca marzec března březen maaliskuuta марта март "
       "березня mart martie március márc març "
       "مارس آذار Μαρτίου Μάρτιος Μαρ maret",
    4: "avril avr abril abr aprile kwietnia kwiecień kwi dubna duben huhtikuuta апреля апрель апр квітня nisan "
       "aprilie április ápr "
       "أبريل ابريل إبريل نيسان Απριλίου Απρίλιος Απρ prill",
    5: "mai mayo maggio mag maio mei maj maja května květen toukokuuta мая май травня mayıs május máj maig "
       "مايو أيار Μαΐου Μαΐος Μάιος Μαΐ",
    6: "juni juin junio giugno giu junho czerwca czerwiec cze června červen kesäkuuta июня июнь червня haziran "
       "iunie június jún juny "
       "يونيو يونيه حزيران Ιουνίου Ιούνιος Ιουν qershor",
    7: "juli juillet juil julio luglio lug julho lipca lipiec lip července červenec heinäkuuta июля июль липня "
       "temmuz iulie július júl juliol "
       "يوليو يوليه تموز Ιουλίου Ιούλιος Ιουλ korrik",
    8: "august août aout agosto ago augustus augusti sierpnia sierpień sie srpna srpen elokuuta августа август "
       "серпня ağustos augusztus agost agustus "
       "أغسطس اغسطس آب Αυγούστου Αύγουστος Αυγ gusht",
    9: "septembre septiembre setiembre set settembre setembro septembrie szeptember września wrzesień wrz září "
       "syyskuuta сентября сентябрь вересня eylül setembre "
        "سبتمبر أيلول Σεπτεμβρίου Σεπτέμβριος Σεπ shtator",
    10: "oktober okt octobre octubre ottobre ott outubro out października październik paź října říjen lokakuuta "
        "октября октябрь окт жовтня ekim octombrie október "
        "أكتوبر اكتوبر تشرين_الأول Οκτωβρίου Οκτώβριος Οκτ tetor",
    11: "novembre noviembre novembro listopada listopad lis listopadu marraskuuta ноября ноябрь нояб листопада "
        "kasım noiembrie "
        "نوفمبر تشرين_الثاني Νοεμβρίου Νοέμβριος Νοε nëntor",
    12: "dezember dez décembre decembre déc diciembre dic dicembre dezembro desember grudnia grudzień gru prosince "
        "prosinec joulukuuta декабря декабрь дек грудня aralık decembrie desembre desember "
        "ديسمبر كانون_الأول Δεκεμβρίου Δεκέμβριος Δεκ dhjetor",
}
# Hindi (Devanagari): 'फ़रवरी' with its nukta as one sign or two (web text has both), variant spellings
for _m, _names in enumerate(("जनवरी", "फरवरी फ़रवरी \u095eरवरी", "मार्च", "अप्रैल अप्रेल", "मई", "जून", "जुलाई", "अगस्त",
                              "सितंबर सितम्बर", "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर"), 1):
    _OTHER_MONTHS[_m] += " " + _names
# Gregorian month names in Bengali (the 'য়' as one sign or two), Urdu, Persian, Malay, Filipino and Serbian (Latin
# and Cyrillic, nominative and genitive): full dates only, as every other language's
for _m, _names in enumerate((
        "জানুয়ারি জানুয়ারী জানুয়ারি জানুয়ারী جنوری ژانویه januari enero januar januara јануар јануара",
        "ফেব্রুয়ারি ফেব্রুয়ারী ফেব্রুয়ারি ফেব্রুয়ারী فروری فوریه februari pebrero februar februara фебруар фебруара",
        "মার্চ مارچ مارس mac marso mart marta март марта",
        "এপ্রিল اپریل آوریل april abril aprila април априла",
        "মে مئی مه mei mayo maj maja мај маја",
        "জুন جون ژوئن jun hunyo juna јун јуна",
        "জুলাই جولائی ژوئیه ژوییه julai hulyo jul jula јул јула",
        "আগস্ট اگست اوت آگوست ogos ogo agosto avgust avgusta август августа",
        "সেপ্টেম্বর ستمبر سپتامبر september setyembre septembar septembra септембар септембра",
        "অক্টোবর اکتوبر اکتبر oktober oktubre oktobar oktobra октобар октобра",
        "নভেম্বর نومبر نوامبر november nobyembre novembar novembra новембар новембра",
        "ডিসেম্বর دسمبر دسامبر disember dis disyembre decembar decembra децембар децембра"), 1):
    _OTHER_MONTHS[_m] += " " + _names
# Swahili (Kenya, Tanzania: 'Imechapishwa: Machi 5, 2024'), the names no other language spells so: full dates only
for _m, _names in enumerate(("januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba",
                             "oktoba", "novemba", "desemba"), 1):
    _OTHER_MONTHS[_m] += " " + _names
MONTHS_ANY: dict[str, int] = dict(MONTHS)
for _m, _names in _OTHER_MONTHS.items():
    for _n in _names.split():  # "كانون_الثاني": a two-word name, written with one space
        MONTHS_ANY.setdefault(_n.replace("_", " ").lower(), _m)
_WEEKDAYS_OTHER = (
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so lundi mardi mercredi "
    "jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim lunes martes miércoles miercoles jueves viernes "
    "sábado sabado domingo lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato "
    "domenica segunda terça terca quarta quinta sexta feira maandag dinsdag woensdag donderdag vrijdag zaterdag "
    "zondag poniedziałek wtorek środa czwartek piątek sobota niedziela الإثنين الاثنين الثلاثاء الأربعاء الاربعاء "
    "الخميس الجمعة السبت الأحد الاحد Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar понедельник вторник среда четверг пятница суббота "
    "воскресенье понеділок вівторок середа четвер п'ятниця субота неділя måndag tisdag onsdag torsdag fredag lördag "
    "söndag mandag tirsdag lørdag søndag maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai senin "
    "selasa rabu kamis jumat sabtu minggu luni marți miercuri joi vineri sâmbătă duminică pondělí úterý středa "
    "čtvrtek pátek neděle hétfő kedd szerda csütörtök péntek szombat vasárnap सोमवार मंगलवार बुधवार गुरुवार "
    "बृहस्पतिवार शुक्रवार शनिवार रविवार")
WEEKDAYS_ANY = tuple(_WEEKDAYS_OTHER.lower().split())
