"""Issue 14 (tailjunk, session 9): below the article's share bar or sign-up form, the site's closing run goes.

A page closes an article with its own machinery (a share bar, a newsletter or comment form) and then the site's
closing run: readers' comments, the writer's bio, the site describing itself, a donation call, a legal footer, all
written as full sentences that no vocabulary rule may take. clean/tail.py closing_after_mark cuts what follows such
a line when it is short next to the article above it (CLEAN_CLOSING_MAX_SHARE); a share bar under the lead, with
the article below it, cuts nothing. Hand-written texts, none from a dev set."""

from article_lines import COUNCIL, paragraphs
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.tail import closing_after_mark
from newsdesk.settings import DEFAULT

ARTICLE = [
    *COUNCIL,
    "Work is due to start in August and to end before the first snow, the city engineer said, if the contractor "
    "can find enough steel at the prices it quoted in its bid to the council in April.",
]
CLOSING = [
    "What a relief for everyone on the east side, thank you for covering this story so closely all spring.",
    "Jane Porter is a reporter who covers city hall and the county courts for the Gazette.",
    "The Springfield Gazette is an independent newsroom that has served the valley since 1921.",
]
MARKS = ["Sign up for our newsletter to get the latest news in your inbox.", "Share this story on Facebook"]


def test_clean_closing_run_below_a_sign_up_form_goes():
    for mark in MARKS:
        c = clean_text(paragraphs(ARTICLE, [mark], CLOSING))
        assert c.text.split("\n\n") == ARTICLE
        assert [r.text for r in c.removed if r.reason == "closing"] == CLOSING


def test_clean_closing_run_stays_with_the_rule_off():
    off = DEFAULT.replace(CLEAN_CLOSING_MAX_SHARE=0.0)
    c = clean_text(paragraphs(ARTICLE, [MARKS[0]], CLOSING), settings=off)
    assert c.text.split("\n\n") == ARTICLE + CLOSING


def test_clean_closing_share_bar_under_the_lead_cuts_nothing():
    c = clean_text(paragraphs(ARTICLE[:1], [MARKS[1]], ARTICLE[1:]))
    assert c.text.split("\n\n") == ARTICLE
    assert not [r for r in c.removed if r.reason == "closing"]


def test_clean_closing_long_prompt_line_is_no_mark():
    long_mark = ("Sign up for our newsletter to get the latest news in your inbox every morning, with the council's "
                 "agenda, the week's court rulings and the school board's decisions.")
    assert len(long_mark.split()) > DEFAULT.CLEAN_CLOSING_MARK_MAX_WORDS
    c = clean_text(paragraphs(ARTICLE, [long_mark], CLOSING))
    assert c.text.split("\n\n")[-len(CLOSING):] == CLOSING


def _lines(*counts: int, end: str = ".") -> list[str]:
    return [" ".join(["word"] * n) + end for n in counts]


def _bare(*counts: int) -> list[str]:  # lines that end no sentence: none is the article going on
    return _lines(*counts, end="")


def test_clean_closing_after_mark_bounds():
    cfg = DEFAULT
    _lines = _bare  # noqa: N806 - the share bounds alone, with no paragraph below the mark
    assert closing_after_mark(_lines(60, 60, 30), [2], cfg) == 2  # 30 words below 120: the closing run
    assert closing_after_mark(_lines(60, 60, 20, 20, 20), [2], cfg) == 2
    assert closing_after_mark(_lines(60, 60, 90), [2], cfg) is None  # more than 0.6 of the text above
    assert closing_after_mark(_lines(40, 30, 10), [2], cfg) is None  # too little article above
    assert closing_after_mark(_lines(60, 60), [2], cfg) is None  # nothing below the mark
    assert closing_after_mark(_lines(60, 60, 30, 30), [1, 2], cfg) == 2  # the first mark that qualifies
    assert closing_after_mark(_lines(60, 60, 30), [], cfg) is None


def test_clean_closing_menu_the_mark_stands_in_is_no_article():
    # tests/test_clean_credits_and_junk.py junk insertion (session 10): 'Home' / 'Business' / a comment's stamp /
    # 'Login' (the mark) / 'World' between the 2nd and 3rd of three 45-word paragraphs: the menu's words made the
    # 90 words of article above the mark reach CLEAN_CLOSING_MIN_WORDS, and the 3rd paragraph went as 'closing'.
    # The short lines right above the mark that end no sentence are the menu it stands in, not the article.
    menu = _bare(3, 3, 8)
    assert closing_after_mark(_lines(45, 45) + menu + _bare(1) + _lines(45), [5], DEFAULT) is None
    # a long article above: the same run below the mark is the closing run (a comment form's fields, then the
    # site's self-description: plaintext_dev)
    assert closing_after_mark(_lines(60, 60) + menu + _bare(1) + _lines(45), [5], DEFAULT) == 5
    # a line that ends a sentence stops the menu: what is above it counts ('n.a.' rows of a results table)
    assert closing_after_mark(_lines(45, 45) + _bare(3) + _lines(8) + _bare(3, 8) + _bare(1) + _lines(45), [6],
                              DEFAULT) == 6


def test_clean_closing_article_paragraph_below_the_mark_stays():
    # a share bar that floats above the article's last paragraph (as long as the article's own) cuts nothing
    assert closing_after_mark(_lines(60, 60, 45), [2], DEFAULT) is None
    c = clean_text(paragraphs(ARTICLE[:3], [MARKS[0]], ["Officials said the work would be paid for by the state "
                                                        "and the city together, under the agreement signed last "
                                                        "week, and that the first lanes would reopen to traffic "
                                                        "before the first snow fell on the hills and the valley roads."]))
    assert not [r for r in c.removed if r.reason == "closing"]


@given(st.lists(st.integers(0, 80), max_size=12), st.lists(st.integers(0, 12), max_size=4))
def test_clean_closing_after_mark_never_cuts_more_than_its_share(counts, marks):
    lines = [" ".join(["word"] * n) for n in counts]  # no sentence end: no line is the article's paragraph
    cut = closing_after_mark(lines, sorted(marks), DEFAULT)
    if cut is not None:
        above = sum(counts[:cut])
        assert cut in marks and 0 < cut < len(counts)
        assert above >= DEFAULT.CLEAN_CLOSING_MIN_WORDS
        assert sum(counts[cut:]) <= DEFAULT.CLEAN_CLOSING_MAX_SHARE * above


@given(st.lists(st.sampled_from(ARTICLE), min_size=2, max_size=6, unique=True),
       st.lists(st.sampled_from(CLOSING), min_size=1, max_size=3, unique=True), st.sampled_from(MARKS))
def test_clean_closing_no_article_line_lost_and_idempotent(article, closing, mark):
    words_above = sum(len(a.split()) for a in article)
    c = clean_text(paragraphs(article, [mark], closing))
    kept = c.text.split("\n\n")
    assert kept[:len(article)] == article  # no article line is ever lost
    if words_above >= DEFAULT.CLEAN_CLOSING_MIN_WORDS and \
            sum(len(x.split()) for x in closing) <= DEFAULT.CLEAN_CLOSING_MAX_SHARE * words_above:
        assert kept == article
    assert clean_text(c.text).text == c.text


# issue 14 review (session 9): a newsletter promo between the article's paragraphs, with ordinary news paragraphs
# (20-35 words, shorter than CLEAN_TAIL_MAX_LEAD_WORDS) below it, cut them all when the guard needed 40 words
SHORT_PARAGRAPHS = [
    "The new services are expected to start running in March, according to the transport department, which still "
    "has to hire about sixty drivers.",
    "A final vote on the borrowing plan is scheduled for next month.",
]
PROMOS = ["Subscribe to our newsletter", "Sign up for our free daily newsletter"]


def test_clean_closing_promo_between_ordinary_paragraphs_cuts_nothing():
    assert DEFAULT.CLEAN_CLOSING_GOES_ON_WORDS <= len(SHORT_PARAGRAPHS[0].split()) < DEFAULT.CLEAN_TAIL_MAX_LEAD_WORDS
    for mark in PROMOS + MARKS:
        c = clean_text(paragraphs(ARTICLE, [mark], SHORT_PARAGRAPHS))
        assert c.text.split("\n\n") == ARTICLE + SHORT_PARAGRAPHS, mark
        assert not [r for r in c.removed if r.reason == "closing"]
    n = DEFAULT.CLEAN_CLOSING_GOES_ON_WORDS
    assert closing_after_mark(_lines(60, 60, n, 5), [2], DEFAULT) is None  # a paragraph of ordinary length goes on
    assert closing_after_mark(_lines(60, 60, n - 1, 5), [2], DEFAULT) == 2  # a shorter line is the closing run
    assert closing_after_mark(_lines(60, 60) + _bare(n, 5), [2], DEFAULT) == 2  # no sentence end: no paragraph


# readers' comments under a stamp ('name, date, time') go even when the first one is written like a paragraph
COMMENTS = [
    "Anna Keller 17 July 2024 at 13:04",
    "I drive that detour every single day and it has added almost half an hour to my commute, so this vote could "
    "not come soon enough for all of us.",
    "Tom R. 17 July 2024 at 15:22",
    "Finally some good news from the council.",
]


def test_clean_closing_comments_with_stamps_go_below_a_form():
    for mark in PROMOS + ["Leave a comment"]:
        c = clean_text(paragraphs(ARTICLE, [mark], COMMENTS[1:2], COMMENTS))
        assert c.text.split("\n\n") == ARTICLE, mark
    # a stamp anywhere below the mark: comments, whatever the first line
    assert closing_after_mark(_lines(60, 60, 30) + ["Anna 17 July 2024 13:04"] + _lines(10), [2], DEFAULT) == 2
    assert closing_after_mark(_lines(60, 60, 30) + ["Anna 17 July"] + _lines(10), [2], DEFAULT) is None
    for stamp in ["Reply · 3 June 2024", "Tom R. at 9.45 pm", "posted 2011-07-17"]:
        assert closing_after_mark(_lines(60, 60, 30) + [stamp] + _lines(10), [2], DEFAULT) == 2, stamp
    # a subheading with a year alone is the article's own: the paragraphs below the promo stay
    assert closing_after_mark(_lines(60, 60, 30) + ["The 2025 budget"] + _lines(10), [2], DEFAULT) is None


def test_clean_closing_only_the_next_paragraph_below_the_mark_says_the_article_goes_on():
    # a short line right below the mark that ends no sentence opens the closing run, however long a comment or note
    # further down is (a guard on every line below kept readers' long comments: e0d148f)
    long = DEFAULT.CLEAN_TAIL_MAX_LEAD_WORDS + 5
    assert closing_after_mark(_lines(100, 100) + _bare(5) + _lines(long), [2], DEFAULT) == 2
    # past the next paragraph (a one-sentence line and the line after it) a long comment is no article either
    assert closing_after_mark(_lines(100, 100, 5, 5, long), [2], DEFAULT) == 2
    # a one-sentence paragraph right below the mark, then an ordinary one: the article goes on (review, session 9)
    n = DEFAULT.CLEAN_CLOSING_GOES_ON_WORDS
    assert closing_after_mark(_lines(100, 100, 5, n), [2], DEFAULT) is None
    assert closing_after_mark(_lines(100, 100) + _bare(5) + _lines(n), [2], DEFAULT) == 2
    for mark in PROMOS:
        c = clean_text(paragraphs(ARTICLE, [mark], ["It was not immediately clear why."], SHORT_PARAGRAPHS))
        assert c.text.split("\n\n") == ARTICLE + ["It was not immediately clear why."] + SHORT_PARAGRAPHS, mark
