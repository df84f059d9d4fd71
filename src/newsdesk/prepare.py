"""One raw document -> a clean, dated `Article`: the per-article stage run at ingest.

Plain text goes through `clean.clean_text` (with the corpus evidence of its group) and
`dates.publication.date_text`; an HTML page through `html.extract_html`. Either way the record's own date field
beats a date read from the page (`dates.publication.with_metadata`). Pure: no store, no clock (`now` is given).
"""

from __future__ import annotations

from newsdesk.clean import CorpusStats, clean_text
from newsdesk.dates.publication import date_text, with_metadata
from newsdesk.errors import InputError
from newsdesk.model import Article, Cleaned, Dating, RawDoc


def prepare(key: str, raw: RawDoc, stats: CorpusStats | None, now: str, settings=None) -> Article:
    """`raw` -> a clean, dated Article with id `key`; raises InputError when no article text is left.

    `stats`: corpus line statistics including `raw`'s group; `now`: the ISO ingest time recorded on the article;
    `settings`: the run's Settings (the cleaning thresholds CLEAN_*; DEFAULT when None).
    """
    if raw.text is not None:
        cleaned: Cleaned = clean_text(raw.text, stats=stats, group=raw.group, settings=settings)
        date: Dating = date_text(raw.text, cleaned, meta_date=raw.meta_date)
        raw_text = raw.text
    else:
        from newsdesk.html import extract_html  # lxml/trafilatura load only when a page is seen

        cleaned, date = extract_html(raw.html, raw.url)
        date = with_metadata(date, raw.meta_date)
        raw_text = raw.html.decode("utf-8", "replace") if isinstance(raw.html, bytes) else raw.html
    if not cleaned.text.strip():
        what = "HTML page has no article text" if raw.text is None else "no article text left after cleaning"
        raise InputError(raw.path, what, raw.line)
    return Article(
        id=key, external_id=raw.external_id, source=raw.source,
        url=raw.url or next((r.text for r in cleaned.removed if r.reason == "url"), None),  # a field dump's link
        title=raw.title or cleaned.title, text=cleaned.text, raw_text=raw_text,
        published=date.published, published_evidence=date.evidence if date.published else None,
        page_date=date.page_date, lang=cleaned.lang, credits=tuple(cleaned.credits),
        removed=tuple(cleaned.removed), ingested_at=now, path=None if raw.path == "-" else raw.path,
        metadata=dict(raw.metadata))
