"""Crawler field dumps (label line, value line ...): labels and links never reach the text, the title and the date
are read by what the values look like, in any language of labels."""

import random

from newsdesk.clean import CorpusStats, clean_text
from newsdesk.dates.publication import date_text
from newsdesk.model import RawDoc
from newsdesk.prepare import prepare

BODY = [
    "Defence Minister Rajnath Singh on Friday met his Russian counterpart in New Delhi to review the pending "
    "deliveries of air defence systems, officials said.",
    "The two sides also discussed joint production of spare parts, according to a statement issued after the talks.",
    "The next round of talks is expected to be held in Moscow later this year.",
]


def _dump(n: int, labels=("Title", "Link", "Date & Time", "Text")) -> str:
    rng = random.Random(n)
    day = rng.randint(1, 28)
    body = BODY[:2] + [f"Story {n}: " + BODY[2]]
    title, link, when, text = labels
    return "\n".join([title, f"Minister holds talks on defence deliveries {n}", link,
                      f"https://news.example.in/india/story-{n}.html", when,
                      f"Updated: Dec {day}, 2018, 16:07 IST", text, *body]) + "\n"


def _group(k=8):
    docs = [_dump(n) for n in range(k)]
    stats = CorpusStats()
    for d in docs:
        stats.add("site", d)
    return docs, stats


def test_clean_fields_labels_and_link_leave_the_text_with_corpus_evidence():
    docs, stats = _group()
    for n, raw in enumerate(docs):
        c = clean_text(raw, stats=stats, group="site")
        for junk in ("Title", "Link", "Date & Time", "Text", "https://news.example.in", "Updated:"):
            assert junk not in c.text.split("\n")[0] and junk + "\n" not in c.text + "\n"
        assert "https://" not in c.text and "Updated:" not in c.text
        assert c.text.startswith(BODY[0]) and c.text.rstrip().endswith(BODY[2])
        assert c.title == f"Minister holds talks on defence deliveries {n}"


def test_clean_fields_date_value_dates_the_article():
    docs, stats = _group()
    raw = docs[3]
    art = prepare("a1", RawDoc(path="x.txt", external_id="x", fmt="txt", text=raw, group="site"), stats, "now")
    day = int(raw.split("Updated: Dec ")[1].split(",")[0])
    assert art.published == f"2018-12-{day:02d}"
    assert art.title.startswith("Minister holds talks")


def test_clean_fields_other_language_labels_alone_in_a_file():
    raw = _dump(1, labels=("Titel", "Adresse", "Datum", "Inhalt"))
    c = clean_text(raw)
    assert c.text.split("\n")[0] == BODY[0]
    assert "Adresse" not in c.text and "https://" not in c.text and "Inhalt" not in c.text
    day = int(raw.split("Updated: Dec ")[1].split(",")[0])
    assert date_text(raw, c).published == f"2018-12-{day:02d}"


def test_clean_fields_an_article_with_short_label_lines_is_no_dump():
    raw = "\n\n".join([BODY[0], "Tags:", "defence, Russia", "Share:", "Twitter", BODY[1], BODY[2]])
    c = clean_text(raw)
    assert BODY[0] in c.text and BODY[1] in c.text and BODY[2] in c.text
