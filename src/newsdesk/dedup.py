"""Near-duplicate articles (syndicated copies) and re-used passages.

Near-duplicates: MinHash (datasketch, `affine32` scheme, fixed seed) over word shingles of the normalised text,
indexed incrementally in a datasketch `MinHashLSH` with explicit (bands, rows). A candidate from the LSH is kept
when its estimated Jaccard (share of equal MinHash slots) is at least `DEDUP_MIN_JACCARD`; `groups` then takes the
connected components (union-find), the canonical member being the earliest in the given order. The set of pairs
does not depend on insertion order (LSH collisions and the Jaccard estimate are symmetric), so neither do groups.

Re-used passages: sentences are cut with a small regular expression rather than spaCy: offsets must point exactly
into `Article.text`, it must run on every article at ingest (a few microseconds per sentence, no model), and a
sentence boundary missed or added only makes a passage shorter or longer, never wrong. Each sentence is keyed by a
hash of its normalised words; a key seen in two or more articles (syndicated copies counted once) is a shared
sentence, and runs of consecutive shared sentences that recur together in the same articles are merged into one
passage (a paragraph). Trivial sentences (fewer than `PASSAGE_MIN_WORDS` words) are never indexed, and very common
ones (in more than `PASSAGE_MAX_DOCS` distinct articles: footers, credit lines) are dropped as boilerplate.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsdesk import model
from newsdesk.clean.text import SENTENCE_BOUNDARY, ordinal_stop
from newsdesk.settings import (
    DEDUP_LSH_BANDS,
    DEDUP_MIN_JACCARD,
    NUM_PERM,
    PASSAGE_MAX_DOCS,
    PASSAGE_MIN_WORDS,
    SHINGLE_WORDS,
)

SEED = 1  # MinHash permutation seed: fixed, so signatures are comparable across runs and processes
SCHEME = "affine32"  # datasketch >= 2.0 hash scheme; signatures are uint32
SIG_DTYPE = np.uint32  # signature values; `sig.tobytes()` / `np.frombuffer(blob, dtype=SIG_DTYPE)` round-trip
EMPTY = np.uint32(0xFFFFFFFF)  # the value of an untouched MinHash slot (no shingles)

_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def words(text: str) -> list[str]:
    """Normalised word tokens: NFKC, case-folded, `\\w+` runs (punctuation and spacing ignored)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold())


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """Word k-shingles of the normalised text; a text shorter than k words is one shingle (empty text: none)."""
    w = words(text)
    if not w:
        return set()
    if len(w) <= k:
        return {" ".join(w)}
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> np.ndarray:
    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations


def _minhash(sig: np.ndarray) -> MinHash:
    return MinHash(seed=SEED, scheme=SCHEME, hashvalues=sig, permutations=_permutations(len(sig)))


def signature(text: str, num_perm: int = NUM_PERM, k: int = SHINGLE_WORDS) -> np.ndarray:
    """MinHash hash values (uint32, length `num_perm`) of the word k-shingles of `text`. Deterministic."""
    m = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME, permutations=_permutations(num_perm))
    m.update_batch(s.encode("utf-8") for s in sorted(shingles(text, k)))
    return np.asarray(m.hashvalues, dtype=np.uint32).copy()


def is_empty(sig: np.ndarray) -> bool:
    """True for the signature of a text without words (it must match nothing)."""
    return bool(np.all(sig == EMPTY))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal slots."""
    if len(a) != len(b):
        raise ValueError(f"signatures of different lengths: {len(a)} vs {len(b)}")
    return float(np.count_nonzero(a == b)) / len(a)


def sig_to_bytes(sig: np.ndarray) -> bytes:
    """Compact storage form of a signature (little-endian uint32)."""
    return np.asarray(sig, dtype="<u4").tobytes()


def sig_from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


class DedupIndex:
    """Incremental LSH over signatures. `add` returns the earlier near-duplicates of the new article.

    State is just the (id, signature) pairs added so far: the store persists signatures and rebuilds the index by
    calling `add` again in the original order (`from_signatures`).
    """

    def __init__(self, threshold: float = DEDUP_MIN_JACCARD, num_perm: int = NUM_PERM,
                 bands: int = DEDUP_LSH_BANDS):
        if not 1 <= bands <= num_perm:
            raise ValueError(f"bands must be in 1..num_perm ({num_perm}), got {bands}")
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(num_perm=num_perm, params=(bands, num_perm // bands))
        self._sigs: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._sigs

    def add(self, article_id: str, sig: np.ndarray) -> list[tuple[str, float]]:
        """Index `sig` under `article_id`; return [(earlier id, estimated Jaccard)] at or above the threshold,
        best first (ties by id). Re-adding an id replaces its signature. Empty signatures match nothing."""
        sig = np.asarray(sig, dtype=np.uint32)
        if len(sig) != self.num_perm:
            raise ValueError(f"signature has {len(sig)} slots, index expects {self.num_perm}")
        if article_id in self._sigs:
            self._lsh.remove(article_id)
            del self._sigs[article_id]
        if is_empty(sig):
            return []
        mh = _minhash(sig)
        found = []
        for other in self._lsh.query(mh):
            sim = jaccard(sig, self._sigs[other])
            if sim >= self.threshold:
                found.append((other, sim))
        self._lsh.insert(article_id, mh)
        self._sigs[article_id] = sig
        return sorted(found, key=lambda p: (-p[1], p[0]))

    def signature_of(self, article_id: str) -> np.ndarray:
        return self._sigs[article_id]

    @classmethod
    def from_signatures(cls, items: Iterable[tuple[str, np.ndarray]], **kw) -> DedupIndex:
        idx = cls(**kw)
        for aid, sig in items:
            idx.add(aid, sig)
        return idx


def groups(pairs: Iterable[tuple[str, str, float]], order: Sequence[str],
           sigs: Mapping[str, np.ndarray] | None = None) -> list[model.DupGroup]:
    """Connected components of near-duplicate `pairs` (a, b, similarity) -> DupGroups.

    `canonical` is the member that comes first in `order` (ids missing from `order` sort after it, by id);
    members are listed in that order, canonical first. `similarity` is the minimum over members of the estimated
    Jaccard with the canonical: from `sigs` when given, else from the pair itself, else (a member joined through
    another) the minimum pair similarity in the group. Groups are sorted by their canonical's position.
    """
    pos = {aid: i for i, aid in enumerate(order)}

    def rank(aid: str) -> tuple[int, str]:
        return (pos.get(aid, len(pos)), aid)

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sim: dict[frozenset, float] = {}
    for a, b, s in pairs:
        if a == b:
            continue
        key = frozenset((a, b))
        sim[key] = max(float(s), sim.get(key, 0.0))
        ra, rb = find(a), find(b)
        if ra != rb:
            if rank(rb) < rank(ra):
                ra, rb = rb, ra
            parent[rb] = ra
    comps: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        comps[find(x)].append(x)
    edge_min: dict[str, float] = {}
    for k, s in sim.items():
        r = find(next(iter(k)))
        edge_min[r] = min(s, edge_min.get(r, 1.0))
    out = []
    for root, members in comps.items():
        members.sort(key=rank)
        canon = members[0]
        sims = []
        for m in members[1:]:
            if sigs is not None and canon in sigs and m in sigs:
                sims.append(jaccard(sigs[canon], sigs[m]))
            else:
                sims.append(sim.get(frozenset((canon, m)), edge_min[root]))
        out.append(model.DupGroup(id=model.content_id("dup", canon, prefix="d"), canonical=canon,
                                  members=tuple(members), similarity=round(min(sims), 4)))
    out.sort(key=lambda g: rank(g.canonical))
    return out


def copy_map(pairs: Iterable[tuple[str, str, float]], order: Sequence[str],
             published: Mapping[str, str | None] | None = None, max_gap_days: float | None = None) -> dict[str, str]:
    """copy article id -> its original (the earliest member of its near-duplicate group, by `order`).

    With `published` and `max_gap_days`, a pair whose two articles are further apart in time is not a syndicated
    copy (the same rule as `detect`): the same text re-published years later is another article, not a copy."""
    if published is not None and max_gap_days is not None:
        pairs = [(a, b, s) for a, b, s in pairs if close_in_time(published.get(a), published.get(b), max_gap_days)]
    return {m: g.canonical for g in groups(pairs, order) for m in g.members if m != g.canonical}


def canonical_map(dup_groups: Iterable[model.DupGroup]) -> dict[str, str]:
    """article id -> canonical id, for every member of every group (a syndicated copy counts once)."""
    return {m: g.canonical for g in dup_groups for m in g.members}


# --- re-used passages ---------------------------------------------------------------------------------------

# A sentence ends where the cleaner's sentence boundary is (. ! ? or … with closing quotes/brackets, before an
# opening capital, digit or quote); a line break always ends one. Abbreviations ("Mr. Smith") may split a
# sentence: the pieces are then shorter, which only matters for pieces under PASSAGE_MIN_WORDS.
_SENT_END = re.compile(rf"{SENTENCE_BOUNDARY.pattern}|\s*\n\s*")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, whitespace trimmed; closing quotes stay with their
    sentence."""
    out = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if not m.group(1) and "\n" not in m.group(0) and ordinal_stop(text, m.start(), m.end()):
            continue
        cut = m.start()
        # keep closing quote/bracket characters matched at the start of the separator with the sentence
        j = cut
        while j < m.end() and text[j] in "\"'\u201d\u2019)]":
            j += 1
        _push(text, pos, j, out)
        pos = m.end()
    _push(text, pos, len(text), out)
    return out


def _push(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


def passage_key(sentence: str) -> tuple[str, int]:
    """(hash of the normalised words, word count) of one sentence."""
    w = words(sentence)
    return hashlib.blake2b(" ".join(w).encode("utf-8"), digest_size=8).hexdigest(), len(w)


class PassageIndex:
    """Incremental index of sentences (>= PASSAGE_MIN_WORDS words) across articles.

    Row form for the store: `to_rows()` / `rows_for(ids)` -> [(key, article_id, start, end)], one row per indexed
    sentence; `from_rows(rows)` rebuilds an equal index. Sentence texts are kept in memory for articles added in
    this process only; after `from_rows`, pass `texts` (article id -> text) to `passages` for the passage text.
    """

    def __init__(self, min_words: int = PASSAGE_MIN_WORDS, max_docs: int = PASSAGE_MAX_DOCS):
        self.min_words = min_words
        self.max_docs = max_docs
        # article id -> [(key, start, end)] in text order, indexed sentences only
        self._docs: dict[str, list[tuple[str, int, int]]] = {}
        self._texts: dict[str, str] = {}
        # key -> {article id: [position in _docs[article id], ...]}
        self._occ: dict[str, dict[str, list[int]]] = defaultdict(dict)

    def __len__(self) -> int:
        return len(self._docs)

    def add(self, article_id: str, text: str) -> None:
        """Index the sentences of `text` under `article_id` (re-adding an id replaces it)."""
        sents = []
        for a, b in sentences(text):
            key, n = passage_key(text[a:b])
            if n >= self.min_words:
                sents.append((key, a, b))
        self._put(article_id, sents)
        if sents:
            self._texts[article_id] = text

    def _put(self, article_id: str, sents: list[tuple[str, int, int]]) -> None:
        self.remove(article_id)
        self._docs[article_id] = sents
        for i, (key, _a, _b) in enumerate(sents):
            self._occ[key].setdefault(article_id, []).append(i)

    def remove(self, article_id: str) -> None:
        self._texts.pop(article_id, None)
        for key, _a, _b in self._docs.pop(article_id, ()):
            occ = self._occ.get(key)
            if occ is not None:
                occ.pop(article_id, None)
                if not occ:
                    del self._occ[key]

    def rows_for(self, article_ids: Iterable[str]) -> list[tuple[str, str, int, int]]:
        """(key, article_id, start, end) rows of the given articles, in text order."""
        return [(key, aid, a, b) for aid in article_ids for key, a, b in self._docs.get(aid, ())]

    def to_rows(self) -> list[tuple[str, str, int, int]]:
        return self.rows_for(sorted(self._docs))

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, int, int]], **kw) -> PassageIndex:
        idx = cls(**kw)
        per: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for key, aid, a, b in rows:
            per[aid].append((int(a), int(b), key))
        for aid in sorted(per):
            idx._put(aid, [(key, a, b) for a, b, key in sorted(per[aid])])
        return idx

    def passages(self, canonical: Mapping[str, str] | None = None,
                 texts: Mapping[str, str] | None = None) -> list[model.Passage]:
        """Passages found in at least two distinct articles, where members of one duplicate group (`canonical`:
        article id -> canonical id, see `canonical_map`) count as one article, and in at most `max_docs` distinct
        articles (more is boilerplate). Consecutive shared sentences that recur together, consecutively, in the
        same articles are merged into one passage (a paragraph). Spans are (article id, start, end) into the text
        given to `add`; the passage text is the first span's text (from `texts` or the texts added in this
        process). Sorted by (-number of distinct articles, text, id)."""
        canon = canonical or {}
        shared: dict[str, frozenset[str]] = {}
        for key, occ in self._occ.items():
            distinct = {canon.get(a, a) for a in occ}
            if 2 <= len(distinct) <= self.max_docs:
                shared[key] = frozenset(occ)
        if not shared:
            return []
        seen_runs: set[tuple[str, ...]] = set()
        out = []
        for aid in sorted(self._docs):
            sents = self._docs[aid]
            i = 0
            while i < len(sents):
                key = sents[i][0]
                if key not in shared:
                    i += 1
                    continue
                arts = shared[key]
                run = [key]
                j = i + 1
                while j < len(sents) and shared.get(sents[j][0]) == arts and self._consecutive(arts, run[-1],
                                                                                              sents[j][0]):
                    run.append(sents[j][0])
                    j += 1
                keys = tuple(run)
                if keys not in seen_runs:
                    seen_runs.add(keys)
                    out.append(self._passage(keys, arts, texts))
                i = j
        out.sort(key=lambda p: (-len({canon.get(s[0], s[0]) for s in p.spans}), p.text, p.id))
        return out

    def _consecutive(self, arts: frozenset[str], k1: str, k2: str) -> bool:
        """True when, in every article of `arts`, some occurrence of k1 is directly followed by k2 (among the
        indexed sentences: a short sentence in between does not break a run)."""
        for a in arts:
            s2 = set(self._occ[k2].get(a, ()))
            if not any(i + 1 in s2 for i in self._occ[k1].get(a, ())):
                return False
        return True

    def _passage(self, keys: tuple[str, ...], arts: frozenset[str],
                 texts: Mapping[str, str] | None) -> model.Passage:
        spans = []
        for a in sorted(arts):
            sents = self._docs[a]
            for i in self._occ[keys[0]][a]:
                run = sents[i:i + len(keys)]
                if tuple(x[0] for x in run) == keys:
                    spans.append((a, run[0][1], run[-1][2]))
        spans.sort()
        text = ""
        for a, start, end in spans:
            src = (texts or {}).get(a) or self._texts.get(a)
            if src is not None:
                text = src[start:end]
                break
        return model.Passage(id=model.content_id("passage", *keys, prefix="p"), text=text, spans=tuple(spans))


def passages_from_rows(rows: Iterable[tuple[str, str, int, int]], texts: Mapping[str, str],
                       canonical: Mapping[str, str] | None = None, **kw) -> list[model.Passage]:
    """Passages from stored (key, article_id, start, end) rows: `PassageIndex.from_rows(rows).passages(...)`."""
    return PassageIndex.from_rows(rows, **kw).passages(canonical=canonical, texts=texts)


# --- the pipeline's dedup stage ------------------------------------------------------------------------------------
class DedupState:
    """What the dedup stage carries from one chunk to the next: the near-duplicate index over every stored
    signature (in ingest order), the passage index, and every article's publication day. Built once per
    `process` from the store's rows; `detect` adds each chunk's articles to it, as they are saved."""

    def __init__(self, signatures: Iterable[tuple[str, bytes]], passage_rows: Iterable[tuple[str, str, int, int]],
                 published: Mapping[str, str | None], settings=None):
        kw = {} if settings is None else {"threshold": settings.DEDUP_MIN_JACCARD, "num_perm": settings.NUM_PERM,
                                          "bands": settings.DEDUP_LSH_BANDS}
        self.index = DedupIndex(**kw)
        for aid, blob in signatures:
            self.index.add(aid, sig_from_bytes(blob))
        pkw = {} if settings is None else {"min_words": settings.PASSAGE_MIN_WORDS,
                                           "max_docs": settings.PASSAGE_MAX_DOCS}
        self.passages = PassageIndex.from_rows(passage_rows, **pkw)
        self.published = dict(published)


def close_in_time(a: str | None, b: str | None, max_gap_days: float) -> bool:
    """A near-duplicate is treated as a syndicated copy (same event) unless the two are far apart in time."""
    da, db = model.iso_day(a), model.iso_day(b)
    if da is None or db is None:
        return True
    return abs((da - db).days) <= max_gap_days


def detect(articles: Sequence[model.Article], state: DedupState, settings) -> tuple[
        list[tuple[str, bytes]], list[tuple[str, str, float]], dict[str, str], list[tuple[str, str, int, int]]]:
    """The dedup stage over one chunk (in ingest order): each article's signature, its near-duplicate pairs with
    every earlier article, the copies (article -> the most similar earlier near-duplicate close in time), and its
    passage rows. Advances `state` so that the next chunk sees these articles."""
    sig_rows, pair_rows, copies = [], [], {}
    for a in articles:
        sig = signature(a.text, settings.NUM_PERM, settings.SHINGLE_WORDS)
        sig_rows.append((a.id, sig_to_bytes(sig)))
        pairs = state.index.add(a.id, sig)
        pair_rows.extend((other, a.id, float(sim)) for other, sim in pairs)
        close = [(o, sim) for o, sim in pairs
                 if close_in_time(a.published, state.published.get(o), settings.EVENT_MAX_GAP_DAYS)]
        if close:
            copies[a.id] = max(close, key=lambda p: p[1])[0]
        state.published[a.id] = a.published
        state.passages.add(a.id, a.text)
    return sig_rows, pair_rows, copies, state.passages.rows_for([a.id for a in articles])


def borrowers(order: Sequence[str], copies: Mapping[str, str], has_features: Sequence[str],
              per_original: int) -> dict[str, str]:
    """Which article's features (vector, entities) each article clusters with: its own, or for a syndicated copy
    without features of its own, its original's. Only the first `per_original` copies of an original (in ingest
    `order`) borrow: their duplicate evidence helps average link; further copies only follow their original."""
    source = {aid: aid for aid in has_features}  # keeps `has_features`' order, then the borrowing copies
    taken: dict[str, int] = defaultdict(int)
    for copy in (a for a in order if a in copies):
        orig = copies[copy]
        if copy not in source and orig in source and source[orig] == orig and taken[orig] < per_original:
            source[copy] = orig
            taken[orig] += 1
    return source
