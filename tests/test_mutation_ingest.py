"""Ingest limits pinned where mutation testing found them loose: a .jsonl that starts with JSONL_MAX_BAD_RUN refused
lines stops right there (the count starts at 0, not -1)."""

from __future__ import annotations

import json

import pytest

from newsdesk import ingest
from newsdesk.errors import InputError


def test_ingest_jsonl_refused_run_at_the_start_stops_after_exactly_the_limit(tmp_path, monkeypatch):
    """Mutant: `run = 0` -> `run = -1` (one refused line more than JSONL_MAX_BAD_RUN before the file is given up)."""
    monkeypatch.setattr(ingest.records, "JSONL_MAX_BAD_RUN", 3)
    path = tmp_path / "export.jsonl"
    good = json.dumps({"id": "g", "text": "A record after the refused lines, about the harbour vote in Lima."})
    path.write_text("a,b\n" * 3 + good + "\n", encoding="utf-8")
    items = list(ingest.iter_docs([str(path)], ingest.Walk()))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [i for i in items if not isinstance(i, InputError)] == []  # the 4th line is never read
    assert len(errors) == 4 and all(f"{path}:{n}: malformed JSON" in errors[n - 1] for n in (1, 2, 3))
    assert errors[3].startswith(f"{path}:4: 3 lines refused in a row: not JSONL?")


# --- ingest/files.py (cosmic-ray target ingest-files) ------------------------------------------------------------
def test_ingest_looks_binary_allows_text_control_bytes():
    """Mutants: a byte dropped from the allowed controls (TAB, LF, FF, CR, SUB, ESC): a Windows text file (CR LF
    on every line), form feeds between pages, a DOS end-of-file SUB or colour codes are text, not binary;
    other control bytes in number are binary."""
    from newsdesk.ingest.files import looks_binary

    for b in (9, 10, 12, 13, 26, 27):
        assert not looks_binary(b"A line of text about the harbour vote." + bytes([b]) * 60), b
    assert not looks_binary(b"A line of text about the harbour vote.\r\n" * 200)
    for b in (1, 2, 8, 11, 31):
        assert looks_binary(b"A line of text about the harbour vote." + bytes([b]) * 60), b


def test_ingest_looks_binary_threshold_counts_each_control_once():
    """Mutant: `sum(1 for ...)` -> `sum(2 ...)`: up to max(8, len // 20) stray controls are tolerated, one more
    is binary."""
    from newsdesk.ingest.files import looks_binary

    text = b"x" * 100
    assert not looks_binary(text + b"\x01" * 8) and looks_binary(text + b"\x01" * 9)
    # 2000 bytes: the limit is 2000 // 20 = 100
    assert not looks_binary(b"y" * 1900 + b"\x02" * 100) and looks_binary(b"y" * 1899 + b"\x02" * 101)


def test_ingest_read_bytes_short_read_is_a_changed_file(tmp_path, monkeypatch):
    """Mutant: `len(data) != st.st_size` -> `>`: fewer bytes than the file's size at open (a file cut while it is
    read, on a file system whose stat lags) is a file that changed, not a shorter article."""
    import io
    import os

    from newsdesk.ingest import files

    path = tmp_path / "a.txt"
    path.write_text("The council met on Friday to discuss the harbour budget.", encoding="utf-8")
    st = os.stat(path)
    monkeypatch.setattr(files, "_open_regular", lambda p, listed=True: (io.BytesIO(b"The council met"), st))
    monkeypatch.setattr(files, "_changed", lambda before, fh: False)
    with pytest.raises(InputError) as err:
        files.read_bytes(str(path))
    assert str(err.value) == f"{path}: {files.CHANGED}"


def test_ingest_jsonl_only_blank_lines_message_names_stdin_or_the_file(tmp_path):
    """Mutant: `path != "-"` -> `>=` in `_jsonl_lines` (stdin's message replaced by the file's): blank lines only
    is 'empty input' on stdin and 'empty file' for a named .jsonl."""
    import io

    blank = b"\n   \n\x1c\n"
    items = list(ingest.iter_docs(["-"], ingest.Walk(), io.BytesIO(blank)))
    assert [str(i) for i in items] == ["-: empty input (stdin had no JSONL records)"]
    path = tmp_path / "blank.jsonl"
    path.write_bytes(blank)
    items = list(ingest.iter_docs([str(path)], ingest.Walk()))
    assert [str(i) for i in items] == [f"{path}: empty file (only blank lines)"]
