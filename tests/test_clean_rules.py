"""Plain-text cleaning: each junk kind of the spec goes, bodies and quotations stay."""

import pytest

from newsdesk.clean import CorpusStats, clean_text, repair
from newsdesk.clean.rules import classify_line, peel_tail, site_keys

BODY = [
    "Boeing has unveiled a new ultra-long range version of its 777 airliner, capable of flying non-stop.",
    "The 777-200LR can fly for 9,420 nautical miles with 301 passengers onboard, the company said.",
]


def _clean(*lines, **kw):
    return clean_text("\n".join(lines), **kw)


def _reasons(c):
    return sorted({r.reason for r in c.removed})


@pytest.mark.parametrize("junk,reason", [
    ("ADVERTISEMENT", "ad"),
    ("Story continues below advertisement", "ad"),
    ("Share this article", "label"),
    ("Facebook Twitter WhatsApp Email", "share"),
    ("Follow us on Twitter for the latest updates.", "share"),
    ("Subscribe to our newsletter", "share"),
    ("Tags:", "label"),
    ("Posted:", "label"),
    ("Filed under: Business, Aviation", "label"),
    ("Read more at example-news.com", "read_more"),
    ("Click here to read the full story on our website.", "read_more"),
    ("March 5, 2021 09:12 am | Updated 11:40 am EST", "timestamp"),
    ("5 min read", "timestamp"),
    ("PHOTO: Workers on the assembly line in Everett.", "caption"),
    ("MH/PA", "code"),
    ("© 2021 Example Media Ltd. All rights reserved.", "licence"),
    ("We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
     "consent"),
    ("This website uses cookies to ensure you get the best experience.", "consent"),
    ("Accept all cookies", "consent"),
    ("Manage preferences", "consent"),
    ("Already a subscriber? Log in", "paywall"),
    ("Subscribe to continue reading.", "paywall"),
    ("You have reached your limit of free articles this month.", "paywall"),
    ("This article is for subscribers only.", "paywall"),
])
def test_clean_drops_junk_line(junk, reason):
    c = _clean(BODY[0], junk, BODY[1])
    assert c.text == BODY[0] + "\n\n" + BODY[1]
    assert [r.reason for r in c.removed] == [reason]
    assert c.removed[0].text == junk


@pytest.mark.parametrize("line", [
    "“We will fight this.”",
    '"No," she said.',
    "Follow the money, the senator said.",
    "More and more experts are sharing their diagnoses to warn the public",
    "The statement read:",
    "Share prices fell 3% on Monday after the announcement of the merger.",
    "Google said it would stop using third-party cookies in Chrome next year.",
    "The regulator fined the company for its cookie policy, which it said broke EU law.",
    "Already a member of the European Union, Croatia joined the euro in 2023.",
    "Subscribers to the service will pay $10 a month.",
    "The paper said it had reached its limit of patience with the government.",
])
def test_clean_keeps_body_lines_that_look_short_or_use_junk_words(line):
    c = _clean(BODY[0], line, BODY[1])
    assert line in c.text.split("\n\n")
    assert c.removed == ()


def test_clean_template_tokens_removed_inline_and_whole():
    c = _clean(BODY[0] + " {{ related_links }}", "[image]", '<img src="/a.jpg" alt="x">', BODY[1])
    assert c.text == BODY[0] + "\n\n" + BODY[1]
    assert _reasons(c) == ["template"]


@pytest.mark.parametrize("agency", ["Reuters", "AFP", "The Associated Press", "Xinhua", "AP"])
def test_clean_bare_agency_line_becomes_credit(agency):
    c = _clean(BODY[0], agency, BODY[1])
    assert c.text == BODY[0] + "\n\n" + BODY[1]
    assert c.credits == (agency,)
    kept = _clean(BODY[0], f"{agency} reported the deal on Monday.", BODY[1])  # a sentence naming it stays
    assert kept.credits == () and f"{agency} reported the deal on Monday." in kept.text


def test_clean_credit_lines_become_credits():
    c = _clean(*BODY, "(With inputs from Reuters)", "with agency inputs")
    assert c.credits == ("(With inputs from Reuters)", "with agency inputs")
    assert c.text == "\n\n".join(BODY)


def test_clean_related_tail_cut_to_the_end():
    other = "Apple Corps has filed a lawsuit against Apple Computer in a London court this week."
    c = _clean(*BODY, "Related", "Apple Corps sues Apple Computer", other, "Second headline here", other + " Again.")
    assert c.text == "\n\n".join(BODY)
    assert {r.reason for r in c.removed} == {"tail"}
    assert len(c.removed) == 5


def test_clean_inline_also_read_link_drops_only_that_line():
    c = _clean(BODY[0], "Also read: Apple unveils iPod nano", BODY[1])
    assert c.text == "\n\n".join(BODY)
    assert [r.text for r in c.removed] == ["Also read: Apple unveils iPod nano"]


def test_clean_cascade_suffix_lines_are_repeats():
    p1, p2, p3 = BODY[0], BODY[1], "Deliveries will begin next year, a spokesman for the manufacturer added."
    raw = f"{p1} {p2} {p3}\n                  {p2} {p3}\n                  {p3}"
    c = clean_text(raw)
    assert c.text == f"{p1} {p2} {p3}"
    assert [r.reason for r in c.removed] == ["repeat", "repeat"]


def test_clean_repeated_sentence_run_second_copy_cut():
    run = "Nader Shah is widely considered one of the most powerful rulers. He took power in a period of chaos."
    c = clean_text(f"{BODY[0]} {run} {run} {BODY[1]}")
    assert c.text == f"{BODY[0]} {run} {BODY[1]}"


def test_clean_single_repeated_sentence_is_kept():
    quote = "“The will of our nations is strong.”"
    raw = f"{BODY[0]} He said {quote} Later he repeated: {quote} {BODY[1]}"
    assert clean_text(raw).text == " ".join(raw.split())


def test_clean_tail_peel_footer_code_caption():
    last = BODY[1] + " PHOTO: A view of the plant. AFM/MQ/MG All Content by Example News Agency is licensed " \
                     "under a Creative Commons Attribution 4.0 International License."
    c = _clean(BODY[0], last)
    assert c.text == "\n\n".join(BODY)
    assert [r.reason for r in c.removed] == ["licence", "code", "caption"]
    assert c.removed[1].text == "AFM/MQ/MG"


def test_clean_peel_tail_end_marker_and_source_credit():
    rest, cuts = peel_tail(BODY[1] + " (Source: BBC) END MNA")
    assert rest == BODY[1]
    assert cuts == [("END MNA", "code"), ("(Source: BBC)", "credit")]


def test_clean_site_name_line_from_group():
    assert site_keys("www.northwindgazette.com") == ["northwindgazette"]
    assert site_keys("articles") == []
    assert classify_line("Northwind Gazette | World", site=["northwindgazette"]) == "site_name"
    assert classify_line("northwind-gazette.com | World", site=[]) == "site_name"


def test_clean_header_prefix_removed_and_recorded():
    c = clean_text(" date 2021-03-05 " + BODY[0] + "\n" + BODY[1])
    assert c.text == "\n\n".join(BODY)
    assert c.removed[0].reason == "header" and c.removed[0].text == "date 2021-03-05"


def test_clean_dateline_alone_joins_next_paragraph():
    c = clean_text("TEHRAN - \n" + BODY[0])
    assert c.text == "TEHRAN - " + BODY[0]


def test_clean_hard_wrapped_lines_rejoined():
    c = clean_text("Boeing has unveiled a new version of its\n777 airliner, capable of flying\nnon-stop.\n\n" + BODY[1])
    assert c.text.split("\n\n")[0] == "Boeing has unveiled a new version of its 777 airliner, capable of flying non-stop."


def test_clean_repair_mojibake_controls_and_spaces():
    assert repair("Appleâ€™s â€œTigerâ€\x9d cafÃ©") == "Apple’s “Tiger” café"
    assert repair("a\u00a0b\u200bc\x1a\x00d\r\ne") == "a bcd\ne"
    assert repair("“curly” ﬁne") == "“curly” ﬁne"  # correct text is left alone


def test_clean_title_and_lang():
    c = clean_text("Boeing unveils long-range 777\n\n" + "\n\n".join(BODY * 3))
    assert c.title == "Boeing unveils long-range 777"
    assert c.lang == "en"
    assert clean_text("Tak. Nie.").lang is None


def test_clean_corpus_recurring_line_is_boilerplate():
    stats = CorpusStats()
    topics = ["airliners", "engines", "tankers", "runways", "pilots", "cargo"]
    docs = [f"Weather for Lisbon: 14 C, light rain\nStory about {t} is here.\nA paragraph says the {t} were late."
            for t in topics]
    for d in docs:
        stats.add("gazette", d)
    assert stats.is_boilerplate("gazette", "Weather for Lisbon: 15 C, light rain")  # digits do not matter
    assert not stats.is_boilerplate("other", "Weather for Lisbon: 14 C, light rain")
    c = clean_text(docs[0], stats=stats, group="gazette")
    assert c.text.startswith("Story about airliners")
    assert c.removed[0].reason == "boilerplate"
    assert clean_text(docs[0]).text.startswith("Weather for Lisbon")  # without corpus evidence it stays


def test_clean_corpus_glued_footer_sentence_removed():
    stats = CorpusStats()
    for t in ["airliner", "tanker", "engine", "runway", "pilot", "cargo"]:
        stats.add("g", f"This story is about a {t}. Copyleft notice of the Gazette network.")
    c = clean_text("This story is about a drone. Copyleft notice of the Gazette network.", stats=stats, group="g")
    assert c.text == "This story is about a drone."


def test_clean_corpus_rows_round_trip_and_add_up():
    a, b = CorpusStats(), CorpusStats()
    for i in range(3):
        a.add("g", f"Shared furniture line\nBody {i} one.")
        b.add("g", f"Shared furniture line\nBody {i} two.")
    a.add("g", "Shared furniture line\nBody 0 one.")  # the same document twice counts once
    merged = CorpusStats.from_rows(a.to_rows() + b.to_rows())
    assert merged.docs("g") == 6
    assert merged.count("g", "shared  FURNITURE line") == 6
    assert ("g", "", 3) in a.to_rows()
    assert CorpusStats.from_rows(merged.to_rows()).to_rows() == merged.to_rows()


def test_clean_empty_and_junk_only_text():
    assert clean_text("").text == ""
    assert clean_text("ADVERTISEMENT\nShare this article").text == ""


# page furniture that names itself: a caption ending in its photo credit, the site's own prompts (any language)
CAPTIONS = [
    "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
    "Este juicio comprende también a los acusados excongresistas, entre otros actores políticos. (Foto: Andina)",
    "Le piquet de grève dans le hall de l’université / (C) Kab Niang",
    "One algorithm used as much energy as 3 nuclear plants produce in an hour.Photograph: Getty Images",
    "Foto: Christof Stache",
]
PROMPTS = [
    "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter – fünf Mal die Woche!",
    "Enter your email address to follow this blog and receive notifications of new posts by email.",
    "Votre adresse de messagerie est uniquement utilisée pour vous envoyer les lettres d'information.",
    "Um den Tipp kommentieren zu können, müssen Sie eingeloggt sein.",
]


@pytest.mark.parametrize(("line", "reason"), [(c, "caption") for c in CAPTIONS] + [(p, "prompt") for p in PROMPTS])
def test_clean_captions_and_site_prompts_go(line, reason):
    c = _clean(BODY[0], line, BODY[1])
    assert line not in c.text and reason in _reasons(c)
    assert BODY[0] in c.text and BODY[1] in c.text


@pytest.mark.parametrize("line", [
    "The photographer said the image was the best of her career, and the museum bought it.",
    "He bought the photo: a print of the harbour.",
    "„Das Bild: ein Fehler“, sagte die Ministerin am Montag vor Journalisten in Berlin.",
    "The company did not respond to a request for comment.",
    "He said the newsletter had 30,000 readers before the paper closed.",
    "„Wir haben keinen Newsletter“, sagte die Sprecherin am Montag.",
])
def test_clean_prose_about_photos_newsletters_and_comments_stays(line):
    assert line in _clean(BODY[0], line, BODY[1]).text


def test_clean_site_prompt_longer_than_the_limit_stays():
    from newsdesk.settings import DEFAULT

    line = "Enter your email address to follow this blog and receive notifications of new posts by email."
    assert line not in _clean(BODY[0], line, BODY[1]).text
    assert line in _clean(BODY[0], line, BODY[1], settings=DEFAULT.replace(CLEAN_PROMPT_MAX_WORDS=10)).text


def test_clean_prose_on_subscribers_that_addresses_nobody_stays():
    line = "Investors who subscribe to the industry's monthly sales report saw the steepest January drop in decades."
    assert line in _clean(BODY[0], line, BODY[1]).text


@pytest.mark.parametrize("line", [
    "DER SPIEGEL 52/2018 Alle Rechte vorbehalten Vervielfältigung nur mit Genehmigung",
    "ScienceBlogs ist ein geschütztes Markenzeichen. Alle Rechte vorbehalten.",
    "2022 - Todos los derechos reservados.",
    "Le Monde Afrique. Tous droits réservés.",
])
def test_clean_rights_notice_in_any_language_goes(line):
    c = _clean(BODY[0], BODY[1], line)
    assert line not in c.text and "licence" in _reasons(c)
    assert BODY[1] in c.text


def test_clean_rights_formula_in_a_quotation_stays():
    line = "„Alle Rechte vorbehalten“ stand auf dem Schild, sagte der Sprecher der Polizei am Montag."
    assert line in _clean(BODY[0], line, BODY[1]).text


# session 10 (probe3's p10 cases): a byline naming the role alone, a read-more line in Indonesian/Portuguese/Turkish
@pytest.mark.parametrize("line", ["By Staff Reporter", "By Our Special Correspondent", "By a Staff Writer"])
def test_clean_role_only_byline_goes(line):
    assert classify_line(line, site=[]) == "byline"
    c = _clean(line, BODY[0], BODY[1])
    assert line not in c.text and BODY[0] in c.text and BODY[1] in c.text


@pytest.mark.parametrize("line", ["By Monday the reporter had filed three stories.", "By train or by car, editors",
                                  "By Jane Doe"])
def test_clean_by_phrase_without_a_role_is_no_role_byline(line):
    assert classify_line(line, site=[]) != "byline"


@pytest.mark.parametrize("line", ["Baca juga: Harga minyak turun tipis jelang akhir pekan",
                                  "Leia também: Preço do petróleo cai antes do fim de semana",
                                  "İlgili Haberler: Petrol fiyatları hafta sonu öncesi düştü"])
def test_clean_read_also_line_in_more_languages_goes(line):
    c = _clean(BODY[0], line, BODY[1])
    assert line not in c.text and BODY[0] in c.text and BODY[1] in c.text
