"""The Ray executor (`--engine ray [--workers N] [--address HOST:PORT]`): Ray Data `map_batches` over an actor pool.

Each actor (`_Actor`) loads spaCy and the embedder once, in its constructor, then runs the engine's per-article
function on whole engine batches; `map` yields the results in batch order (Ray Data's `preserve_order`), so the
driver applies the order-dependent steps exactly as the local executor does. Batches travel pickled (one binary
column), so Ray Data never re-types model objects. A killed actor is restarted and its batch retried (Ray Data's
defaults for actor pools: `max_restarts=-1`, `max_task_retries=-1`); a batch's result does not depend on which
actor computed it.

Without `--address`, the command starts a private single-node Ray on this machine and stops it when done:
- loopback only: Ray "resolves" 127.0.0.1 to the machine's routable address unless its cluster mode is off
  (`RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0`, read when Ray is imported), so the driver, raylet and workers would
  listen on (and advertise) a non-loopback address; with it off every listener is on 127.0.0.1;
- token authentication stays on (Ray >= 2.60 enables it by default) with a random per-run token passed in the
  environment (`RAY_AUTH_TOKEN`), so nothing is written to ~/.ray/auth_token;
- no dashboard, no usage-stats reporting, a small object store (`OBJECT_STORE_MB`), Ray's own logs kept out of
  the terminal;
- actors ask for a fraction of a CPU each: on 2 cores, actors asking a whole CPU each would leave nothing for Ray
  Data's other tasks and the pipeline would stall; each actor runs its models with CPUs/workers threads.
With `--address`, the command joins that cluster (`ray start --head` there; Ray >= 2.60 turns token authentication
on for it, so set RAY_AUTH_TOKEN to the head's token, from `ray get-auth-token`); newsdesk and its models must be
installed on every node.
"""

from __future__ import annotations

import logging
import os
import pickle
import secrets
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from newsdesk.errors import NewsdeskError
from newsdesk.executors.worker import Worker

OBJECT_STORE_MB = 256  # batches are ~1 MB pickled; Ray's minimum is 75 MB
WINDOW = 64  # engine batches per Ray Data run (one actor pool per run): bounds driver memory on large stores


def _ray():
    try:
        import ray
    except ImportError:
        raise NewsdeskError("--engine ray needs Ray: pip install 'newsdesk[ray]'") from None
    return ray


class _Actor:
    """One Ray Data actor: the models once, then `fn(batch, worker)` per pickled batch."""

    def __init__(self, fn: Callable, embedder, embedder_name: str | None, threads: int, pid_dir: str | None):
        os.environ["NEWSDESK_THREADS"] = str(threads)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        self.fn = fn
        self.worker = Worker(embedder, embedder_name)
        self.worker.warm_up()
        if pid_dir:  # tests: where to find an actor to kill mid-run
            with open(os.path.join(pid_dir, f"{os.getpid()}.pid"), "w") as fh:
                fh.write(str(os.getpid()))

    def __call__(self, batch: dict) -> dict:
        import numpy as np

        out = [pickle.dumps(self.fn(pickle.loads(p), self.worker), protocol=pickle.HIGHEST_PROTOCOL)
               for p in batch["payload"]]
        return {"i": batch["i"], "result": np.array(out, dtype=object)}


class RayExecutor:
    name = "ray"

    def __init__(self, worker: Worker | None = None, *, workers: int | None = None, address: str | None = None,
                 batch_size: int | None = None):
        self.worker = worker or Worker()
        self.address = address
        self.workers = max(1, int(workers or os.cpu_count() or 1))
        self.batch_size = max(1, int(batch_size or 1))
        self._started = False
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
        from ray.data import DataContext

        ctx = DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        self._started = True

    def close(self) -> None:
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
    def map(self, fn: Callable[[Any, Worker], Any], batches: Iterable[Any]) -> Iterator[Any]:
        """fn(batch, worker) for each batch on the actor pool; results in batch order. Consumes `batches` in
        windows of WINDOW (one Ray Data run each)."""
        self.start()
        it = iter(batches)
        while window := list(islice(it, WINDOW)):
            yield from self._run(fn, window)

    def _run(self, fn: Callable, window: list) -> Iterator[Any]:
        ray = _ray()
        rows = [{"i": i, "payload": pickle.dumps(b, protocol=pickle.HIGHEST_PROTOCOL)} for i, b in enumerate(window)]
        ds = ray.data.from_items(rows, override_num_blocks=len(rows))
        out = ds.map_batches(
            _Actor, batch_size=self.batch_size, batch_format="numpy",
            fn_constructor_kwargs={"fn": fn, "embedder": self.worker.shippable(),
                                   "embedder_name": self.worker.embedder_name, "threads": self._threads(), "pid_dir": self.pid_dir},
            compute=ray.data.ActorPoolStrategy(size=min(self.workers, len(rows))),
            num_cpus=self._cpus_per_actor())
        expect = 0
        for row in out.iter_rows():
            if int(row["i"]) != expect:  # preserve_order guarantees this; a silent reorder would corrupt the store
                raise NewsdeskError(f"Ray returned batch {row['i']} where {expect} was expected")
            expect += 1
            yield pickle.loads(row["result"])
        if expect != len(window):
            raise NewsdeskError(f"Ray returned {expect} of {len(window)} batches")
