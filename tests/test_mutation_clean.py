"""Cleaning and dating decisions that mutation testing (mutation/run.py, targets clean-rules, clean-body,
dating-grammar, dating-publication) found unguarded; each test names the mutant it kills."""

from __future__ import annotations

import pytest

from newsdesk.clean import rules
from newsdesk.settings import CLEAN_CAPTION_MAX_CHARS

BODY = "The council met on Tuesday and agreed the plan."


@pytest.mark.parametrize("line, want", [
    ("", False), ("   ", False), ("\u00a0", False),  # no words: not a headline (mutant: `0 <` -> `-1 <`)
    ("Politics", True),  # one word is a heading (mutant: `0 <` -> `1 <`)
    ("Markets rally on rate cut", True), ("Markets rally on rate cut.", False),
    (" ".join(["word"] * 20), True), (" ".join(["word"] * 21), False),
])
def test_clean_rules_headline_needs_one_to_twenty_words_and_no_full_stop(line, want):
    assert rules.looks_like_headline(line) is want


def test_clean_rules_credit_needs_short_line_and_few_words():
    """Mutant: `len(s) > 120 or word_count(s) > 14` -> `and`: a body sentence of 16 words (87 characters) opening
    with 'Reporting by' would be taken for a credit line."""
    prose = "Reporting by the agency found the council spent more than it said on the harbour plan"
    assert len(prose) <= 120 and len(prose.split()) > 14
    assert rules.credit_of(prose) is None
    assert rules.credit_of("Reporting by Jane Doe and John Roe") == "Reporting by Jane Doe and John Roe"


def test_clean_rules_tail_marker_returns_the_glued_headline():
    """Mutant: `return True, rest` -> `return False, rest`: a 'related' heading with a headline glued after its
    separator must still open the tail (and hand the headline back)."""
    assert rules.tail_marker("Also read: Markets rally on rate cut") == (True, "Markets rally on rate cut")
    assert rules.tail_marker("Related stories") == (True, "")
    assert rules.tail_marker("Also read " + " ".join(["word"] * 30)) == (False, "")
    assert rules.tail_marker("The council met on Tuesday") == (False, "")


def test_clean_rules_caption_tail_only_when_short():
    """Mutant: `len(s) - m.start(1) > CLEAN_CAPTION_MAX_CHARS` -> `/`: an inline 'Photo:' that runs on for more
    than CLEAN_CAPTION_MAX_CHARS is body text, not a caption to peel."""
    short = BODY + " Photo: The mayor at the harbour."
    assert rules.peel_tail(short) == (BODY, [("Photo: The mayor at the harbour.", "caption")])
    tail = "Photo: " + "the harbour works went on " * (CLEAN_CAPTION_MAX_CHARS // 25 + 1) + "all night."
    assert len(tail) > CLEAN_CAPTION_MAX_CHARS
    assert rules.peel_tail(BODY + " " + tail) == (BODY + " " + tail, [])


def test_clean_page_share_buttons_split_a_teaser_from_the_article():
    """Mutant: the page score of a furniture line `-CLEAN_PAGE_LINE_COST` -> `+` (in `_clean_once`): a row of
    share buttons between another story's teaser and the article must cut the page into two runs, so the teaser
    goes with the menu and only the article's paragraphs stay."""
    from test_clean_page import FOOT, MENU, P1, P2, P3, TEASERS

    from newsdesk.clean import clean_text

    # (a teaser shorter than a standfirst: since acb911e a 15-word sentence above the date and share bar is the lead)
    teaser = "Heute Abend wird das Konzert live im Netz übertragen, sagten die Veranstalter."
    share = ["Facebook", "Twitter", "WhatsApp", "E-Mail"]
    assert [rules.classify_line(s, site=[]) for s in share] == ["share"] * 4
    raw = "\n".join([*MENU, "Konzert im Netz", teaser, "", "23. März 2020", *share, P1, P2, P3, *TEASERS, *FOOT])
    assert clean_text(raw).text == "\n\n".join([P1, P2, P3])


def test_clean_corpus_boilerplate_cut_at_the_head_of_a_document():
    """Mutant: `while j < len(flat) and flagged(j)` -> `>` in `_corpus_edges` (the head run never cut): a line that
    opens every document of the site is boilerplate at the head, as it is at the tail; the body stays."""
    from newsdesk.clean import CorpusStats, clean_text

    head = "Get the Harbour Gazette delivered to your door every morning of the week."
    tail = "The Harbour Gazette is published by Coast Media of Port Town."
    towns = ["Alder", "Birch", "Cedar", "Dune", "Elm", "Fern", "Gorse", "Heath"]
    things = ["bridge", "school", "harbour wall", "clinic", "ferry", "library", "market hall", "water plant"]
    bodies = [f"The council of {t} voted on the new {x} budget at its spring session. "
              f"Farmers near {t} said the {x} would cost them their best fields." for t, x in zip(towns, things, strict=True)]
    stats = CorpusStats()
    for b in bodies:
        stats.add("gazette", "\n\n".join([head, b, tail]))
    c = clean_text("\n\n".join([head, bodies[0], tail]), stats=stats, group="gazette")
    assert c.text == bodies[0]
    assert [(r.text, r.reason) for r in c.removed] == [(head, "boilerplate"), (tail, "boilerplate")]


def test_dating_grammar_month_first_when_the_second_number_cannot_be_a_month():
    """Mutant: `a <= 12 and b > 12` -> `a < 12` in `_from_match`: December is month 12."""
    from newsdesk.dates import grammar

    assert grammar.normalise_date("12/25/2020") == "2020-12-25"
    assert grammar.find_dates("on 12/25/2020 the") == [(3, 13, "2020-12-25")]
    assert grammar.normalise_date("11/25/2020") == "2020-11-25"


def test_dating_grammar_metadata_value_read_up_to_200_characters():
    """Mutant: `value.strip()[:200]` -> `[:199]`: a metadata value is read to its 200th character (the bound
    against pathological input), so a date ending exactly there is found and one past it is not."""
    from newsdesk.dates import grammar

    def value(n: int) -> str:
        date = " 5 March 2021"
        return "Published by the ministry press office".ljust(n - len(date), "x") + date

    assert len(value(200)) == 200 and grammar.normalise_date(value(200)) == "2021-03-05"
    assert grammar.normalise_date(value(201)) is None


def test_dating_grammar_days_only_within_min_and_max_year():
    """Mutant: `MIN_YEAR <= y <= MAX_YEAR` -> `MIN_YEAR <= y` in `valid` (mutation/handmade.toml
    dating-no-upper-year-bound): a day after MAX_YEAR (2100) is a typo or an ID, never a date."""
    from newsdesk.dates import grammar

    assert (grammar.MIN_YEAR, grammar.MAX_YEAR) == (1900, 2100)
    assert [grammar.valid(y, 12, 31) for y in (1899, 1900, 2100, 2101)] == [None, "1900-12-31", "2100-12-31", None]
    assert grammar.normalise_date("2101-03-05") is None and grammar.normalise_date("2100-03-05") == "2100-03-05"
    assert grammar.find_dates("on 5 March 2101 the") == []


def test_dating_metadata_keeps_only_a_replaced_header_day_as_page_date():
    """Mutant: `dating.evidence == "header"` -> `>=` in `with_metadata` ('text' and 'metadata' sort after
    'header'): the record's own date replaces a page-read day; only a replaced header day becomes the page date."""
    from newsdesk.dates.publication import with_metadata
    from newsdesk.model import Dating

    meta = "2021-03-05"
    for evidence, page in (("header", "2021-03-04"), ("text", None), ("dateline", None), ("metadata", None)):
        got = with_metadata(Dating("2021-03-04", evidence, None), meta)
        assert got == Dating(meta, "metadata", page), evidence
    assert with_metadata(Dating("2021-03-05", "header", None), meta) == Dating(meta, "metadata", None)
    assert with_metadata(Dating("2021-03-04", "header", None), None) == Dating("2021-03-04", "header", None)


def test_dating_partial_dateline_matching_the_header_day_is_the_header_day():
    """Mutant: `int(top[5:7])` -> `int(top[5:6])` in `date_text` (the month's first digit only): a yearless
    dateline (Dec. 5 / March 5) that names the header's month and day takes the header day, evidence 'header'."""
    from newsdesk.clean import clean_text
    from newsdesk.dates.publication import date_text
    from newsdesk.model import Dating

    body = " (Reuters) - The council met on {wd} to vote on the harbour budget, officials said."
    for top, line, wd in (("2020-12-05", "LONDON, Dec. 5", "Saturday"), ("2021-03-05", "LONDON, March 5", "Friday")):
        raw = f"{top}\n\n{line}{body.format(wd=wd)}"
        assert date_text(raw, clean_text(raw)) == Dating(top, "header", None), top
