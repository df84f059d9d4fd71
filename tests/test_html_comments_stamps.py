"""Readers' comments are no date source, and a day written for readers inside a machine-dated element is a stamp
(session 9, probes html_comment_dates and html_abbr_stamp_in_text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.html import extract_html, parse_html
from newsdesk.html.body import _dateline, _stamps
from newsdesk.html.dates import date_candidates, headline_dates
from newsdesk.html.page import comment_sections
from newsdesk.settings import HTML_STAMP_MIN_CHARS

BODY = ("<p>The city council voted on Tuesday to extend the opening hours of all public libraries until ten at "
        "night.</p><p>The change costs about two hundred thousand euros a year, the finance office said.</p>"
        "<p>Librarians' unions welcomed the vote but asked for more staff on the evening shifts.</p>")
TITLE = "Council extends library opening hours"


def _page(between: str = "", after: str = "", footer: str = "") -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><nav><a href='/'>Start</a></nav><article>"
            f"<h1>{TITLE}</h1>{between}{BODY}</article>{after}<footer>{footer}</footer></body></html>")


COMMENTS = ("<div id='comments'><div class='comment-meta'>Kurt · 2 June 2019</div><p>Finally!</p>"
            "<div class='comment-meta'>Lea · 4 June 2019</div><p>About time.</p></div>")


def test_html_comment_dates_date_no_page():
    """Only the comments under the story carry days: the page states none (htmldate alone takes a comment's)."""
    _, dating = extract_html(_page(after=COMMENTS, footer="© 2024 Town Crier"))
    assert dating.published is None


def test_html_comment_dates_leave_the_articles_own_day():
    """A day printed with the story stays the publication day; the comments' days are not candidates."""
    cleaned, dating = extract_html(_page(between="<p class='meta'>Posted 28 May 2019</p>", after=COMMENTS))
    assert dating.published == "2019-05-28"
    tree = parse_html(_page(between="<p class='meta'>Posted 28 May 2019</p>", after=COMMENTS))
    assert [d for _, d in headline_dates(tree, TITLE, 150, 1000)] == ["2019-05-28"]
    assert date_candidates(tree, None, TITLE)["htmldate_original"] == "2019-05-28"
    assert "Finally!" not in cleaned.text


def test_html_comment_section_never_holds_the_headline():
    """A page whose whole article sits in a 'comment...'-classed wrapper keeps its dates."""
    doc = (f"<html><body><div class='comment-wrap'><h1>{TITLE}</h1><p>Posted 28 May 2019</p>{BODY}</div>"
           "</body></html>")
    tree = parse_html(doc)
    assert comment_sections(tree, TITLE) == []
    assert extract_html(doc)[1].published == "2019-05-28"


def test_html_abbr_stamp_leaves_the_text():
    """<abbr class='published' title=ISO>Mar 12</abbr>: the day dates the page, its yearless text is a stamp."""
    stamp = "<abbr class='published' title='2021-03-12T10:00:00Z'>Mar 12</abbr>"
    cleaned, dating = extract_html(_page(between=stamp))
    assert dating.published == "2021-03-12"
    assert not cleaned.text.startswith("Mar 12")
    assert "The city council voted on Tuesday" in cleaned.text.split("\n\n")[0]


def test_html_stamp_texts_come_from_machine_dated_elements_only():
    tree = parse_html(_page(between="<span title='a note'>May 3</span><time datetime='2021-03-12'>Friday, 12 "
                                    "March</time><abbr title='2021-03-12T10:00Z'>Mar 12</abbr>"))
    assert _stamps(tree) == {"Friday, 12 March", "Mar 12"}
    assert _dateline("Updated Mar 12", {"Mar 12"})
    assert not _dateline("Updated Mar 12", set())
    assert not _dateline("Shares fell on Mar 12 after the report.", {"Mar 12"})


def test_html_stamp_texts_shorter_than_the_minimum_are_no_stamps():
    """A machine-dated element printing fewer than HTML_STAMP_MIN_CHARS characters ('12', an icon's letter) gives no
    stamp text: it would make every short line that holds it a timestamp line."""
    short = "1234567890"[:HTML_STAMP_MIN_CHARS - 1]
    tree = parse_html(_page(between=f"<time datetime='2021-03-12'>{short}</time><abbr title='2021-03-12'>Mar "
                                    "12</abbr>"))
    assert _stamps(tree) == {"Mar 12"}
    assert not _dateline(f"Section {short}", _stamps(tree))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&"), max_size=40))
def test_html_stamp_rule_keeps_every_body_line_whatever_the_stamp_says(label):
    """Whatever an element with a machine-readable day prints, the paragraphs of the story stay, and no traceback."""
    cleaned, _ = extract_html(_page(between=f"<time datetime='2021-03-12'>{label}</time>"))
    for sentence in ("The city council voted on Tuesday", "The change costs about two hundred thousand euros",
                     "Librarians' unions welcomed the vote"):
        assert sentence in cleaned.text
