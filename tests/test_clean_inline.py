"""Issue 14 (inline, session 9): notes about the page before or between the article's paragraphs go.

clean/inline.py reads what a line says about the page rather than the story: a disclosure of the page's paid links
("This post contains references to products from one or more of our advertisers ...") in any of the cue set's
languages; the writer's bio ("Jane Roe teaches history at ... She is ..."). Prose about advertising or sponsors, and
news paragraphs that open with a name, stay; a link to another story under a look/read label in another language
("MIRA: <headline>") or between arrows; a call that opens with the imperative to sign up; a short liability note. Hand-written texts, none from a dev set."""

from article_lines import COUNCIL, paragraphs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.inline import is_arrow_link, is_bio, is_disclaimer, is_disclosure, is_link_label, is_signup_call
from newsdesk.settings import DEFAULT

ARTICLE = [
    *COUNCIL,
    "The bridge's sponsor in the council, who ran an advertising agency before her election, called the vote a "
    "victory for the east side and its shops.",
    "Werbung auf den Bussen der Stadt soll einen Teil der Kosten decken, sagte der Kämmerer am Dienstag.",
]
DISCLOSURES = [
    "This post contains affiliate links. We may receive a commission when you buy through links on this page.",
    "Advertising disclosure: we may receive compensation for some of the links in our stories.",
    "*Werbung. Dieser Beitrag enthält Werbung für eine Marke, die wir mögen.",
    "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.",
    "Bei den Verlinkungen handelt es sich um Affiliate Links.",
    "Cet article contient des liens sponsorisés : nous recevons une publicité rémunérée.",
    "Este artículo contiene enlaces de afiliados.",
]
BIOS = [
    "Jane Roe teaches history at the University of Springfield. She is a co-founder of the city's archive and "
    "edits its yearbook.",
    "Hans Muster leitet das Ressort Politik bei der Zeitung. Er studierte Geschichte in Bern und war Korrespondent "
    "in Paris.",
    "John Doe is a personal finance writer who has covered credit cards for a decade. He is a former tax adviser.",
]
NEWS_WITH_NAMES = [
    "Mary Major is the new mayor of Springfield. She won the vote on Sunday, \"a day for the east side\", she said.",
    "Mary Major said on Tuesday that the bridge would reopen in the autumn. The council had voted for it in June.",
    "Der Finanzausgleich ist Ausdruck der gemeinsamen Verantwortung. Er soll Nachteile wettmachen.",
]
LINK_LABELS = [
    "MIRA: Vecinos de la zona norte piden un nuevo puente sobre el río",
    "PUEDES VER: ¿Cuándo reabre el puente de la calle Elm?",
    "Dowiedz się więcej: Kto zapłaci za nowy most w mieście",
    "Mehr dazu: Brücke in der Oststadt bleibt bis August gesperrt",
]
ARROW_LINKS = [">> Brücke in der Oststadt bleibt bis August gesperrt <<", ">>> Bridge to reopen before the snow <<<"]
SIGNUPS = [
    "Sign up to get the best stories of the week, and the council's agenda, as picked by the editors.",
    "Abonniere unseren Newsletter und verpasse keine Nachricht aus der Stadt.",
    "Suscríbase para acceso digital ilimitado por dos meses.",
]
DISCLAIMERS = ["(Alle Angaben ohne Gewähr)", "Errors and omissions excepted.", "Sous réserve de modifications."]


def test_clean_inline_disclosure_before_and_between_paragraphs_goes():
    for note in DISCLOSURES:
        for at in (0, 1, 2):
            c = clean_text(paragraphs(ARTICLE[:at] + [note] + ARTICLE[at:]))
            assert c.text.split("\n\n") == ARTICLE, note
            assert [r.text for r in c.removed if r.reason == "disclosure"] == [note]


def test_clean_inline_disclosure_stays_with_the_rule_off():
    off = DEFAULT.replace(CLEAN_DISCLOSURE_MAX_WORDS=0)
    c = clean_text(paragraphs(ARTICLE[:1] + [DISCLOSURES[0]] + ARTICLE[1:]), settings=off)
    assert DISCLOSURES[0] in c.text.split("\n\n")


def test_clean_inline_prose_about_advertising_is_no_disclosure():
    for line in ARTICLE:
        assert not is_disclosure(line, DEFAULT)
    assert not is_disclosure("\"We will not take a commission on links to this page,\" the minister said.", DEFAULT)
    assert not is_disclosure("La commission a publié cet article de loi sur notre site.", DEFAULT)
    long_note = DISCLOSURES[0] + " " + " ".join(["word"] * DEFAULT.CLEAN_DISCLOSURE_MAX_WORDS)
    assert not is_disclosure(long_note, DEFAULT)


def test_clean_inline_bio_before_and_between_paragraphs_goes():
    for bio in BIOS:
        for at in (0, 2):
            c = clean_text(paragraphs(ARTICLE[:at] + [bio] + ARTICLE[at:]))
            assert c.text.split("\n\n") == ARTICLE, bio
            assert [r.text for r in c.removed if r.reason == "bio"] == [bio]


def test_clean_inline_bio_stays_with_the_rule_off():
    off = DEFAULT.replace(CLEAN_BIO_MAX_WORDS=0)
    c = clean_text(paragraphs(ARTICLE[:1] + [BIOS[0]] + ARTICLE[1:]), settings=off)
    assert BIOS[0] in c.text.split("\n\n")


def test_clean_inline_news_opening_with_a_name_is_no_bio():
    for line in NEWS_WITH_NAMES + ARTICLE:
        assert not is_bio(line, DEFAULT), line
    c = clean_text(paragraphs(ARTICLE[:1] + NEWS_WITH_NAMES + ARTICLE[1:]))
    assert c.text.split("\n\n") == ARTICLE[:1] + NEWS_WITH_NAMES + ARTICLE[1:]


def test_clean_inline_link_label_between_paragraphs_goes():
    for label in LINK_LABELS:
        c = clean_text(paragraphs(ARTICLE[:2] + [label] + ARTICLE[2:]))
        assert c.text.split("\n\n") == ARTICLE, label


def test_clean_inline_link_label_stays_with_the_rule_off():
    off = DEFAULT.replace(CLEAN_LINK_LABEL_MAX_WORDS=0)
    c = clean_text(paragraphs(ARTICLE[:2] + [LINK_LABELS[0]] + ARTICLE[2:]), settings=off)
    assert LINK_LABELS[0] in c.text.split("\n\n")


def test_clean_inline_label_over_a_sentence_is_no_link():
    assert not is_link_label("Mira: el puente reabrirá en agosto, según el alcalde.", DEFAULT)
    assert not is_link_label("Ver: " + " ".join(["palabra"] * (DEFAULT.CLEAN_LINK_LABEL_MAX_WORDS + 1)), DEFAULT)
    assert not is_link_label("Mirador: nuevo puente", DEFAULT)


def test_clean_inline_arrow_link_signup_and_disclaimer_between_paragraphs_go():
    for line in ARROW_LINKS + SIGNUPS + DISCLAIMERS:
        c = clean_text(paragraphs(ARTICLE[:2] + [line] + ARTICLE[2:]))
        assert c.text.split("\n\n") == ARTICLE, line
    assert [r.reason for r in clean_text(paragraphs(ARTICLE[:2] + [SIGNUPS[0]] + ARTICLE[2:])).removed] == ["signup"]


def test_clean_inline_arrow_link_signup_and_disclaimer_stay_with_the_rules_off():
    off = DEFAULT.replace(CLEAN_LINK_LABEL_MAX_WORDS=0, CLEAN_PROMPT_MAX_WORDS=0, CLEAN_SHORT_LINE_WORDS=0)
    for line in (ARROW_LINKS[0], SIGNUPS[0], DISCLAIMERS[0]):
        assert not (is_arrow_link(line, off) or is_signup_call(line, off) or is_disclaimer(line, off)), line


def test_clean_inline_prose_is_no_arrow_link_signup_or_disclaimer():
    prose = ["« Le pont rouvrira en août », a dit le maire.", "Registered voters can sign up at the town hall.",
             "Joining the council in 2019, she signed up for the bridge committee.",
             "\"Subscribe to our plan or the bridge stays shut,\" the mayor told the state.",
             "The contractor gave its estimate without any guarantee that steel prices would hold through the summer "
             "and autumn, the engineer said."]
    for line in prose + ARTICLE:
        assert not (is_arrow_link(line, DEFAULT) or is_signup_call(line, DEFAULT) or is_disclaimer(line, DEFAULT)), line


# Review of 7ee713c / 6235d5f (session 9): real article paragraphs the first rules took
NEWS_ABOUT_PEOPLE = [  # a feature's or a news story's introduction of a person it is about: no writer's role, or past
    "Maria Lopez is a nurse at the county hospital who lost her house in the flood. She now lives with her two "
    "children in a motel room paid for by a charity.",
    "Tom Becker was a retired teacher who had lived in the valley all his life. He drowned when the water reached "
    "his basement.",
    "Anna Weber was a reporter at the Gazette for thirty years. She died on Sunday at the age of 81.",
]
NEWS_ABOUT_SPONSORS = [  # a past-tense report on someone else's sponsored post, not THIS page's disclosure
    "The Instagram post was sponsored by the supplement maker, which paid the influencer, our investigation found.",
    "Facebook will no longer let advertisers target users by the pages they follow, and this change takes effect in "
    "March.",
]
EXPLAINER_STEPS = [  # an explainer's imperative steps: the object is no product of the page
    "Register to vote online before 16 April; it takes about five minutes and you need your National Insurance "
    "number.",
    "Join the queue before 10pm on polling day: anyone waiting at that time is still allowed to vote.",
]


def test_clean_inline_news_about_a_person_or_a_sponsor_and_an_explainers_steps_stay():
    for line in NEWS_ABOUT_PEOPLE:
        assert not is_bio(line, DEFAULT), line
    for line in NEWS_ABOUT_SPONSORS:
        assert not is_disclosure(line, DEFAULT), line
    for line in EXPLAINER_STEPS:
        assert not is_signup_call(line, DEFAULT), line
    kept = NEWS_ABOUT_PEOPLE + NEWS_ABOUT_SPONSORS + EXPLAINER_STEPS
    c = clean_text(paragraphs(ARTICLE[:1] + kept + ARTICLE[1:]))
    assert c.text.split("\n\n") == ARTICLE[:1] + kept + ARTICLE[1:]


def test_clean_inline_the_writers_role_makes_the_bio():
    """The same shape goes only with the writer's role (writing, editing; teaching at a university)."""
    assert is_bio("Maria Lopez is a reporter at the county paper who covers the hospital. She lives in the valley.",
                  DEFAULT)
    assert not is_bio("Maria Lopez teaches maths at the village school. She lost her house in the flood.", DEFAULT)
    assert is_bio("Maria Lopez teaches maths at the University of Springfield. She lives in the valley.", DEFAULT)
    assert is_disclosure("This post was sponsored by the supplement maker.", DEFAULT)
    assert is_signup_call("Register now", DEFAULT) and is_signup_call("Join our mailing list before 16 April.", DEFAULT)


_JUNK = st.sampled_from(DISCLOSURES + BIOS + LINK_LABELS + ARROW_LINKS + SIGNUPS + DISCLAIMERS)
# the property's article is in one language: ARTICLE's German line ('Werbung auf den Bussen ...') as the last paragraph
# of the English story, under German notes ('Abonniere unseren Newsletter', 'Mehr dazu: ...'), is a foreign tail or
# the other language's closing run by design (clean/foreign, closing_after_mark; propfix, session 11: 3-4 of 3,000
# random examples); the German line among English paragraphs is checked by the tests above
EN_ARTICLE = [a for a in ARTICLE if not a.startswith("Werbung")]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(EN_ARTICLE), min_size=1, max_size=5, unique=True),
       st.lists(st.tuples(st.integers(0, 5), _JUNK), max_size=4))
def test_clean_inline_no_article_line_lost_and_idempotent(article, junk):
    """Page notes inserted anywhere go; every article line stays, in its order; cleaning is idempotent."""
    lines = list(article)
    for at, note in junk:
        lines.insert(min(at, len(lines)), note)
    c = clean_text(paragraphs(lines))
    assert c.text.split("\n\n") == article  # every disclosure goes, no article line is lost, the order stays
    assert clean_text(c.text).text == c.text


@settings(deadline=None)
@given(st.text(max_size=300))
def test_clean_inline_never_raises(s):
    assert is_disclosure(s, DEFAULT) in (True, False)
    assert is_bio(s, DEFAULT) in (True, False)
    assert is_link_label(s, DEFAULT) in (True, False)
    assert is_arrow_link(s, DEFAULT) in (True, False)
    assert is_signup_call(s, DEFAULT) in (True, False)
    assert is_disclaimer(s, DEFAULT) in (True, False)
