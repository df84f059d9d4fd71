"""Invariants of PLOVER records (issue 10): never actor == target, in `code` and in `merge`; merging keeps each
record's actor/target pair together; names have balanced brackets; every record keeps its evidence sentence,
character span and source articles."""

from __future__ import annotations

from coded_text import code_text
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk import coding, model
from newsdesk.coding.phrases import balanced as _balanced


def _rec(actor, target, action="CONSULT", aid="a", actor_id=None, target_id=None) -> model.Record:
    return model.Record(id=f"{aid}:{actor}:{target}:{action}", event_id=None, actor=actor, actor_country=None,
                        action=action, target=target, target_country=None, place=None, date=None, context=None,
                        evidence=f"{actor} and {target}.", sources=(aid,), actor_id=actor_id, target_id=target_id)


SELF_TEXTS = [
    "Rajnath Singh met Singh in New Delhi on Friday.",
    "Defence Minister Rajnath Singh held talks with Rajnath Singh, the Indian defence minister, on Friday.",
    "Russia accused Russia of lying, the Russian foreign ministry said.",
    "Sergei K Shoigu met his counterpart Sergei Shoigu in Moscow.",
]


def test_coding_code_never_targets_its_actor():
    for text in SELF_TEXTS:
        for r in code_text(text):
            assert r.actor_id != r.target_id or r.target_id is None, (text, r)
            assert r.target is None or r.target.lower() != r.actor.lower(), (text, r)


def test_coding_merge_never_targets_its_actor():
    rs = [_rec("Rajnath Singh", "Rajnath Singh", aid="a"), _rec("Rajnath Singh", "Singh", aid="b"),
          _rec("Sergei K Shoigu", "Sergei Shoigu", aid="c"),
          _rec("India", "Pakistan", "ACCUSE", aid="d", actor_id="GPE:x", target_id="GPE:x")]
    for m in coding.merge(rs, "ev"):
        assert m.target is None, m


NAMES = ["Rajnath Singh", "Singh", "Sergei Shoigu", "Shoigu", "Richard Marles", "Marles", "India", "Russia"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.one_of(st.none(), st.sampled_from(NAMES)),
                          st.sampled_from(["CONSULT", "ACCUSE", "AGREE"]), st.sampled_from("abc")),
                min_size=1, max_size=8))
def test_coding_merge_keeps_pairs_together(items):
    rs = [_rec(a, t, act, aid, f"id:{a}", f"id:{t}" if t else None) for a, t, act, aid in items]
    pairs = {(r.action, r.actor, r.target) for r in rs}
    for m in coding.merge(rs, "ev"):
        # the merged pair is one input record's pair (either way round for symmetric actions), or its actor alone
        ok = {(m.action, m.actor, m.target)} & pairs or m.action in coding.SYMMETRIC and \
            {(m.action, m.target, m.actor)} & pairs
        alone = m.target is None and any(r.actor == m.actor or r.target == m.actor for r in rs)
        assert ok or alone, (m, rs)
        assert m.target is None or (m.target != m.actor and m.actor_id != m.target_id), m


@given(st.text(alphabet="ab ()[]{}", max_size=30))
def test_coding_names_have_balanced_brackets(s):
    out = _balanced(s)
    depth = 0
    for ch in out:
        depth += ch in "([{"
        depth -= ch in ")]}"
        assert depth >= 0
    assert depth == 0


def test_coding_record_names_balanced_and_evidence_kept():
    text = ("The Shanghai Cooperation Organisation (SCO) met in Astana on Friday. Ministers of the Shanghai "
            "Cooperation Organisation (SCO condemned the attack on Thursday.")
    recs = code_text(text, "art1")
    assert recs
    for r in recs:
        for name in (r.actor, r.target or ""):
            assert name.count("(") == name.count(")"), name
        assert r.evidence and r.evidence in text
        assert r.sources == ("art1",)
        a, b = r.span
        assert 0 <= a < b <= len(text) and text[a:b].strip()
        assert text.find(r.evidence) <= a < text.find(r.evidence) + len(r.evidence)
