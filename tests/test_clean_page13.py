"""Whole-page scrapes (session 13, page13): a table written with '|' inside the article parts none of it
(clean/page.py table_rows / table_scores), and the statements that end the document right below the article's last
run are the article's last lines (clean/page.py closing_lines)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.page import closing_lines, table_rows, table_scores
from newsdesk.settings import DEFAULT

HEAD = "Chelsea go top after win over Arsenal"
FIRST = ("Chelsea went top of the table on Saturday after a 2-1 win over Arsenal, their fourth victory in a row, "
         "with two goals in the last ten minutes.")
TABLE = ["Team | Played | Points", "Chelsea | 10 | 24", "Everton | 10 | 23", "Arsenal | 10 | 17",
         "Liverpool | 10 | 15", "Leeds United | 10 | 13", "Tottenham | 10 | 11"]
LAST = "Arsenal dropped to third and face Everton next weekend in what their manager called a must-win game."


def _norm(s: str) -> str:
    return " ".join(s.split())


def test_table_between_two_paragraphs_keeps_the_closing_paragraph():
    # review12 finding 18: headline, a paragraph, a 7-row league table, the closing paragraph (a 10-line text that
    # is_whole_page takes for a page): the closing paragraph went as 'page'
    out = _norm(clean_text("\n\n".join([HEAD, FIRST, "\n".join(TABLE), LAST]) + "\n").text)
    assert LAST in out
    assert FIRST in out
    assert all(row in out for row in TABLE)


def test_table_rows_need_rows_of_one_shape():
    lines = ["Home | News | Sport", "A sentence of the article that is long enough to count as running text here.",
             *TABLE, "Impressum | Datenschutz", "© 2024 Example"]
    assert table_rows(lines) == set(range(2, 2 + len(TABLE)))
    assert table_rows(["Home | News | Sport", "Impressum | Datenschutz", "Kontakt | Login | Suche"]) == set()
    assert table_rows(TABLE[:2]) == set()  # two rows are a menu's pair as often as a table
    assert table_rows(["| a | b |", "|---|---|", "| 1 | 2 |"]) == set()  # the rule row is no number
    assert table_rows(["| a | b |", "| 1 | 2.5 |", "| 3 | 4% |"]) == {0, 1, 2}  # a markdown table of figures
    teasers = ["E-Autos aus China: Drohen Strafzölle? | Industriemagazin News 20.09.23",
               "Voestalpine stellt Führung neu auf | Industriemagazin News 06.09.23",
               "Metaller-Lohnrunde: Verhandler unter Druck | Industriemagazin News 13.09.23"]
    assert table_rows(teasers) == set()  # other stories' headlines with the site and a date: no column of numbers
    assert table_rows(TABLE, DEFAULT.replace(CLEAN_PAGE_TABLE_MIN_ROWS=0)) == set()


def test_table_scores_free_only_the_rows():
    lines = ["Menu", *TABLE, "Login"]
    scores = [-7.0] * len(lines)
    assert table_scores(lines, scores) == [-7.0, *([0.0] * len(TABLE)), -7.0]


_CELL = st.sampled_from(["Chelsea", "Everton", "Leeds United", "Won", "Lost", "Drawn", "Goals", "Mon", "Tue", "Home",
                         "Away", "Oslo", "Bergen", "Tromsø", "Region Nord", "Kiel", "Lyon", "Team", "Points"])
_FIGURE = st.integers(-999, 99999).map(str)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 4).flatmap(lambda k: st.lists(st.tuples(st.lists(_CELL, min_size=k, max_size=k), _FIGURE),
                                                    min_size=3, max_size=9)))
def test_any_table_between_paragraphs_keeps_both_paragraphs(rows):
    table = [" | ".join([*cells, figure]) for cells, figure in rows]
    out = _norm(clean_text("\n\n".join([HEAD, FIRST, "\n".join(table), LAST]) + "\n").text)
    assert FIRST in out and LAST in out


SIDEBAR = ["Latest", "Council pauses bin collection changes", "4 March 2024", "Two hurt as lorry overturns on bypass",
           "4 March 2024", "School rated outstanding for first time", "4 March 2024"]
STORY = ["A bus company has dropped plans to withdraw three rural routes after the county council agreed to pay "
         "towards running them for another two years.",
         "Passengers had warned that villages would be left with no public transport at all."]


def test_short_statement_ending_the_document_below_the_run_is_kept():
    end = "The routes will keep their current timetables."
    out = _norm(clean_text("\n".join(SIDEBAR) + "\n\nBus company drops plan\n\n" + "\n\n".join([*STORY, end])
                           + "\n").text)
    assert STORY[1] in out and end in out
    assert "Council pauses bin collection changes" not in out


def test_closing_lines_only_statements_that_end_the_document():
    lines = ["Menu", "Home", *STORY, "The routes will keep their current timetables."]
    scores = [-7.0, -7.0, 27.0, 14.0, 0.0]
    assert closing_lines(lines, scores, [(2, 4)]) == {4}
    # a question, or a statement with page furniture after it, is the page's
    assert closing_lines([*lines[:4], "Want more news like this?"], scores, [(2, 4)]) == set()
    assert closing_lines([*lines, "Imprint"], [*scores, -7.0], [(2, 4)]) == set()
    assert closing_lines(lines, scores, []) == set()
