"""Crawler field dumps with REAL article bodies (issue 14's held-out "real site with crawler field labels").

    .venv/bin/python benchmarks/fields_stress.py ../shared/data/basil_dev [--seed 14] [--sites-per-half 32]
        [--layout NAME ...] [--failures OUT.jsonl] [--write DIR] [--json] [--wide | --wide12 | --wide13]

The probe folders (tests/fixtures/probe/fields_*) hold short invented bodies; this builds synthetic field-dump
sources around real article text instead and runs them through the product's ingest path. Each synthetic site is
one LAYOUT (how its crawler writes the fields) x one DATE SHAPE (how the site writes its date) and 20 real articles
of one source of the dev set, all from one half:

- `basil_dev` / `ecbplus_dev` (articles.jsonl): the article's paragraphs (one per line) are the body, its headline
  the title; a site draws from one outlet (`source`); halves by the set's own grouping, `eval.clustering.half_of`
  (topic), so the halves share no storyline/topic.
- `plaintext_dev` (truth.jsonl): the lines of a `paragraphs` page that hold one of its `with` segments (the page's
  own paragraphs, in page order) are the body, its first line (the page's `<h1>`) the title; most sites have one page, so a synthetic site draws 20 pages of 20 real sites of
  one half (`eval.plaintext.half_of(site)`).

The day labelled is the article's `published` (a seeded random day where the set has none); the date value states
it in the site's shape. Some sites put 1-3 widget lines ("Advertisement", ...) between the text's paragraphs (a
crawler's innerText keeps them). Files are written as a crawler writes them (label line, value line; or
"LABEL: value") and read as `newsdesk ingest FOLDER` reads a folder: one corpus group per site (CorpusStats over
the site's files), then `prepare` per file (as tests/test_probe_s7.py's `_prepare_folder`). `--write DIR` also
writes the files (DIR/<half>/<site>/NN.txt) for a CLI run.

Scores per half, and per layout / date shape (issue 14's targets in brackets):
- `recurring_kept`: share of the input's recurring junk line occurrences (a junk line in >= 2 files of the site:
  labels, widgets; body lines two stories share are not counted) that stand as a line of the output text [<= .02];
  a text label on the first body line ("BODY: <first paragraph>") counts as junk kept when an output line opens
  with it;
- `junk_removed`: share of labelled junk lines (labels, title/link/date/author/tag values, widgets) that do not
  stand as a line of the output text (for a "LABEL: value" line, neither the line nor its value) [>= .95];
- `first_last`: files whose output keeps the body's first and last line (whitespace-normalised substring) [all];
  `last_credit`: of the others, files whose last line went to the article's credits ("... contributed to this
  report.": by design, issue 14 item 4); `last_bio`: files whose last line went as a writer's bio ("Jane Doe is a
  Reporter for Fox News. Follow her on Twitter at @...": by design too); a failure row names the reason each lost
  first or last line went with (`lost_reasons`);
- `days`: files whose published day is the labelled one [>= 19/20]; `invented`: files with a day the text does
  not state (any other day) [0]; `titles`: files whose title is the headline.

`--wide` (session 11): 66 sites a half of crawlers drawn on more axes (`wide_variant`, deterministic per seed, half
and site number): label vocabularies of 11 languages (en de fr es pt it ru tr ar hi zh), separators (own line, own
line with its colon, ':', ' :', '：', tab, ' - ', ' | ', ' = '), markup ('TITLE', '**Title:**', '## Title'), blank
lines after a label or between fields, the order of the fields (text last / shuffled / first / in the middle; one
order a site), 0-3 extra fields (category, tags, image link, source, views, word count), an author field left empty,
9 date shapes (also '21 Dec 2018 | 04:07 PM', '...T16:07:00Z', '21/12/2018 16:07', 'Friday, December 21, 2018 4:07
PM', a date with a separate time field, Arabic-Indic digits, 'Updated 3 hours ago' beside a full date, the date in
the labels' language), a text that opens with a dateline ('NEW DELHI, Dec 21 (PTI):' alone or before the lead) and
closes with a credit or an 'Also Read' / 'Trending' block (junk). The report gives the figures per value of every
axis ("variant"), per half.

`--wide12` (session 12): the same axes with ' – ' and ' — ' separators and a story that opens with a dash dateline
('WASHINGTON - The Senate voted ...', which no separator may read as a field) among the values drawn; `--wide`
alone draws the sites it always drew (its figures stay comparable).

`--wide13` (session 13): `--wide12`'s sites with three more axes drawn after the others: a crawl header above the
fields ('# crawl <a later day> 03:11 UTC job=rss-N', maybe a '---' fence under it: never the story's date), labels in
brackets ('[Title]' over the value, '[Title] value') for half the plain ones, and values in quotes ('Title = "..."')
on half the sites with ' = ' or ':'.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "src"))  # after PYTHONPATH: a frozen copy given there wins

from newsdesk.clean import CorpusStats  # noqa: E402
from newsdesk.errors import InputError  # noqa: E402
from newsdesk.model import RawDoc  # noqa: E402
from newsdesk.prepare import prepare  # noqa: E402

PER_SITE = 20
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# widget lines a crawler's innerText keeps inside the story (one site uses a few of them)
WIDGETS = ["Advertisement", "Story continues below advertisement", "ALSO READ", "Trending Now", "Read More",
           "Click here to follow our WhatsApp channel", "Subscribe to our newsletter", "File photo", "Watch Video",
           "Scroll to continue with content"]
TAGS = ["Politics", "World", "Economy", "Courts", "Elections", "Congress", "Health", "Security", "Business",
        "Immigration", "Energy", "Education"]
AUTHORS = ["Staff Reporter", "News Desk", "Web Team"]


# ---- date shapes: (y, m, d), rng -> the value a site writes
def _clock(rng: random.Random) -> tuple[int, int]:
    return rng.randrange(0, 24), rng.randrange(0, 60)


def _updated_ist(y, m, d, rng):
    h, mi = _clock(rng)
    return f"Updated: {MONTHS[m - 1][:3]} {d}, {y}, {h:02d}:{mi:02d} IST"


def _iso(y, m, d, rng):
    h, mi = _clock(rng)
    return f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00+05:30"


def _dotted(y, m, d, rng):
    h, mi = _clock(rng)
    return f"{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}"


def _am_updated(y, m, d, rng):
    h, mi = rng.randrange(1, 12), rng.randrange(0, 60)
    return f"{MONTHS[m - 1]} {d}, {y} {h:02d}:{mi:02d} am | Updated {h + 1:02d}:{(mi + 28) % 60:02d} am EST"


SHAPES = {"updated_ist": _updated_ist, "iso": _iso, "dotted": _dotted, "am_updated": _am_updated}


# ---- layouts: an article -> [(line, kind)], kind 'body' or 'junk'; a junk line "LABEL: value" also lists its value
def _own(label: str, value: str | None) -> list[tuple[str, str]]:
    """A label on its own line, the value on the next (no value line when the field is empty)."""
    return [(label, "junk")] + ([(value, "junk")] if value is not None else [])


def _same(label: str, value: str) -> list[tuple[str, str]]:
    return [(f"{label} {value}", "junk")]


def _body(paras: list[str]) -> list[tuple[str, str]]:
    return [(p, "body") for p in paras]


def _text_same(label: str, paras: list[str]) -> list[tuple[str, str]]:
    """'BODY: <first paragraph>' then the others: the first body line shares its line with the label."""
    return [(f"{label} {paras[0]}", "body+label")] + _body(paras[1:])


def en_own(a, date, rng):  # issue 14's site: Title / Link / Date & Time / Text, each label on its own line
    return _own("Title", a["title"]) + _own("Link", a["url"]) + _own("Date & Time", date) + _own("Text", None) \
        + _body(a["body"])


def caps_inline(a, date, rng):  # TITLE: / URL: / DATE: / BODY: with the values on the same line
    return _same("TITLE:", a["title"]) + _same("URL:", a["url"]) + _same("DATE:", date) + _text_same("BODY:", a["body"])


def tr_own(a, date, rng):  # Turkish labels with colons, values on the next line
    return _own("Başlık:", a["title"]) + _own("Tarih:", date) + _own("Bağlantı:", a["url"]) + _own("Metin:", None) \
        + _body(a["body"])


def es_inline(a, date, rng):  # Spanish labels, values on the same line; an author line left empty on most pages
    author = _same("Autor:", rng.choice(AUTHORS)) if rng.random() < .25 else [("Autor:", "junk")]
    return _same("Título:", a["title"]) + author + _same("Fecha:", date) + _same("Enlace:", a["url"]) \
        + _text_same("Texto:", a["body"])


def de_own(a, date, rng):  # German labels on their own lines
    return _own("Überschrift", a["title"]) + _own("Datum", date) + _own("Quelle", a["url"]) + _own("Inhalt", None) \
        + _body(a["body"])


def text_first(a, date, rng):  # the text field first, the others after it
    return _own("Text", None) + _body(a["body"]) + _own("Title", a["title"]) + _own("Link", a["url"]) \
        + _own("Date", date)


def empty_author(a, date, rng):  # an author field the crawler found empty on most pages
    author = rng.choice(AUTHORS) if rng.random() < .25 else None
    return _own("Title", a["title"]) + _own("Author", author) + _own("Date", date) + _own("Link", a["url"]) \
        + _own("Text", None) + _body(a["body"])


def tags(a, date, rng):  # a tag list between the date and the text
    tag = ", ".join(rng.sample(TAGS, rng.randrange(1, 4)))
    return _own("Title", a["title"]) + _own("Date", date) + _own("Tags", tag) + _own("Link", a["url"]) \
        + _own("Text", None) + _body(a["body"])


LAYOUTS = {f.__name__: f for f in (en_own, caps_inline, tr_own, es_inline, de_own, text_first, empty_author, tags)}


# ---- real articles per dev set: {"id", "title", "url", "body": [paragraphs], "day": (y, m, d) | None,
# "source", "half"}
def _day(s: str | None):
    if not s:
        return None
    y, m, d = (int(x) for x in s[:10].split("-"))
    return y, m, d


def _articles_jsonl(path: Path) -> list[dict]:
    from newsdesk.eval.clustering import half_of

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if not r.get("title") or not r.get("source"):
            continue  # ECB-part documents: no headline, no outlet
        lines = [x.strip() for x in r["text"].splitlines() if x.strip()]
        if r["title"].strip() in lines:  # the headline stands first (ECB+: after a dateline/URL line)
            lines = lines[lines.index(r["title"].strip()) + 1:]
        # ECB+ keeps the page's date line(s) under the headline ("Sunday, 9 June 2013", "Published: July 28, 2004
        # at 1:24 PM"): they stay in the file as the page had them, labelled as junk, and the body starts after them
        pre = []
        while r["id"].startswith("ecbplus") and lines and (len(lines[0].split()) < 8 or len(lines[0].split()) < 15 and any(c.isdigit() for c in lines[0])
                         and not lines[0].endswith(".")):
            pre.append(lines.pop(0))
        if len(lines) < 2 or pre and not r.get("published"):
            continue  # (a page date line with no day in the set: the text would state another day than the field)
        out.append({"id": r["id"], "title": r["title"].strip(), "url": r.get("url") or f"https://example.org/{r['id']}",
                    "body": lines, "pre": pre, "day": _day(r.get("published")), "source": r["source"],
                    "half": "AB"[half_of(r)]})
    return out


def _plaintext(folder: Path) -> list[dict]:
    from newsdesk.eval.plaintext import half_of

    out = []
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["style"] != "paragraphs" or r["mode"] != "segments" or len(r["with"]) < 2:
            continue
        raw = (folder / r["file"]).read_text(encoding="utf-8")
        lines = [" ".join(x.split()) for x in raw.splitlines() if x.strip()]
        want = [" ".join(x.split()) for x in r["with"]]
        # the page's own paragraphs (a `with` segment is a snippet of one): the lines that hold one, in page order
        segs = [x for x in lines[1:] if any(w in x for w in want)]
        first = lines[0] if lines else ""
        if len(segs) < 2 or not first or any(first in w for w in want) or len(first.split()) > 20:
            continue  # no headline line of its own
        out.append({"id": r["id"], "title": " ".join(first.split()), "url": r["url"], "body": segs, "day": None,
                    "source": r["site"], "half": half_of(r["site"])})
    return out


def load(path: Path) -> list[dict]:
    if (path / "truth.jsonl").is_file():
        return _plaintext(path)
    return _articles_jsonl(path / "articles.jsonl" if path.is_dir() else path)


# ---- building the sites
def _half_sources(arts: list[dict], half: str) -> tuple[list[dict], dict[str, list[dict]], list[str]]:
    """The half's articles, grouped by outlet, and the outlets with PER_SITE articles or more (one site each)."""
    mine = [a for a in arts if a["half"] == half]
    by_source = defaultdict(list)
    for a in mine:
        by_source[a["source"]].append(a)
    return mine, by_source, sorted(s for s, v in by_source.items() if len(v) >= PER_SITE)


def build(arts: list[dict], seed: int, sites_per_half: int, layouts: list[str]) -> list[dict]:
    """[{"half", "site", "layout", "shape", "files": [{"name", "lines": [(line, kind)], "title", "day", "first",
    "last"}]}]"""
    rng = random.Random(seed)
    combos = [(lay, shape) for lay in layouts for shape in SHAPES]
    sites = []
    for half in "AB":
        mine, by_source, big = _half_sources(arts, half)
        for n in range(sites_per_half):
            lay, shape = combos[n % len(combos)]
            if big:  # one outlet's articles
                src = big[n % len(big)]
                pick = rng.sample(by_source[src], PER_SITE)
            else:  # one page per real site (plaintext_dev)
                src = "mixed"
                pick = rng.sample(mine, min(PER_SITE, len(mine)))
            widgets = rng.sample(WIDGETS, 3) if n % 3 == 1 else []
            files = []
            for i, a in enumerate(pick):
                day = a["day"] or (rng.randrange(2012, 2024), rng.randrange(1, 13), rng.randrange(1, 29))
                body = list(a["body"])
                pre = a.get("pre", [])
                if widgets and len(body) >= 3 and rng.random() < .7:
                    for w in rng.sample(widgets, rng.randrange(1, 4)):
                        body.insert(rng.randrange(1, len(body)), w)
                lines = LAYOUTS[lay]({**a, "body": pre + body}, SHAPES[shape](*day, rng), rng)
                lines = [(s, "junk" if k == "body" and (s in widgets or s in pre) else k) for s, k in lines]
                files.append({"name": f"{i + 1:02d}.txt", "id": a["id"], "lines": lines, "title": a["title"],
                              "day": "{:04d}-{:02d}-{:02d}".format(*day), "first": a["body"][0], "last": a["body"][-1]})
            sites.append({"half": half, "site": f"{half}{n:02d}_{lay}_{shape}", "layout": lay, "shape": shape,
                          "source": src, "files": files})
    return sites


# ---- session 11 (fields3): `--wide`, sites of crawlers with other vocabularies, separators and field sets.
# Each site draws one value on every axis below from its own seeded generator (deterministic: seed, half, site
# number); the report gives the figures per axis value ("variants") as well as per half.
VOCAB = {  # title, link, date, author, text, time, category, tags, image, source, views, words, updated
    "en": ("Title", "Link", "Date & Time", "Author", "Text", "Time", "Category", "Tags", "Image URL", "Source",
           "Views", "Word count", "Updated"),
    "de": ("Titel", "Link", "Datum", "Autor", "Inhalt", "Uhrzeit", "Kategorie", "Schlagwörter", "Bild-URL", "Quelle",
           "Aufrufe", "Wortanzahl", "Aktualisiert"),
    "fr": ("Titre", "Lien", "Date", "Auteur", "Contenu", "Heure", "Catégorie", "Mots-clés", "URL de l'image",
           "Source", "Vues", "Nombre de mots", "Mis à jour"),
    "es": ("Título", "Enlace", "Fecha", "Autor", "Contenido", "Hora", "Categoría", "Etiquetas", "URL de la imagen",
           "Fuente", "Visitas", "Palabras", "Actualizado"),
    "pt": ("Título", "Link", "Data", "Autor", "Conteúdo", "Hora", "Categoria", "Tags", "URL da imagem", "Fonte",
           "Visualizações", "Palavras", "Atualizado"),
    "it": ("Titolo", "Link", "Data", "Autore", "Testo", "Ora", "Categoria", "Tag", "URL immagine", "Fonte",
           "Visualizzazioni", "Parole", "Aggiornato"),
    "ru": ("Заголовок", "Ссылка", "Дата", "Автор", "Текст", "Время", "Рубрика", "Теги", "Изображение", "Источник",
           "Просмотры", "Количество слов", "Обновлено"),
    "tr": ("Başlık", "Bağlantı", "Tarih", "Yazar", "Metin", "Saat", "Kategori", "Etiketler", "Görsel", "Kaynak",
           "Görüntülenme", "Kelime sayısı", "Güncellendi"),
    "ar": ("العنوان", "الرابط", "التاريخ", "الكاتب", "النص", "الوقت", "القسم", "الوسوم", "الصورة", "المصدر",
           "المشاهدات", "عدد الكلمات", "تحديث"),
    "hi": ("शीर्षक", "लिंक", "तारीख", "लेखक", "पाठ", "समय", "श्रेणी", "टैग", "छवि", "स्रोत", "व्यूज़", "शब्द संख्या",
           "अपडेट"),
    "zh": ("标题", "链接", "日期", "作者", "正文", "时间", "分类", "标签", "图片链接", "来源", "阅读量", "字数", "更新"),
}
_KEYS = ("title", "link", "date", "author", "text", "time", "category", "tags", "image", "source", "views", "words",
         "updated")
# how a label stands with its value: alone on its line (maybe with its colon), or before the value on one line
SEPARATORS = ("own", "own_colon", "colon", "spaced_colon", "fullwidth", "tab", "dash", "bar", "equals")
_SEP = {"colon": ": ", "spaced_colon": " : ", "fullwidth": "：", "tab": "\t", "dash": " - ", "bar": " | ",
        "equals": " = ", "en_dash": " – ", "em_dash": " — "}
# `--wide12` (session 12): the separators and openers above and the dashes of typeset crawls, and a story that
# opens with a dash dateline ('WASHINGTON - The Senate voted ...': no field, whatever the separator)
SEPARATORS_12 = SEPARATORS + ("en_dash", "em_dash")
MARKUPS = ("plain", "upper", "bold", "heading")  # 'Title', 'TITLE', '**Title:**', '## Title' (own line only)
EXTRAS = ("category", "tags", "image", "source", "views", "words")
OPENERS = ("none", "dateline_line", "dateline_glued")  # the text's first line: a dateline alone, or before the lead
OPENERS_12 = OPENERS + ("dash_dateline",)
CLOSERS = ("none", "credit", "also_read", "trending")   # after the story's last line
ORDERS = ("text_last", "shuffled", "text_first", "text_middle")
CITIES = ("NEW DELHI", "MUMBAI", "LONDON", "WASHINGTON", "NAIROBI", "ISTANBUL")
AGENCIES = ("PTI", "IANS", "Reuters", "AFP")
SECTIONS = ("Politics", "World", "National", "Business")
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
NATIVE_MONTHS = {
    "de": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember", "{d}. {M} {y}, {h}:{mi} Uhr"),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre", "{d} {M} {y} à {h}h{mi}"),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
           "{d} de {M} de {y} {h}:{mi}"),
    "pt": ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
           "{d} de {M} de {y} às {h}h{mi}"),
    "it": ("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
           "{d} {M} {y} {h}:{mi}"),
    "ru": ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря", "{d} {M} {y}, {h}:{mi}"),
    "tr": ("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık", "{d} {M} {y} {h}:{mi}"),
    "ar": ("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر", "{d} {M} {y} - {h}:{mi}"),
    "hi": ("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर", "{d} {M} {y}, {h}:{mi}"),
    "zh": ("", "{y}年{m}月{d}日 {h}:{mi}"),
    "en": (" ".join(MONTHS), "{d} {M} {y} {h}:{mi}"),
}


def _wide_date(shape: str, lang: str, y: int, m: int, d: int, rng: random.Random) -> list[tuple[str, str]]:
    """[(field key, value)]: the date field's value in `shape`, maybe with a time or update field beside it."""
    h, mi = _clock(rng)
    h12, ap = (h % 12 or 12), ("AM" if h < 12 else "PM")
    mon = MONTHS[m - 1]
    if shape == "updated_ist":
        return [("date", _updated_ist(y, m, d, rng))]
    if shape == "pipe_pm":
        return [("date", f"{d} {mon[:3]} {y} | {h12:02d}:{mi:02d} {ap}")]
    if shape == "iso_z":
        return [("date", f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00Z")]
    if shape == "slash_dmy":
        return [("date", f"{d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}")]
    if shape == "weekday_long":
        import datetime as _dt
        wd = _dt.date(y, m, d).strftime("%A")
        return [("date", f"{wd}, {mon} {d}, {y} {h12}:{mi:02d} {ap}")]
    if shape == "time_field":
        return [("date", f"{mon[:3]} {d}, {y}"), ("time", f"{h:02d}:{mi:02d} IST")]
    if shape == "arabic_digits":
        return [("date", f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}".translate(AR_DIGITS))]
    if shape == "relative_beside":
        return [("date", f"{mon} {d}, {y} {h:02d}:{mi:02d}"), ("updated", f"Updated {rng.randrange(2, 23)} hours ago")]
    months, fmt = NATIVE_MONTHS[lang]  # "native": the month in the labels' language
    name = months.split()[m - 1] if months else ""
    return [("date", fmt.format(d=d, M=name, y=y, m=m, h=f"{h:02d}", mi=f"{mi:02d}"))]


WIDE_SHAPES = ("updated_ist", "pipe_pm", "iso_z", "slash_dmy", "weekday_long", "time_field", "arabic_digits",
               "relative_beside", "native")


def wide_variant(rng: random.Random, n: int, s12: bool = False, s13: bool = False) -> dict:
    """One site's crawler: every axis cycles over the sites (so each value is met on both halves) with the
    combinations drawn from `rng`; `s12`: session 12's separators and openers too (`--wide12`); `s13`: those and
    session 13's crawl headers, bracketed labels and quoted values (`--wide13`: drawn after the others, so the sites
    of `--wide12` keep their other axes)."""
    s12 = s12 or s13
    langs = list(VOCAB)
    lang = langs[n % len(langs)]
    seps, openers = (SEPARATORS_12, OPENERS_12) if s12 else (SEPARATORS, OPENERS)
    sep = seps[(n // 2 + rng.randrange(len(seps))) % len(seps)]
    markup = rng.choice(MARKUPS)
    if lang in ("ar", "hi", "zh") and markup == "upper":
        markup = "plain"
    if markup == "heading" or sep == "tab" and markup == "bold":
        sep = rng.choice(("own", "own_colon"))
    if lang == "zh" and sep in ("colon", "spaced_colon") and rng.random() < .7:
        sep = "fullwidth"
    return {"lang": lang, "sep": sep, "markup": markup, "blank": rng.choice(("none", "after_label", "between_fields")),
            "order": ORDERS[n % len(ORDERS)], "extras": tuple(sorted(rng.sample(EXTRAS, rng.randrange(0, 4)))),
            "empty_author": rng.random() < .5, "opener": openers[(n + n // 4 * s12) % len(openers)],
            "closer": CLOSERS[(n // 3) % len(CLOSERS)], "shape": WIDE_SHAPES[n % len(WIDE_SHAPES)],
            "perm": rng.random(), **(_wide13(rng, n, markup, sep) if s13 else {})}


HEADERS = ("none", "crawl", "crawl_fence")  # `--wide13`: lines above the fields


def _wide13(rng: random.Random, n: int, markup: str, sep: str) -> dict:
    """Session 13's axes: a crawl header above the fields ('# crawl <day> <time> UTC job=rss-N', maybe a '---' fence
    under it), labels in brackets ('[Title]', '[Title] value'; in place of half the plain ones), values in quotes
    ('Title = "..."'; half the sites with ' = ' or ':')."""
    bracket = markup == "plain" and rng.random() < .5
    return {"header": HEADERS[n % len(HEADERS)], "markup": "bracket" if bracket else markup,
            "quoted": sep in ("equals", "colon") and not bracket and rng.random() < .5}


def _label(v: dict, key: str) -> str:
    word = VOCAB[v["lang"]][_KEYS.index(key)]
    if v["markup"] == "upper":
        word = word.upper()
    colon = "：" if v["lang"] == "zh" else ":"
    if v["markup"] == "heading":
        return f"## {word}"
    if v["markup"] == "bracket":
        return f"[{word}]"
    if v["sep"] in ("own", "own_colon"):
        text = word + (colon if v["sep"] == "own_colon" else "")
        return f"**{word}{colon}**" if v["markup"] == "bold" else text
    return f"**{word}{colon}**" if v["markup"] == "bold" else word


def _wide_field(v: dict, key: str, value: str | None) -> tuple[list[tuple[str, str]], dict]:
    """The lines of one field (blank ones kind 'blank') and {junk line: its value} for a label and value on one line."""
    label = _label(v, key)
    if value is not None and v.get("quoted"):
        value = f'"{value}"'
    if v["sep"] in ("own", "own_colon") or v["markup"] == "heading":
        gap = [("", "blank")] if v["blank"] == "after_label" and value is not None else []
        return [(label, "junk")] + gap + ([(value, "junk")] if value is not None else []), {}
    if value is None:
        return [(label if v["markup"] in ("bold", "bracket") else label + _SEP[v["sep"]].rstrip(), "junk")], {}
    sep = " " if v["markup"] in ("bold", "bracket") else _SEP[v["sep"]]
    return [(f"{label}{sep}{value}", "junk")], {f"{label}{sep}{value}": value}


def wide_file(a: dict, day: tuple[int, int, int], v: dict, rng: random.Random, others: list[str]) -> dict:
    """One article written by the site's crawler: {"lines", "values", "heads", "first", "last"}."""
    y, m, d = day
    body = list(a["body"])  # the story (widget lines inside it are the caller's); a page's date lines go before it
    first = body[0]
    if v["opener"] == "dash_dateline":
        body[0] = first = f"{CITIES[int(v['perm'] * 97) % len(CITIES)]} - {body[0]}"
    elif v["opener"] != "none":
        line = f"{CITIES[int(v['perm'] * 97) % len(CITIES)]}, {MONTHS[m - 1][:3]} {d} ({rng.choice(AGENCIES)}):"
        if v["opener"] == "dateline_line":
            body.insert(0, line)
            first = line
        else:
            body[0] = f"{line} {body[0]}"
    body = list(a.get("pre", [])) + body
    tail: list[tuple[str, str]] = []
    if v["closer"] == "credit":
        tail = [(f"(With inputs from {AGENCIES[int(v['perm'] * 89) % len(AGENCIES)]})", "junk")]
    elif v["closer"] == "also_read":
        tail = [("Also Read", "junk"), (rng.choice(others), "junk")]
    elif v["closer"] == "trending":
        tail = [("Trending", "junk")] + [(o, "junk") for o in rng.sample(others, 2)]
    values: dict[str, str] = {}
    fields: dict[str, list[tuple[str, str]]] = {}
    for key, value in [("title", a["title"]), ("link", a["url"])] + _wide_date(v["shape"], v["lang"], *day, rng) + [
            ("author", None if v["empty_author"] and rng.random() < .75 else rng.choice(AUTHORS))]:
        fields[key], vals = _wide_field(v, key, value)
        values.update(vals)
    extra_values = {"category": rng.choice(SECTIONS), "tags": ", ".join(rng.sample(TAGS, rng.randrange(1, 4))),
                    "image": f"https://cdn.example.net/img/{rng.randrange(10**6)}.jpg", "source": "Example News",
                    "views": f"{rng.randrange(100, 50000):,}", "words": str(sum(len(p.split()) for p in body))}
    for key in v["extras"]:
        fields[key], vals = _wide_field(v, key, extra_values[key])
        values.update(vals)
    heads: list[str] = []
    if v["sep"] in ("own", "own_colon") or v["markup"] == "heading":
        text = [(_label(v, "text"), "junk")] + ([("", "blank")] if v["blank"] == "after_label" else []) + _body(body)
    else:
        head = _label(v, "text") + (" " if v["markup"] in ("bold", "bracket") else _SEP[v["sep"]])
        text = [(head + body[0], "body+label")] + _body(body[1:])
        heads.append(_norm(head))
    text += tail
    keys = list(fields)
    prng = random.Random(int(v["perm"] * 10**9))  # the site's order: one permutation for all its files
    if v["order"] != "text_last":
        prng.shuffle(keys)
    at = {"text_last": len(keys), "shuffled": len(keys), "text_first": 0, "text_middle": len(keys) // 2}[v["order"]]
    lines: list[tuple[str, str]] = []
    if v.get("header", "none") != "none":  # the crawl header (a day after the story's: never its date)
        lines.append((f"# crawl {y + 1}-0{1 + int(v['perm'] * 9)}-1{int(v['perm'] * 97) % 10} 03:11 UTC "
                      f"job=rss-{rng.randrange(1000, 9999)}", "junk"))
        if v["header"] == "crawl_fence":
            lines.append(("---", "junk"))
    for key in keys[:at] + ["text"] + keys[at:]:
        if lines and v["blank"] == "between_fields":
            lines.append(("", "blank"))
        lines += text if key == "text" else fields[key]
    return {"lines": lines, "values": values, "heads": heads, "first": first, "last": a["body"][-1]}


def build_wide(arts: list[dict], seed: int, sites_per_half: int, s12: bool = False, s13: bool = False
               ) -> list[dict]:
    """Like `build`, one `wide_variant` per site; "layout" is the site's label language + separator."""
    sites = []
    for half in "AB":
        mine, by_source, big = _half_sources(arts, half)
        for n in range(sites_per_half):
            rng = random.Random(f"{seed}:{half}:{n}")
            v = wide_variant(rng, n, s12, s13)
            pick = rng.sample(by_source[big[n % len(big)]], PER_SITE) if big else rng.sample(mine, min(PER_SITE, len(mine)))
            titles = [a["title"] for a in pick]
            widgets = rng.sample(WIDGETS, 3) if n % 4 == 1 else []
            files = []
            for i, a in enumerate(pick):
                day = a["day"] or (rng.randrange(2012, 2024), rng.randrange(1, 13), rng.randrange(1, 29))
                body = list(a["body"])
                if widgets and len(body) >= 3 and rng.random() < .7:
                    for w in rng.sample(widgets, rng.randrange(1, 4)):
                        body.insert(rng.randrange(1, len(body)), w)
                f = wide_file({**a, "body": body}, day, v, rng, [t for t in titles if t != a["title"]])
                junk = set(widgets) | set(a.get("pre", []))
                f["lines"] = [(s, "junk" if k == "body" and s in junk else k) for s, k in f["lines"]]
                f.update({"name": f"{i + 1:02d}.txt", "id": a["id"], "title": a["title"],
                          "day": "{:04d}-{:02d}-{:02d}".format(*day)})
                files.append(f)
            sites.append({"half": half, "site": f"{half}{n:02d}_{v['lang']}_{v['sep']}", "layout": f"{v['lang']}_{v['sep']}",
                          "shape": v["shape"], "variant": {k: x for k, x in v.items() if k != "perm"}, "source": "",
                          "files": files})
    return sites


def _norm(s: str | None) -> str:
    """Whitespace squashed, NFC (the product composes 'geprüft' written with a combining diaeresis)."""
    return " ".join(unicodedata.normalize("NFC", s or "").split())


def _value(line: str) -> str | None:
    head, colon, rest = line.partition(":")
    return _norm(rest) if colon and len(head.split()) <= 3 and rest.strip() else None


def run_site(site: dict) -> list[dict]:
    """Each file through the product's per-file path with its site's corpus evidence: one row per file."""
    texts = {f["name"]: "\n".join(s for s, _ in f["lines"]) + "\n" for f in site["files"]}
    stats = CorpusStats()
    for t in texts.values():
        stats.add(site["site"], t)
    seen = Counter(_norm(s) for f in site["files"] for s in {s for s, _ in f["lines"]})
    rows = []
    for f in site["files"]:
        raw = RawDoc(path=f["name"], external_id=f["name"], fmt="txt", text=texts[f["name"]], group=site["site"])
        try:
            art = prepare(f["name"], raw, stats, "2026-12-07T00:00:00Z")
            out_text, title, published, credits = art.text, art.title, art.published, art.credits
            gone = [(_norm(r.text), r.reason) for r in art.removed]
        except InputError:
            out_text, title, published, credits, gone = "", None, None, (), []
        out_lines = {_norm(x) for x in out_text.splitlines() if x.strip()}
        flat = _norm(out_text)
        recurring = [s for s, k in f["lines"] if k == "junk" and seen[_norm(s)] >= 2]
        junk = [s for s, k in f["lines"] if k == "junk"]
        values = f.get("values", {})
        kept_junk = [s for s in junk if _norm(s) in out_lines or _norm(values.get(s)) in out_lines
                     or _value(s) in out_lines]
        # the text's own label on its first line ("BODY: <first paragraph>"): junk too, kept when a line opens with it
        heads = f.get("heads") or [s.split(" ", 1)[0] + " " for s, k in f["lines"] if k == "body+label"]
        junk += heads
        kept_junk += [h.strip() for h in heads if any(x.startswith(h) for x in out_lines)]
        rows.append({
            "site": site["site"], "half": site["half"], "layout": site["layout"], "shape": site["shape"],
            "variant": site.get("variant", {}),
            "file": f["name"], "id": f["id"],
            "recurring": len(recurring), "recurring_kept": sum(_norm(s) in out_lines for s in recurring),
            "junk": len(junk), "junk_kept": kept_junk,
            "first": _norm(f["first"]) in flat, "last": _norm(f["last"]) in flat,
            "last_credit": _norm(f["last"]) not in flat and any(_norm(f["last"]) in _norm(c) for c in credits),
            "lost_reasons": {k: next((r for t, r in gone if t and (_norm(f[k]) in t or t in _norm(f[k]))), None)
                             for k in ("first", "last") if _norm(f[k]) not in flat},
            "day": f["day"], "published": published, "title_want": f["title"], "title": title,
            "first_line": f["first"], "last_line": f["last"], "out_head": out_text[:300], "out_tail": out_text[-300:],
        })
    return rows


def score(rows: list[dict]) -> dict:
    n = len(rows)
    if not n:
        return {"files": 0}
    rec = sum(r["recurring"] for r in rows)
    junk = sum(r["junk"] for r in rows)
    return {"files": n,
            "recurring_kept": round(sum(r["recurring_kept"] for r in rows) / rec, 4) if rec else 0.0,
            "junk_removed": round(1 - sum(len(r["junk_kept"]) for r in rows) / junk, 4) if junk else 1.0,
            "first_last": sum(r["first"] and r["last"] for r in rows),
            "last_credit": sum(r["last_credit"] for r in rows),
            "last_bio": sum(r.get("lost_reasons", {}).get("last") == "bio" for r in rows),
            "days": sum(r["published"] == r["day"] for r in rows),
            "invented": sum(r["published"] is not None and r["published"] != r["day"] for r in rows),
            "titles": sum(_norm(r["title"]) == _norm(r["title_want"]) for r in rows)}


def _axis(value) -> str:
    return "+".join(value) or "-" if isinstance(value, tuple) else str(value)


def _fmt(s: dict) -> str:
    if not s.get("files"):
        return "no files"
    n = s["files"]
    return (f"files {n:4d}  recurring kept {s['recurring_kept']:.4f}  junk removed {s['junk_removed']:.4f}  "
            f"first+last {s['first_last']}/{n} (last a credit {s['last_credit']}, a bio {s['last_bio']})  days {s['days']}/{n}  invented {s['invented']}  "
            f"titles {s['titles']}/{n}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="dev set folder (basil_dev, ecbplus_dev, plaintext_dev)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--sites-per-half", type=int, help="synthetic sites per half (default 32: layout x date shape; "
                    "--wide 66: every label language 6 times)")
    ap.add_argument("--layout", action="append", choices=sorted(LAYOUTS), help="only these layouts (repeat)")
    ap.add_argument("--failures", type=Path, help="write the files with a problem here (JSONL)")
    ap.add_argument("--write", type=Path, help="also write the synthetic files under this folder")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--wide", action="store_true", help="session 11's sites (other vocabularies, separators, field "
                    "sets, date shapes, datelines and closing lines: `wide_variant`), figures per variant value")
    ap.add_argument("--wide12", action="store_true", help="--wide with session 12's axis values too: ' – ' and ' — ' "
                    "separators, a story opening with a dash dateline ('WASHINGTON - The Senate ...'); --wide alone "
                    "draws the sites it always drew")
    ap.add_argument("--wide13", action="store_true", help="--wide12 with session 13's axes too: a crawl header "
                    "above the fields (and a '---' fence), labels in brackets ('[Title]'), quoted values ('Title = "
                    "\"...\"'); --wide12 draws the sites it always drew")
    args = ap.parse_args(argv)
    args.wide12 = args.wide12 or args.wide13
    args.wide = args.wide or args.wide12
    arts = load(args.data)
    per_half = args.sites_per_half or (66 if args.wide else 32)
    sites = build_wide(arts, args.seed, per_half, args.wide12, args.wide13) if args.wide else \
        build(arts, args.seed, per_half, args.layout or list(LAYOUTS))
    if args.write:
        for s in sites:
            d = args.write / s["half"] / s["site"]
            d.mkdir(parents=True, exist_ok=True)
            for f in s["files"]:
                (d / f["name"]).write_text("\n".join(x for x, _ in f["lines"]) + "\n", encoding="utf-8")
    rows = [r for s in sites for r in run_site(s)]
    result = {"data": str(args.data), "seed": args.seed, "articles": len(arts),
              "halves": {h: score([r for r in rows if r["half"] == h]) for h in "AB"},
              "layouts": {k: {h: score([r for r in rows if r["layout"] == k and r["half"] == h]) for h in "AB"}
                          for k in dict.fromkeys(r["layout"] for r in rows)},
              "shapes": {k: {h: score([r for r in rows if r["shape"] == k and r["half"] == h]) for h in "AB"}
                         for k in dict.fromkeys(r["shape"] for r in rows)}}
    if args.wide:
        axes = [k for k in rows[0]["variant"] if k not in ("shape", "extras")] if rows else []
        result["variants"] = {f"{ax}={_axis(val)}": {h: score([r for r in rows if _axis(r["variant"][ax]) == _axis(val)
                                                              and r["half"] == h]) for h in "AB"}
                              for ax in axes for val in dict.fromkeys(_axis(r["variant"][ax]) for r in rows)}
        result["variants"].update({f"extra={e}": {h: score([r for r in rows if e in r["variant"]["extras"]
                                                            and r["half"] == h]) for h in "AB"} for e in EXTRAS})
    if args.failures:
        with args.failures.open("w", encoding="utf-8") as fh:
            for r in rows:
                if (r["junk_kept"] or not (r["first"] and r["last"]) or r["published"] != r["day"]
                        or _norm(r["title"]) != _norm(r["title_want"]) or r["recurring_kept"]):
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{args.data} (seed {args.seed}, {len(arts)} articles, {len(sites)} sites of {PER_SITE} files)")
    for h in "AB":
        print(f"  half {h}: {_fmt(result['halves'][h])}")
    for group in ("layouts", "shapes", "variants") if args.wide else ("layouts", "shapes"):
        if args.wide and group == "layouts":
            continue
        print(f"by {group[:-1]}:")
        for k, v in result[group].items():
            print(f"  {k:<13} A: {_fmt(v['A'])}\n  {'':<13} B: {_fmt(v['B'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
