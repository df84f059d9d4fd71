"""Executors: who runs the per-article stages over which batches (`--engine local|ray`).

The engine cuts the work into batches in article order and keeps every order-dependent step on its own process
(near-duplicate decisions, entity resolution, events, storylines, the store). What an executor runs is a pure,
module-level function `fn(batch, worker) -> result` (e.g. NER, embeddings, entity mentions and coding of one
chunk's originals): `map(fn, batches)` yields one result per batch, in batch order, whoever computed it. So the
results, and everything the engine derives from them, are the same on every executor, for any number of workers
and any batch grouping, as long as the batches themselves are the same.

- `local.LocalExecutor`: in this process, one batch after the other (the default).
- `ray.RayExecutor`: Ray Data `map_batches` over an actor pool; each actor loads spaCy and the embedder once
  (optional extra: `pip install 'newsdesk[ray]'`).

`Worker` is what `fn` may use besides its batch: the models, loaded once per process.
"""

from __future__ import annotations

import os

from newsdesk.executors.worker import Executor, Worker

__all__ = ["ENGINES", "Executor", "Worker", "get_executor"]

ENGINES = ("local", "ray")


def get_executor(engine: str = "local", *, workers: int | None = None, address: str | None = None,
                 batch_size: int | None = None, embedder=None) -> Executor:
    """The executor named `engine` (NEWSDESK_ENGINE when None). `workers`: Ray actors (default: the CPU count);
    `address`: an existing Ray cluster (default: a private one on 127.0.0.1); `batch_size`: engine batches per Ray
    batch (default 1)."""
    from newsdesk.errors import NewsdeskError

    engine = engine or os.environ.get("NEWSDESK_ENGINE") or "local"
    worker = Worker(embedder)
    if engine == "local":
        from newsdesk.executors.local import LocalExecutor

        return LocalExecutor(worker)
    if engine == "ray":
        from newsdesk.executors.ray import RayExecutor

        return RayExecutor(worker, workers=workers, address=address, batch_size=batch_size)
    raise NewsdeskError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
