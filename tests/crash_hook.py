"""Run the newsdesk CLI with a kill -9 planted before one chosen database write (used by tests/test_crash_kill9.py).

`python tests/crash_hook.py --db X ingest ...` behaves exactly like `newsdesk --db X ingest ...`, except that every
DuckDB connection is wrapped: when the environment names a kill point, the process sends itself SIGKILL right
before executing the NEWSDESK_KILL_NTH-th statement (1-based) whose SQL matches the regular expression
NEWSDESK_KILL_SQL. No Python cleanup, rollback or `finally` runs: it is the same as an operator's `kill -9`, but
it lands at an exact point (between two writes of one transaction), which a timer cannot aim at.

The hook only sees SQL text, not newsdesk's Python names, so it keeps working while the store's methods change.
NEWSDESK_SQL_LOG=PATH appends every write statement's first 120 characters to PATH (to choose kill points).
"""

from __future__ import annotations

import os
import re
import signal
import sys

import duckdb

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER)\b", re.I)
_real_connect = duckdb.connect
_state = {"hits": 0}


def _check(sql: str) -> None:
    log = os.environ.get("NEWSDESK_SQL_LOG")
    if log and WRITE.match(sql):
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(" ".join(sql.split())[:120] + "\n")
    pattern = os.environ.get("NEWSDESK_KILL_SQL")
    if pattern and re.search(pattern, sql, re.I | re.S):
        _state["hits"] += 1
        if _state["hits"] == int(os.environ.get("NEWSDESK_KILL_NTH", "1")):
            os.kill(os.getpid(), signal.SIGKILL)


class _Connection:
    """Forwards everything to the real DuckDB connection; statements pass `_check` first."""

    def __init__(self, con):
        self._con = con

    def __getattr__(self, name):
        return getattr(self._con, name)

    def execute(self, sql, *args, **kw):
        _check(str(sql))
        return self._con.execute(sql, *args, **kw)

    def executemany(self, sql, *args, **kw):
        _check(str(sql))
        return self._con.executemany(sql, *args, **kw)

    def sql(self, sql, *args, **kw):
        _check(str(sql))
        return self._con.sql(sql, *args, **kw)

    def append(self, table, *args, **kw):
        _check(f"INSERT INTO {table} (append)")
        return self._con.append(table, *args, **kw)

    def __enter__(self):
        self._con.__enter__()
        return self

    def __exit__(self, *exc):
        return self._con.__exit__(*exc)


def _connect(*args, **kw):
    return _Connection(_real_connect(*args, **kw))


duckdb.connect = _connect

if __name__ == "__main__":
    from newsdesk.cli import main

    sys.argv[0] = "newsdesk"
    sys.exit(main())
