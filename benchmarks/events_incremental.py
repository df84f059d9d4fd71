"""Incremental ingest of 100 articles into a 10k and a 100k store: the events stage's cost (issue 13, item 5).

The stores are synthetic, written straight into a DuckDB store (building a 100k store through the pipeline would
take hours on 2 cores): `tests/synthetic_news.py` incidents (2-5 outlets each, no syndicated copies) re-dated so
that the stream runs at a constant DENSITY articles a day (default 27, about 10k a year: a 10k store covers one
year, a 100k store ten), ending on END; hashing-embedder vectors (as `NEWSDESK_EMBEDDER=hash`); NER spans from the
generator's own names and places (no spaCy); one event per incident (`events.make_event`), storylines linked over
all events (`storylines.link`) and their summaries stored, every article processed. Then 100 new articles
(incidents of another seed, dated in the week after END) are ingested through `Engine.ingest` with the hashing
embedder (the whole pipeline: cleaning, dedup, spaCy NER, coding, resolution, events, storylines), once with the
windowed event loading (`Store.event_inputs`, what the engine runs) and once with the whole store loaded
(`Store.event_rows`, as before), each on a fresh copy of the store; the report's stage seconds are printed.

The time window is EVENT_MAX_GAP_DAYS (365) around the new articles' days, so an update reads about a year of
articles: at a constant density that is the same at 10k and 100k; a store 10x as dense holds 10x as many in it.

    .venv/bin/python benchmarks/events_incremental.py --sizes 10000 100000 --out out/events_incr

The steady state alone (batch 1), repeatable: `--prepare` writes OUT/prepared-N.duckdb (the store with batch 0
ingested through `Engine.ingest`, storylines included), then each `--prepared` run ingests batch 1 into a fresh
copy of it, in a process that has loaded what batch 0 would have (the gazetteers; the NER model is loaded by
batch 1's own NER stage, outside the events timing), and prints the report's stage seconds, CPU seconds and a
hash of the stored events and storylines (`--dump F`: them in full), so code versions can be timed on one
prepared store (`PYTHONPATH=<checkout>/src`) and their results compared. `--doc-version stored` reuses the
prepared store's clustering features whatever code version built them (for timing code that keeps `make_doc`'s
output, as `events_stage.py --stored`):

    .venv/bin/python benchmarks/events_incremental.py --sizes 10000 100000 --replicate --out out/ei --prepare
    .venv/bin/python benchmarks/events_incremental.py --sizes 10000 --out out/ei --prepared
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import synthetic_news  # noqa: E402

END = dt.date(2024, 12, 31)
_PERSON = re.compile(rf"\b(?:{'|'.join(synthetic_news.FIRST)}) (?:{'|'.join(synthetic_news.LAST)})\b")
_PLACE = re.compile(rf"\b(?:{'|'.join(re.escape(p) for c in synthetic_news.PLACES for p in c)})\b")


def stream(n: int, density: float, seed: int, first_day: dt.date) -> list[dict]:
    """About `n` synthetic records (no syndicated copies), `density` a day from `first_day`, in day order; an
    incident's articles share its day (that of its first article), and its lead names that day's weekday."""
    recs = [r for r in synthetic_news.corpus(int(n / 3.3) + 10, seed=seed) if not r["id"].endswith("-wire")][:n]
    out, days = [], {}
    for r in recs:
        inc = r["id"].split("-")[0]
        day = days.setdefault(inc, first_day + dt.timedelta(days=int(len(out) / density)))
        old = dt.date(2021, 1, 1) + dt.timedelta(days=4 * int(inc[1:]))
        out.append({**r, "id": f"{seed}-{r['id']}", "text": r["text"].replace(f"on {old:%A}", f"on {day:%A}"),
                    "published": day.isoformat()})
    return out


def spans(text: str) -> list[tuple[str, str, int, int]]:
    found = [(m.group(), "PERSON", m.start(), m.end()) for m in _PERSON.finditer(text)]
    found += [(m.group(), "GPE", m.start(), m.end()) for m in _PLACE.finditer(text)]
    return sorted(found, key=lambda s: s[2])


def build(path: Path, n: int, density: float, link: bool = True) -> dict:
    """Write the synthetic store of `n` articles to `path` (see the module docstring)."""
    import numpy as np

    from newsdesk import storylines
    from newsdesk.embed import HashEmbedder, embedding_text
    from newsdesk.events import entity_keys, make_event
    from newsdesk.model import Article, Doc
    from newsdesk.store import Store

    t0 = time.perf_counter()
    recs = stream(n, density, 42, END - dt.timedelta(days=int(n / density)))
    emb = HashEmbedder()
    vecs = emb.embed([embedding_text(r["title"], r["text"]) for r in recs])
    arts = [Article(id=f"s{k:07d}", external_id=r["id"], source=r["source"], url=None, title=r["title"],
                    text=r["text"], raw_text=r["text"], published=r["published"], published_evidence="metadata",
                    page_date=None, lang="en", credits=(), removed=(), ingested_at="2025-01-01T00:00:00+00:00")
            for k, r in enumerate(recs)]
    sp = {a.id: spans(a.text) for a in arts}
    # what events and storylines read of a stored article (vector, entity keys, day); the clustering features
    # (`make_doc`'s words and instance keys) are only built for the new articles and their window, at update time
    docs = {a.id: Doc(a.id, a.published, a.title, a.text, np.asarray(v, dtype=np.float32),
                      entity_keys([(t, lab) for t, lab, _, _ in sp[a.id]]),
                      day=dt.date.fromisoformat(a.published).toordinal())
            for a, v in zip(arts, vecs, strict=True)}
    groups: dict[str, list[str]] = {}
    for a in arts:
        groups.setdefault(a.external_id.rsplit("-", 1)[0], []).append(a.id)
    events = [make_event(ids, docs) for ids in groups.values()]
    t1 = time.perf_counter()
    summaries = {e.id: storylines.summary(e, docs) for e in events}
    up = storylines.update(events, summaries) if link else None  # what the pipeline stores (with the link graph)
    sls = up.storylines if up else []
    t2 = time.perf_counter()
    path.unlink(missing_ok=True)
    with Store(path) as store, store.transaction():
        for s in range(0, len(arts), 5000):
            store.insert_articles(arts[s:s + 5000])
        store.con.execute("UPDATE articles SET processed = TRUE")
        store.insert("vectors", [(a.id, emb.name, np.asarray(v, dtype=np.float32).tobytes())
                                 for a, v in zip(arts, vecs, strict=True)])
        store.insert("ner_spans", [(aid, i, t, lab, s, e, 0) for aid, ss in sp.items()
                                   for i, (t, lab, s, e) in enumerate(ss)])
        store.insert("ner_sents", [(a.id, json.dumps([[0, len(a.text)]])) for a in arts])
        store.replace_events(events)
        store.replace_storylines(sls)
        store.replace_event_summaries(summaries)
        if up:
            store.save_story_links(up.links)
    return {"articles": len(arts), "events": len(events), "storylines": len(sls),
            "days": (dt.date.fromisoformat(recs[-1]["published"]) - dt.date.fromisoformat(recs[0]["published"])).days
            + 1, "build_s": round(time.perf_counter() - t0, 1), "link_s": round(t2 - t1, 1)}


def replicate(src: Path, dst: Path, times: int) -> dict:
    """A store `times` as large as `src` and as dense: `src` itself plus `times - 1` copies of its articles, vectors,
    NER spans, events, storylines and summaries, each moved one store-span further into the past (ids suffixed),
    in SQL (writing 100k articles through `build` would take far longer than the timing it serves)."""
    from newsdesk.store import Store

    t0 = time.perf_counter()
    shutil.copy(src, dst)
    with Store(dst) as store, store.transaction():
        con = store.con
        lo, hi, n = con.execute("SELECT min(published), max(published), count(*) FROM articles").fetchone()
        span = (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days + 1
        shift = "strftime(CAST({c} AS DATE) - INTERVAL ({d}) DAY, '%Y-%m-%d')"
        for k in range(1, times):
            s, d = f"'-y{k}'", k * span
            con.execute(f"INSERT INTO articles SELECT id || {s}, seq - {k * n}, external_id || {s}, source, url, title, "
                        f"text, raw_text, {shift.format(c='published', d=d)}, published_evidence, page_date, lang, "
                        f"credits, removed, ingested_at, path, metadata, processed FROM articles WHERE id NOT LIKE '%-y%'")
            for table, cols in (("vectors", "article_id || {s}, model, vec"),
                                ("ner_spans", "article_id || {s}, i, text, label, start_char, end_char, sent"),
                                ("ner_sents", "article_id || {s}, sents"),
                                ("event_articles", "event_id || {s}, article_id || {s}"),
                                ("event_summaries", "event_id || {s}, centroid, participants"),
                                ("storylines", "id || {s}, title"),
                                ("storyline_events", "storyline_id || {s}, event_id || {s}, pos")):
                key = cols.split(",")[0].split(" ")[0]
                con.execute(f"INSERT INTO {table} SELECT {cols.format(s=s)} FROM {table} WHERE {key} NOT LIKE '%-y%'")
            con.execute(f"INSERT INTO events SELECT id || {s}, title, {shift.format(c='date', d=d)}, place, "
                        f"{shift.format(c='first_seen', d=d)}, {shift.format(c='last_seen', d=d)}, "
                        f"storyline_id || {s} FROM events WHERE id NOT LIKE '%-y%'")
        relinked = relink(store)
        counts = store.counts()
    return {"articles": counts["articles"], "events": counts["events"], "storylines": counts["storylines"],
            "relink_s": relinked, "days": span * times, "build_s": round(time.perf_counter() - t0, 1), "replicated_from": str(src)}


def relink(store) -> float | None:
    """Storylines and their link graph recomputed over every stored event's summary, as a full run of the
    pipeline would store them (the copies' own storylines do not say how they link across copies); seconds."""
    import numpy as np

    from newsdesk import storylines

    if not store.count("storylines"):  # --no-storylines
        return None
    t = time.perf_counter()
    summ = {eid: (np.frombuffer(c, dtype=np.float32) if c is not None else None, frozenset(p or ()))
            for eid, c, p in store.rows("SELECT event_id, centroid, participants FROM event_summaries")}
    up = storylines.update(store.events(), summ)
    store.replace_storylines(up.storylines)
    store.save_story_links(up.links)
    return round(time.perf_counter() - t, 1)


def measure(store_path: Path, new_paths: list[Path], work: Path, mode: str, link: bool = True) -> list[dict]:
    """Ingest `new_path` into a fresh copy of the store; `mode` window | full (events read the whole store);
    `link` False: the storylines stage is skipped (its cost is measured apart, see --no-storylines)."""
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine
    from newsdesk.store import Store

    if not link:
        from newsdesk import pipeline

        pipeline._storylines = lambda *a: None
        pipeline.STAGES = tuple(st if st.name != "storylines" else st.__class__(
            st.name, pipeline._storylines, st.requires, st.assigns, st.phase) for st in pipeline.STAGES)
    copy = work / f"{store_path.stem}-{mode}.duckdb"
    shutil.copy(store_path, copy)
    with Store(copy) as store:
        if mode == "full":
            store.event_inputs = lambda gap, rebuild=False: store.event_rows()
        loaded = {}
        orig = store.event_inputs

        def counting(gap, rebuild=False):
            rows = orig(gap, rebuild=rebuild)
            loaded.update(articles=len(rows["articles"]), events=len(rows["events"]))
            return rows

        store.event_inputs = counting
        out = []
        for k, new_path in enumerate(new_paths):
            t, cpu = time.perf_counter(), time.process_time()
            rep = Engine(store, embedder=HashEmbedder()).ingest([str(new_path)])
            out.append({"mode": mode, "batch": k, "stored": rep.stored, "processed": rep.processed,
                        "wall_s": round(time.perf_counter() - t, 2), "cpu_s": round(time.process_time() - cpu, 2),
                        "loaded_articles": loaded.get("articles"), "loaded_events": loaded.get("events"),
                        **{f"{k}_s": round(v, 3) for k, v in sorted(rep.timings.items())}})
    copy.unlink()
    return out


def prepared_run(prepared: Path, new_path: Path, work: Path, doc_version: str | None = None,
                 dump: Path | None = None) -> dict:
    """Batch 1 into a fresh copy of `prepared` (see the module docstring): the report's stage seconds, wall and
    CPU seconds, and a hash of the stored events and storylines after it."""
    import hashlib

    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine
    from newsdesk.entities import people
    from newsdesk.events import build, instance
    from newsdesk.store import Store

    instance.gazetteer()  # loaded by batch 0 in a process that ran both
    people._gazetteer()
    copy = work / f"{prepared.stem}-run.duckdb"
    shutil.copy(prepared, copy)
    try:
        with Store(copy) as store:
            if doc_version == "stored":
                build.DOC_VERSION = store.con.execute("SELECT version FROM event_docs GROUP BY version "
                                                      "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
            t, cpu = time.perf_counter(), time.process_time()
            rep = Engine(store, embedder=HashEmbedder()).ingest([str(new_path)])
            wall, cpu = time.perf_counter() - t, time.process_time() - cpu
            result = {"events": sorted([e.id, list(e.article_ids), e.date, e.place, e.title, e.storyline_id,
                                        e.first_seen, e.last_seen] for e in store.events()),
                      "storylines": sorted([s.id, s.title, list(s.event_ids)] for s in store.storylines())}
            tables = {t: store.con.execute(f"SELECT count(*), md5(string_agg({cols}, ',' ORDER BY {cols})) FROM {t}")
                      .fetchone() for t, cols in (  # the rest of what the update stored, as digests
                ("event_summaries", "concat_ws('|', event_id, md5(CAST(centroid AS VARCHAR)), "
                                    "array_to_string(list_sort(participants), ';'))"),
                ("story_links", "concat_ws('|', a, b, linked, recheck)"),
                ("story_link_state", "concat_ws('|', id, params, clock)"),
                ("event_docs", "concat_ws('|', article_id, src, version, md5(CAST(doc AS VARCHAR)))"))}
            result["tables"] = {t: [n, h] for t, (n, h) in tables.items()}
    finally:
        copy.unlink(missing_ok=True)
    text = json.dumps(result, indent=0)
    if dump:
        dump.write_text(text)
    return {"batch": 1, "stored": rep.stored, "processed": rep.processed, "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2), **{f"{k}_s": round(v, 3) for k, v in sorted(rep.timings.items())},
            "result_sha1": hashlib.sha1(text.encode()).hexdigest()[:12]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--density", type=float, default=27.0, help="articles a day in the synthetic stores")
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--modes", nargs="+", default=["window", "full"])
    ap.add_argument("--build-only", action="store_true", help="only write the stores (not a timing run)")
    ap.add_argument("--replicate", action="store_true",
                    help="build a larger size from the first one: copies moved back in time (see replicate)")
    ap.add_argument("--no-storylines", action="store_true",
                    help="no storylines in the stores, storylines stage skipped in the update (linking is over every "
                         "event: O(events^2); the build's link_s is its cost)")
    ap.add_argument("--out", default="out/events_incr")
    ap.add_argument("--prepare", action="store_true",
                    help="write OUT/prepared-N.duckdb: the store with batch 0 ingested (no timing)")
    ap.add_argument("--prepared", action="store_true",
                    help="time batch 1 alone on a copy of OUT/prepared-N.duckdb (see the module docstring)")
    ap.add_argument("--doc-version", choices=["code", "stored"], default="code",
                    help="with --prepared: stored = reuse the prepared store's clustering features")
    ap.add_argument("--dump", help="with --prepared: write the stored events and storylines after batch 1 here "
                                   "(N replaced by the store size)")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    # two batches of new articles: the first an update after the store was written (it builds and stores the
    # window's clustering features, event_docs, as the pipeline would have), the second the steady state
    new_paths = []
    for k, seed in enumerate((7, 8)):
        new = [{**r, "id": f"new{k}-" + r["id"]} for r in stream(a.new, 15.0, seed, END + dt.timedelta(days=1 + 7 * k))]
        new_paths.append(out / f"new{k}.jsonl")
        new_paths[-1].write_text("".join(json.dumps(r) + "\n" for r in new))
    for n in a.sizes:
        path = out / f"store-{n}.duckdb"
        meta_path = out / f"store-{n}.json"
        base = out / f"store-{a.sizes[0]}.duckdb"
        if not path.exists() or not meta_path.exists():
            if a.replicate and n != a.sizes[0] and n % a.sizes[0] == 0:
                meta = replicate(base, path, n // a.sizes[0])
            else:
                meta = build(path, n, a.density, link=not a.no_storylines)
            meta_path.write_text(json.dumps(meta))
        meta = json.loads(meta_path.read_text())
        print(json.dumps({"store": n, **meta}), flush=True)
        if a.build_only:
            continue
        prepared = out / f"prepared-{n}.duckdb"
        if a.prepare:
            shutil.copy(path, prepared)
            from newsdesk.embed import HashEmbedder
            from newsdesk.engine import Engine
            from newsdesk.store import Store

            with Store(prepared) as store:
                rep = Engine(store, embedder=HashEmbedder()).ingest([str(new_paths[0])])
            print(json.dumps({"store": n, "prepared": str(prepared), "batch": 0,
                              **{f"{k}_s": round(v, 3) for k, v in sorted(rep.timings.items())}}), flush=True)
            continue
        if a.prepared:
            dump = Path(a.dump.replace("N", str(n))) if a.dump else None
            row = prepared_run(prepared, new_paths[1], out, None if a.doc_version == "code" else "stored", dump)
            print(json.dumps({"store": n, **row}), flush=True)
            continue
        for mode in a.modes:
            for row in measure(path, new_paths, out, mode, link=not a.no_storylines):
                print(json.dumps({"store": n, **row}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
