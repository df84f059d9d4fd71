"""Whole-page scrapes: menus, teaser lists and footers go by shape (runs of short lines), in any language; the
article's paragraphs stay; a file that is an article alone is not treated as a page."""

from newsdesk.clean import clean_text
from newsdesk.clean.page import article_spans, is_whole_page

P1 = ("Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen, das den "
      "Ausbau von Wind- und Solaranlagen in den kommenden Jahren deutlich beschleunigen soll, sagte der Minister.")
P2 = ("Kritiker bemängelten jedoch, dass die vorgesehenen Mittel nicht ausreichen würden, um die Ziele bis zum Ende "
      "des Jahrzehnts zu erreichen, und forderten weitere Nachbesserungen im parlamentarischen Verfahren.")
P3 = ("Der Bundestag soll sich noch vor der Sommerpause mit dem Entwurf befassen, wie aus Koalitionskreisen verlautete, "
      "und die Länder haben bereits eigene Vorschläge angekündigt.")
MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Anmelden", "Suche", "Newsletter"]
FOOT = ["Impressum", "Datenschutz", "Kontakt", "AGB", "Cookie-Einstellungen", "© 2024 Beispiel Medien GmbH"]
TEASERS = ["Mehr aus Politik", "Koalition streitet über Haushalt", "Neue Umfrage sieht Union vorn",
           "Landtag wählt neuen Präsidenten"]


def test_clean_page_menus_teasers_footer_go_article_stays():
    raw = "\n".join([*MENU, "Kabinett beschließt Energiegesetz", P1, "Lesen Sie auch:", "Streit um Windräder", P2,
                     P3, *TEASERS, *FOOT])
    c = clean_text(raw)
    for para in (P1, P2, P3):
        assert para in c.text
    for junk in [*MENU, *TEASERS, *FOOT, "Lesen Sie auch:"]:
        assert junk not in c.text.split("\n")
    assert any(r.reason == "page" for r in c.removed)


def test_clean_page_article_alone_is_not_a_page():
    lines = [P1, P2, "Die Reaktionen", P3]
    assert not is_whole_page(lines)
    assert clean_text("\n\n".join(lines)).text == "\n\n".join(lines)


def test_clean_page_two_parts_of_a_body_around_a_gallery_both_stay():
    gallery = [f"Bild {k} von 12" for k in range(1, 9)]
    lines = [*MENU, P1, P2, *gallery, P3, P2.replace("Kritiker", "Experten"), *FOOT]
    spans = article_spans(lines)
    kept = {i for a, b in spans for i in range(a, b)}
    assert {lines.index(P1), lines.index(P3)} <= kept
    assert not kept & {lines.index(g) for g in gallery}


def test_clean_page_sidebar_bio_beside_a_long_article_goes():
    body = [P1, P2, P3] * 4
    bio = ("Die Autorin schreibt seit vielen Jahren über Energiepolitik und Klimaschutz, lebt mit ihrer Familie in "
           "Berlin und wandert in ihrer Freizeit gern durch die Berge Südtirols, wenn sie nicht gerade an einem "
           "neuen Buch über die Geschichte der Windkraft arbeitet oder Vorträge hält.")
    lines = [*MENU, "Kabinett beschließt Energiegesetz", *body, *FOOT, *TEASERS, bio, *FOOT]
    c = clean_text("\n".join(lines))
    for para in (P1, P2, P3):
        assert para in c.text
    assert bio not in c.text


LEAD = ("Die Koalition hat sich nach wochenlangem Streit auf ein Energiegesetz geeinigt, das den Ausbau von Wind- und "
        "Solaranlagen beschleunigen und die Netze entlasten soll.")
BIO = ("Die Autorin schreibt seit vielen Jahren über Energiepolitik und Klimaschutz und lebt mit ihrer Familie in "
       "Berlin, wo sie an einem Buch über die Windkraft arbeitet.")


def test_clean_page_lead_under_the_headline_stays():
    """The lead printed under the headline, apart from the body by the byline, date, share bar and a caption, is
    the article's (CLEAN_PAGE_LEAD_LINES); without the rule the lone paragraph is too light to be a run."""
    from newsdesk.settings import DEFAULT

    byline = ["Von Anna Beispiel", "12.03.2024, 10:15 Uhr", "Teilen", "Drucken", "Merken", "Foto: dpa"]
    lines = [*MENU, "Kabinett beschließt Energiegesetz", LEAD, *byline, *([P1, P2, P3] * 3), *FOOT]
    assert LEAD in clean_text("\n".join(lines)).text
    assert LEAD not in clean_text("\n".join(lines), settings=DEFAULT.replace(CLEAN_PAGE_LEAD_LINES=0)).text


def test_clean_page_light_tail_after_the_share_bar_goes():
    """After the article's last stretch of furniture lines (share bar, tags), a bio that weighs little beside the
    article is cut with that stretch (CLEAN_PAGE_TAIL_GAP_LINES); without the rule it joins the article's run."""
    from newsdesk.settings import DEFAULT

    lines = [*MENU, "Kabinett beschließt Energiegesetz", *([P1, P2, P3] * 3), "Teilen", "Drucken", BIO, *FOOT]
    c = clean_text("\n".join(lines))
    assert BIO not in c.text and P3 in c.text and "Teilen" not in c.text
    assert BIO in clean_text("\n".join(lines), settings=DEFAULT.replace(CLEAN_PAGE_TAIL_GAP_LINES=0)).text


def test_clean_page_later_section_after_subheadings_stays():
    """A later section of the article after a stretch of short lines weighs more than the tail share: it stays."""
    lines = [*MENU, "Kabinett beschließt Energiegesetz", P1, P2, "Die Reaktionen", "Was Kritiker sagen", P3, P2, P1,
             *FOOT]
    c = clean_text("\n".join(lines))
    assert P3 in c.text and P1 in c.text
