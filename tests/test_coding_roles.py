"""Actors the parse finds beyond named entities (issue 10, session 4): a subject phrase that names only a place
acts for it, and people named by what they do or where they live are actors."""

from __future__ import annotations

import pytest
from test_coding_parse import _code  # one copy of the helper: code one sentence through the product's stages

from newsdesk import ner


def test_coding_roles_subject_that_names_a_place_acts_for_it():
    # "a bombing" is no actor; the place its phrase names is (PLOVER codes the attack to it)
    assert _code("A car bombing near the town of Tikrit killed three Iraqi policemen on Monday.") == [
        ("Tikrit", "ASSAULT", "Iraqi policemen")]


@pytest.mark.parametrize("text,expected", [
    ("Kurdish inhabitants of the border villages threatened to block the highway.",
     ("Kurdish inhabitants of the border villages", "THREATEN")),
    ("Local doctors protested outside the hospital in Nairobi.", ("Local doctors", "PROTEST")),
])
def test_coding_roles_people_by_occupation_or_home_are_actors(text, expected):
    assert [(a, t) for a, t, _ in _code(text)] == [expected]


def _doc(words: list[str], heads: list[int], deps: list[str]):
    """A parsed sentence as spaCy would give it (fixed heads and labels: the rule, not the parser, is tested)."""
    from spacy.tokens import Doc

    return Doc(ner.load_parser().vocab, words=words, heads=heads, deps=deps)


def test_coding_roles_infinitive_on_an_object_takes_the_clause_subject():
    # "... converging for a rally in Lagos to protest ...", with "to protest" parsed as a relative clause of
    # "rally": the protesters are the clause's subject, not the rally (nor the place the rally names)
    from newsdesk.coding import roles
    from newsdesk.coding.code import _Unit

    words = ["Thousands", "of", "Nigerians", "were", "converging", "for", "a", "rally", "in", "Lagos", "to",
             "protest", "the", "law", "."]
    heads = [4, 0, 1, 4, 4, 4, 7, 5, 7, 8, 11, 7, 13, 11, 4]
    deps = ["nsubj", "prep", "pobj", "aux", "ROOT", "prep", "det", "pobj", "prep", "pobj", "aux", "relcl", "det",
            "dobj", "punct"]
    doc = _doc(words, heads, deps)
    text = doc.text
    units = [_Unit("Nigerians", text.index("Nigerians"), text.index("Nigerians") + 9, "Nigeria", "NGA", "NORP",
                   "NORP:nigerians"),
             _Unit("Lagos", text.index("Lagos"), text.index("Lagos") + 5, "Nigeria", "NGA", "GPE", "GPE:lagos")]
    got = [(t.action, [a.text for a in t.actors]) for t in roles.events(doc, 0, units, text)]
    assert ("PROTEST", ["Nigerians"]) in got
    assert all(actors != ["Lagos"] for _, actors in got)


def test_coding_roles_copula_with_a_noun_is_no_event():
    # "was prime minister" says what someone is (PETRARCH2's "BE * MINISTER" pattern would code COOPERATE)
    assert _code("The two countries raised their ties to a strategic partnership in 2010, when Manmohan Singh was "
                 "prime minister.") == []


def test_coding_roles_apposition_that_names_no_one_is_not_the_target():
    assert _code("Singh held talks with China's Defence Minister Li Shangfu, the first visit to India by a Chinese "
                 "defence minister in several years.") == [("Singh", "CONSULT", "China's Defence Minister Li Shangfu")]


@pytest.mark.parametrize("text,expected", [
    ("Kenyan diplomats discussed the Sudan crisis on Friday.", ("Kenyan diplomats", "CONSULT", None)),
    ("The ministers discussed Humanitarian Assistance and Disaster Relief on Friday.", ("ministers", "CONSULT", None)),
    # the counterpart is still read from "with"
    ("Egyptian officials discussed the ceasefire with Hamas.", ("Egyptian officials", "CONSULT", "Hamas")),
])
def test_coding_roles_what_was_discussed_is_a_topic_not_a_target(text, expected):
    assert _code(text) == [expected]


def test_coding_roles_infinitive_on_an_adjective_takes_the_copula_subject():
    # "it is prepared to impose ...": the infinitive hangs on "prepared", the subject ("it" = the speaker) on "is";
    # an announced coercion is a threat
    assert _code("Thailand's government announced that it is prepared to impose martial law in the south.") == [
        ("Thailand's government", "THREATEN", None)]


@pytest.mark.parametrize("text,expected", [
    # PLOVER AGREE includes offers (CAMEO 03)
    ("Egypt has offered its engineers to Libya's new government.", ("Egypt", "AGREE", "Libya's new government")),
    # equipment sent is aid; announced ("willing to") cooperation is AGREE
    ("Denmark is willing to send equipment to Ukraine.", ("Denmark", "AGREE", "Ukraine")),
    # the event noun as a compound of the light verb's object (CAMEO 045 mediate -> CONSULT)
    ("Qatar's emir launched a mediation effort between Sudan and Chad.", ("Qatar's emir", "CONSULT", "Sudan")),
    # "complete" carries its object's event like "conclude"
    ("The Electoral Commission has completed its investigation into the voting in Nairobi.",
     ("Electoral Commission", "ACCUSE", "Nairobi")),
    # a refusal to accept is a rejection (CAMEO 12), not a negated AGREE dropped
    ("Jordan says it will not accept any more refugees from Syria.", ("Jordan", "REJECT", "more refugees from Syria")),
])
def test_coding_roles_offers_aid_mediation_refusals(text, expected):
    assert _code(text) == [expected]


def test_coding_roles_other_negations_still_drop_the_event():
    assert _code("Kenya did not attack Somalia.") == []


@pytest.mark.parametrize("text,expected", [
    # victims with no name or country: the place they were hit stands for them
    ("Hamas gunmen killed five people in Hebron on Sunday.", ("Hamas gunmen", "ASSAULT", "Hebron")),
    # victims with a country stay the target
    ("Rebels killed five Nigerian soldiers in Maiduguri.", ("Rebels", "ASSAULT", "Nigerian soldiers")),
])
def test_coding_roles_anonymous_victims_give_the_place(text, expected):
    assert _code(text) == [expected]


def test_coding_roles_a_named_target_ends_before_where_the_event_was():
    assert _code("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.") == [
        ("Russian President Vladimir Putin", "CONSULT", "Chinese President Xi Jinping")]


# --- issue 10, session 5: actors where the parse gives no entity or actor word


@pytest.mark.parametrize("text,expected", [
    # a subject that is no entity and no actor word is still someone, written as it stands
    ("Tribal elders demanded the return of their land from the government.", ("Tribal elders", "REQUEST")),
    ("The Turkish and Greek sides of the island have agreed to exchange prisoners.",
     ("Turkish and Greek sides of the island", "AGREE")),
])
def test_coding_roles_subject_without_entity_is_written_as_it_stands(text, expected):
    assert [(a, t) for a, t, _ in _code(text)] == [expected]


@pytest.mark.parametrize("text", [
    # ... but only a phrase with a name or people in it: things are no actors
    "The ministers issued a joint statement calling for an expansion of the fund's reserves.",
    "China's coal mines are dangerous, with safety standards often ignored in the drive to meet demand.",
])
def test_coding_roles_subject_phrase_without_a_name_is_no_actor(text):
    assert _code(text) == []


@pytest.mark.parametrize("text,expected", [
    # an agentless passive is coded to the place it happened (as PLOVER coders code it), the patient its target
    ("A British aid worker was arrested in Sudan on Friday.", [("Sudan", "COERCE", "British aid worker")]),
    ("A French banker was put under investigation in Italy last week.", [("Italy", "ACCUSE", "French banker")]),
])
def test_coding_roles_agentless_passive_acts_for_its_place(text, expected):
    assert _code(text) == expected


def test_coding_roles_stative_participle_subject_is_the_actor():
    # "is opposed to" says what Israel does; the parser labels it passive with no agent
    assert _code("Israel is opposed to French mediation.") == [("Israel", "REJECT", "French mediation")]


@pytest.mark.parametrize("text,expected", [
    # the speaker of a verb of saying with no subject of its own: from the verb it is conjoined with or hangs on
    ("Ghana's rebels rejected the peace plan and said they opposed the deployment of foreign troops.",
     ("Ghana's rebels", "REJECT", "foreign troops")),
    ("King Abdullah of Jordan was quoted as saying he would host talks between Israel and the Palestinians.",
     ("King Abdullah of Jordan", "AGREE", "Israel")),
])
def test_coding_roles_pronoun_speaker_through_conjoined_or_quoted_verb(text, expected):
    assert expected in _code(text)


def test_coding_roles_people_named_by_nationality_written_with_their_phrase():
    assert _code("Ethnic Serbs in northern Kosovo demanded autonomy from Pristina.") == [
        ("Ethnic Serbs in northern Kosovo", "REQUEST", "Pristina")]


@pytest.mark.parametrize("text,expected", [
    # an office word heading a person or group: the person's entity, written with the office that names them
    ("Iran's religious leader Ayatollah Ali Khamenei rejected the proposal.",
     "Iran's religious leader Ayatollah Ali Khamenei"),
    ("The main rebel group, the Revolutionary United Front, demanded the release of its leader.",
     "main rebel group, the Revolutionary United Front"),
    ("Martin Griffiths, the UN Emergency Relief Coordinator, urged both sides to allow aid convoys.",
     "Martin Griffiths, the UN Emergency Relief Coordinator"),
])
def test_coding_roles_person_written_with_the_office_that_names_them(text, expected):
    assert [a for a, _, _ in _code(text)] == [expected]


def test_coding_roles_title_case_apposition_names_someone():
    # "Kenzo Oshima, the Emergency Relief Coordinator, ...": a title-case apposition is an office, not an event
    # ("Li Shangfu, the first visit to India ..." is not); fixed parse, no entities: the rule, not the NER
    from newsdesk.coding.phrases import Sentence

    words = ["Kenzo", "Oshima", ",", "the", "Emergency", "Relief", "Coordinator", ",", "spoke", ",", "the", "first",
             "visit", "."]
    heads = [1, 8, 1, 6, 6, 6, 1, 1, 8, 8, 12, 12, 8, 8]
    deps = ["compound", "nsubj", "punct", "det", "compound", "compound", "appos", "punct", "ROOT", "punct", "det",
            "amod", "npadvmod", "punct"]
    doc = _doc(words, heads, deps)
    sent = Sentence(doc, 0, [], doc.text)
    assert sent.names_someone(doc[6])
    assert not sent.names_someone(doc[12])
    assert sent.written(doc[1], named=True) == (0, doc[6].idx + len("Coordinator"))  # "Kenzo ... Coordinator"
