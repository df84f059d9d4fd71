"""Field dumps of session 13 (fields6): a dump whose only date is a numeric one that reads either way (review12
finding 23), and the layouts of the fields13 probe sites."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_clean_fields_real import _ingest  # one folder through prepare with its corpus evidence

from newsdesk.clean import CorpusStats
from newsdesk.clean.fields import split_fields
from newsdesk.clean.text import squash

TOPICS = ["Flood", "Strike", "Budget", "Storm", "Court", "Border", "Rates", "Harvest"]
# (month, day): five read either way, three only month first (a day over 12)
US_DAYS = [(3, 4), (12, 21), (5, 6), (1, 30), (7, 8), (2, 3), (11, 27), (4, 5)]


def _us_site(sep: str, days=US_DAYS) -> dict[str, str]:
    """Title / Date ('03/04/2019 2:07 PM') / Author / Text, no link field."""
    out = {}
    for n, (m, d) in enumerate(days):
        out[f"{n:02d}.txt"] = "\n".join([
            f"Title{sep}{TOPICS[n]} talks end without a deal in Washington",
            f"Date{sep}{m:02d}/{d:02d}/2019 2:07 PM", f"Author{sep}Jane Doe",
            f"Text{sep}{TOPICS[n]} officials met the envoy on Monday to discuss the deliveries.",
            f"The two sides also discussed relief for {n + 3} districts, according to a statement.",
            f"Officials said the next round of talks is expected in {n + 2} weeks."]) + "\n"
    return out


@pytest.mark.parametrize("sep", [": ", " | "])
def test_clean_fields13_dump_without_link_and_ambiguous_dates(sep):
    """Review12 finding 23: a dump with no link whose date reads either way ('03/04/2019') was no dump: 'Title:' and
    'Text:' stayed in the text and the title, and no day was read. The date is a date field by its shape; the
    source's files with a day over 12 settle the order (month first), so every file gets its day."""
    arts = _ingest(_us_site(sep))
    for n, (name, art) in enumerate(sorted(arts.items())):
        m, d = US_DAYS[n]
        assert art.title == f"{TOPICS[n]} talks end without a deal in Washington", name
        assert art.text.split("\n")[0].startswith(f"{TOPICS[n]} officials met"), (name, art.text[:80])
        assert "Text" not in art.text and "Jane Doe" not in art.text
        assert art.published == f"2019-{m:02d}-{d:02d}", name


def test_clean_fields13_ambiguous_dates_unsettled_state_no_day():
    """Every file's date reads either way: the dump is read (labels, title, author go) but no day is stated."""
    low = [(3, 4), (5, 6), (7, 8), (2, 3), (4, 5)]
    files = _us_site(": ", days=low)
    arts = _ingest(files)
    stats = CorpusStats()
    for text in files.values():
        stats.add("g", text)
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.title == f"{TOPICS[n]} talks end without a deal in Washington"
        assert art.published is None, name
        dump = split_fields([squash(x) for x in files[name].splitlines()], stats, "g")
        assert [r for x, r in dump.removed if x.endswith("2:07 PM")] == ["field"]


STORY = ["Dockworkers at the largest grain terminal stayed off the job on Friday, leaving dozens of ships at anchor.",
         "The union wants a pay rise in line with inflation and new rules on night shifts.",
         "Talks are set to resume on Monday."]


def _files(make, k: int = 6) -> dict[str, str]:
    return {f"{n:02d}.txt": "\n".join(make(n)) + "\n" for n in range(k)}


def _story(n: int) -> list[str]:
    return [f"{TOPICS[n]} workers at the largest terminal stayed off the job on Friday, leaving {n + 3} ships at anchor.",
            *STORY[1:-1], f"Talks are set to resume in {n + 2} days."]


@pytest.mark.parametrize("header", [["# crawl 2024-06-1{n} 03:11 UTC job=rss-44{n}"],
                                    ["Fetched at 2024-06-1{n}T03:11:09Z"],
                                    ["# crawl 2024-06-1{n} 03:11 UTC job=rss-44{n}", "====="]])
def test_clean_fields13_crawl_header_above_same_line_fields(header):
    """A crawl header above 'Title: ...' / 'Date: ...' / 'Source: ...' / 'Text:' (fields13_zh_fullwidth_source,
    fields13_repeated_tags): the fields no longer open the file, so no dump was read by position. A line that stands
    in the source's other files (digits aside), a date stamp or a rule line above the fields is the crawler's
    header (CLEAN_FIELD_HEADER_MAX_LINES) and goes."""
    arts = _ingest(_files(lambda n: [h.format(n=n) for h in header] + [
        f"Title: {TOPICS[n]} strike halts grain exports", f"Published: Mar {n + 3}, 2024 2:10 PM",
        "Category: World", "Category: Europe", "Tags: energy", "Text:", *_story(n)]))
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.title == f"{TOPICS[n]} strike halts grain exports", (name, art.text[:200])
        assert art.text.split("\n")[0] == _story(n)[0] and art.text.split("\n")[-1] == _story(n)[-1]
        assert art.published == f"2024-03-{n + 3:02d}"
        assert "Europe" not in art.text and "2024-06" not in art.text


@pytest.mark.parametrize("bracket", ["[{}]", "【{}】"])
@pytest.mark.parametrize("same_line", [False, True])
def test_clean_fields13_bracketed_labels(bracket, same_line):
    """Labels written in brackets ('[Título]' over the value, or '[Título] value'): read as the labels, as markdown
    ones are; before, the file was read as a page and the story's last line went with the labels."""
    labels = ["Título", "Fecha", "Enlace", "Texto"]

    def make(n):
        values = [f"{TOPICS[n]} frena las exportaciones de grano", f"{n + 3} de marzo de 2024 - 14:10 CET",
                  f"https://www.diario-example.com/news/story-{n}"]
        lines = []
        for lab, v in zip(labels, values, strict=False):
            lines += [f"{bracket.format(lab)} {v}"] if same_line else [bracket.format(lab), v]
        return lines + [bracket.format(labels[-1]), *_story(n)]

    arts = _ingest(_files(make))
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.title == f"{TOPICS[n]} frena las exportaciones de grano", name
        assert art.text.split("\n")[0] == _story(n)[0] and art.text.split("\n")[-1] == _story(n)[-1]
        assert art.published == f"2024-03-{n + 3:02d}"
        assert "Texto" not in art.text and "Enlace" not in art.text


def test_clean_fields13_bracketed_story_line_stays_as_written():
    """A story's own '[Update] ...' line is given back as written when the dump keeps it."""
    files = _files(lambda n: [f"Title: {TOPICS[n]} strike halts grain exports", f"Date: March {n + 3}, 2024",
                              f"URL: https://news.example.com/{n}", "Text:", *_story(n)[:-1],
                              "[Update] The ministry later confirmed the figures.", _story(n)[-1]])
    for art in _ingest(files).values():
        assert "[Update] The ministry later confirmed the figures." in art.text.split("\n")


@pytest.mark.parametrize("fence", ["---", "***"])
def test_clean_fields13_front_matter_block(fence):
    """A YAML front-matter block ('---' / 'title: "..."' / 'date: ...' / 'url: ...' / 'tags: [...]' / 'author: "..."'
    / '---') over the story: the fences go, the values are told apart by their shape (the title without its
    quotes), and the story after the closing fence is the text (before: the last field, 'author', took the story
    as its value and the title stayed in the text with its quotes)."""
    arts = _ingest(_files(lambda n: [f"# crawl 2024-06-1{n} 03:11 UTC", fence,
                                     f'title: "{TOPICS[n]} strike halts grain exports"',
                                     f"date: 2024-03-{n + 3:02d}T14:10:00+01:00",
                                     f"url: https://www.ledger-example.com/news/story-{n}", "tags: [energy, news]",
                                     'author: "Staff"', fence, *_story(n)]))
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.title == f"{TOPICS[n]} strike halts grain exports", (name, art.text[:200])
        assert art.text.split("\n")[0] == _story(n)[0] and art.text.split("\n")[-1] == _story(n)[-1]
        assert art.published == f"2024-03-{n + 3:02d}"
        assert fence not in art.text and "Staff" not in art.text


def test_clean_fields13_quoted_values():
    """'title = "..."' / 'published = "14/03/2024 14:11"' / 'link = "https://..."': the title is read without its
    quotes, the quoted link is the link (its quotes no longer hide its shape)."""
    arts = _ingest(_files(lambda n: [f"Crawled: 2024-06-1{n} 03:11:09", f'title = "{TOPICS[n]} strike halts exports"',
                                     f'published = "{n + 13}/03/2024 14:11"',
                                     f'link = "https://www.courier-example.com/news/story-{n}"', 'section = "World"',
                                     "body =", *_story(n)]))
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.title == f"{TOPICS[n]} strike halts exports", name
        assert art.published == f"2024-03-{n + 13:02d}"
        assert art.text.split("\n")[0] == _story(n)[0] and "World" not in art.text


@pytest.mark.parametrize("source, agency", [("Source: {}", "Reuters"), ("来源：{}", "新华社"), ("**Sumber:** {}", "Antara"),
                                            ("Источник: {}", "ТАСС")])
def test_clean_fields13_source_field_naming_an_agency_is_a_credit(source, agency):
    """A 'Source' field whose value names an agency and nothing else goes as the story's credit (reason 'credit'),
    not as an anonymous field; a source field of another value ('Example News') stays a field."""
    for value, reason in ((agency, "credit"), ("Example News", "field")):
        files = _files(lambda n, value=value: [f"Title: {TOPICS[n]} strike halts grain exports",
                                               f"Date: March {n + 3}, 2024", source.format(value),
                                               f"URL: https://news.example.com/{n}", "Text:", *_story(n)])
        stats = CorpusStats()
        for text in files.values():
            stats.add("g", text)
        dump = split_fields([squash(x) for x in files["00.txt"].splitlines()], stats, "g")
        assert (value, reason) in dump.removed, dump.removed


VOCABS = [("Title", "Date", "Link", "Author", "Tags", "Text"), ("Titel", "Datum", "Quelle", "Autor", "Schlagwörter",
                                                                  "Inhalt"),
          ("Заголовок", "Дата", "Ссылка", "Автор", "Теги", "Текст"), ("标题", "日期", "链接", "作者", "标签", "正文"),
          ("Judul", "Tanggal", "Tautan", "Penulis", "Label", "Isi")]
LAYOUTS = ["own", "own_colon", "same", "bracket", "bold", "heading"]
WIDGET = ["Advertisement", "Story continues below advertisement", "Watch Video"]


def _write_field(layout: str, label: str, value: str | None) -> list[str]:
    colon = "：" if label[0] > "\u3000" else ":"
    if layout == "same" and value is not None:
        return [f"{label}{colon} {value}"]
    head = {"own": label, "own_colon": label + colon, "same": label + colon, "bracket": f"[{label}]",
            "bold": f"**{label}{colon}**", "heading": f"## {label}"}[layout]
    if layout == "bold" and value is not None:
        return [f"{head} {value}"]
    return [head] + ([value] if value is not None else [])


@settings(max_examples=60, deadline=None)
@given(vocab=st.sampled_from(VOCABS), layout=st.sampled_from(LAYOUTS), order=st.permutations(range(5)),
       extras=st.integers(3, 5), header=st.sampled_from([[], ["Crawled: 2024-06-1{n} 03:11:09"],
                                                         ["# crawl 2024-06-1{n} 03:11 UTC", "---"]]),
       widgets=st.lists(st.tuples(st.sampled_from(WIDGET), st.integers(1, 3)), max_size=2))
def test_clean_fields13_property_field_order_and_junk_keep_the_story(vocab, layout, order, extras, header, widgets):
    """Any order of a site's fields (title, date, link and up to two more), any of six label layouts, a crawl header
    or none, widget lines inside the story: the dump is read, and its text keeps the story's first and last line and
    the title is the headline."""
    def make(n):
        values = [f"{TOPICS[n]} strike halts grain exports", f"March {n + 3}, 2024 2:10 PM",
                  f"https://news.example.com/story-{n}", "Staff Reporter", "Energy, Trade"]
        lines = [h.format(n=n) for h in header]
        for k in [k for k in order if k < extras]:
            lines += _write_field(layout, vocab[k], values[k])
        body = _story(n)
        for w, at in widgets:
            body.insert(at, w)
        return lines + _write_field(layout, vocab[5], None) + body

    files = _files(make, k=5)
    stats = CorpusStats()
    for text in files.values():
        stats.add("g", text)
    for n, (name, text) in enumerate(sorted(files.items())):
        dump = split_fields([squash(x) for x in text.splitlines() if x.strip()], stats, "g")
        assert dump is not None, name
        kept = [s for _, s in dump.text]
        assert _story(n)[0] in kept and _story(n)[-1] in kept, (name, kept)
        assert dump.title == f"{TOPICS[n]} strike halts grain exports"


def test_clean_fields13_widget_lines_inside_the_story_go_before_the_tail_step():
    """'Read More' / 'Trending Now' that a crawler's innerText left between the story's paragraphs (each standing in
    many of the source's files) were read by the tail step as a read-also heading: the story's last line went with
    them (fields_stress --wide12 B57_fr_equals, B09_hi_em_dash). A run of such lines between the story's running
    text and a running-text line of the file's own goes as boilerplate; a 'Trending' block closing the text, other
    stories' headlines after it, still goes as a tail."""
    heads = [f"{t} strike halts grain exports" for t in TOPICS]

    def story(n):  # no line shared with another file, digits aside
        return [f"{TOPICS[n]} workers stayed off the job on Friday, leaving ships at anchor.",
                f"The {TOPICS[n].lower()} union wants a pay rise and new rules on night shifts.",
                f"{TOPICS[n]} talks are set to resume next week."]

    def make(n):
        body = story(n)
        widgets = [["Read More", "Trending Now"], ["Trending Now"], ["Read More"]][n % 3]
        return [f"Title = {heads[n]}", f"Date = March {n + 3}, 2024", f"Link = https://news.example.com/{n}",
                f"Text = {body[0]}", *body[1:-1], *widgets, body[-1], "Trending", heads[(n + 1) % 8], heads[(n + 2) % 8]]

    arts = _ingest(_files(make, k=8))
    for n, (name, art) in enumerate(sorted(arts.items())):
        lines = art.text.split("\n")
        assert [x for x in lines if x] == story(n), name
        assert not {"Read More", "Trending Now", "Trending", heads[(n + 1) % 8]} & set(lines)


def _own_story(n: int) -> list[str]:
    """Three lines no other file shares (digits aside)."""
    return [f"{TOPICS[n]} officials met the envoy on Monday to discuss the deliveries and the {TOPICS[n].lower()} plan.",
            f"The {TOPICS[n].lower()} talks also covered spare parts, according to a statement.",
            f"A {TOPICS[n].lower()} summit is planned for the spring."]


def _text_first_site(text_line, sep: str, labels=("TITLE", "LINK", "DATE")) -> dict[str, str]:
    """The text field first ('<TEXT><sep><first line>' / the story), then the title, link and date fields."""
    def make(n):
        return [text_line(n), *_own_story(n)[1:], f"{labels[0]}{sep}{TOPICS[n]} talks end without a deal",
                f"{labels[1]}{sep}https://news.example.com/{n}", f"{labels[2]}{sep}March {n + 3}, 2024 2:10 PM"]
    return _files(make, k=8)


def _assert_text_first(arts, first):
    for n, (name, art) in enumerate(sorted(arts.items())):
        lines = [x for x in art.text.split("\n") if x]
        assert art.title == f"{TOPICS[n]} talks end without a deal", (name, art.title)
        assert lines[0] == first(n) and lines[-1] == _own_story(n)[-1], (name, lines[:2])
        assert art.published == f"2024-03-{n + 3:02d}"


@pytest.mark.parametrize("sep", [" – ", ": "])
def test_clean_fields13_text_first_caps_label_over_a_glued_dateline(sep):
    """'METIN – LONDON, Mar 31 (Reuters): The committee ...' opens every file, the title, link and date after the
    story (fields_stress --wide12 B18_tr_en_dash): the capital head read as a dateline ('METIN:'), so no dump was
    read. A head that stands in as many of the source's files as the file's other same-line heads is the crawler's
    label; a city's dateline stands in some files only."""
    cities = ["LONDON", "PARIS", "DELHI", "CAIRO"]

    def text_line(n):
        return f"METIN{sep}{cities[n % 4]}, Mar {n + 3} (Reuters): {_own_story(n)[0]}"

    arts = _ingest(_text_first_site(text_line, sep, ("BAŞLIK", "BAĞLANTI", "TARIH")))
    _assert_text_first(arts, lambda n: text_line(n).split(sep, 1)[1])


def test_clean_fields13_text_first_dateline_alone_over_an_exclaiming_lead():
    """'Metin - LONDON, Dec 1 (Reuters):' (a dateline alone as the text field's value) over a lead that ends with
    '!', the headline under 'Başlık -' after the story: the dateline was taken for the title (fields_stress --wide12
    B62_tr_dash). The headline among the fields after the text makes the one field before the story the text's."""
    def text_line(n):
        return f"Metin - LONDON, Dec {n + 1} (Reuters):"

    def make(n):
        return [text_line(n), f"{TOPICS[n]} officials put the government on notice: no deal, no laws for you!",
                *_own_story(n)[1:], f"Başlık - {TOPICS[n]} talks end without a deal",
                f"Bağlantı - https://news.example.com/{n}", f"Tarih - March {n + 3}, 2024 2:10 PM"]

    arts = _ingest(_files(make, k=8))
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.title == f"{TOPICS[n]} talks end without a deal", (name, art.title)
        assert art.text.startswith(f"LONDON, Dec {n + 1} (Reuters):") and "no laws for you!" in art.text
        assert art.published == f"2024-03-{n + 3:02d}"


def test_clean_fields13_text_first_caption_line_under_the_text_label():
    """'TESTO = LONDON - Blake Farenthold ... at the Capitol.CreditJoshua Roberts/Reuters' (a caption, no sentence)
    opens the text field, the headline under 'TITOLO =' after the story (fields_stress --wide12 A38_it_equals): the
    caption was taken for the title. A headline among the fields after the text makes the one field before the
    story the text's."""
    def text_line(n):
        return f"TESTO = LONDON - Officials at the {TOPICS[n].lower()} talks on Monday.CreditJane Roe/Reuters"

    arts = _ingest(_text_first_site(text_line, " = ", ("TITOLO", "LINK", "DATA")))
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.title == f"{TOPICS[n]} talks end without a deal", (name, art.title)
        assert _own_story(n)[-1] in art.text and "TESTO" not in art.text


def test_clean_fields13_tab_label_over_a_dash_dateline():
    """'Contenu<TAB>MUMBAI - Speaker ...' in every file of a site whose stories open with one city's dash dateline
    (fields_stress --wide12 B35_fr_tab): 'Contenu MUMBAI' before ' - ' stood in every file too and hid the tab
    head, so no dump was read. Both heads are counted; the separator with more heads in the file wins."""
    def make(n):
        return ["Auteur\tWeb Team", f"Date\t{n + 3} mars 2024 à 09h04", f"Contenu\tMUMBAI - {_own_story(n)[0]}",
                *_own_story(n)[1:], f"Titre\t{TOPICS[n]} talks end without a deal",
                f"Lien\thttps://news.example.com/{n}"]

    arts = _ingest(_files(make, k=8))
    for n, (name, art) in enumerate(sorted(arts.items())):
        lines = [x for x in art.text.split("\n") if x]
        assert lines[0] == f"MUMBAI - {_own_story(n)[0]}", (name, lines[:1])
        assert art.title == f"{TOPICS[n]} talks end without a deal" and "Titre" not in art.text


def test_clean_fields13_labels_of_the_source_without_link_or_date():
    """Review13 finding 19: 'Title: <headline>' / 'Author: Staff reporter' / 'Text:' / the story, no date or link
    field, in every file of a source: no dump was read ('Title: ...' stayed the text's first line and the title).
    Labels that stand in enough of the source's files are the crawler's label set, link or date or none; a file
    alone (no evidence) is still no dump: a page's 'Title:' / 'Author:' / 'Text:' headings look the same."""
    def make(n):
        return [f"Title: {TOPICS[n]} talks end without a deal", "Author: Staff reporter", "Text:", *_own_story(n)]

    files = _files(make, k=7)
    for n, (name, art) in enumerate(sorted(_ingest(files).items())):
        assert art.title == f"{TOPICS[n]} talks end without a deal", name
        assert [x for x in art.text.split("\n") if x] == _own_story(n), name
    assert split_fields([squash(x) for x in files["00.txt"].splitlines()], None, "g") is None


@pytest.mark.parametrize("header", ["Fetched at 2024-06-10T03:11:09Z", "Crawled on 10 June 2024", "---"])
def test_clean_fields13_crawl_header_above_a_file_alone(header):
    """One file, no source evidence: a dated stamp-sized line ('Fetched at 2024-06-10T03:11:09Z', whose 'T' and 'Z'
    made it no date field's value) or a rule line above 'Title:' / 'Date:' / 'Text:' is the crawler's header; before,
    the crawl line was the article's title (review13's b20 case)."""
    lines = [header, "Title: Port strike halts grain exports", "Date: March 4, 2024", "Text:", *STORY]
    dump = split_fields(lines, None, "")
    assert dump is not None and dump.title == "Port strike halts grain exports"
    assert [s for _, s in dump.text] == STORY and (header, "page") in dump.removed
