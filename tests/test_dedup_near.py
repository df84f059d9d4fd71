import itertools
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk import dedup
from newsdesk.settings import DEDUP_MIN_JACCARD, NUM_PERM

FIX = Path(__file__).parent / "fixtures" / "dedup"


@pytest.fixture(scope="module")
def wikinews():
    return [json.loads(line) for line in (FIX / "wikinews_airbus.jsonl").read_text(encoding="utf-8").splitlines()]


def syndicated(text: str) -> str:
    """A re-issued copy: agency dateline, last paragraph trimmed, credit line and boilerplate appended."""
    paras = text.split("\n")
    return "\n\n".join(["PARIS (AFP) - " + paras[0], *paras[1:-1], "(Reuters contributed to this report.)",
                        "Sign up for our newsletter to get the top stories delivered to your inbox."])


def test_dedup_signature_deterministic_across_processes(wikinews):
    text = wikinews[0]["text"]
    sig = dedup.signature(text)
    assert sig.dtype == np.uint32 and sig.shape == (NUM_PERM,)
    assert np.array_equal(sig, dedup.signature(text))
    code = ("import sys, json; from newsdesk import dedup; "
            "print(json.dumps(dedup.signature(sys.stdin.read()).tolist()))")
    out = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "123", "PATH": ""})
    assert json.loads(out.stdout) == sig.tolist()


def test_dedup_signature_ignores_case_and_punctuation():
    a = dedup.signature("The minister said: talks will resume on Monday in Geneva.")
    b = dedup.signature("the MINISTER said talks  will resume, on Monday in Geneva")
    assert np.array_equal(a, b)


def test_dedup_identical_copy_similarity_one(wikinews):
    idx = dedup.DedupIndex()
    sig = dedup.signature(wikinews[0]["text"])
    assert idx.add("a", sig) == []
    assert idx.add("b", sig.copy()) == [("a", 1.0)]


def test_dedup_syndicated_variant_grouped(wikinews):
    text = wikinews[1]["text"]
    idx = dedup.DedupIndex()
    idx.add("orig", dedup.signature(text))
    found = idx.add("copy", dedup.signature(syndicated(text)))
    assert [f[0] for f in found] == ["orig"]
    sim = found[0][1]
    exact = len(dedup.shingles(text) & dedup.shingles(syndicated(text))) / len(
        dedup.shingles(text) | dedup.shingles(syndicated(text)))
    assert DEDUP_MIN_JACCARD <= sim < 1.0
    assert abs(sim - exact) < 0.15  # the MinHash estimate tracks the true shingle Jaccard
    strict = dedup.DedupIndex(threshold=min(1.0, sim + 0.05))
    strict.add("orig", dedup.signature(text))
    assert strict.add("copy", dedup.signature(syndicated(text))) == []


def test_dedup_same_topic_articles_not_grouped(wikinews):
    # Two Wikinews articles on the Airbus A380 (launch, first flight) and one on a Boeing plane: one topic,
    # different events, not copies.
    idx = dedup.DedupIndex()
    found = [idx.add(a["id"], dedup.signature(a["text"])) for a in wikinews]
    assert found == [[], [], []]


def test_dedup_empty_text_matches_nothing():
    idx = dedup.DedupIndex()
    empty = dedup.signature("  ... !! ")
    assert dedup.is_empty(empty)
    assert idx.add("a", empty) == []
    assert idx.add("b", dedup.signature("")) == []
    assert "a" not in idx


def test_dedup_readd_replaces_signature(wikinews):
    idx = dedup.DedupIndex()
    idx.add("a", dedup.signature(wikinews[0]["text"]))
    idx.add("a", dedup.signature(wikinews[1]["text"]))
    assert idx.add("b", dedup.signature(wikinews[0]["text"])) == []
    assert idx.add("c", dedup.signature(wikinews[1]["text"])) == [("a", 1.0)]


def test_dedup_signature_bytes_roundtrip(wikinews):
    sig = dedup.signature(wikinews[2]["text"])
    blob = dedup.sig_to_bytes(sig)
    assert len(blob) == 4 * NUM_PERM
    assert np.array_equal(dedup.sig_from_bytes(blob), sig)


def test_dedup_groups_canonical_is_earliest_in_order():
    pairs = [("c", "b", 0.9), ("b", "a", 0.8), ("x", "y", 0.7)]
    gs = dedup.groups(pairs, order=["y", "a", "b", "c", "x"])
    assert [(g.canonical, g.members) for g in gs] == [("y", ("y", "x")), ("a", ("a", "b", "c"))]
    # c is linked to the canonical a only through b: the weakest link bounds it
    assert gs[1].similarity == 0.8
    assert gs[0].id != gs[1].id and gs[1].id == dedup.groups([("a", "b", 0.5)], ["a", "b"])[0].id


def test_dedup_groups_similarity_from_signatures(wikinews):
    text = wikinews[1]["text"]
    sigs = {"a": dedup.signature(text), "b": dedup.signature(text), "c": dedup.signature(syndicated(text))}
    g = dedup.groups([("a", "b", 1.0), ("b", "c", 0.99)], ["a", "b", "c"], sigs=sigs)[0]
    assert g.similarity == round(dedup.jaccard(sigs["a"], sigs["c"]), 4) < 0.99


def test_dedup_groups_independent_of_add_order(wikinews):
    docs = {}
    for a in wikinews:
        docs[a["id"]] = a["text"]
        docs[a["id"] + "~1"] = syndicated(a["text"])
    docs["w0~2"] = wikinews[0]["text"].upper()
    order = sorted(docs)
    results = set()
    for perm in itertools.islice(itertools.permutations(order), 0, 720, 37):
        idx = dedup.DedupIndex()
        pairs = [(aid, other, s) for aid in perm for other, s in idx.add(aid, dedup.signature(docs[aid]))]
        results.add(tuple(dedup.groups(pairs, order)))
    assert len(results) == 1
    (gs,) = results
    assert sorted(len(g.members) for g in gs) == [2, 2, 3]


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_dedup_signature_never_raises(text):
    sig = dedup.signature(text)
    assert sig.shape == (NUM_PERM,)
    assert dedup.is_empty(sig) == (not dedup.words(text))
    idx = dedup.DedupIndex()
    idx.add("a", sig)
    assert idx.add("b", sig) == ([] if dedup.is_empty(sig) else [("a", 1.0)])
