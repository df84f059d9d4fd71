"""benchmarks/events_replay.py --errors: which gold groups a clustering gets wrong, and what fixing each would gain."""

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "events_replay.py"


@pytest.fixture(scope="module")
def replay():
    spec = importlib.util.spec_from_file_location("events_replay_for_test", _PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_errors_lists_a_merged_topic_with_its_gain_and_events(replay):
    gold = {"a": "1_x", "b": "1_x", "c": "1_y", "d": "1_y", "e": "2_x", "f": "2_x"}
    group = {"a": "1", "b": "1", "c": "1", "d": "1", "e": "2", "f": "2"}
    pred = {"a": "ev1", "b": "ev1", "c": "ev1", "d": "ev1", "e": "ev2", "f": "ev2"}
    lines = replay.errors(gold, group, pred)
    assert len(lines) == 1  # topic 2 is already right
    assert lines[0].startswith("1: +")
    assert "{'1_x': 2, '1_y': 2}" in lines[0]
    gain = float(lines[0].split("+")[1].split()[0])
    assert gain == pytest.approx(1.0 - replay_f1(gold, pred), abs=1e-4)


def test_errors_orders_by_gain_and_shows_each_predicted_event(replay):
    gold = {"a": "1_x", "b": "1_x", "c": "1_x", "d": "2_x", "e": "2_x", "f": "2_y", "g": "2_y"}
    group = {k: v[0] for k, v in gold.items()}
    pred = {"a": "p", "b": "p", "c": "q", "d": "r", "e": "r", "f": "r", "g": "r"}
    lines = replay.errors(gold, group, pred)
    assert [line.split(":")[0] for line in lines] == ["2", "1"]  # the merge costs more than the split
    assert "{'1_x': 2} {'1_x': 1}" in lines[1]


def replay_f1(gold, pred):
    from newsdesk.eval.clustering import bcubed

    return bcubed(gold, pred)["f1"]
