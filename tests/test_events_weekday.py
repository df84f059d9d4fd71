"""Inside a topic group an undated report naming none of the weekdays of most of the group's dated reports is of
another incident (`instance.weekday_apart`, EVENT_WEEKDAY_SHARE / EVENT_WEEKDAY_CONFLICT)."""

import importlib
from datetime import date

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from meeting_docs import assert_penalty_across, two_incidents, two_meetings

from newsdesk.events.instance import instance_keys, weekday_apart, weekday_masks
from newsdesk.settings import DEFAULT

cluster = importlib.import_module("newsdesk.events.cluster")


def _wdays(keys):
    return {int(v) for k, v in keys if k == "wday"}


def test_weekday_keys_undated_named_dated_resolved():
    # an undated report: the weekdays it names (Monday 0)
    assert _wdays(instance_keys(None, "Turkmens voted Sunday. Counting began on monday.", None, [])) == {6, 0}
    assert _wdays(instance_keys(None, "The patch came out in record time.", None, [])) == set()
    # a dated one (Tuesday 2013-04-09): the days it states ("Sunday" = 2013-04-07), not its publication day
    assert _wdays(instance_keys(None, "Four were shot Sunday.", date(2013, 4, 9), [])) == {6}
    assert _wdays(instance_keys(None, "No day here.", date(2013, 4, 9), [])) == set()


def _mask(*days):
    return sum(1 << d for d in days)


def test_weekday_apart_needs_most_dated_reports_missed():
    # four dated reports on Tuesday / Wednesday, one dated follow-up on Saturday; undated reports after them
    masks = np.array([_mask(1), _mask(1, 2), _mask(2), _mask(1), _mask(5),
                      _mask(3), _mask(1), _mask(5), 0], dtype=np.uint8)
    dated = np.array([True] * 5 + [False] * 4)
    A = weekday_apart(masks, dated, 0.75)
    assert A[5, :5].all() and A[:5, 5].all()  # "Thursday" misses all five dated reports
    assert not A[6].any()  # Tuesday misses two of five
    assert A[7, :4].all() and not A[7, 4]  # Saturday misses four of five (.8 > .75), not the Saturday follow-up
    B = weekday_apart(masks, dated, 0.9)
    assert B[5, :5].all() and not B[7].any()  # .8 is not more than .9
    assert not A[8].any()  # naming no weekday says nothing
    assert not A[5:, 5:].any() and not A[:5, :5].any()  # only undated x dated pairs
    assert not weekday_apart(masks, np.zeros(9, dtype=bool), 0.75).any()  # nothing dated: nothing apart


def _two_rules(undated_day: str):
    """One topic group: five reports dated Tuesday/Wednesday 2009-03-03/04 of an agency overturning a rule "on
    Tuesday", four undated reports of the rule's issue "on `undated_day`", vectors and words as close across as
    within."""
    return two_incidents(11, ("2009-03-03", "2009-03-04"), "The agency changed the species rule on Tuesday",
                         f"The agency changed the species rule on {undated_day}", ["ORG:interior department"])


def test_weekday_penalty_in_local_sim_and_local_row():
    assert_penalty_across(_two_rules("Thursday"), lambda: _two_rules("Tuesday"), DEFAULT,
                          DEFAULT.replace(EVENT_WEEKDAY_SHARE=None))


def test_weekday_split_keeps_the_other_day_apart():
    p = DEFAULT.replace(EVENT_SPLIT_THRESHOLD=-0.1)  # without the rule the two sides merge (across: -.036)
    got = sorted(map(sorted, cluster._split(_two_rules("Thursday"), p)))
    assert got == [["a0", "a1", "a2", "a3", "a4"], ["b0", "b1", "b2", "b3"]]
    assert len(cluster._split(_two_rules("Thursday"), p.replace(EVENT_WEEKDAY_SHARE=None))) == 1
    assert len(cluster._split(_two_rules("Tuesday"), p)) == 1


@given(st.lists(st.tuples(st.integers(0, 127), st.booleans()), min_size=1, max_size=12), st.floats(0, 1))
def test_weekday_apart_is_symmetric_and_only_across(rows, share):
    masks = np.array([m for m, _ in rows], dtype=np.uint8)
    dated = np.array([d for _, d in rows])
    A = weekday_apart(masks, dated, share)
    assert np.array_equal(A, A.T)
    assert not (A & (dated[:, None] == dated[None, :])).any()
    assert not (A & ((masks[:, None] & masks[None, :]) != 0)).any()


def test_weekday_masks_read_the_keys():
    # 2009-03-03 is a Tuesday: "on Tuesday" is that day, also from 2009-03-04 (its own Wednesday does not count)
    assert weekday_masks(_two_rules("Thursday")).tolist() == [_mask(1)] * 5 + [_mask(3)] * 4


def test_weekday_undated_report_joins_its_meeting_reported_next_day():
    # issue 13: two meetings of the same ministers in one topic group. Meeting 1's five dated reports came out the
    # day after it (Wednesday) without restating its weekday; meeting 2's two reports (2022) say "on Tuesday". An
    # undated report of meeting 1 says "on Tuesday" and is close to meeting 1 by content: it must join meeting 1
    # (a publication day counted as the incident's weekday put it apart from its own meeting, into meeting 2).
    ds = two_meetings("2022-03-08", "The French and German foreign ministers met in Brussels on Tuesday over gas "
                      "supplies, report {}.", 1.5, "The French and German foreign ministers met in Brussels on Tuesday "
                      "and agreed a joint energy plan.")
    assert not weekday_apart(weekday_masks(ds), np.array([True] * 7 + [False]), DEFAULT.EVENT_WEEKDAY_SHARE).any()
    groups = sorted(map(sorted, cluster._split(ds, DEFAULT)))
    assert ["m1_0", "m1_1", "m1_2", "m1_3", "m1_4", "undated_m1"] in groups
