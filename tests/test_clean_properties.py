"""Hypothesis properties of the plain-text normalisers: never raise, idempotent, dates in bounds."""

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.clean import CorpusStats, clean_text, repair
from newsdesk.dates import publication
from newsdesk.dates.grammar import normalise_date


def date_text(raw, cleaned=None, **kw):
    """Date `raw` as ingest does: cleaned first, then dated."""
    return publication.date_text(raw, cleaned if cleaned is not None else clean_text(raw), **kw)

JUNKY = st.sampled_from([
    "ADVERTISEMENT", "Share this article", "Tags:", "MH/PA", "Related", "“We will win.”", " date 2021-03-05 ",
    "WASHINGTON, March 5 (Reuters) - ", "All Content by X is licensed under a Creative Commons License.",
    "PHOTO: a view.", "{{slot}}", "\u00a0", "\r\n", "\n\n", "â€œ", "(Source: BBC)", "with agency inputs", ". ",
    "The minister said on Friday that talks would go on.", "Also read: ", "END", "9:12 am | Updated", "  ",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.one_of(JUNKY, st.text(max_size=40)), max_size=12).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_clean_never_raises_and_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once.text).text == once.text
    assert "\r" not in once.text and "\u00a0" not in once.text


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_clean_repair_is_idempotent(text):
    assert repair(repair(text)) == repair(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=8), TEXTS)
def test_clean_with_corpus_never_raises_and_is_idempotent(docs, text):
    stats = CorpusStats()
    for d in docs:
        stats.add("g", d)
    once = clean_text(text, stats=stats, group="g")
    assert clean_text(once.text, stats=stats, group="g").text == once.text
    assert CorpusStats.from_rows(stats.to_rows()).to_rows() == stats.to_rows()


def _valid_day(value):
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", value)
    day = dt.date.fromisoformat(value)
    assert 1900 <= day.year <= 2100


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.from_regex(r"[0-9]{1,4}[-/. ][0-9]{1,2}[-/. ][0-9]{1,4}", fullmatch=True),
                 st.dates().map(lambda d: d.strftime("%B %d, %Y")), st.integers(0, 2**34).map(str)))
def test_dating_normalise_date_always_valid_day_in_bounds(value):
    out = normalise_date(value)
    if out is not None:
        _valid_day(out)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.one_of(st.none(), st.text(max_size=30)))
def test_dating_date_text_never_raises_and_days_in_bounds(text, meta):
    d = date_text(text, meta_date=meta)
    for value in (d.published, d.page_date):
        if value is not None:
            _valid_day(value)
    assert d.evidence in (None, "metadata", "header", "dateline", "text")
    assert (d.published is None) == (d.evidence is None)
