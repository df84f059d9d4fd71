"""Evaluate PLOVER coding on plover_gsr (type, actor, target, actor-country P/R) and petrarch2_unit_tests.

Calls newsdesk.ner / entities / coding directly (no store). Type figures are computed exactly as
../shared/tools/acceptance.py check_coding does: each sentence is a one-sentence article dated 2000-01-03 and
every record's `action` counts against the sentence's gold `event_type_current` set.

    .venv/bin/python -m newsdesk.eval.coding ../shared/data/plover_gsr
    .venv/bin/python -m newsdesk.eval.coding ../shared/data/petrarch2_unit_tests
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsdesk import coding, entities, model, ner


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _code_texts(items: list[tuple[str, str, str]]) -> dict[str, list[model.Record]]:
    """{id: records} for (id, text, day) items, each as a one-sentence article."""
    out = {}
    for (iid, text, day), parsed in zip(items, ner.parse([t for _, t, _ in items]), strict=False):
        art = model.Article(id=iid, external_id=iid, source=None, url=None, title=None, text=text, raw_text=text,
                            published=day, published_evidence="metadata", page_date=None, lang="en", credits=(),
                            removed=(), ingested_at=day)
        ents = entities.mentions(art, parsed)
        out[iid] = coding.code(art, parsed, ents)
    return out


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", s.lower()).strip()


def _name_match(pred: str | None, gold: list[str]) -> bool:
    """Predicted actor text names a gold actor: one contains the other (case/punctuation folded)."""
    if not pred:
        return False
    p = _norm(pred)
    return any(g and (_norm(g) in p or p in _norm(g)) for g in gold)


def _prf(right: int, predicted: int, found: int, total: int) -> dict:
    p = right / predicted if predicted else 0.0
    r = found / total if total else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def run_gsr(path: Path) -> dict:
    gold = _read_jsonl(path / "records.jsonl" if path.is_dir() else path)
    recs = _code_texts([(g["id"], g["text"], "2000-01-03") for g in gold])
    predicted = right = found = total = 0
    a_pred = a_right = a_found = a_total = 0
    t_pred = t_right = t_found = t_total = 0
    c_pred = c_right = 0
    confusion: Counter = Counter()
    for g in gold:
        types = {e["event_type_current"] for e in g["events"]}
        rs = recs.get(g["id"], [])
        actions = [r.action for r in rs]
        predicted += len(actions)
        right += sum(a in types for a in actions)
        total += len(types)
        found += len(types & set(actions))
        for a in actions:
            if a not in types:
                confusion[(min(types), a)] += 1
        if not actions:
            confusion[(min(types), "-")] += 1
        gold_actors = [d["text"] for e in g["events"] for d in e.get("actor_detail") or []]
        gold_targets = [d["text"] for e in g["events"] for d in e.get("recipient_detail") or []]
        gold_codes = {c.strip() for e in g["events"] for c in (e.get("actor_country") or "").split(";") if c.strip()}
        gold_codes |= {{"JAP": "JPN", "ITL": "ITA"}.get(c, c) for c in gold_codes}
        a_pred += len(rs)
        a_right += sum(_name_match(r.actor, gold_actors) for r in rs)
        a_total += len(gold_actors)
        a_found += sum(any(_name_match(r.actor, [ga]) for r in rs) for ga in gold_actors)
        tr = [r for r in rs if r.target]
        t_pred += len(tr)
        t_right += sum(_name_match(r.target, gold_targets) for r in tr)
        t_total += len(gold_targets)
        t_found += sum(any(_name_match(r.target, [gt]) for r in tr) for gt in gold_targets)
        for r in rs:
            if r.actor_country and gold_codes:
                c_pred += 1
                c_right += r.actor_country in gold_codes
    out = {"dataset": "plover_gsr", "sentences": len(gold), "records": predicted,
           "type": _prf(right, predicted, found, total), "actor": _prf(a_right, a_pred, a_found, a_total),
           "target": _prf(t_right, t_pred, t_found, t_total),
           "actor_country_accuracy": round(c_right / c_pred, 4) if c_pred else 0.0, "actor_country_coded": c_pred,
           "top_confusions": [f"{g}->{p}:{n}" for (g, p), n in confusion.most_common(12)]}
    # the acceptance script's own names
    out["type_precision"], out["type_recall"] = out["type"]["precision"], out["type"]["recall"]
    return out


def run_petrarch(path: Path) -> dict:
    d = path if path.is_dir() else path.parent
    tests = _read_jsonl(d / "unit_tests.jsonl")
    mapping = json.loads((d / "cameo_to_plover.json").read_text(encoding="utf-8"))
    root = mapping["root_codes"]

    def plover(code: str, cameo_root: str | None) -> str | None:
        if not cameo_root or cameo_root not in root:
            return None
        if cameo_root == "08":
            return "CONCEDE" if code[:3] in {"081", "082", "083"} else "RETREAT"
        types = root[cameo_root]["plover"]
        return types[0] if types else None

    usable = [t for t in tests if not t.get("expect_error")]
    recs = _code_texts([(t["id"], t["text"], t.get("date") or "1995-01-01") for t in usable])
    predicted = right = found = total = 0
    noevent_ok = noevent = 0
    for t in usable:
        types = {p for e in t["expected"] if (p := plover(e["code"], e.get("cameo_root")))}
        actions = [r.action for r in recs.get(t["id"], [])]
        if t.get("expect_no_events"):
            noevent += 1
            noevent_ok += not actions
        if not types and not t.get("expect_no_events"):
            continue  # dropped CAMEO roots (01/02) or test-only codes: nothing to score
        predicted += len(actions)
        right += sum(a in types for a in actions)
        total += len(types)
        found += len(types & set(actions))
    return {"dataset": "petrarch2_unit_tests", "records_scored": sum(1 for _ in usable),
            "type": _prf(right, predicted, found, total), "no_event_correct": f"{noevent_ok}/{noevent}"}


def run(data_path: str, **_: object) -> dict:
    """Figures for plover_gsr or petrarch2_unit_tests (picked by the folder's files)."""
    p = Path(data_path)
    if (p / "plover_gsr").is_dir():  # the shared data folder: both sets
        out = {"plover_gsr": run_gsr(p / "plover_gsr")}
        if (p / "petrarch2_unit_tests").is_dir():
            out["petrarch2_unit_tests"] = run_petrarch(p / "petrarch2_unit_tests")
        return out
    if (p / "unit_tests.jsonl").exists() or p.name == "unit_tests.jsonl":
        return run_petrarch(p)
    return run_gsr(p)


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["../shared/data/plover_gsr"]:
        print(json.dumps(run(arg), indent=2))
