"""Run `newsdesk` as the held-out checks do (a subprocess, no colour) and insist on a clean exit: the one copy of
the helper that the CLI scenario tests share."""

import json
import os
import subprocess
import sys

EXE = [sys.executable, "-m", "newsdesk.cli"]


def cli(db, *args):
    """`newsdesk --db DB ARGS...`: exit 0 and no traceback required; the parsed JSON with --json, else stdout."""
    proc = subprocess.run([*EXE, "--db", str(db), *args], capture_output=True, text=True, check=False,
                          env={**os.environ, "NO_COLOR": "1"}, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout) if "--json" in args else proc.stdout
