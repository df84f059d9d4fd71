"""Session 6 review: regressions found in the session's changes, each test failing without its fix."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.publication import date_text
from newsdesk.html import body as html_body
from newsdesk.html import extract_html


def _para(k: int) -> str:
    return (f"<p>Paragraph {k} of the story tells what the council decided about the new bridge over the river, "
            "and why the vote took so long this year.</p>")


def test_html_body_split_around_an_inline_box_keeps_its_last_part():
    """html.body._after_container: the rest of an article body split around an ad (a later element of the
    container's tag and class) is the article's, not a box after it; a box after the body still goes."""
    page = ("<html><head><title>Council votes on bridge</title></head><body><main><article>"
            "<h1>Council votes on bridge</h1>"
            "<div class='body'>" + "".join(_para(k) for k in range(1, 21)) + "</div>"
            "<div class='ad'><a href='/ad'>Advertisement</a></div>"
            "<div class='body'>" + _para(21) + "</div>"
            "<div class='contact'><p>Questions? Write to the press office of the town hall any weekday.</p></div>"
            "</article></main></body></html>")
    text = extract_html(page)[0].text
    assert all(f"Paragraph {k} of the story" in text for k in range(1, 22))
    assert "press office" not in text


@pytest.mark.parametrize("opening", ["Windows 10 out - Microsoft released", "Game 7 set: The Lakers play",
                                     "Galaxy S 9 ago - Samsung said", "Season 2 gen: The new cars"])
def test_dating_short_foreign_month_words_open_no_dateline(opening):
    """dates.grammar: a yearless day in another language's month is a dateline's date only with the place's comma
    and an agency ('Paris, 28 avril (AFP) -'); 'out', 'set', 'ago', 'gen' are month names in some language."""
    assert match_dateline(opening + " the news on the day.") is None


def test_dating_no_day_invented_from_a_foreign_month_word():
    raw = ("March 14, 2021\n\nSeason 2 gen: The new cars of the second generation arrive in the shops after a long "
           "wait for buyers.\n\nBoth makers said they were ready for the launch and fans have bought many of them "
           "already.\n")
    assert date_text(raw, clean_text(raw)).published == "2021-03-14"  # the page's day, not January 2 (read '2 gen')


@pytest.mark.parametrize(("line", "month_day"), [("Berlin, 28. April (dpa) - Die", (4, 28)),
                                                 ("Paris, 28 avril (AFP) - Le", (4, 28)),
                                                 ("Madrid, 28 abr (EFE).-El", (4, 28)),
                                                 ("PARIS 28 avril - Le", None)])
def test_dating_foreign_yearless_datelines_with_comma_and_agency(line, month_day):
    assert match_dateline(line).month_day == month_day


def test_html_timestamp_rule_reads_month_names_only():
    """html.body._dateline: a word before a day and a year is a date only when it is a month name (any language);
    a short subheading such as 'Season 2, 2019' or 'Windows 10 2004' is no timestamp line."""
    page = ("<html><body><article><h1>Ten years of the show</h1>"
            + _para(1) + "<h2>Season 2, 2019</h2>" + _para(2) + "<h2>Windows 10 2004</h2>" + _para(3)
            + "</article></body></html>")
    text = extract_html(page)[0].text
    assert "Season 2, 2019" in text and "Windows 10 2004" in text
    assert html_body._dateline("Updated June 13, 2019") and html_body._dateline("Publié le 3 mai 2021")


def test_events_instance_times_search_each_line_for_a_stamp_once(monkeypatch):
    """events.instance._times: a stamp word is looked for once per line, not once per time of day (quadratic on a
    long one-line text: 344 KB took 37 CPU s); the same times, and a stamp's time still left out."""
    from newsdesk.events import instance

    class Counting:
        def __init__(self, pattern):
            self.pattern, self.calls = pattern, 0

        def search(self, *args):
            self.calls += 1
            return self.pattern.search(*args)

    stamp = Counting(instance._STAMP)
    monkeypatch.setattr(instance, "_STAMP", stamp)
    text = "The meeting began at 5 pm and ended at 7:15 p.m. later. " * 500
    assert instance._times(text + "\nUpdated: Friday, January 31, 2014 10:21 AM") == {"17:00", "19:15"}
    assert stamp.calls <= 2  # one per line
