"""The newsdesk command line: parses options, calls the engine (writes) or `store.queries` (reads), prints.
No logic lives here.

`--json` output is the engine's dicts / the model's fields as they are (documented in docs/cli.md and pinned by
tests). Errors the user can act on print one line on stderr (`path: reason`, `path:LINE: reason`) and never a
traceback.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsdesk.errors import NewsdeskError
from newsdesk.eval.app import eval_app
from newsdesk.model import to_json

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn piles of raw scraped news into dated, deduplicated events, entities and records.")
app.add_typer(eval_app, name="eval")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True, highlight=False)
STATE: dict = {"db": None, "wait": None}


@app.callback()
def _main(db: Annotated[str | None, typer.Option("--db", envvar="NEWSDESK_DB", metavar="PATH",
                                                    help="DuckDB store file (default ./newsdesk.duckdb), or a "
                                                         "postgresql:// URL.")] = None,
          wait: Annotated[float | None, typer.Option("--wait", envvar="NEWSDESK_WAIT", metavar="SECONDS", min=0,
                                                     help="While another process writes the store, wait this long "
                                                          "for it (default STORE_BUSY_WAIT).")] = None):
    STATE["db"] = db
    STATE["wait"] = wait


SettingOpt = Annotated[list[str] | None, typer.Option(
    "--setting", metavar="NAME=VALUE", help="Override one setting for this run (repeatable; see `settings`).")]


def _settings(assignments: list[str] | None):
    from newsdesk.settings import from_cli

    return from_cli(assignments)


def _engine(progress=None, read_only: bool = False, executor=None, settings=None):
    from newsdesk.engine import open_engine
    from newsdesk.settings import STORE_BUSY_WAIT
    from newsdesk.store.lock import wait_while_busy

    wait = STATE.get("wait")
    kw = {"executor": executor} if executor is not None else {}
    if settings is not None:
        kw["settings"] = settings
    return wait_while_busy(lambda: open_engine(STATE["db"], progress, read_only=read_only, **kw),
                           STORE_BUSY_WAIT if wait is None else wait, lambda msg: err.print(msg, markup=False))


def _store():
    """The store opened read-only for a read command (through `newsdesk.store.queries`)."""
    from newsdesk.settings import STORE_BUSY_WAIT
    from newsdesk.store import open_store
    from newsdesk.store.lock import wait_while_busy

    wait = STATE.get("wait")
    return wait_while_busy(lambda: open_store(STATE["db"], read_only=True),
                           STORE_BUSY_WAIT if wait is None else wait, lambda msg: err.print(msg, markup=False))


def _query(name: str, *args, **kw):
    """Call `newsdesk.store.queries.<name>(store, ...)` on the read-only store."""
    from newsdesk.store import queries

    with _store() as store:
        return getattr(queries, name)(store, *args, **kw)


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


@contextmanager
def _progress(enabled: bool = True):
    """A rich progress bar on stderr; yields the engine's progress callback."""
    if not enabled or not err.is_terminal:
        yield None
        return
    bar = Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=err, transient=True)
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int | None) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    with bar:
        yield update


# --engine / --workers / --address / --ray-batch: who runs the per-article stages (newsdesk.executors)
EngineOpt = Annotated[str, typer.Option("--engine", envvar="NEWSDESK_ENGINE", metavar="local|ray",
                                        help="Run the per-article stages here (local) or on Ray (pip install "
                                             "'newsdesk[ray]').")]
WorkersOpt = Annotated[int | None, typer.Option("--workers", min=1, help="Ray actors (default: the CPU count).")]
AddressOpt = Annotated[str | None, typer.Option("--address", metavar="HOST:PORT",
                                                help="Join this Ray cluster (default: a private one on 127.0.0.1).")]
RayBatchOpt = Annotated[int | None, typer.Option("--ray-batch", min=1, metavar="CHUNKS",
                                                 help="Processing chunks per Ray batch (default 1).")]


@contextmanager
def _executor(engine: str, workers: int | None, address: str | None, ray_batch: int | None):
    """The executor for --engine (None for the default local one), closed (Ray stopped) afterwards."""
    from newsdesk.executors import get_executor

    if engine == "local":
        yield None
        return
    ex = get_executor(engine, workers=workers, address=address, batch_size=ray_batch)
    try:
        if hasattr(ex, "warm"):  # Ray and its actors start while ingest reads and cleans
            ex.warm()
        yield ex
    finally:
        ex.close()


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for JSONL on stdin.")],
           no_process: Annotated[bool, typer.Option("--no-process", help="Only store; `process` catches up.")] = False,
           as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
           engine_name: EngineOpt = "local", workers: WorkersOpt = None, address: AddressOpt = None,
           ray_batch: RayBatchOpt = None, setting: SettingOpt = None):
    """Read, clean, date and store articles; then run the pipeline on them (unless --no-process)."""
    settings = _settings(setting)
    with _progress() as progress, _executor(engine_name, workers, address, ray_batch) as ex:
        engine = _engine(progress, executor=ex, settings=settings)
        report = engine.ingest(paths, stdin=sys.stdin.buffer if "-" in paths else None, process=not no_process,
                               on_error=lambda e: err.print(str(e), markup=False))
    if as_json:
        _print_json(report.as_dict())
    else:
        out.print(f"read {report.read} / stored {report.stored} / duplicate {report.duplicate} / "
                  f"rejected {report.rejected}" + (f" / processed {report.processed}" if not no_process else ""))
    if report.stored == 0 and report.duplicate == 0:
        raise typer.Exit(1)


@app.command()
def process(rebuild: Annotated[bool, typer.Option("--rebuild", help="Recompute every stage for all articles.")]
            = False, as_json: Annotated[bool, typer.Option("--json")] = False,
            engine_name: EngineOpt = "local", workers: WorkersOpt = None, address: AddressOpt = None,
            ray_batch: RayBatchOpt = None, setting: SettingOpt = None):
    """Run the pipeline on stored articles not processed yet (everything with --rebuild)."""
    settings = _settings(setting)
    with _progress() as progress, _executor(engine_name, workers, address, ray_batch) as ex:
        engine = _engine(progress, executor=ex, settings=settings)
        done, timings = engine.process(rebuild=rebuild)
    for e in engine.stage_errors:
        err.print(str(e), markup=False)
    if as_json:
        _print_json({"processed": done, "timings": {k: round(v, 3) for k, v in timings.items()}})
    else:
        out.print(f"processed {done}")


@app.command()
def rebuild(as_json: Annotated[bool, typer.Option("--json")] = False, engine_name: EngineOpt = "local",
            workers: WorkersOpt = None, address: AddressOpt = None, ray_batch: RayBatchOpt = None,
            setting: SettingOpt = None):
    """Full rebuild: recompute near-duplicates, features, events and storylines for every article."""
    process(rebuild=True, as_json=as_json, engine_name=engine_name, workers=workers, address=address,
            ray_batch=ray_batch, setting=setting)


@app.command()
def articles(as_json: Annotated[bool, typer.Option("--json")] = False,
             since: Annotated[str | None, typer.Option(help="Only published on or after DAY (YYYY-MM-DD).")] = None,
             source: Annotated[str | None, typer.Option(help="Only this source.")] = None):
    """List stored articles."""
    rows = _query("articles", since=since, source=source)
    if as_json:
        _print_json([to_json(a) for a in rows])
        return
    table = Table("id", "external id", "published", "source", "title")
    for a in rows:
        table.add_row(a.id, a.external_id, a.published or "", a.source or "", (a.title or a.text[:60]).strip())
    out.print(table)


@app.command()
def show(key: Annotated[str, typer.Argument(metavar="ID", help="Article id or external id.")],
         as_json: Annotated[bool, typer.Option("--json")] = False):
    """Show one article: metadata, clean text, what cleaning removed."""
    a = _query("article", key)
    if as_json:
        _print_json(to_json(a))
        return
    out.print(f"[bold]{a.title or '(no title)'}[/bold]", markup=True)
    for k in ("id", "external_id", "source", "url", "published", "published_evidence", "page_date", "lang"):
        out.print(f"{k}: {getattr(a, k)}", markup=False, highlight=False)
    if a.credits:
        out.print("credits: " + "; ".join(a.credits), markup=False)
    out.print()
    out.print(a.text, markup=False, highlight=False)
    if a.removed:
        out.print()
        out.print(f"removed ({len(a.removed)}):", markup=False)
        for r in a.removed:
            out.print(f"  [{r.reason}] {r.text[:100]}", markup=False, highlight=False)


@app.command()
def stats(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Counts of what the store holds."""
    s = _query("stats")
    if as_json:
        _print_json(s)
        return
    for k, v in s.items():
        if k != "sources":
            out.print(f"{k}: {v}", highlight=False)
    out.print("sources: " + ", ".join(f"{k} {v}" for k, v in s["sources"].items()), highlight=False)


@app.command()
def events(as_json: Annotated[bool, typer.Option("--json")] = False):
    """List events: date, title, articles."""
    rows = _query("events")
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "date", "articles", "sources", "title")
    for e in rows:
        table.add_row(e["id"], e["date"] or "", str(e["article_count"]), str(e["source_count"]), e["title"][:80])
    out.print(table)


@app.command()
def event(key: Annotated[str, typer.Argument(metavar="ID")], as_json: Annotated[bool, typer.Option("--json")] = False):
    """One event: articles, date, place, participants and PLOVER records."""
    e = _query("event", key)
    if as_json:
        _print_json(e)
        return
    out.print(f"[bold]{e['title']}[/bold]  {e['date'] or ''}  {e['place'] or ''}")
    for a in e["articles"]:
        out.print(f"  {a['published'] or '          '}  {a['source'] or ''}  {a['external_id']}"
                  + (f"  (copy of {a['copy_of']})" if a["copy_of"] else ""), markup=False)
    if e["participants"]:
        out.print("participants: " + "; ".join(
            p["name"] + (f" ({p['role']}, {p['country']})" if p["role"] or p["country"] else "")
            for p in e["participants"]), markup=False)
    for r in e["records"]:
        out.print(f"  {r['date'] or ''} {r['actor']} {r['action']} {r['target'] or ''}"
                  f"{' @ ' + r['place'] if r['place'] else ''} :: {r['evidence'][:100]}", markup=False)


@app.command()
def storylines(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Storylines: events linked across time, with their timeline."""
    rows = _query("storylines")
    if as_json:
        _print_json(rows)
        return
    for s in rows:
        out.print(f"[bold]{s['title']}[/bold] ({s['id']})")
        for t in s["timeline"]:
            out.print(f"  {t['date'] or '????-??-??'}  {t['title']}  [{t['event']}]", markup=False)


@app.command()
def entities(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Canonical entities: name, type, aliases, country, roles, article count."""
    rows = _query("entities")
    if as_json:
        _print_json(rows)
        return
    table = Table("name", "type", "country", "roles", "articles", "aliases")
    for e in rows:
        table.add_row(e["name"], e["type"], e["country"] or "", ", ".join(e["roles"]), str(e["articles"]),
                      ", ".join(e["aliases"])[:60])
    out.print(table)


@app.command()
def entity(name: Annotated[str, typer.Argument(metavar="NAME")],
           as_json: Annotated[bool, typer.Option("--json")] = False):
    """One entity and its events over time."""
    e = _query("entity", name)
    if as_json:
        _print_json(e)
        return
    out.print(f"[bold]{e['name']}[/bold] {e['type']} {e['country'] or ''} {', '.join(e['roles'])}")
    for ev in e["events"]:
        out.print(f"  {ev['date'] or '????-??-??'}  {ev['title']}  [{ev['id']}]", markup=False)


@app.command()
def pairs(a: Annotated[str, typer.Argument(metavar="A", help="Entity name, alias or id.")],
          b: Annotated[str, typer.Argument(metavar="B", help="Entity name, alias or id.")],
          as_json: Annotated[bool, typer.Option("--json")] = False):
    """Every event and record in which A and B both take part, dated and placed, with evidence."""
    p = _query("pairs", a, b)
    if as_json:
        _print_json(p)
        return
    out.print(f"[bold]{p['a']['name']}[/bold] and [bold]{p['b']['name']}[/bold]: {len(p['events'])} event(s), "
              f"{len(p['records'])} record(s)")
    for e in p["events"]:
        out.print(f"  {e['date'] or '????-??-??'}  {e['place'] or ''}  {e['title']}  [{e['id']}]", markup=False)
        for x in e["evidence"][:1]:
            out.print(f"      {x['source'] or ''}: {x['sentence'][:160]}", markup=False, highlight=False)
    for r in p["records"]:
        out.print(f"  {r['date'] or '????-??-??'} {r['actor']} {r['action']} {r['target']}"
                  f"{' @ ' + r['place'] if r['place'] else ''} :: {r['evidence'][:100]}", markup=False)


@app.command()
def serve(host: Annotated[str, typer.Option(help="Address to bind (127.0.0.1: this machine only).")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000):
    """Serve the store read-only as web pages and a JSON/CSV API (needs the web extra). An ingest may write the
    store meanwhile: pages answer from a snapshot and show the new events once the ingest has finished."""
    from newsdesk.settings import STORE_BUSY_WAIT
    from newsdesk.store import default_path
    from newsdesk.web import serve as run

    wait = STATE.get("wait")
    run(STATE["db"] or default_path(), host, port, wait=STORE_BUSY_WAIT if wait is None else wait,
        log=lambda msg: err.print(msg, markup=False))


@app.command("settings")
def settings_cmd(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Every named threshold with its value, help, and the evaluation that chose it."""
    from newsdesk import settings as s

    rows = [{k: to_json(getattr(x, k)) for k in ("name", "default", "help", "chosen_by")} for x in s.SETTINGS.values()]
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        out.print(f"[bold]{r['name']}[/bold] = {r['default']!r}\n  {r['help']}\n  chosen by: {r['chosen_by']}")


def main() -> None:
    """Console-script entry: NewsdeskError -> one line on stderr, exit 1; never a traceback."""
    try:
        rc = app(standalone_mode=False)  # returns the exit code of typer.Exit instead of raising it
    except NewsdeskError as exc:
        err.print(f"newsdesk: {exc}", markup=False)
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("newsdesk: aborted", markup=False)
        sys.exit(130)
    except KeyboardInterrupt:
        err.print("newsdesk: interrupted", markup=False)
        sys.exit(130)
    except SystemExit:
        raise
    except OSError as exc:  # a path the user gave (an eval --dataset, say) that cannot be read: `path: reason`
        where = f"{exc.filename}: " if exc.filename else ""
        err.print(f"newsdesk: {where}{exc.strerror or exc}", markup=False)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001  (click usage errors and anything unexpected: one line, no traceback)
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        err.print(f"newsdesk: internal error: {type(exc).__name__}: {exc}", markup=False)
        sys.exit(2)
    sys.exit(rc if isinstance(rc, int) else 0)


if __name__ == "__main__":
    main()
