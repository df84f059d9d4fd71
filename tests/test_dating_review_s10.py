"""Session 10 review findings on the dating commits (board 12:43-12:45): a weekday or a programme line read as a
dateline's place (fc3d803), labels and kickers of another script read as datelines before a colon (9fed8a3), an
invitation's numeric event line read as a stamp (3267b06)."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.grammar import stamp_date
from newsdesk.dates.publication import date_text

MORE = {
    "de": "Der Eintritt ist frei, für das leibliche Wohl sorgen die Vereine der Gemeinde mit Glühwein und Waffeln. "
          "Der Erlös kommt in diesem Jahr dem Kindergarten zugute.",
    "fr": "L'entrée est libre et les associations de la commune proposent du vin chaud et des gaufres aux visiteurs. "
          "Les bénéfices iront cette année à l'école maternelle.",
    "en": "Entry is free, and the town's clubs will serve mulled wine and waffles to the visitors all day long. "
          "This year the proceeds go to the kindergarten.",
}


@pytest.mark.parametrize("page,line,lang", [
    ("Dienstag, 10. Dezember 2024", "Samstag, 14. Dezember – Der Weihnachtsmarkt auf dem Rathausplatz öffnet um 10 "
     "Uhr seine Tore.", "de"),
    ("mardi 10 décembre 2024", "Samedi, 14 décembre – Le marché de Noël de la place de l'Hôtel de Ville ouvre ses "
     "portes à 10 heures.", "fr"),
    ("Dienstag, 10. Dezember 2024", "Weihnachtsmarkt, 14. Dezember – Der Markt auf dem Rathausplatz öffnet um 10 Uhr "
     "seine Tore.", "de"),
    ("Tuesday, December 10, 2024", "Saturday, December 14 – The Christmas market on the town hall square opens its "
     "gates at 10 am.", "en"),
])
def test_dating_programme_line_is_no_dateline(page, line, lang):
    """A line opening with its event's weekday and day, or an event's day a few days after the page's date, gives
    the page's date, not the event's a year back (was 2023-12-14, a Thursday)."""
    raw = f"{page}\n\n{line}\n\n{MORE[lang]}\n"
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.evidence) == ("2024-12-10", "header")


@pytest.mark.parametrize("line", [
    "Samstag, 14. Dezember – Der Weihnachtsmarkt öffnet um 10 Uhr seine Tore.",
    "Saturday, December 14 – The Christmas market opens its gates at 10 am.",
    "Domingo, 3 de mayo – La feria abre sus puertas a las 10 de la mañana.",
])
def test_dating_weekday_is_no_place(line):
    m = match_dateline(line)
    assert m is None or not (m.day or m.month_day)


def test_dating_written_weekday_must_fall_on_the_day():
    """'WASHINGTON, Saturday, December 14, 2024 -': 2024-12-14 is a Saturday; a Friday written there gives no day."""
    assert match_dateline("WASHINGTON, Saturday, December 14, 2024 - The Senate passed the bill.").day == "2024-12-14"
    assert match_dateline("WASHINGTON, Friday, December 14, 2024 - The Senate passed the bill.").day is None


@settings(max_examples=60, deadline=None)
@given(day=st.integers(1, 28), month=st.integers(1, 12), shift=st.integers(0, 6))
def test_dating_yearless_dateline_weekday_picks_the_year(day, month, shift):
    """A yearless dateline's written weekday picks the year under the page date: the bound's year when the day
    falls on it there, the year before when it falls on it then, none when neither (the page date is then only the
    page's)."""
    bound = dt.date(2024, 12, 31)
    wd = (dt.date(2024, month, day).weekday() + shift) % 7
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    mon = dt.date(2024, month, 1).strftime("%B")
    raw = (f"{bound:%B} {bound.day}, {bound.year}\n\nWASHINGTON, {name}, {mon} {day} (Reuters) - The Senate passed "
           f"the spending bill after a long debate over the budget.\n\n{MORE['en']}\n")
    d = date_text(raw, clean_text(raw))
    want = next((f"{y}-{month:02d}-{day:02d}" for y in (2024, 2023) if dt.date(y, month, day).weekday() == wd), None)
    assert d.published == want


@pytest.mark.parametrize("line", [
    "СМИ: Путин назвал Макрону свою версию произошедшего с Навальным",
    "ВИДЕО: Правительство утвердило план развития региона до 2030 года.",
    "ÚLTIMA HORA: El Gobierno aprueba el plan de vivienda para jóvenes.",
    "İÇERİK: Merkez Bankası politika faizini yüzde 50 seviyesinde sabit tuttu.",
    "ТЕКСТ: Правительство утвердило план развития региона до 2030 года.",
])
def test_dating_label_of_another_script_before_a_colon_is_no_dateline(line):
    assert match_dateline(line) is None


@pytest.mark.parametrize("line,place", [
    ("NEW DELHI: Defence Minister Rajnath Singh met his Russian counterpart.", "NEW DELHI"),
    ("İSTANBUL (AA) - Merkez Bankası faizi sabit tuttu.", "İSTANBUL"),
    ("İSTANBUL - Merkez Bankası faizi sabit tuttu.", "İSTANBUL"),
    ("МОСКВА, 22 сентября. /ТАСС/. Правительство утвердило план.", "МОСКВА"),
    ("ÉVORA, 5 de março (Lusa) - O governo anunciou novas medidas.", "ÉVORA"),
])
def test_dating_places_of_any_script_still_open_datelines(line, place):
    m = match_dateline(line)
    assert m is not None and m.place == place


INVITATIONS = {
    "it": ("Il comune invita tutti i cittadini alla presentazione del nuovo piano regolatore nella sala consiliare.",
           "Il 03/04/2021 alle ore 21",
           "Durante la serata saranno illustrate le principali novità e sarà possibile porre domande ai tecnici."),
    "fr": ("La mairie invite tous les habitants à une réunion publique sur le nouveau plan de circulation du centre.",
           "Le 03/04/2021 à 20:30",
           "Les élus présenteront les changements prévus et répondront aux questions des riverains présents."),
    "pt": ("A prefeitura convida todos os moradores para a audiência pública sobre o novo plano diretor da cidade.",
           "Em 03/04/2021 às 20h30",
           "Os técnicos vão apresentar as principais mudanças e responder às perguntas dos moradores presentes."),
    "es": ("El ayuntamiento invita a todos los vecinos a la reunión informativa sobre el nuevo plan de movilidad.",
           "El 03/04/2021 a las 20:00",
           "Los técnicos explicarán los cambios previstos y responderán a las preguntas de los asistentes."),
   }
# left: a FULL date with its hour between paragraphs ('03.04.2021 saat 20:00', German 'Am 03.04.2021 um 19:00 Uhr')
# reads as a stamp line by line, as a page's byline stamp '03.11.2021 saat 10:24' must (review 13:05): only the
# line's place in the page could part them (clean/rules.py classify_line reads the line alone)


@pytest.mark.parametrize("lang", sorted(INVITATIONS))
def test_dating_event_line_of_an_invitation_stays_in_the_body(lang):
    a, when, b = INVITATIONS[lang]
    assert stamp_date(when)[1] is False
    assert when in clean_text("\n\n".join([a, when, b]) + "\n").text


@pytest.mark.parametrize("line,day", [
    ("Publicado em 03/04/2021 às 20h30", None),  # a cue: a stamp, its order unsettled
    ("Pubblicato il 03/04/2021 alle ore 21", None),
    ("Publié le 03/04/2021 à 20:30", None),
    ("Actualizado el 03/04/2021 a las 20:00", None),
    ("Güncelleme: 03.04.2021 saat 20:00", "2021-04-03"),
    ("Veröffentlicht am 03.04.2021 um 19:00 Uhr", "2021-04-03"),
])
def test_dating_cued_numeric_stamps_stay_stamps(line, day):
    assert stamp_date(line) == (day, True)


@pytest.mark.parametrize("line,day", [
    ("5 de março de 2021 às 09h12", "2021-03-05"),  # a full date: its line's hour words need no cue (review 13:05)
    ("17/03/2021 às 14h20", "2021-03-17"),
    ("3 Kasım 2021 saat 10:24", "2021-11-03"),
    ("03.11.2021 saat 10:24", "2021-11-03"),
])
def test_dating_full_date_byline_stamps_need_no_cue(line, day):
    assert stamp_date(line) == (day, True)


OBIT_MORE = ("A família informou que o velório será realizado na capela do cemitério municipal, com missa às 10 horas. "
             "Ela deixa três filhos e sete netos.")


@pytest.mark.parametrize("page,first", [
    ("27 de dezembro de 2024", "Maria Silva, 5 de março de 1941 – 20 de dezembro de 2024"),
    ("27 de dezembro de 2024", "MARIA SILVA, 5 de março de 1941 – 20 de dezembro de 2024"),
    ("December 27, 2024", "John Smith, March 3, 1941 – December 20, 2024"),
    ("27. Dezember 2024", "Hans Müller, 3. März 1941 – 20. Dezember 2024"),
])
def test_dating_life_span_is_no_dateline(page, first):
    """(review 12:56) A name over a life span opens the text like a dated dateline; the birth day is no publication
    day (was 1941-03-05 / 1941-03-03, dateline)."""
    raw = f"{page}\n\n{first}\n\n{OBIT_MORE}\n\n{OBIT_MORE}\n"
    d = date_text(raw, clean_text(raw))
    assert d.published is None or d.published >= "1995-01-01"
    assert match_dateline(f"{first} {OBIT_MORE}") is None


@pytest.mark.parametrize("line", [
    "PARIS, 28 juillet – 3 août : le festival ouvre ses portes au public.",
    "LONDON, March 3 - March 5 will see strikes across the rail network.",
])
def test_dating_period_after_a_place_is_no_dateline(line):
    assert match_dateline(line) is None


RU_PAGE, RU_MORE = "24 декабря 2024", "Доклад был представлен правительству. Эксперты рекомендуют принять меры."


@pytest.mark.parametrize("lead", [
    "Окружающая среда в Арктике меняется быстрее, чем ожидали учёные, говорится в докладе Росгидромета.",
    "Городская среда Москвы признана лучшей в стране по итогам рейтинга Минстроя России.",
    "Распродажи «Чёрная пятница» стартуют в российских магазинах по всей стране.",
])
def test_dating_russian_nominative_weekday_word_is_no_weekday(lead):
    """(review 12:35) 'среда' is also 'environment', 'Чёрная пятница' a name: 3 May 2024 (a Friday) stays."""
    raw = f"{RU_PAGE}\n\nМОСКВА, 3 мая. /ТАСС/. {lead}\n\n{RU_MORE}\n"
    assert date_text(raw, clean_text(raw)).published == "2024-05-03"


def test_dating_dutch_lower_case_weekday_is_read():
    from newsdesk.dates.leads import lead_weekday
    assert lead_weekday("De regering heeft op vrijdag een plan goedgekeurd.") == 4
    assert lead_weekday("Vrijdag keurde de regering een plan goed.") == 4


@pytest.mark.parametrize("page,line", [
    ("mardi 24 décembre 2024", "PARIS, 28 avril (AFP) – Le président, qui se rendra vendredi à Berlin, a présenté "
     "dimanche son plan pour l'industrie."),
    ("Tuesday, December 24, 2024", "PARIS, April 28 (Reuters) - The president, who will travel to Berlin on Friday, "
     "presented his industry plan on Sunday."),
])
def test_dating_any_weekday_the_lead_names_may_fit_the_year(page, line):
    """(review 12:46) Another event's weekday first ('vendredi', a trip ahead) and the story's after it ('dimanche':
    28 April 2024 is a Sunday): the bound's year fits one of them and stays (was 2023-04-28, a Friday)."""
    raw = f"{page}\n\n{line} Le plan coûtera 500 millions d'euros.\n\nThe plan will cost 500 million euros.\n"
    assert date_text(raw, clean_text(raw)).published == "2024-04-28"


@pytest.mark.parametrize("line", [
    "NEW YORK, March 3, 2021 – 3 out of 4 Americans say they will get the vaccine, a poll found.",
    "LONDON, March 3, 2021 – 10 set pieces decided the final, the coach said on Wednesday.",
])
def test_dating_review_story_opening_with_a_number_keeps_its_dateline(line):
    """Review 13:11 (b5d5fe6): 'out'/'set' abbreviate months in other languages; a day before such a three-letter
    abbreviation opens a story, not a period's second date."""
    m = match_dateline(line)
    assert m is not None and m.day == "2021-03-03"


def test_dating_review_period_with_a_second_month_name_is_still_no_dateline():
    for line in ["Anne Martin, 28 juillet 1941 – 3 août 2024", "Anne Martin, 28 juillet – 3 août"]:
        m = match_dateline(line)
        assert m is None or (m.day, m.month_day) == (None, None), line
