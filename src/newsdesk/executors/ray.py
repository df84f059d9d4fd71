"""The Ray executor (`--engine ray [--workers N] [--address HOST:PORT]`): a pool of Ray actors fed as the engine goes.

Each actor (`_Actor`) loads spaCy and the embedder once, in its constructor, then runs the engine's per-article
function on groups of `batch_size` engine batches. The pool is created once per executor (`warm`: the CLI calls it
before ingest, so Ray's start and the actors' model loading overlap the driver's reading and cleaning), and `map`
keeps AHEAD_PER_WORKER groups per actor in flight while the driver does the order-dependent steps (near-duplicate
decisions of the next chunks, resolution and saving of the finished ones); results come back in batch order, so
the driver applies those steps exactly as the local executor does. A killed actor is restarted (its constructor
runs again) and its tasks retried (`max_restarts=-1`, `max_task_retries=-1`); a batch's result does not depend on
which actor computed it. Ray core actors rather than Ray Data's `map_batches`: a Ray Data run needs its input
materialised and builds a new actor pool (models loaded again) per run, so it could neither overlap the driver's
work with the actors' nor keep the pool across runs (measured in BENCHMARKS.md, issue 12).

Without `--address`, the command starts a private single-node Ray on this machine and stops it when done:
- loopback only: Ray "resolves" 127.0.0.1 to the machine's routable address unless its cluster mode is off
  (`RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0`, read when Ray is imported), so the driver, raylet and workers would
  listen on (and advertise) a non-loopback address; with it off every listener is on 127.0.0.1;
- token authentication stays on (Ray >= 2.60 enables it by default) with a random per-run token passed in the
  environment (`RAY_AUTH_TOKEN`), so nothing is written to ~/.ray/auth_token;
- no dashboard, no usage-stats reporting, a small object store (`OBJECT_STORE_MB`), Ray's own logs kept out of
  the terminal;
- actors ask for a fraction of a CPU each: on 2 cores, actors asking a whole CPU each would leave nothing for
  other tasks; each actor runs its models with CPUs/workers threads.
With `--address`, the command joins that cluster (`ray start --head` there; Ray >= 2.60 turns token authentication
on for it, so set RAY_AUTH_TOKEN to the head's token, from `ray get-auth-token`); newsdesk and its models must be
installed on every node.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from newsdesk.errors import NewsdeskError
from newsdesk.executors.worker import Worker

OBJECT_STORE_MB = 256  # batches are ~1 MB pickled; Ray's minimum is 75 MB
AHEAD_PER_WORKER = 2  # groups in flight per actor: one running, one queued, so an actor never waits for the driver


def _ray():
    try:
        import ray
    except ImportError:
        raise NewsdeskError("--engine ray needs Ray: pip install 'newsdesk[ray]'") from None
    return ray


class _Actor:
    """One Ray actor: the models once, then `fn(batch, worker)` per engine batch of a group."""

    def __init__(self, embedder, embedder_name: str | None, threads: int, pid_dir: str | None):
        os.environ["NEWSDESK_THREADS"] = str(threads)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        self.worker = Worker(embedder, embedder_name)
        self.worker.warm_up()
        if pid_dir:  # tests: where to find an actor to kill mid-run
            with open(os.path.join(pid_dir, f"{os.getpid()}.pid"), "w") as fh:
                fh.write(str(os.getpid()))

    def run(self, fn: Callable, group: list) -> list:
        return [fn(batch, self.worker) for batch in group]


class RayExecutor:
    name = "ray"

    def __init__(self, worker: Worker | None = None, *, workers: int | None = None, address: str | None = None,
                 batch_size: int | None = None):
        self.worker = worker or Worker()
        self.address = address
        self.workers = max(1, int(workers or os.cpu_count() or 1))
        self.batch_size = max(1, int(batch_size or 1))
        self._started = False
        self._actors: list | None = None
        self._env: dict[str, str | None] = {}
        self.pid_dir: str | None = None  # tests: each actor writes its pid there once its models are loaded

    # --- cluster ------------------------------------------------------------------------------------------------
    def _setenv(self, key: str, value: str, *, force: bool = True) -> None:
        if not force and key in os.environ:
            return
        self._env.setdefault(key, os.environ.get(key))
        os.environ[key] = value

    def start(self) -> None:
        """Start a private loopback Ray, or join `address`."""
        if self._started:
            return
        self._setenv("RAY_USAGE_STATS_ENABLED", "0", force=False)
        # Ray's C++ core logs an ERROR line per actor pool ("constructor arguments in the object store", about
        # Ray Data's own map worker arguments): noise on a CLI's stderr. RAY_BACKEND_LOG_LEVEL set by the user wins.
        self._setenv("RAY_BACKEND_LOG_LEVEL", "fatal", force=False)
        if self.address is None:
            self._setenv("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")  # loopback (see the module docstring)
            if "RAY_AUTH_MODE" not in os.environ:
                self._setenv("RAY_AUTH_MODE", "token")
                self._setenv("RAY_AUTH_TOKEN", secrets.token_hex(32))
        ray = _ray()
        if self.address is None:  # Ray imported before the variables were set reads them now
            from ray._private import ray_constants
            from ray._raylet import AuthenticationTokenLoader, Config

            ray_constants.ENABLE_RAY_CLUSTER = False
            Config.initialize("")  # the auth mode, as Ray's own ray.init does when it enables token auth
            AuthenticationTokenLoader.instance().reset_cache()  # the token, as Ray does after writing one
        logging.getLogger("ray").setLevel(logging.WARNING)
        if ray.is_initialized():
            self._owns = False
        else:
            try:
                if self.address is None:
                    ray.init(address="local", num_cpus=os.cpu_count() or 1, _node_ip_address="127.0.0.1",
                             include_dashboard=False, object_store_memory=OBJECT_STORE_MB * 1024 * 1024,
                             log_to_driver=False, logging_level=logging.WARNING)
                else:
                    ray.init(address=self.address, log_to_driver=False, logging_level=logging.WARNING)
            except Exception as exc:  # noqa: BLE001  (Ray raises many types; the user gets one line)
                hint = ""
                if "auth" in f"{type(exc).__name__} {exc}".lower():
                    hint = " (token authentication: set RAY_AUTH_TOKEN to the cluster's token, `ray get-auth-token`)"
                where = self.address or "127.0.0.1"
                raise NewsdeskError(f"cannot start Ray at {where}: {str(exc).strip().splitlines()[0]}{hint}") from None
            self._owns = True
        self._started = True

    def close(self) -> None:
        if self._actors is not None and self._started:
            for actor in self._actors:  # their CPUs back to a cluster that outlives this executor
                _ray().kill(actor)
        self._actors = None
        if self._started and getattr(self, "_owns", False):
            _ray().shutdown()
        self._started = False
        for key, old in self._env.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old
        self._env = {}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _cpus_per_actor(self) -> float:
        total = _ray().cluster_resources().get("CPU", 1.0)
        return round(min(0.5, max(0.05, (total - 0.25) / self.workers)), 2)

    def _threads(self) -> int:
        return max(1, (os.cpu_count() or 1) // self.workers) if self.address is None else 1

    # --- map ----------------------------------------------------------------------------------------------------
    def warm(self) -> None:
        """Start Ray and the actor pool now; the actors load their models while the caller goes on."""
        self.start()
        if self._actors is None:
            ray = _ray()
            cls = ray.remote(_Actor).options(num_cpus=self._cpus_per_actor(), max_restarts=-1, max_task_retries=-1)
            self._actors = [cls.remote(self.worker.shippable(), self.worker.embedder_name, self._threads(),
                                       self.pid_dir) for _ in range(self.workers)]

    def map(self, fn: Callable[[Any, Worker], Any], batches: Iterable[Any]) -> Iterator[Any]:
        """fn(batch, worker) for each batch on the actor pool; results in batch order. Reads `batches` only as far
        as AHEAD_PER_WORKER groups per actor ahead of the result it yields."""
        self.warm()
        ray = _ray()
        it, inflight, k = iter(batches), deque(), 0

        def submit() -> bool:
            nonlocal k
            group = list(islice(it, self.batch_size))
            if group:
                inflight.append((self._actors[k % len(self._actors)].run.remote(fn, group), len(group)))
                k += 1
            return bool(group)

        while len(inflight) < AHEAD_PER_WORKER * len(self._actors) and submit():
            pass
        while inflight:
            ref, n = inflight.popleft()
            results = ray.get(ref)
            if len(results) != n:  # a silent loss would corrupt the store
                raise NewsdeskError(f"Ray returned {len(results)} of {n} batches")
            submit()  # keep the pool busy while the caller works on these results
            yield from results
