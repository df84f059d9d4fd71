"""Field dumps of session 12 (fields5): same-line fields written with another separator than a colon ('Title = ...',
'Title | ...', 'Title - ...', 'Title<TAB>...'), known by the source's files (the label set recurs before the same
separator), never by the labels' words; a story's 'WASHINGTON - The Senate ...' is no field."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_clean_fields_real import _ingest  # one folder through prepare with its corpus evidence

from newsdesk.clean import CorpusStats
from newsdesk.clean.fields import split_fields
from newsdesk.clean.text import squash

STORY = [
    "The two sides also discussed joint production of spare parts, according to a statement issued after the talks.",
    "Officials said the next round of talks is expected to be held in Moscow later this year.",
    "Opposition parties criticised the pace of the deliveries and asked for a debate in parliament.",
]
TOPICS = ["Flood", "Strike", "Budget", "Storm", "Court", "Border", "Rates", "Harvest", "Election", "Bridge"]
LABELS = {"en": ("Title", "Link", "Date", "Author", "Text"), "de": ("Titel", "Link", "Datum", "Autor", "Inhalt"),
          "tr": ("Başlık", "Bağlantı", "Tarih", "Yazar", "Metin")}


def _first(n: int) -> str:
    return f"{TOPICS[n]} officials number {n} met the envoy on Monday to discuss the deliveries."


def _sep_site(sep: str, lang: str = "en", k: int = 8, first=_first) -> dict[str, str]:
    """k files of 'Label<sep>value' lines: title, link, date, an author left empty in every other file ('Author -'),
    then the text label with the story's first line, and the story."""
    title, link, date, author, text = LABELS[lang]
    out = {}
    for n in range(k):
        lines = [f"{title}{sep}{TOPICS[n]} talks end without a deal in the capital",
                 f"{link}{sep}https://news.example.in/india/story-{n}.html",
                 f"{date}{sep}December {n + 1}, 2018 4:07 PM",
                 f"{author}{sep}Web Team" if n % 2 else f"{author}{sep}".rstrip(),
                 f"{text}{sep}{first(n)}", *STORY]
        out[f"{n:02d}.txt"] = "\n".join(lines) + "\n"
    return out


@pytest.mark.parametrize("sep", [" = ", " | ", " - ", " – ", " — ", "\t"])
@pytest.mark.parametrize("lang", ["en", "de", "tr"])
def test_clean_fields_p12_same_line_separators(sep, lang):
    """The labels stand before the same separator in every file: read as 'Label: value' (the values told apart by
    their shape). Before: no dump, 'Text = ' stayed on the first line and no title was read."""
    arts = _ingest(_sep_site(sep, lang))
    for n, (name, art) in enumerate(sorted(arts.items())):
        lines = art.text.split("\n")
        assert lines[0] == _first(n), (sep, lang, name, lines[:2])
        assert lines[-1] == STORY[-1]
        assert art.title == f"{TOPICS[n]} talks end without a deal in the capital"
        assert art.published == f"2018-12-{n + 1:02d}"
        assert art.url == f"https://news.example.in/india/story-{n}.html"
        labels = [r.text for r in art.removed if r.reason == "field_label"]
        assert labels[0] == squash(f"{LABELS[lang][0]}{sep}").strip()  # the label as written


def _washington(n: int) -> str:
    return f"WASHINGTON - The Senate voted {50 + n} to {40 - n} on Tuesday to pass the bill on the {TOPICS[n]} fund."


def test_clean_fields_p12_dateline_dash_is_no_label():
    """Every story of a Washington paper opens 'WASHINGTON - ...' and its first line is 'Headline - Site name': the
    dash head recurs, but alone (no label set): the files are read as before, the dateline stays whole."""
    files = {f"{n:02d}.txt": "\n".join([f"{TOPICS[n]} bill clears the Senate - The Capital Post",
                                        "By Jane Doe, Staff Writer", _washington(n), *STORY]) + "\n" for n in range(8)}
    for n, (name, art) in enumerate(sorted(_ingest(files).items())):
        assert _washington(n) in art.text.split("\n"), (name, art.text[:120])
        assert not any(r.reason == "field_label" for r in art.removed)


def test_clean_fields_p12_dash_fields_over_a_dash_dateline():
    """A dump written with ' - ' whose text opens with a dash dateline: the text's first line is the dateline line
    whole (the text label goes), not a field 'WASHINGTON' with the story as its value."""
    arts = _ingest(_sep_site(" - ", first=_washington))
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.text.split("\n")[0] == _washington(n), (name, art.text[:120])
        assert art.title == f"{TOPICS[n]} talks end without a deal in the capital"


def test_clean_fields_p12_separator_needs_the_source():
    """In a file alone (no corpus evidence) ' = ' is no separator: nothing tells a label set from a story's lines."""
    lines = [squash(x) for x in _sep_site(" = ")["03.txt"].splitlines()]
    assert split_fields(lines, None, "g") is None
    stats = CorpusStats()
    stats.add("g", "\n".join(lines))
    assert split_fields(lines, stats, "g") is None


@pytest.mark.parametrize("sep, empty", [(": ", "Autor:"), (" = ", "Autor ="), ("\t", "Autor")])
def test_clean_fields_p12_empty_field_over_the_text_label(sep, empty):
    """An author left empty ('Autor:') right over 'Inhalt: <the story's first line>': over running text a label was
    the text's, and 'Inhalt:' stayed on the first line (colon too, before session 12). The source's files show
    'Inhalt' before the separator in every file, as often as the labels before: it is the text's label."""
    files = {name: text.replace("Author", "Autor").replace("\nText", "\nInhalt")
             for name, text in _sep_site(sep).items()}
    files = {name: "\n".join(empty if x.startswith("Autor") and i % 2 == 0 else x for x in text.split("\n"))
             for i, (name, text) in enumerate(sorted(files.items()))}
    for n, (name, art) in enumerate(sorted(_ingest(files).items())):
        assert art.text.split("\n")[0] == _first(n), (sep, name, art.text[:80])
        assert art.title == f"{TOPICS[n]} talks end without a deal in the capital"


_WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüçşğ"), min_size=3, max_size=8)


@settings(max_examples=40, deadline=None)
@given(words=st.lists(_WORD, min_size=5, max_size=5, unique=True), sep=st.sampled_from([" = ", " | ", " - ", "\t"]),
       upper=st.booleans())
def test_clean_fields_p12_property_any_label_words(words, sep, upper):
    """Any five label words (no word list): the source's files make them the labels; the text keeps its first and
    last line and the headline is the title."""
    labels = [w.upper() if upper else w.title() for w in words]
    stats, files = CorpusStats(), []
    for n in range(6):
        raw = "\n".join([f"{labels[0]}{sep}{TOPICS[n]} talks end without a deal", f"{labels[1]}{sep}https://x.example"
                         f".in/{n}.html", f"{labels[2]}{sep}December {n + 1}, 2018", f"{labels[3]}{sep}Web Team",
                         f"{labels[4]}{sep}{_first(n)}", *STORY])
        stats.add("g", raw)
        files.append([squash(x) for x in raw.split("\n")])
    for n, lines in enumerate(files):
        dump = split_fields(lines, stats, "g")
        assert dump is not None, (labels, sep)
        assert [s for _, s in dump.text] == [_first(n), *STORY]
        assert dump.title == f"{TOPICS[n]} talks end without a deal"


def _story(n: int) -> list[str]:
    """STORY as one file's own (a line in every file of a source is its boilerplate)."""
    return [x.replace("talks", f"{TOPICS[n].lower()} talks").replace("deliveries", f"{TOPICS[n].lower()} deliveries")
            for x in STORY]


def _summary_file(n: int, colon: bool) -> str:
    """Title, link, a summary of two lines, date, author, then the text (labels on their own lines or before a
    colon); the story's own first and last lines are `_first(n)` and `_story(n)[-1]`."""
    fields = [("Title", f"{TOPICS[n]} talks end without a deal in the capital"),
              ("Link", f"https://news.example.com/a/{n}"),
              ("Summary", f"The {TOPICS[n].lower()} plan was approved on Monday.\nIt will cost {n + 2} billion euros."),
              ("Date", f"March {n + 5}, 2024"), ("Author", "Jane Doe"), ("Text", "\n".join([_first(n), *_story(n)]))]
    return "\n".join(f"{label}: {value}" if colon else f"{label}\n{value}" for label, value in fields) + "\n"


@pytest.mark.parametrize("colon", [True, False])
@pytest.mark.parametrize("k", [1, 4, 6])
def test_clean_fields_p12_summary_of_two_lines_before_the_text(colon, k):
    """A 'Summary:' of two lines before 'Date:' / 'Author:' / 'Text: <story>': the summary opens the text (the
    article's standfirst, kept), every label goes ('Text: ' stayed on the story's first line, session 11 review r15),
    the headline is the title and the date field dates it. In a file alone, and with the source's files."""
    arts = _ingest({f"{n:02d}.txt": _summary_file(n, colon) for n in range(k)})
    for n, (name, art) in enumerate(sorted(arts.items())):
        lines = art.text.split("\n")
        assert lines[0] == f"The {TOPICS[n].lower()} plan was approved on Monday.", (name, lines[:4])
        assert _first(n) in lines and lines[-1] == _story(n)[-1], (name, lines)
        assert not any(x.startswith(("Text", "Date", "Author", "Jane Doe")) for x in lines), (name, lines)
        assert art.title == f"{TOPICS[n]} talks end without a deal in the capital"
        assert art.published == f"2024-03-{n + 5:02d}"


def test_clean_fields_p12_story_paragraphs_before_a_link_field_stay_the_text():
    """A text field in the middle ('Text: ...' / its paragraphs / 'Link: ...' / 'Date: ...' closing): its lines are
    the story's, not a field's value that goes on (no later field opens a story)."""
    raw = "\n".join([f"Title: {TOPICS[1]} talks end without a deal in the capital", "Section: Politics",
                     f"Text: {_first(1)}", *STORY, "Link: https://news.example.com/a/1", "Date: March 6, 2024"]) + "\n"
    art = _ingest({"a.txt": raw})["a.txt"]
    assert [x for x in art.text.split("\n") if x] == [_first(1), *STORY]
    assert art.title == f"{TOPICS[1]} talks end without a deal in the capital" and art.published == "2024-03-06"



_DAYS = [(3, 5), (21, 3), (7, 11), (15, 6), (2, 2), (28, 9), (11, 12), (9, 4)]  # (day, month); 3 days over 12


def _numeric_site(order: str, days=_DAYS, sep: str = ": ", label: str = "Date") -> dict[str, str]:
    """Files whose date field is numeric, day first ('dmy': '03/05/2019 14:07') or month first ('mdy')."""
    out = {}
    for n, (d, m) in enumerate(days):
        value = f"{d:02d}/{m:02d}/2019 14:07" if order == "dmy" else f"{m:02d}-{d:02d}-2019 14:07"
        out[f"{n:02d}.txt"] = "\n".join([f"Title{sep}{TOPICS[n]} talks end without a deal in the capital",
                                         f"Link{sep}https://news.example.in/story-{n}.html", f"{label}{sep}{value}",
                                         f"Text{sep}{_first(n)}", *_story(n)]) + "\n"
    return out


@pytest.mark.parametrize("order", ["dmy", "mdy"])
@pytest.mark.parametrize("sep, label", [(": ", "Date"), (" | ", "Datum"), ("\n", "Tarih")])
def test_clean_fields_p12_numeric_date_order_from_the_source(order, sep, label):
    """'05/03/2019' under 'Date:' is 5 March or May 3: the source's other files with a day over 12 under the same
    label settle the order (CorpusStats.field_order), and the cleaner marks the value 'timestamp_dmy' or
    'timestamp_mdy' for dating; a value a day over 12 already settles stays 'timestamp'."""
    files = _numeric_site(order, sep=sep, label=label)
    stats = CorpusStats()
    for text in files.values():
        stats.add("g", text)
    assert stats.field_order("g", label) == order and stats.field_order("g", "Title") is None
    for n, text in enumerate(files.values()):
        dump = split_fields([squash(x) for x in text.splitlines() if x.strip()], stats, "g")
        reasons = [r for x, r in dump.removed if x.endswith("2019 14:07")]
        ambiguous = max(_DAYS[n]) <= 12 and _DAYS[n][0] != _DAYS[n][1]  # ('02/02/2019' reads either way)
        assert reasons == (["timestamp_" + order] if ambiguous else ["timestamp"]), (n, dump.removed)


def test_clean_fields_p12_numeric_date_order_unsettled_stays_unmarked():
    """No file of the source has a day over 12 (or they disagree): nothing settles the order, the value is marked
    as before ('field') and its day stays unread."""
    low = [(3, 5), (1, 3), (7, 11), (5, 6), (2, 2), (8, 9), (11, 12), (9, 4)]
    mixed = {**_numeric_site("dmy", days=low), "09.txt": _numeric_site("mdy")["01.txt"],
             "10.txt": _numeric_site("dmy")["03.txt"]}
    for files in (_numeric_site("dmy", days=low), mixed):
        stats = CorpusStats()
        for text in files.values():
            stats.add("g", text)
        assert stats.field_order("g", "Date") is None
        dump = split_fields([squash(x) for x in files["00.txt"].splitlines()], stats, "g")
        assert [r for x, r in dump.removed if x.endswith("2019 14:07")] == ["field"]
        assert _ingest(files)["00.txt"].published is None


@pytest.mark.parametrize("bom", [b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\xef\xbb\xbf"])
def test_ingest_p12_utf8_behind_a_utf16_mark_is_read_as_utf8(tmp_path, bom):
    """A tool wrote a UTF-16 byte-order mark, then the text as UTF-8: read as UTF-16 it was stored as CJK-looking
    garbage; the bytes after the mark hold no NUL and decode as UTF-8, so they are read so."""
    from newsdesk.ingest import Walk, iter_docs

    text = "Title: Zürich talks end — the minister's plan\nThe minister said on Monday that the plan works.\n"
    (tmp_path / "a.txt").write_bytes(bom + text.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(text.encode("utf-16"))  # a real UTF-16 file: read as before
    docs = sorted(iter_docs([str(tmp_path)], Walk()), key=lambda d: d.path)
    assert [d.text for d in docs] == [text, text]


@settings(max_examples=300, deadline=None)
@given(text=st.text(min_size=1, max_size=60), bom=st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))
def test_ingest_p12_property_utf16_files_still_read_as_utf16(text, bom):
    """Any text with one ASCII character (a space, newline, digit or Latin letter: a NUL byte in UTF-16) written as
    UTF-16 with its mark reads back as written; the UTF-8 reading behind a mark needs a text with no NUL byte."""
    from newsdesk.ingest.files import decode

    text += " "
    data = text.encode("utf-16") if bom == "utf-16" else (
        (b"\xff\xfe" if bom == "utf-16-le" else b"\xfe\xff") + text.encode(bom, "surrogatepass"))
    try:
        want = data[2:].decode(bom if bom != "utf-16" else "utf-16")
    except UnicodeDecodeError:
        return  # (a lone surrogate: no UTF-16 text)
    assert decode(data, "x.txt") == want

def test_clean_fields_p12_interview_speaker_marks_are_no_labels():
    """review12 finding 16: 'Title:' / 'Date:' / 'Author:' / 'Text:' then 'Q: What did ...?' / 'A: We agreed ...':
    'Text:' read as a field left empty, the first question as a field 'Q:' and 'A:' as the text's label, cut off
    the answer. A one-letter head is an interview's speaker, no field label: the interview is the text, whole."""

    files = {f"{n:02d}.txt": "\n".join([
        f"Title: Five questions for the {TOPICS[n].lower()} envoy", f"Date: December {n + 1}, 2018 4:07 PM",
        "Author: Web Desk", "Text:", f"Q: What did the two sides agree on {TOPICS[n].lower()} relief?",
        f"A: We agreed to meet again in {n + 2} weeks and to keep the deliveries going until then.",
        "Q: Will the opposition accept that?", "A: I hope so, but they have asked for a debate in parliament first."])
        + "\n" for n in range(8)}
    for n, (_, art) in enumerate(sorted(_ingest(files).items())):
        lines = [x for x in art.text.split("\n") if x]
        assert lines[:2] == [f"Q: What did the two sides agree on {TOPICS[n].lower()} relief?",
                             f"A: We agreed to meet again in {n + 2} weeks and to keep the deliveries going until then."]
        assert art.title == f"Five questions for the {TOPICS[n].lower()} envoy"
        assert art.published == f"2018-12-{n + 1:02d}"

@pytest.mark.parametrize("colon", [": ", "：", " | "])
def test_clean_fields_p12_text_first_under_a_same_line_label(colon):
    """The text comes first under its same-line label ('Text: NAIROBI, Jun 1 (AFP):' over the story), the same-line
    fields after it, one left empty ('Author:'), and another site's headlines between ('Trending'): one label opens
    the file, so the heads after the text that stand in as many of the source's files as the text's own are its
    labels too (session 11's dropped patch), and an empty one among them closes the dump as well. Before: no dump
    (title, link and date fields stayed in the text, or the page cleaner cut the dateline)."""
    files = {}
    for n in range(8):
        files[f"{n:02d}.txt"] = "\n".join([
            f"Text{colon}NAIROBI, Jun {n + 1} (AFP):", _first(n), *_story(n), "Trending",
            f"{TOPICS[(n + 1) % 8]} talks end without a deal in the capital",
            f"Views{colon}{(n + 3) * 117}", "Author:" if colon.strip() == ":" else f"Author{colon.rstrip()}",
            f"Link{colon}https://news.example.in/world/story-{n}.html",
            f"Title{colon}{TOPICS[n]} talks end without a deal in the capital", f"Date{colon}Jun {n + 1}, 2018 16:07"])
    stats = CorpusStats()
    for text in files.values():
        stats.add("g", text)
    dump = split_fields([squash(x) for x in files["03.txt"].splitlines()], stats, "g")
    assert dump is not None and not any(x.startswith(("Views", "Author")) for _, x in dump.text), colon
    for n, (name, art) in enumerate(sorted(_ingest(files).items())):
        lines = [x for x in art.text.split("\n") if x]
        assert lines[0].startswith(f"NAIROBI, Jun {n + 1} (AFP):"), (colon, name, lines[:2])
        assert _story(n)[-1] in lines and not any(x.startswith(("Views", "Author", "Link", "Title")) for x in lines)
        assert art.title == f"{TOPICS[n]} talks end without a deal in the capital", (colon, name, art.title)
        assert art.published == f"2018-06-{n + 1:02d}"
