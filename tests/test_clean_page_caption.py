"""Whole-page scrapes: an image caption closed by its credit (names joined by a slash, in brackets, after a label and a
colon, or after a spaced slash) goes when it is no running text; a line that only looks alike (a comment's stamp, a
source link, a trail of two names) stays a question for the other rules."""

import random

import page_lines
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.shape import caption_credit
from newsdesk.settings import DEFAULT

P, MENU, FOOT = list(page_lines.P), list(page_lines.MENU), list(page_lines.FOOT)
CAPTIONS = ["Windräder bei Sonnenuntergang im Emsland. Bild: Max Muster/Agentur XY",
            "(crédito: Ana Souza/Agência Exemplo)",
            "Ein Solarpark in Brandenburg ist im Winter gut zu sehen (jdoe / Stockfoto.com)",
            "Le ministre devant l'Assemblée. Photo : Jean Dupont/Agence Exemple",
            "Solaranlage auf einem Dach in Bayern. Foto: pixelmaker/Bildarchiv/cc by sa 2.0"]
NOT_CREDITS = ["Josef Franz Lindner, Do 9 Apr 2020 / 08:34 Antworten",  # a comment's stamp: a date and a clock
               "Quelle: https://www.example.org/berichte/energie/2020",  # a link
               "Apfelbananen / Feigenäpfel",  # a trail of two names, no caption before the slash
               "Band 14 / Kapitel 121",
               "Die Minister trafen sich in Berlin und Paris zu Gesprächen"]


def _page(inserts: dict[int, str]) -> str:
    body: list[str] = []
    for n, p in enumerate(P):
        if n in inserts:
            body.append(inserts[n])
        body.append(p)
    return "\n".join([*MENU, "Kabinett beschließt Energiegesetz", *body, *FOOT])


def test_clean_page_caption_with_credit_goes():
    for cap in CAPTIONS:
        c = clean_text(_page({2: cap}))
        assert cap not in c.text, cap
        assert all(p in c.text for p in P)


def test_clean_page_caption_credit_shapes():
    assert all(caption_credit(c, DEFAULT) for c in CAPTIONS)
    assert not any(caption_credit(s, DEFAULT) for s in NOT_CREDITS)
    # a credit longer than CLEAN_PAGE_CREDIT_MAX_WORDS words is a sentence about two things, not a credit
    assert not caption_credit(CAPTIONS[0], DEFAULT.replace(CLEAN_PAGE_CREDIT_MAX_WORDS=2))


def test_clean_page_caption_rule_leaves_running_text():
    # a paragraph of running text that closes with a slashed pair is the article's, whatever its end looks like
    prose = ("Die Anträge müssen bis zum Ende des Monats bei der zuständigen Behörde eingereicht werden, wie das "
             "Ministerium am Dienstag mitteilte, und gelten für alle Betriebe (Land/Bund).")
    c = clean_text(_page({1: prose}))
    assert prose in c.text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(CAPTIONS + NOT_CREDITS), min_size=1, max_size=4), st.integers(0, 10_000))
def test_clean_page_caption_insertion_keeps_body_and_is_idempotent(junk, seed):
    rng = random.Random(seed)
    inserts = {rng.randrange(len(P)): j for j in junk}
    c = clean_text(_page(inserts))
    assert all(p in c.text for p in P)
    assert clean_text(c.text).text == c.text


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_clean_page_caption_credit_any_line_no_error(line):
    assert caption_credit(line, DEFAULT) in (True, False)
