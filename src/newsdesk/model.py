"""The one data model every stage reads and writes. Standard library only.

Stages take and return these objects; only `store` turns them into rows, only `cli`/`web` into JSON
(through `to_json`, so the JSON keys are the field names below and stay stable).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from typing import Any


def content_id(*parts: object, prefix: str = "", length: int = 16) -> str:
    """A stable id derived from content: sha256 of the parts joined by a unit separator."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return prefix + h.hexdigest()[:length]


def raw_id(doc: RawDoc) -> str:
    """The id of an ingested document, derived from its identity and content: the same record always gets the
    same id (a re-ingest stores nothing twice)."""
    body = doc.text if doc.text is not None else doc.html
    return content_id(doc.source, doc.url, doc.external_id, doc.title,
                      body.hex() if isinstance(body, bytes) else body, prefix="a")


def iso_day(value: str | None) -> _dt.date | None:
    """The calendar day of a stored ISO date ("2024-03-08" or a longer ISO timestamp); None when absent or not
    ISO. The one parser of stored dates (publication days, record dates) that every stage shares."""
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class Removal:
    """One piece of text that cleaning cut, and why (`reason` is a short machine-readable tag)."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One input record as read from disk or stdin, before cleaning and dating.

    `text` is set for plain text (and JSON `text`), `html` for pages (and JSON `html`).
    `meta_date` is a date string the record's metadata carries (JSON `date`/`published`), unparsed.
    `group` is the corpus the document belongs to for boilerplate statistics (source, else folder).
    """

    path: str
    external_id: str
    fmt: str  # "txt" | "html" | "json"
    text: str | None = None
    html: str | bytes | None = None  # bytes when read from a file: the page's own charset decides
    title: str | None = None
    source: str | None = None
    url: str | None = None
    meta_date: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    line: int | None = None  # line number inside a JSONL file
    group: str = ""


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What `clean` returns for one document."""

    text: str
    title: str | None = None
    credits: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Dating:
    """What `dating` returns: the publication day with its evidence, and a page/crawl date if seen."""

    published: str | None = None  # ISO day YYYY-MM-DD
    evidence: str | None = None  # "metadata" | "header" | "dateline" | "text"
    page_date: str | None = None  # ISO day: printed on the page but not the publication date


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    external_id: str
    source: str | None
    url: str | None
    title: str | None
    text: str
    raw_text: str
    published: str | None
    published_evidence: str | None
    page_date: str | None
    lang: str | None
    credits: tuple[str, ...]
    removed: tuple[Removal, ...]
    ingested_at: str
    path: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DupGroup:
    """Near-identical articles (syndicated copies). `canonical` is the earliest/first member."""

    id: str
    canonical: str
    members: tuple[str, ...]
    similarity: float  # estimated Jaccard of word shingles, min over members vs canonical


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence or paragraph re-used verbatim (after normalisation) in several articles."""

    id: str
    text: str
    spans: tuple[tuple[str, int, int], ...]  # (article id, start, end) offsets into Article.text


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    entity_id: str | None = None
    country: str | None = None
    country_code: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """One named-entity span from NER (spaCy label), with character offsets into the text given."""

    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, DATE, ...
    start: int
    end: int
    sent: int  # index of the sentence holding the span


@dataclass(frozen=True, slots=True)
class Parsed:
    """What `ner.parse` returns for one text: entity spans and sentence boundaries."""

    ents: tuple[Span, ...]
    sents: tuple[tuple[int, int], ...]  # (start, end) character offsets of sentences


@dataclass(frozen=True, slots=True)
class CountryEvidence:
    """Why an entity has a country: one piece of evidence. `kind`, strongest first: "explicit" (the text states
    it: "Russia's", "of Uzbekistan", "Chinese Defence Minister", an apposition), "office" (an office naming the
    country next to the person), "counterpart" ("X met his Russian counterpart Y" with "between India and
    Russia"), "coordinated" (the country of the person before "and"), "article office" (an office title with no
    country, in an article naming a single candidate country), "dictionary prior" (PETRARCH2's actor
    dictionaries), "corpus vote" (how many articles gave each country). `text` is the words it came from,
    `article` the article id (None inside one article's resolution and for corpus votes)."""

    code: str  # ISO 3166 alpha-3
    kind: str
    text: str
    article: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleEntity:
    """One distinct person/org/place inside one article, after in-article resolution.

    `name` is the fullest surface form with titles stripped; `surfaces` every distinct surface form as written;
    `spans` the (start, end) offsets into Article.text of every mention (titles not included).
    """

    key: str  # in-article key (type + normalised name key), unique inside the article
    name: str
    type: str
    surfaces: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None
    country_code: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    span_texts: tuple[str, ...] = ()  # the text of each span, aligned with `spans`
    sents: tuple[int, ...] = ()
    country_evidence: tuple[CountryEvidence, ...] = ()  # why the country, strongest first


@dataclass(frozen=True, slots=True)
class Record:
    """A PLOVER who-did-what-to-whom record, merged per event across articles."""

    id: str
    event_id: str | None
    actor: str
    actor_country: str | None
    action: str  # PLOVER event type, e.g. CONSULT
    target: str | None
    target_country: str | None
    place: str | None
    date: str | None
    context: str | None
    evidence: str
    sources: tuple[str, ...]  # article ids
    # entity keys of actor and target (in-article `ArticleEntity.key`, or a noun-phrase key): never equal
    actor_id: str | None = None
    target_id: str | None = None
    span: tuple[int, int] | None = None  # character span of the trigger in the first source article's text


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    date: str | None
    article_ids: tuple[str, ...]
    place: str | None = None
    storyline_id: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None


@dataclass(frozen=True)
class Doc:
    """One article as event clustering sees it. Build with `newsdesk.events.make_doc` (it derives `words` and
    `names`). `vector` is a numpy float32 array (typed Any: this module is standard library only)."""

    id: str
    published: str | None
    title: str | None
    text: str
    vector: Any
    entities: tuple[str, ...] = ()  # entity keys, e.g. "PER:jerry ortiz", "LOC:hawaiian gardens"
    words: tuple[tuple[str, int], ...] = ()  # content word counts, sorted
    names: tuple[tuple[str, int], ...] = ()  # entity keys, numbers ("NUM:61"), times ("WHEN:2008"), counts; sorted
    day: int | None = field(default=None, compare=False)  # proleptic ordinal of `published`
    instance: tuple[tuple[str, str], ...] = ()  # (kind, key): places, streets, people, ages, times, stated days


@dataclass(frozen=True, slots=True)
class Storyline:
    id: str
    title: str
    event_ids: tuple[str, ...]  # in time order


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str  # PERSON | ORG | GPE | LOC | NORP ...
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None
    country_code: str | None = None
    article_ids: tuple[str, ...] = ()
    country_evidence: tuple[CountryEvidence, ...] = ()  # why the country, strongest first


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity mention in one article (character offsets into Article.text)."""

    entity_id: str
    article_id: str
    text: str
    start: int
    end: int


@dataclass
class IngestReport:
    """What one `ingest` did (`ingest --json` prints `as_dict()`). `errors` are InputErrors: one per rejected
    document and one per article stage that failed (the article is stored)."""

    read: int = 0
    stored: int = 0
    duplicate: int = 0
    rejected: int = 0
    skipped_files: int = 0
    errors: list = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    processed: int = 0

    def as_dict(self) -> dict:
        return {"read": self.read, "stored": self.stored, "duplicate": self.duplicate, "rejected": self.rejected,
                "skipped_files": self.skipped_files, "processed": self.processed,
                "errors": [str(e) for e in self.errors],
                "timings": {k: round(v, 3) for k, v in self.timings.items()}}


def to_json(obj: Any) -> Any:
    """Model objects -> plain JSON-able values (tuples become lists). The only serialiser the CLI/API use."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_json(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_json(v) for k, v in obj.items()}
    return obj
