"""The eval gate: a drop beyond one item's noise fails, the gold data is pinned by SHA-256, lowering a floor needs
--allow-regression; the product-path helper ingests in parts like `newsdesk ingest`."""

import json

import pytest

from newsdesk.errors import NewsdeskError
from newsdesk.eval import gate, run_product


def fig(value, noise=0.01, datasets=("d",)):
    return {"value": value, "noise": noise, "datasets": list(datasets)}


def test_eval_gate_fails_only_beyond_one_items_noise():
    base = {"datasets": {}, "figures": {"x.f1": {"floor": 0.90, "noise": 0.01}}}
    assert gate.compare({"x.f1": fig(0.895)}, base) == []  # within one item
    assert gate.compare({"x.f1": fig(0.95)}, base) == []
    assert gate.compare({"x.f1": fig(0.88)}, base) == [
        "x.f1: 0.8800 is below its floor 0.9000 by more than one item's noise (0.0100)"]


def test_eval_gate_pins_the_gold_data(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "gold.jsonl").write_text('{"id": 1}\n')
    base = gate.update({"x.f1": fig(0.9)}, {}, tmp_path)
    assert base["datasets"]["d"] == gate.dataset_sha(tmp_path / "d")
    assert gate.compare({"x.f1": fig(0.9)}, base, tmp_path) == []
    (tmp_path / "d" / "gold.jsonl").write_text('{"id": 2}\n')
    [problem] = gate.compare({"x.f1": fig(0.9)}, base, tmp_path)
    assert "gold data changed since the baseline" in problem


def test_eval_gate_update_refuses_to_lower_a_floor(tmp_path):
    (tmp_path / "d").mkdir()
    base = {"datasets": {}, "figures": {"x.f1": {"floor": 0.90, "noise": 0.01}}}
    with pytest.raises(NewsdeskError, match="--allow-regression"):
        gate.update({"x.f1": fig(0.80)}, base, tmp_path)
    assert gate.update({"x.f1": fig(0.80)}, base, tmp_path, allow_regression=True)["figures"]["x.f1"]["floor"] == 0.8
    assert gate.update({"x.f1": fig(0.95)}, base, tmp_path)["figures"]["x.f1"]["floor"] == 0.95  # raising is free


def test_eval_gate_baseline_names_known_checks():
    base = json.loads(gate.BASELINE.read_text(encoding="utf-8"))
    assert set(base["figures"]) <= {c.name for c in gate.CHECKS}
    assert all(0 < f["noise"] < 0.1 and 0 <= f["floor"] <= 1 for f in base["figures"].values())


def test_eval_run_product_ingests_in_parts():
    recs = [{"id": f"r{i}", "text": f"Story number {i} about the harbour {'and ships ' * i}was filed today.",
             "source": "S"} for i in range(6)]
    with run_product(recs, parts=3, until="dedup") as run:
        assert [r.stored for r in run.reports] == [2, 2, 2]
        assert sorted(run.article_of) == [f"r{i}" for i in range(6)]
        assert run.store.unprocessed_ids() == []
