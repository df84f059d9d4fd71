from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk import dedup

STATEMENT = ("The ministry said the two delegations had agreed to resume talks on the border crossing next month. "
             "It added that a joint committee would report to both governments by the end of the year.")
A = ("Officials met in the capital on Tuesday for a second day. " + STATEMENT
     + " Opposition lawmakers criticised the pace of the negotiations.")
B = ("BRUSSELS - Diplomats welcomed the outcome.\n\n" + STATEMENT
     + "\n\nMarkets were little changed after the announcement was published.")
C = ("Analysts were cautious about the deal. \u201cThe ministry said the two delegations had agreed to resume "
     "talks on the border crossing next month.\u201d Trade volumes fell sharply during the dispute last year.")


def _spans_text(p, texts):
    return {aid: texts[aid][a:b] for aid, a, b in p.spans}


def test_dedup_passage_spans_point_at_shared_text():
    texts = {"a": A, "b": B, "c": C}
    idx = dedup.PassageIndex()
    for aid, t in texts.items():
        idx.add(aid, t)
    ps = idx.passages()
    assert len(ps) == 2
    # the first sentence of the statement is in all three (c quotes it inside typographic quotes)
    first = ps[0]
    got = _spans_text(first, texts)
    assert sorted(got) == ["a", "b", "c"]
    assert got["a"] == got["b"] == STATEMENT.split(". ")[0] + "."
    assert dedup.words(got["c"]) == dedup.words(got["a"])
    # the second sentence is only in a and b: a passage of its own
    second = STATEMENT.split(". ")[1]
    assert _spans_text(ps[1], texts) == {"a": second, "b": second}


def test_dedup_passage_consecutive_sentences_merge_into_paragraph():
    texts = {"a": A, "b": B}
    idx = dedup.PassageIndex()
    for aid, t in texts.items():
        idx.add(aid, t)
    (para,) = idx.passages()
    # the two statement sentences recur together in a and b: one passage (a paragraph), not two
    assert _spans_text(para, texts) == {"a": STATEMENT, "b": STATEMENT}
    assert para.text == STATEMENT


def test_dedup_passage_ignores_short_and_unshared_sentences():
    idx = dedup.PassageIndex(min_words=6)
    idx.add("a", "He said so. The weather in the north was cold and wet all week.")
    idx.add("b", "He said so. The weather in the south was warm and dry all week.")
    assert idx.passages() == []


def test_dedup_passage_drops_very_common_sentences():
    footer = "All content by this agency is licensed under a Creative Commons licence."
    idx = dedup.PassageIndex(max_docs=3)
    for i in range(4):
        idx.add(f"a{i}", f"Story number {i} is about a different subject entirely, item {i}. {footer}")
    assert idx.passages() == []
    idx2 = dedup.PassageIndex(max_docs=3)
    for i in range(3):
        idx2.add(f"a{i}", f"Story number {i} is about a different subject entirely, item {i}. {footer}")
    assert [p.text for p in idx2.passages()] == [footer]


def test_dedup_passage_syndicated_copies_count_once():
    idx = dedup.PassageIndex()
    idx.add("orig", A)
    idx.add("copy", "AFP - " + A)
    assert len(idx.passages()) == 1
    assert idx.passages(canonical={"copy": "orig", "orig": "orig"}) == []
    idx.add("other", B)
    ps = idx.passages(canonical=dedup.canonical_map(dedup.groups([("orig", "copy", 0.9)], ["orig", "copy"])))
    assert [sorted(s[0] for s in p.spans) for p in ps] == [["copy", "orig", "other"]]


def test_dedup_passage_rows_roundtrip_and_readd():
    idx = dedup.PassageIndex()
    for aid, t in {"a": A, "b": B, "c": C}.items():
        idx.add(aid, t)
    rows = idx.to_rows()
    assert all(len(r) == 4 for r in rows)
    again = dedup.PassageIndex.from_rows(rows)
    assert again.passages(texts={"a": A, "b": B, "c": C}) == idx.passages()
    assert again.to_rows() == rows
    assert dedup.passages_from_rows(reversed(rows), {"a": A, "b": B, "c": C}) == idx.passages()
    assert idx.rows_for(["b"]) == [r for r in rows if r[1] == "b"]
    # re-adding an article with new text replaces its sentences
    again.add("c", "Nothing in common with the others here, said nobody at all today.")
    assert len(again.passages()) == 1


def test_dedup_passage_order_independent():
    texts = {"a": A, "b": B, "c": C}
    outs = []
    for order in (["a", "b", "c"], ["c", "b", "a"], ["b", "a", "c"]):
        idx = dedup.PassageIndex()
        for aid in order:
            idx.add(aid, texts[aid])
        outs.append(idx.passages())
    assert outs[0] == outs[1] == outs[2]


def test_dedup_sentences_split():
    text = 'He said: "We will go." Then they left.\nNew line here. Mr. Smith stayed'
    assert [text[a:b] for a, b in dedup.sentences(text)] == [
        'He said: "We will go."', "Then they left.", "New line here.", "Mr.", "Smith stayed"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_dedup_sentences_and_passages_never_raise(text):
    spans = dedup.sentences(text)
    prev = 0
    for a, b in spans:
        assert prev <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        prev = b
    idx = dedup.PassageIndex(min_words=1)
    idx.add("x", text)
    idx.add("y", text)
    for p in idx.passages():
        assert {text[a:b] for _aid, a, b in p.spans} <= {text[a:b] for a, b in spans} | {
            text[p.spans[0][1]:p.spans[0][2]]}
