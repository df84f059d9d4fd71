"""Evaluate PLOVER coding on plover_gsr (type, actor, target P/R, self-targets) and petrarch2_unit_tests.

plover_gsr runs the product path: the sentences are ingested exactly as `newsdesk ingest` does
(`eval.run_product`, each sentence an article dated 2000-01-03, as ../shared/tools/acceptance.py check_coding
does) and the merged records are read back through the CLI's read views (`store.queries.event`); figures for all
sentences and for two halves (`halves`); by default each half is scored with the type classifier trained on
the other half (`--type-model`). petrarch2_unit_tests calls ner / entities / coding directly (unit sentences, type only).

    .venv/bin/newsdesk eval coding --data ../shared/data/plover_gsr --json [--type-model cross|shipped|none]
    .venv/bin/newsdesk eval coding --data ../shared/data/petrarch2_unit_tests --json
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
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


def halves(gold: list[dict]) -> dict[str, str]:
    """id -> "A" or "B": within each source category of the id (PLOVER-GSR01-<CAMEO cue>-NNNN), alternate items
    in id order. Each sentence is its own edited incident, so the halves share no incident."""
    by: dict[str, list[str]] = {}
    for g in gold:
        by.setdefault(g["id"].rsplit("-", 1)[0], []).append(g["id"])
    return {i: "AB"[k % 2] for ids in by.values() for k, i in enumerate(sorted(ids))}


def _product_records(gold: list[dict], settings=None) -> dict[str, list[dict]]:
    """Ingest the sentences exactly as `newsdesk ingest` does (`eval.run_product`: one ingest of the JSONL
    records, each sentence an article dated 2000-01-03, as ../shared/tools/acceptance.py check_coding feeds the
    CLI) and read each event's merged records back through the read views the CLI prints (`store.queries.event`);
    sentence id -> the records whose sources include it."""
    from newsdesk.eval import run_product
    from newsdesk.store import queries

    rows = [{"id": g["id"], "title": "", "text": g["text"], "date": "2000-01-03", "source": "PLOVER gold"}
            for g in gold]
    out: dict[str, list[dict]] = defaultdict(list)
    with run_product(rows, **({"settings": settings} if settings is not None else {})) as run:
        external = run.record_of
        for ev in queries.events(run.store):
            for rec in queries.event(run.store, str(ev["id"])).get("records") or []:
                for src in rec.get("sources") or []:
                    sid = str(src.get("external_id") or src.get("id")) if isinstance(src, dict) else str(src)
                    out[external.get(sid, sid)].append(rec)
    return out


_COUNTRY_WORDS = {"GBR": ["britain", "united kingdom", "uk"], "USA": ["united states", "u.s.", "us ", "america"]}


def _matches(gold_text: str | None, gold_country: str | None, predicted) -> bool:
    """The acceptance rule: right when the gold head text or its country (code or common name) appears."""
    if not gold_text and not gold_country:
        return True
    blob = json.dumps(predicted, ensure_ascii=False).lower()
    head = (gold_text or "").lower().split(";")[0].strip()
    words = [head] + ([gold_country.lower()] if gold_country else []) + _COUNTRY_WORDS.get(gold_country or "", [])
    return any(w and w in blob for w in words)


def score_gsr(gold: list[dict], recs: dict[str, list[dict]]) -> dict:
    """Type P/R, actor and target P/R/F1 (name rule of `_name_match`), type+actor and type+actor+target recall
    (acceptance rule), self-targets, top confusions."""
    predicted = right = found = total = 0
    a_pred = a_right = a_found = a_total = 0
    t_pred = t_right = t_found = t_total = 0
    events = actor_hits = full_hits = selfs = 0
    confusion: Counter = Counter()
    for g in gold:
        types = {e["event_type_current"] for e in g["events"]}
        rs = recs.get(g["id"], [])
        actions = [str(r.get("action", "")).upper() for r in rs]
        predicted += len(actions)
        right += sum(a in types for a in actions)
        total += len(types)
        found += len(types & set(actions))
        for a in actions:
            if a not in types:
                confusion[(min(types), a)] += 1
        if not actions:
            confusion[(min(types), "-")] += 1
        selfs += sum(1 for r in rs if r.get("target") and (
            str(r["target"]).lower() == str(r.get("actor", "")).lower()
            or r.get("actor_id") and r.get("actor_id") == r.get("target_id")))
        gold_actors = [d["text"] for e in g["events"] for d in e.get("actor_detail") or []]
        gold_targets = [d["text"] for e in g["events"] for d in e.get("recipient_detail") or []]
        a_pred += len(rs)
        a_right += sum(_name_match(r.get("actor"), gold_actors) for r in rs)
        a_total += len(gold_actors)
        a_found += sum(any(_name_match(r.get("actor"), [ga]) for r in rs) for ga in gold_actors)
        tr = [r for r in rs if r.get("target")]
        t_pred += len(tr)
        t_right += sum(_name_match(r.get("target"), gold_targets) for r in tr)
        t_total += len(gold_targets)
        t_found += sum(any(_name_match(r.get("target"), [gt]) for r in tr) for gt in gold_targets)
        for e in g["events"]:
            events += 1
            same = [r for r in rs if str(r.get("action", "")).upper() == e["event_type_current"]]
            with_actor = [r for r in same if _matches(e["actor"], e["actor_country"], r.get("actor"))]
            actor_hits += bool(with_actor)
            full_hits += any(_matches(e["recipient"], e["recipient_country"], r.get("target")) for r in with_actor)
    return {"sentences": len(gold), "records": predicted, "type": _prf(right, predicted, found, total),
            "actor": _prf(a_right, a_pred, a_found, a_total), "target": _prf(t_right, t_pred, t_found, t_total),
            "type_actor_recall": round(actor_hits / events, 4) if events else 0.0,
            "type_actor_target_recall": round(full_hits / events, 4) if events else 0.0,
            "self_targets": selfs,
            "top_confusions": [f"{g}->{p}:{n}" for (g, p), n in confusion.most_common(8)]}


TYPE_MODELS = ("cross", "shipped", "none")


def _cross_records(gold: list[dict], half: dict[str, str]) -> dict[str, list[dict]]:
    """Records of each half's sentences with the type classifier trained on the other half only
    (`coding.classify.fit`, as scripts/build_type_classifier.py --half does): held-out figures per half."""
    import tempfile

    from newsdesk import embed
    from newsdesk.coding import classify
    from newsdesk.settings import DEFAULT

    out: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="newsdesk-types-") as tmp:
        for h in "AB":
            train = [g for g in gold if half[g["id"]] != h]
            tm = classify.fit([g["text"] for g in train], [g["events"][0]["event_type_current"] for g in train],
                              embed.get_embedder("onnx"))
            path = str(Path(tmp) / f"types_not_{h}.npz")
            tm.save(path)
            recs = _product_records(gold, DEFAULT.replace(CODING_TYPE_MODEL=path))
            out.update({g["id"]: recs.get(g["id"], []) for g in gold if half[g["id"]] == h})
    return out


def run_gsr(path: Path, type_model: str = "cross") -> dict:
    """plover_gsr through the product path (`newsdesk ingest` + `newsdesk event --json`), all and by half.
    `type_model`: "cross" (default) scores each half with the type classifier trained on the other half;
    "shipped": the shipped classifier (trained on all dev sentences, as the CLI runs: optimistic here);
    "none": without the classifier (CODING_TYPE_TOP_K none)."""
    from newsdesk.settings import DEFAULT

    if type_model not in TYPE_MODELS:
        raise ValueError(f"type model {type_model!r}: choose one of {', '.join(TYPE_MODELS)}")
    gold = _read_jsonl(path / "records.jsonl" if path.is_dir() else path)
    half = halves(gold)
    if type_model == "cross":
        recs = _cross_records(gold, half)
    else:
        recs = _product_records(gold, DEFAULT.replace(CODING_TYPE_TOP_K=None) if type_model == "none" else None)
    out = {"dataset": "plover_gsr", "path": "product: eval.run_product (Engine.ingest) + store.queries.event",
           "type_model": type_model, **score_gsr(gold, recs)}
    for h in "AB":
        out[f"half_{h}"] = score_gsr([g for g in gold if half[g["id"]] == h], recs)
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


def run(data_path: str, type_model: str = "cross", **_: object) -> dict:
    """Figures for plover_gsr or petrarch2_unit_tests (picked by the folder's files)."""
    p = Path(data_path)
    if (p / "plover_gsr").is_dir():  # the shared data folder: both sets
        out = {"plover_gsr": run_gsr(p / "plover_gsr", type_model)}
        if (p / "petrarch2_unit_tests").is_dir():
            out["petrarch2_unit_tests"] = run_petrarch(p / "petrarch2_unit_tests")
        return out
    if (p / "unit_tests.jsonl").exists() or p.name == "unit_tests.jsonl":
        return run_petrarch(p)
    return run_gsr(p, type_model)
