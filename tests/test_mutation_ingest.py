"""Ingest limits pinned where mutation testing found them loose: a .jsonl that starts with JSONL_MAX_BAD_RUN refused
lines stops right there (the count starts at 0, not -1)."""

from __future__ import annotations

import json

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
