"""Whole-page scrapes (session 14, page14): a breadcrumb trail that ends in the headline is no head line of the
article (clean/page.py trail_to, review13 finding 14), and a live blog's earlier entries below the article's run are
kept (clean/page.py entry_lines, review13 finding 15)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.page import entry_lines, line_score, trail_to
from newsdesk.settings import DEFAULT

MENU = ["Skip to content", "Home", "Region", "World", "Business", "Sports", "Culture", "Videos", "Subscribe", "Login"]
FOOT = ["About Us", "Contact Us", "Careers", "Privacy Policy", "Terms & Conditions",
        "Copyright © 2024 The Evening Courier. All rights reserved."]
HEAD = "Rains to reach the southern coast three days early, forecasters say"
STORY = ["Coastal City, June 2 - The seasonal rains are likely to reach the southern coast on Friday, three days "
         "ahead of their usual date, the national weather office said on Sunday.",
         "The office said winds over the sea had strengthened steadily over the past week and would carry the rains "
         "inland within two days.",
         "Farmers' unions welcomed the forecast, saying an early start would help them sow rice and cotton in time.",
         "\"We expect normal rainfall for the season as a whole,\" a senior forecaster told reporters."]


def _page(*body: str) -> str:
    return "\n".join([*MENU, *body, *FOOT]) + "\n"


def test_breadcrumb_ending_in_the_headline_goes_and_the_headline_is_the_title():
    # review13 finding 14: the trail 'Home / India / <headline>' was the text's first line and its title, the
    # headline itself went as a repeat of it
    for sep in ("/", ">", "»", "|"):
        crumb = f"Home {sep} Region {sep} {HEAD}"
        out = clean_text(_page(crumb, HEAD, "Updated: June 2, 2024, 16:07", "By Staff Reporter", *STORY))
        assert crumb not in out.text, sep
        assert out.title == HEAD, sep
        assert out.text.startswith(HEAD), sep
        assert all(p in out.text for p in STORY), sep


def test_trail_to_needs_a_trail_of_section_names():
    assert trail_to(f"Home / India / {HEAD}", HEAD)
    assert trail_to(f"News > World > Asia > {HEAD}", HEAD)
    assert not trail_to(HEAD, HEAD)  # the headline itself
    assert not trail_to(f"Home / {HEAD}", HEAD)  # two parts: a kicker as often as a trail (CLEAN_CRUMB_MIN_PARTS 3)
    assert not trail_to(f"Updated live: the latest news / {HEAD}", HEAD)
    assert not trail_to(f"The minister said on Monday. / It rained. / {HEAD}", HEAD)  # sentences, no sections
    assert not trail_to(f"Home / India / {HEAD}", "Another headline of the page")
    assert not trail_to(f"Home / India / {HEAD}", HEAD, DEFAULT.replace(CLEAN_CRUMB_MIN_PARTS=0))


ENTRIES = [("12:45 IST", "The finance minister has finished her speech, which lasted 85 minutes."),
           ("12:30 IST", "Income tax: the standard deduction rises to 75,000 rupees, the minister said."),
           ("12:10 IST", "Fiscal deficit target for next year set at 4.9 percent of GDP."),
           ("11:00 IST", "The minister has begun her speech in parliament.")]


def test_live_blog_keeps_its_earliest_entry():
    # review13 finding 15: the last (earliest) entry, a short statement below the run, went as 'page'
    body = [line for e in ENTRIES for line in e]
    out = clean_text(_page("Budget live: the finance minister presents the budget", "Live", "Updated 2 minutes ago",
                           *body, "Load more"))
    assert all(sentence in out.text for _, sentence in ENTRIES)
    assert "Load more" not in out.text and "Privacy Policy" not in out.text


def _scores(lines: list[str]) -> list[float]:
    return [line_score(s) for s in lines]


def test_entry_lines_need_stamps_of_one_shape_inside_the_run():
    body = [line for e in ENTRIES for line in e]
    lines = [*body, "Load more"]
    sc = _scores(lines)
    assert entry_lines(lines, sc, [(1, 6)]) == {6, 7}
    assert entry_lines(lines, sc, [(1, 6)], DEFAULT.replace(CLEAN_PAGE_ENTRY_MIN_STAMPS=0)) == set()
    assert entry_lines(lines, sc, [(1, 4)]) == set()  # one stamp inside the run: no structure yet
    other = [*body[:6], "Read next", "The minister has begun her speech in parliament."]
    assert entry_lines(other, _scores(other), [(1, 6)]) == set()  # a heading of another shape below the run
    credits = ["©5 Minutes", "A cleaner at work in the new office block in the city centre on a quiet Monday morning.",
               "©5 Minutes", "A cleaner at work in the new office block in the city centre on a quiet Friday evening.",
               "©5 Minutes", "Thanks to the team you need not worry about a thing!"]
    assert entry_lines(credits, _scores(credits), [(1, 4)]) == set()  # a photo credit's figure is no time of day
    teaser = [*body[:6], "10:05 IST", "What will the budget mean for you?"]
    assert entry_lines(teaser, _scores(teaser), [(1, 6)]) == set()  # a question is a teaser, no statement


_TIME = st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda t: f"{t[0]}:{t[1]:02d}")


@settings(max_examples=40, deadline=None)
@given(st.lists(_TIME, min_size=4, max_size=8), st.sampled_from(["IST", "Uhr", "GMT", "h"]))
def test_entries_below_the_run_are_all_kept(times, zone):
    sentences = ["The committee approved the budget by a narrow margin after a long debate in the chamber today.",
                 "Opposition members walked out of the session before the vote, calling the process rushed.",
                 "The speaker adjourned the house until Monday."]
    lines = [x for k, t in enumerate(times) for x in (f"{t} {zone}", sentences[min(k, 2)])]
    sc = _scores(lines)
    got = entry_lines(lines, sc, [(1, 6)])  # the run holds two entries after the first one's stamp
    assert got == set(range(6, len(lines)))


def test_closing_statement_above_the_tags_line_is_kept():
    # CLEAN_PAGE_CLOSING_MARK 2: a short last statement straight under the article's run, the line rules' furniture
    # (tags, a share bar) right below it: the article ends there
    from newsdesk.clean.page import closing_lines
    last = "I hope you like the new look."
    lines = [*MENU, HEAD, *STORY, last, "Tags: Weather, Rain", "Share", "Leave a comment", *FOOT]
    sc = [line_score(s) for s in lines]
    start = len(MENU) + 1
    spans = [(start, start + len(STORY))]
    assert closing_lines(lines, sc, spans) == {start + len(STORY)}
    assert closing_lines(lines, sc, spans, DEFAULT.replace(CLEAN_PAGE_CLOSING_MARK=1)) == set()
    teaser = [*lines[:start + len(STORY)], last, "Another story of the site", "Share", *FOOT]
    assert closing_lines(teaser, [line_score(s) for s in teaser], spans) == set()  # a headline below: a teaser
    out = clean_text("\n".join(lines) + "\n")
    assert last in out.text and "Leave a comment" not in out.text


def test_a_short_lead_above_the_body_is_kept():
    # CLEAN_PAGE_LEAD_MIN_WORDS 15 (was 20): a standfirst of 15-19 words under the headline, apart from the body by
    # the byline, the date and a share bar, is the article's lead
    lead = "Forecasters expect the rains on the southern coast on Friday, three days before their usual date."
    page = _page(HEAD, lead, "By Staff Reporter", "June 2, 2024", "Share", "Tweet", "Email", "Print", *STORY)
    assert 15 <= line_score(lead) < 20
    assert lead in clean_text(page).text
    assert lead not in clean_text(page, settings=DEFAULT.replace(CLEAN_PAGE_LEAD_MIN_WORDS=20)).text
