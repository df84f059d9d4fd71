"""contradictions.find: disagreements between outlets on one event (date, place, numbers, participants), each with
both sentences; agreement told differently is not a contradiction."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk import contradictions
from newsdesk.model import Article, Record


def art(aid: str, source: str, text: str) -> Article:
    return Article(id=aid, external_id=aid, source=source, url=None, title=None, text=text, raw_text=text,
                   published="2024-04-04", published_evidence="metadata", page_date=None, lang="en", credits=(),
                   removed=(), ingested_at="2024-04-04T00:00:00+00:00")


def rec(aid: str, evidence: str, *, actor="Rajnath Singh", action="CONSULT", target="Richard Marles", place=None,
        date=None) -> Record:
    return Record(id=f"r-{aid}-{action}-{target}", event_id=None, actor=actor, actor_country=None, action=action,
                  target=target, target_country=None, place=place, date=date, context=None, evidence=evidence,
                  sources=(aid,))


def test_contradictions_numbers_between_outlets_with_both_sentences():
    a = art("a", "Wire One", "At least 9 people were killed and 821 injured, officials said.")
    b = art("b", "Daily Two", "The death toll rose to 12 on Thursday. Some 1,050 were injured.")
    found = contradictions.find([a, b], {})
    got = {(c.what, c.a.value, c.b.value): (c.a.sentence, c.b.sentence) for c in found if c.kind == "number"}
    assert got == {("dead", "9", "12"): ("At least 9 people were killed and 821 injured, officials said.",
                                         "The death toll rose to 12 on Thursday."),
                   ("injured", "821", "1050"): ("At least 9 people were killed and 821 injured, officials said.",
                                                "Some 1,050 were injured.")}


def test_contradictions_same_numbers_or_same_outlet_are_not_contradictions():
    a = art("a", "Wire One", "Twelve people were killed.")
    b = art("b", "Daily Two", "12 people were killed in the quake.")
    c = art("c", "Wire One", "Nine people were killed.")  # the same outlet updating itself
    assert contradictions.find([a, b], {}) == []
    assert contradictions.find([a, c], {}) == []


def test_contradictions_date_only_when_each_sentence_states_its_time():
    a = art("a", "Wire One", "x")
    b = art("b", "Daily Two", "y")
    ra = rec("a", "Singh met Marles in Canberra on Tuesday.", date="2024-10-08")
    rb = rec("b", "Singh met Marles in Canberra on Thursday.", date="2024-10-10")
    found = contradictions.find([a, b], {"a": [ra], "b": [rb]})
    assert [(c.kind, c.a.value, c.b.value) for c in found] == [("date", "2024-10-08", "2024-10-10")]
    assert found[0].a.sentence == ra.evidence and found[0].b.sentence == rb.evidence
    # a date the coder took from the publication day (no time in the sentence) is not a claim
    rb2 = rec("b", "Singh met Marles in Canberra.", date="2024-10-11")
    assert contradictions.find([a, b], {"a": [ra], "b": [rb2]}) == []
    # "Oct 11 ... on Thursday" fits Thursday, Oct 10: resolved differently, not told differently
    rb3 = rec("b", "Canberra, Oct 11 (PTI) Singh and Marles on Thursday held talks.", date="2024-10-11")
    ra3 = rec("a", "Marles hosted Singh in Canberra on Thursday.", date="2024-10-10")
    assert contradictions.find([a, b], {"a": [ra3], "b": [rb3]}) == []


def test_contradictions_place_named_in_sentence_and_not_in_the_other_article():
    a = art("a", "Wire One", "Singh met Marles in Canberra.")
    b = art("b", "Daily Two", "Singh met Marles in Sydney.")
    ra = rec("a", "Singh met Marles in Canberra.", place="Canberra")
    rb = rec("b", "Singh met Marles in Sydney.", place="Sydney")
    found = contradictions.find([a, b], {"a": [ra], "b": [rb]})
    assert [(c.kind, c.what, c.a.value, c.b.value) for c in found] == [("place", "CONSULT place", "Canberra",
                                                                         "Sydney")]
    b2 = art("b", "Daily Two", "SYDNEY - Singh met Marles in Canberra. He flew to Sydney later.")
    assert contradictions.find([a, b2], {"a": [ra], "b": [rb]}) == []  # b names Canberra too: no disagreement


def test_contradictions_participants_differ():
    a = art("a", "Wire One", "Singh met Marles.")
    b = art("b", "Daily Two", "Singh met Penny Wong.")
    found = contradictions.find([a, b], {"a": [rec("a", "Singh met Marles.")],
                                         "b": [rec("b", "Singh met Penny Wong.", target="Penny Wong")]})
    assert [(c.kind, c.what, c.a.value, c.b.value) for c in found] == [
        ("participants", "CONSULT by Rajnath Singh", "Richard Marles", "Penny Wong")]


@given(st.text(max_size=400))
def test_contradictions_numbers_never_raise_on_any_text(text):
    for kind, n, sent in contradictions.numbers(text):
        assert kind in contradictions._COUNTED and n >= 0 and sent in text
