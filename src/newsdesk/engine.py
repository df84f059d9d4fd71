"""The thin engine: the only place that connects the pipeline stages to the store.

The CLI, the web API, the evaluations and the tests call `Engine`. Stages are pure functions over model objects;
the engine reads their inputs from the store, calls them in the order of `STAGES`, and writes their outputs back in
transactions. Stage modules are imported lazily so that read-only commands start fast.

Ingest: read -> id (content hash) -> skip what is stored -> corpus line statistics -> clean/extract -> date ->
store, one transaction per batch. Process (incremental, on articles not yet processed): near-duplicates and
re-used passages -> NER -> embeddings -> entities -> PLOVER records (one transaction per chunk, together with
the articles' `processed` flag) -> events (new articles join or open events) -> storylines -> event date/place.
Syndicated copies (near-duplicates of an earlier article) skip NER and embedding: they join their original's event.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import BinaryIO

from newsdesk import ingest as ingest_mod
from newsdesk.errors import InputError, NotFound
from newsdesk.model import Article, Cleaned, Dating, Event, RawDoc, content_id
from newsdesk.settings import CLUSTER_COPIES_PER_ORIGINAL, INGEST_BATCH
from newsdesk.store import Store

# The pipeline, in order: (stage, what it reads, what it writes). `process` runs them in this order.
STAGES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("ingest", ("files", "stdin"), ("articles", "line_stats")),
    ("dedup", ("articles",), ("minhash", "dup_pairs", "passage_spans")),
    ("ner", ("articles",), ("ner_spans", "ner_sents")),
    ("embed", ("articles", "dup_pairs"), ("vectors",)),
    ("entities", ("articles", "ner_spans"), ("entities", "mentions")),
    ("coding", ("articles", "ner_spans", "mentions"), ("records",)),
    ("events", ("vectors", "ner_spans", "dup_pairs"), ("events", "event_articles")),
    ("storylines", ("events", "mentions"), ("storylines", "storyline_events")),
)
PROCESS_CHUNK = 256  # articles per processing transaction (bounded memory, bounded rework after a kill)

Progress = Callable[[str, int, int | None], None]  # (stage, done, total)


def _noop(stage: str, done: int, total: int | None) -> None:
    return None


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    duplicate: int = 0
    rejected: int = 0
    skipped_files: int = 0
    errors: list[InputError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    processed: int = 0

    def as_dict(self) -> dict:
        return {"read": self.read, "stored": self.stored, "duplicate": self.duplicate, "rejected": self.rejected,
                "skipped_files": self.skipped_files, "processed": self.processed,
                "errors": [str(e) for e in self.errors],
                "timings": {k: round(v, 3) for k, v in self.timings.items()}}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Engine:
    def __init__(self, store: Store, progress: Progress | None = None, embedder=None):
        self.store = store
        self.progress = progress or _noop
        self._embedder = embedder
        self.stage_errors: list[InputError] = []  # per-article processing failures (reported, not raised)

    # ---------------------------------------------------------------------------------------------- ingest --
    def ingest(self, paths: Sequence[str], *, stdin: BinaryIO | None = None, process: bool = True,
               on_error: Callable[[InputError], None] | None = None) -> IngestReport:
        report = IngestReport()
        walk = ingest_mod.Walk()

        def fail(err: InputError) -> None:
            report.rejected += 1
            report.errors.append(err)
            if on_error:
                on_error(err)

        t0 = time.perf_counter()
        batch: list[RawDoc] = []
        for item in ingest_mod.iter_docs(paths, walk, stdin):
            if isinstance(item, InputError):
                fail(item)
                continue
            report.read += 1
            batch.append(item)
            if len(batch) >= INGEST_BATCH:
                self._ingest_batch(batch, report, fail)
                batch = []
        if batch:
            self._ingest_batch(batch, report, fail)
        report.skipped_files = walk.skipped
        report.timings["ingest"] = time.perf_counter() - t0
        if process:
            done, timings = self.process()
            report.processed = done
            report.timings.update(timings)
            for err in self.stage_errors:
                report.errors.append(err)
                if on_error:
                    on_error(err)
        return report

    def _ingest_batch(self, batch: list[RawDoc], report: IngestReport, fail: Callable[[InputError], None]) -> None:
        from newsdesk import clean

        keyed = [(self.raw_id(d), d) for d in batch]
        stored = self.store.existing_ids(k for k, _ in keyed)
        fresh: dict[str, RawDoc] = {}
        for key, doc in keyed:
            if key in stored or key in fresh:
                report.duplicate += 1
            else:
                fresh[key] = doc
        # corpus evidence first: count the lines of the new plain-text documents of each group, then clean
        delta = clean.CorpusStats()
        for doc in fresh.values():
            if doc.text is not None:
                delta.add(doc.group, doc.text)
        delta_rows = delta.to_rows()
        stats = clean.CorpusStats.from_rows(
            list(self.store.line_stats({d.group for d in fresh.values()})) + list(delta_rows))
        articles: list[Article] = []
        now = _now()
        for key, doc in fresh.items():
            try:
                articles.append(self.prepare(key, doc, stats, now))
            except InputError as err:
                fail(err)
            except Exception as exc:  # noqa: BLE001  (a stage bug must not lose the batch: report it, go on)
                fail(InputError(doc.path, f"could not be processed ({type(exc).__name__}: {exc})", doc.line))
        with self.store.transaction():
            report.stored += self.store.insert_articles(articles)
            self.store.add_line_stats(delta_rows)
        self.progress("ingest", report.read, None)

    @staticmethod
    def raw_id(doc: RawDoc) -> str:
        """Content-derived id: the same record (identity + content) always gets the same id."""
        body = doc.text if doc.text is not None else doc.html
        if isinstance(body, bytes):
            body = body.hex()
        return content_id(doc.source, doc.url, doc.external_id, doc.title, body, prefix="a")

    @staticmethod
    def prepare(key: str, doc: RawDoc, stats, now: str) -> Article:
        """One raw document -> a clean, dated Article (raises InputError when nothing usable is left)."""
        from newsdesk import clean, dating

        if doc.text is not None:
            cleaned: Cleaned = clean.clean_text(doc.text, stats=stats, group=doc.group)
            date: Dating = dating.date_text(doc.text, cleaned, meta_date=doc.meta_date)
            raw_text = doc.text
        else:
            from newsdesk import html as html_mod

            cleaned, date = html_mod.extract_html(doc.html, doc.url)
            meta = dating.normalise_date(doc.meta_date) if doc.meta_date else None
            if meta:
                date = Dating(meta, "metadata", date.page_date if date.page_date != meta else None)
            raw_text = doc.html.decode("utf-8", "replace") if isinstance(doc.html, bytes) else doc.html
        if not cleaned.text.strip():
            what = "HTML page has no article text" if doc.text is None else "no article text left after cleaning"
            raise InputError(doc.path, what, doc.line)
        return Article(
            id=key, external_id=doc.external_id, source=doc.source, url=doc.url,
            title=doc.title or cleaned.title, text=cleaned.text, raw_text=raw_text,
            published=date.published, published_evidence=date.evidence if date.published else None,
            page_date=date.page_date, lang=cleaned.lang, credits=tuple(cleaned.credits),
            removed=tuple(cleaned.removed), ingested_at=now, path=None if doc.path == "-" else doc.path,
            metadata=dict(doc.metadata))

    # --------------------------------------------------------------------------------------------- process --
    def embedder(self):
        if self._embedder is None:
            from newsdesk import embed

            self._embedder = embed.get_embedder()
        return self._embedder

    def process(self, *, rebuild: bool = False) -> tuple[int, dict[str, float]]:
        """Run every processing stage on articles not processed yet (all of them with `rebuild`)."""
        timings: Counter = Counter()
        if rebuild:
            with self.store.transaction():
                self.store.mark_all_unprocessed()
                for table in ("minhash", "dup_pairs", "passage_spans", "ner_spans", "ner_sents", "vectors",
                              "entities", "mentions", "records"):
                    self.store.con.execute(f"DELETE FROM {table}")
                self.store.clear_events()
        todo = [a.id for a in self.store.articles(unprocessed=True)]
        done = 0
        if todo:
            from newsdesk import dedup

            t = time.perf_counter()
            dindex, pindex = self._load_dedup_state(dedup)
            self._published = dict(self.store.rows("SELECT id, published FROM articles"))
            timings["dedup"] += time.perf_counter() - t
            for i in range(0, len(todo), PROCESS_CHUNK):
                chunk = self.store.articles(ids=todo[i:i + PROCESS_CHUNK])
                self._process_chunk(chunk, dindex, pindex, timings)
                done += len(chunk)
                self.progress("process", done, len(todo))
        t = time.perf_counter()
        self._update_events(rebuild=rebuild, timings=timings)
        timings["events"] += time.perf_counter() - t
        return done, dict(timings)

    @staticmethod
    def _close_in_time(a: str | None, b: str | None) -> bool:
        """A near-duplicate is treated as a syndicated copy (same event) unless the two are far apart in time."""
        from newsdesk.model import iso_day
        from newsdesk.settings import EVENT_MAX_GAP_DAYS

        da, db = iso_day(a), iso_day(b)
        if da is None or db is None:
            return True
        return abs((da - db).days) <= EVENT_MAX_GAP_DAYS

    def _load_dedup_state(self, dedup):
        import numpy as np

        dindex = dedup.DedupIndex()
        for aid, sig in self.store.rows("SELECT m.article_id, m.sig FROM minhash m JOIN articles a "
                                        "ON a.id = m.article_id ORDER BY a.seq"):
            dindex.add(aid, np.frombuffer(sig, dtype=dedup.SIG_DTYPE))
        pindex = dedup.PassageIndex.from_rows(
            self.store.rows("SELECT hash, article_id, start_char, end_char FROM passage_spans"))
        return dindex, pindex

    def _process_chunk(self, chunk: list[Article], dindex, pindex, timings: Counter) -> None:
        import numpy as np

        from newsdesk import coding, dedup, entities, ner

        t = time.perf_counter()
        sig_rows, pair_rows, copies = [], [], {}
        for a in chunk:
            sig = dedup.signature(a.text)
            sig_rows.append((a.id, sig.tobytes()))
            pairs = dindex.add(a.id, sig)
            for other, sim in pairs:
                pair_rows.append((other, a.id, float(sim)))
            close = [(o, sim) for o, sim in pairs if self._close_in_time(a.published, self._published.get(o))]
            if close:
                copies[a.id] = max(close, key=lambda p: p[1])[0]
            self._published[a.id] = a.published
            pindex.add(a.id, a.text)
        timings["dedup"] += time.perf_counter() - t

        originals = [a for a in chunk if a.id not in copies]
        t = time.perf_counter()
        parsed = self._batched("ner", originals, lambda arts: list(ner.parse(a.text for a in arts)),
                               lambda a: ner.Parsed((), ()))
        timings["ner"] += time.perf_counter() - t

        t = time.perf_counter()
        from newsdesk import embed

        vecs = self._batched("embed", originals, lambda arts: list(self.embedder().embed(
            [embed.embedding_text(a.title, a.text) for a in arts])), None)
        timings["embed"] += time.perf_counter() - t

        t = time.perf_counter()
        per_article = {a.id: self._guard("entities", a, lambda a: entities.mentions(a, parsed[a.id]), [])
                       for a in originals}
        new_entities, new_mentions = entities.resolve(per_article, self.store.entities())
        timings["entities"] += time.perf_counter() - t
        t = time.perf_counter()
        records = {a.id: self._guard("coding", a, lambda a: coding.code(a, parsed[a.id], per_article[a.id]), [])
                   for a in originals}
        timings["coding"] += time.perf_counter() - t

        t = time.perf_counter()
        with self.store.transaction():
            self.store.insert("minhash", sig_rows, replace=True)
            self.store.insert("dup_pairs", pair_rows, replace=True)
            self.store.insert("passage_spans", pindex.rows_for([a.id for a in chunk]), replace=True)
            self.store.insert("ner_spans", [(aid, i, s.text, s.label, s.start, s.end, s.sent)
                                            for aid, p in parsed.items() for i, s in enumerate(p.ents)], replace=True)
            self.store.insert("ner_sents", [(aid, _json([list(s) for s in p.sents])) for aid, p in parsed.items()],
                              replace=True)
            self.store.insert("vectors", [(aid, self.embedder().name, np.asarray(v, dtype=np.float32).tobytes())
                                          for aid, v in vecs.items() if v is not None], replace=True)
            self.store.upsert_entities(new_entities)
            self.store.insert_mentions(new_mentions)
            self.store.insert_records([(aid, r) for aid, recs in records.items() for r in recs])
            self.store.mark_processed([a.id for a in chunk])
        timings["store"] += time.perf_counter() - t

    def _guard(self, stage: str, article: Article, fn, default):
        """Run one per-article stage call; a failure costs that article this stage, never the batch."""
        try:
            return fn(article)
        except Exception as exc:  # noqa: BLE001  (reported as one line, the article keeps its other stages)
            self.stage_errors.append(InputError(article.path or "-", f"record {article.external_id}: {stage} failed "
                                                                     f"({type(exc).__name__}: {exc})"))
            return default

    def _batched(self, stage: str, arts: list[Article], fn, default) -> dict:
        """A batched stage call; if the batch fails, retry article by article so only the culprit loses it."""
        if not arts:
            return {}
        try:
            return dict(zip([a.id for a in arts], fn(arts), strict=True))
        except Exception:  # noqa: BLE001
            return {a.id: self._guard(stage, a, lambda x: fn([x])[0], default(a) if default else None)
                    for a in arts}

    # ---------------------------------------------------------------------------------------------- events --
    def _docs(self, copies: dict[str, str]):
        """events.Doc for every processed article (a copy borrows its original's vector and entities)."""
        import numpy as np

        from newsdesk import events

        arts = {aid: (pub, title, text) for aid, pub, title, text in self.store.rows(
            "SELECT id, published, title, text FROM articles ORDER BY seq")}
        vec = {aid: np.frombuffer(v, dtype=np.float32) for aid, v in self.store.rows("SELECT article_id, vec FROM vectors")}
        ents: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for aid, text, label in self.store.rows("SELECT article_id, text, label FROM ner_spans ORDER BY article_id, i"):
            ents[aid].append((text, label))
        # a syndicated copy has no vector or NER of its own: it borrows its original's (same story), keeping its
        # own words, title and date. The first CLUSTER_COPIES_PER_ORIGINAL copies of each original join the
        # clustering (their duplicate evidence helps average link); further copies only follow their original.
        source = {aid: aid for aid in vec}
        taken: Counter = Counter()
        for copy in (a for a in arts if a in copies):  # in ingest order
            orig = copies[copy]
            if copy not in vec and orig in vec and taken[orig] < CLUSTER_COPIES_PER_ORIGINAL:
                source[copy] = orig
                taken[orig] += 1
        return {aid: events.make_doc(aid, *arts[aid], vec[src], events.entity_keys(ents.get(src, ())))
                for aid, src in source.items() if aid in arts}

    def copies(self) -> dict[str, str]:
        """copy article id -> its original (the earliest member of its near-duplicate group)."""
        from newsdesk import dedup

        order = self.store.article_order()
        pairs = [(a, b, s) for a, b, s in self.store.rows("SELECT a, b, similarity FROM dup_pairs")]
        out = {}
        for g in dedup.groups(pairs, order):
            for m in g.members:
                if m != g.canonical:
                    out[m] = g.canonical
        return out

    def _update_events(self, *, rebuild: bool, timings: Counter) -> None:
        """New articles join events or open new ones; copies follow their original; storylines are relinked."""
        from newsdesk import events, storylines

        assigned = {aid for (aid,) in self.store.rows("SELECT article_id FROM event_articles")}
        processed = [aid for (aid,) in self.store.rows("SELECT id FROM articles WHERE processed ORDER BY seq")]
        new = [aid for aid in processed if aid not in assigned]
        if not new and not rebuild:
            return
        all_copies = self.copies()
        docs = self._docs(all_copies)  # originals, and the first copy of each borrowing its original's features
        copies = {c: o for c, o in all_copies.items() if c not in docs}
        existing = self.store.events()
        # clustering sees originals only; copies are re-attached to their original's event below
        bare = [Event(e.id, e.title, e.date, tuple(a for a in e.article_ids if a in docs), e.place, e.storyline_id,
                      e.first_seen, e.last_seen) for e in existing]
        bare = [e for e in bare if e.article_ids]
        if rebuild or not bare:
            changed = events.rebuild(list(docs.values()))
            dropped = [e.id for e in existing if e.id not in {c.id for c in changed}]
        else:
            changed = events.assign([docs[a] for a in new if a in docs], bare, docs)
            after = {e.id for e in events.apply_changes(bare, changed)}
            dropped = [e.id for e in existing if e.id not in after]  # dissolved by a local re-clustering
        by_id = {e.id: e for e in bare if e.id not in dropped}
        by_id.update({e.id: e for e in changed})
        event_of = {a: e.id for e in by_id.values() for a in e.article_ids}
        touched = {e.id for e in changed} | {event_of[o] for c, o in copies.items()
                                             if o in event_of and c not in assigned}
        copies_of: dict[str, list[str]] = defaultdict(list)
        for c, o in copies.items():
            if o in event_of:
                copies_of[event_of[o]].append(c)
        final = self._finish_events([
            Event(by_id[eid].id, by_id[eid].title, by_id[eid].date,
                  tuple(by_id[eid].article_ids) + tuple(sorted(copies_of.get(eid, ()))), by_id[eid].place,
                  by_id[eid].storyline_id, by_id[eid].first_seen, by_id[eid].last_seen)
            for eid in sorted(touched)])
        t = time.perf_counter()
        with self.store.transaction():
            self.store.replace_events(final, drop_ids=dropped)
            self.store.replace_storylines(storylines.link(self.store.events(), docs))
        timings["storylines"] += time.perf_counter() - t

    def _finish_events(self, evs: Sequence[Event]) -> list[Event]:
        """Event date and place: the consensus of its articles' records and dates (one query each for all the
        events' articles and records)."""
        from newsdesk import coding

        ids = [a for e in evs for a in e.article_ids]
        arts = self.store.articles(ids=ids)  # in ingest order
        pos = {a.id: k for k, a in enumerate(arts)}
        recs = self.store.records_by_article(ids)
        out = []
        for e in evs:
            members = sorted((a for a in e.article_ids if a in pos), key=pos.__getitem__)
            ea = [arts[pos[a]] for a in members]
            er = [r for a in sorted(members) for r in recs.get(a, ())]
            date, place = coding.event_when_where(ea, er)
            days = sorted(a.published for a in ea if a.published)
            out.append(Event(e.id, e.title, date or e.date, e.article_ids, place or e.place, e.storyline_id,
                             days[0] if days else e.first_seen, days[-1] if days else e.last_seen))
        return out

    # ----------------------------------------------------------------------------------------------- reads --
    def articles(self, *, since: str | None = None, source: str | None = None) -> list[Article]:
        return self.store.articles(since=since, source=source)

    def article(self, key: str) -> Article:
        art = self.store.find_article(key)
        if art is None:
            raise NotFound(f"no article with id or external id {key!r}")
        return art

    def events(self) -> list[dict]:
        refs = self.store.article_refs()
        copies = self.copies()
        return [self._event_summary(e, refs, copies) for e in self.store.events()]

    @staticmethod
    def _event_summary(e: Event, refs: dict[str, tuple], copies: dict[str, str]) -> dict:
        members = [a for a in e.article_ids if a in refs]
        originals = [a for a in members if a not in copies]
        return {
            "id": e.id, "date": e.date, "title": e.title, "place": e.place, "storyline": e.storyline_id,
            "article_count": len(members),
            # a syndicated copy counts once: sources are counted over originals only
            "source_count": len({refs[a][1] or a for a in originals}),
            "articles": [{"id": a, "external_id": refs[a][0], "source": refs[a][1], "url": refs[a][2],
                          "published": refs[a][3], "copy_of": copies.get(a)} for a in members],
        }

    def event(self, key: str) -> dict:
        from newsdesk import coding, entities

        ev = next((e for e in self.store.events() if e.id == key), None)
        if ev is None:
            raise NotFound(f"no event with id {key!r}")
        copies = self.copies()
        out = self._event_summary(ev, self.store.article_refs(list(ev.article_ids)), copies)
        ids = list(ev.article_ids)
        mentions = self.store.mentions(ids)
        ents = self.store.entities(sorted({m.entity_id for m in mentions}))
        out["participants"] = [_participant(p) for p in entities.participants(ents, mentions, ids)]
        out["records"] = [_record(r) for r in coding.merge(self.store.records(ids), ev.id)]
        out["passages"] = self.passages(ids, copies=copies)
        return out

    def passages(self, article_ids: Sequence[str] | None = None, *, copies: dict[str, str] | None = None
                 ) -> list[dict]:
        """Re-used passages (text shared by >= 2 articles, syndicated copies counted once), optionally only those
        touching the given articles."""
        from newsdesk import dedup

        rows = self.store.rows("SELECT hash, article_id, start_char, end_char FROM passage_spans WHERE hash IN "
                               "(SELECT hash FROM passage_spans GROUP BY hash HAVING count(DISTINCT article_id) >= 2)")
        if not rows:
            return []
        texts = {a.id: a.text for a in self.store.articles(ids=sorted({r[1] for r in rows}))}
        wanted = set(article_ids) if article_ids is not None else None
        out = []
        for p in dedup.passages_from_rows(rows, texts, canonical=self.copies() if copies is None else copies):
            if wanted is not None and not wanted & {s[0] for s in p.spans}:
                continue
            out.append({"id": p.id, "text": p.text,
                        "spans": [{"article": a, "start": st, "end": en} for a, st, en in p.spans]})
        return out

    def storylines(self) -> list[dict]:
        events = {e.id: e for e in self.store.events()}
        out = []
        for s in self.store.storylines():
            timeline = [{"event": eid, "date": events[eid].date, "title": events[eid].title,
                         "articles": len(events[eid].article_ids)} for eid in s.event_ids if eid in events]
            out.append({"id": s.id, "title": s.title, "events": len(timeline), "timeline": timeline})
        return out

    def entities(self) -> list[dict]:
        return [_entity(e) for e in sorted(self.store.entities(), key=lambda e: (-len(e.article_ids), e.name))]

    def entity(self, name: str) -> dict:
        ents = self.store.entities()
        low = name.casefold()
        hit = next((e for e in ents if e.id == name or e.name.casefold() == low), None) or next(
            (e for e in ents if low in {a.casefold() for a in e.aliases}), None)
        if hit is None:  # every word of the query in the name or an alias: "Austin", "lloyd austin"
            words = set(re.findall(r"\w+", low))
            cands = [e for e in ents if words and any(words <= set(re.findall(r"\w+", n.casefold()))
                                                       for n in (e.name, *e.aliases))]
            if len(cands) > 1:
                cands.sort(key=lambda e: (-len(e.article_ids), e.name))
                raise NotFound(f"{name!r} matches {len(cands)} entities: "
                               + "; ".join(f"{e.name} ({e.type})" for e in cands[:8]))
            hit = cands[0] if cands else None
        if hit is None:
            raise NotFound(f"no entity named {name!r}")
        member_events = [e for e in self.store.events() if set(e.article_ids) & set(hit.article_ids)]
        out = _entity(hit)
        out["events"] = [{"id": e.id, "date": e.date, "title": e.title, "place": e.place}
                         for e in sorted(member_events, key=lambda e: (e.date or "9999", e.id))]
        return out

    def stats(self) -> dict:
        s = self.store
        dated = s.rows("SELECT count(*) FROM articles WHERE published IS NOT NULL")[0][0]
        by_source = s.rows("SELECT coalesce(source, '(none)'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")
        return {
            "db": s.path, "schema_version": s.schema_version(),
            "articles": s.count("articles"), "dated": dated,
            "unprocessed": s.rows("SELECT count(*) FROM articles WHERE NOT processed")[0][0],
            "near_duplicate_pairs": s.count("dup_pairs"), "copies": len(self.copies()),
            "passages": s.rows("SELECT count(*) FROM (SELECT hash FROM passage_spans GROUP BY hash "
                               "HAVING count(DISTINCT article_id) >= 2)")[0][0],
            "events": s.count("events"), "storylines": s.count("storylines"), "entities": s.count("entities"),
            "records": s.count("records"),
            "sources": dict(by_source),
        }


def _json(obj) -> str:
    import json

    return json.dumps(obj)


def _participant(p) -> dict:
    return {"name": p.name, "country": p.country, "country_code": p.country_code, "role": p.role,
            "entity_id": p.entity_id}


def _record(r) -> dict:
    return {"id": r.id, "actor": r.actor, "actor_country": r.actor_country, "action": r.action,
            "target": r.target, "target_country": r.target_country, "place": r.place, "date": r.date,
            "context": r.context, "evidence": r.evidence, "sources": list(r.sources)}


def _entity(e) -> dict:
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases), "titles": list(e.titles),
            "roles": list(e.roles), "country": e.country, "country_code": e.country_code,
            "articles": len(e.article_ids)}


def open_engine(db: str | None = None, progress: Progress | None = None, *, read_only: bool = False) -> Engine:
    return Engine(Store(db, read_only=read_only), progress)

