"""The ingest phase passes the run's Settings to the corpus line statistics (issue 9: every threshold a setting that
reaches its stage): CLEAN_CORPUS_MAX_KEY_CHARS changes the keys counted and stored."""

from __future__ import annotations

from newsdesk import clean, pipeline
from newsdesk.model import RawDoc
from newsdesk.settings import DEFAULT

LONG = ("Subscribe to our newsletter for the latest updates on defence, diplomacy and markets, delivered every "
        "morning to your inbox, free of charge, with analysis from our correspondents around the world.")


def _rows(settings):
    docs = [(f"k{i}", RawDoc(path=f"site/{i}.txt", external_id=f"d{i}", fmt="txt", group="site",
                             text=f"Story {i} opens here with its own words.\n{LONG}\nIt ends {i}."))
            for i in range(3)]
    d = pipeline.run(docs, pipeline.IngestContext(line_stats=[], now="2026-12-06T00:00:00"), settings, "ingest")
    return d.line_stats, docs


def test_ingest_counts_line_keys_with_the_runs_settings():
    short = DEFAULT.replace(CLEAN_CORPUS_MAX_KEY_CHARS=24)
    default_rows, _ = _rows(DEFAULT)
    short_rows, docs = _rows(short)
    counts = clean.CorpusStats(short)
    for _k, doc in docs:
        counts.add(doc.group, doc.text)
    assert sorted(short_rows) == sorted(counts.to_rows())
    assert sorted(short_rows) != sorted(default_rows)
