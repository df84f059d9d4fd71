"""Event date consensus ignores background dates far from the articles' publication days."""

from newsdesk import coding
from newsdesk.model import Article, Record


def _art(aid, day):
    return Article(aid, aid, "S", None, "t", "text", "text", day, "metadata", None, "en", (), (), "now")


def _rec(day, evidence="The store opened on April 28, 2003."):
    return Record("r" + day, None, "Apple", None, "CONSULT", None, None, None, day, None, evidence, ("a1",))


def test_coding_event_date_ignores_background_dates():
    arts = [_art("a1", "2008-01-09")]
    date, _ = coding.event_when_where(arts, [_rec("2003-04-28"), _rec("2003-04-28")])
    assert date == "2008-01-09"


def test_coding_event_date_keeps_recent_resolved_day():
    arts = [_art("a1", "2008-01-09"), _art("a2", "2008-01-10")]
    date, _ = coding.event_when_where(arts, [_rec("2008-01-04", "They met on Friday.")])
    assert date == "2008-01-04"
