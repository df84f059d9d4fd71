"""Fast, in-process tests of the critical decisions that mutation testing (mutation/run.py, `make mutate`) found
unguarded: each fails when one small piece of the code is removed or flipped (the mutant named in its docstring).

- Store.save writes a delta in one transaction: a failure half-way leaves nothing of it (ingest batch, processing
  chunk, event update), which is what makes `kill -9` + re-run safe (tests/test_crash_kill9.py does the real kill);
- dedup.detect: a near-duplicate is a copy only within EVENT_MAX_GAP_DAYS, of the most similar earlier article;
- dedup.borrowers: at most `per_original` copies of an original take part in clustering (the 10k speed fix);
- the ingest report counts every rejected input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk import dedup, pipeline
from newsdesk.model import Article, Event, Storyline
from newsdesk.settings import DEFAULT
from newsdesk.store import Store

SENTENCE = ("the council met on friday to discuss the budget for the new harbour bridge and agreed to raise the "
            "port tax while farmers marched against the plan in the capital city after the drought ruined crops "
            "across the river valley and the army was sent to help with water supplies for the villages")
WORDS = SENTENCE.split()


def art(aid: str, text: str, published: str | None = "2021-03-01") -> Article:
    return Article(id=aid, external_id=aid, source="S", url=None, title=None, text=text, raw_text=text,
                   published=published, published_evidence="metadata" if published else None, page_date=None,
                   lang="en", credits=(), removed=(), ingested_at="2021-03-01T00:00:00+00:00")


def state() -> dedup.DedupState:
    return dedup.DedupState([], [], {}, DEFAULT)


# --- Store.save: one transaction per delta ----------------------------------------------------------------------
def _fail(monkeypatch, method: str):
    def boom(self, *a, **kw):
        raise RuntimeError("killed")

    monkeypatch.setattr(Store, method, boom)


def test_store_save_ingest_batch_all_or_nothing(tmp_path, monkeypatch):
    """Mutant: `with self.transaction():` removed from Store.save (articles kept, their line statistics lost)."""
    store = Store(tmp_path / "x.duckdb")
    delta = pipeline.Delta(articles=[art("a1", "one text"), art("a2", "another text")],
                           line_stats=[("S", "", 2), ("S", "k:abc", 2)])
    _fail(monkeypatch, "add_line_stats")
    with pytest.raises(RuntimeError):
        store.save(delta)
    monkeypatch.undo()
    assert store.existing_ids(["a1", "a2"]) == set()
    assert store.line_stats(["S"]) == []
    assert store.save(delta) == 2  # the same batch again, whole
    assert store.save(pipeline.Delta()) == 0  # a batch of duplicates stores nothing (not -1: mutant `stored = -1`)
    assert store.save(pipeline.Delta(articles=[art("a1", "one text")])) == 0  # already stored: counted as 0
    assert store.existing_ids(["a1", "a2"]) == {"a1", "a2"}
    assert sorted(store.line_stats(["S"])) == [("S", "", 2), ("S", "k:abc", 2)]


def test_store_save_processing_chunk_all_or_nothing(tmp_path, monkeypatch):
    """Mutant: Store.save without its transaction: the chunk's signatures and pairs stay, unflagged."""
    store = Store(tmp_path / "x.duckdb")
    store.save(pipeline.Delta(articles=[art("a1", "one text"), art("a2", "one text")]))
    sig = dedup.sig_to_bytes(dedup.signature("one text"))
    chunk = pipeline.Delta(processed=["a1", "a2"], signatures=[("a1", sig), ("a2", sig)],
                           dup_pairs=[("a1", "a2", 1.0)])
    _fail(monkeypatch, "mark_processed")
    with pytest.raises(RuntimeError):
        store.save(chunk)
    monkeypatch.undo()
    assert store.signatures() == [] and store.dup_pairs() == []
    assert sorted(store.unprocessed_ids()) == ["a1", "a2"]


def test_store_save_event_update_all_or_nothing(tmp_path, monkeypatch):
    """Mutant: Store.save without its transaction: new events written, storylines not (a half update)."""
    store = Store(tmp_path / "x.duckdb")
    store.save(pipeline.Delta(articles=[art("a1", "one text")]))
    first = pipeline.Delta(events=[Event("e1", "T", "2021-03-01", ("a1",))],
                           storylines=[Storyline("s1", "T", ("e1",))])
    store.save(first)
    second = pipeline.Delta(events=[Event("e2", "T2", "2021-03-02", ("a1",))], dropped=["e1"],
                            storylines=[Storyline("s2", "T2", ("e2",))])
    _fail(monkeypatch, "replace_storylines")
    with pytest.raises(RuntimeError):
        store.save(second)
    monkeypatch.undo()
    assert [(e.id, e.article_ids) for e in store.events()] == [("e1", ("a1",))]
    assert [(s.id, s.event_ids) for s in store.storylines()] == [("s1", ("e1",))]


def test_store_replace_events_removes_the_dissolved_events(tmp_path):
    """Mutant store-dropped-events-kept (`gone = list(drop_ids) + ...` -> only the written events): two events
    merged into a third by an update must leave no empty event rows behind."""
    store = Store(tmp_path / "x.duckdb")
    store.save(pipeline.Delta(articles=[art("a1", "one text"), art("a2", "another text")]))
    store.save(pipeline.Delta(events=[Event("e1", "T1", "2021-03-01", ("a1",)),
                                      Event("e2", "T2", "2021-03-01", ("a2",))]))
    store.save(pipeline.Delta(events=[Event("e3", "T3", "2021-03-01", ("a1", "a2"))], dropped=["e1", "e2"]))
    assert [(e.id, e.article_ids) for e in store.events()] == [("e3", ("a1", "a2"))]
    assert store.rows("SELECT id FROM events") == [("e3",)]
    assert sorted(store.rows("SELECT event_id, article_id FROM event_articles")) == [("e3", "a1"), ("e3", "a2")]


# --- copies -----------------------------------------------------------------------------------------------------
def test_dedup_close_in_time_window_edges():
    """Mutants: `<=` -> `<`, the missing-date rule flipped, the window ignored."""
    gap = DEFAULT.EVENT_MAX_GAP_DAYS
    assert dedup.close_in_time("2021-01-01", "2021-01-01", gap)
    assert dedup.close_in_time("2020-01-01", "2020-12-31", 365)  # 365 days apart: still inside
    assert not dedup.close_in_time("2020-01-01", "2021-01-01", 365)  # 366 days (leap year): outside
    assert not dedup.close_in_time("2021-01-01", "2020-01-01", 365)  # either order
    assert dedup.close_in_time(None, "2020-01-01", 365) and dedup.close_in_time("2020-01-01", None, 365)


def test_dedup_detect_copy_only_within_time_window():
    """Mutant: copies accepted whatever their time gap (the close_in_time filter removed)."""
    text = " ".join(WORDS)
    arts = [art("orig", text, "2019-03-01"), art("same_day", text, "2019-03-01"), art("later", text, "2021-06-01")]
    sigs, pairs, copies, _ = dedup.detect(arts, state(), DEFAULT)
    assert [s[0] for s in sigs] == ["orig", "same_day", "later"]
    assert {(a, b) for a, b, _ in pairs} == {("orig", "same_day"), ("orig", "later"), ("same_day", "later")}
    assert copies == {"same_day": "orig"}  # the 2021 near-duplicate is not a copy: it is processed as an original


def test_dedup_detect_copy_of_most_similar_earlier_article():
    """Mutant: `max(close, key=similarity)` -> `min`: the least similar earlier near-duplicate taken."""
    base = list(WORDS)
    a = " ".join(base)
    b = " ".join(base[:40] + ["completely", "different", "ending", "words", "here", "now"] + base[46:52])
    c = " ".join(base[:40] + ["completely", "different", "ending", "words", "here", "now"] + base[46:51])
    st = state()  # ids chosen so that the most similar earlier article has the smaller id (max by id would differ)
    _, pairs, copies, _ = dedup.detect([art("z", a), art("b", b), art("c", c)], st, DEFAULT)
    sim = {(x, y): s for x, y, s in pairs}
    assert sim[("b", "c")] > sim[("z", "c")]  # c is closer to b than to z
    assert copies["c"] == "b" and copies["b"] == "z"


def test_dedup_borrowers_cap_copies_per_original():
    """Mutants: the per-original cap removed or off by one (every copy clustering: 10k events took 145 s)."""
    order = ["o", "c1", "c2", "c3", "p", "d1"]
    copies = {"c1": "o", "c2": "o", "c3": "o", "d1": "p"}
    assert dedup.borrowers(order, copies, ["o", "p"], 1) == {"o": "o", "p": "p", "c1": "o", "d1": "p"}
    assert dedup.borrowers(order, copies, ["o", "p"], 2) == {"o": "o", "p": "p", "c1": "o", "c2": "o", "d1": "p"}
    assert dedup.borrowers(order, copies, ["o", "p"], 0) == {"o": "o", "p": "p"}
    # a copy with features of its own keeps them; a copy of a copy does not borrow a borrowed vector
    assert dedup.borrowers(["o", "c1"], {"c1": "o"}, ["o", "c1"], 1) == {"o": "o", "c1": "c1"}
    assert dedup.borrowers(["o", "c1", "cc"], {"c1": "o", "cc": "c1"}, ["o"], 5) == {"o": "o", "c1": "o"}
    # the same with ids where the borrowed id sorts before its borrower (an `<=` in place of `==` would borrow)
    assert dedup.borrowers(["a0", "m1", "z2"], {"m1": "a0", "z2": "m1"}, ["a0"], 5) == {"a0": "a0", "m1": "a0"}


def test_dedup_copy_map_every_member_but_the_canonical():
    """Mutants: `m != canonical` -> `<`, `>`, `<=` (ids on both sides of the canonical in sort order)."""
    pairs = [("b_orig", "a_copy", 0.9), ("b_orig", "c_copy", 0.8), ("x", "y", 0.7)]
    got = dedup.copy_map(pairs, ["b_orig", "a_copy", "c_copy", "x", "y"])
    assert got == {"a_copy": "b_orig", "c_copy": "b_orig", "y": "x"}


def test_dedup_copy_map_only_within_the_time_window():
    """Mutant: `max_gap_days is not None` -> `is None` in `copy_map` (the time window never applied): with the
    articles' days and a gap, a pair further apart than the gap is no copy; without a gap every pair is."""
    pairs = [("o", "near", 0.9), ("o", "far", 0.95)]
    published = {"o": "2021-03-01", "near": "2021-03-04", "far": "2023-03-01"}
    order = ["o", "near", "far"]
    assert dedup.copy_map(pairs, order, published, 30) == {"near": "o"}
    assert dedup.copy_map(pairs, order, published, None) == {"near": "o", "far": "o"}
    assert dedup.copy_map(pairs, order) == {"near": "o", "far": "o"}


# --- the ingest report -------------------------------------------------------------------------------------------
def test_engine_ingest_report_counts_every_rejected_input(tmp_path):
    """Mutant: `report.rejected += 1` removed (bad inputs named on stderr but not counted)."""
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine

    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("The minister met his counterpart in Lima on Friday to discuss trade.",
                                encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (d / "recs.jsonl").write_text('{"id": "r1", "text": "A second article about the talks."}\n{oops\n{"id": "r3"}\n',
                                  encoding="utf-8")
    errors = []
    report = Engine(Store(tmp_path / "x.duckdb"), embedder=HashEmbedder()).ingest([str(d)], process=False,
                                                                                   on_error=errors.append)
    assert len(errors) == 4 and sum("HTML page has no article text" in str(e) for e in errors) == 1
    assert (report.read, report.stored, report.duplicate, report.rejected) == (3, 2, 0, 4)
    assert json.loads(json.dumps(report.as_dict()))["rejected"] == 4
    assert Path(errors[0].path).parent == d


def test_engine_copy_skips_ner_and_embedding(tmp_path):
    """Mutant: the chunk's copies sent to `analyse` like originals (the copy decision ignored downstream)."""
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine

    text = ("Maria Okafor, the foreign minister of Peru, met Ivan Petrova, the trade minister of Kenya, in Lima on "
            "Friday to discuss a new trade agreement. " + SENTENCE.capitalize() + ".")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": text, "published": "2021-03-05", "source": s}) + "\n"
                           for i, s in (("orig", "Ledger"), ("wire", "Wire"))), encoding="utf-8")
    store = Store(tmp_path / "x.duckdb")
    report = Engine(store, embedder=HashEmbedder()).ingest([str(src)])
    assert report.processed == 2 and report.errors == []
    ids = {a.external_id: a.id for a in store.load_batch(store.article_order())}
    person = next(e for e in store.entities() if e.name == "Maria Okafor")
    assert person.article_ids == (ids["orig"],)  # the copy borrowed its original's NER: no mention of its own
    assert store.records_by_article([ids["wire"]]) == {} and store.records_by_article([ids["orig"]])


def test_engine_ingest_batches_of_exactly_ingest_batch(tmp_path):
    """Mutant: `len(batch) >= INGEST_BATCH` -> `>` (one more article per transaction than the setting says)."""
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": f"Article number {i} about the harbour vote."}) + "\n"
                           for i in range(5)), encoding="utf-8")
    seen = []
    eng = Engine(Store(tmp_path / "x.duckdb"), progress=lambda stage, done, total: seen.append((stage, done)),
                 embedder=HashEmbedder(), settings=DEFAULT.replace(INGEST_BATCH=2))
    report = eng.ingest([str(src)], process=False)
    assert report.stored == 5 and seen == [("ingest", 2), ("ingest", 4), ("ingest", 5)]


def test_engine_ingest_timing_is_the_elapsed_time(tmp_path, monkeypatch):
    """Mutant: `perf_counter() - t0` -> `/` (a ratio reported as seconds)."""
    import types

    from newsdesk import engine as engine_mod
    from newsdesk.embed import HashEmbedder

    clock = iter([1000.0, 1002.5])
    monkeypatch.setattr(engine_mod, "time", types.SimpleNamespace(perf_counter=lambda: next(clock)))
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "r", "text": "One article about the harbour vote."}) + "\n", encoding="utf-8")
    report = engine_mod.Engine(Store(tmp_path / "x.duckdb"), embedder=HashEmbedder()).ingest([str(src)],
                                                                                           process=False)
    assert report.timings == {"ingest": 2.5}


def test_engine_stage_failures_reach_the_report(tmp_path, monkeypatch):
    """Mutant: the loop handing processing failures (`stage_errors`) to the report and `on_error` emptied."""
    from newsdesk import coding
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine

    def broken(article, *a, **kw):
        raise ValueError("bad sentence")

    monkeypatch.setattr(coding, "code", broken)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "r1", "text": "Kenya accused Sudan of shelling border villages."}) + "\n",
                   encoding="utf-8")
    seen = []
    report = Engine(Store(tmp_path / "x.duckdb"), embedder=HashEmbedder()).ingest([str(src)], on_error=seen.append)
    want = [f"{src}: record r1: coding failed (ValueError: bad sentence)"]
    assert [str(e) for e in report.errors] == want and [str(e) for e in seen] == want
    assert report.processed == 1
