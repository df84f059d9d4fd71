"""Shared helper of the PLOVER coding tests (tests/test_coding_invariants.py, tests/test_mutation_coding.py): an
English article of one text, coded as the pipeline codes it (NER parse, entity mentions, `coding.code`)."""

from __future__ import annotations

from newsdesk import coding, entities, model, ner


def article(text: str, aid: str = "a", day: str = "2024-03-08") -> model.Article:
    return model.Article(id=aid, external_id=aid, source=None, url=None, title=None, text=text, raw_text=text,
                         published=day, published_evidence="metadata", page_date=None, lang="en", credits=(),
                         removed=(), ingested_at=day)


def code_text(text: str, aid: str = "a") -> list[model.Record]:
    art = article(text, aid)
    parsed = next(ner.parse([text]))
    return coding.code(art, parsed, entities.mentions(art, parsed))
