"""Apply each hand-made mutant of mutation/survivors.toml to a scratch copy of the committed tree and require its
tests to fail (the mutant is killed). Never touches the working tree: other people edit it.

Usage: python mutation/check_survivors.py [--only NAME ...] [--file TOML ...] [--rev REV] [--workdir DIR]
(default files: survivors.toml, the issue's 14, and handmade.toml, the session-3 hand-made breakages)
Exit status 1 when a mutant survives, or when its `old` text is not found exactly once (stale entry).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import unpack  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "newsdesk-survivors"))
    ap.add_argument("--file", nargs="+", default=["survivors.toml", "handmade.toml"],
                    help="mutant lists (relative to mutation/)")
    args = ap.parse_args(argv)
    mutants = []
    for name in args.file:
        with open(HERE / name, "rb") as fh:
            mutants += [m for m in tomllib.load(fh)["mutant"] if not args.only or m["name"] in args.only]
    work = Path(args.workdir)
    unpack(args.rev, work)
    env = {**os.environ, "PYTHONPATH": str(work / "src"), "HF_HUB_OFFLINE": "1", "NO_COLOR": "1",
           "PYTHONDONTWRITEBYTECODE": "1"}  # the embedder as the tests choose it (see run.py)
    bad = 0
    baseline: dict[tuple, bool] = {}

    def pytest(tests):
        return subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
                              cwd=work, env=env, capture_output=True, text=True, timeout=1800)

    for m in mutants:
        key = tuple(m["tests"])
        if key not in baseline:  # a failure only counts if the same tests pass on the unmutated tree
            base = pytest(m["tests"])
            baseline[key] = base.returncode == 0
            if not baseline[key]:
                print(f"BASELINE {' '.join(key)} fails without any mutation:\n{base.stdout[-1500:]}", flush=True)
        if not baseline[key]:
            bad += 1
            continue
        path = work / m["file"]
        original = path.read_text(encoding="utf-8")
        n = original.count(m["old"])
        if n != 1:
            print(f"STALE    {m['name']}: the text to mutate occurs {n} times in {m['file']}", flush=True)
            bad += 1
            continue
        path.write_text(original.replace(m["old"], m["new"]), encoding="utf-8")
        t0 = time.time()
        try:
            proc = pytest(m["tests"])
        finally:
            path.write_text(original, encoding="utf-8")
        secs = time.time() - t0
        if proc.returncode == 0:
            print(f"SURVIVED {m['name']} ({secs:.0f} s): {m['why']}", flush=True)
            bad += 1
        else:
            failed = next((ln for ln in proc.stdout.splitlines() if ln.startswith("FAILED")), proc.stdout[-200:])
            print(f"killed   {m['name']} ({secs:.0f} s) by {failed.removeprefix('FAILED ').split(' - ')[0]}",
                  flush=True)
    print(f"{len(mutants) - bad}/{len(mutants)} hand-made mutants killed", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
