"""Session 12 review (findings 2, 5, 10, 14, 19; cleanfixB): the reviewer's inputs (/tmp/review12/f<n>.py) as tests.
Each failed before its fix: a body line taken as consent, disclaimer, signup or caption, or a writer's bio kept."""

import pytest

from newsdesk.clean import clean_text

EN = ["The regional council voted on Tuesday to close three schools in the valley, citing falling enrolment and "
      "rising repair costs.",
      "Parents protested outside the council building for most of the afternoon, and some said they would challenge "
      "the decision in court."]


def _clean(lines):
    return clean_text("\n\n".join(lines) + "\n")


@pytest.mark.parametrize("line", [
    "By signing up for the free trial, you agree to pay 9.99 pounds a month once it ends, and the terms say so only "
    "on page 12 of the contract.",
    "By using the app, you agree to let the firm sell your location data, a breach of privacy critics say is common.",
    "By registering, you accept that the council may share your details, the privacy notice says in small print.",
])
def test_review12_consent_shaped_sentence_stays(line):
    """Finding 2: 'By signing up/using ..., you agree to <a story clause> ... terms/privacy' is a sentence."""
    res = _clean([EN[0], line, EN[1]])
    assert line in res.text


@pytest.mark.parametrize("notice", ["By signing up, you agree to our Terms of Use and Privacy Policy.",
                                    "By subscribing you accept our terms and conditions.",
                                    "By registering, you agree to the Terms of Service, Privacy Policy and Cookie "
                                    "Policy."])
def test_review12_consent_notice_goes(notice):
    """The notice itself (the whole line is 'you agree to <the terms' names>') still goes."""
    res = _clean([*EN, notice])
    assert notice not in res.text
    assert EN[1] in res.text


DE = ["Die Zahl der Geflüchteten, die in Hamburg ankommen, ist im Oktober deutlich gestiegen, teilte die "
      "Innenbehörde am Montag mit.",
      "Die Behörde will bis Ende des Monats zwei weitere Zelte aufstellen und zusätzliches Personal einstellen."]


@pytest.mark.parametrize("line", [
    "Hier registrieren sich jeden Morgen Hunderte Menschen, um ein Konto für die Bezahlkarte zu bekommen.",
    "Jetzt anmelden können sich Eltern wieder ab Mittwoch, mit einem Konto auf dem Portal der Stadt.",
])
def test_review12_german_verb_second_sentence_stays(line):
    """Finding 10: an adverb and 'registrieren/anmelden' with 'sich' or a subject after it is a declarative."""
    res = _clean([DE[0], line, DE[1]])
    assert line in res.text


@pytest.mark.parametrize("call", ["Jetzt registrieren", "Hier anmelden und den Newsletter erhalten",
                                  "Jetzt kostenlos registrieren!"])
def test_review12_german_signup_call_goes(call):
    res = _clean([*DE, call])
    assert call not in res.text


def test_review12_french_yellow_card_stays():
    """Finding 5: 'Avertissement :' in a match report is a yellow card, no disclaimer."""
    lines = ["Le Paris Saint-Germain s'est imposé 2-1 samedi soir à Lens, grâce à un doublé de son attaquant en "
             "seconde période.", "Buts : Dembélé (55e, 71e) pour Paris ; Sotoca (12e) pour Lens.",
             "Avertissement : Hakimi (34e) pour Paris.",
             "Les Parisiens comptent désormais cinq points d'avance sur leur dauphin, à dix journées de la fin."]
    res = _clean(lines)
    assert lines[2] in res.text


OPED = ["The government's plan to cut fuel duty will cost ten billion pounds a year and do almost nothing for the "
        "households that need help most.",
        "A targeted payment to low-income families would cost a third as much and reach the people who are "
        "struggling to heat their homes."]


@pytest.mark.parametrize("bio, at_end", [
    ("Tom Hale is a former foreign correspondent for the BBC. He is the author of three books on the Middle East.",
     True),
    ("Tom Hale is a former editor of the Daily Herald. He writes a weekly column on politics.", False),
])
def test_review12_former_role_bio_with_current_writer_role_goes(bio, at_end):
    """Finding 14: a past role, then the writer's role now ('He is the author of', 'He writes a ... column'): a bio."""
    res = _clean([*OPED, bio] if at_end else [bio, *OPED])
    assert bio not in res.text
    assert all(line in res.text for line in OPED)


def test_review12_former_role_news_line_stays():
    """... and a past role with news after it ('He takes up the post next week') stays (probe p11c)."""
    line = ("Daniel Osei is a former reporter for a state newspaper who covered parliament for a decade. He takes up "
            "the post next week.")
    res = _clean([OPED[0], line, OPED[1]])
    assert line in res.text


@pytest.mark.parametrize("head", ["EU/UK Trade Talks", "US/China Tariffs"])
def test_review12_slash_subhead_stays(head):
    """Finding 19: a Title-Case subhead with a slash is no 'AGENCY/Name' photo credit."""
    lines = ["Negotiators from both sides met in Brussels on Monday for a sixth round of talks on fishing rights.",
             head, "Officials said a deal on fishing quotas was close but that food checks remained open."]
    res = _clean(lines)
    assert head in res.text


@pytest.mark.parametrize("credit", ["AP/Evan Vucci", "REUTERS/Kevin Lamarque", "AFP/Getty Images",
                                    "XINHUA/Li Ming", "EPA/FILIP SINGER"])
def test_review12_agency_photo_credit_goes(credit):
    lines = ["Negotiators from both sides met in Brussels on Monday for a sixth round of talks on fishing rights.",
             credit, "Officials said a deal on fishing quotas was close but that food checks remained open."]
    res = _clean(lines)
    assert credit not in res.text
