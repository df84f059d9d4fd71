"""Field dumps with real-article shapes (benchmarks/fields_stress.py found these on basil_dev / plaintext_dev bodies):
a standfirst that asks or exclaims, a subheading or a last line that exclaims next to a widget line that stands in
some of the source's files, a link that ends with a full stop. The site's labels stand in every file, a widget in
some: that is what tells them apart, never the words."""

import pytest

from newsdesk.clean import CorpusStats
from newsdesk.model import RawDoc
from newsdesk.prepare import prepare

PARAS = [
    "The two sides also discussed joint production of spare parts, according to a statement issued after the talks.",
    "Officials said the next round of talks is expected to be held in Moscow later this year.",
    "Opposition parties criticised the pace of the deliveries and asked for a debate in parliament.",
]
PLACES = ["Aachen", "Bremen", "Dresden", "Erfurt", "Freiburg", "Giessen", "Hamburg", "Jena", "Kassel", "Leipzig"]
FIRSTS = {  # each file's own (a line that recurs across the site's files is boilerplate)
    # a standfirst of under 30 words that asks, with a number (too long for a stamp: no date, no headline)
    "question": "Heavy parliamentary defeat in {}: the government must formally request another postponement of the "
                "withdrawal deadline. Can it honour its promise to leave by 31 October?",
    "exclaims": "Talks resume in {} after a year of silence, and both ministers say the worst is over. An overview!",
    "subheading": "More money for civil protection in {}",
}


def _site(first: str, last: str, *, widget: str, where: str, k: int = 10) -> dict[str, str]:
    """k files Title / Link / Date & Time / Text / the story; `widget` after the story's first line (`where`
    'first') or over its last (`where` 'last') in half of them."""
    out = {}
    for n in range(k):
        body = [first.format(PLACES[n]), *PARAS, last]
        if n % 2 == 0:
            body.insert(1 if where == "first" else len(body) - 1, widget)
        out[f"{n:02d}.txt"] = "\n".join(["Title", f"Minister holds talks on deliveries {n}", "Link",
                                         f"https://news.example.in/india/story-{n}.html", "Date & Time",
                                         f"Updated: Dec {n + 1}, 2018, 16:07 IST", "Text", *body]) + "\n"
    return out


def _ingest(files: dict[str, str]) -> dict:
    stats = CorpusStats()
    for text in files.values():
        stats.add("site", text)
    return {name: prepare(name, RawDoc(path=name, external_id=name, fmt="txt", text=text, group="site"), stats, "now")
            for name, text in files.items()}


@pytest.mark.parametrize("kind", sorted(FIRSTS))
@pytest.mark.parametrize("widget", ["Story continues below advertisement", "Watch Video"])
def test_clean_fields_real_first_line_before_a_widget_stays(kind, widget):
    first = FIRSTS[kind]
    arts = _ingest(_site(first, "The talks ended late on Friday.", widget=widget, where="first"))
    for n, (name, art) in enumerate(sorted(arts.items())):
        lines = art.text.split("\n")
        assert lines[0] == first.format(PLACES[n]), (name, lines[:3])
        assert widget not in lines and "Text" not in lines
        assert art.title == f"Minister holds talks on deliveries {n}"
        assert art.published == f"2018-12-{n + 1:02d}"


def test_clean_fields_real_last_line_that_exclaims_under_a_widget_stays():
    last = "The president answered on Twitter: \u201cThey only want to impeach me because they can\u2019t win!\u201d"
    arts = _ingest(_site(PARAS[0], last, widget="Trending Now", where="last"))
    for name, art in arts.items():
        lines = art.text.split("\n")
        assert lines[-1] == last, (name, lines[-3:])
        assert "Trending Now" not in lines


def test_clean_fields_real_link_with_a_full_stop_is_the_link():
    files = {f"{n:02d}.txt": "\n".join(["Überschrift", f"Neuer Blick auf das Klima, Folge {n}", "Datum",
                                        f"2020-05-{n + 1:02d}T14:47:00+05:30", "Quelle",
                                        f"https://example.de/aktuelles/neuer-blick-auf-das-klima-{n}.", "Inhalt",
                                        *PARAS]) + "\n" for n in range(8)}
    for name, art in _ingest(files).items():
        assert art.text.split("\n")[0] == PARAS[0], name
        assert "Inhalt" not in art.text and "https://" not in art.text
        assert art.url.startswith("https://example.de/aktuelles/")


NAMES = ["Duncan Hunter", "Michele Bachmann", "Anthony Weiner", "Bob Etheridge", "Blake Farenthold", "Ted Cruz",
         "Rashida Tlaib", "Steve Scalise", "Nancy Pelosi", "Paul Ryan", "Adam Schiff", "Tom Cotton"]


@pytest.mark.parametrize("dump", [True, False])
def test_clean_fields_real_first_line_opening_with_a_title_abbreviation_stays(dump):
    """Many stories of a politics site open with 'Rep.' or 'Sen.': the sentence splitter's unit 'Rep.' recurs in
    CLEAN_CORPUS_MIN_DOCS of the site's files, and the corpus cut at the head took it off the first line ('Duncan
    Hunter, R-Calif., and his wife ...'), in a field dump and under a page's recurring menu line alike."""
    files = {}
    for n, name in enumerate(NAMES):
        first = f"{'Sen.' if n % 4 == 0 else 'Rep.'} {name} said on Tuesday that the committee would vote on the bill {n}."
        head = ["Title", f"{name} speaks on the budget", "Link", f"https://news.example.com/p/{n}", "Date",
                f"Updated: Dec {n + 1}, 2018, 16:07 IST", "Text"] if dump else ["Home | Politics | World | Opinion"]
        rest = [f"A spokesman for {name} did not say how the vote would go.",  # each file's own (no recurring tail)
                f"The committee, which {name} joined last year, meets again next week."]
        files[f"{n:02d}.txt"] = "\n".join([*head, first, *rest]) + "\n"
    for name, art in sorted(_ingest(files).items()):
        assert art.text.split("\n")[0].startswith(("Rep. ", "Sen. ")), (name, art.text[:80])


def _inline_site(k: int = 8, *, empty_url_in: tuple[int, ...] = ()) -> dict[str, str]:
    """'TITLE: ...' / 'URL: ...' / 'DATE: ...' / 'BODY: <first paragraph>' / the rest: labels in capitals with their
    values on the line; 'URL:' left empty in the files `empty_url_in`."""
    return {f"{n:02d}.txt": "\n".join([
        f"TITLE: Officials arrest the mayor of {PLACES[n]} on fraud charges",
        "URL:" if n in empty_url_in else f"URL: https://news.example.com/{PLACES[n].lower()}-mayor-{n}",
        f"DATE: {n + 1:02d}.06.2013 04:43", f"BODY: {PARAS[0]}", *PARAS[1:]]) + "\n" for n in range(k)}


@pytest.mark.parametrize("alone", [False, True])
def test_clean_fields_real_capital_text_label_on_the_first_line_goes(alone):
    """'BODY: <story>' after 'TITLE: ...' and 'DATE: ...' reads as a dateline ('NEW DELHI: The minister ...'), and the
    label stayed in the text; under capital same-line labels it is one more label. A field left empty ('URL:' over
    'DATE: ...') took the next line as its value and the file was no dump at all."""
    files = _inline_site(empty_url_in=(0, 5))
    arts = {name: _ingest({name: text})[name] for name, text in files.items()} if alone else _ingest(files)
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.text.split("\n")[0] == PARAS[0], (name, art.text[:60])
        assert art.title == f"Officials arrest the mayor of {PLACES[n]} on fraud charges"
        assert art.published == f"2013-06-{n + 1:02d}"
        assert "URL:" not in art.text and "DATE:" not in art.text


def test_clean_fields_real_dateline_after_title_case_labels_stays():
    """The capitals rule reads the labels' own writing: after 'Title: ...' / 'Link: ...' an unlabelled story that
    opens with a dateline keeps it."""
    raw = "\n".join(["Title: Minister holds talks on defence deliveries", "Link: https://news.example.in/india/3.html",
                     "Published: Dec 21, 2018 16:07 IST", "NEW DELHI: " + PARAS[0], *PARAS[1:]]) + "\n"
    art = _ingest({"a.txt": raw})["a.txt"]
    assert art.text.startswith("NEW DELHI: " + PARAS[0][:20]) and "Link:" not in art.text
    assert art.title == "Minister holds talks on defence deliveries"


@pytest.mark.parametrize("alone", [False, True])
def test_clean_fields_real_story_opening_with_a_head_and_colon_under_own_line_labels(alone):
    """Under labels on their own lines, with the page's own stamp line first in the text ('Text' / 'Published on:
    Fri, 11 Nov 2011 at 09:56 IST' / ...), the story may open with a head and a colon the dateline grammar does not
    read ('New Delhi/Mumbai: An Indian warship ...'): it is the text's first line, not a field written 'Label: value'
    whose label would go (ecbplus_dev pages in benchmarks/fields_stress.py)."""
    files = {f"{n:02d}.txt": "\n".join([
        "Title", f"Navy foils pirate attack near {PLACES[n]}", "Link", f"https://news.example.in/navy-{n}.html",
        "Date", f"November {n + 1}, 2011 08:16 am | Updated 09:44 am EST", "Text",
        f"Published on: Fri, {n + 1} Nov 2011 at 09:56 IST", f"{PLACES[n]}/Mumbai: {PARAS[0]}", *PARAS[1:]]) + "\n"
        for n in range(8)}
    arts = {name: _ingest({name: text})[name] for name, text in files.items()} if alone else _ingest(files)
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.text.split("\n")[0] == f"{PLACES[n]}/Mumbai: {PARAS[0]}", (name, art.text[:60])
        assert art.title == f"Navy foils pirate attack near {PLACES[n]}"


def test_clean_fields_real_text_first_with_no_full_stop_where_a_field_starts():
    """'Text' first, a standfirst without its full stop, a widget in some files over a line that ends in a quote
    the full-stop test does not read ('... the orchestra. "'), then Title / Link / Date: no field opened with running
    text, so no text field was found and the file was no dump (labels, title and link left to the page rules)."""
    files = {}
    for n in range(10):
        body = [f"This will be the second time in {PLACES[n]} for the talk show star who follows a savaged stint",
                PARAS[0], PARAS[1], 'She said on Twitter: "I\u2019d like to thank the Academy and my wife. "', PARAS[2]]
        if n % 2 == 0:
            body.insert(3, "Advertisement")
        files[f"{n:02d}.txt"] = "\n".join(["Text", *body, "Title", f"Star to host awards in {PLACES[n]}", "Link",
                                           f"https://news.example.com/film/{n}", "Date", f"{n + 1:02d}.09.2022 13:26"]
                                          ) + "\n"
    for n, (name, art) in enumerate(sorted(_ingest(files).items())):
        lines = art.text.split("\n")
        assert lines[0].startswith("This will be the second time") and lines[-1] == PARAS[2], (name, lines[:2])
        assert art.title == f"Star to host awards in {PLACES[n]}"
        assert "Advertisement" not in lines and "Link" not in lines and "https://" not in art.text
        assert art.published == f"2022-09-{n + 1:02d}"


@pytest.mark.parametrize("alone", [False, True])
def test_clean_fields_real_capital_title_with_a_full_stop_opens_the_dump(alone):
    """'TITLE: Time to say goodbye.' reads as a dateline over a sentence ('NEW DELHI: The minister ...'), so the dump
    was never opened: labels, link and 'TITLE: ...' stayed in the text. A link or date field right after it says it
    is a field; a story's dateline is never followed by one."""
    files = {name: text.replace("on fraud charges\n", "on fraud charges.\n") for name, text in _inline_site().items()}
    arts = {name: _ingest({name: text})[name] for name, text in files.items()} if alone else _ingest(files)
    for n, (name, art) in enumerate(sorted(arts.items())):
        assert art.text.split("\n")[0] == PARAS[0], (name, art.text[:60])
        assert art.title == f"Officials arrest the mayor of {PLACES[n]} on fraud charges."
        assert "URL:" not in art.text and "https://" not in art.text
