"""The extraction evaluation: scorers on hand-made cases, and a small dev-set gate (skips without ../shared)."""

from __future__ import annotations

import pytest

from newsdesk.eval import extraction as ev


def test_html_eval_segments_scorer_counts():
    truth = [{"id": "a", "with": ["body one", "body  two"], "without": ["menu"]},
             {"id": "b", "with": ["x y"], "without": ["footer"]}]
    got = ev.score_segments(truth, {"a": "body one\nbody two menu", "b": None})
    assert (got["tp"], got["fp"], got["fn"], got["tn"]) == (2, 1, 1, 1)
    assert got["f1"] == pytest.approx(4 / 6)


def test_html_eval_bodies_scorer_shingles():
    assert ev.shingle_f1("a b c d e", "a b c d e") == (1.0, 1.0, 1.0)
    p, r, f = ev.shingle_f1("a b c d", "a b c d e")  # 1 of 2 truth shingles
    assert (p, r, f) == (1.0, 0.5, pytest.approx(2 / 3))
    assert ev.shingle_f1("", "a b c d") == (0.0, 0.0, 0.0)
    assert ev.shingle_f1("one two", "one two") == (1.0, 1.0, 1.0)  # short text: one shorter shingle


def test_html_eval_dates_scorer():
    truth = [{"id": "a", "date": "2020-01-02"}, {"id": "b", "date": "2020-01-03"}, {"id": "c", "date": "2020-01-04"}]
    got = ev.score_dates(truth, {"a": "2020-01-02T10:00", "b": "2020-01-04", "c": ""})
    assert (got["correct"], got["wrong"], got["no_date"]) == (1, 1, 1)


@pytest.mark.slow
def test_html_eval_dev_gate(shared_data):
    # first 60 pages of each dev set; figures measured at commit time (deterministic), see BENCHMARKS.md
    seg = ev.run(str(shared_data / "trafilatura_eval"), limit=60)
    assert seg["newsdesk"]["f1"] >= 0.925 > seg["trafilatura"]["f1"]
    dates = ev.run(str(shared_data / "htmldate_dev"), limit=60)
    assert dates["newsdesk"]["correct"] >= 59 > dates["htmldate"]["correct"]
