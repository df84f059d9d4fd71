"""Sibling pieces of a split topic group about the same people (a full name and a stated age) join
(`events.cluster._join_same_people`, EVENT_JOIN_SHARE)."""

import importlib

import numpy as np

from newsdesk import events as ev
from newsdesk.settings import DEFAULT

cluster = importlib.import_module("newsdesk.events.cluster")


def _two_phases(ages=("23", "23"), names=("john jenkin", "john jenkin"), days=(None, None)):
    """Six reports in one topic: three on an arrest, three (other words, other vectors) on the charges. Each
    phase names its suspect (`names`) with an age (`ages`; None: none stated), published on `days`."""
    rng = np.random.default_rng(3)
    topic, inst = rng.normal(size=32), rng.normal(size=(2, 32))
    words = ["arrested held police cordon house street neighbours", "charged court remanded magistrates hearing plea"]
    out = []
    for k in (0, 1):
        for j in range(3):
            v = topic + 0.8 * inst[k] + 0.05 * rng.normal(size=32)
            who = names[k].title() + (f", {ages[k]}," if ages[k] else "")
            text = f"{who} was {words[k]} report {j}."
            out.append(ev.make_doc(f"{k}{j}", days[k], None, text, v / np.linalg.norm(v),
                                   [f"PER:{names[k]}", "LOC:millom"]))
    return out


def _pieces(ds, p):
    return sorted(map(sorted, cluster._split(ds, p)))


def test_split_joins_pieces_naming_the_same_person_at_the_same_age():
    ds = _two_phases()
    off = DEFAULT.replace(EVENT_SPLIT_THRESHOLD=0.0, EVENT_JOIN_SHARE=None)
    assert _pieces(ds, off) == [["00", "01", "02"], ["10", "11", "12"]]  # the split alone keeps the phases apart
    assert _pieces(ds, DEFAULT.replace(EVENT_SPLIT_THRESHOLD=0.0)) == [["00", "01", "02", "10", "11", "12"]]


def test_split_keeps_pieces_apart_without_both_a_shared_name_and_age():
    p = DEFAULT.replace(EVENT_SPLIT_THRESHOLD=0.0)
    two = [["00", "01", "02"], ["10", "11", "12"]]
    assert _pieces(_two_phases(ages=("23", "31")), p) == two  # the same name at another age: another time
    assert _pieces(_two_phases(names=("john jenkin", "gary gomes")), p) == two  # the same age, other people


def test_join_respects_date_cannot_link():
    ds = _two_phases()
    S = np.zeros((6, 6))
    S[:3, 3:] = S[3:, :3] = -np.inf
    assert cluster._join_same_people([[0, 1, 2], [3, 4, 5]], ds, S, DEFAULT) == [[0, 1, 2], [3, 4, 5]]
    assert cluster._join_same_people([[0, 1, 2], [3, 4, 5]], ds, np.zeros((6, 6)), DEFAULT) == [[0, 1, 2, 3, 4, 5]]


def test_split_joins_pieces_naming_the_same_person_on_the_same_days():
    p = DEFAULT.replace(EVENT_SPLIT_THRESHOLD=0.0)
    two = [["00", "01", "02"], ["10", "11", "12"]]
    same_day = _two_phases(ages=(None, None), days=("2013-05-02", "2013-05-03"))
    assert _pieces(same_day, p) == [["00", "01", "02", "10", "11", "12"]]
    assert _pieces(same_day, p.replace(EVENT_JOIN_DAYS=None)) == two  # no age: the days are what joins them
    assert _pieces(_two_phases(ages=(None, None), days=("2013-05-02", "2013-05-20")), p) == two  # weeks apart
    assert _pieces(_two_phases(ages=(None, None)), p) == two  # undated: no evidence of the same days


def _docs_of(groups):
    """Docs for `_join_groups`: group k's articles name `groups[k]` = (name, age, day) each."""
    out = []
    for k, (name, age, day) in enumerate(groups):
        for j in range(3):
            out.append(ev.make_doc(f"g{k}{j}", day, None, f"{name.title()}, {age}, report {j}.",
                                   np.ones(4) / 2, [f"PER:{name}"]))
    return out


def test_join_groups_same_person_and_age_even_years_apart():
    ds = _docs_of([("jose orozco", "35", "2005-06-24"), ("jose orozco", "35", "2007-04-04"),
                   ("jose orozco", "29", "2007-04-04"), ("gary gomes", "35", "2008-12-10")])
    index = {d.id: i for i, d in enumerate(ds)}
    groups = [[d.id for d in ds[3 * k:3 * k + 3]] for k in range(4)]
    joined = cluster._join_groups([list(g) for g in groups], ds, index, DEFAULT)
    assert sorted(map(sorted, joined)) == sorted([groups[0] + groups[1], groups[2], groups[3]])
    assert cluster._join_groups([list(g) for g in groups], ds, index, DEFAULT.replace(EVENT_JOIN_MIN_GROUP=None)) == groups
    small = [g[:2] for g in groups]  # two-article events stay apart (EVENT_JOIN_MIN_GROUP 3)
    assert cluster._join_groups([list(g) for g in small], ds, index, DEFAULT) == small


def test_join_groups_no_chain_through_a_recurring_subject():
    """A subject named with the same age in three separate events (an athlete across a season's tournaments) joins
    none of them: only a name salient in exactly two events (one incident told twice) joins."""
    ds = _docs_of([("tiger woods", "45", "2021-03-01"), ("tiger woods", "45", "2021-05-01"),
                   ("tiger woods", "45", "2021-07-01")])
    index = {d.id: i for i, d in enumerate(ds)}
    groups = [[d.id for d in ds[3 * k:3 * k + 3]] for k in range(3)]
    assert cluster._join_groups([list(g) for g in groups], ds, index, DEFAULT) == groups
