"""Whole-page scrapes: a run of running text lighter than CLEAN_PAGE_MIN_RUN_SHARE of the article's best run is kept
when CLEAN_PAGE_SIDE_RUN_MIN_SHARED of its long words are the best run's (the article's intro set apart from its
body by a long table of contents); a run of the same weight on another subject (a teaser, the site's
self-description) still goes."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.page import _shared, _words, article_spans, line_score
from newsdesk.settings import DEFAULT

MENU = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Weather", "Login", "Search"]
TITLE = "Tram network to grow by three lines"
INTRO = [("The regional government wants three new tram lines to connect the northern suburbs with the city centre, "
          "and the transport department has now published its plan."),
         ("Here is what the tram network plan means for passengers, for drivers and for the people who live along "
          "the new lines.")]
OTHER = [("Our weekend supplement brings you the best recipes from the mountain villages of the south, with wine "
          "tips and a travel guide for every season of the year."),
         ("Subscribers also read every crossword puzzle and the horoscope online before the printed edition "
          "reaches the shops on Saturday morning.")]
TOC = ["Contents", "1 The plan", "2 The three lines", "3 The costs", "4 The timetable", "5 The critics",
       "6 The depot", "7 The fares", "8 The suburbs", "9 The centre", "10 The vote", "11 The review", "12 Questions",
       "Share", "Print", "Email", "Comments", "Advertisement"]  # longer than CLEAN_PAGE_LEAD_LINES
BODY = [("The regional government approved a plan on Monday to expand the tram network with three new lines that will "
         "connect the northern suburbs to the city centre by the end of the decade, officials said."),
        ("The first of the new lines will run from the northern suburbs to the main station, the transport department "
         "said, and the second will link the university with the city centre and the harbour."),
        ("The third line is planned along the river and will connect the eastern suburbs with the centre, once the "
         "environmental review of the bridges is finished, the department said on Monday."),
        ("The opposition said the tram plan was too expensive and would take years longer than promised, and it "
         "called for a vote in the regional parliament before construction of the new lines begins."),
        ("Construction of the first line is due to begin next spring, the transport department said, and the new "
         "depot for the trams will be built on the site of the old freight station in the north."),
        ("The new lines are expected to carry about forty thousand passengers a day and to take thousands of cars "
         "off the roads into the city centre each morning, according to the government's figures."),
        ("Fares will stay the same for the first two years, the government said, and passengers of the northern "
         "suburbs will no longer have to change from the bus to the tram at the main station."),
        ("Residents along the planned route will be able to comment on the plan at public meetings in the suburbs "
         "over the summer, before the regional parliament votes on the money in the autumn.")]
FOOT = ["About us", "Contact", "Imprint", "Privacy", "Cookies"]


def _page(side: list[str]) -> list[str]:
    return [*MENU, TITLE, *side, *TOC, *BODY, *FOOT]


def test_clean_page_side_run_shapes_hold():
    # the premise: the intro is a run of its own, lighter than CLEAN_PAGE_MIN_RUN_SHARE of the body, heavier than
    # CLEAN_PAGE_MIN_RUN_WORDS, further above the body than CLEAN_PAGE_LEAD_LINES; it talks of the body's things
    intro, body = sum(line_score(s) for s in INTRO), sum(line_score(s) for s in BODY)
    assert DEFAULT.CLEAN_PAGE_MIN_RUN_WORDS <= intro < DEFAULT.CLEAN_PAGE_MIN_RUN_SHARE * body
    assert DEFAULT.CLEAN_PAGE_MIN_RUN_WORDS <= sum(line_score(s) for s in OTHER) < intro + 10
    assert len(TOC) > DEFAULT.CLEAN_PAGE_LEAD_LINES
    words = _words(BODY, DEFAULT)
    assert _shared(INTRO, words, DEFAULT) >= DEFAULT.CLEAN_PAGE_SIDE_RUN_MIN_SHARED > _shared(OTHER, words, DEFAULT)


def test_clean_page_side_run_intro_on_the_articles_subject_stays():
    out = clean_text("\n".join(_page(INTRO))).text
    assert all(p in out for p in INTRO + BODY)
    assert not any(t in out.split("\n\n") for t in TOC[1:])


def test_clean_page_side_run_on_another_subject_goes():
    out = clean_text("\n".join(_page(OTHER))).text
    assert all(p in out for p in BODY)
    assert not any(p in out for p in OTHER)


def test_clean_page_side_run_share_is_the_setting():
    lines = _page(INTRO)
    assert len(article_spans(lines, None, DEFAULT)) == 2
    off = DEFAULT.replace(CLEAN_PAGE_SIDE_RUN_MIN_SHARED=1.01)
    assert len(article_spans(lines, None, off)) == 1  # the shared words are what keep it
    loose = DEFAULT.replace(CLEAN_PAGE_SIDE_RUN_MIN_SHARED=0.0)
    assert len(article_spans(_page(OTHER), None, loose)) == 2


def test_clean_page_side_run_lead_far_above_stays():
    # one paragraph of the article's lead, lighter than CLEAN_PAGE_MIN_RUN_WORDS but at least
    # CLEAN_PAGE_LEAD_MIN_WORDS, further above the body than CLEAN_PAGE_LEAD_LINES (a paywall box, other stories)
    lead, other = INTRO[0], OTHER[0]
    assert DEFAULT.CLEAN_PAGE_LEAD_MIN_WORDS <= line_score(lead) < DEFAULT.CLEAN_PAGE_MIN_RUN_WORDS
    assert DEFAULT.CLEAN_PAGE_LEAD_MIN_WORDS <= line_score(other) < DEFAULT.CLEAN_PAGE_MIN_RUN_WORDS
    out = clean_text("\n".join(_page([lead]))).text
    assert lead in out and all(p in out for p in BODY)
    assert other not in clean_text("\n".join(_page([other]))).text
    off = DEFAULT.replace(CLEAN_PAGE_SIDE_RUN_MIN_SHARED=1.01)
    assert lead not in clean_text("\n".join(_page([lead])), settings=off).text


def test_clean_page_side_run_light_run_below_needs_the_run_words():
    # below the article a paragraph this light on its subject is a prompt or a note ('If you have comments on
    # this article ...'): below, CLEAN_PAGE_MIN_RUN_WORDS still holds
    lines = [*MENU, TITLE, *BODY, *TOC, INTRO[0], *FOOT]
    assert len(article_spans(lines, None, DEFAULT)) == 1
    above = [*MENU, TITLE, INTRO[0], *TOC, *BODY, *FOOT]
    assert len(article_spans(above, None, DEFAULT)) == 2


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(MENU + TOC + FOOT + OTHER), min_size=1, max_size=5), st.integers(0, 10_000))
def test_clean_page_side_run_junk_insertion_keeps_body_and_is_idempotent(junk, seed):
    rng = random.Random(seed)
    lines = _page(INTRO)
    for j in junk:  # furniture and off-subject paragraphs outside the article's runs
        start = lines.index(BODY[0])
        lines.insert(rng.choice([0, lines.index(INTRO[0]), start, len(lines)]), j)
    c = clean_text("\n".join(lines))
    assert all(p in c.text for p in BODY)
    assert clean_text(c.text).text == c.text
