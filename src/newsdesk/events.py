"""Time-aware event clustering of articles: incremental (`assign`) and from scratch (`rebuild`).

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
  EVENT_DATE_PENALTY per log-day, so that alike articles weeks apart need more shared evidence.

Clustering is average link cut at EVENT_THRESHOLD with the cannot-links (as `../shared/tools/cluster_eval`'s
baselines, whose greedy constrained average link this re-implements without the n x n x n cost): the graph
of pairs with similarity >= threshold is split into connected components first (average link can never
merge across them, so this is exact), and each component is clustered on its own.  `assign` adds new
articles one at a time (oldest first) to the existing event with the best average similarity, or opens a
new event; it never re-clusters existing events.

Hand-written rather than scikit-learn's AgglomerativeClustering because that has neither cannot-link
constraints nor a way to add articles to an existing clustering.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.model import Event, content_id, iso_day
from newsdesk.settings import (
    EVENT_DATE_PENALTY,
    EVENT_LOCAL_MAX,
    EVENT_LOCAL_MIN_DF,
    EVENT_MAX_GAP_DAYS,
    EVENT_MIN_INSTANCE,
    EVENT_MIN_SPLIT,
    EVENT_SPLIT_THRESHOLD,
    EVENT_THRESHOLD,
    EVENT_W_DENSE,
    EVENT_W_NAMES,
    EVENT_W_WORDS,
)

ENTITY_LABELS = {  # spaCy label -> entity key prefix
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP",
    "EVENT": "EVT", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
}
PLACE_PREFIX = "LOC:"
MAX_BLOCK = 2500  # a component larger than this is clustered incrementally (greedy) instead of by average link
CHUNK = 512  # rows per block when computing similarities against all articles

_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_WHEN_YEAR = re.compile(r"(?<![\w.,/-])(19[5-9]\d|20[0-9]\d)(?![\w/-])")
_MONTH_NAME = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|"
               r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WHEN_MONTH = re.compile(  # a month with a day number beside it: "Dec. 11", "March 04, 2009", "11 December"
    rf"\b(?:{_MONTH_NAME}\.?\s+\d{{1,2}}(?!\d)|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}\b)")
_WHEN_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
TITLE_MAX_CHARS = 120  # a fallback title (article without a headline) is cut at a sentence end within this
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(  # "NEW YORK, March 13 (Market Wire Daily) — ", "WASHINGTON (Reuters) - ", "PARIS, Jan. 5 -- "
    r"^\s*(?:[A-Z][A-Z.'\-]*(?:\s+[A-Z][A-Z.'\-]*){0,3}"  # the place, in capitals
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?"  # ", Calif." / ", England"
    rf"(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?"  # ", March 13" / ", Jan. 5, 2019"
    r"(?:\s*\([^()\n]{1,60}\))?"  # "(Reuters)"
    r"\s*(?:--|[-\u2013\u2014:])\s+)")
_SENT_END = re.compile(r"(?<=[a-z0-9)\"'\u201d][.!?])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|vs|No)\.)"
                       r"(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col)\.)(?=\s+[\"'\u201c(]?[A-Z0-9]|\s*$)")


@dataclass(frozen=True)
class Params:
    """The clustering knobs; defaults are the settings.py values (the eval varies them)."""

    threshold: float = EVENT_THRESHOLD
    w_dense: float = EVENT_W_DENSE
    w_words: float = EVENT_W_WORDS
    w_names: float = EVENT_W_NAMES
    max_gap_days: float = EVENT_MAX_GAP_DAYS
    date_penalty: float = EVENT_DATE_PENALTY
    split_threshold: float | None = EVENT_SPLIT_THRESHOLD  # None: no second (instance) stage
    min_split: int = EVENT_MIN_SPLIT
    min_instance: int = EVENT_MIN_INSTANCE
    local_min_df: int = EVENT_LOCAL_MIN_DF
    local_max: int = EVENT_LOCAL_MAX  # assign: at most this many articles re-clustered around new ones


@dataclass(frozen=True)
class Doc:
    """One article as the clustering sees it. Build with `make_doc` (it derives `words` and `names`)."""

    id: str
    published: str | None
    title: str | None
    text: str
    vector: np.ndarray
    entities: tuple[str, ...] = ()  # entity keys, e.g. "PER:jerry ortiz", "LOC:hawaiian gardens"
    words: tuple[tuple[str, int], ...] = ()  # content word counts, sorted
    names: tuple[tuple[str, int], ...] = ()  # entity keys, numbers ("NUM:61"), times ("WHEN:2008"), counts; sorted
    day: int | None = field(default=None, compare=False)  # proleptic ordinal of `published`


def entity_key(text: str, label: str) -> str | None:
    """`PER:jerry ortiz` for a PERSON span; None for labels that are not participants/places/things."""
    prefix = ENTITY_LABELS.get(label)
    if prefix is None:
        return None
    norm = " ".join(_WORD.findall(text.lower().replace("\u2019", "'")))
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
    return Counter(w for w in (m.lower() for m in _WORD.findall(text)) if len(w) > 1 and w not in ENGLISH_STOP_WORDS)


def numbers(text: str) -> list[str]:
    """Numbers in the text, normalised ("1,200" -> "1200"); one-digit numbers and years are left out."""
    out = []
    for m in _NUMBER.findall(text):
        n = m.replace(",", "")
        if len(n) >= 2 and not _YEAR.match(n):
            out.append(n)
    return out


def time_terms(text: str) -> list[str]:
    """The time expressions of a text as name terms: years ("WHEN:2008"), months named with a day number
    ("WHEN:dec"), weekdays ("WHEN:thursday"). Reports of one event name the same day; a same-kind event
    another year names other ones. Ablation on ecbplus_dev with the settings.py values (BENCHMARKS.md): F1
    .921 -> .928 with them, odd topics .907 -> .915, even .934 -> .941, 10-topic streams .941 -> .948."""
    out = ["WHEN:" + y for y in _WHEN_YEAR.findall(text)]
    out += ["WHEN:" + (a or b)[:3].lower() for a, b in _WHEN_MONTH.findall(text)]
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
               day=_day(published))


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

    def __len__(self):
        return len(self.docs)

    def sim(self, rows: np.ndarray, cols: np.ndarray | None, p: Params) -> np.ndarray:
        """Combined similarity of docs `rows` x `cols` (all docs when None), -inf where dates conflict."""
        cols_ = slice(None) if cols is None else cols
        s = p.w_dense * (self.dense[rows] @ self.dense[cols_].T)
        s += p.w_words * (self.words[rows] @ self.words[cols_].T).toarray()
        s += p.w_names * (self.names[rows] @ self.names[cols_].T).toarray()
        gap = np.abs(self.days[rows][:, None] - self.days[cols_][None, :])
        known = ~np.isnan(gap)
        if p.date_penalty:
            s[known] -= p.date_penalty * np.log1p(gap[known])
        s[known & (gap > p.max_gap_days)] = -np.inf
        return s


def _tfidf(counts: Sequence[tuple[tuple[str, int], ...]]) -> sparse.csr_matrix:
    """Sublinear-tf, smooth-idf TF-IDF rows, L2-normalised (scikit-learn's TfidfVectorizer formula)."""
    vocab: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for c in counts:
        for term, n in c:
            indices.append(vocab.setdefault(term, len(vocab)))
            data.append(1.0 + math.log(n))
        indptr.append(len(indices))
    n_docs = len(counts)
    m = sparse.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int64), indptr),
                          shape=(n_docs, max(len(vocab), 1)))
    df = np.bincount(m.indices, minlength=m.shape[1])
    idf = (np.log((1 + n_docs) / (1 + df)) + 1.0).astype(np.float32)
    m = m @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m, dtype=np.float32)


def _local_tfidf(counts: Sequence[tuple[tuple[str, int], ...]], min_df: int = EVENT_LOCAL_MIN_DF) -> np.ndarray:
    """TF-IDF with IDF log(n / df) over a small group only: terms every member shares weigh 0, and terms
    fewer than `min_df` members use weigh 0 too (they can never be shared, so they only dilute the cosine).
    Dense rows."""
    vocab: dict[str, int] = {}
    rows = [{vocab.setdefault(t, len(vocab)): 1.0 + math.log(n) for t, n in c} for c in counts]
    M = np.zeros((len(rows), max(len(vocab), 1)), dtype=np.float32)
    for i, r in enumerate(rows):
        for j, v in r.items():
            M[i, j] = v
    df = (M > 0).sum(axis=0)
    M *= np.log((1 + len(rows)) / (1 + df)).astype(np.float32)
    M[:, df < min_df] = 0.0
    n = np.linalg.norm(M, axis=1, keepdims=True)
    return M / np.where(n > 0, n, 1.0)


def local_sim(docs: Sequence[Doc], p: Params) -> np.ndarray:
    """Similarity inside one topic-level group: what the members share with each other and not with the group.

    Dense vectors are centred on the group mean; words and names are weighted by the group's own IDF (a term
    every member uses weighs nothing, nor does one that only one member uses). Equal weights; the date
    penalty and cannot-link as in `Features.sim`.
    """
    V = np.stack([d.vector.reshape(-1) for d in docs]).astype(np.float32)
    V = V - V.mean(axis=0)
    V /= np.maximum(np.linalg.norm(V, axis=1, keepdims=True), 1e-9)
    W = _local_tfidf([d.words for d in docs], p.local_min_df)
    N = _local_tfidf([d.names for d in docs], p.local_min_df)
    s = (V @ V.T + W @ W.T + N @ N.T) / 3.0
    days = np.array([np.nan if d.day is None else d.day for d in docs], dtype=np.float64)
    gap = np.abs(days[:, None] - days[None, :])
    known = ~np.isnan(gap)
    if p.date_penalty:
        s[known] -= p.date_penalty * np.log1p(gap[known])
    s[known & (gap > p.max_gap_days)] = -np.inf
    return s


def _split(docs: Sequence[Doc], p: Params) -> list[list[str]]:
    """Split one topic-level group into event instances (average link on `local_sim`).

    Pieces smaller than `min_instance` (singletons) are then re-attached, smallest first, to the sibling piece
    of at least `min_instance` articles with the best average `local_sim` (no cannot-link): inside a topic
    group a one-article piece is more often a fragment of a sibling event than an event of its own (ECB+ dev
    error analysis).
    """
    if p.split_threshold is None or len(docs) < p.min_split:
        return [[d.id for d in docs]]
    S = local_sim(docs, p)
    labels = np.array(average_link(S, p.split_threshold))
    stuck: set[int] = set()
    while True:
        labs, cnt = np.unique(labels, return_counts=True)
        small = [(int(c), int(lab)) for lab, c in zip(labs, cnt, strict=False) if c < p.min_instance and lab not in stuck]
        if not small or len(labs) < 2:
            break
        piece = min(small)[1]
        rows = labels == piece
        best, target = -np.inf, None
        for o, c in zip(labs.tolist(), cnt.tolist(), strict=False):
            if o == piece or c < p.min_instance:
                continue
            v = S[np.ix_(rows, labels == o)]
            a = float(v.mean()) if np.all(np.isfinite(v)) else -np.inf
            if a > best:
                best, target = a, o
        if target is None or not np.isfinite(best):
            stuck.add(piece)  # it cannot join any sibling (date conflict): it stays an event of its own
            continue
        labels[rows] = target
    by: dict[int, list[str]] = {}
    for d, lab in zip(docs, labels.tolist(), strict=False):
        by.setdefault(lab, []).append(d.id)
    return list(by.values())


# --- clustering ----------------------------------------------------------------------------------------------
def average_link(S: np.ndarray, threshold: float) -> list[int]:
    """Greedy average link on similarity S (-inf = cannot-link), merging while the best pair >= threshold.

    Returns a cluster label (the smallest member index) per row. Same merges as scikit-learn's
    AgglomerativeClustering(linkage="average") cut at 1 - threshold when there are no cannot-links.
    """
    n = len(S)
    A = S.astype(np.float64).copy()  # average similarity between live clusters (-inf: forbidden)
    np.fill_diagonal(A, -np.inf)
    size = np.ones(n)
    alive = np.ones(n, bool)
    label = np.arange(n)
    bestj = A.argmax(axis=1) if n else np.zeros(0, dtype=np.int64)
    best = A[np.arange(n), bestj] if n else np.zeros(0)
    for _ in range(n - 1):
        i = int(np.argmax(best))
        if not best[i] >= threshold:
            break
        j = int(bestj[i])
        a, b = min(i, j), max(i, j)
        row = (size[a] * A[a] + size[b] * A[b]) / (size[a] + size[b])  # -inf stays -inf: cannot-links carry over
        row[~alive] = -np.inf
        row[a] = -np.inf
        A[a], A[:, a] = row, row
        A[b], A[:, b] = -np.inf, -np.inf
        size[a] += size[b]
        alive[b] = False
        label[label == b] = a
        best[b] = -np.inf
        stale = alive & ((bestj == a) | (bestj == b))
        stale[a] = True
        for r in np.nonzero(stale)[0]:
            bestj[r] = int(np.argmax(A[r]))
            best[r] = A[r, bestj[r]]
        up = alive & ~stale & (A[:, a] > best)
        best[up], bestj[up] = A[up, a], a
    return label.tolist()


def _components(feats: Features, p: Params, subset: Sequence[int] | None = None) -> list[list[int]]:
    """Connected components (lists of row numbers) of the graph of pairs with similarity >= threshold among
    `subset` (all rows when None): exact blocks for average link."""
    sub = np.arange(len(feats)) if subset is None else np.asarray(sorted(subset), dtype=np.int64)
    n = len(sub)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for s in range(0, n, CHUNK):
        rows = np.arange(s, min(n, s + CHUNK))
        S = feats.sim(sub[rows], None if subset is None else sub, p)
        ii, jj = np.nonzero(p.threshold <= S)
        for i, j in zip(ii.tolist(), jj.tolist(), strict=False):
            a, b = find(int(rows[i])), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for x in range(n):
        groups.setdefault(find(x), []).append(int(sub[x]))
    return list(groups.values())


def _order_key(d: Doc) -> tuple:
    return (d.day is None, d.day or 0, d.id)


def cluster(docs: Sequence[Doc], params: Params | None = None) -> list[list[str]]:
    """Article-id groups of `docs` (every doc in exactly one group), each sorted, groups sorted by first id."""
    p = params or Params()
    feats = Features(sorted(docs, key=_order_key))
    return sorted((sorted(g) for g in _cluster_rows(feats, None, p)), key=lambda g: g[0])


def _cluster_rows(feats: Features, subset: Sequence[int] | None, p: Params) -> list[list[str]]:
    """Two-stage clustering of the rows `subset` of `feats` (all when None), with the features of all rows
    (IDF over the whole pool): topic average link per threshold component, then the instance split."""
    groups: list[list[str]] = []
    if subset is not None:  # date order, as `cluster` (ties of average link go to the earlier article)
        subset = sorted(subset, key=lambda r: _order_key(feats.docs[r]))
    for comp in _components(feats, p, subset):
        comp = sorted(comp, key=lambda r: _order_key(feats.docs[r]))
        if len(comp) == 1:
            groups.append([feats.docs[comp[0]].id])
            continue
        if len(comp) > MAX_BLOCK:
            groups.extend(_greedy(feats, comp, p))
            continue
        idx = np.array(comp)
        labels = average_link(feats.sim(idx, idx, p), p.threshold)
        by: dict[int, list[Doc]] = {}
        for k, lab in enumerate(labels):
            by.setdefault(lab, []).append(feats.docs[comp[k]])
        for members in by.values():
            groups.extend(_split(members, p))
    return groups


def _greedy(feats: Features, rows: Sequence[int], p: Params, start: Sequence[Sequence[int]] = ()) -> list[list[str]]:
    """Add rows one by one (in the given order) to an existing group, else open a new group.

    Two stages, as `cluster`: the groups whose average similarity to the row is >= threshold are its topic;
    among them the row joins the one with the best average `local_sim` (computed over the topic's members and
    the row) if that is >= split_threshold. Topics smaller than min_split are not split (best average wins).
    """
    groups: list[list[int]] = [list(g) for g in start]
    member_group = np.full(len(feats), -1, dtype=np.int64)
    for g, members in enumerate(groups):
        member_group[members] = g
    for r in rows:
        best_g = -1
        in_group = member_group >= 0
        if in_group.any():
            S = feats.sim(np.array([r]), None, p)[0]
            g_of, vals = member_group[in_group], S[in_group]
            sums = np.bincount(g_of, weights=np.where(np.isfinite(vals), vals, 0.0), minlength=len(groups))
            bad = np.bincount(g_of, weights=~np.isfinite(vals), minlength=len(groups))
            cnt = np.bincount(g_of, minlength=len(groups))
            avg = np.where((bad == 0) & (cnt > 0), sums / np.maximum(cnt, 1), -np.inf)
            topic = np.nonzero(avg >= p.threshold)[0]
            pool = [m for g in topic.tolist() for m in groups[g]]
            if len(topic) and (p.split_threshold is None or len(pool) + 1 < p.min_split):
                best_g = int(topic[np.argmax(avg[topic])])
            elif len(topic):
                L = local_sim([feats.docs[i] for i in pool + [r]], p)[-1, :-1]
                start_at, best = 0, p.split_threshold
                for g in topic.tolist():
                    vals = L[start_at:start_at + len(groups[g])]
                    start_at += len(groups[g])
                    v = float(vals.mean()) if np.all(np.isfinite(vals)) else -np.inf
                    if v >= best:
                        best_g, best = g, v
        if best_g < 0:
            groups.append([r])
            member_group[r] = len(groups) - 1
        else:
            groups[best_g].append(r)
            member_group[r] = best_g
    return [[feats.docs[i].id for i in g] for g in groups]


# --- events --------------------------------------------------------------------------------------------------
def event_id(article_ids: Iterable[str]) -> str:
    """An event's id: derived from its first (smallest) article id, so it is stable while the event grows."""
    return content_id("event", min(article_ids), prefix="ev_")


def make_event(article_ids: Iterable[str], docs: Mapping[str, Doc], id: str | None = None,
               storyline_id: str | None = None) -> Event:
    """An Event from its articles: title of the most central article, the median day, the commonest place."""
    ids = sorted(set(article_ids))
    members = [docs[i] for i in ids]
    days = sorted(d.day for d in members if d.day is not None)
    V = np.stack([d.vector.reshape(-1) for d in members])
    centre = V.mean(axis=0)
    order = sorted(range(len(members)), key=lambda k: (-float(V[k] @ centre), members[k].title is None, ids[k]))
    title = next((members[k].title for k in order if members[k].title), None)
    if not title:
        title = fallback_title(members[order[0]].text)
    places = Counter(k for d in members for k in set(d.entities) if k.startswith(PLACE_PREFIX))
    place = None
    if places:
        key = min(places, key=lambda k: (-places[k], k))
        place = _surface(key, members)
    iso = (lambda o: date.fromordinal(int(o)).isoformat()) if days else None
    return Event(
        id=id or event_id(ids),
        title=title,
        date=iso(days[(len(days) - 1) // 2]) if days else None,
        article_ids=tuple(ids),
        place=place,
        storyline_id=storyline_id,
        first_seen=iso(days[0]) if days else None,
        last_seen=iso(days[-1]) if days else None,
    )


def strip_dateline(line: str) -> str:
    """`line` without a leading wire dateline ("NEW YORK, March 13 (Market Wire Daily) — ", "WASHINGTON (AP) - ");
    unchanged when there is none or nothing would be left."""
    m = _DATELINE.match(line)
    if not m or not line[m.end():].strip():
        return line.strip()
    return line[m.end():].strip()


def fallback_title(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """A title for an article without a headline: its first non-empty line without a dateline, cut at the
    first sentence end; longer than `limit` characters, cut at the last sentence end (else word) within it."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = " ".join(strip_dateline(line).split())
    ends = [m.end() for m in _SENT_END.finditer(line)]
    if ends and ends[0] <= limit:
        return line[:ends[0]]
    if len(line) <= limit:
        return line
    cut = line[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:-\u2013\u2014") + "\u2026"


def _surface(key: str, members: Sequence[Doc]) -> str:
    """A readable name for an entity key: the key's words title-cased (keys are lower-cased)."""
    return " ".join(w.capitalize() for w in key.split(":", 1)[1].split())


def rebuild(docs: Sequence[Doc], params: Params | None = None) -> list[Event]:
    """Cluster all `docs` from scratch into events (sorted by id)."""
    by_id = {d.id: d for d in docs}
    return sorted((make_event(g, by_id) for g in cluster(docs, params)), key=lambda e: e.id)


def assign(new: Sequence[Doc], events: Sequence[Event], docs: Mapping[str, Doc],
           params: Params | None = None) -> list[Event]:
    """Add `new` articles to `events` (whose articles are in `docs`), re-clustering only where they land.

    1. Each new article (oldest first) joins the event with the best average similarity (two stages, as
       `_greedy`), or opens a new one.
    2. The region the new articles touched -- the events they joined or opened, and every event holding an
       article whose similarity to a new one reaches EVENT_THRESHOLD (the topic neighbourhood; date conflicts
       count as unlike) -- is clustered again with the two-stage method of `rebuild` (IDF over all `docs`),
       the events of the new articles always, their neighbours' (closest first) while the region stays within
       EVENT_LOCAL_MAX articles.
    3. Region groups take the id of the old event they share most articles with (one each, largest overlap
       first), so an event keeps its id while its membership survives; other groups get `event_id`.

    Returns the events that changed (same id, other articles) or were created, by id.  An old event of the
    region that is in no returned event's id was dissolved: all its articles are in returned events (see
    `apply_changes`).  Articles already in an event are ignored.
    """
    p = params or Params()
    known = {a for e in events for a in e.article_ids}
    fresh = sorted({d.id: d for d in new if d.id not in known}.values(), key=_order_key)
    if not fresh:
        return []
    pool = {**{a: docs[a] for a in known if a in docs}, **{d.id: d for d in fresh}}
    feats = Features(sorted(pool.values(), key=lambda d: d.id))
    start = [[feats.index[a] for a in e.article_ids if a in feats.index] for e in events]
    fresh_rows = [feats.index[d.id] for d in fresh]
    groups = _greedy(feats, fresh_rows, p, start=start)  # ids, group k < len(events) is events[k]
    group_of = {a: k for k, g in enumerate(groups) for a in g}
    # the region: groups of the new articles and of their above-threshold neighbours, closest first
    closeness: dict[int, float] = {}
    for s in range(0, len(fresh_rows), CHUNK):
        S = feats.sim(np.array(fresh_rows[s:s + CHUNK]), None, p)
        best = S.max(axis=0)
        for col in np.nonzero(best >= p.threshold)[0].tolist():
            k = group_of[feats.docs[col].id]
            closeness[k] = max(closeness.get(k, -np.inf), float(best[col]))
    for d in fresh:
        closeness[group_of[d.id]] = np.inf
    region: list[int] = []
    size = 0
    for k in sorted(closeness, key=lambda k: (-closeness[k], k)):
        if size + len(groups[k]) > p.local_max and closeness[k] != np.inf:
            continue
        region.append(k)
        size += len(groups[k])
    rows = [feats.index[a] for k in region for a in groups[k]]
    regrouped = [sorted(g) for g in _cluster_rows(feats, rows, p)]
    old = [events[k] for k in region if k < len(events)]
    ids = _keep_ids(regrouped, old, {e.id for e in events})
    old_by_id = {e.id: e for e in old}
    out = []
    for g, eid in zip(regrouped, ids, strict=False):
        e = old_by_id.get(eid)
        if e is not None and tuple(sorted(e.article_ids)) == tuple(g):
            continue
        out.append(make_event(g, pool, id=eid, storyline_id=e.storyline_id if e else None))
    if len({e.id for e in out}) != len(out):  # two events with one id: the store would keep only one of them
        raise RuntimeError("events.assign: two changed events share one id")
    return sorted(out, key=lambda e: e.id)


def _keep_ids(groups: Sequence[Sequence[str]], old: Sequence[Event], taken: set[str]) -> list[str]:
    """An id per group: the old event it shares most articles with (one-to-one, largest overlap first, then
    the smaller old id), else `event_id` of its articles, or, while that id is in use, a content id of all its
    articles and a counter. Never two groups with one id, nor a new group with an id of `taken`."""
    member = {a: e.id for e in old for a in e.article_ids}
    overlap = Counter((k, member[a]) for k, g in enumerate(groups) for a in g if a in member)
    ids: list[str | None] = [None] * len(groups)
    used: set[str] = set()
    for (k, eid), _n in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0][1], kv[0][0])):
        if ids[k] is None and eid not in used:
            ids[k], _ = eid, used.add(eid)
    for k, g in enumerate(groups):
        if ids[k] is None:
            eid, n = event_id(g), 0
            while eid in taken or eid in used:  # e.g. a one-article piece split off an event whose id it gave
                n += 1
                eid = content_id("event", *sorted(g), n, prefix="ev_")
            ids[k], _ = eid, used.add(eid)
    return ids  # type: ignore[return-value]


def apply_changes(events: Sequence[Event], changed: Sequence[Event]) -> list[Event]:
    """The event list after `assign`: `changed` replace events of the same id, and old events that lost
    articles to a changed event without being returned themselves (dissolved in a local re-clustering) go."""
    by_id = {e.id: e for e in changed}
    moved = {a for e in changed for a in e.article_ids}
    keep = [e for e in events if e.id not in by_id and not (set(e.article_ids) & moved)]
    return sorted(keep + list(changed), key=lambda e: e.id)
