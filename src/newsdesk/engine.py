"""The engine: the only place that connects the pipeline to the store. It loads, runs and saves; no stage logic.

Ingest: read (`ingest`) -> content id -> skip what is stored -> `pipeline.run(..., "ingest")` (corpus line
statistics, clean, date) -> one transaction per batch (`Store.save`). Process (the articles not processed yet),
per chunk of PROCESS_CHUNK: `store.load_batch` -> phase `dedup` (in order) -> phase `analyse` of the chunk's
originals on the executor (`pipeline.analyse`, in chunk order) -> phase `resolve` -> one transaction
`store.save(delta)`; then once: phase `corpus` (events, storylines) -> one transaction. See `pipeline` for what
each phase runs, and README (Architecture) for one article's path.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import BinaryIO

from newsdesk import heap, pipeline
from newsdesk import ingest as ingest_mod
from newsdesk.errors import InputError
from newsdesk.model import IngestReport, RawDoc, raw_id
from newsdesk.settings import DEFAULT, Settings
from newsdesk.store import Store

Progress = Callable[[str, int, int | None], None]  # (stage, done, total)


class Engine:
    def __init__(self, store: Store, progress: Progress | None = None, embedder=None, executor=None,
                 settings: Settings = DEFAULT):
        self.store, self.settings = store, settings
        self.progress = progress or (lambda stage, done, total: None)
        self._embedder, self._executor = embedder, executor  # executor: who runs `analyse` (default: local)
        self.stage_errors: list[InputError] = []  # per-article processing failures (reported, not raised)

    def ingest(self, paths: Sequence[str], *, stdin: BinaryIO | None = None, process: bool = True,
               on_error: Callable[[InputError], None] | None = None) -> IngestReport:
        report, walk, batch = IngestReport(), ingest_mod.Walk(), []

        def fail(err: InputError) -> None:
            report.rejected += 1
            report.errors.append(err)
            if on_error:
                on_error(err)

        t0 = time.perf_counter()
        for item in ingest_mod.iter_docs(paths, walk, stdin):
            if isinstance(item, InputError):
                fail(item)
                continue
            report.read += 1
            batch.append(item)
            if len(batch) >= self.settings.INGEST_BATCH:
                self._ingest_batch(batch, report, fail)
                batch = []
        if batch:
            self._ingest_batch(batch, report, fail)
        report.skipped_files = walk.skipped
        report.timings["ingest"] = time.perf_counter() - t0
        if process:
            report.processed, timings = self.process()
            report.timings.update(timings)
            for err in self.stage_errors:  # reported; the article is stored and keeps its other stages
                report.errors.append(err)
                if on_error:
                    on_error(err)
        return report

    def _ingest_batch(self, batch: list[RawDoc], report: IngestReport, fail: Callable[[InputError], None]) -> None:
        keyed = [(raw_id(d), d) for d in batch]
        stored = self.store.existing_ids(k for k, _ in keyed)
        fresh: dict[str, RawDoc] = {}
        for key, doc in keyed:
            if key in stored or key in fresh:
                report.duplicate += 1
            else:
                fresh[key] = doc
        now = datetime.now(UTC).isoformat(timespec="seconds")
        ctx = pipeline.IngestContext(self.store.line_stats({d.group for d in fresh.values()}), now)
        delta = pipeline.run(list(fresh.items()), ctx, self.settings, "ingest")
        for err in delta.rejected:
            fail(err)
        report.stored += self.store.save(delta)
        self.progress("ingest", report.read, None)

    def executor(self):
        if self._executor is None:
            from newsdesk.executors import Worker
            from newsdesk.executors.local import LocalExecutor

            self._executor = LocalExecutor(Worker(self._embedder))
        return self._executor

    def process(self, *, rebuild: bool = False) -> tuple[int, dict[str, float]]:
        """Run every processing stage on articles not processed yet (all of them with `rebuild`)."""
        timings: Counter = Counter()
        if rebuild:
            self.store.reset_processing()
        todo, done, n, store = self.store.unprocessed_ids(), 0, self.settings.PROCESS_CHUNK, self.store
        if todo:
            t = time.perf_counter()
            ctx = pipeline.chunk_context(store.signatures(), store.passage_spans(), store.published(), self.settings)
            timings["dedup"] += time.perf_counter() - t
            decided: deque = deque()

            def originals():  # order-dependent copy decisions here, chunk by chunk, ahead of the executor
                for i in range(0, len(todo), n):
                    batch = store.load_batch(todo[i:i + n])
                    decided.append((batch, pipeline.run(batch, ctx, self.settings, "dedup")))
                    yield [a for a in batch if a.id not in decided[-1][1].copies]

            for analysed in self.executor().map(partial(pipeline.analyse, settings=self.settings), originals()):
                batch, delta = decided.popleft()
                ctx.entities = store.entities()
                delta = pipeline.run(batch, ctx, self.settings, "resolve", delta.merge(analysed))
                t = time.perf_counter()
                store.save(delta)
                timings["store"] += time.perf_counter() - t
                timings.update(delta.timings)
                self.stage_errors.extend(delta.errors)
                done += len(batch)
                self.progress("process", done, len(todo))
        from newsdesk.events.build import EventInputs

        t = time.perf_counter()
        with heap.corpus_gc():
            # only the time window of the new articles (their events, near-duplicates, summaries of the rest)
            rows = store.event_inputs(self.settings.EVENT_MAX_GAP_DAYS, rebuild=rebuild)
            inputs = EventInputs(**rows, rebuild=rebuild)
            timings["events"] += time.perf_counter() - t
            delta = pipeline.run(None, inputs, self.settings, "corpus")
        t = time.perf_counter()
        store.save(delta)
        timings["store"] += time.perf_counter() - t
        timings.update(delta.timings)
        return done, dict(timings)


def open_engine(db: str | None = None, progress: Progress | None = None, *, read_only: bool = False,
                executor=None, settings: Settings = DEFAULT) -> Engine:
    from newsdesk.store import open_store  # a DuckDB file, or a postgresql:// URL (store.postgres)

    return Engine(open_store(db, read_only=read_only), progress, executor=executor, settings=settings)
