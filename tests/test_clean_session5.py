"""Cleaning rules of session 5 (issue 14), each with the case that fails without it: soft hyphens kept as written
(ftfy keeps them), the head of a whole page's article (a standfirst without a full stop above the byline) kept,
tag/category/author labels and source credits in other languages, short lines after the article's last paragraph."""

from test_clean_page import MENU, P1, P2, P3  # the German page fixtures: one copy

from newsdesk.clean import CorpusStats, clean_text
from newsdesk.clean.rules import classify_line, credit_of
from newsdesk.clean.text import repair, word_count

FOOT = ["Impressum", "Datenschutz", "Kontakt", "AGB", "Cookie-Einstellungen"]  # no copyright line: every item is junk


def test_clean_soft_hyphen_is_kept_as_written():
    word = "Bun\u00addes\u00adre\u00adgie\u00adrung"
    assert repair(f"Die {word} tagt.") == f"Die {word} tagt."
    assert word_count(word) == 1
    assert word in clean_text(P1.replace("Bundesregierung", word)).text


def test_clean_page_keeps_the_standfirst_above_the_byline():
    standfirst = "Mehr Wind- und Solarstrom soll den Ausbau der Netze in allen Ländern beschleunigen"
    raw = "\n".join([*MENU, "Kabinett beschließt Energiegesetz", standfirst, "Von Anna Beispiel", "12.03.2024",
                     "Teilen", P1, P2, P3, *FOOT])
    c = clean_text(raw)
    assert standfirst in c.text
    assert P1 in c.text and P3 in c.text
    for junk in MENU + FOOT + ["Teilen"]:
        assert junk not in c.text.split("\n\n")


def test_clean_labels_and_source_credits_in_other_languages():
    for line in ("Schlagwörter: Energie, Politik, Bundestag", "Kategorie: Alle Blogposts, Artikel, Blog",
                 "Themen: Formel-1-Saison 2022, Pierre Gasly", "Autorin: Alys Arden", "Etiquetas: política, economía",
                 "Mots-clés : énergie, climat"):
        assert classify_line(line, site=[]) == "label", line
    for line in ("Quelle: Landesregierung Hessen", "Źródło: Rzeczpospolita", "Fuente: EFE"):
        assert credit_of(line) == line
    c = clean_text("\n\n".join([P1, P2, "Quelle: Verbraucherzentrale NRW", "Schlagwörter: Energie, Netze"]))
    assert c.text == "\n\n".join([P1, P2])
    assert "Quelle: Verbraucherzentrale NRW" in c.credits


def test_eval_cleaning_counts_recurring_lines_that_survive():
    from newsdesk.eval.cleaning import recurring_survived

    body = [f"{P1} Fall {k}." for k in range(6)]
    docs = [(f"{k}.txt", f"{b}\n\nAbonnieren Sie unseren Newsletter\n\nMehr Nachrichten") for k, b in enumerate(body)]
    stats = CorpusStats()
    for _, t in docs:
        stats.add("g", t)
    share, occurrences = recurring_survived(docs, stats, "g")
    assert occurrences == 12  # two recurring lines in each of 6 files; the bodies differ
    assert 0.0 <= share <= 1.0
    assert share == sum(line in clean_text(t, stats=stats, group="g").text for _, t in docs
                        for line in ("Abonnieren Sie unseren Newsletter", "Mehr Nachrichten")) / 12


def test_clean_short_lines_after_the_articles_last_paragraph_are_the_page_foot():
    long = [f"{P1} {P2}", f"{P2} {P3}", f"{P3} {P1}"]  # three paragraphs of >= 40 words
    raw = "\n\n".join([*long, "Schöne Dinge, Plattformen", "Teilen auf Mastodon", "Anna Beispiel",
                       "Mehr zum Thema Energie"])
    c = clean_text(raw)
    assert c.text == "\n\n".join(long)
    # the same lines among the paragraphs stay (a subheading), and so does a quotation after the last one
    inside = "\n\n".join([long[0], "Schöne Dinge, Plattformen", long[1], long[2], "„Wir sind bereit“"])
    assert clean_text(inside).text == inside
    # a short sentence, and a subheading with prose below it, after the last long paragraph are the article's
    end = "\n\n".join([*long, "Williams agreed.", "Protections found lacking",
                        "The council will vote on the plan again next month, officials said."])
    assert clean_text(end).text == end
