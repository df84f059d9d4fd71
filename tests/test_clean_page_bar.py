"""Whole-page scrapes: a line that is no running text and joins parts by a spaced vertical bar, from the article's
best run on ('Veröffentlicht unter Allgemein | 19 Kommentare', 'Informationsschreiben vom ... | PDF | 38 KB'), is a
meta or link line of the page and goes (clean/page.py bar_lines); above the run (a headline with its kicker) and
opening with the bar (a file tree, a table row) it stays."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.page import bar_lines, line_score

MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Kontakt", "Suche", "Anmelden"]
TITLE = "Hauptstraße wird am Wochenende autofrei"
P1 = ("Der Gemeinderat hat am Montag mit großer Mehrheit beschlossen, die Hauptstraße an den Wochenenden für Autos "
      "zu sperren, und die Händler der Innenstadt sind über die Folgen für ihr Geschäft geteilter Meinung.")
P2 = ("Einige Geschäftsleute erwarten mehr Laufkundschaft, andere fürchten, dass Lieferungen schwieriger werden und "
      "Kunden aus dem Umland lieber in die Einkaufszentren am Stadtrand fahren, wo sie bequem parken können.")
P3 = ("Die Sperrung soll im Juni beginnen und nach sechs Monaten überprüft werden; bis dahin will die Verwaltung "
      "die Zahl der Fußgänger, die Umsätze und die Beschwerden der Anwohner in einem Bericht sammeln.")
FOOT = ["Impressum", "Datenschutz", "AGB", "Cookie-Einstellungen", "Nach oben"]


def _page(inside: str, head: str = TITLE) -> str:
    return "\n\n".join([*MENU, head, P1, P2, inside, P3, *FOOT])


@pytest.mark.parametrize("line", [
    "Veröffentlicht unter Allgemein | 19 Kommentare",
    "Informationsschreiben vom 14. Oktober 2021 | PDF | 38 KB",
    "Online-Pressemappe der Nordex SE | RSS-Feed abonnieren",
    "Posted in News | Leave a comment",
])
def test_clean_page_bar_line_inside_the_run_goes(line):
    res = clean_text(_page(line))
    assert line not in res.text
    assert any(r.text == line and r.reason == "page" for r in res.removed)
    for p in (P1, P2, P3):
        assert p in res.text


def test_clean_page_bar_headline_above_the_run_stays():
    head = "Update | Hauptstraße wird am Wochenende autofrei"
    res = clean_text(_page("Fotos: Stadtverwaltung", head=head))
    assert head in res.text


@pytest.mark.parametrize("line", ["| Hauptstraße | 12.000 Fußgänger |", "| |-- pip | 3 Dateien"])
def test_clean_page_bar_table_row_or_file_tree_stays(line):
    res = clean_text(_page(line))
    assert line in res.text


def test_clean_page_bar_running_text_with_a_bar_stays():
    prose = ("Der Verkehrsausschuss | so steht es im Protokoll | hat die Sperrung nach einer langen Debatte über "
             "die Lieferzeiten und die Parkplätze am Stadtrand mit sieben zu zwei Stimmen empfohlen.")
    res = clean_text(_page(prose))
    assert prose in res.text


def test_clean_page_bar_lines_no_spans_is_empty():
    assert bar_lines(["a | b"], [-7.0], []) == set()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab |-.\n")), max_size=30), min_size=1, max_size=20))
def test_clean_page_bar_lines_only_short_lines_from_the_run_on(lines):
    lines = [s.replace("\n", " ") for s in lines]
    scores = [line_score(s) for s in lines]
    spans = [(len(lines) // 2, len(lines))]
    out = bar_lines(lines, scores, spans)
    assert all(i >= len(lines) // 2 and scores[i] <= 0 and " | " in " ".join(lines[i].split()) for i in out)
