"""Triggers added in issue 10, session 5, each from a CAMEO definition mapped by the published CAMEO->PLOVER table:
verbs that end, cut, receive or stop the event their object names, light verbs and event nouns, a conditional
announcement."""

from __future__ import annotations

import pytest
from test_coding_parse import _code  # one copy of the helper: code one sentence through the product's stages


@pytest.mark.parametrize("text,expected", [
    # CAMEO 164 halt negotiations, 162 reduce aid, 1662 withdraw observers -> SANCTION
    ("Egypt suspended talks with Israel on Sunday.", ("Egypt", "SANCTION", "Israel")),
    ("The World Food Programme reduced food aid to the refugee camp.", ("World Food Programme", "SANCTION", None)),
    ("Canada withdrew its observers from Haiti.", ("Canada", "SANCTION", "observers")),
    # CAMEO 0862 receive inspectors -> RETREAT
    ("Haiti received UN inspectors on Monday.", ("Haiti", "RETREAT", "UN inspectors")),
    # stopping a protest -> COERCE
    ("Kenyan police prevented a demonstration by opposition students.",
     ("Kenyan police", "COERCE", "opposition students")),
])
def test_coding_triggers_verb_acting_on_an_event_or_mission(text, expected):
    assert _code(text) == [expected]


def test_coding_triggers_conditional_may_is_a_threat():
    # CAMEO 134/135 threaten to halt negotiations or mediation: "may ... if" announces it on a condition
    assert _code("The European Union may suspend talks with Turkey if the violence continues.") == [
        ("European Union", "THREATEN", "Turkey")]


@pytest.mark.parametrize("text,expected", [
    ("Israel and Syria renewed negotiations on Monday.", [("Israel", "CONSULT", "Syria")]),
    ("President Hosni Mubarak arrived in Riyadh on a visit on Tuesday.",
     [("President Hosni Mubarak", "CONSULT", "Riyadh")]),
    ("Iraq mounted an invasion of Kuwait in 1990.", [("Iraq", "ASSAULT", "Kuwait")]),
    ("Serb forces were engaged in fighting against Albanian rebels.", [("Serb forces", "ASSAULT", "Albanian rebels")]),
    # the event noun after "of", and the phrase holding it is no target
    ("Norwegian doctors handed over 500 kg of medicine to the Red Crescent.",
     [("Norwegian doctors", "AID", "Red Crescent")]),
    ("The Thai army declared a state of emergency in the southern provinces.", [("Thai army", "COERCE", None)]),
])
def test_coding_triggers_light_verbs_and_event_nouns(text, expected):
    assert _code(text) == expected


def test_coding_triggers_compound_types_only_a_carrier_noun():
    # "a mediation effort" takes its event from the compound; "war games" are no war
    assert _code("Israel launched a mediation effort between Egypt and Hamas.") == [("Israel", "CONSULT", "Egypt")]
    assert _code("French and Italian warships launched war games in the Mediterranean.") == []


@pytest.mark.parametrize("text,expected", [
    # a reported "must": what the speaker did is a demand (PLOVER REQUEST), also after "concluded" or a noun
    ("The UN water forum concluded that rich nations must fund clean water projects.", "REQUEST"),
    ("The president issued a reminder to Syria that it must withdraw its troops.", "REQUEST"),
])
def test_coding_triggers_reported_must_is_a_request(text, expected):
    assert [t for _, t, _ in _code(text)] == [expected]
