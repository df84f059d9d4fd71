"""Shared documents of the weekday and month-day tests (tests/test_events_weekday.py, tests/test_events_monthday.py):
one topic group of dated and undated reports of two same-kind incidents, and issue 13's two meetings of the same
ministers; and the check that the rule's penalty is in `local_sim` and the incremental path's row alike."""

import importlib

import numpy as np

from newsdesk import events as ev

features = importlib.import_module("newsdesk.events.features")
cand = importlib.import_module("newsdesk.events.candidates")

MINISTERS = ["PER:jean barrot", "PER:annalena baerbock", "LOC:brussels"]
MEETING = "The French and German foreign ministers met in Brussels and agreed a joint energy plan, report {}."


def unit(v):
    return v / np.linalg.norm(v)


def two_incidents(seed: int, days: tuple[str, str], dated: str, undated: str, entities: list[str]) -> list:
    """One topic group: five reports a0..a4 dated days[j % 2] saying `dated`, four undated reports b0..b3 saying
    `undated` (each sentence ends ", report j."), vectors (one topic vector plus noise, `seed`) and words as close
    across as within."""
    rng = np.random.default_rng(seed)
    topic = rng.normal(size=32)
    out = []
    for j in range(5):
        v = topic + 0.3 * rng.normal(size=32)
        out.append(ev.make_doc(f"a{j}", days[j % 2], None, f"{dated}, report {j}.", unit(v), entities))
    for j in range(4):
        v = topic + 0.3 * rng.normal(size=32)
        out.append(ev.make_doc(f"b{j}", None, None, f"{undated}, report {j}.", unit(v), entities))
    return out


def two_meetings(m2_day: str, m2_text: str, m2_spread: float, undated_m1: str) -> list:
    """Issue 13: two meetings of the same ministers in one topic group. Meeting 1's five reports m1_0..m1_4 are dated
    2024-10-09 (`MEETING`); meeting 2's two reports m2_0, m2_1 are dated `m2_day` (`m2_text`, its vector `m2_spread`
    from the topic's); "undated_m1" is an undated report of meeting 1 (`undated_m1`), close to it by content."""
    rng = np.random.default_rng(5)
    topic = rng.normal(size=32)
    m1, m2 = topic + 0.8 * rng.normal(size=32), topic + m2_spread * rng.normal(size=32)
    ds = [ev.make_doc(f"m1_{j}", "2024-10-09", None, MEETING.format(j), unit(m1 + 0.3 * rng.normal(size=32)),
                      MINISTERS) for j in range(5)]
    ds += [ev.make_doc(f"m2_{j}", m2_day, None, m2_text.format(j), unit(m2 + 0.3 * rng.normal(size=32)), MINISTERS)
           for j in range(2)]
    ds.append(ev.make_doc("undated_m1", None, None, undated_m1, unit(m1 + 0.3 * rng.normal(size=32)), MINISTERS))
    return ds


def assert_penalty_across(ds: list, same, on, off) -> None:
    """`ds` (`two_incidents`: a0..a4 dated, b0..b3 undated) under settings `on` is `off`'s less EVENT_WEEKDAY_CONFLICT
    on every dated x undated pair and equal within each side; `same()` (a group whose undated reports name the dated
    ones' day) is equal under both; the incremental path's row (`candidates.LocalRow`) is `local_sim`'s."""
    S, S0 = features.local_sim(ds, on), features.local_sim(ds, off)
    w = np.float32(on.EVENT_WEEKDAY_CONFLICT)
    assert np.allclose(S[5:, :5], S0[5:, :5] - w) and np.allclose(S[:5, 5:], S0[:5, 5:] - w)
    assert np.array_equal(S[:5, :5], S0[:5, :5]) and np.array_equal(S[5:, 5:], S0[5:, 5:])
    assert np.array_equal(features.local_sim(same(), on), features.local_sim(same(), off))
    F = features.Features(ds)
    pool = [F.index[i] for i in ("a0", "a1", "a2", "a3", "a4", "b0", "b1", "b2")]
    row = cand.LocalRow(F, on)(pool, F.index["b3"])
    assert np.allclose(row, S[8, :8], atol=1e-5)  # the incremental path's row is local_sim's
