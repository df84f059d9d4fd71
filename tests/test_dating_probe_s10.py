"""Session 10 probe failures of dating (tests/fixtures/probe/p10_*): stamp lines in Portuguese and Turkish ('Publicado
em 05/03/2021 às 09h12 | Atualizado em ...', 'Güncelleme: 03.11.2021 - 10:24') were no stamps, so they stayed in the
body and (the Turkish one) gave no day; a TASS dateline ('МОСКВА, 22 сентября. /ТАСС/.': capitals of another script,
the wire between slashes after the date's full stop) and a Spanish one with 'de' before the month ('Bogotá, 3 de
mayo (EFE).-') were no datelines, so the page date above them won."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.grammar import stamp_date
from newsdesk.dates.publication import date_text


@pytest.mark.parametrize("line,day", [
    ("Publicado em 05/03/2021 às 09h12 | Atualizado em 05/03/2021 às 14h20", None),  # a stamp, order unsettled
    ("Publicada em 5 de março de 2021", "2021-03-05"),
    ("Atualizado em 17.03.2021 às 14h20", "2021-03-17"),
    ("Güncelleme: 03.11.2021 - 10:24", "2021-11-03"),
    ("Yayınlanma: 03.11.2021 10:24 | Güncelleme: 03.11.2021 11:02", "2021-11-03"),
    ("Yayın tarihi: 3 Kasım 2021 Çarşamba", "2021-11-03"),
])
def test_dating_stamp_lines_of_portuguese_and_turkish(line, day):
    assert stamp_date(line) == (day, True)


@pytest.mark.parametrize("line", [
    "Rio em 05/03/2021",  # a place is no stamp word
    "Em 05/03/2021 o governo anunciou cortes às 14h20",  # a sentence around the date
    "Saat kulesi 03.11.2021 tarihinde açıldı",
])
def test_dating_stamp_words_do_not_make_prose_a_stamp(line):
    assert stamp_date(line)[1] is False


@settings(max_examples=200, deadline=None)
@given(cue=st.sampled_from(["Publicado em", "Publicada em", "Atualizado em", "Atualizada em", "Güncelleme:",
                            "Güncellendi:", "Yayınlanma:", "Yayınlandı:", "Yayın tarihi:"]),
       day=st.integers(13, 28), month=st.integers(1, 12), year=st.integers(2005, 2030),
       time=st.sampled_from(["", " às 09h12", " - 10:24", " 10:24", " saat 10:24"]),
       word=st.sampled_from([None, "Governo", "anunciou", "kulesi", "açıldı"]))
def test_dating_stamp_vocabulary_property(cue, day, month, year, time, word):
    """A Portuguese or Turkish cue, a day-first numeric date (day > 12: one reading) and a time: a stamp of that day;
    one word of prose among them and it is none."""
    line = f"{cue} {day:02d}/{month:02d}/{year}{time}"
    if word is None:
        assert stamp_date(line) == (f"{year}-{month:02d}-{day:02d}", True)
    else:
        assert stamp_date(f"{line} {word}")[1] is False


PT_LEAD = ("O governo federal anunciou nesta sexta-feira a redução temporária dos impostos federais sobre o óleo diesel "
           "e o gás de cozinha, numa tentativa de conter a alta dos preços.")
PT_MORE = "Segundo o ministro da Economia, a medida terá um custo de cerca de 3,6 bilhões de reais aos cofres públicos."
TR_LEAD = ("Türkiye Cumhuriyet Merkez Bankası'nın piyasa katılımcıları anketine göre yıl sonu enflasyon beklentisi "
           "yüzde 18,5'e yükseldi.")
TR_MORE = "Ekonomistler, kurdaki oynaklığın önümüzdeki aylarda fiyatlara yansımaya devam edeceğini belirtti."


@pytest.mark.parametrize("stamp,lead,more,day", [
    ("Publicado em 05/03/2021 às 09h12 | Atualizado em 05/03/2021 às 14h20", "BRASÍLIA (Reuters) - " + PT_LEAD,
     PT_MORE, "2021-03-05"),
    ("Güncelleme: 03.11.2021 - 10:24", "İSTANBUL (AA) - " + TR_LEAD, TR_MORE, "2021-11-03"),
])
def test_dating_stamp_line_leaves_the_body_and_dates_it(stamp, lead, more, day):
    raw = "\n\n".join(["Manchete do dia", stamp, lead, more]) + "\n"
    cleaned = clean_text(raw)
    assert stamp not in cleaned.text and lead.split(" - ")[1][:40] in cleaned.text
    assert date_text(raw, cleaned).published == day


RU_LEAD = ("Центральный банк России во вторник сообщил, что продолжит поддерживать курс рубля за счет продажи валюты "
           "в рамках бюджетного правила.")
RU_MORE = "Аналитики ожидают, что давление на рубль сохранится до конца года."
ES_LEAD = ("El presidente colombiano anunció este lunes el retiro de la reforma tributaria que había provocado una "
           "semana de protestas en todo el país.")
ES_MORE = "El mandatario pidió al Congreso tramitar un nuevo proyecto con consensos."


@pytest.mark.parametrize("page,dateline,lead,more,want", [
    ("23 сентября 2020", "МОСКВА, 22 сентября. /ТАСС/. ", RU_LEAD, RU_MORE, ("2020-09-22", "2020-09-23")),
    ("23 сентября 2020", "МОСКВА, 22 сентября /ТАСС/ - ", RU_LEAD, RU_MORE, ("2020-09-22", "2020-09-23")),
    ("martes, 4 de mayo de 2021", "Bogotá, 3 de mayo (EFE).- ", ES_LEAD, ES_MORE, ("2021-05-03", "2021-05-04")),
    ("martes, 4 de mayo de 2021", "BOGOTÁ, 3 de mayo de 2021 (EFE) - ", ES_LEAD, ES_MORE, ("2021-05-03", "2021-05-04")),
])
def test_dating_tass_and_de_month_datelines_under_a_page_date(page, dateline, lead, more, want):
    m = match_dateline(dateline + lead)
    assert m is not None and (dateline + lead)[m.end:] == lead
    raw = "\n\n".join([page, dateline + lead, more]) + "\n"
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.page_date) == want


@pytest.mark.parametrize("text", [
    "BERLIN/TASS/ Was the meeting a success? Nobody could say for sure on Monday.",  # no full stop before the wire
    "AC/DC/ Metallica tour dates were announced on Monday for the autumn.",
    "Sección 5 de mayo - los socios pagan la cuota antes de la temporada.",  # a named number, no comma
])
def test_dating_slashes_and_de_take_no_other_lines(text):
    m = match_dateline(text)
    assert m is None or not (m.day or m.month_day or m.agency)


# month names as a TASS, EFE, Lusa, Anadolu or Antara dateline writes them, with a capital place of the same script
MONTHS_BY_LANG = {
    "ru": ("МОСКВА", "ТАСС", "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "es": ("BOGOTÁ", "EFE", "de_enero de_febrero de_marzo de_abril de_mayo de_junio de_julio de_agosto "
                            "de_septiembre de_octubre de_noviembre de_diciembre"),
    "pt": ("ÉVORA", "Lusa", "de_janeiro de_fevereiro de_março de_abril de_maio de_junho de_julho de_agosto "
                            "de_setembro de_outubro de_novembro de_dezembro"),
    "tr": ("İZMİR", "AA", "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"),
    "el": ("ΑΘΗΝΑ", "ΑΠΕ", "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
                           "Οκτωβρίου Νοεμβρίου Δεκεμβρίου"),
}


@settings(max_examples=200, deadline=None)
@given(lang=st.sampled_from(sorted(MONTHS_BY_LANG)), month=st.integers(1, 12), day=st.integers(1, 28),
       shape=st.sampled_from(["{p}, {d}. /{a}/. ", "{p}, {d} ({a}) - ", "{p}, {d} ({a}).- ", "{p}, {d} /{a}/ – ",
                              "{p}, {d} ({a}) — "]),
       year=st.sampled_from([None, 2019, 2024]))
def test_dating_dateline_of_other_scripts_property(lang, month, day, shape, year):
    """A place in capitals of its script, a day and month of its language (with 'de' where the language puts it),
    the agency in brackets or slashes, any separator: the dateline gives that day and the story follows it."""
    place, agency, names = MONTHS_BY_LANG[lang]
    date = f"{day} {names.split()[month - 1].replace('_', ' ')}" + (f" {'de ' if lang in ('es', 'pt') else ''}{year}"
                                                                     if year else "")
    line = shape.format(p=place, d=date, a=agency) + RU_LEAD
    m = match_dateline(line)
    assert m is not None and m.agency == agency and line[m.end:] == RU_LEAD
    if year:
        assert m.day == dt.date(year, month, day).isoformat()
    else:
        assert m.month_day == (month, day)


# a lead in the language of its dateline names the weekday in that language: it must fall on the yearless dateline's
# day, as 'on Friday' must (28 April: a Sunday in 2024, a Friday in 2023; the page date is Tuesday 24 December 2024)
@pytest.mark.parametrize("page,dateline", [
    ("mardi 24 décembre 2024", "PARIS, 28 avril (AFP) – Le ministre a rencontré vendredi son homologue allemand."),
    ("martes, 24 de diciembre de 2024", "MADRID, 28 abr (EFE).- El Gobierno aprobó este viernes un plan sanitario."),
    ("Dienstag, 24. Dezember 2024", "Berlin, 28. April (dpa) - Die Bundesregierung hat am Freitag ein Gesetz beschlossen."),
    ("Terça-feira, 24 de dezembro de 2024", "LISBOA, 28 abr (Lusa) – O Governo aprovou na sexta-feira um plano."),
    ("martedì 24 dicembre 2024", "ROMA, 28 aprile (ANSA) - Il governo ha approvato venerdì un piano sanitario."),
    ("24 декабря 2024", "МОСКВА, 28 апреля. /ТАСС/. Правительство России в пятницу утвердило план."),
    ("Selasa, 24 Desember 2024", "JAKARTA, 28 April (Antara) - Pemerintah pada Jumat menyetujui rencana itu."),
    ("24 Aralık 2024 Salı", "ANKARA, 28 Nisan (AA) - Hükümet cuma günü bir planı onayladı."),
])
def test_dating_lead_weekday_of_the_datelines_language_picks_the_year(page, dateline):
    more = "Le plan coûtera 500 millions. El plan costará 500 millones. Der Plan kostet 500 Millionen Euro."
    raw = f"{page}\n\n{dateline} {more}\n\n{more}\n"
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.page_date) == ("2023-04-28", "2024-12-24")


@pytest.mark.parametrize("lead,weekday", [
    ("Le ministre a rencontré vendredi son homologue.", 4),
    ("Le ministre rencontrera mardi prochain son homologue, a-t-il annoncé jeudi.", 3),  # next week's Tuesday
    ("Die Regierung will am kommenden Freitag entscheiden, sagte sie am Mittwoch.", 2),
    ("El Gobierno aprobó el pasado lunes el plan, informó este jueves.", 3),
    ("Правительство в следующий вторник рассмотрит план, сообщили в среду.", 2),
    ("Pemerintah akan memutuskan pada Jumat depan, kata menteri pada Rabu.", 2),
    ("Domingo Pérez, alcalde de la ciudad, dijo que el plan sigue adelante.", None),  # a name, not 'domingo'
    ("Hükümet pazar payı verilerini açıkladı.", None),  # 'pazar': market, not Sunday, without 'günü'
    ("O governo aprovou a segunda fase do plano.", None),  # 'segunda': second, without '-feira'
    ("The cabinet met on Friday, el viernes, am Freitag.", 4),
])
def test_dating_lead_weekday_in_other_languages(lead, weekday):
    from newsdesk.dates.leads import lead_weekday

    assert lead_weekday(lead) == weekday


@pytest.mark.parametrize("line,day", [
    ("Actualizado el 17/03/2021 a las 14:20 h", "2021-03-17"),  # EFE's 'h' after the time
    ("5 марта 2021 в 09:12", "2021-03-05"),  # Russian 'в' (at) before the time
    ("5 марта 2021 г., 09:12", "2021-03-05"),  # Russian 'г.' (year) after the year
    ("Yayınlanma Tarihi: 05.03.2021 09:12", "2021-03-05"),
    ("05-Mar-2021 09:12", "2021-03-05"),  # day-month-year with hyphens (Indian sites)
    ("2021-03-05T09:12:00+05:30", "2021-03-05"),  # an ISO time stamp copied as it is
    ("Written by Jane Doe on March 5, 2021", "2021-03-05"),
])
def test_dating_more_stamp_forms(line, day):
    assert stamp_date(line) == (day, True)


@pytest.mark.parametrize("line", [
    "Tarihi 05.03.2021 olan belge",  # 'tarihi' with prose
    "The T-05-Mar-2021 form was filed",
    "Written in 2021, the report found that 40 percent of the roads were unsafe",
])
def test_dating_more_stamp_forms_leave_prose(line):
    assert stamp_date(line)[1] is False


# dates a text states that are not its publication day: no day (null), though each opens or ends a line
NOT_PUBLICATION = [
    "March 11, 2011 is a date no one in Fukushima will forget. Ten years on, many residents have still not returned.",
    "5 March 2021 marked the end of the longest strike in the history of the port, the union said in a statement.",
    "John Smith (March 3, 1941 – December 20, 2024) was a British engineer who designed bridges on three continents.",
    "Marie Curie (7 November 1867 - 4 July 1934) was a physicist and chemist who conducted research on radioactivity.",
    "Valid until 31.12.2023\n\nThe offer applies to all new customers who sign up online before the end of the year.",
    "Anmeldung bis 15. März 2021\n\nDer Kurs richtet sich an Einsteiger und findet an vier Abenden im Gemeindehaus statt.",
]
PROSE = "The company said the plan would be reviewed by the board and that no jobs would be lost as a result."


@pytest.mark.parametrize("text", NOT_PUBLICATION)
def test_dating_dates_of_other_things_give_no_day(text):
    raw = f"{text}\n\n{PROSE}\n\n{PROSE}\n"
    assert date_text(raw, clean_text(raw)).published is None


@pytest.mark.parametrize("line,day", [
    ("5 March 2021 | By Jane Doe", "2021-03-05"),  # a stamp opening a line still counts
    ("12.11.2021 red Artikel: Download PDF Drucken Teilen Feedback", "2021-11-12"),  # a meta line, no sentence
    ("01.02.2022 „Der Arbeitsmarkt bleibt stabil“, sagte die Ministerin am Dienstag in Berlin vor Journalisten.",
     "2022-02-01"),
    ("Friday, March 5, 2021 – Today the council approved the new budget after a long debate in the chamber.",
     "2021-03-05"),
    ("5 March 2021 at 09:12 the council met to approve the budget after a long debate in the chamber today.",
     "2021-03-05"),
])
def test_dating_date_opening_a_line_still_dates_it(line, day):
    raw = f"{line}\n\n{PROSE}\n\n{PROSE}\n"
    assert date_text(raw, clean_text(raw)).published == day


@pytest.mark.parametrize("line,month_day", [
    ("МОСКВА, 4 мая – РИА Новости. Правительство заявило о новых мерах поддержки.", (5, 4)),  # RIA: agency after
    ("КИЕВ, 4 мая — Правительство заявило о новых мерах поддержки.", (5, 4)),
    ("ΑΘΗΝΑ, 4 Μαΐου – Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης.", (5, 4)),
    ("PARIS, 28 juillet – Le gouvernement a annoncé de nouvelles mesures.", (7, 28)),
    ("Berlin, 12. Dezember – Die Bundesregierung hat neue Hilfen beschlossen.", (12, 12)),
    ("BRUXELLES, le 4 mai (Belga) - Le gouvernement a annoncé de nouvelles mesures.", (5, 4)),  # 'le' before the day
])
def test_dating_agencyless_datelines_of_unambiguous_months(line, month_day):
    m = match_dateline(line)
    assert m is not None and m.month_day == month_day


@pytest.mark.parametrize("line", [
    "PARIS, 28 mai – Le gouvernement a annoncé de nouvelles mesures.",  # 'mai': too short to be sure without agency
    "Windows 10 out - Microsoft said the update would arrive in the spring.",
    "Season 2, 5 gen: the show returns with a new cast.",
])
def test_dating_short_month_words_need_an_agency(line):
    m = match_dateline(line)
    assert m is None or m.month_day is None
