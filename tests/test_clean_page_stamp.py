"""Whole-page scrapes: a byline or date stamp above the article (a full date, otherwise names, labels, counts) is no
part of the article's head; a headline or standfirst that states a date stays (it reads as prose)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.page import _is_stamp
from newsdesk.settings import DEFAULT

P1 = ("Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen, das den "
      "Ausbau von Wind- und Solaranlagen in den kommenden Jahren deutlich beschleunigen soll, sagte der Minister.")
P2 = ("Kritiker bemängelten jedoch, dass die vorgesehenen Mittel nicht ausreichen würden, um die Ziele bis zum Ende "
      "des Jahrzehnts zu erreichen, und forderten weitere Nachbesserungen im parlamentarischen Verfahren.")
P3 = ("Der Bundestag soll sich noch vor der Sommerpause mit dem Entwurf befassen, wie aus Koalitionskreisen verlautete, "
      "und die Länder haben bereits eigene Vorschläge angekündigt.")
MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Anmelden", "Suche", "Newsletter"]
FOOT = ["Impressum", "Datenschutz", "Kontakt", "AGB", "Cookie-Einstellungen", "Cookies verwalten"]
STAMPS = ["Anna Beispiel Stand: 05. Februar 2020 Lesezeit 4 Minuten",
          "By Amelie Marie Nishizawa | Feb 8, 2020 | 5 Min.",
          "19.6.2007 9:40 Uhr Christoph Becker 71 Kommentare"]
HEADS = ["Am 14. Juni 2005 hielt der Minister eine Rede, die bis heute in der Partei nachwirkt",
         "Protokoll der letzten Sitzung vom 5.8.2019 liegt vor"]


def _page(head: str) -> str:
    return "\n".join([*MENU, head, "Teilen", "Drucken", P1, P2, P3, *FOOT])


def test_clean_page_stamp_above_the_article_goes():
    for stamp in STAMPS:
        c = clean_text(_page(stamp))
        assert stamp not in c.text, stamp
        assert all(p in c.text for p in (P1, P2, P3))


def test_clean_page_dated_headline_or_standfirst_stays():
    for head in HEADS:
        c = clean_text(_page(head))
        assert head in c.text, head


def test_clean_page_stamp_needs_a_full_date():
    assert _is_stamp(STAMPS[0], DEFAULT)
    assert not _is_stamp("Anna Beispiel Lesezeit 4 Minuten", DEFAULT)  # no date: the rule does not apply
    assert not _is_stamp(HEADS[0], DEFAULT)
    assert not _is_stamp(STAMPS[0], DEFAULT.replace(CLEAN_PAGE_STAMP_LOWER_WORDS=-1))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_clean_page_stamp_any_line_no_error(line):
    assert _is_stamp(line, DEFAULT) in (True, False)
