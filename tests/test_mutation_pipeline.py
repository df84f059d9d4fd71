"""Every stage of `pipeline.STAGES` leaves its mark on a small store, through the product path (Engine.ingest, the
hash embedder): a hand-made breakage that drops a stage, stops copies following their original, or lets one bad
article cost its whole batch fails here (mutation/handmade.toml names the mutants).

The stream: one meeting in March 2021 (two reports and two wire copies of the first) and the same two ministers
meeting again in June 2023 (two reports): two events, one storyline."""

from __future__ import annotations

import json

import pytest

from newsdesk.embed import HashEmbedder
from newsdesk.engine import Engine
from newsdesk.store import Store

MEET = ("Maria Okafor, the foreign minister of Peru, met Ivan Petrova, the trade minister of Kenya, in Lima on "
        "{wd} to discuss a new trade agreement on coffee and copper exports. ")
MORE = ["Officials said further meetings were planned for later in the year and a joint statement would follow.",
        "The talks lasted more than six hours, according to a spokesperson for the ministry in Lima.",
        "Analysts said the outcome could shape relations between Peru and Kenya for years to come.",
        "Several hundred farmers gathered outside the venue to demand lower tariffs on their harvest."]
STREAM = [
    ("m1", "2021-03-05", "Ledger", MEET.format(wd="Friday") + MORE[0] + " " + MORE[1]),
    ("m1-wire", "2021-03-05", "Wire", MEET.format(wd="Friday") + MORE[0] + " " + MORE[1]),
    ("m1-wire2", "2021-03-05", "Agency", MEET.format(wd="Friday") + MORE[0] + " " + MORE[1]),
    ("m2", "2021-03-05", "Courier", MEET.format(wd="Friday") + MORE[2] + " " + MORE[3]),
    ("n1", "2023-06-10", "Ledger", MEET.format(wd="Saturday") + MORE[1] + " " + MORE[3]),
    ("n2", "2023-06-10", "Courier", MEET.format(wd="Saturday") + MORE[2] + " " + MORE[0]),
]


def _ingest(tmp_path, records, embedder=None):
    src = tmp_path / "stream.jsonl"
    src.write_text("".join(json.dumps({"id": i, "published": day, "source": s, "text": t}) + "\n"
                           for i, day, s, t in records), encoding="utf-8")
    store = Store(tmp_path / "x.duckdb")
    report = Engine(store, embedder=embedder or HashEmbedder()).ingest([str(src)])
    ext = {a.id: a.external_id for a in store.load_batch(store.article_order())}
    return store, report, ext


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return _ingest(tmp_path_factory.mktemp("pipe"), STREAM)


def test_pipeline_every_article_processed_without_errors(run):
    store, report, ext = run
    assert (report.stored, report.processed, report.errors) == (6, 6, [])
    assert store.unprocessed_ids() == []


def test_pipeline_dedup_records_the_wire_copies(run):
    """dedup stage: the two identical wire copies are near-duplicates of the first report (pairs stored)."""
    store, _, ext = run
    pairs = {(ext[a], ext[b]) for a, b, _ in store.dup_pairs()}
    assert {("m1", "m1-wire"), ("m1", "m1-wire2"), ("m1-wire", "m1-wire2")} <= pairs


def test_pipeline_resolve_links_one_person_across_articles(run):
    """entities + resolve stages: one corpus entity per minister, in every original (copies follow theirs)."""
    store, _, ext = run
    people = {e.name: sorted(ext[a] for a in e.article_ids) for e in store.entities() if e.type == "PERSON"}
    assert people.get("Maria Okafor") == ["m1", "m2", "n1", "n2"], people
    assert people.get("Ivan Petrova") == ["m1", "m2", "n1", "n2"], people


def test_pipeline_coding_gives_the_originals_records(run):
    store, _, ext = run
    by_art = store.records_by_article(list(ext))
    assert sorted(ext[a] for a, recs in by_art.items() if recs) == ["m1", "m2", "n1", "n2"]


def test_pipeline_events_one_per_meeting_copies_follow_their_original(run):
    """events stage: two events; the second wire copy (past CLUSTER_COPIES_PER_ORIGINAL = 1, so it does not
    cluster) still joins its original's event; every article in exactly one event."""
    store, _, ext = run
    groups = sorted(sorted(ext[a] for a in e.article_ids) for e in store.events())
    assert groups == [["m1", "m1-wire", "m1-wire2", "m2"], ["n1", "n2"]]


def test_pipeline_storylines_link_the_two_meetings(run):
    store, _, _ = run
    events = sorted(store.events(), key=lambda e: e.date or "")
    assert [e.date for e in events] == ["2021-03-05", "2023-06-10"]
    assert [s.event_ids for s in store.storylines()] == [tuple(e.id for e in events)]


class _PoisonEmbedder(HashEmbedder):
    """The hash embedder, except that a batch holding the word POISON fails (as a real model might on one
    odd document)."""

    def embed(self, texts):
        texts = list(texts)
        if any("POISON" in t for t in texts):
            raise ValueError("cannot embed")
        return super().embed(texts)


def test_pipeline_a_failing_article_costs_only_itself_its_stage(tmp_path):
    """`_batched`: when the embedding batch fails, the stage is retried article by article: only the culprit
    goes without a vector (one error line naming it); the others keep theirs and form their event."""
    odd = "POISON in the harbour: the council voted on a budget for the new bridge and the river port. " + MORE[3]
    recs = [*STREAM[:1], *STREAM[3:4], ("bad", "2021-03-05", "Post", odd)]
    store, report, ext = _ingest(tmp_path, recs, _PoisonEmbedder())
    assert [str(e) for e in report.errors] == [
        f"{tmp_path / 'stream.jsonl'}: record bad: embed failed (ValueError: cannot embed)"]
    vec = {ext[a] for (a,) in store.rows("SELECT article_id FROM vectors")}
    assert vec == {"m1", "m2"}
    assert sorted(sorted(ext[a] for a in e.article_ids) for e in store.events())[0] == ["m1", "m2"]
