"""What a per-article function may use besides its batch (`Worker`), and what an executor is (`Executor`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol


class Worker:
    """Per-process resources for the per-article stages: the embedder (built on first use from `embedder_name`,
    unless an embedder object was handed over) and spaCy (`ner.load`, cached per process)."""

    def __init__(self, embedder=None, embedder_name: str | None = None):
        self._embedder = embedder
        self.embedder_name = embedder_name or getattr(embedder, "name", None)

    @property
    def embedder(self):
        if self._embedder is None:
            from newsdesk import embed

            self._embedder = embed.get_embedder(self.embedder_name)
        return self._embedder

    def warm_up(self) -> None:
        """Load the models now (an actor does this in its constructor, once)."""
        from newsdesk import ner

        ner.load()
        _ = self.embedder

    def shippable(self):
        """The embedder to send to other processes: the object itself when it pickles cheaply (the hashing test
        embedder), else None (each worker loads its own by name)."""
        emb = self._embedder
        if emb is not None and type(emb).__name__ == "HashEmbedder":
            return emb
        return None


class Executor(Protocol):
    name: str
    workers: int

    def map(self, fn: Callable[[Any, Worker], Any], batches: Iterable[Any]) -> Iterator[Any]: ...

    def close(self) -> None: ...
