"""Field dumps of crawlers the session-8/10 fixtures did not cover (benchmarks/fields_stress.py --wide found these):
other label vocabularies and orders, a text that opens with a dateline alone, extra fields. The site's labels stand
in every file and a story's lines in one: that is what tells them apart, never the words."""

from hypothesis import given, settings
from hypothesis import strategies as st
from test_clean_fields_real import _ingest  # one folder through prepare with its corpus evidence

from newsdesk.clean import CorpusStats
from newsdesk.model import RawDoc
from newsdesk.prepare import prepare

PARAS = [
    "The two sides also discussed joint production of spare parts, according to a statement issued after the talks.",
    "Officials said the next round of talks is expected to be held in Moscow later this year.",
    "Opposition parties criticised the pace of the deliveries and asked for a debate in parliament.",
]
CITIES = ["ISTANBUL", "NAIROBI", "LONDON", "MUMBAI", "LIMA", "OSLO", "DAKAR", "QUITO", "HANOI", "RIGA"]
WIDGET = "File photo"


def _dateline_site(labels: tuple[str, ...], k: int = 10) -> dict[str, str]:
    """k files: date / title / link / author / section / text labels on their own lines (in `labels`' words), the
    text opening with a dateline alone on its line; a widget line inside half the stories."""
    date, title, link, author, section, text = labels
    out = {}
    for n in range(k):
        body = [f"{CITIES[n]}, Dec {n + 1} (Reuters):", f"Minister number {n} arrived for talks on Monday.", *PARAS]
        if n % 2 == 0:
            body.insert(3, WIDGET)
        out[f"{n:02d}.txt"] = "\n".join([date, f"Friday, December {n + 1}, 2018 4:07 PM", title,
                                         f"Minister holds talks on deliveries {n}", link,
                                         f"https://news.example.in/india/story-{n}.html", author, "Web Team", section,
                                         "Politics", text,
                                         *body]) + "\n"
    return out


def test_clean_fields_s11_text_opening_with_a_dateline_alone_keeps_it():
    """The story's first line is a dateline alone (no full stop) and a widget line that recurs in some files stands
    further down: the field of several lines is the text (every other field is one line), the widget goes. (The
    labels' position alone gives no dump: a section and an author value look like labels, as a menu's items do.)"""
    for labels in [("Data", "Titolo", "Link", "Autore", "Categoria", "Testo"),
                   ("DATE", "TITRE", "LIEN", "AUTEUR", "CATÉGORIE", "CONTENU"),
                   ("Дата", "Заголовок", "Ссылка", "Автор", "Рубрика", "Текст")]:
        arts = _ingest(_dateline_site(labels))
        for n, (name, art) in enumerate(sorted(arts.items())):
            lines = art.text.split("\n")
            # (the product joins a dateline alone to the line it heads)
            assert lines[0].startswith(f"{CITIES[n]}, Dec {n + 1} (Reuters):"), (labels, name, lines[:3])
            assert f"Minister number {n} arrived" in lines[0] and lines[-1] == PARAS[-1]
            assert WIDGET not in lines and not any(x.startswith("https://") for x in lines)
            assert art.title == f"Minister holds talks on deliveries {n}"
            assert art.published == f"2018-12-{n + 1:02d}"


def _same_line_site(labels: tuple[str, str, str], heads: list[str | None]) -> dict[str, str]:
    """Files of 'TITLE: ...' / 'URL: ...' / 'DATE: ...' and the story with no text label; file n's story opens with
    `heads[n]` and a colon (a dateline city, 'Update'), or with no head (None)."""
    title, url, date = labels
    out = {}
    for n, head in enumerate(heads):
        lead = f"The minister number {n} met the envoy on Monday and both sides agreed to resume the talks."
        first = f"{head}: {lead}" if head else lead
        out[f"{n:02d}.txt"] = "\n".join([f"{title} Minister holds talks on deliveries {n}",
                                         f"{url} https://news.example.in/india/story-{n}.html",
                                         f"{date} Updated: Dec {n + 1}, 2018, 16:07 IST", first, *PARAS]) + "\n"
    return out


def test_clean_fields_s11_one_word_story_head_under_same_line_labels_stays():
    """No text label: a story's one-word head in the labels' case ('LONDON:' under 'TITLE:', 'Update:' under
    'Title:') stands in some of the source's files, the labels in all: the head is the story's, the line stays whole
    (one file alone read it as the text's label and lost it)."""
    for labels, head in [(("TITLE:", "URL:", "DATE:"), "LONDON"), (("Title:", "Link:", "Date:"), "Update"),
                         (("BAŞLIK:", "BAĞLANTI:", "TARİH:"), "ANKARA")]:
        heads = [head if n % 3 == 0 else None for n in range(9)]
        arts = _ingest(_same_line_site(labels, heads))
        for n, (name, art) in enumerate(sorted(arts.items())):
            lines = art.text.split("\n")
            lead = f"The minister number {n} met the envoy on Monday and both sides agreed to resume the talks."
            assert lines[0] == (f"{head}: {lead}" if heads[n] else lead), (labels, name, lines[:2])
            assert art.title == f"Minister holds talks on deliveries {n}"
            assert art.published == f"2018-12-{n + 1:02d}"


def test_clean_fields_s11_text_label_on_the_first_line_still_goes():
    """The same site with a text label ('BODY:' in every file) still loses it: it stands as often as the labels."""
    files = _same_line_site(("TITLE:", "URL:", "DATE:"), ["BODY"] * 9)
    arts = _ingest(files)
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.text.split("\n")[0].startswith(f"The minister number {n} met"), (name, art.text[:80])


@settings(max_examples=60, deadline=None)
@given(labels=st.sampled_from([("TITLE:", "URL:", "DATE:"), ("Title:", "Link:", "Date:"), ("Titel:", "Link:", "Datum:"),
                               ("标题：", "链接：", "日期：")]),
       head=st.sampled_from(["LONDON", "Update", "Paris", "NAIROBI", "Officials said", "New Delhi/Mumbai"]),
       where=st.lists(st.booleans(), min_size=6, max_size=10))
def test_clean_fields_s11_property_story_heads_never_lost(labels, head, where):
    """Same-line labels, no text label, a story head in some files (not all): every story keeps its first line
    whole and no label or link stays in the text."""
    if all(where) or not any(where):
        where = [True, False] + where[2:]
    heads = [head if w else None for w in where]
    arts = _ingest(_same_line_site(labels, heads))
    for n, (name, art) in enumerate(sorted(arts.items())):
        lines = art.text.split("\n")
        lead = f"The minister number {n} met the envoy on Monday and both sides agreed to resume the talks."
        assert lines[0] == (f"{head}: {lead}" if heads[n] else lead), (name, lines[:2])
        assert not any(x.startswith(labels) or "https://" in x for x in lines), lines


def _markup_site(style: str, k: int = 8) -> dict[str, str]:
    """Title / Link / Date / Text written in markdown: '## Title' over its value, or '**Title:** value'."""
    out = {}
    for n in range(k):
        fields = [("Title", f"Minister holds talks on deliveries {n}"), ("Link", f"https://news.example.in/s-{n}.html"),
                  ("Date", f"Dec {n + 1}, 2018 16:07")]
        if style == "heading":
            head = [x for label, value in fields for x in (f"## {label}", value)] + ["## Text"]
        else:
            head = [f"**{label}:** {value}" for label, value in fields] + ["**Text:**"]
        out[f"{n:02d}.txt"] = "\n".join([*head, f"The minister number {n} met the envoy on Monday.", *PARAS]) + "\n"
    return out


def test_clean_fields_s11_labels_in_markdown():
    """'## Title' / '**Title:** value' are labels as 'Title' / 'Title: value' are (the marks are no word)."""
    for style in ("heading", "bold"):
        for with_corpus in (True, False):
            files = _markup_site(style)
            arts = _ingest(files) if with_corpus else {
                name: prepare(name, RawDoc(path=name, external_id=name, fmt="txt", text=text, group="one"), None, "now")
                for name, text in list(files.items())[:1]}
            for n, (name, art) in enumerate(sorted(arts.items())):
                lines = art.text.split("\n")
                assert lines[0] == f"The minister number {n} met the envoy on Monday.", (style, name, lines[:3])
                assert not any("**" in x or x.startswith("#") or "https://" in x for x in lines)
                assert art.title == f"Minister holds talks on deliveries {n}"
                assert art.published == f"2018-12-{n + 1:02d}"


def test_clean_fields_s11_markdown_in_the_story_stays_as_written():
    """A bold lead-in inside the kept text is given back as the file writes it."""
    files = _markup_site("heading")
    files = {name: text.replace("Opposition parties", "**Note:** Opposition parties") for name, text in files.items()}
    for name, art in _ingest(files).items():
        assert any(x.startswith("**Note:** Opposition parties") for x in art.text.split("\n")), (name, art.text)


def test_clean_fields_s11_link_label_without_a_space():
    """'链接：https://...' / 'LINK:https://...' (no space after the colon) is a label and a link, not a link alone."""
    for title, link, date, text in [("标题：", "链接：", "日期：", "正文："), ("TITLE:", "LINK:", "DATE:", "TEXT:")]:
        files = {f"{n:02d}.txt": "\n".join([f"{title}Minister holds talks on deliveries {n}",
                                            f"{link}https://news.example.in/s-{n}.html",
                                            f"{date}Dec {n + 1}, 2018 16:07",
                                            f"{text}The minister number {n} met the envoy on Monday.", *PARAS]) + "\n"
                 for n in range(8)}
        for n, (name, art) in enumerate(sorted(_ingest(files).items())):
            lines = art.text.split("\n")
            assert lines[0] == f"The minister number {n} met the envoy on Monday.", (name, lines[:3])
            assert art.title == f"Minister holds talks on deliveries {n}"
            assert art.published == f"2018-12-{n + 1:02d}"


_LETTERS = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüçşğ"), min_size=2, max_size=9)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_LETTERS, min_size=1, max_size=3), colon=st.sampled_from([":", "：", " :"]),
       space=st.sampled_from(["", " "]), path=_LETTERS, upper=st.booleans())
def test_clean_fields_s11_property_label_and_link_on_one_line(words, colon, space, path, upper):
    """A label, a colon and a link read as that label and that link, with or without a space; the link alone on
    its line is no label."""
    from newsdesk.clean.fields import _inline

    label = " ".join(words).upper() if upper else " ".join(words).title()
    url = f"https://news.example.in/{path}/42.html"
    assert _inline(f"{label}{colon}{space}{url}", 4) == (f"{label}{colon}".strip(), url)
    assert _inline(url, 4) is None and _inline(f"http://{path}.example.com/a:b", 4) is None


def _text_first_site(order: list[str], k: int = 10) -> dict[str, str]:
    """The text field first, then one-line fields in `order` (an author left empty in most files, a tag list)."""
    sections = ["Security", "Business", "World", "Politics", "Courts", "Health", "Energy", "Elections", "Trade",
                "Defence", "Budget"]
    out = {}
    for n in range(k):  # each file's own tag list (a list that recurs is no title anyway)
        values = {"TAGS": f"{sections[n]}, {sections[n + 1]}", "LINK": f"https://news.example.in/s-{n}.html", "DATE": f"Dec {n + 1}, 2018 16:07",
                  "TITLE": f"Minister holds talks on deliveries {n}", "AUTHOR": "Web Team" if n % 4 == 0 else None}
        lines = ["TEXT", f"The minister number {n} met the envoy on Monday.", *PARAS]
        for label in order:
            lines += [label] + ([values[label]] if values[label] else [])
        out[f"{n:02d}.txt"] = "\n".join(lines) + "\n"
    return out


def test_clean_fields_s11_tag_list_after_the_text_is_no_title():
    """A tag list ('Security, Business') is a list of label-like items: the headline is the title."""
    for order in (["TAGS", "LINK", "DATE", "TITLE"], ["TAGS", "TITLE", "LINK", "DATE"]):
        for n, (name, art) in enumerate(sorted(_ingest(_text_first_site(order)).items())):
            assert art.title == f"Minister holds talks on deliveries {n}", (order, name, art.title)


def test_clean_fields_s11_empty_field_among_the_fields_after_the_text():
    """An author field left empty among the fields that close a text-first dump closes it as the others do: no
    link, date or headline stays in the text."""
    for order in (["TITLE", "AUTHOR", "DATE", "LINK"], ["LINK", "DATE", "TITLE", "AUTHOR", "TAGS"]):
        for n, (name, art) in enumerate(sorted(_ingest(_text_first_site(order)).items())):
            lines = art.text.split("\n")
            assert lines[0] == f"The minister number {n} met the envoy on Monday." and lines[-1] == PARAS[-1], \
                (order, name, lines[-3:])
            assert art.title == f"Minister holds talks on deliveries {n}" and art.published == f"2018-12-{n + 1:02d}"


def test_clean_fields_s11_other_headlines_block_among_the_closing_fields_goes():
    """Text in the middle: 'Trending' over two of the site's other headlines (lines that stand in other files),
    then the link, an author (its name recurring in some files) and the date: the block and the fields go, the
    story's last line stays last."""
    heads = [f"Minister holds talks on deliveries {chr(65 + n)}" for n in range(10)]
    files = {}
    for n in range(10):
        lines = ["TITLE", heads[n], "TEXT", f"The minister number {n} met the envoy on Monday.", *PARAS, "Trending",
                 heads[(n + 1) % 10], heads[(n + 2) % 10], "LINK", f"https://news.example.in/s-{n}.html", "AUTHOR",
                 *(["Staff Reporter"] if n % 3 == 0 else []), "DATE", f"Dec {n + 1}, 2018 16:07"]
        files[f"{n:02d}.txt"] = "\n".join(lines) + "\n"
    for n, (name, art) in enumerate(sorted(_ingest(files).items())):
        lines = art.text.split("\n")
        assert lines[-1] == PARAS[-1] and not any(x.startswith(("Minister holds", "https://", "Trending"))
                                                  for x in lines), (name, lines[-4:])
        assert art.title == heads[n] and art.published == f"2018-12-{n + 1:02d}"


def test_clean_fields_s11_headline_with_a_comma_is_the_title():
    """A headline with a comma is no tag list: 'Central bank in Jena holds rates, signals caution' (lower-case
    words), 'Storm Hits Jena, Thousands Flee' (names, but the one field of its kind) stay the title."""
    towns = ["Aachen", "Bremen", "Dresden", "Erfurt", "Freiburg", "Giessen", "Hamburg", "Jena"]
    for shape in ("Central bank in {} holds rates, signals caution", "Storm Hits {}, Thousands Flee"):
        heads = [shape.format(t) for t in towns]  # each file's own
        files = {f"{n:02d}.txt": "\n".join(["Title", heads[n], "Link", f"https://news.example.in/s-{n}.html",
                                            "Date & Time", f"Updated: Dec {n + 1}, 2018, 16:07 IST", "Text",
                                            f"The minister number {n} met the envoy on Monday.", *PARAS]) + "\n"
                 for n in range(8)}
        for n, (name, art) in enumerate(sorted(_ingest(files).items())):
            assert art.title == heads[n], (name, art.title)


def test_clean_fields_s11_list_item_words_is_a_setting():
    """CLEAN_FIELD_LIST_ITEM_MAX_WORDS is read from the run's settings: a tag list of two-word names before the
    headline is passed over at 3 and read as the title at 1."""
    from newsdesk.clean.fields import split_fields
    from newsdesk.clean.text import squash
    from newsdesk.settings import DEFAULT

    files = {n: "\n".join(["TAGS", f"Supreme Court, Donald Trump, {CITIES[n].title()}", "TITLE",
                           f"Minister holds talks on deliveries in {CITIES[n].title()}", "LINK",
                           f"https://news.example.in/s-{n}.html", "DATE", f"Dec {n + 1}, 2018 16:07", "TEXT",
                           f"The minister number {n} met the envoy on Monday.", *PARAS]) + "\n" for n in range(8)}
    stats = CorpusStats()
    for text in files.values():
        stats.add("site", text)
    lines = [squash(x) for x in files[0].split("\n") if squash(x)]
    assert split_fields(lines, stats, "site", DEFAULT).title == "Minister holds talks on deliveries in Istanbul"
    one = DEFAULT.replace(CLEAN_FIELD_LIST_ITEM_MAX_WORDS=1)
    assert split_fields(lines, stats, "site", one).title == "Supreme Court, Donald Trump, Istanbul"


# --- session 11 (fields4) ---

def _dateline_text_middle_site(labels: tuple[str, ...], bold: bool, k: int = 10, glued: str = "") -> dict[str, str]:
    """Same-line 'Label: value' fields, the text field in the middle: its label's value is a dateline alone
    ('Text: ISTANBUL, Jun 1 (AFP):'), the story on the lines below, more fields after it."""
    link, date, text, title, author = labels
    out = {}
    for n in range(k):
        def f(label: str, value: str) -> str:
            return f"**{label}:** {value}" if bold else f"{label}: {value}"
        out[f"{n:02d}.txt"] = "\n".join([
            f(link, f"https://news.example.in/world/story-{n}.html"), f(date, f"Jun {n + 1}, 2018 16:07"),
            f(text, f"{CITIES[n]}, Jun {n + 1} (AFP):{glued}"), f"Minister number {n} arrived for talks on Monday.", *PARAS,
            f(title, f"Minister holds talks on deliveries {n}"), f(author, "Web Team")]) + "\n"
    return out


def test_clean_fields_s11_same_line_text_label_over_a_dateline_alone():
    """The text label's value is a dateline alone and running text follows: that is the story's first line, not
    the title (a title is one line and no dateline)."""
    for labels in [("Link", "Date", "Text", "Title", "Author"), ("LIEN", "DATE", "TEXTE", "TITRE", "AUTEUR"),
                   ("Bağlantı", "Tarih", "Metin", "Başlık", "Yazar")]:
        for bold in (False, True):
            arts = _ingest(_dateline_text_middle_site(labels, bold))
            for n, (name, art) in enumerate(sorted(arts.items())):
                lines = art.text.split("\n")
                assert lines[0].startswith(f"{CITIES[n]}, Jun {n + 1} (AFP):"), (labels, bold, name, lines[:2])
                assert PARAS[-1] in lines, (labels, bold, name, lines[-3:])
                assert not (art.title or "").startswith(CITIES[n])
                assert art.published == f"2018-06-{n + 1:02d}"


def test_clean_fields_s11_same_line_text_label_over_a_dateline_and_a_short_line():
    """The text label's value opens with a dateline with its date and agency, then a short line (a caption or a
    kicker, no full stop), and running text follows: the story's first line too."""
    for bold in (False, True):
        arts = _ingest(_dateline_text_middle_site(("Link", "Date", "Text", "Title", "Author"), bold,
                                                  glued=" Report Sees Guns as Path to Safety"))
        for n, (name, art) in enumerate(sorted(arts.items())):
            lines = art.text.split("\n")
            assert lines[0] == f"{CITIES[n]}, Jun {n + 1} (AFP): Report Sees Guns as Path to Safety", (bold, name, lines)
            assert PARAS[-1] in lines and not any(x.startswith(("https://", "**", "Link", "Text")) for x in lines)


def test_clean_fields_s11_dateline_alone_then_widget_lines_in_the_story():
    """Labels on their own lines (corpus labels), the text field opening with a dateline alone over running text,
    and the crawler's widget lines left in the story: a long one ('Scroll to continue with content', no label)
    and a short one that recurs in some files ('Story continues below advertisement'). The field that opens with
    a dateline over running text is the text; the widgets inside it go, the story keeps its first and last line."""
    labels = ("DATE", "TITRE", "LIEN", "AUTEUR", "CATÉGORIE", "CONTENU")
    files = {}
    for name, text in _dateline_site(labels).items():
        n = int(name[:2])
        lines = text.rstrip("\n").split("\n")
        lines = [x for x in lines if x != WIDGET]
        at = lines.index("CONTENU") + 3
        lines[at:at] = ["Scroll to continue with content"]
        if n % 3:
            lines.insert(at + 2, "Story continues below advertisement")
        files[name] = "\n".join(lines) + "\n"
    arts = _ingest(files)
    for n, (name, art) in enumerate(sorted(arts.items())):
        lines = art.text.split("\n")
        assert lines[0].startswith(f"{CITIES[n]}, Dec {n + 1} (Reuters):"), (name, lines[:3])
        assert lines[-1] == PARAS[-1], (name, lines[-3:])
        assert not any(x.startswith(("https://", "Story continues", "Scroll to")) for x in lines), (name, lines)
        assert art.title == f"Minister holds talks on deliveries {n}"


def test_clean_fields_s11_same_line_fields_after_a_text_in_the_middle():
    """Same-line fields of no link or date after a text in the middle ('Category: Business', 'Tags: ...',
    'Title: ...'): their heads stand in as many of the source's files as the labels that open the file, so they
    are fields, not the story's last lines (left in the text they made it read as a page of short lines and the
    dateline alone over the lead was cut). Markdown bold heads count as heads too."""
    for bold in (False, True):
        def f(label: str, value: str, bold: bool = bold) -> str:
            return f"**{label}:** {value}" if bold else f"{label}: {value}"
        files = {}
        for n in range(10):
            files[f"{n:02d}.txt"] = "\n".join([
                f("Link", f"https://news.example.in/world/story-{n}.html"), f("Date", f"Jun {n + 1}, 2018 16:07"),
                f("Text", f"{CITIES[n]}, Jun {n + 1} (AFP):"), f"Minister number {n} arrived for talks on Monday.",
                *PARAS, f("Category", "Business"), f("Tags", "Elections, Politics"),
                f("Title", f"Minister holds talks on deliveries {n}")]) + "\n"
        arts = _ingest(files)
        for n, (name, art) in enumerate(sorted(arts.items())):
            lines = art.text.split("\n")
            assert lines[0].startswith(f"{CITIES[n]}, Jun {n + 1} (AFP):"), (bold, name, lines[:2])
            assert lines[-1] == PARAS[-1], (bold, name, lines[-3:])
            assert art.title == f"Minister holds talks on deliveries {n}", (bold, name, art.title)


def test_clean_corpus_head_key_reads_markdown_bold_heads():
    from newsdesk.clean.corpus import head_key
    for line in ["**Title:** Minister meets envoy", "**Title**: Minister meets envoy", "__Title:__ Minister"]:
        assert head_key(line) == head_key("Title: Minister meets envoy") is not None, line
    assert head_key("**Note** the minister met") is None
