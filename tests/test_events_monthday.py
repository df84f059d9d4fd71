"""Inside a topic group an undated report whose own month-days miss those of most of the group's dated reports is of
another incident (`instance.own_monthdays`, `monthday_apart`, EVENT_MONTHDAY_TOL with the weekday rule's share and
penalty)."""

import importlib
from datetime import date

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from meeting_docs import MEETING, assert_penalty_across, two_incidents, two_meetings

from newsdesk.events.instance import instance_keys, monthday_apart, monthday_sets, own_monthdays
from newsdesk.settings import DEFAULT

cluster = importlib.import_module("newsdesk.events.cluster")


def _yd(m, d):
    return date(2001, m, d).timetuple().tm_yday


def test_own_monthdays_not_births_ages_or_plans():
    assert own_monthdays("Microsoft went into emergency mode on December 9 after it learned of the flaw.") == {_yd(12, 9)}
    assert own_monthdays("Attacks began after the monthly bulletin release Dec. 9.") == {_yd(12, 9)}
    assert own_monthdays("Teixeira, who turns 29 on April 11, has averaged 30 homers.") == set()
    assert own_monthdays("Page was born on April 22, 1923, in Nashville.") == set()
    assert own_monthdays("Service should be back to normal by Dec. 31.") == set()
    assert own_monthdays("The sequel has a release date of 22 November 2013.") == set()
    assert own_monthdays("It may miss its November 22, 2013 release date.") == set()
    assert own_monthdays("Its next set of updates is due Jan. 13.") == set()
    assert own_monthdays("Leap day: on Feb. 29 the vote was held.") == {_yd(2, 28)}
    # only undated articles carry the keys
    assert {k for k, _ in instance_keys(None, "It fell on December 9.", date(2008, 12, 10), [])} & {"mday"} == set()
    assert ("mday", str(_yd(12, 9))) in instance_keys(None, "It fell on December 9.", None, [])


def test_monthday_apart_needs_most_dated_reports_missed():
    sets = [{_yd(9, 17)}, {_yd(9, 18)}, {_yd(9, 19)}, {_yd(12, 10)},  # dated: three in September, one in December
            {_yd(12, 9)}, {_yd(9, 30)}, {_yd(10, 25)}, set(), {_yd(1, 2)}]
    dated = np.array([True] * 4 + [False] * 5)
    A = monthday_apart(sets, dated, 0.67, 30)
    assert A[4, :3].all() and not A[4, 3] and A[:3, 4].all()  # Dec 9 misses the three Septembers (.75 > .67)
    assert not A[5].any()  # Sep 30: within 30 days of them
    assert A[6, :3].all() and A[6, 3]  # Oct 25 is more than 30 days from all four
    assert not A[7].any()  # no month-day: says nothing
    assert A[8, :3].all() and not A[8, 3]  # Jan 2 is 23 days after Dec 10 across the year's end
    assert not monthday_apart(sets, dated, 0.8, 30)[4].any()  # .75 is not more than .8
    assert not (A & (dated[:, None] == dated[None, :])).any()
    assert not monthday_apart(sets, np.zeros(9, dtype=bool), 0.67, 30).any()


def _two_patches(undated_day: str):
    """One topic group: five reports dated 2013-09-17/18 of an emergency patch, four undated reports of another patch
    "on `undated_day`", vectors and words as close across as within."""
    return two_incidents(7, ("2013-09-17", "2013-09-18"), "The company released an emergency patch for the browser",
                         f"The company went into emergency mode on {undated_day} and released a patch for the browser",
                         ["ORG:microsoft"])


def test_monthday_penalty_in_local_sim_and_local_row():
    assert_penalty_across(_two_patches("December 9"), lambda: _two_patches("September 17"), DEFAULT,
                          DEFAULT.replace(EVENT_MONTHDAY_TOL=None))


def test_monthday_split_keeps_the_other_patch_apart():
    p = DEFAULT.replace(EVENT_SPLIT_THRESHOLD=-0.1)
    got = sorted(map(sorted, cluster._split(_two_patches("December 9"), p)))
    assert got == [["a0", "a1", "a2", "a3", "a4"], ["b0", "b1", "b2", "b3"]]
    assert len(cluster._split(_two_patches("December 9"), p.replace(EVENT_MONTHDAY_TOL=None))) == 1
    assert len(cluster._split(_two_patches("September 17"), p)) == 1


@given(st.text(max_size=300))
def test_own_monthdays_never_raise(text):
    assert all(1 <= d <= 365 for d in own_monthdays(text))


def test_monthday_sets_read_the_keys():
    ds = _two_patches("December 9")
    assert monthday_sets(ds) == [{_yd(9, 17)}, {_yd(9, 18)}] * 2 + [{_yd(9, 17)}] + [{_yd(12, 9)}] * 4


def test_own_monthdays_not_an_earlier_incident_named_before_it():
    # review, session 9: a background date of an earlier incident in the clause before it is not the incident's own
    assert own_monthdays("The ministers, who last met on June 5, met again in Brussels.") == set()
    assert own_monthdays("Prices have doubled since May 3 across the region.") == set()
    assert own_monthdays("At a previous meeting on March 2 they disagreed.") == set()
    # an earlier-word in another clause does not hide the incident's own day
    assert own_monthdays("Unlike last year, the ministers met on June 5.") == {_yd(6, 5)}


def _pairwise_apart(sets, dated, share, tol):
    """The plain pair loop `monthday_apart` must equal (its vectorised form replaced this, review session 9)."""
    n = len(sets)
    out = np.zeros((n, n), dtype=bool)
    ref = [j for j in range(n) if dated[j] and sets[j]]
    for i in range(n):
        if dated[i] or not sets[i] or not ref:
            continue
        miss = [j for j in ref if min(min(abs(a - b), 365 - abs(a - b)) for a in sets[i] for b in sets[j]) > tol]
        if len(miss) > share * len(ref):
            out[i, miss] = True
    return out | out.T


@given(st.lists(st.tuples(st.sets(st.integers(1, 365), max_size=3), st.booleans()), min_size=1, max_size=9),
       st.sampled_from([0.0, 0.5, 0.67, 1.0]), st.sampled_from([0, 1, 7, 30, 100, 200]))
def test_monthday_apart_equals_the_pair_loop(rows, share, tol):
    sets = [s for s, _ in rows]
    dated = np.array([d for _, d in rows])
    assert np.array_equal(monthday_apart(sets, dated, share, tol), _pairwise_apart(sets, dated, share, tol))


def test_monthday_undated_meeting_report_naming_the_last_meeting_joins_its_own():
    # issue 13: two meetings of the same ministers (June 5 and October 8, 2024); an undated report of October's
    # that names the June meeting as background must join October's reports, not June's
    ds = two_meetings("2024-06-05", MEETING, 0.8, "The French and German foreign ministers, who last met on June 5, met "
                      "again in Brussels and agreed a joint energy plan.")
    groups = sorted(map(sorted, cluster._split(ds, DEFAULT)))
    assert ["m1_0", "m1_1", "m1_2", "m1_3", "m1_4", "undated_m1"] in groups
