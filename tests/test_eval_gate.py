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


def test_eval_gate_command_fails_below_a_floor(tmp_path, monkeypatch, capsys):
    """`newsdesk eval gate` end to end on a stand-in evaluation: exit 1 with one line per figure below its floor
    by more than its noise; exit 0 at the floor."""
    import sys

    from newsdesk import cli

    (tmp_path / "d").mkdir()
    monkeypatch.setitem(gate.EVALUATIONS, "fake", lambda data, settings: {"f1": 0.80, "n": 100})
    monkeypatch.setattr(gate, "CHECKS", (gate.Check("fake.f1", "fake", ("f1",), lambda r: r["n"], ("d",)),))

    def run(floor: float) -> tuple[int, str]:
        path = tmp_path / "baseline.json"
        path.write_text(json.dumps({"datasets": {"d": gate.dataset_sha(tmp_path / "d")},
                                    "figures": {"fake.f1": {"floor": floor, "noise": 0.01}}}))
        monkeypatch.setattr(sys, "argv", ["newsdesk", "eval", "gate", "--data", str(tmp_path), "--baseline",
                                          str(path)])
        with pytest.raises(SystemExit) as exc:
            cli.main()
        return exc.value.code, capsys.readouterr().err

    code, err = run(0.85)
    assert code == 1
    assert err.splitlines()[-1] == ("newsdesk: fake.f1: 0.8000 is below its floor 0.8500 by more than one item's "
                                    "noise (0.0100)")
    assert run(0.80)[0] == 0
    assert run(0.81)[0] == 0  # within one item's noise


def test_eval_gate_checks_read_their_figures():
    """Each evaluation's result shape gives the figure its check names (right/total strings, invented counts)."""
    by_name = {c.name: c for c in gate.CHECKS}

    def value(name, res):
        c = by_name[name]
        return c.value(gate._get(res, c.path)), 1 / c.items(res)

    cleaning = {"junk_removed": 0.5641, "junk_items": 39, "bodies_kept": "14/15", "invented_days": 3, "files": 15}
    assert value("cleaning.tehrantimes_dev.bodies_kept", cleaning) == (14 / 15, 1 / 15)
    assert value("cleaning.tehrantimes_dev.not_invented", cleaning) == (1 - 3 / 15, 1 / 15)
    assert value("cleaning.tehrantimes_dev.junk_removed", cleaning) == (0.5641, 1 / 39)
    plain = {h: {"overall": {"files": 40, "seg_f1": 0.86, "day_acc": 0.87, "invented": 4}, "page": {}} for h in "AB"}
    assert value("plaintext.half_B.not_invented", plain) == (0.9, 1 / 40)
    ents = {"officials": {"person_precision": 1.0, "person_entities": 41, "persons": 40,
                          "one_entity_per_person": "39/40", "country_accuracy": 0.95, "countries_right": "36/38"},
            "fixture": {"pairwise_precision": 1.0, "pairwise_recall": 0.934, "gold_mentions": 120}}
    assert value("entities.officials.one_entity_per_person", ents) == (39 / 40, 1 / 40)
    assert value("entities.officials.country_accuracy", ents) == (0.95, 1 / 38)
    coding = {"type": {"precision": 0.76, "recall": 0.57}, "records": 171, "sentences": 300,
              "type_actor_recall": 0.47, "type_actor_target_recall": 0.26}
    assert value("coding.plover_gsr.type.precision", coding) == (0.76, 1 / 171)
    assert value("coding.plover_gsr.type_actor_target_recall", coding) == (0.26, 1 / 300)
