"""The events stage alone, on a store of `benchmarks/events_incremental.py` (issue 13 item 5): what one incremental
update spends in `Store.event_inputs` + `events.build.make_docs` + `events.build.update` (the engine's "events"
timing), without the article stages around it, so code versions can be timed and compared on one prepared store.

    prep STORE OUTDIR: copy STORE (with new0.jsonl / new1.jsonl beside it, as events_incremental.py writes them),
        ingest new0 through `Engine.ingest` (hashing embedder; the storylines stage only writes the event summaries
        the window loading needs), then ingest new1 with the events and storylines stages skipped: OUTDIR/B.duckdb
        holds 100 processed articles in no event.
    run PREPPED [--profile] [--dump OUT.json]: on a copy of PREPPED, time the events stage (wall, CPU), print what
        was loaded and how many events changed / were dropped; --dump writes the changed events (id, members, day,
        place, title) and dropped ids, to compare two code versions (PYTHONPATH=<other checkout>/src); --stored:
        use the prepared store's clustering features whatever code version built them (DOC_VERSION pinned: for
        timing code that does not change `make_doc`'s output) and load the gazetteer first, as an engine has. Modules an
        engine has imported in its earlier stages (`newsdesk.dedup`, which compiles the cleaning rules) are imported
        before the clock starts.

    .venv/bin/python benchmarks/events_stage.py prep out/ei/store-10000.duckdb out/ei/p10k
    .venv/bin/python benchmarks/events_stage.py run out/ei/p10k/B.duckdb --dump out/ei/after.json
"""
import cProfile
import json
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

from newsdesk import pipeline
from newsdesk.embed import HashEmbedder
from newsdesk.engine import Engine
from newsdesk.store import Store


def _summaries_only():
    """storylines stage replaced by its summaries (what the window loading needs): the storylines of these
    synthetic stores are not what is timed here, and relinking 28k events at once does not fit in memory"""
    from newsdesk import storylines
    from newsdesk.events import build

    def run(batch, inp, settings, d):
        if d.events is None:
            return
        after = build.after_change(inp.events, d.events, d.dropped, [a.id for a in inp.articles])
        d.summaries = {e.id: storylines.summary(e, d.docs) for e in after}
    pipeline.STAGES = tuple(st if st.name != "storylines" else st.__class__(st.name, run, st.requires, st.assigns, st.phase)
                            for st in pipeline.STAGES)


def prep(store_path, out):
    _summaries_only()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    a = out / "A.duckdb"
    shutil.copy(store_path, a)
    with Store(a) as st:
        t = time.perf_counter()
        rep = Engine(st, embedder=HashEmbedder()).ingest([str(Path(store_path).parent / "new0.jsonl")])
        print("batch0", time.perf_counter() - t, dict(rep.timings))
    b = out / "B.duckdb"
    shutil.copy(a, b)
    orig = pipeline.run
    pipeline.run = lambda batch, ctx, s=None, phase="analyse", delta=None: pipeline.Delta() if phase == "corpus" else orig(batch, ctx, s or pipeline.DEFAULT, phase, delta)
    with Store(b) as st:
        st.event_inputs = lambda gap, rebuild=False: {"articles": [], "processed": [], "vectors": [], "spans": {}, "dup_pairs": [], "assigned": set(), "events": [], "records": {}}
        Engine(st, embedder=HashEmbedder()).ingest([str(Path(store_path).parent / "new1.jsonl")])
    print("prepared", b)


def run(prepped, profile=False, dump=None, stored=False):
    from newsdesk.events import build, instance
    from newsdesk.events.build import EventInputs
    from newsdesk.settings import DEFAULT as S
    tmp = Path(tempfile.mkdtemp()) / "run.duckdb"
    shutil.copy(prepped, tmp)
    if stored:  # an engine has loaded the gazetteer before its second update
        instance.gazetteer()
    import newsdesk.dedup  # noqa: F401  (an engine's dedup stage has imported it before the events stage: 0.3 s)
    with Store(tmp) as st:
        if stored:  # the stored features whatever code version built them (timing code that keeps make_doc's output)
            build.DOC_VERSION = st.con.execute("SELECT version FROM event_docs GROUP BY version "
                                               "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        pr = cProfile.Profile(time.process_time) if profile else None  # CPU time: wall is skewed on a shared box
        if pr:
            pr.enable()
        t0, c0 = time.perf_counter(), time.process_time()
        rows = st.event_inputs(S.EVENT_MAX_GAP_DAYS)
        inp = EventInputs(**rows)
        t1 = time.perf_counter()
        d = pipeline.Delta()
        pipeline._events(None, inp, S, d)
        t2, c2 = time.perf_counter(), time.process_time()
        if pr:
            pr.disable()
            pstats.Stats(pr).sort_stats("cumulative").print_stats(35)
        print(json.dumps({"load_s": round(t1 - t0, 3), "events_s": round(t2 - t0, 3), "cpu_s": round(c2 - c0, 3),
                          "loaded_articles": len(inp.articles), "loaded_events": len(inp.events),
                          "changed": len(d.events), "dropped": len(d.dropped)}))
        if dump:
            Path(dump).write_text(json.dumps({"events": sorted([e.id, list(e.article_ids), e.date, e.place, e.title] for e in d.events),
                                              "dropped": sorted(d.dropped)}, indent=0))


if __name__ == "__main__":
    if sys.argv[1] == "prep":
        prep(sys.argv[2], sys.argv[3])
    else:
        run(sys.argv[2], "--profile" in sys.argv, sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None,
            "--stored" in sys.argv)
