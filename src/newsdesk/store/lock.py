"""A busy store in the user's words: who holds DuckDB's write lock, and waiting for it to go.

DuckDB lets one process at a time open a store file for writing, and a writer shuts readers out too. Its own
message ("IO Error: Could not set lock on file ...: Conflicting lock is held in /usr/bin/python3.11 (PID 123)")
names neither what the other process is doing nor what to do, so `Store` turns it into `StoreBusy`:
"the store is busy: an ingest (pid 123) is writing; retry, or use --wait". `wait_while_busy` retries an open
for a number of seconds, saying once that it waits. Hand-written because DuckDB has no lock timeout of its own.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TypeVar

from newsdesk.errors import StoreError

_LOCK = re.compile(r"Could not set lock on file")
_PID = re.compile(r"\(PID (\d+)\)")
# newsdesk commands that write, as the busy message names them; any other newsdesk command only reads
_WRITERS = {"ingest": "an ingest", "process": "a process run", "rebuild": "a rebuild"}
_READERS = ("articles", "show", "events", "event", "storylines", "entities", "entity", "stats", "pairs", "serve",
            "eval")
T = TypeVar("T")


class StoreBusy(StoreError):
    """Another process holds the store's lock. `pid` is that process (None when DuckDB did not say); `doing` is
    'writing' or 'reading' (a reader keeps writers out too)."""

    def __init__(self, pid: int | None, holder: str, doing: str = "writing"):
        self.pid, self.holder, self.doing = pid, holder, doing
        super().__init__(f"the store is busy: {self.who} is {doing}; retry, or use --wait")

    @property
    def who(self) -> str:
        return f"{self.holder} (pid {self.pid})" if self.pid is not None else self.holder


def is_lock_error(exc: BaseException) -> bool:
    """True for DuckDB's 'Could not set lock on file' (another process has the store open)."""
    return bool(_LOCK.search(str(exc)))


def holder_of(pid: int | None) -> tuple[str, str]:
    """(what the process holding the lock is, 'writing' or 'reading'), from its command line: ('an ingest',
    'writing'), ('a newsdesk events command', 'reading'), ('another program', 'writing')..."""
    if pid is None:
        return "another process", "writing"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            argv = [a.decode("utf-8", "replace") for a in fh.read().split(b"\0") if a]
    except OSError:  # not Linux, or the process has just ended
        return "another process", "writing"
    if not any("newsdesk" in a for a in argv):
        return "another program", "writing"
    for a in argv:
        if a in _WRITERS:
            return _WRITERS[a], "writing"
        if a in _READERS:
            return f"a newsdesk {a} command", "reading"
    return "another newsdesk command", "writing"


def busy_error(exc: BaseException) -> StoreBusy:
    """DuckDB's lock error -> StoreBusy naming the holder."""
    m = _PID.search(str(exc))
    pid = int(m.group(1)) if m else None
    return StoreBusy(pid, *holder_of(pid))


def wait_while_busy(open_store: Callable[[], T], wait: float, notify: Callable[[str], None] | None = None,
                    poll: float = 0.25) -> T:
    """Call `open_store` until it does not raise StoreBusy or `wait` seconds have passed (then re-raise).

    `notify` gets one line when waiting starts: 'the store is busy: an ingest (pid 12) is writing; waiting up to
    30 s (--wait SECONDS)'."""
    deadline = time.monotonic() + max(0.0, wait)
    told = False
    while True:
        try:
            return open_store()
        except StoreBusy as exc:
            if time.monotonic() >= deadline:
                raise
            if not told and notify is not None:
                notify(f"the store is busy: {exc.who} is {exc.doing}; waiting up to {wait:g} s (--wait SECONDS)")
                told = True
            time.sleep(min(poll, max(0.0, deadline - time.monotonic())))
