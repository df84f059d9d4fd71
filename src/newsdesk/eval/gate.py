"""The eval gate (like trafilatura's `tests/eval_gate.py`): figures must not drop below their floors.

`eval/baseline.json` holds, per figure, its floor and its noise (what one scored item flipping moves it: 1/items),
and the SHA-256 of each dev set the figures come from. `newsdesk eval gate --data DIR` (what `make eval` runs):

- a dev set whose SHA-256 differs from the baseline's is an error (the floors were measured on other gold data);
- a figure below `floor - noise` fails the gate (exit 1), one line each; anything within one item's noise passes;
- `--update` writes the current figures as the new floors (and the SHAs); it refuses to lower a floor by more than
  its noise unless `--allow-regression` is given.

Figures come through the product path where the evaluation has one: clustering runs `eval.run_product` (the
stream ingested in parts through `Engine.ingest`, read back with `store.queries.events`), near-duplicates the
`product` figures of `eval.dedup`, coding plover_gsr through `run_product` + `store.queries.event`, entities the
officials and entities fixtures through `run_product`; extraction and dates run the HTML stage (`html.extract`),
plaintext `prepare.prepare` (what ingest runs per file), cleaning `clean_text` + `date_text` on tehrantimes_dev.
Every figure is higher-is-better (a count of invented days enters as the share of files without one).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsdesk.errors import NewsdeskError
from newsdesk.settings import DEFAULT, Settings

BASELINE = Path(__file__).with_name("baseline.json")


@dataclass(frozen=True)
class Check:
    name: str  # e.g. "clustering.ecbplus_dev.parts4.f1"
    evaluation: str  # key of EVALUATIONS
    path: tuple[str, ...]  # where the figure sits in that evaluation's result
    items: Callable[[Mapping], int]  # how many items the figure is over (noise = 1 / items)
    datasets: tuple[str, ...]
    value: Callable[[object], float] = float  # the figure from what sits at `path` (e.g. "15/15" -> 1.0)


def _get(res: Mapping, path: Sequence[str]):
    for k in path:
        res = res[k]
    return res


def _ratio(text: str) -> float:
    """'15/15' -> 1.0 (the evaluations report some figures as right/total)."""
    right, total = str(text).split("/")
    return int(right) / max(1, int(total))


def _total(text: str) -> int:
    return max(1, int(str(text).split("/")[1]))


REPO = Path(__file__).resolve().parents[3]  # tests/fixtures/{entities,officials}: the entities fixtures


def _clustering(data: Path, name: str, parts: int, settings: Settings) -> dict:
    """B-cubed F1 of a gold stream ingested in `parts` consecutive ingests through the product's path."""
    from newsdesk.eval import run_product
    from newsdesk.eval.clustering import bcubed, load
    from newsdesk.store import queries

    records = load(str(data / name / "articles.jsonl"))
    gold = {str(r["id"]): str(r["event"]) for r in records}
    with run_product(records, parts=parts, settings=settings) as run:
        events = queries.events(run.store)
    pred = {a["external_id"]: e["id"] for e in events for a in e["articles"]}
    out = bcubed(gold, pred)
    out.update(articles=len(records), unassigned=len(set(gold) - set(pred)), parts=parts)
    return out


def _dedup(data: Path, settings: Settings) -> dict:
    from newsdesk.eval import dedup

    return dedup.run(str(data), settings=settings)


def _extraction(data: Path, settings: Settings) -> dict:
    from newsdesk.eval import extraction

    return extraction.run_segments(str(data / "trafilatura_eval"))


def _dates(data: Path, settings: Settings) -> dict:
    from newsdesk.eval import extraction

    return extraction.run_dates(str(data / "htmldate_dev"))


def _cleaning(data: Path, settings: Settings) -> dict:
    from newsdesk.eval import cleaning

    return cleaning.run(str(data / "tehrantimes_dev"))


def _plaintext(data: Path, settings: Settings) -> dict:
    from newsdesk.eval import plaintext

    return plaintext.run(str(data / "plaintext_dev"))


def _coding(data: Path, settings: Settings) -> dict:
    from newsdesk.eval import coding

    return coding.run_gsr(data / "plover_gsr")


def _entities(data: Path, settings: Settings) -> dict:
    from newsdesk.eval import entities

    return {"officials": entities.run_officials(REPO / "tests" / "fixtures" / "officials"),
            "fixture": entities.run_fixture(REPO / "tests" / "fixtures" / "entities")}


EVALUATIONS: dict[str, Callable[[Path, Settings], dict]] = {
    "clustering_ecbplus": lambda d, s: _clustering(d, "ecbplus_dev", 4, s),
    "clustering_basil": lambda d, s: _clustering(d, "basil_dev", 3, s),
    "dedup": _dedup,
    "extraction": _extraction,
    "dates": _dates,
    "cleaning": _cleaning,
    "plaintext": _plaintext,
    "coding": _coding,
    "entities": _entities,
}


def _plaintext_checks() -> tuple[Check, ...]:
    """Per site-disjoint half (eval.plaintext: {half: {"overall" | style: figures}}): segment F1, stated-day
    accuracy, files without an invented day."""
    out = []
    for h in "AB":
        files = lambda r, h=h: r[h]["overall"]["files"]  # noqa: E731
        out += [Check(f"plaintext.half_{h}.seg_f1", "plaintext", (h, "overall", "seg_f1"), files, ("plaintext_dev",)),
                Check(f"plaintext.half_{h}.day_acc", "plaintext", (h, "overall", "day_acc"), files,
                      ("plaintext_dev",)),
                Check(f"plaintext.half_{h}.not_invented", "plaintext", (h, "overall"), files, ("plaintext_dev",),
                      lambda x: 1 - x["invented"] / max(1, x["files"]))]
    return tuple(out)

CHECKS: tuple[Check, ...] = (
    Check("clustering.ecbplus_dev.parts4.f1", "clustering_ecbplus", ("f1",), lambda r: r["articles"],
          ("ecbplus_dev",)),
    Check("clustering.basil_dev.parts3.f1", "clustering_basil", ("f1",), lambda r: r["articles"], ("basil_dev",)),
    Check("dedup.product.pairs.f1", "dedup", ("product", "pairs", "f1"), lambda r: r["gold_pairs"],
          ("ecbplus_dev", "basil_dev", "meantime_en", "tehrantimes_dev")),
    Check("dedup.product.passages_basil.precision", "dedup", ("product", "passages_basil", "precision"),
          lambda r: max(1, r["product"]["passages_basil"]["passages"]), ("basil_dev",)),
    Check("extraction.newsdesk.f1", "extraction", ("newsdesk", "f1"),
          lambda r: r["newsdesk"]["tp"] + r["newsdesk"]["fn"], ("trafilatura_eval",)),
    Check("dates.newsdesk.accuracy", "dates", ("newsdesk", "accuracy"), lambda r: r["pages"], ("htmldate_dev",)),
    Check("cleaning.tehrantimes_dev.junk_removed", "cleaning", ("junk_removed",), lambda r: r["junk_items"],
          ("tehrantimes_dev",)),
    Check("cleaning.tehrantimes_dev.bodies_kept", "cleaning", ("bodies_kept",), lambda r: r["files"],
          ("tehrantimes_dev",), _ratio),
    Check("cleaning.tehrantimes_dev.not_invented", "cleaning", (), lambda r: r["files"], ("tehrantimes_dev",),
          lambda r: 1 - r["invented_days"] / max(1, r["files"])),
    *_plaintext_checks(),
    Check("coding.plover_gsr.type.precision", "coding", ("type", "precision"), lambda r: r["records"],
          ("plover_gsr",)),
    Check("coding.plover_gsr.type.recall", "coding", ("type", "recall"), lambda r: r["sentences"], ("plover_gsr",)),
    Check("coding.plover_gsr.type_actor_recall", "coding", ("type_actor_recall",), lambda r: r["sentences"],
          ("plover_gsr",)),
    Check("coding.plover_gsr.type_actor_target_recall", "coding", ("type_actor_target_recall",),
          lambda r: r["sentences"], ("plover_gsr",)),
    Check("entities.officials.person_precision", "entities", ("officials", "person_precision"),
          lambda r: r["officials"]["person_entities"], ()),
    Check("entities.officials.one_entity_per_person", "entities", ("officials", "one_entity_per_person"),
          lambda r: r["officials"]["persons"], (), _ratio),
    Check("entities.officials.country_accuracy", "entities", ("officials", "country_accuracy"),
          lambda r: _total(r["officials"]["countries_right"]), ()),
    Check("entities.fixture.pairwise_precision", "entities", ("fixture", "pairwise_precision"),
          lambda r: r["fixture"]["gold_mentions"], ()),
    Check("entities.fixture.pairwise_recall", "entities", ("fixture", "pairwise_recall"),
          lambda r: r["fixture"]["gold_mentions"], ()),
)


def dataset_sha(folder: Path) -> str:
    """SHA-256 over a dev set's files (relative path and bytes, in path order)."""
    h = hashlib.sha256()
    for p in sorted(x for x in folder.rglob("*") if x.is_file()):
        h.update(str(p.relative_to(folder)).encode("utf-8") + b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()


def load_baseline(path: Path = BASELINE) -> dict:
    if not path.exists():
        return {"datasets": {}, "figures": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def measure(data: Path, only: Sequence[str] = (), settings: Settings = DEFAULT,
            progress: Callable[[str], None] = lambda msg: None) -> dict[str, dict]:
    """Run the evaluations the selected checks need; {check name: {"value", "noise"}}."""
    checks = [c for c in CHECKS if not only or any(c.name.startswith(o) for o in only)]
    results: dict[str, dict] = {}
    out = {}
    for c in checks:
        if c.evaluation not in results:
            for ds in c.datasets:
                if not (data / ds).is_dir():
                    raise NewsdeskError(f"{data / ds}: dev set not found (give --data the shared data folder)")
            progress(f"evaluating {c.evaluation} ...")
            results[c.evaluation] = EVALUATIONS[c.evaluation](data, settings)
        res = results[c.evaluation]
        out[c.name] = {"value": round(float(c.value(_get(res, c.path))), 6),
                       "noise": round(1.0 / max(1, c.items(res)), 6),
                       "datasets": list(c.datasets)}
    return out


def compare(figures: Mapping[str, dict], baseline: Mapping, data: Path | None = None) -> list[str]:
    """One line per failure: a dev set changed since the baseline, or a figure below floor - noise."""
    problems = []
    shas = baseline.get("datasets", {})
    if data is not None:
        for ds in sorted({d for f in figures.values() for d in f["datasets"]}):
            if ds in shas and dataset_sha(data / ds) != shas[ds]:
                problems.append(f"{data / ds}: gold data changed since the baseline (sha256); re-baseline with "
                                "`newsdesk eval gate --update`")
    for name, fig in figures.items():
        base = baseline.get("figures", {}).get(name)
        if base is None:
            continue
        if fig["value"] < base["floor"] - base["noise"]:
            problems.append(f"{name}: {fig['value']:.4f} is below its floor {base['floor']:.4f} by more than one "
                            f"item's noise ({base['noise']:.4f})")
    return problems


def update(figures: Mapping[str, dict], baseline: Mapping, data: Path, allow_regression: bool = False) -> dict:
    """The baseline with these figures as floors; NewsdeskError when one would go down by more than its noise
    and `allow_regression` is not set."""
    lowered = [name for name, fig in figures.items()
               if name in baseline.get("figures", {})
               and fig["value"] < baseline["figures"][name]["floor"] - baseline["figures"][name]["noise"]]
    if lowered and not allow_regression:
        raise NewsdeskError(f"refusing to lower the floor of {', '.join(lowered)}: pass --allow-regression "
                            "if the drop is intended")
    new = {"datasets": dict(baseline.get("datasets", {})), "figures": dict(baseline.get("figures", {}))}
    for name, fig in figures.items():
        new["figures"][name] = {"floor": round(fig["value"], 4), "noise": fig["noise"]}
        for ds in fig["datasets"]:
            new["datasets"][ds] = dataset_sha(data / ds)
    new["datasets"] = dict(sorted(new["datasets"].items()))
    new["figures"] = dict(sorted(new["figures"].items()))
    return new


def gate(data: Path, *, only: Sequence[str] = (), do_update: bool = False, allow_regression: bool = False,
         settings: Settings = DEFAULT, baseline_path: Path = BASELINE,
         progress: Callable[[str], None] = lambda msg: None) -> dict:
    """Measure, then compare with (or, `do_update`, rewrite) the baseline. Returns {"figures", "problems"}."""
    figures = measure(data, only, settings, progress)
    baseline = load_baseline(baseline_path)
    if do_update:
        baseline_path.write_text(json.dumps(update(figures, baseline, data, allow_regression), indent=1) + "\n",
                                 encoding="utf-8")
        return {"figures": figures, "problems": []}
    return {"figures": figures, "problems": compare(figures, baseline, data)}
