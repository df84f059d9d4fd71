"""Session 10 (robust): article lines that look like page furniture stay; the furniture beside them still goes.

1. An explainer's step that tells the reader to sign up for a thing of the world ("Sign up for a postal vote by 17
   April if you will be away on polling day.") is no site prompt: a sign-up verb is the site's call only when the
   line names the site's product, page or log-in, or the call is bare (clean/signup.py, rules._site_prompt).
2. A news paragraph whose subject is a reporter ("Tomas Brandt is a correspondent for the Nordic Herald who was
   detained by border guards on Sunday. He ...") is no writer's bio: it tells what was done to the person, a death or
   someone's words (clean/inline.py _BIO_NEWS); the writer's bio beside it still goes.
3. A heading parted by a spaced slash ("Können Fische Schmerzen spüren / empfinden?", "Sparen in Zeiten von
   Inflation / Deflation") is no caption closed by its credit: the credit after a spaced slash names its maker, and a
   question never does (clean/shape.py caption_credit, _slash_maker); nor is a heading after a label and a colon
   ("Neue Verfahren: CRISPR/Cas in der Pflanzenzucht"): the label or the credit names a maker (_labelled_maker).
Hand-written texts, none from a dev set.
"""

import page_lines
from article_lines import paragraphs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.inline import is_bio
from newsdesk.clean.rules import classify_line
from newsdesk.clean.shape import caption_credit
from newsdesk.settings import DEFAULT

ARTICLE = [
    "HILLSIDE, 3 April - Voters in the county will choose a new council on 8 May, the first election since the "
    "boundaries were redrawn last year and two wards were merged into one.",
    "Polling stations open at 7am and close at 10pm, and anyone in the queue at ten o'clock may still vote, the "
    "county's returning officer said on Thursday.",
    "Turnout at the last council election was 31 per cent, one of the lowest in the region, and the parties have "
    "spent the spring knocking on doors in the estates where fewest people voted.",
]

# an explainer's steps: a sign-up verb, the reader addressed, the object a thing of the world
EXPLAINER_SIGNUPS = [
    "Sign up for a postal vote by 17 April if you will be away on polling day.",
    "You can sign up for a proxy vote at the town hall until 24 April if you cannot get to the polling station.",
    "Wenn Sie am Wahltag verreist sind, können Sie sich bis zum 17. April für die Briefwahl anmelden.",
    "Registrieren Sie sich bis zum 17. April beim Wahlamt, wenn Sie erst seit Januar in der Gemeinde wohnen.",
    "Abonnez-vous au service de covoiturage de la région si vous n'avez pas de voiture le jour du vote.",
]
# the site's own prompts with a sign-up verb: its product, page or log-in named, or a bare call
SITE_SIGNUPS = [
    "Sign up for our free daily newsletter and get the election results in your inbox.",
    "Do you want the results first? Sign up here.",
    "Registrieren Sie sich für ein Konto, um Kommentare zu schreiben.",
    "Sie müssen sich anmelden, um die Kommentarfunktion zu nutzen.",
    "Hier können Sie sich anmelden",
    "Abonnez-vous pour accéder à tous nos contenus.",
    "Klicken Sie hier, um sich einzuloggen oder zu registrieren.",
]


def test_clean_body_kept_explainer_signup_is_no_prompt():
    for line in EXPLAINER_SIGNUPS:
        assert classify_line(line, site=[]) is None, line
    c = clean_text(paragraphs(ARTICLE[:1] + EXPLAINER_SIGNUPS + ARTICLE[1:]))
    assert c.text.split("\n\n") == ARTICLE[:1] + EXPLAINER_SIGNUPS + ARTICLE[1:]


def test_clean_body_kept_site_signup_prompts_still_go():
    for line in SITE_SIGNUPS:
        assert classify_line(line, site=[]) == "prompt", line
    c = clean_text(paragraphs(ARTICLE[:1] + SITE_SIGNUPS + ARTICLE[1:]))
    assert c.text.split("\n\n") == ARTICLE


def test_clean_body_kept_bare_call_lead_words_setting():
    """'Hier können Sie sich anmelden' has 4 words before the verb in its clause: a bare call at 4, none at 3."""
    line = "Hier können Sie sich anmelden"
    assert classify_line(line, site=[], settings=DEFAULT.replace(CLEAN_PROMPT_CALL_LEAD_WORDS=4)) == "prompt"
    assert classify_line(line, site=[], settings=DEFAULT.replace(CLEAN_PROMPT_CALL_LEAD_WORDS=3)) is None


# news paragraphs about a reporter: the bio's shape (name, present copula, the writer's role, then he/she)
REPORTER_NEWS = [
    "Tomas Brandt is a correspondent for the Nordic Herald who was detained by border guards on Sunday. He had "
    "crossed into the region to report on the floods, his editor said.",
    "Lena Vogt is a freelance reporter who covers the harbour for several papers. She was arrested at the port on "
    "Tuesday and charged with trespass, which she denies.",
    "Jorge Ibarra is a photojournalist and writer for the Valley Post. He was shot in the leg while covering the "
    "protest and is in a stable condition.",
    "Ines Kramer ist Korrespondentin der Nordsee-Zeitung in Istanbul. Sie wurde am Montag festgenommen und ist "
    "seither ohne Kontakt zu ihren Anwälten.",
    "Paul Martin est journaliste au Courrier du Sud. Il a été arrêté mardi à la frontière, a déclaré son "
    "employeur.",
]
# writers' bios: they go between and after the article's paragraphs
WRITER_BIOS = [
    "Clara Hoff is a senior writer for the Hillside Gazette, covering local government. She was previously an "
    "editor at the Valley Post and studied politics in Leeds.",
    "Jonas Berg leitet das Ressort Politik beim Hillside Kurier. Er studierte Geschichte in Bonn und war viele Jahre "
    "Korrespondent in Warschau.",
    "Mark Ellis is a columnist who has covered elections for twenty years. He has held posts in Brussels and Paris "
    "and won a press award for his reporting on the county's finances.",
    "Brooke Roe is a reporter for the Hillside Gazette. Follow her on Twitter at @brooke_roe.",
]


def test_clean_body_kept_news_about_a_reporter_is_no_bio():
    for line in REPORTER_NEWS:
        assert not is_bio(line, DEFAULT), line
    for line in WRITER_BIOS:
        assert is_bio(line, DEFAULT), line
    c = clean_text(paragraphs(ARTICLE[:1] + REPORTER_NEWS + ARTICLE[1:] + WRITER_BIOS))
    assert c.text.split("\n\n") == ARTICLE[:1] + REPORTER_NEWS + ARTICLE[1:]
    # where to follow or reach the person makes the bio only with the writer's role and no news
    assert not is_bio("Brooke Roe is a nurse at the county hospital. Follow her on Twitter at @brooke_roe.", DEFAULT)
    assert not is_bio(REPORTER_NEWS[0].split(". He")[0] + ". Follow him on Twitter at @tbrandt.", DEFAULT)


# the property's body lines share the article's language: a paragraph in another language at the end of an English
# text is clean/foreign.py's tail of other stories (the other languages are checked between English paragraphs above)
ENGLISH_BODY = EXPLAINER_SIGNUPS[:2] + REPORTER_NEWS[:3]
# junk that is no closing mark (a prompt or share bar between paragraphs closes the page for clean/tail.py's
# closing_after_mark when a short line follows: that rule's own tests hold it)
_JUNK = st.sampled_from(WRITER_BIOS + ["ADVERTISEMENT", "Share this article", "Tags: Election, Council",
                                       "MIRA: Vecinos de la zona norte piden un nuevo puente sobre el río"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(ARTICLE + ENGLISH_BODY), min_size=1, max_size=6, unique=True),
       st.lists(st.tuples(st.integers(0, 6), _JUNK), max_size=4))
def test_clean_body_kept_explainer_lines_among_junk_never_go(body, junk):
    """Explainer steps, news about reporters and article lines among page junk and bios all stay, in their order;
    the junk and the bios go."""
    lines = list(body)
    for at, note in junk:
        lines.insert(min(at, len(lines)), note)
    assert clean_text(paragraphs(lines)).text.split("\n\n") == body


# headings parted by a spaced slash: no maker after the slash, or a question
SLASH_HEADINGS = [
    "Können Fische Schmerzen spüren / empfinden?",
    "What changes for savers under inflation / deflation?",
    "Inflation / Deflation: what changes for savers when prices rise?",
    "Sparen in Zeiten von Inflation / Deflation",
    "Wer zahlt für die Brücke: Stadt / Land?",
]
# captions closed by a credit after a spaced slash: a maker's word or ©, a domain, or a name on both sides
SLASH_CREDITS = [
    "Der Hafen von Hamburg bei Nacht / Foto: Hans Muster",
    "Fischer am Hafen von Husum im Morgenlicht / picture alliance",
    "Die Brücke über den Fluss im Frühjahr. © Stadtwerke / Anna Muster",
    "Die Brücke über den Fluss im Frühjahr. Anna Muster / Lehtikuva",
    "The bridge over the river in the spring. JOHN DOE / AP",
    "Ein Hermelin ist im Winter gut getarnt / Stockfoto.com",
]

# headings after a label and a colon with a slashed pair: the label is no credit's, the pair names no maker
LABEL_HEADINGS = ["Wer zahlt für die Brücke: Stadt / Land", "Neue Verfahren: CRISPR/Cas in der Pflanzenzucht",
                  "Streit im Rat: Ost/West"]
LABEL_CREDITS = ["Main image: Anna Muster/Stockfoto", "Titelbild: Anna Muster/Stadtarchiv", "Von: Anna Muster/Stadtarchiv",
                 "Die Brücke im Frühjahr. Imagem: Divulgação/Prefeitura"]


def test_clean_body_kept_label_heading_is_no_caption_credit():
    for line in LABEL_HEADINGS:
        assert not caption_credit(line, DEFAULT), line
    for line in LABEL_CREDITS:
        assert caption_credit(line, DEFAULT), line


def test_clean_body_kept_slash_heading_is_no_caption_credit():
    for line in SLASH_HEADINGS:
        assert not caption_credit(line, DEFAULT), line
    for line in SLASH_CREDITS:
        assert caption_credit(line, DEFAULT), line


def test_clean_body_kept_slash_heading_stays_in_a_whole_page():
    p, menu, foot = list(page_lines.P), list(page_lines.MENU), list(page_lines.FOOT)
    for heading in SLASH_HEADINGS[:2] + SLASH_HEADINGS[3:4]:
        page = [*menu, "Kabinett beschließt Energiegesetz", p[0], p[1], heading, p[2], p[3], *foot]
        out = clean_text("\n".join(page)).text
        assert heading in out and all(x in out for x in p), heading
    page = [*menu, "Kabinett beschließt Energiegesetz", p[0], p[1], SLASH_CREDITS[0], p[2], p[3], *foot]
    out = clean_text("\n".join(page)).text
    assert SLASH_CREDITS[0] not in out and all(x in out for x in p)


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöü", min_size=2, max_size=10)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, min_size=4, max_size=8), st.lists(_WORD, min_size=1, max_size=3))
def test_clean_body_kept_a_question_is_never_a_slash_credit(head, tail):
    """Any '<words> / <words>?' heading, capitalised or not, is no caption credit."""
    line = " ".join(w.capitalize() for w in head) + " / " + " ".join(w.capitalize() for w in tail) + "?"
    assert not caption_credit(line, DEFAULT)
    assert not caption_credit(line.lower(), DEFAULT)


def test_clean_body_kept_many_calls_in_a_line_read_linearly():
    """Each sign-up verb reads only its own clause (a quadratic reading took ~80 s on this line; linear ~0.1 s)."""
    from newsdesk.clean.rules import _site_prompt
    from newsdesk.clean.signup import bare_call

    line = "sign up you " + "sign up " * 20000 + "now."
    assert _site_prompt(line, DEFAULT) is False  # no call is bare in a clause of 40,000 words, none names the site
    assert bare_call(line, 0, 7, 4) is False and bare_call("Sign up now.", 0, 7, 4) is True
