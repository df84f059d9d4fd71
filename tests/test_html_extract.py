"""extract_html on small hand-written pages (tests/fixtures/html, see ATTRIBUTION.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk import html as H
from newsdesk.html import body as html_body
from newsdesk.html import dates as html_dates
from newsdesk.html import decode_html, extract_html
from newsdesk.model import Cleaned, Dating

FIX = Path(__file__).parent / "fixtures" / "html"


def page(name: str) -> bytes:
    return (FIX / name).read_bytes()


def test_html_jsonld_published_beats_later_update():
    cleaned, dating = extract_html(page("jsonld_updated.html"), url="https://courier.example/news/ferry")
    assert dating == Dating(published="2021-03-04", evidence="metadata", page_date="2021-03-09")
    assert cleaned.title == "Harbour authority approves new ferry terminal"
    assert cleaned.lang == "en"


def test_html_meta_published_time():
    _, dating = extract_html(page("meta_published.html"))
    assert dating.published == "2022-05-17"
    assert dating.page_date == "2022-05-20"


def test_html_printed_date_confirmed_by_metadata_wins():
    # JSON-LD says the CMS record was created in 2017; the page prints 3 April 2019 under the headline and the
    # modification stamp agrees: the printed, confirmed day is the publication the reader sees.
    doc = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "datePublished": "2017-08-21T13:09:00Z", "dateModified": "2019-04-03T08:04:01Z"}
    </script></head><body><h1>Sieben Berufe mit Zukunft</h1><p class="date">03.04.2019</p>
    <p>Welche Berufe haben Zukunft? Eine Studie hat sieben Tätigkeiten untersucht, die auch in zwanzig Jahren
    noch gefragt sein werden, und erklärt, warum gerade diese Berufe so gute Aussichten haben.</p></body></html>"""
    _, dating = extract_html(doc)
    assert (dating.published, dating.evidence) == ("2019-04-03", "text")


def test_html_update_cue_keeps_printed_update_out():
    found = html_dates._printed_days("Aktualisiert am 09.03.2021", "")
    assert found == []
    assert html_dates._printed_days("Veröffentlicht am 04.03.2021", "") == [(18, "2021-03-04")]


def test_html_no_article_gives_empty_text():
    cleaned, dating = extract_html(page("no_article.html"))
    assert cleaned.text == ""
    assert dating.published is None


@pytest.mark.parametrize("junk", [b"", b"   ", b"\x00\x01\x02", b"<html></html>", b"not html at all"])
def test_html_degenerate_input_gives_empty_text(junk):
    cleaned, _ = extract_html(junk)
    assert cleaned.text == ""


def test_html_cp1252_declared_charset_decoded():
    cleaned, _ = extract_html(page("cp1252.html"))
    assert cleaned.title == "Le marché de Noël ouvre ses portes"
    assert "« C’est l’événement de l’année »" in cleaned.text
    assert "vin chaud à 3 €" in cleaned.text
    assert "L’œuvre principale" in cleaned.text


def test_html_latin1_label_means_windows_1252():
    # WHATWG: a page labelled iso-8859-1 is decoded as windows-1252, so 0x92 is a right quote, not a C1 control
    data = page("cp1252.html").replace(b"charset=windows-1252", b"charset=iso-8859-1")
    text = decode_html(data)
    assert "C’est" in text and "3 €" in text
    assert "\x92" not in text and "\x80" not in text


def test_html_decode_prefers_valid_utf8_over_wrong_label():
    data = '<meta charset="iso-8859-1"><p>Grüße aus Köln – schöne Tage</p>'.encode()
    assert "Grüße aus Köln – schöne Tage" in decode_html(data)


def test_html_decode_utf8_with_one_broken_byte():
    data = ('<meta charset="utf-8"><p>' + "Größere Straße. " * 50 + "</p>").encode() + b"\xff tail"
    text = decode_html(data)
    assert "Größere Straße." in text and "Ã" not in text


def test_html_boilerplate_excluded():
    cleaned, _ = extract_html(page("boilerplate.html"))
    paras = cleaned.text.split("\n\n")
    assert paras[0].startswith("The central library will open on Sundays")
    assert paras[-1].endswith("for several years.")
    assert len(paras) == 3
    for junk in ("Share on Facebook", "Related stories", "swimming pool", "Front page", "Privacy policy",
                 "Subscribe now", "Riverside Gazette, 12 Mill Street"):
        assert junk not in cleaned.text


def test_html_title_line_not_in_body():
    cleaned, _ = extract_html(page("jsonld_updated.html"))
    assert cleaned.title == "Harbour authority approves new ferry terminal"
    assert not cleaned.text.startswith("Harbour authority approves")
    assert cleaned.text.startswith("The harbour authority on Thursday approved")


def test_html_iso_day_bounds():
    assert html_dates._iso_day("2021-03-04T07:45:00+00:00") == "2021-03-04"
    assert html_dates._iso_day("20200413163807") == "2020-04-13"
    assert html_dates._iso_day("Tue, Sep 15 2020 10:01:41 EDT") == "2020-09-15"
    assert html_dates._iso_day("1989-04-15") is None  # before the web news era: a birth date, not a publication
    assert html_dates._iso_day("2021-02-30") is None
    assert html_dates._iso_day("keydown") is None


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_html_never_raises_on_arbitrary_bytes(data):
    cleaned, dating = extract_html(data)
    assert isinstance(cleaned, Cleaned) and isinstance(dating, Dating)
    assert dating.published is None or html_dates._iso_day(dating.published) == dating.published


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_html_iso_day_total_and_idempotent(text):
    day = html_dates._iso_day(text)
    assert day is None or html_dates._iso_day(day) == day


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_html_decode_text_is_identity_and_bytes_roundtrip(text):
    assert decode_html(text) == text
    encoded = ('<meta charset="utf-8">' + text).encode("utf-8", "surrogatepass")
    try:
        expected = encoded.decode("utf-8")
    except UnicodeDecodeError:
        return
    assert decode_html(encoded) == expected


def test_html_decode_utf8_bom_dropped():
    assert decode_html(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>") == "<p>café</p>"


def test_html_lead_recovered_first():
    cleaned, _ = extract_html(page("lead_teasers.html"))
    paras = cleaned.text.split("\n\n")
    assert paras[0] == ("La autoridad portuaria abrirá las terminales de carga también por la noche a partir de junio "
                        "para reducir las colas de camiones.")
    assert paras[1].startswith("La decisión fue tomada el lunes")
    assert cleaned.text.count("La autoridad portuaria abrirá") == 1


def test_html_lead_not_taken_from_a_teaser_link():
    doc = page("lead_teasers.html").replace(b'<div class="standfirst"><span>',
                                            b'<div class="standfirst"><a href="/x"><span>')
    doc = doc.replace(b"camiones.</span></div>", b"camiones.</span></a></div>")
    cleaned, _ = extract_html(doc)
    assert "La autoridad portuaria abrirá" not in cleaned.text


def test_html_link_dense_teaser_dropped():
    cleaned, _ = extract_html(page("lead_teasers.html"))
    assert "VEA TAMBIÉN" not in cleaned.text
    assert "nueva huelga" not in cleaned.text
    assert cleaned.text.rstrip().endswith("en una rueda de prensa.")


_TAGS = st.sampled_from(["<p>", "</p>", "<h1>", "</h1>", "<a href='/x'>", "</a>", "<time datetime='2020-02-30'>",
                         "</time>", "<script type='application/ld+json'>{\"datePublished\": 5}</script>",
                         "<meta name='description' content='x'>", "<div>", "</div>", "<!-- c -->", "<br>",
                         "Aktualisiert am 01.02.2021", "12.13.2020", "Published March 3, 2019"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_TAGS, st.text(max_size=40)), max_size=40))
def test_html_never_raises_on_tag_soup(parts):
    cleaned, dating = extract_html("<html><body>" + "".join(parts))
    assert isinstance(cleaned.text, str)
    assert dating.published is None or html_dates._iso_day(dating.published) == dating.published


def test_html_libraries_leave_the_shared_tree_alone():
    from lxml.html import tostring

    tree = H.parse_html(decode_html(page("boilerplate.html")))
    before = tostring(tree)
    H.extract_body(tree, None, "City library extends opening hours")
    H.date_candidates(tree, None, "City library extends opening hours")
    assert tostring(tree) == before


def test_html_lead_with_line_break_stays_one_paragraph():
    doc = page("lead_teasers.html").replace("las terminales de carga también por la noche".encode(),
                                            "las terminales de carga\n también por la noche".encode())
    assert doc != page("lead_teasers.html")
    cleaned, _ = extract_html(doc)
    assert cleaned.text.split("\n\n")[0] == ("La autoridad portuaria abrirá las terminales de carga también por la "
                                              "noche a partir de junio para reducir las colas de camiones.")


def test_html_intro_block_between_headline_and_body_recovered():
    cleaned, _ = extract_html(page("intro_block.html"))
    paras = cleaned.text.split("\n\n")
    assert paras[0].startswith("Ab Montag fährt die Linie 42 alle zwanzig Minuten")
    assert paras[1].startswith("Die Verkehrsbetriebe reagieren damit")
    assert "Parkhaus am Bahnhof" not in cleaned.text  # the aside "teaser" is not an intro
    assert cleaned.text.count("Ab Montag") == 1


def test_html_intro_block_after_body_start_is_not_an_intro():
    # the same classed block placed after the first body paragraph is part of the body order, not moved to the front
    doc = page("intro_block.html").decode()
    intro = doc[doc.index('<div class="article__intro">'):doc.index('<div class="article__body">')]
    doc = doc.replace(intro, "").replace("</article>", intro + "</article>")
    tree = H.parse_html(doc)
    first = "Die Verkehrsbetriebe reagieren damit auf Beschwerden"
    assert html_body._intro_blocks(tree, "Neue Buslinie verbindet die Vororte", first) == []


def test_html_printed_address_kept_label_and_credit_dropped():
    text = extract_html(page("read_also.html"))[0].text
    assert "https://elmsworth.example/pier-plans" in text.split("\n\n")  # a printed address is not a teaser link
    assert "More from the harbour desk" not in text  # the label of a dropped teaser list goes with it
    assert "Ferry timetable changes" not in text
    assert "©" not in text and "The harbour at dusk" not in text  # photo credit
    assert text.rstrip().endswith("gathered at the quay on Tuesday evening.")


def _blocks(xml: str) -> list:
    from lxml import etree

    return list(etree.fromstring(f"<body>{xml}</body>"))


def test_html_drop_blocks_rules():
    teaser = "<p><ref target='https://x.example/a'>Ferry timetable changes for the winter months</ref></p>"
    prose = "<p>" + "The council voted on Tuesday to rebuild the pier. " * 3 + "</p>"
    drops = html_body._drop_blocks

    def kept(xml: str) -> list[str]:
        blocks = _blocks(xml)
        gone = drops(blocks)
        return [t for b in blocks if b not in gone and (t := "".join(b.itertext()))]

    assert kept(teaser) == []
    # a mail or web address as its own link text is the writer's, kept
    assert kept("<p><ref target='/contact'>pier@elmsworth.example</ref></p>") == ["pier@elmsworth.example"]
    assert kept("<p><ref target='https://a.example/p'>www.a.example/p</ref></p>") == ["www.a.example/p"]
    # a label ('...:', '...?', a heading) owning only dropped teasers goes, up to the next heading or the end
    assert kept("<p>Read also:</p>" + teaser) == []
    assert kept("<head>More news</head>" + teaser + "<p></p><head>Next section</head>" + prose) == [
        "Next section", prose[3:-4]]
    # ...but not when its section also holds text, nor a sentence, nor a label with nothing dropped under it
    assert kept("<p>Read also:</p>" + teaser + prose) == ["Read also:", prose[3:-4]]
    assert kept("<p>We hope you like it.</p>" + teaser) == ["We hope you like it."]
    assert kept("<head>Ingredients</head>" + prose) == ["Ingredients", prose[3:-4]]
    # a short block with a copyright sign is a credit; a long paragraph mentioning one is text
    assert kept("<p>© Gazette / M. Quill</p>" + prose) == [prose[3:-4]]
    long_para = "<p>" + "The © sign was printed on every page of the old almanac, the archivist said. " * 5 + "</p>"
    assert kept(long_para) == [long_para[3:-4]]


def test_html_timestamp_line_leaves_the_body():
    cleaned, dating = extract_html(page("read_also.html"))
    assert "Updated" not in cleaned.text and "2023" not in cleaned.text
    assert cleaned.text.startswith("The town council of Elmsworth voted on Tuesday")
    assert html_body._dateline("Stand: 28.04.2020 18:00 Uhr") and html_body._dateline("11.12.2019 - Ann Writer")
    assert html_body._dateline("2021-10-16 | Notice")
    # a phone number, a deadline sentence, a line without a date are text
    assert not html_body._dateline("+81 158-23-2012")
    assert not html_body._dateline("Entries must reach us by 03.11.2019 at the latest")
    assert not html_body._dateline("Time: 8:00pm")
    assert not html_body._dateline("He died on May 3, 2021.")  # a one-sentence paragraph stays


_WORDS = st.sampled_from(["the", "council", "voted", "pier", "harbour", "on", "Tuesday", "new", "ferry", "island",
                          "Read", "also:", "©", "2021", "12.03.2021", "www.x.example", "more"])
_BLOCK = st.tuples(st.sampled_from(["p", "head", "list"]), st.lists(_WORDS, min_size=0, max_size=12), st.booleans())


def _xml(blocks) -> str:
    out = []
    for tag, words, linked in blocks:
        text = " ".join(words)
        out.append(f"<{tag}><ref target='/a'>{text}</ref></{tag}>" if linked else f"<{tag}>{text}</{tag}>")
    return "".join(out)


@settings(max_examples=80, deadline=None)
@given(st.lists(_BLOCK, max_size=10), st.integers(min_value=0, max_value=10))
def test_html_drop_blocks_idempotent_and_keeps_prose(blocks, at):
    prose = "<p>" + "The council voted on Tuesday to rebuild the old ferry pier after the storms. " * 5 + "</p>"
    xml = _xml(blocks[:at]) + prose + _xml(blocks[at:])
    parsed = _blocks(xml)
    kept = [b for b in parsed if b not in html_body._drop_blocks(parsed)]
    assert any("rebuild the old ferry pier" in "".join(b.itertext()) for b in kept)  # running text is never dropped
    assert html_body._drop_blocks(kept) == []  # a second pass drops nothing more


def test_html_box_after_the_article_container_dropped():
    text = extract_html(page("box_after.html"))[0].text
    assert "press office" not in text and "Contact" not in text  # a box after the story's container
    assert text.rstrip().endswith("cut for lack of money.")  # the container's own last paragraph stays
    assert text.startswith("After a break of eleven years")
    # the same box inside the container is the article's
    doc = page("box_after.html").decode().replace("</div>\n<div class=\"box\">", "\n<div class=\"box\">")
    doc = doc.replace("</div>\n</article>", "</div>\n</div>\n</article>")
    assert "press office" in extract_html(doc)[0].text
