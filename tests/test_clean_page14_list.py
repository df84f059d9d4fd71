"""An article with a list in it is no whole page (session 14, page14; review13 finding 2): a headline, its lead, a
list of short lines (a team line-up, a recipe's ingredients, a season's promoted and relegated clubs) and the
closing paragraphs kept whole (clean/page.py article_alone)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.page import article_alone, is_whole_page, line_score
from newsdesk.settings import DEFAULT

HEAD = "Wales name unchanged side for Cardiff"
LEAD = "Wales have named an unchanged team for Saturday's match against Scotland at the Principality Stadium."
SQUAD = ["Liam Williams", "Louis Rees-Zammit", "Nick Tompkins", "George North", "Josh Adams", "Dan Biggar",
         "Tomos Williams"]
QUOTE = ("The head coach said the squad had trained well all week and that he saw no reason at all to change a "
         "winning side.")
LAST = "Kick-off is at 2.15pm on Saturday."


def _doc(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_line_up_between_lead_and_quote_keeps_every_line():
    out = clean_text(_doc(HEAD, LEAD, *SQUAD, QUOTE, LAST))
    assert out.title == HEAD
    for line in (HEAD, LEAD, *SQUAD, QUOTE, LAST):
        assert line in out.text, line


def test_ingredients_keep_the_lead_and_the_list():
    head = "A quick bean stew for weeknights"
    lead = "This stew takes half an hour and uses only what most cupboards already hold."
    items = ["400g tinned beans", "2 onions, sliced", "3 cloves of garlic", "2 tsp smoked paprika", "1 lemon"]
    steps = ["Soften the onions and garlic in a little oil for ten minutes, then stir in the paprika and cook on.",
             "Add the beans with their liquid, simmer for fifteen minutes and finish with the lemon's juice."]
    out = clean_text(_doc(head, lead, "You will need", *items, *steps))
    for line in (head, lead, *items, *steps):
        assert line in out.text, line


def test_article_alone_needs_the_article_frame():
    lines = [HEAD, LEAD, *SQUAD, QUOTE, LAST]
    sc = [line_score(s) for s in lines]
    assert is_whole_page(lines, DEFAULT.replace(CLEAN_PAGE_ALONE_MAX_LISTS=0))  # the shape alone reads as a page
    assert article_alone(lines, sc) and not is_whole_page(lines)
    assert not article_alone(lines, sc, DEFAULT.replace(CLEAN_PAGE_ALONE_MAX_LISTS=0))
    menu = ["Home", "News", "Sport", "Weather"]
    page = [*menu, *lines]
    assert not article_alone(page, [line_score(s) for s in page])  # a menu above the first paragraph
    foot = [*lines, "Privacy", "Contact us"]
    assert not article_alone(foot, [line_score(s) for s in foot])  # a footer below the last paragraph
    boxes = [HEAD, LEAD, *SQUAD[:3], QUOTE, *SQUAD[3:], QUOTE, "Share", "Tweet", QUOTE, LAST]
    assert not article_alone(boxes, [line_score(s) for s in boxes])  # boxes part the text in three places
    ask = [*lines[:-1], "What do you make of the side?"]
    assert not article_alone(ask, [line_score(s) for s in ask])  # a question closes a page's prompt, no article


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["Home", "News", "Sport", "Login", "Subscribe", "About us", "Weather"]),
                min_size=1, max_size=6))
def test_a_menu_above_keeps_the_page_path(menu):
    lines = [*menu, HEAD, LEAD, *SQUAD, QUOTE, LAST]
    assert not article_alone(lines, [line_score(s) for s in lines])
