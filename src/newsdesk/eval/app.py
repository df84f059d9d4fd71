"""`newsdesk eval ...`: the one command-line app for every evaluation (no separate argparse mains).

Each command only parses options and calls its evaluation's `run`, which returns a dict of figures (spaCy's
`evaluate_cli` -> `evaluate()` pattern). `--setting NAME=VALUE` overrides a setting where the evaluation runs the
pipeline with a `Settings` object. `gate` is the eval gate (`eval.gate`, `make eval`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

eval_app = typer.Typer(no_args_is_help=True, help="Evaluations over dev sets (figures for BENCHMARKS.md).")

Json = Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")]
Workers = Annotated[int, typer.Option("--workers", help="Pages scored in parallel processes.")]
Data = Annotated[str, typer.Option("--data", help="The shared dev-set folder.")]
SettingOpt = Annotated[list[str] | None, typer.Option(
    "--setting", metavar="NAME=VALUE", help="Override one setting for this run (repeatable; see `newsdesk settings`).")]


def _settings(assignments: list[str] | None):
    from newsdesk.settings import from_cli

    return from_cli(assignments)


def _print(result, as_json: bool) -> None:
    text = json.dumps(result, ensure_ascii=False, indent=2 if as_json else 1)
    sys.stdout.write(text + "\n")


@eval_app.command("clustering")
def clustering_cmd(dataset: Annotated[str, typer.Option("--dataset", help="JSONL stream with a gold `event`.")],
                   parts: Annotated[int, typer.Option("--parts", help="Consecutive ingests of the stream through "
                                                      "the product's path.")] = 4,
                   stage: Annotated[bool, typer.Option("--stage", help="Also the stage-level cross-check (cached "
                                                       "vectors and NER; halves clustered alone).")] = False,
                   subsets: Annotated[int, typer.Option("--subsets", metavar="K",
                                                        help="Also score streams of K whole topics each.")] = 0,
                   batch: Annotated[int, typer.Option("--batch", help="Stage-level incremental run: articles per "
                                                      "assign call.")] = 50,
                   no_cache: Annotated[bool, typer.Option("--no-cache", help="Recompute vectors and NER.")]
                   = False, setting: SettingOpt = None, as_json: Json = False):
    """B-cubed P/R/F1 and cluster counts: newsdesk (ingested in parts) vs TF-IDF + average-link, in one run."""
    from newsdesk.eval import clustering

    result = clustering.run(dataset, settings=_settings(setting), parts=parts, stage=stage, batch=batch,
                            use_cache=not no_cache, subsets=subsets)
    if as_json:
        _print(result, True)
    else:
        sys.stdout.write(clustering.format_report(result) + "\n")


@eval_app.command("storylines")
def storylines_cmd(dataset: Annotated[str, typer.Option("--dataset", help="basil_dev folder (gold `event` and "
                                                                        "storyline `topic`).")],
                   ecbplus: Annotated[str | None, typer.Option("--ecbplus", help="ecbplus_dev folder: share of "
                                                               "same-topic different events linked.")] = None,
                   product: Annotated[int, typer.Option("--product", metavar="PARTS", help="Also through the "
                                                        "product's path: basil_dev (and --ecbplus) ingested in PARTS "
                                                        "parts.")] = 0,
                   setting: SettingOpt = None, as_json: Json = False):
    """Storyline linking over gold events: event-pair P/R/F1 (and ECB+ same-kind false links)."""
    from newsdesk.eval import storylines

    _print(storylines.run(dataset, ecbplus, _settings(setting), parts=product), as_json)


@eval_app.command("coding")
def coding_cmd(data: Annotated[str, typer.Option("--data", help="Folder holding plover_gsr/ and "
                                                                "petrarch2_unit_tests/.")] = "../shared/data",
               type_model: Annotated[str, typer.Option(
                   "--type-model", help="cross: score each plover_gsr half with the type classifier trained on "
                                        "the other half; shipped: the shipped one; none: no classifier.")] = "cross",
               as_json: Json = False):
    """PLOVER coding precision/recall (actor, event type, target)."""
    from newsdesk.eval import coding

    _print(coding.run(data, type_model=type_model), as_json)


@eval_app.command("entities")
def entities_cmd(data: Data = "../shared/data", as_json: Json = False,
                 parts: Annotated[int, typer.Option("--parts", help="Fixtures: consecutive ingests of the articles "
                                                    "(the incremental path).")] = 1):
    """Entity resolution, relative dates and event day/place figures."""
    from newsdesk.eval import entities

    _print(entities.run(data, parts=parts), as_json)


@eval_app.command("extraction")
def extraction_cmd(dataset: Annotated[str, typer.Option("--dataset", help="trafilatura_eval folder.")],
                   workers: Workers = 1, as_json: Json = False):
    """HTML main text: segment P/R/F1, newsdesk vs trafilatura alone."""
    from newsdesk.eval import extraction

    _print(extraction.run_segments(dataset, workers=workers), as_json)


@eval_app.command("dates")
def dates_cmd(dataset: Annotated[str, typer.Option("--dataset", help="htmldate_dev folder.")], workers: Workers = 1,
              as_json: Json = False):
    """HTML publication day accuracy, newsdesk vs htmldate alone."""
    from newsdesk.eval import extraction

    _print(extraction.run_dates(dataset, workers=workers), as_json)


@eval_app.command("cleaning")
def cleaning_cmd(dataset: Annotated[str | None, typer.Option("--dataset", help="tehrantimes_dev folder.")] = None,
                 detail: Annotated[bool, typer.Option("--detail", help="Add per-file misses.")] = False,
                 speed: Annotated[bool, typer.Option("--speed", help="Throughput (docs/s) of --dataset, a JSONL "
                                                     "file.")] = False, as_json: Json = False):
    """Plain-text cleaning and dating: labelled scrapes and the bundled hand-labelled fixtures."""
    from newsdesk.eval import cleaning

    _print(cleaning.speed(dataset) if speed else cleaning.run(dataset, detail=detail), as_json)


@eval_app.command("plaintext")
def plaintext_cmd(dataset: Annotated[str, typer.Option("--dataset", help="plaintext_dev folder.")]
                  = "../shared/data/plaintext_dev", half: Annotated[str, typer.Option(help="A, B or AB.")] = "AB",
                  style: Annotated[str | None, typer.Option(help="Only this crawler style: page or paragraphs.")]
                  = None, misses: Annotated[int, typer.Option(help="List this many misses.")] = 0,
                  as_json: Json = False):
    """Plain-text pages through prepare(): segments, paragraphs and stated days, by site-disjoint half."""
    from newsdesk.eval import plaintext

    _print(plaintext.run(dataset, halves=half, style=style, misses=misses), as_json)


@eval_app.command("dedup")
def dedup_cmd(data: Data = "../shared/data", grid: Annotated[bool, typer.Option("--grid", help="Threshold grid.")]
              = False, setting: SettingOpt = None, as_json: Json = False):
    """Near-duplicate pairs and re-used passages: the stage alone and through the product's path."""
    from newsdesk.eval import dedup

    _print(dedup.run(data, grid=grid, settings=_settings(setting)), as_json)


@eval_app.command("all")
def all_cmd(data: Data = "../shared/data", as_json: Json = False):
    """Every evaluation over the shared dev sets."""
    from newsdesk.eval import cleaning, clustering, coding, dedup, extraction, storylines

    d = Path(data)
    _print({
        "extraction": extraction.run_segments(str(d / "trafilatura_eval")),
        "dates": extraction.run_dates(str(d / "htmldate_dev")),
        "cleaning": cleaning.run(str(d / "tehrantimes_dev")),
        "dedup": dedup.run(str(d)),
        "clustering_ecbplus": clustering.run(str(d / "ecbplus_dev" / "articles.jsonl")),
        "clustering_basil": clustering.run(str(d / "basil_dev" / "articles.jsonl")),
        "storylines": storylines.run(str(d / "basil_dev"), str(d / "ecbplus_dev")),
        "coding": coding.run(str(d)),
    }, as_json)


@eval_app.command("gate")
def gate_cmd(data: Data = "../shared/data",
             only: Annotated[list[str] | None, typer.Option("--only", metavar="PREFIX",
                                                            help="Only the figures whose name starts so.")] = None,
             update: Annotated[bool, typer.Option("--update", help="Write the figures as the new floors.")] = False,
             allow_regression: Annotated[bool, typer.Option("--allow-regression",
                                                            help="Let --update lower a floor.")] = False,
             baseline: Annotated[str | None, typer.Option("--baseline", help="Floors file (default: the package's "
                                                          "eval/baseline.json).")] = None,
             setting: SettingOpt = None, as_json: Json = False):
    """The eval gate: every figure at or above its floor in eval/baseline.json (within one item's noise)."""
    from newsdesk.eval import gate

    base_path = Path(baseline) if baseline else gate.BASELINE
    res = gate.gate(Path(data), only=only or (), do_update=update, allow_regression=allow_regression,
                    settings=_settings(setting), baseline_path=base_path,
                    progress=lambda m: sys.stderr.write(m + "\n"))
    if as_json:
        _print(res, True)
    else:
        base = gate.load_baseline(base_path)["figures"]
        for name, fig in res["figures"].items():
            floor = base.get(name, {}).get("floor")
            sys.stdout.write(f"{name:<45} {fig['value']:.4f}  floor {floor if floor is not None else '-'}  "
                             f"noise {fig['noise']:.4f}\n")
    for p in res["problems"]:
        sys.stderr.write(f"newsdesk: {p}\n")
    if res["problems"]:
        raise typer.Exit(1)
