"""HTML publication day (`newsdesk.html.dates.publication_date`): htmldate's answer stands unless stronger evidence
disagrees. A day printed near the headline that no metadata confirms overrides it only when the headline's
surroundings print at most HTML_PRINTED_MAX_DAYS distinct days; more are a list of other stories' dates."""

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.html.dates import publication_date
from newsdesk.settings import HTML_PRINTED_MAX_DAYS


def _cands(printed, htmldate="2020-10-26", **meta):
    base = dict.fromkeys(("jsonld_published", "jsonld_modified", "meta_published", "meta_modified"))
    return {**base, **meta, "htmldate_original": htmldate, "headline": printed}


def test_dating_html_one_printed_day_beats_htmldate():
    assert publication_date(_cands([(40, "2020-08-09")])).published == "2020-08-09"


def test_dating_html_a_list_of_printed_days_leaves_htmldate():
    printed = [(40, "2020-08-09"), (300, "2020-05-25"), (600, "2019-06-21")]
    assert publication_date(_cands(printed)).published == "2020-10-26"
    # ... unless htmldate has nothing, or metadata confirms one of them
    assert publication_date(_cands(printed, htmldate=None)).published == "2020-08-09"
    assert publication_date(_cands(printed, jsonld_published="2020-05-25")).published == "2020-05-25"


@given(st.lists(st.dates().map(lambda d: d.isoformat()), min_size=1, max_size=6))
def test_dating_html_unconfirmed_printed_day_only_when_few(days):
    d = publication_date(_cands([(10 * i, day) for i, day in enumerate(days)], htmldate="1999-01-01"))
    expected = days[0] if len(set(days)) <= HTML_PRINTED_MAX_DAYS else "1999-01-01"
    assert d.published == expected or "1999-01-01" in days
