"""The fast paths of cleaning give the same answers as the slow ones, and are taken."""

import itertools
import re
import unicodedata

import ftfy
from ftfy.badness import is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdesk.clean as clean_mod
from newsdesk.clean import clean_text, repair
from newsdesk.clean import text as text_mod

BODY = ("The council met on Tuesday — the first time since March — and agreed the “harbour plan”.\n"
        "Its chair said: ‘We will not wait…’ and the vote was 7–2.")


def _repair_reference(text: str) -> str:
    """repair as it was: ftfy on every document, to a fixpoint."""
    def once(t):
        if not t:
            return ""
        t = t.replace("\r\n", "\n").replace("\r", "\n")
        if "â€" in t:  # a lost 0x9D byte put back (repair's deliberate step before ftfy)
            t = text_mod._LOST_9D.sub("â€\x9d", t)
        t = ftfy.fix_text(t, text_mod._FTFY)
        t = text_mod._CONTROL.sub("", t)
        t = text_mod._ZERO_WIDTH.sub("", t)
        t = text_mod._JOINER.sub(text_mod._joiner, t)  # joiners inside a non-ASCII word stay
        t = text_mod._SPACES.sub(" ", t)
        t = t.replace("\u2028", "\n").replace("\u2029", "\n")
        return unicodedata.normalize("NFC", t)

    t = once(text or "")
    for _ in range(2):
        again = once(t)
        if again == t:
            break
        t = again
    return t


MOJI = st.sampled_from(["â€œ", "â€\x9d", "â€™", "Ã©", "Ã ", "Â ", "\u00a0", "Ã¼", "\x93", "\x1b[31m", "\ufeff",
                        "вЂ", "ØŒ", "’", "“", "—", "…", "é", "\n", "\r\n", "\u2028", "½", "€", "café"])
TEXTS = st.one_of(st.text(max_size=200), st.lists(st.one_of(MOJI, st.text(max_size=20)), max_size=15).map("".join))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_clean_repair_fast_path_equals_ftfy_everywhere(text):
    assert repair(text) == _repair_reference(text)


def test_clean_safe_typography_never_looks_like_mojibake():
    """Exhaustive over every string of up to 4 characters of the safe set plus ASCII context characters."""
    alphabet = text_mod.SAFE_NON_ASCII + "aZ. 0\n_,?!"
    for n in range(1, 5):
        for tup in itertools.product(alphabet, repeat=n):
            assert not is_bad("".join(tup)), tup
    # every pattern of ftfy's regex longer than 4 characters needs a Cyrillic letter or Ø/Ù
    assert re.search(r"ГўВЂВ", ftfy.badness.BADNESS_RE.pattern)


def test_clean_repair_calls_ftfy_only_for_lines_that_need_it(monkeypatch):
    calls = []
    real = ftfy.fix_text
    monkeypatch.setattr(text_mod.ftfy, "fix_text", lambda t, cfg: calls.append(t) or real(t, cfg))
    assert repair(BODY * 50) == BODY * 50
    assert calls == []
    fixed = repair(BODY + "\nAppleâ€™s cafÃ© opened.\n" + BODY)
    assert fixed == BODY + "\nApple’s café opened.\n" + BODY
    assert calls == ["Appleâ€™s cafÃ© opened.\n"]  # ftfy's own segment: the line with its newline


def test_clean_text_settled_document_is_cleaned_in_one_pass(monkeypatch):
    passes = []
    real = clean_mod._clean_once
    monkeypatch.setattr(clean_mod, "_clean_once", lambda *a: passes.append(1) or real(*a))
    assert clean_text(BODY).text == BODY.replace("\n", "\n\n")
    assert len(passes) == 1
    passes.clear()
    c = clean_text(BODY + "\nADVERTISEMENT")  # something removed: the fixpoint is checked with a second pass
    assert c.text == BODY.replace("\n", "\n\n") and len(passes) == 2


def test_clean_eval_speed_reports_rates_for_a_folder_and_a_jsonl(tmp_path):
    from pathlib import Path

    from newsdesk.eval import cleaning

    folder = Path(__file__).parent / "fixtures" / "clean"
    res = cleaning.speed(str(folder))
    assert res["docs"] == len(list(folder.glob("*.txt"))) >= 35 and res["empty"] == 0


def test_clean_eval_speed_rates_are_documents_over_each_phase_time(tmp_path, monkeypatch):
    """Rates from clocks that advance by known steps: statistics 2 s, clean + date 4 s (CPU 1 s and 3 s), so each
    rate is the exact document count over its phase; a junk-only record counts as empty, blank lines are skipped."""
    import time

    from newsdesk.eval import cleaning

    jl = tmp_path / "records.jsonl"
    jl.write_text('{"text": "One line of text here."}\n\n{"text": "Another line."}\n{"text": "ADVERTISEMENT"}\n'
                  '{"text": "Caf\u00e9 news."}\n', encoding="utf-8")
    wall, cpu = iter([10.0, 12.0, 16.0]), iter([5.0, 6.0, 9.0])
    monkeypatch.setattr(time, "perf_counter", lambda: next(wall))
    monkeypatch.setattr(time, "process_time", lambda: next(cpu))
    res = cleaning.speed(str(jl))
    assert res == {"docs": 4, "mb": 0.0, "empty": 1,
                   "stats_docs_per_s": 2.0, "clean_date_docs_per_s": 1.0, "all_docs_per_s": 0.7,
                   "cpu_stats_docs_per_s": 4.0, "cpu_clean_date_docs_per_s": 1.3, "cpu_all_docs_per_s": 1.0}
