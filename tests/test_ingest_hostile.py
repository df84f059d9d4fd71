"""Replays the hostile-input corpus (tests/hostile/): every case that ever broke, hung or confused an ingest.

One folder holds the committed files (tests/hostile/files/) and the ones made at test time (a FIFO named
`fifo.txt`, a socket, link loops, devices, a 1,100-level tree, ...; see tests/hostile/build.py). Ingesting it must
finish quickly, name each refused item exactly as tests/hostile/expected.json says (one `path[:LINE]: reason`
line each), and store each good article once. `UPDATE_HOSTILE=1 pytest tests/test_ingest_hostile.py` rewrites
expected.json: review the diff."""

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsdesk import ingest
from newsdesk.engine import Engine
from newsdesk.errors import InputError
from newsdesk.store import Store

HERE = Path(__file__).resolve().parent / "hostile"
sys.path.insert(0, str(HERE))
import build  # noqa: E402  (tests/hostile/build.py)

EXPECTED = HERE / "expected.json"


@pytest.fixture
def hostile(tmp_path):
    """The corpus folder with the special files; the deep tree is removed afterwards (without recursion)."""
    d = tmp_path / "in"
    shutil.copytree(HERE / "files", d)
    try:
        build.make_special(d)
        yield d
    finally:
        build.remove_tree(d / "tree")


def _ingest(db: Path, paths, stdin=None, limit: float = 60.0):
    """Engine ingest (no processing) in a thread: a hang fails the test instead of stalling the suite."""
    result: dict = {}

    def go():
        t0 = time.thread_time()
        try:
            errors: list[str] = []
            with Store(db) as store:
                report = Engine(store).ingest([str(p) for p in paths], stdin=stdin, process=False,
                                              on_error=lambda e: errors.append(str(e)))
                result["report"], result["errors"] = report, errors
                result["stored"] = sorted(a.external_id for a in store.articles())
            result["cpu_seconds"] = time.thread_time() - t0
        except BaseException as exc:  # noqa: BLE001  (reported by the assertion below)
            result["exc"] = exc

    t0 = time.monotonic()
    worker = threading.Thread(target=go, daemon=True)
    worker.start()
    worker.join(limit)
    assert not worker.is_alive(), f"ingest still running after {limit} s: it hangs"
    assert "exc" not in result, f"an exception escaped: {result.get('exc')!r}"
    result["seconds"] = time.monotonic() - t0
    return result


def _relative(lines: list[str], d: Path) -> list[str]:
    return sorted(line.replace(str(d), "{dir}") for line in lines)


def test_ingest_hostile_corpus_replays(tmp_path, hostile):
    d = hostile
    got = _ingest(tmp_path / "x.duckdb", [d])
    answer = {"errors": _relative(got["errors"], d), "stored": got["stored"]}
    if os.environ.get("UPDATE_HOSTILE") == "1":
        EXPECTED.write_text(json.dumps(answer, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert answer["errors"] == expected["errors"]
    assert answer["stored"] == expected["stored"]
    report = got["report"]
    assert report.stored == len(expected["stored"]) and report.rejected == len(expected["errors"])
    assert got["cpu_seconds"] < 20  # CPU, not wall: the shared CI box may be busy (the watchdog catches hangs)
    # each file refused whole is named exactly once
    errors = got["errors"]
    per_record = re.compile(r"^.*?(:\d+: |: record \d+: )")  # path:LINE: or a JSON array's `record N:`
    whole_file = [e for e in errors if not per_record.match(e)]
    names = [e.split(": ", 1)[0] for e in whole_file]
    assert len(names) == len(set(names))
    for name in ("fifo.txt", "socket.jsonl", "loop.txt", "broken_link.txt", "dev_zero.txt", "dev_null.json",
                 "deep_array.json", "gzip_bomb.txt.gz", "truncated.txt.gz", "binary.html", "empty.txt"):
        assert f"{d}/{name}" in names, name


def test_ingest_hostile_stdin_replays(tmp_path):
    """The JSONL cases again, concatenated on stdin: the same records are refused, with stdin line numbers."""
    import io

    files = build.corpus()
    lines = b"".join(files[n] for n in ("deep_object.jsonl", "python_types.jsonl", "numbers.jsonl",
                                        "wrong_types.jsonl"))
    got = _ingest(tmp_path / "x.duckdb", ["-"], stdin=io.BytesIO(lines + b"[" * 100_000 + b"]" * 100_000 + b"\n"))
    # line 16's "text" is a list of paragraph strings (a crawler's `.getall()`): read as paragraphs; line 18's "id"
    # is an object: the line names it
    assert got["stored"] == ["deep-ok", "num-ok", "stdin:16", "stdin:18"]
    assert got["errors"] == [
        "-:2: JSON nested too deeply (5,000 levels; limit 100): flatten the record",
        '-:3: record is a JSON null, expected an object with "text" or "html"',
        '-:4: record is a JSON string, expected an object with "text" or "html"',
        '-:5: record is a JSON number, expected an object with "text" or "html"',
        '-:6: record is a JSON array, expected an object with "text" or "html"',
        '-:7: record is a JSON boolean, expected an object with "text" or "html"',
        '-:8: record has neither text nor html (give the article body as "text", or the page as "html")',
        "-:10: number 1e999 is too large for JSON (write it as a string)",
        "-:11: NaN is not JSON (write null, or a number)",
        "-:12: -Infinity is not JSON (write null, or a number)",
        "-:13: number with 5,000 digits is too long (limit 4,300; write it as a string)",
        '-:14: "text" is a JSON number, expected a string',
        '-:15: "html" is a JSON null, expected a string',
        '-:17: "body" is a JSON object, expected a string',
        "-:19: JSON nested too deeply (100,000 levels; limit 100): flatten the record",
    ]


def test_ingest_hostile_cli_no_traceback_and_exit_0(tmp_path, hostile):
    """The real command line over the same folder: exit 0 (something was stored), the same lines, no traceback."""
    d = hostile
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "newsdesk.cli", "--db", str(tmp_path / "x.duckdb"), "ingest",
                           "--no-process", str(d)], capture_output=True, text=True, timeout=120, env=env,
                          errors="surrogateescape", check=False)
    assert time.monotonic() - t0 < 60
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert _relative(proc.stderr.splitlines(), d) == expected["errors"]


# ------------------------------------------------------------------------------ races: vanish, change, swap --
def _docs(paths):
    items = list(ingest.iter_docs([str(p) for p in paths], ingest.Walk()))
    return [i.external_id for i in items if not isinstance(i, InputError)], [str(i) for i in items
                                                                             if isinstance(i, InputError)]


def test_ingest_file_vanishing_after_listing_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(build.article("a"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(build.article("b"), encoding="utf-8")
    items = ingest.iter_docs([str(tmp_path)], ingest.Walk())
    first = next(items)  # the folder has been listed; b.txt goes before it is opened
    (tmp_path / "b.txt").unlink()
    rest = [str(i) for i in items]
    assert first.external_id == "a"
    assert rest == [f"{tmp_path}/b.txt: vanished before it could be read: skipped (ingest it again if it comes back)"]


def test_ingest_file_changing_while_read_is_named(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(build.article("a"), encoding="utf-8")
    real = os.fdopen

    def fdopen_then_append(fd, *args, **kw):  # another process appends between our stat and our read
        with open(path, "ab") as fh:
            fh.write(b" more words")
        return real(fd, *args, **kw)

    monkeypatch.setattr(os, "fdopen", fdopen_then_append)
    assert _docs([path]) == ([], [f"{path}: changed while being read: skipped (ingest it again once it is "
                                  "complete)"])


def test_ingest_fifo_swapped_in_after_stat_never_blocks(tmp_path, monkeypatch):
    """stat said 'regular file', then a FIFO took its place: the non-blocking open and fstat still refuse it."""
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    regular = os.stat(__file__)
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: regular if str(p) == str(fifo) else real_stat(p, *a, **k))
    result = {}
    worker = threading.Thread(target=lambda: result.update(got=_docs([fifo])), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "opening the FIFO blocked"
    assert result["got"] == ([], [f"{fifo}: a named pipe (FIFO), not a regular file: skipped, only regular files "
                                  "are read (send JSONL through stdin with `-` instead)"])


@pytest.mark.parametrize("text, depth", [("1", 0), ("[]", 1), ("[[1], {\"a\": [2]}]", 3), ('"[[[[" ', 0)])
def test_ingest_nesting_depth_counts_brackets_outside_strings(text, depth):
    assert ingest.nesting_depth(text) == depth


def test_ingest_nesting_depth_counts_beyond_the_limit():
    assert ingest.nesting_depth("[" * 500 + "]" * 500) == 500
    assert ingest.nesting_depth('{"a": "' + "[" * 500 + '"}') == 1  # brackets inside a string do not nest
    assert ingest.nesting_depth('["\\"[[[", [[]]]') == 3  # nor after an escaped quote
    assert ingest.nesting_depth('[{"a": ' * 300 + "1" + "}]" * 300) == 600


def test_ingest_jsonl_stops_after_a_run_of_refused_lines(tmp_path, monkeypatch):
    """A CSV or a junk bomb named .jsonl: each refused line is named up to JSONL_MAX_BAD_RUN in a row, then one
    line says the rest is skipped; a good record in between starts the count again."""
    monkeypatch.setattr(ingest.records, "JSONL_MAX_BAD_RUN", 3)
    path = tmp_path / "export.jsonl"
    good = json.dumps({"id": "g", "text": build.article("g")})
    path.write_text("a,b\nc,d\n" + good + "\n" + "x,y\n" * 10, encoding="utf-8")
    assert _docs([path]) == (["g"], [
        f"{path}:1: malformed JSON: Expecting value at column 1 (each line must be one JSON object)",
        f"{path}:2: malformed JSON: Expecting value at column 1 (each line must be one JSON object)",
        f"{path}:4: malformed JSON: Expecting value at column 1 (each line must be one JSON object)",
        f"{path}:5: malformed JSON: Expecting value at column 1 (each line must be one JSON object)",
        f"{path}:6: malformed JSON: Expecting value at column 1 (each line must be one JSON object)",
        f"{path}:7: 3 lines refused in a row: not JSONL? The rest is skipped (fix the lines above, or check the "
        "file's format)"])


def test_ingest_gzip_bomb_of_blank_lines_stops_quickly(tmp_path):
    import gzip

    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"id": "g", "text": build.article("g")}).encode() + b"\n"
                                   + b"\n" * 20_000_000, 9))
    t0 = time.process_time()
    assert _docs([path]) == (["g"], [f"{path}: gzip bomb: it expands to over 400 times its compressed size; read "
                                     "no further (records before this were kept)"])
    assert time.process_time() - t0 < 10


def test_ingest_stdin_binary_is_one_line():
    import io

    items = list(ingest.read_stdin(io.BytesIO(bytes(range(256)) * 64)))
    assert [str(i) for i in items] == ["-: binary input, not JSONL text"]


def test_ingest_jsonl_changing_while_read_keeps_what_was_read(tmp_path, monkeypatch):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "g", "text": build.article("g")}) + "\n", encoding="utf-8")
    real = os.fdopen

    def fdopen_then_append(fd, *args, **kw):  # the crawler appends while we read
        with open(path, "ab") as fh:
            fh.write(b"\n")
        return real(fd, *args, **kw)

    monkeypatch.setattr(os, "fdopen", fdopen_then_append)
    assert _docs([path]) == (["g"], [f"{path}: changed while being read: the records read so far are kept (ingest it "
                                     "again once it is complete: only new records are added)"])


def test_ingest_page_and_text_limits_in_json_records(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest.files, "MAX_PAGE_BYTES", 100)
    monkeypatch.setattr(ingest.files, "MAX_PAGE_ELEMENTS", 3)
    monkeypatch.setattr(ingest.files, "MAX_TEXT_LINES", 2)
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"html": "<p>" + "x" * 200 + "</p>"}, {"html": "<p>a</p>" * 4},
                                {"text": "one\ntwo\nthree"}]), encoding="utf-8")
    assert _docs([path]) == ([], [
        f"{path}: record 1: HTML page too large (207 bytes; limit 100)",
        f"{path}: record 2: HTML page too complex (4 elements; limit 3): not a news page (save the article alone)",
        f"{path}: record 3: text has too many lines (3; limit 2): not one article (split it)"])


def test_ingest_unreadable_folder_is_named(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    real = os.scandir

    def scandir(p):
        if str(p).endswith("sub"):
            raise PermissionError(13, "Permission denied")
        return real(p)

    monkeypatch.setattr(os, "scandir", scandir)
    assert _docs([tmp_path]) == ([], [f"{tmp_path}/sub: cannot read folder: Permission denied"])


def test_ingest_path_with_nul_byte_is_one_line():
    assert [str(i) for i in ingest.iter_docs(["a\x00b.txt"], ingest.Walk())] == [
        "a\\x00b.txt: not a valid path (it contains a NUL byte)"]


def test_ingest_jsonl_of_blank_lines_is_named(tmp_path):
    """Found by the fuzz test: a line of \x1c (a separator str.strip() removes) left the file neither stored nor named."""
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\x1c\n  \n")
    assert _docs([path]) == ([], [f"{path}: empty file (only blank lines)"])
