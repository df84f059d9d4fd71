"""Crawler field dumps (label line, value line ...): labels and links never reach the text, the title and the date
are read by what the values look like, in any language of labels."""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# --- other layouts (session 6): same-line labels, labels with colons, other languages, fields after the text ------
def _layout(n: int, labels, date: str, *, same_line=False, order="tlds", extra=(), body_last=None) -> str:
    """One dump of story `n`: fields in `order` (t title, l link, d date, s text, 0/1.. the `extra` fields)."""
    values = {"t": f"Minister holds talks on defence deliveries {n}", "l": f"https://news.example.in/india/story-{n}.html",
              "d": date}
    body = _body(n) + ([body_last.format(n=n)] if body_last else [])
    lab = dict(zip("tlds", labels, strict=True))
    out: list[str] = []
    for k in order:
        if k == "s":
            out += [f"{lab['s']} {body[0]}", *body[1:]] if same_line else [lab["s"], *body]
        else:
            name, value = (lab[k], values[k]) if k in "tld" else extra[int(k)]
            out += [f"{name} {value}"] if same_line else [name, value]
    return "\n".join(out) + "\n"


def _body(n: int) -> list[str]:
    """Story n's paragraphs (each story its own sentences: shared ones would be corpus boilerplate)."""
    return [f"{BODY[0][:-1]}, in round {n}.", f"Round {n}: " + BODY[1], f"Story {n}: " + BODY[2]]


def _check(raw: str, n: int, c, day: str | None, title=True, last=None):
    lines = [ln for ln in c.text.split("\n") if ln.strip()]
    assert lines[0] == _body(n)[0] and lines[-1] == (last.format(n=n) if last else _body(n)[2])  # first and last body line kept
    assert "https://" not in c.text and "news.example.in" not in c.text
    assert not any(ln.rstrip(":： ") in {"Title", "Link", "Text", "Date & Time", "Author", "Category"} for ln in lines)
    if title:
        assert c.title == f"Minister holds talks on defence deliveries {n}"
    if day:
        assert date_text(raw, c).published == day


LAYOUTS = {  # name: (labels, date value, day it states, options)
    "same line": (("Title:", "Link:", "Date & Time:", "Text:"), "Updated: Dec 21, 2018, 16:07 IST", "2018-12-21",
                  {"same_line": True}),
    "same line, spaced colon": (("Titre :", "Lien :", "Date :", "Texte :"), "21 décembre 2018", "2018-12-21",
                                {"same_line": True}),
    "same line, full-width colon": (("标题：", "链接：", "日期：", "正文："), "2018年12月21日 16:07", "2018-12-21",
                                    {"same_line": True}),
    "same line, Russian": (("Заголовок:", "Ссылка:", "Дата и время:", "Текст:"), "Обновлено: 21 декабря 2018, 16:07",
                           "2018-12-21", {"same_line": True}),
    "labels alone, Hindi": (("शीर्षक", "लिंक", "दिनांक", "पाठ"), "Updated: Dec 21, 2018, 16:07 IST", "2018-12-21", {}),
    "labels alone, Spanish": (("Título", "Enlace", "Fecha y hora", "Texto"), "Actualizado: 21 de diciembre de 2018, 16:07",
                              "2018-12-21", {}),
    "date field after the text": (("Title", "Link", "Date & Time", "Text"), "Updated: Dec 21, 2018, 16:07 IST",
                                  "2018-12-21", {"order": "tlsd"}),
    "author and section (marked labels)": (("Title:", "Link:", "Date & Time:", "Text:"), "Dec 21, 2018 16:07",
                                           "2018-12-21", {"order": "tl01ds", "extra": (("Author:", "Staff Reporter"),
                                                                                       ("Category:", "India"))}),
    "short last line": (("Title", "Link", "Date & Time", "Text"), "Updated: Dec 21, 2018, 16:07 IST", "2018-12-21",
                        {"body_last": "Talks resume on day {n}."}),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_clean_fields_layouts_in_a_file_alone(name):
    labels, date, day, opts = LAYOUTS[name]
    raw = _layout(3, labels, date, **opts)
    _check(raw, 3, clean_text(raw), day, last=opts.get("body_last"))


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_clean_fields_layouts_with_corpus_evidence(name):
    labels, date, day, opts = LAYOUTS[name]
    docs = [_layout(n, labels, date.replace("21", str(10 + n)), **opts) for n in range(8)]
    stats = CorpusStats()
    for d in docs:
        stats.add("site", d)
    for n, raw in enumerate(docs):
        _check(raw, n, clean_text(raw, stats=stats, group="site"), day.replace("21", str(10 + n)),
               last=opts.get("body_last"))


def test_clean_fields_same_line_fields_then_the_text_unlabelled():
    raw = "\n".join(["Title: Minister holds talks on defence deliveries 3",
                     "URL: https://news.example.in/india/story-3.html", "Published: Dec 21, 2018 16:07 IST", "",
                     *_body(3)]) + "\n"
    _check(raw, 3, clean_text(raw), "2018-12-21")


def test_clean_fields_same_line_text_keeps_its_dateline():
    raw = "\n".join(["Title: Minister holds talks on defence deliveries 3",
                     "Link: https://news.example.in/india/story-3.html",
                     "Text: NEW DELHI, Dec 21, 2018 (PTI): " + _body(3)[0], *_body(3)[1:]]) + "\n"
    c = clean_text(raw)
    assert c.text.startswith("NEW DELHI, Dec 21, 2018 (PTI): " + BODY[0][:20]) and "Text:" not in c.text
    assert c.text.rstrip().endswith(_body(3)[2])
    assert date_text(raw, c).published == "2018-12-21"


def test_clean_fields_recurring_values_and_empty_fields_with_corpus_evidence():
    # every file has the same author; the section is empty in half of them: both leave the text
    def dump(n):
        section = ["CATEGORY"] if n % 2 else ["CATEGORY", "India"]
        return "\n".join(["TITLE", f"Minister holds talks on defence deliveries {n}", "URL",
                          f"https://news.example.in/india/story-{n}.html", "AUTHOR", "Staff Reporter", *section,
                          "DATE", f"Dec {10 + n}, 2018", "CONTENT", *_body(n)]) + "\n"
    docs = [dump(n) for n in range(8)]
    stats = CorpusStats()
    for d in docs:
        stats.add("site", d)
    for n, raw in enumerate(docs):
        c = clean_text(raw, stats=stats, group="site")
        _check(raw, n, c, f"2018-12-{10 + n}")
        assert "Staff Reporter" not in c.text and "India" not in c.text and "CONTENT" not in c.text


@pytest.mark.parametrize("raw", [
    # a menu alternates like labels and values, but its values are label-like too
    "\n".join(["Home", "News", "Sports", "Business", "Contact", "Dec 21, 2018", *BODY]),
    # a breadcrumb and a forum's header lines are no labels
    "\n".join(["Zum Inhalt", "Beitrag von r23 » 21.01.2009, 05:42", "Zurück zu „Forum: Allgemeines“",
               "Mitglieder in diesem Forum: 0", "Aktuelle Zeit:", "14.10.2020, 12:18", *BODY]),
])
def test_clean_fields_page_furniture_is_no_dump(raw):
    from newsdesk.clean.fields import split_fields
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    assert split_fields(lines, None, "") is None
    c = clean_text(raw)
    assert all(b in c.text for b in BODY)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(LAYOUTS)), st.integers(0, 99), st.booleans())
def test_clean_fields_property_body_kept_labels_gone(name, n, alone):
    """Any layout, any story: the body keeps its first and last line, labels and links never reach the text, the
    stated day is found, and cleaning is idempotent."""
    labels, date, day, opts = LAYOUTS[name]
    raw = _layout(n, labels, date, **opts)
    stats = None
    if not alone:
        stats = CorpusStats()
        for k in range(6):
            stats.add("site", _layout(n + k, labels, date, **opts))
    c = clean_text(raw, stats=stats, group="site")
    _check(raw, n, c, day, last=opts.get("body_last"))
    assert clean_text(c.text).text == c.text


def test_clean_fields_a_question_headline_is_the_title_not_the_text():
    raw = "\n".join(["Title", "Will India and Russia agree on the deliveries this year?", "Link",
                     "https://news.example.in/india/story-3.html", "Date & Time", "Updated: Dec 21, 2018, 16:07 IST",
                     "Text", *_body(3)]) + "\n"
    c = clean_text(raw)
    assert c.title == "Will India and Russia agree on the deliveries this year?"
    _check(raw, 3, c, "2018-12-21", title=False)


def test_clean_fields_link_value_is_the_article_url():
    docs, stats = _group()
    art = prepare("a1", RawDoc(path="x.txt", external_id="x", fmt="txt", text=docs[2], group="site"), stats, "now")
    assert art.url == "https://news.example.in/india/story-2.html" and "https://" not in art.text
    raw = "\n".join(["Title: Minister holds talks on defence deliveries 3", "Link: https://news.example.in/india/story-3.html",
                     "Date: Dec 21, 2018", "Text:", *_body(3)]) + "\n"
    art = prepare("a2", RawDoc(path="y.txt", external_id="y", fmt="txt", text=raw, group="other"), None, "now")
    assert art.url == "https://news.example.in/india/story-3.html"
    # a record's own url stays
    art = prepare("a3", RawDoc(path="z.txt", external_id="z", fmt="txt", text=raw, group="other",
                               url="https://record.example/1"), None, "now")
    assert art.url == "https://record.example/1"


def _site(layout, k=8) -> tuple[list[str], CorpusStats]:
    docs = [layout(n) for n in range(k)]
    stats = CorpusStats()
    for d in docs:
        stats.add("site", d)
    return docs, stats


def test_clean_fields_upper_case_colon_labels_are_labels_not_datelines():
    """'URL:' and 'TEXT:' read as datelines alone ('NEW DELHI:'); with corpus evidence they are labels: 'URL:' over a
    link (no story follows a dateline like that), 'TEXT:' over the story because it recurs as its labels do and
    follows no label. A crawl-date line above the labels goes with them."""
    docs, stats = _site(lambda n: f"Crawled: 2021-07-0{n + 1} 03:11:09\n" + _layout(
        n, ("TITLE:", "URL:", "DATE:", "TEXT:"), f"Dec {10 + n}, 2018 16:07", order="tdls"))
    for n, raw in enumerate(docs):
        _check(raw, n, clean_text(raw, stats=stats, group="site"), f"2018-12-{10 + n}")


def test_clean_fields_a_dateline_alone_under_the_text_label_stays_the_story():
    """'Text' / 'NEW DELHI:' / the story: the dateline follows a label, so it is the text's first line."""
    from newsdesk.clean.fields import split_fields

    docs, stats = _site(lambda n: _layout(n, ("Title", "Link", "Date & Time", "Text"), f"Dec {10 + n}, 2018 16:07")
                        .replace("\nText\n", "\nText\nNEW DELHI:\n"))
    for raw in docs:
        dump = split_fields([ln for ln in raw.split("\n") if ln], stats, "site")
        assert dump is not None and dump.text[0][1] == "NEW DELHI:"


@pytest.mark.parametrize("alone", [False, True])
def test_clean_fields_a_short_headline_is_the_title(alone):
    """A headline of four plain words looks like a name ('Staff Reporter'): it is the title when it is the one
    field left once the values that recur across the source's files go (a section, an author, a tag list)."""
    tags = ("weather, environment", "economy, transport")
    heads = ["Stadtrat beschließt neues Radwegenetz", "Hochwasser erreicht Altstadt", "Tarifeinigung im Einzelhandel",
             "Neue Brücke freigegeben", "Museum zeigt verschollene Gemälde", "Bahn streicht Abendzüge",
             "Schulen öffnen wieder", "Bürgermeister tritt zurück"]

    def layout(n):
        return "\n".join(["Titel", heads[n], "Autor",
                          "Redaktion", "Schlagworte", tags[n % 2], "Datum", f"{10 + n}.04.2021 10:15 Uhr", "Link",
                          f"https://stadt.example.de/lokales/{n}", "Inhalt", *_body(n)]) + "\n"

    docs, stats = _site(layout)
    for n, raw in enumerate(docs):
        c = clean_text(raw) if alone else clean_text(raw, stats=stats, group="site")
        # alone, nothing tells a name from a headline: no title rather than a wrong one
        assert c.title == (None if alone else layout(n).split("\n")[1])
        assert c.text.split("\n")[0] == _body(n)[0]


def test_clean_fields_two_name_fields_of_a_lone_page_give_no_title():
    """'Chairman :' / a name, 'Editor :' / a name over a dated dump: neither is a headline (no source evidence)."""
    raw = ("Chairman :\nAhmed Galal\nEditor in chief :\nGamal Shenawy\nCairo:\nWednesday, 07 October 2020 12:19\n"
           + "\n".join(_body(1)) + "\n")
    docs, stats = _site(lambda n: raw.replace("Ahmed", f"Ahmed{'x' * n}") if n == 0 else _layout(
        n, ("Title", "Link", "Date & Time", "Text"), "Dec 12, 2018 16:07"), k=6)
    assert clean_text(raw).title is None
    assert clean_text(docs[0], stats=stats, group="site").title is None


def test_clean_fields_a_headline_with_a_full_stop_is_no_text_field():
    """'Title' / 'Port strike halts exports.' reads as running text, but the link and the date follow it and the text
    field is still to come: the story starts at 'Text' (its first line a subheading), the headline is the title,
    and a link given as the site's path ('/news/x/5008.cms') is the link."""
    def layout(n):
        return "\n".join(["Title", f"Minister holds talks on defence deliveries {n}.", "Link",
                          f"/india/story-{n}/{5000 + n}.cms", "Date & Time", f"Dec {10 + n}, 2018 16:07", "Text",
                          *(["Highlights"] if n % 3 == 0 else []), *_body(n)]) + "\n"

    docs, stats = _site(layout)
    for n, raw in enumerate(docs):
        c = clean_text(raw, stats=stats, group="site")
        lines = [ln for ln in c.text.split("\n") if ln.strip()]
        assert lines[-1] == _body(n)[-1] and _body(n)[0] in lines[:2]
        assert c.title == f"Minister holds talks on defence deliveries {n}." and "/india/" not in c.text
        assert date_text(raw, c).published == f"2018-12-{10 + n}"


@pytest.mark.parametrize("headline", ["Port strike halts grain exports for a third day.",
                                      "Stadtrat beschließt neues Radwegenetz"])
def test_clean_fields_a_file_alone_with_a_short_or_stopped_headline(headline):
    """By position (no corpus evidence): a headline with a full stop is no text field when a link or date field
    follows it, and a four-word headline that looks like a name does not make the dump a menu while as many link
    and date fields stand beside it. The body stays whole and no link reaches it."""
    raw = "\n".join(["Titel", headline, "Datum", "06.04.2021 10:15 Uhr", "Link", "https://stadt.example.de/a/1001",
                     "Inhalt", *_body(2)]) + "\n"
    c = clean_text(raw)
    lines = [ln for ln in c.text.split("\n") if ln.strip()]
    assert lines == _body(2) and "https://" not in c.text
    assert {"field_label", "url", "timestamp"} <= {r.reason for r in c.removed}  # read as a dump, not as a page
    assert c.title == (headline if headline.endswith(".") else None)  # alone, a name-like headline gives no title


def test_clean_fields_a_widget_after_the_first_paragraph_keeps_it():
    """'Text' / the first paragraph / a recurring widget line ('File photo', a corpus label) / a call that is no
    running text / the rest: the first paragraph's one-line field is the story's start (no link or date field
    follows it), not a headline with a full stop."""
    def layout(n):
        body = _body(n)
        return "\n".join(["Title", f"Minister holds talks on defence deliveries {n}", "Link",
                          f"https://news.example.in/india/story-{n}.html", "Date & Time", f"Dec {10 + n}, 2018 16:07",
                          "Text", body[0], "File photo", "Click here for the latest updates", *body[1:]]) + "\n"

    docs, stats = _site(layout)
    for n, raw in enumerate(docs):
        lines = [ln for ln in clean_text(raw, stats=stats, group="site").text.split("\n") if ln.strip()]
        assert lines[0] == _body(n)[0] and lines[-1] == _body(n)[-1] and "File photo" not in lines
