"""Event clustering features: what each article contributes, and the pairwise similarity of two articles.

Evidence per pair of articles (all in [0, 1], combined linearly, weights in settings.py):

- dense: cosine of the MiniLM embeddings of headline + lead (`newsdesk.embed`);
- words: TF-IDF cosine of content words (lower-cased, stop words out, sublinear tf; IDF over the articles
  being clustered);
- names: TF-IDF cosine of the named participants, places, numbers and time expressions (entity keys from
  spaCy NER (`newsdesk.ner`), plus the numbers in the text, plus the years, dated months and weekdays it
  names): what separates two same-kind events (two earthquakes, two shootings) is who, where, how many and
  when -- reports of one event name the same weekday and month, a same-kind event years apart others;
- dates: two articles whose publication days are both known and more than EVENT_MAX_GAP_DAYS apart are
  never one event (a cannot-link, applied to whole clusters), and every known gap lowers the similarity by
  EVENT_DATE_PENALTY per log-day, so that alike articles weeks apart need more shared evidence; an undated
  article is from no earlier than the latest year or date it states (`instance.floor_day`), so it is never one event
  with an article dated more than EVENT_MAX_GAP_DAYS before that (`floor_links`, EVENT_STATED_FLOOR).
"""

from __future__ import annotations

import re
import struct
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain, count
from operator import itemgetter

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.clean.text import visible
from newsdesk.dates import grammar
from newsdesk.events.instance import (
    InstanceMatrix,
    instance_keys,
    monthday_apart,
    monthday_sets,
    weekday_apart,
    weekday_masks,
)
from newsdesk.model import Doc, iso_day
from newsdesk.settings import DEFAULT, Settings

ENTITY_LABELS = {  # spaCy label -> entity key prefix
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP",
    "EVENT": "EVT", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
}
PLACE_PREFIX = "LOC:"

_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_WHEN_YEAR = re.compile(r"(?<![\w.,/-])(19[5-9]\d|20[0-9]\d)(?![\w/-])")
_WHEN_WEEKDAY = re.compile(r"\b(" + "|".join(w.capitalize() for w in grammar.WEEKDAY_FULL) + r")\b")


def entity_key(text: str, label: str) -> str | None:
    """`PER:jerry ortiz` for a PERSON span; None for labels that are not participants/places/things."""
    prefix = ENTITY_LABELS.get(label)
    if prefix is None:
        return None
    norm = " ".join(_WORD.findall(visible(text).lower().replace("\u2019", "'")))
    norm = re.sub(r"^the ", "", norm)
    norm = re.sub(r"'s$", "", norm)
    return f"{prefix}:{norm}" if norm else None


def entity_keys(spans: Iterable) -> tuple[str, ...]:
    """Entity keys of NER spans (`newsdesk.ner.Span` or (text, label, ...) tuples), in order, with repeats."""
    out = []
    for s in spans:
        text, label = (s.text, s.label) if hasattr(s, "label") else (s[0], s[1])
        k = entity_key(text, label)
        if k:
            out.append(k)
    return tuple(out)


def content_words(text: str) -> Counter:
    words = (m.lower() for m in _WORD.findall(visible(text)))  # "Mer\u00adkel" is "merkel"
    return Counter(w for w in words if len(w) > 1 and w not in ENGLISH_STOP_WORDS)


def numbers(text: str) -> list[str]:
    """Numbers in the text, normalised ("1,200" -> "1200"); one-digit numbers and years are left out."""
    out = []
    for m in _NUMBER.findall(text):
        n = m.replace(",", "")
        if len(n) >= 2 and not _YEAR.match(n):
            out.append(n)
    return out


def time_terms(text: str) -> list[str]:
    """The time expressions of a text as name terms: years ("WHEN:2008"), months of the dates it states
    (`dates.grammar.find_dates`/`find_yearless`: "WHEN:m12"), weekdays ("WHEN:thursday"). Reports of one event name the same day; a same-kind event
    another year names other ones. Ablation on ecbplus_dev with the settings.py values (BENCHMARKS.md): F1
    .921 -> .928 with them, odd topics .907 -> .915, even .934 -> .941, 10-topic streams .941 -> .948."""
    out = ["WHEN:" + y for y in _WHEN_YEAR.findall(text)]
    months = [int(iso[5:7]) for _, _, iso in grammar.find_dates(text)]
    months += [mon for _, _, mon, _ in grammar.find_yearless(text)]
    out += [f"WHEN:m{m}" for m in months]
    out += ["WHEN:" + w.lower() for w in _WHEN_WEEKDAY.findall(text)]
    return out


def _day(published: str | None) -> int | None:
    d = iso_day(published)
    return None if d is None else d.toordinal()


def make_doc(id: str, published: str | None, title: str | None, text: str, vector: np.ndarray,
             entities: Iterable = ()) -> Doc:
    """A `Doc` from an article: `entities` are entity keys (str) or NER spans (converted with `entity_keys`)."""
    ents = tuple(entities)
    if ents and not isinstance(ents[0], str):
        ents = entity_keys(ents)
    full = f"{title}\n{text}" if title else text
    names = Counter(ents)
    names.update("NUM:" + n for n in numbers(full))
    names.update(time_terms(full))
    return Doc(id=id, published=published[:10] if published else None, title=title, text=text,
               vector=np.asarray(vector, dtype=np.float32), entities=ents,
               words=tuple(sorted(content_words(full).items())), names=tuple(sorted(names.items())),
               day=_day(published), instance=instance_keys(title, text, iso_day(published), ents))


# --- stored features ------------------------------------------------------------------------------------------
_PACK_HEAD = 4  # int32 lengths: entities, words, names, instance keys


def pack_doc(d: Doc) -> bytes | None:
    """What `make_doc` derived (entities, words, names, instance keys) as bytes for the store (`event_docs.doc`):
    the four lengths and the word and name counts as little-endian int32, then every string (entities, words,
    names, instance kinds, instance keys) in UTF-8, NUL-separated. Read back by `unpack_doc` in a few C-level
    passes (the 9.9k stored docs of a 10k-store window: 0.15 CPU s, the JSON it replaced 0.47 s). None when a string holds a NUL:
    such a doc is not stored (it is rebuilt each time)."""
    strings = [*d.entities, *(t for t, _ in d.words), *(t for t, _ in d.names), *(k for k, _ in d.instance),
               *(v for _, v in d.instance)]
    if any("\0" in x for x in strings):
        return None
    head = [len(d.entities), len(d.words), len(d.names), len(d.instance), *(n for _, n in d.words),
            *(n for _, n in d.names)]
    return struct.pack(f"<{len(head)}i", *head) + "\0".join(strings).encode("utf-8")


def unpack_doc(blob: bytes) -> tuple[tuple, tuple, tuple, tuple]:
    """(entities, words, names, instance) as `make_doc` built them, from `pack_doc`'s bytes; ValueError when the
    bytes are not such a record."""
    try:
        ne, nw, nn, ni = struct.unpack_from(f"<{_PACK_HEAD}i", blob)
        at = 4 * (_PACK_HEAD + nw + nn)
        counts = struct.unpack_from(f"<{nw + nn}i", blob, 4 * _PACK_HEAD)
        s = bytes(blob[at:]).decode("utf-8").split("\0")
    except (ValueError, UnicodeDecodeError, struct.error) as e:
        raise ValueError(f"not packed features: {e}") from None
    if min(ne, nw, nn, ni) < 0 or len(s) != max(ne + nw + nn + 2 * ni, 1):
        raise ValueError("not packed features: lengths do not match")
    w, n, k = ne + nw, ne + nw + nn, ne + nw + nn + ni
    return (tuple(s[:ne]), tuple(zip(s[ne:w], counts[:nw], strict=True)),
            tuple(zip(s[w:n], counts[nw:], strict=True)), tuple(zip(s[n:k], s[k:k + ni], strict=True)))


# --- similarity ----------------------------------------------------------------------------------------------
class Features:
    """Row-aligned feature matrices for a list of docs: dense vectors, TF-IDF words, TF-IDF names, days."""

    def __init__(self, docs: Sequence[Doc]):
        self.docs = list(docs)
        self.index = {d.id: i for i, d in enumerate(self.docs)}
        dim = max((d.vector.shape[-1] for d in self.docs), default=1)
        self.dense = np.zeros((len(self.docs), dim), dtype=np.float32)
        for i, d in enumerate(self.docs):
            self.dense[i] = d.vector.reshape(-1)
        self.words = _tfidf([d.words for d in self.docs])
        self.names = _tfidf([d.names for d in self.docs])
        self.days = np.array([np.nan if d.day is None else d.day for d in self.docs], dtype=np.float64)
        self.floor = floors(self.docs)
        self.instance = InstanceMatrix([d.instance for d in self.docs], [d.day for d in self.docs])

    def __len__(self):
        return len(self.docs)

    def sim(self, rows: np.ndarray, cols: np.ndarray | None, p: Settings) -> np.ndarray:
        """Combined similarity of docs `rows` x `cols` (all docs when None), -inf where dates conflict."""
        cols_ = slice(None) if cols is None else cols
        s = p.EVENT_W_DENSE * (self.dense[rows] @ self.dense[cols_].T)
        s += p.EVENT_W_WORDS * (self.words[rows] @ self.words[cols_].T).toarray()
        s += p.EVENT_W_NAMES * (self.names[rows] @ self.names[cols_].T).toarray()
        if p.EVENT_INSTANCE_AGREE or p.EVENT_INSTANCE_CONFLICT:
            s += self.instance.evidence(rows, cols_, p.EVENT_INSTANCE_AGREE, p.EVENT_INSTANCE_CONFLICT)
        s = date_penalty(s, self.days[rows], self.days[cols_], p)
        return floor_links(s, self.floor[rows], self.days[rows], self.floor[cols_], self.days[cols_], p)


def floors(docs: Sequence[Doc]) -> np.ndarray:
    """Each doc's earliest possible day (`instance.floor_day`, kept as its instance key "floor"; NaN: none)."""
    out = np.full(len(docs), np.nan)
    latest = max((d.day for d in docs if d.day is not None), default=None)
    for i, d in enumerate(docs):
        at = bisect_left(d.instance, ("floor", ""))  # the keys are sorted (`instance_keys`)
        if at < len(d.instance) and d.instance[at][0] == "floor":
            out[i] = float(d.instance[at][1])
    if latest is not None:  # a floor after every publication day known is a year ahead ('Vision 2030', 'd'ici 2030')
        out[out > latest] = np.nan
    return out


def floor_links(s: np.ndarray, row_floor: np.ndarray, row_days: np.ndarray, col_floor: np.ndarray,
                col_days: np.ndarray, p: Settings) -> np.ndarray:
    """`s` with -inf where an undated article's floor (the latest year or date it states) lies more than
    EVENT_MAX_GAP_DAYS after the other article's publication day (EVENT_STATED_FLOOR); in place, returned."""
    if not p.EVENT_STATED_FLOOR:
        return s
    rf, cf = np.flatnonzero(~np.isnan(row_floor)), np.flatnonzero(~np.isnan(col_floor))
    with np.errstate(invalid="ignore"):  # only the few rows and columns with a floor (undated articles) are compared
        if len(rf):
            sub = s[rf]
            sub[row_floor[rf][:, None] - col_days[None, :] > p.EVENT_MAX_GAP_DAYS] = -np.inf
            s[rf] = sub
        if len(cf):
            sub = s[:, cf]
            sub[col_floor[cf][None, :] - row_days[:, None] > p.EVENT_MAX_GAP_DAYS] = -np.inf
            s[:, cf] = sub
    return s


def _tfidf(counts: Sequence[tuple[tuple[str, int], ...]]) -> sparse.csr_matrix:
    """Sublinear-tf, smooth-idf TF-IDF rows, L2-normalised (scikit-learn's TfidfVectorizer formula), columns as
    `_tfidf_counts`."""
    n_docs = len(counts)
    m = _tfidf_counts(counts)
    df = np.bincount(m.indices, minlength=m.shape[1])
    idf = (np.log((1 + n_docs) / (1 + df)) + 1.0).astype(np.float32)
    m = m @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m, dtype=np.float32)


def _tfidf_counts(counts: Sequence[tuple[tuple[str, int], ...]]) -> sparse.csr_matrix:
    """Sublinear term frequencies 1 + log(n) (float32), one row per doc, columns in order of first use (row by
    row). The pairs are mapped in C-level passes (`map`, `dict.fromkeys`), not one Python step per pair."""
    n_docs = len(counts)
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, counts), dtype=np.int64, count=n_docs), out=indptr[1:])
    flat = list(chain.from_iterable(counts))
    terms = list(map(itemgetter(0), flat))
    vocab = dict(zip(dict.fromkeys(terms), count()))
    indices = np.array(list(map(vocab.__getitem__, terms)), dtype=np.int64).reshape(-1)
    data = (1.0 + np.log(np.fromiter(map(itemgetter(1), flat), dtype=np.float64, count=len(flat)))).astype(np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(n_docs, max(len(vocab), 1)))


def _local_tfidf(counts: Sequence[tuple[tuple[str, int], ...]], min_df: int = DEFAULT.EVENT_LOCAL_MIN_DF) -> np.ndarray:
    """TF-IDF with IDF log(n / df) over a small group only: terms every member shares weigh 0, and terms
    fewer than `min_df` members use weigh 0 too (they can never be shared, so they only dilute the cosine).
    Dense rows."""
    M = _tfidf_counts(counts).toarray()
    df = (M > 0).sum(axis=0)
    M *= np.log((1 + len(counts)) / (1 + df)).astype(np.float32)
    M[:, df < min_df] = 0.0
    n = np.linalg.norm(M, axis=1, keepdims=True)
    return M / np.where(n > 0, n, 1.0)


def local_sim(docs: Sequence[Doc], p: Settings) -> np.ndarray:
    """Similarity inside one topic-level group: what the members share with each other and not with the group.

    Dense vectors are centred on the group mean; words and names are weighted by the group's own IDF (a term
    every member uses weighs nothing, nor does one that only one member uses). Equal weights; the date
    penalty and cannot-link as in `Features.sim`.
    """
    V = np.stack([d.vector.reshape(-1) for d in docs]).astype(np.float32)
    V = V - V.mean(axis=0)
    V /= np.maximum(np.linalg.norm(V, axis=1, keepdims=True), 1e-9)
    W = _local_tfidf([d.words for d in docs], p.EVENT_LOCAL_MIN_DF)
    N = _local_tfidf([d.names for d in docs], p.EVENT_LOCAL_MIN_DF)
    s = (V @ V.T + W @ W.T + N @ N.T) / 3.0
    days = np.array([np.nan if d.day is None else d.day for d in docs], dtype=np.float64)
    weekday_penalty(s, weekday_masks(docs), ~np.isnan(days), p, monthday_sets(docs))
    fl = floors(docs)
    return floor_links(date_penalty(s, days, days, p), fl, days, fl, days, p)


def weekday_penalty(s: np.ndarray, masks: np.ndarray, dated: np.ndarray, p: Settings,
                    mdays: Sequence[set[int]] | None = None) -> np.ndarray:
    """`s` (one topic group's rows x rows) less EVENT_WEEKDAY_CONFLICT where an undated report names none of the
    weekdays of most of the group's dated ones (`instance.weekday_apart`, EVENT_WEEKDAY_SHARE; None: off), or
    none of their month-days within EVENT_MONTHDAY_TOL days (`instance.monthday_apart`, `mdays`; None: off),
    once where both; in place, returned."""
    if p.EVENT_WEEKDAY_SHARE is not None and p.EVENT_WEEKDAY_CONFLICT:
        apart = weekday_apart(masks, dated, p.EVENT_WEEKDAY_SHARE)
        if mdays is not None and p.EVENT_MONTHDAY_TOL is not None:
            apart |= monthday_apart(mdays, dated, p.EVENT_WEEKDAY_SHARE, p.EVENT_MONTHDAY_TOL)
        s[apart] -= np.float32(p.EVENT_WEEKDAY_CONFLICT)
    return s


def date_penalty(s: np.ndarray, row_days: np.ndarray, col_days: np.ndarray, p: Settings) -> np.ndarray:
    """`s` (rows x cols) less EVENT_DATE_PENALTY x log(1 + gap) where both days are known (NaN: unknown), and -inf
    where the gap exceeds EVENT_MAX_GAP_DAYS; in place, returned.

    The days are day numbers, so a gap is a whole number of days: the penalty of each gap is computed once (a
    table of the gaps that occur) and looked up, in int32, instead of log1p and float64 masks over every pair
    (their n x n float64 temporaries were most of this step's time and memory). Each value is the one the pairwise
    formula gives: float32(float64(s) - penalty), the same log1p per gap. Days that are not whole numbers take
    the pairwise formula."""
    rk, ck = ~np.isnan(row_days), ~np.isnan(col_days)
    rd, cd = np.where(rk, row_days, 0.0), np.where(ck, col_days, 0.0)
    whole = bool(np.all(rd == np.round(rd)) and np.all(cd == np.round(cd)) and np.abs(rd).max(initial=0) < 2**30
                 and np.abs(cd).max(initial=0) < 2**30)
    if not whole:
        gap = np.abs(row_days[:, None] - col_days[None, :])
        known = ~np.isnan(gap)
        if p.EVENT_DATE_PENALTY:
            s[known] -= p.EVENT_DATE_PENALTY * np.log1p(gap[known])
        s[known & (gap > p.EVENT_MAX_GAP_DAYS)] = -np.inf
        return s
    gap = np.abs(rd.astype(np.int32)[:, None] - cd.astype(np.int32)[None, :])
    top = int(gap.max(initial=0))
    limit = p.EVENT_MAX_GAP_DAYS
    allowed = top if limit >= top else int(np.floor(limit)) if limit >= 0 else -1  # gaps 0..allowed: no cannot-link
    table = np.full(top + 2, np.inf)  # gap -> penalty (inf: beyond the cannot-link gap); last slot: a day unknown
    steps = np.arange(allowed + 1, dtype=np.float64)
    table[:allowed + 1] = p.EVENT_DATE_PENALTY * np.log1p(steps) if p.EVENT_DATE_PENALTY else 0.0
    table[-1] = 0.0
    if not rk.all():
        gap[~rk] = top + 1
    if not ck.all():
        gap[:, ~ck] = top + 1
    np.subtract(s, table[gap], out=s)
    return s

