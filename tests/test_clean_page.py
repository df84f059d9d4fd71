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
