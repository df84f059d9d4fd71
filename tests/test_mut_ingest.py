"""Ingest counts and messages that mutation testing (make mutate, session 4) found unguarded."""

from __future__ import annotations

import json

from newsdesk import ingest
from newsdesk.embed import HashEmbedder
from newsdesk.engine import Engine
from newsdesk.store import Store


def test_ingest_blank_jsonl_with_a_relative_name_sorting_before_dash_is_a_file(tmp_path, monkeypatch):
    """Mutant: `path != "-"` -> `path > "-"` in `_jsonl_lines`: a relative file name whose first character sorts
    before '-' ('+', '#', '(', a space) got stdin's message."""
    monkeypatch.chdir(tmp_path)
    for name in ("+blank.jsonl", "(1) blank.jsonl"):
        (tmp_path / name).write_bytes(b"\n   \n\x1c\n")  # blank lines, one of a separator
        assert [str(i) for i in ingest.iter_docs([name], ingest.Walk())] == [f"{name}: empty file (only blank lines)"]


def test_engine_counts_each_duplicate_once(tmp_path):
    """Mutant: `report.duplicate += 1` -> `+= 2`. A record repeated inside one batch and the whole file ingested
    again: each repeat counts one duplicate."""
    recs = [{"id": "r1", "text": "The minister met his counterpart in Lima on Friday to discuss trade."},
            {"id": "r2", "text": "Farmers marched in Nairobi on Monday against new tariffs on coffee."},
            {"id": "r1", "text": "The minister met his counterpart in Lima on Friday to discuss trade."}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    engine = Engine(Store(tmp_path / "x.duckdb"), embedder=HashEmbedder())
    first = engine.ingest([str(src)], process=False)
    assert (first.read, first.stored, first.duplicate, first.rejected) == (3, 2, 1, 0)
    again = engine.ingest([str(src)], process=False)
    assert (again.read, again.stored, again.duplicate, again.rejected) == (3, 0, 3, 0)
