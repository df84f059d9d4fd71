"""The local executor: every batch in this process, in order (the default `--engine local`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newsdesk.executors.worker import Worker


class LocalExecutor:
    name = "local"
    workers = 1

    def __init__(self, worker: Worker | None = None):
        self.worker = worker or Worker()

    def map(self, fn: Callable[[Any, Worker], Any], batches: Iterable[Any]) -> Iterator[Any]:
        """fn(batch, worker) for each batch, lazily, in order."""
        for batch in batches:
            yield fn(batch, self.worker)

    def close(self) -> None:
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
