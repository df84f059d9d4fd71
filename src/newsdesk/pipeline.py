"""The pipeline: declared stages, run in memory over one batch. No store here (the engine loads and saves).

`STAGES` is the order actually executed. Each `Stage` names what it reads (`requires`) and what it writes
(`assigns`), like spaCy's `requires=`/`assigns=`; `check()` reports a requirement that no earlier stage assigns
(like `analyze_pipes`), and a test keeps it empty. Stages run in phases:

- `ingest`: raw documents of one ingest batch -> clean, dated articles (+ corpus line statistics);
- per chunk of stored, unprocessed articles: `dedup` (near-duplicates, copies, re-used passages; in order, on
  the driver) -> `analyse` (NER, vectors, in-article mentions, PLOVER records of the chunk's originals: each
  article alone, so an executor may run it anywhere, see `analyse`) -> `resolve` (corpus entities; in order).
  Syndicated copies skip `analyse`: they follow their original;
- `corpus`: once per processing run, after every chunk is saved -> events (new articles join or open events,
  copies follow their original, day and place finished) and storylines.

`run(batch, context, settings, phase)` returns a `Delta`: everything the phase's stages computed; the engine
saves one chunk's delta in one transaction (`Store.save`). A failure inside one article's stage costs only that
article that stage (one `path: record ID: STAGE failed (...)` line in `Delta.errors`), never the batch.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsdesk.errors import InputError
from newsdesk.model import Article, Entity, Event, Mention, Parsed, RawDoc, Record, Storyline
from newsdesk.settings import DEFAULT, Settings

PHASES = ("ingest", "dedup", "analyse", "resolve", "corpus")


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Any, Any, Settings, Delta], None]  # (batch, context, settings, delta): fills its fields of delta
    requires: frozenset[str]
    assigns: frozenset[str]
    phase: str = "analyse"


@dataclass
class IngestContext:
    line_stats: Sequence[tuple[str, str, int]]  # stored (group, line key, docs) of the batch's groups
    now: str  # the ISO ingest time recorded on each article


@dataclass
class ChunkContext:
    dedup: Any  # dedup.DedupState: advanced by each chunk (its articles join the index)
    embedder: Callable[[], Any] | None = None  # returns the embedder (loaded on first use): `analyse` sets it
    entities: list[Entity] = field(default_factory=list)  # the stored corpus entities before this chunk


@dataclass
class Delta:
    """What one run of a phase computed; `Store.save` writes it in one transaction."""

    # ingest
    articles: list[Article] = field(default_factory=list)
    line_stats: list[tuple[str, str, int]] = field(default_factory=list)
    rejected: list[InputError] = field(default_factory=list)  # documents that yield no article
    # chunk
    processed: list[str] = field(default_factory=list)
    signatures: list[tuple[str, bytes]] = field(default_factory=list)
    dup_pairs: list[tuple[str, str, float]] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)
    passage_rows: list[tuple[str, str, int, int]] = field(default_factory=list)
    parsed: dict[str, Parsed] = field(default_factory=dict)
    vectors: dict[str, Any] = field(default_factory=dict)
    # article id -> [(start, end, vector)] of its sentences inside the embedding window (MiniLM's token states,
    # same pass as `vectors`): read by coding's type check only
    sentence_vectors: dict[str, list] = field(default_factory=dict)
    vector_model: str | None = None
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    records: dict[str, list[Record]] = field(default_factory=dict)
    per_article: dict[str, list] = field(default_factory=dict)  # entities' in-article result, read by coding only
    # corpus
    docs: dict[str, Any] = field(default_factory=dict)
    events: list[Event] | None = None  # None: nothing new, events and storylines stay as stored
    dropped: list[str] = field(default_factory=list)
    storylines: list[Storyline] = field(default_factory=list)  # every storyline, or with a diff those written
    storylines_removed: list[str] | None = None  # None: `storylines` replace every stored one; else a diff: these go
    story_links: Any = None  # storylines.LinkRows: the link graph's rows to store (None: leave it)
    summaries: dict[str, Any] = field(default_factory=dict)  # event id -> storylines.summary to store (new or changed)
    doc_cache: dict[str, tuple] = field(default_factory=dict)  # article id -> (source id, version, packed features): to store
    # every phase
    errors: list[InputError] = field(default_factory=list)  # per-article stage failures (reported, not raised)
    timings: Counter = field(default_factory=Counter)

    def merge(self, analysed: Delta) -> Delta:
        """Take the `analyse` phase's fields (computed on a worker) into this chunk's delta."""
        for name in ("parsed", "vectors", "sentence_vectors", "vector_model", "per_article", "records"):
            setattr(self, name, getattr(analysed, name))
        self.errors.extend(analysed.errors)
        self.timings.update(analysed.timings)
        return self


# --- per-article failure isolation -------------------------------------------------------------------------------
def _guard(d: Delta, stage: str, article: Article, fn, default):
    """Run one per-article stage call; a failure costs that article this stage, never the batch."""
    try:
        return fn(article)
    except Exception as exc:  # noqa: BLE001  (reported as one line, the article keeps its other stages)
        d.errors.append(InputError(article.path or "-", f"record {article.external_id}: {stage} failed "
                                                        f"({type(exc).__name__}: {exc})"))
        return default


def _batched(d: Delta, stage: str, arts: list[Article], fn, default) -> dict:
    """A batched stage call; if the batch fails, retry article by article so only the culprit loses it."""
    if not arts:
        return {}
    try:
        return dict(zip([a.id for a in arts], fn(arts), strict=True))
    except Exception:  # noqa: BLE001
        return {a.id: _guard(d, stage, a, lambda x: fn([x])[0], default(a) if default else None) for a in arts}


def _originals(batch: Sequence[Article], d: Delta) -> list[Article]:
    return [a for a in batch if a.id not in d.copies]


# --- the stages (adapters: each calls its stage module's pure functions) -------------------------------------------
def _prepare(batch: Sequence[tuple[str, RawDoc]], ctx: IngestContext, settings: Settings, d: Delta) -> None:
    """Corpus evidence first (line counts of the batch's plain-text documents, per group), then clean and date."""
    from newsdesk import clean
    from newsdesk.prepare import prepare

    counts = clean.CorpusStats(settings)
    for _key, doc in batch:
        if doc.text is not None:
            counts.add(doc.group, doc.text)
    d.line_stats = counts.to_rows()
    stats = clean.CorpusStats.from_rows(list(ctx.line_stats) + list(d.line_stats), settings)
    for key, doc in batch:
        try:
            d.articles.append(prepare(key, doc, stats, ctx.now, settings))
        except InputError as err:
            d.rejected.append(err)
        except Exception as exc:  # noqa: BLE001  (a stage bug must not lose the batch: report it, go on)
            d.rejected.append(InputError(doc.path, f"could not be processed ({type(exc).__name__}: {exc})",
                                         doc.line))


def _dedup(batch: Sequence[Article], ctx: ChunkContext, settings: Settings, d: Delta) -> None:
    from newsdesk import dedup

    d.processed = [a.id for a in batch]
    d.signatures, d.dup_pairs, d.copies, d.passage_rows = dedup.detect(batch, ctx.dedup, settings)


def _ner(batch: Sequence[Article], ctx: ChunkContext, settings: Settings, d: Delta) -> None:
    from newsdesk import ner

    # NOTE(CODING): ner.MAX_CHARS is still a module constant; settings.NER_MAX_CHARS mirrors it
    d.parsed = _batched(d, "ner", _originals(batch, d),
                        lambda arts: list(ner.parse((a.text for a in arts), batch_size=settings.NER_BATCH)),
                        lambda a: Parsed((), ()))


def _embed(batch: Sequence[Article], ctx: ChunkContext, settings: Settings, d: Delta) -> None:
    from newsdesk import embed

    def vectors(arts: list[Article]):
        model = ctx.embedder()
        d.vector_model = model.name
        texts = [embed.embedding_text(a.title, a.text, settings.EMBED_MAX_CHARS) for a in arts]
        if not hasattr(model, "embed_parts"):
            return list(model.embed(texts))
        # the same pass gives the vectors of the sentences coding may code (its type check, coding.veto)
        sents = [d.parsed[a.id].sents[:settings.CODING_MAX_SENTENCES] if a.id in d.parsed else () for a in arts]
        vecs, parts = model.embed_parts(texts, [[a.text[lo:hi] for lo, hi in ss]
                                                for a, ss in zip(arts, sents, strict=True)])
        for a, ss, pv in zip(arts, sents, parts, strict=True):
            d.sentence_vectors[a.id] = [(lo, hi, v) for (lo, hi), v in zip(ss, pv, strict=True) if v is not None]
        return list(vecs)

    d.vectors = {k: v for k, v in _batched(d, "embed", _originals(batch, d), vectors, None).items()
                 if v is not None}


def _mentions(batch: Sequence[Article], ctx: ChunkContext, settings: Settings, d: Delta) -> None:
    from newsdesk import entities

    d.per_article = {a.id: _guard(d, "entities", a, lambda a: entities.mentions(a, d.parsed[a.id], settings), [])
                     for a in _originals(batch, d)}


def _resolve(batch: Sequence[Article], ctx: ChunkContext, settings: Settings, d: Delta) -> None:
    from newsdesk import entities

    d.entities, d.mentions = entities.resolve(d.per_article, ctx.entities, settings)
    d.records = entities.link_records(d.records, d.per_article, d.mentions)  # record actor/target -> entity ids


def _coding(batch: Sequence[Article], ctx: ChunkContext, settings: Settings, d: Delta) -> None:
    from newsdesk import coding

    d.records = {a.id: _guard(d, "coding", a,
                              lambda a: coding.code(a, d.parsed[a.id], d.per_article[a.id], settings), [])
                 for a in _originals(batch, d)}
    # the sentence-embedding type check (MiniLM only), over the chunk's records at once
    d.records = coding.veto(d.records, d.sentence_vectors, d.vector_model, settings.CODING_TYPE_TOP_K,
                            settings.CODING_TYPE_MODEL)


def _events(batch: None, inp, settings: Settings, d: Delta) -> None:
    from newsdesk.events import build

    if not build.has_work(inp):
        return
    d.docs = build.make_docs(inp, settings)
    d.doc_cache = build.packed(inp.built, d.docs)
    d.events, d.dropped = build.update(inp, d.docs, settings)


def _storylines(batch: None, inp, settings: Settings, d: Delta) -> None:
    from newsdesk import storylines
    from newsdesk.events import build

    if d.events is None:
        return
    after = build.after_change(inp.events, d.events, d.dropped, [a.id for a in inp.articles])
    # the loaded events' summaries from their docs (stored with the delta); events outside a time window
    # (Store.event_inputs) are linked by their stored summary, without their articles; with a stored link graph
    # (`inp.story`) only its changed part is re-linked and the storylines are written as a diff
    d.summaries = {e.id: storylines.summary(e, d.docs) for e in after}
    outside = [e for e in inp.outside if e.id not in d.summaries]
    up = storylines.update(after + outside, {**inp.summaries, **d.summaries}, settings.STORY_MIN_COSINE,
                           settings.STORY_MIN_SHARED, settings.STORY_MIN_LINKED_SHARE, settings.STORY_LINK_CHUNK,
                           stored=inp.story, recomputed=d.summaries, old=list(inp.events) + list(inp.outside),
                           dropped=d.dropped)
    d.storylines, d.storylines_removed, d.story_links = up.storylines, up.removed, up.links
    stored = (inp.story or {}).get("summaries")
    if stored is not None:  # only the summaries that changed are written (the window's others are stored as they are)
        d.summaries = {e: s for e, s in d.summaries.items() if e not in stored or not storylines._same(s, stored[e])}


def _s(*names: str) -> frozenset[str]:
    return frozenset(names)


STAGES: tuple[Stage, ...] = (
    Stage("prepare", _prepare, _s("raw"), _s("article", "line_stats"), "ingest"),
    Stage("dedup", _dedup, _s("article"), _s("signature", "dup_pairs", "copy_of", "passages"), "dedup"),
    Stage("ner", _ner, _s("article", "copy_of"), _s("ner"), "analyse"),
    Stage("embed", _embed, _s("article", "copy_of", "ner"), _s("vector"), "analyse"),
    Stage("entities", _mentions, _s("article", "ner"), _s("mentions"), "analyse"),
    Stage("coding", _coding, _s("article", "ner", "mentions"), _s("records"), "analyse"),
    Stage("resolve", _resolve, _s("mentions", "records"), _s("entities"), "resolve"),
    Stage("events", _events, _s("article", "vector", "ner", "dup_pairs", "copy_of", "records"), _s("event"),
          "corpus"),
    Stage("storylines", _storylines, _s("event", "vector", "ner"), _s("storyline"), "corpus"),
)


def check(stages: Sequence[Stage] = STAGES, given: frozenset[str] = frozenset({"raw"})) -> list[str]:
    """One line per requirement that no earlier stage assigns (empty: the order is sound); like spaCy's
    `analyze_pipes`. `given`: what the input itself provides."""
    have, problems = set(given), []
    for st in stages:
        if st.phase not in PHASES:
            problems.append(f"stage {st.name}: unknown phase {st.phase!r}")
        missing = st.requires - have
        if missing:
            problems.append(f"stage {st.name} requires {', '.join(sorted(missing))}, which no earlier stage assigns")
        have |= st.assigns
    return problems


def run(batch, context, settings: Settings = DEFAULT, phase: str = "analyse", delta: Delta | None = None
        ) -> Delta:
    """Run the stages of `phase`, in `STAGES` order, over `batch` (raw documents for `ingest`, articles for the
    chunk phases, None for `corpus`) with `context`; in memory, no store. `delta`: the chunk's delta from the
    earlier phases, extended in place (a new one when None)."""
    if phase not in PHASES:
        raise ValueError(f"unknown phase {phase!r}: one of {', '.join(PHASES)}")
    d = Delta() if delta is None else delta
    for st in STAGES:
        if st.phase == phase:
            t = time.perf_counter()
            st.run(batch, context, settings, d)
            d.timings[st.name] += time.perf_counter() - t
    return d


def analyse(originals: list[Article], worker, settings: Settings = DEFAULT) -> Delta:
    """The `analyse` phase over a chunk's originals: a pure, module-level function that an executor can run on
    any worker (`worker.embedder`: the worker's embedder, read on first use). The driver takes the result into
    the chunk's delta with `Delta.merge`."""
    return run(originals, ChunkContext(None, lambda: worker.embedder), settings, "analyse")


def chunk_context(signatures, passage_rows, published, settings: Settings = DEFAULT) -> ChunkContext:
    """The context chunks share within one processing run, from the store's rows (see `dedup.DedupState`)."""
    from newsdesk import dedup

    return ChunkContext(dedup.DedupState(signatures, passage_rows, published, settings))
