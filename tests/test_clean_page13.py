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


STORY3 = ["Oman will open its first wind farm to private investors next year, the energy ministry said on Monday.",
          "The farm in Dhofar will add 120 megawatts to the grid when the second phase is finished."]
LAST3 = "Bids will be accepted until the end of June."
MENU3 = ["Home", "News", "Business", "Energy", "Markets", "Opinion", "Sign in"]


def _clean_lines(lines: list[str]) -> str:
    return _norm(clean_text("\n\n".join(lines) + "\n").text)


def test_short_statement_above_a_box_heading_is_kept():
    # probe13c p13c_junk_most_popular_numbered_end: the story's short last line above 'Most Popular' and its list
    box = ["Most Popular", "1", "Dubai to build new metro line to the airport", "2",
           "Saudi Arabia opens tourist visas to more countries", "3", "Gold prices hit record high in Gulf markets"]
    out = _clean_lines([*MENU3, *STORY3, LAST3, *box])
    assert LAST3 in out and STORY3[1] in out
    assert "Dubai to build new metro line" not in out
    off = _norm(clean_text("\n\n".join([*MENU3, *STORY3, LAST3, *box]) + "\n",
                           settings=DEFAULT.replace(CLEAN_PAGE_CLOSING_MARK=0)).text)
    assert LAST3 not in off  # the setting is what keeps it


def test_short_statement_past_an_inline_link_above_a_box_is_kept():
    # p12c_junk_swedish_annons_las_ocksa's shape: an inline 'Läs också: <headline>', the last sentence, a share
    # label, a 'Läs också' box
    lines = [*MENU3, STORY3[0], "Läs också: Skolor i länet saknar behöriga lärare", LAST3, "Dela artikeln",
             "Läs också", "Ny cykelbana längs ån klar i höst", "Rekordmånga sökte till gymnasiets naturprogram"]
    out = _clean_lines(lines)
    assert LAST3 in out
    assert "Skolor i länet" not in out and "Ny cykelbana" not in out


def test_short_statement_above_a_comment_section_is_kept():
    # probe13d p13d_wordpress_comment_dates_only_null: '2 thoughts on ...', each comment a name over its date
    comments = ['2 thoughts on "Wind farm"', "Margaret Hill says:", "March 6, 2024 at 8:14 am",
                "Wonderful news for the region.", "Dave P says:", "March 6, 2024 at 12:30 pm",
                "Well done to everyone involved."]
    out = _clean_lines([*MENU3, *STORY3, LAST3, *comments])
    assert LAST3 in out
    assert "Wonderful news for the region." not in out


def test_short_statement_with_the_page_going_on_below_goes():
    # no mark below it: a prompt or a teaser's lead beside the article, as before
    out = _clean_lines([*MENU3, *STORY3, LAST3, "Weather", "Traffic", "Contact us", "Imprint"])
    assert STORY3[1] in out and LAST3 not in out


def test_table_above_the_article_is_no_head():
    # review13 finding 6: a market ticker under the menu; its rows of 6 'words' (digits) passed for head lines
    menu = ["Home", "News", "Business", "Sport", "Opinion", "Lifestyle", "Subscribe", "Sign in"]
    ticker = ["Markets", "Index | Last | Change", "Sensex | 73,651.35 | +0.42%", "Nifty | 22,356.30 | +0.38%",
              "Gold | 66,120 | -0.15%", "USD/INR | 83.12 | +0.05%"]
    head = "Ferry fares to rise by a fifth from April"
    body = ["Ferry fares on all routes across the bay will rise by 20 percent from April, the operator announced on "
            "Tuesday.",
            "The company blamed higher fuel costs and a new wage deal with its crews, which it said added 4 million "
            "to its annual bill.",
            "Commuter groups said the rise would push more people back into their cars, and they plan a protest at "
            "the main terminal next week.",
            "A season ticket from Northpoint to the city will go up from 95 to 114 a month."]
    foot = ["About us", "Contact", "Advertise", "Privacy policy", "Terms of use"]
    c = clean_text("\n".join([*menu, *ticker, head, "By Jane Doe", "March 5, 2024", *body, *foot]) + "\n")
    assert "Sensex" not in c.text and "Nifty" not in c.text
    assert c.title == head or _norm(c.text).startswith(head)
    assert body[2] in _norm(c.text)


def test_dateline_alone_above_the_first_paragraph_is_kept():
    # fields6 (board 20:58): a dateline on its own first line went as 'page' when 2-3 widget lines stand inside
    lead = ("House Speaker John Boehner admitted there is a one in three chance that the Republicans will lose "
            "their majority in the House of Representatives in an interview on Tuesday.")
    body = [("He said there was a two in three chance that his party would win control of the House again, but "
             "that it faced a big challenge and had work to do before the election in November."),
            ("Boehner said fifty of his members were in tough races and eighty-nine freshmen were running for "
             "their first re-elections, many of them in districts with no big statewide race this year."),
            ("He also dismissed the comment of a top campaign strategist that House Republicans were under a reign "
             "of terror brought about by the far right of their party, calling it outrageous talk.")]
    text = "\n".join(["Home", "World", "Politics", "ISTANBUL, Apr 23 (PTI):", lead, "Subscribe to our newsletter",
                      body[0], body[1], "Watch Video", "Advertisement", body[2], "Share this", "Contact"]) + "\n"
    out = _norm(clean_text(text).text)
    assert out.startswith("ISTANBUL, Apr 23 (PTI):")
    assert body[2] in out and "Politics" not in out
