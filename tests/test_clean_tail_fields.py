"""Issue 14 (tail, session 10): in a crawler field dump's text field, a lone widget heading over the article's last
paragraph goes alone; the paragraph stays.

A crawler's 'Text' field is the article container's own text: a 'Trending Now' or 'ALSO READ' heading there whose
box was not scraped stands between the article's paragraphs, and the one short sentence under it, at the end of the
text, is the article's last paragraph ('Talks are set to resume on Monday.'). On whole pages and paragraph scrapes a
sentence alone under such a heading is a reader's comment, a disclosure or a prompt as a rule, so it still goes
there (tests/test_clean_tail.py). Under the heading in a dump, other stories' headlines, a headline and its lead, a
teaser cut short or a stamp still go as a tail. Hand-written texts, none from a dev set or the probe fixtures."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.tail import other_stories_follow
from newsdesk.settings import DEFAULT

BODY = [
    "Bus drivers in the capital walked out on Tuesday morning, leaving commuters to find other ways to work.",
    "The drivers' union wants a pay rise in line with inflation and shorter night shifts for its members.",
    "City officials said they would meet union leaders on Wednesday.",
]
LAST = ["No buses ran on Tuesday.", "Talks will resume on Thursday.", "The strike is the third this year.",
        "Commuters were told to expect long delays on the rail network."]


def _dump(text_lines: list[str]) -> str:
    return "\n".join(["Title", "Bus drivers strike over pay and night shifts", "Link",
                      "https://news.example.in/city/bus-strike/article42.ece", "Date & Time",
                      "Updated: Mar 2, 2021, 10:15 IST", "Text", *text_lines]) + "\n"


def _lines(text: str) -> list[str]:
    return clean_text(text).text.split("\n\n")


@pytest.mark.parametrize("heading", ["Trending Now", "ALSO READ", "Related", "Read More", "Top Stories"])
@pytest.mark.parametrize("last", LAST)
def test_clean_tail_fields_lone_heading_over_the_last_paragraph_goes_alone(heading, last):
    c = clean_text(_dump([*BODY, heading, last]))
    assert c.title == "Bus drivers strike over pay and night shifts"
    assert c.text.split("\n\n") == [*BODY, last]
    assert [r.text for r in c.removed if r.reason == "tail"] == [heading]


def test_clean_tail_fields_stacked_headings_over_the_last_paragraph_go():
    c = clean_text(_dump([*BODY, "Trending Now", "ALSO READ", LAST[1]]))
    assert c.text.split("\n\n") == [*BODY, LAST[1]]
    assert {r.text for r in c.removed if r.reason == "tail"} == {"Trending Now", "ALSO READ"}


TAILS = {
    "headlines": ["Flood warning issued for river towns", "Schools reopen after winter break"],
    "headline_and_lead": ["Flood warning issued for river towns", "Residents were told to move their cars."],
    "lead_then_headline": [LAST[1], "Schools reopen after winter break"],
    "short_leads_then_headline": [LAST[0], LAST[1], "Schools reopen after winter break"],  # no running prose
    "teaser_cut_short": ["Residents of three river towns were told on Monday to move their cars to higher..."],
    "stamp": [LAST[0], "Published Mar 1, 2021 at 9:05 a.m. IST"],
    "question": ["Will the strike spread to the trams?"],
}


@pytest.mark.parametrize("case", sorted(TAILS))
def test_clean_tail_fields_heading_over_other_stories_still_cuts_them(case):
    c = clean_text(_dump([*BODY, "Trending Now", *TAILS[case]]))
    assert c.text.split("\n\n") == BODY
    assert {r.text for r in c.removed if r.reason == "tail"} >= {"Trending Now", *TAILS[case]} - {LAST[0]}


def test_clean_tail_fields_only_in_a_dumps_text():
    # the same lines as a page of their own (no field labels): one sentence under a tail heading is a tail there
    assert _lines("\n\n".join([*BODY, "Trending Now", LAST[1]])) == BODY
    assert not other_stories_follow([LAST[1]], DEFAULT, field_text=True)
    assert other_stories_follow([LAST[1]], DEFAULT)
    assert other_stories_follow(["ALSO READ", LAST[1]], DEFAULT)
    assert not other_stories_follow(["ALSO READ", LAST[1]], DEFAULT, field_text=True)
    assert other_stories_follow([], DEFAULT, field_text=True)  # a heading closing the text goes alone either way
    assert other_stories_follow([LAST[1], "Related", LAST[2]], DEFAULT, field_text=True)  # the end, not a heading


def test_clean_tail_fields_words_are_read_from_the_settings():
    text = _dump([*BODY, "Trending Now", LAST[0]])  # 5 words
    assert _lines(text) == [*BODY, LAST[0]]
    assert clean_text(text, settings=DEFAULT.replace(CLEAN_TAIL_FIELD_LAST_MIN_WORDS=6)).text.split("\n\n") == BODY
    assert clean_text(text, settings=DEFAULT.replace(CLEAN_TAIL_FIELD_LAST_MIN_WORDS=0)).text.split("\n\n") == BODY
    assert not other_stories_follow(["Two words."], DEFAULT.replace(CLEAN_TAIL_FIELD_LAST_MIN_WORDS=2),
                                    field_text=True)
    assert other_stories_follow(["Two words."], DEFAULT, field_text=True)


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@given(st.lists(st.lists(_WORD, min_size=4, max_size=14), min_size=1, max_size=3))
def test_clean_tail_fields_sentences_to_the_end_are_the_article(sentences):
    lines = [" ".join(ws).capitalize() + "." for ws in sentences]
    assert not other_stories_follow(lines, DEFAULT, field_text=True)
    assert not other_stories_follow(["Trending Now", *lines], DEFAULT, field_text=True)
    # a headline (no sentence end) below, before CLEAN_TAIL_BODY_MIN_LINES sentences, makes it other stories
    for k in range(min(len(lines), DEFAULT.CLEAN_TAIL_BODY_MIN_LINES - 1) + 1):
        assert other_stories_follow([*lines[:k], "Flood warning issued for river towns", *lines[k:]], DEFAULT,
                                    field_text=True)
