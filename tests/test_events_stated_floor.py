"""An undated article is from no earlier than the latest year or date it states (`instance.floor_day`), so it is
never one event with an article dated more than EVENT_MAX_GAP_DAYS before that (EVENT_STATED_FLOOR)."""

import importlib
from datetime import date

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from newsdesk import events as ev
from newsdesk.events.instance import floor_day
from newsdesk.settings import DEFAULT

cluster = importlib.import_module("newsdesk.events.cluster")
features = importlib.import_module("newsdesk.events.features")


def _day(s: str) -> int:
    return date.fromisoformat(s).toordinal()


def test_floor_reads_years_seasons_and_full_dates():
    assert floor_day("The 2008-09 season was supposed to be a good one.") == _day("2008-01-01")
    assert floor_day("Cheeks was named coach on May 23, 2005. In 2006-07 he rallied the team.") == _day("2006-01-01")
    assert floor_day("He was hired in 1999, promoted on March 3, 2003.") == _day("2003-03-03")
    assert floor_day("Nothing here but Saturday and 9-14.") is None


def test_floor_skips_the_future_house_numbers_clocks_and_fetch_stamps():
    assert floor_day("A contract through the end of the 2009-10 season.") is None
    assert floor_day("It might not make its November 22, 2013 release date.") is None
    assert floor_day("The city will finish the bridge by 2020.") is None
    assert floor_day("Gomes was arrested at 2088 Philip Street.") is None
    assert floor_day("The quake struck at 2045 GMT.") is None
    assert floor_day("Posted 1 year ago [downloaded on 2 October 2013]") is None


@given(st.integers(1900, 2099), st.sampled_from(["will", "through", "until", "by", "scheduled for"]))
def test_floor_property_past_year_counts_future_year_does_not(year, word):
    assert floor_day(f"The plant opened in {year}, officials said.") == date(year, 1, 1).toordinal()
    assert floor_day(f"The plant closes {word} {year}, officials said.") is None


def _firings(floor_text: str, later: bool = True):
    """Seven reports in one topic group: four dated ones on a coach fired in May 2005 and three undated ones on a
    coach fired in another season, whose words and vectors are as close to the first four as to each other; with
    `later`, an eighth dated in 2009 on another subject (a floor after every known publication day bounds nothing)."""
    rng = np.random.default_rng(5)
    topic = rng.normal(size=32)
    out = []
    for j in range(4):
        v = topic + 0.3 * rng.normal(size=32)
        out.append(ev.make_doc(f"a{j}", "2005-05-2" + str(j), None,
                               f"The Sixers fired their coach on Monday, report {j}. Cheeks takes over.",
                               v / np.linalg.norm(v), ["ORG:sixers", "PER:maurice cheeks"]))
    for j in range(3):
        v = topic + 0.3 * rng.normal(size=32)
        out.append(ev.make_doc(f"b{j}", None, None,
                               f"The Sixers fired their coach Maurice Cheeks, report {j}. {floor_text}",
                               v / np.linalg.norm(v), ["ORG:sixers", "PER:maurice cheeks"]))
    if later:
        v = rng.normal(size=32)
        out.append(ev.make_doc("c0", "2009-06-01", None, "Flood waters rose in Dhaka on Monday.",
                               v / np.linalg.norm(v), ["GPE:dhaka"]))
    return out


def test_floor_is_a_cannot_link_in_both_similarities():
    ds = _firings("The 2008-09 season was supposed to be a good one.")
    S = features.local_sim(ds, DEFAULT)
    assert np.isneginf(S[4:7, :4]).all() and np.isneginf(S[:4, 4:7]).all()
    assert np.isfinite(S[4:7, 4:7]).all() and np.isfinite(S[:4, :4]).all()
    F = features.Features(ds)
    T = F.sim(np.arange(7), None, DEFAULT)
    assert np.isneginf(T[4:7, :4]).all() and np.isfinite(T[:4, :4]).all()
    off = DEFAULT.replace(EVENT_STATED_FLOOR=None)
    assert np.isfinite(features.local_sim(ds, off)[:7, :7]).all()


def ds_later():
    return _firings("", True)[-1]


def test_split_keeps_the_later_season_apart():
    p = DEFAULT.replace(EVENT_SPLIT_THRESHOLD=-1.0)  # a cut that merges everything the links allow
    got = sorted(map(sorted, cluster._split(_firings("The 2008-09 season was supposed to be a good one.", False)
                                            + [ds_later()], p)))
    assert ["a0", "a1", "a2", "a3"] in got and not any(set(g) & {"a0"} and set(g) & {"b0"} for g in got)
    same = cluster._split(_firings("He played on the 1982-83 team.", False), p)  # a year before 2005: no bound
    assert sorted(map(sorted, same)) == [["a0", "a1", "a2", "a3", "b0", "b1", "b2"]]
    off = cluster._split(_firings("The 2008-09 season was supposed to be a good one.", False),
                         p.replace(EVENT_STATED_FLOOR=None))
    assert len(off) == 1


def test_incremental_local_row_has_the_floor_link():
    cand = importlib.import_module("newsdesk.events.candidates")
    ds = _firings("The 2008-09 season was supposed to be a good one.")
    F = features.Features(ds)
    pool = [F.index[i] for i in ("a0", "a1", "a2", "a3", "b0", "b1")]
    row = cand.LocalRow(F, DEFAULT)(pool, F.index["b2"])
    assert np.isneginf(row[:4]).all() and np.isfinite(row[4:]).all()
    F = features.Features(_firings("The 2008-09 season was supposed to be a good one.", later=False))
    row = cand.LocalRow(F, DEFAULT)(pool, F.index["b2"])  # no article dated after 2008 known: no bound
    assert np.isfinite(row).all()


@given(st.integers(1, 12), st.integers(1, 12), st.integers(0, 2**32 - 1))
def test_floor_links_equal_the_pairwise_formula(n, m, seed):
    """Only rows and columns with a floor are compared: the same cannot-links as the pairwise formula."""
    rng = np.random.default_rng(seed)

    def side(k):
        days = np.where(rng.random(k) < 0.4, np.nan, rng.integers(0, 2000, k).astype(float))
        return np.where(np.isnan(days) & (rng.random(k) < 0.6), rng.integers(0, 2000, k).astype(float), np.nan), days

    (rf, rd), (cf, cd) = side(n), side(m)
    s = rng.random((n, m)).astype(np.float32)
    with np.errstate(invalid="ignore"):
        cut = (rf[:, None] - cd[None, :] > DEFAULT.EVENT_MAX_GAP_DAYS) | (cf[None, :] - rd[:, None] > DEFAULT.EVENT_MAX_GAP_DAYS)
    want = s.copy()
    want[cut] = -np.inf
    assert np.array_equal(features.floor_links(s.copy(), rf, rd, cf, cd, DEFAULT), want)


def test_a_floor_after_every_known_publication_day_is_no_bound():
    """A year stated ahead of every dated article ('its Vision 2030 plan', French "d'ici 2030": words of the future
    the English list does not know) bounds nothing: the undated report still joins the dated ones."""
    ds = _firings("The plan runs under the Vision 2030 programme.")
    fl = features.floors(ds)
    assert np.isnan(fl).all()
    ds = _firings("Le club vise le titre d'ici 2030.", False)
    assert np.isnan(features.floors(ds)).all()
    p = DEFAULT.replace(EVENT_SPLIT_THRESHOLD=-1.0)
    assert len(cluster._split(ds, p)) == 1
    # a year before the latest dated day still bounds (the 2008-09 season over 2005 reports, once a 2009 one is dated)
    fl = features.floors(_firings("The 2008-09 season was supposed to be a good one."))
    assert np.isnan(fl[:4]).all() and (fl[4:7] == _day("2008-01-01")).all() and np.isnan(fl[7])
