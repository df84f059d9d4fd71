"""The dating sizes are named settings (issue 9): each test shows the behaviour at the setting's edge and that the
module reads the setting (patched, the edge moves)."""

import pytest

from newsdesk.dates import leads, statements
from newsdesk.dates import publication as pub
from newsdesk.html import dates as html_dates
from newsdesk.settings import (
    DATING_EARLIEST_DAY,
    DATING_LEAD_WEEKDAY_CHARS,
    DATING_META_LINE_MAX_CHARS,
    DATING_PROSE_LONG_WORDS,
    DATING_PROSE_MIN_WORDS,
    DATING_STATEMENT_MAX_GAP_CHARS,
    DATING_TOP_BODY_WORDS,
)


def _words(n: int, end: str = "") -> str:
    return " ".join(["word"] * n) + end


def test_dating_prose_min_words(monkeypatch):
    assert pub._prose_words(_words(DATING_PROSE_MIN_WORDS, ".")) == DATING_PROSE_MIN_WORDS
    assert pub._prose_words(_words(DATING_PROSE_MIN_WORDS - 1, ".")) == 0
    monkeypatch.setattr(leads, "DATING_PROSE_MIN_WORDS", DATING_PROSE_MIN_WORDS - 1)
    assert pub._prose_words(_words(DATING_PROSE_MIN_WORDS - 1, ".")) == DATING_PROSE_MIN_WORDS - 1


def test_dating_prose_long_words(monkeypatch):
    assert pub._prose_words(_words(DATING_PROSE_LONG_WORDS)) == DATING_PROSE_LONG_WORDS
    assert pub._prose_words(_words(DATING_PROSE_LONG_WORDS - 1)) == 0
    monkeypatch.setattr(leads, "DATING_PROSE_LONG_WORDS", DATING_PROSE_LONG_WORDS - 1)
    assert pub._prose_words(_words(DATING_PROSE_LONG_WORDS - 1)) == DATING_PROSE_LONG_WORDS - 1


def test_dating_top_date_stops_at_the_body(monkeypatch):
    lines = ["Kabinett", _words(DATING_TOP_BODY_WORDS + 1), "5. März 2021"]
    assert pub.top_date(lines) == (None, None)
    assert pub.top_date(["Kabinett", _words(DATING_TOP_BODY_WORDS), "5. März 2021"])[0] == "2021-03-05"
    monkeypatch.setattr(pub, "DATING_TOP_BODY_WORDS", DATING_TOP_BODY_WORDS + 1)
    assert pub.top_date(lines)[0] == "2021-03-05"


def test_dating_lead_weekday_window(monkeypatch):
    near = "x" * (DATING_LEAD_WEEKDAY_CHARS - len(" on Friday")) + " on Friday"
    far = "x" * DATING_LEAD_WEEKDAY_CHARS + " on Friday"
    assert pub.lead_weekday(near) == 4 and pub.lead_weekday(far) is None
    monkeypatch.setattr(leads, "DATING_LEAD_WEEKDAY_CHARS", len(far))
    assert pub.lead_weekday(far) == 4


def test_dating_statement_gap(monkeypatch):
    assert pub.statement_date("This article was first published on 2 July 2008.") == "2008-07-02"
    late = "Published in the print edition of 2 July 2008"
    assert len("in the print edition of ") > DATING_STATEMENT_MAX_GAP_CHARS
    assert pub.statement_date(late) is None
    monkeypatch.setattr(statements, "DATING_STATEMENT_MAX_GAP_CHARS", len("in the print edition of "))
    assert pub.statement_date(late) == "2008-07-02"


def test_dating_meta_line_length(monkeypatch):
    head = "Nachricht | 30.10.2021 Migration / Flucht "
    short = head + "x" * (DATING_META_LINE_MAX_CHARS - len(head))
    long = head + "x" * (DATING_META_LINE_MAX_CHARS + 1 - len(head))
    assert pub._stamp_day(short) == "2021-10-30"
    assert pub._stamp_day(long) is None
    monkeypatch.setattr(pub, "DATING_META_LINE_MAX_CHARS", len(long))
    assert pub._stamp_day(long) == "2021-10-30"


@pytest.mark.parametrize("day", ["1994-12-31", "1912-09-28"])
def test_dating_earliest_day_for_text_and_html(day):
    assert day < DATING_EARLIEST_DAY
    assert pub._EARLIEST_WEB_DAY == DATING_EARLIEST_DAY
    assert pub._stamp_day(day) is None and pub._stamp_day(DATING_EARLIEST_DAY) == DATING_EARLIEST_DAY
    assert html_dates._iso_day(day) is None and html_dates._iso_day(DATING_EARLIEST_DAY) == DATING_EARLIEST_DAY
