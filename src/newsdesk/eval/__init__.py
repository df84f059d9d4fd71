"""Evaluations over dev sets: each module exposes a function returning a dict of figures; `newsdesk eval` (the
Typer app in `eval.app`) calls them, and `newsdesk eval gate` compares them with `eval/baseline.json`.

`run_product` is the shared helper that makes an evaluation measure what the product does: it ingests dev records
into a fresh temporary store through `Engine.ingest` (the function `newsdesk ingest` calls), optionally in several
consecutive ingests (the incremental path, as a stream arrives), and hands back the store for the read views
(`newsdesk.store.queries`), so the figures are those of the product's path, not of stages wired again by hand.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.settings import DEFAULT, Settings

RECORD_KEYS = ("id", "title", "text", "html", "source", "url", "published", "date")


@dataclass
class ProductRun:
    """A temporary store filled through the product's path. `article_of`: record id -> stored article id."""

    store: object
    workdir: Path
    reports: list = field(default_factory=list)
    article_of: dict[str, str] = field(default_factory=dict)

    @property
    def record_of(self) -> dict[str, str]:
        return {aid: rid for rid, aid in self.article_of.items()}

    def close(self) -> None:
        self.store.close()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def run_product(records: Sequence[Mapping], *, parts: int = 1, settings: Settings = DEFAULT, embedder=None,
                until: str = "corpus", keys: Sequence[str] = RECORD_KEYS) -> ProductRun:
    """Ingest `records` (dicts as `newsdesk ingest` reads JSONL: id, title, text or html, source, url,
    published...) into a fresh temporary DuckDB store, in `parts` consecutive ingests of consecutive slices (each
    one `Engine.ingest`, processing included, as `newsdesk ingest` runs). `until="dedup"`: store and run only
    the pipeline's phases up to `dedup` (for the near-duplicate evaluation, which needs no models), with the
    engine's own chunking. `embedder`: None for the product's default."""
    from newsdesk import pipeline
    from newsdesk.engine import Engine
    from newsdesk.store import Store

    workdir = Path(tempfile.mkdtemp(prefix="newsdesk-eval-"))
    store = Store(workdir / "eval.duckdb")
    run = ProductRun(store, workdir)
    engine = Engine(store, embedder=embedder, settings=settings)
    n = max(1, parts)
    size = -(-len(records) // n) if records else 0
    for k in range(n):
        part = records[k * size:(k + 1) * size]
        if not part:
            continue
        path = workdir / f"part{k}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps({key: r[key] for key in keys if r.get(key) is not None}, ensure_ascii=False)
                         + "\n")
        run.reports.append(engine.ingest([str(path)], process=until == "corpus"))
    if until == "dedup":
        ctx = pipeline.chunk_context(store.signatures(), store.passage_spans(), store.published(), settings)
        todo = store.unprocessed_ids()
        for i in range(0, len(todo), settings.PROCESS_CHUNK):
            store.save(pipeline.run(store.load_batch(todo[i:i + settings.PROCESS_CHUNK]), ctx, settings, "dedup"))
    elif until != "corpus":
        raise ValueError(f"until: 'dedup' or 'corpus', not {until!r}")
    run.article_of = {a.external_id: a.id for a in store.articles(raw=False)}
    return run
