"""Corpus line statistics of a long document: its row keys stay short enough for an index entry (PostgreSQL's btree
refuses keys over 2,704 bytes; a 33k-character article's single "d:" row was ~2,700 characters and failed the whole
batch on PostgreSQL), and copies of it counted by several runs still count once."""

from __future__ import annotations

from newsdesk.clean.corpus import DOC_ROW_HASHES, CorpusStats
from newsdesk.store import open_store


def _word(i: int) -> str:  # digits would be normalised away by the unit key: distinct letters instead
    return "".join(chr(97 + (i // 26 ** p) % 26) for p in range(3))


LINES = [f"The {_word(i)} council met the {_word(i + 500)} envoys in the valley of {_word(i + 900)}." for i in range(300)]
LONG = "\n".join(LINES)


def test_long_document_rows_fit_an_index_key():
    st = CorpusStats()
    st.add("site", LONG)
    rows = st.to_rows()
    assert max(len(k) for _, k, _ in rows) <= 2 + 12 + 1 + 12 * DOC_ROW_HASHES
    assert sum(k.startswith("c:") for _, k, _ in rows) >= 2  # 300 lines (+ sentences): several continuation rows
    assert st.docs("site") == 1 and all(st.count("site", line) == 1 for line in LINES)


def test_long_document_counted_by_two_runs_counts_once():
    a, b = CorpusStats(), CorpusStats()
    a.add("site", LONG)
    b.add("site", LONG)
    b.add("site", "Another story entirely.\nWith its own second line here.")
    both = CorpusStats.from_rows(a.to_rows() + b.to_rows())
    assert both.docs("site") == 2
    assert [both.count("site", line) for line in LINES] == [1] * len(LINES)
    both.add("site", LONG)  # a third copy in this run is skipped too
    assert both.docs("site") == 2


def test_long_document_rows_stored_on_both_backends(db_url):
    st = CorpusStats()
    st.add("site", LONG)
    store = open_store(db_url)
    try:
        store.add_line_stats(st.to_rows())
        store.add_line_stats(st.to_rows())  # the same document again from another run
        back = CorpusStats.from_rows(store.line_stats(["site"]))
    finally:
        store.close()
    assert back.docs("site") == 1
    assert [back.count("site", line) for line in LINES] == [1] * len(LINES)
