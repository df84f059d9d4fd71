"""Input readers: every format, gzip, and one InputError per bad input (exact messages)."""

import gzip
import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk import ingest
from newsdesk.errors import InputError
from newsdesk.model import RawDoc


def docs(paths, stdin=None):
    walk = ingest.Walk()
    items = list(ingest.iter_docs([str(p) for p in paths], walk, stdin))
    return [i for i in items if isinstance(i, RawDoc)], [str(i) for i in items if isinstance(i, InputError)], walk


def test_ingest_reads_every_format_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(" date 2021-03-05 First paragraph.\n\nSecond.", encoding="utf-8")
    (tmp_path / "a" / "b" / "page.html").write_bytes(b"<html><body><p>Hello</p></body></html>")
    (tmp_path / "a" / "b" / "recs.jsonl").write_text(
        json.dumps({"id": "r1", "title": "T", "text": "Body", "date": "2020-01-02", "source": "S", "url": "u",
                    "lang": "en"}) + "\n", encoding="utf-8")
    (tmp_path / "arr.json").write_text(json.dumps([{"id": "j1", "html": "<p>x</p>", "published": "2019"}]))
    (tmp_path / "z.txt.gz").write_bytes(gzip.compress(b"gzipped text"))
    (tmp_path / "README.md").write_text("not an input")
    got, errors, walk = docs([tmp_path])
    assert errors == []
    assert walk.skipped == 1
    by_id = {d.external_id: d for d in got}
    assert set(by_id) == {"one", "page", "r1", "j1", "z"}
    assert by_id["one"].fmt == "txt" and by_id["one"].text.startswith(" date 2021-03-05")
    assert by_id["page"].fmt == "html" and isinstance(by_id["page"].html, bytes)
    r1 = by_id["r1"]
    assert (r1.title, r1.text, r1.meta_date, r1.source, r1.url, r1.line) == ("T", "Body", "2020-01-02", "S", "u", 1)
    assert r1.metadata == {"lang": "en"}
    assert by_id["j1"].html == "<p>x</p>" and by_id["j1"].meta_date == "2019"
    assert by_id["z"].text == "gzipped text"


def test_ingest_bad_inputs_one_line_each(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "big.txt").write_bytes(b"a" * (ingest.MAX_TEXT_BYTES + 1))
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "fine"}\n{"id": broken\n{"id": "nt", "title": "x"}\n[1]\n')
    (tmp_path / "broken.txt.gz").write_bytes(b"\x1f\x8bnot really gzip")
    (tmp_path / "notes.md").write_text("notes")
    got, errors, _ = docs([tmp_path / "missing.txt", tmp_path / "notes.md", tmp_path])
    assert [d.external_id for d in got] == ["ok"]
    p = str(tmp_path)
    assert errors == [
        f"{p}/missing.txt: no such file or directory",
        f"{p}/notes.md: unsupported file type (expected .txt, .html, .htm, .jsonl, .json, optionally .gz)",
        f"{p}/bad.jsonl:2: malformed JSON: Expecting value at column 8 (each line must be one JSON object)",
        f"{p}/bad.jsonl:3: record has neither text nor html (give the article body as \"text\", or the page as "
        "\"html\")",
        f"{p}/bad.jsonl:4: record is a JSON array, expected an object with \"text\" or \"html\"",
        f"{p}/big.txt: file too large ({ingest.MAX_TEXT_BYTES + 1:,} bytes; limit {ingest.MAX_TEXT_BYTES:,}): "
        "split it, "
        "or export it as JSONL, which is streamed",
        f"{p}/bin.txt: binary file, not text (an image, PDF or archive? only text, HTML and JSON are read)",
        f"{p}/broken.txt.gz: not a valid gzip file (Unknown compression method): copy it "
        "again, or drop .gz from its name if it is not compressed",
        f"{p}/empty.txt: empty file",
    ]


def test_ingest_decodes_legacy_encodings(tmp_path):
    text = "Le ministre a déclaré à la presse que l'accord était « historique » et qu'il entrerait en vigueur."
    (tmp_path / "fr.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    got, errors, _ = docs([tmp_path])
    assert errors == []
    assert [d.text for d in got] == [text, text]


def test_ingest_reads_jsonl_from_stdin_with_line_numbers():
    stream = io.BytesIO(b'{"text": "a"}\n\nnot json\n{"id": "x", "text": "b"}\n')
    got, errors, _ = docs(["-"], stdin=stream)
    assert [(d.external_id, d.text) for d in got] == [("stdin:1", "a"), ("x", "b")]
    assert errors == ["-:3: malformed JSON: Expecting value at column 1 (each line must be one JSON object)"]


def test_ingest_external_id_strips_extensions():
    assert ingest.external_id_of("a/b/0001.txt.gz") == "0001"
    assert ingest.external_id_of("x/page.HTML") == "page"
    assert ingest.external_id_of("x/v1.2") == "v1.2"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_ingest_never_raises_on_arbitrary_bytes(tmp_path_factory, data):
    d = tmp_path_factory.mktemp("fuzz")
    for name in ("f.txt", "f.jsonl", "f.json", "f.html"):
        (d / name).write_bytes(data)
    got, errors, _ = docs([d])
    # every file is accounted for: read as (at least) one document, or named on a `path[:LINE]: reason` line
    named = {e.split(":", 1)[0] for e in errors}
    assert all(e.startswith(str(d) + "/") and ": " in e and "\n" not in e for e in errors), errors
    assert {Path(p).name for p in named} | {Path(g.path).name for g in got} == {"f.txt", "f.jsonl", "f.json", "f.html"}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.fixed_dictionaries({"id": st.text(min_size=1, max_size=20).filter(str.strip),
                                       "text": st.text(min_size=1, max_size=200).filter(str.strip)
                                       .filter(lambda t: "&" not in t and "<" not in t),  # markup: _plain
                                       "title": st.one_of(st.none(), st.text(max_size=30))}), max_size=5))
def test_ingest_jsonl_round_trips(records):
    stream = io.BytesIO("".join(json.dumps(r) + "\n" for r in records).encode())
    got, errors, _ = docs(["-"], stdin=stream)
    assert errors == ([] if records else ["-: empty input (stdin had no JSONL records)"])
    assert [(d.external_id, d.text) for d in got] == [(r["id"].strip(), r["text"]) for r in records]


def test_ingest_central_european_code_page_still_detected(tmp_path):
    text = ("Minister spraw zagranicznych Polski spotkał się w środę z ambasadorem, a rozmowa dotyczyła "
            "współpracy gospodarczej i bezpieczeństwa w regionie. Żadnych szczegółów nie ujawniono. ") * 3
    (tmp_path / "pl.txt").write_bytes(text.encode("cp1250"))
    got, errors, _ = docs([tmp_path])
    assert errors == [] and got[0].text == text


def test_ingest_jsonl_streams_past_the_file_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest.files, "MAX_TEXT_BYTES", 1000)
    monkeypatch.setattr(ingest.records, "MAX_RECORD_BYTES", 300)
    lines = [json.dumps({"id": f"r{i}", "text": f"record {i} " * 5}) for i in range(200)]
    lines.insert(3, json.dumps({"id": "huge", "text": "x" * 5000}))
    (tmp_path / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "export2.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    (tmp_path / "big.txt").write_text("y" * 2000)
    got, errors, _ = docs([tmp_path])
    assert len(got) == 400
    assert errors == [f"{tmp_path}/big.txt: file too large (2,000 bytes; limit 1,000): split it, or export it as "
                      "JSONL, which is streamed",
                      f"{tmp_path}/export.jsonl:4: record too large (over 300 bytes): split it, or shorten its text",
                      f"{tmp_path}/export2.jsonl.gz:4: record too large (over 300 bytes): split it, or shorten its "
                      "text"]


def test_ingest_jsonl_binary_and_empty(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "b.jsonl").write_bytes(b"  \n\n")
    (tmp_path / "c.jsonl.gz").write_bytes(b"\x1f\x8b\x08garbage")
    got, errors, _ = docs([tmp_path])
    assert got == []
    assert errors[:2] == [f"{tmp_path}/a.jsonl: binary file, not text (an image, PDF or archive? only text, HTML and "
                          "JSON are read)", f"{tmp_path}/b.jsonl: empty file"]
    assert errors[2:] == [f"{tmp_path}/c.jsonl.gz: truncated gzip file: it ends before its end marker (copy or "
                          "download it again)"]


def test_ingest_decode_icelandic_cp1252_stays_latin(tmp_path):
    """The coherence tie-break (a Turkish cp1254 file, tests/test_probe_s7.py::DECODE) leaves cp1252 its ties:
    Icelandic writes 'ð þ ý' with the very bytes of Turkish 'ğ ş ı'."""
    text = ("Ríkisstjórnin tilkynnti á föstudag að lágmarkslaun yrðu hækkuð. Verkalýðsfélögin fögnuðu ákvörðuninni "
            "og sögðu hana þýðingarmikla fyrir launafólk.\n")
    assert ingest.decode(text.encode("cp1252"), str(tmp_path / "is.txt")) == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(min_codepoint=0xA0, max_codepoint=0x2FFF, blacklist_categories=("Cs",)),
                        min_size=2, max_size=8), min_size=2, max_size=6),
       st.sampled_from([b"\xff", b"\xfe", b"\xc3", b"\x80\x81", b"\xe9 "]))
def test_ingest_decode_keeps_utf8_around_a_stray_byte(words, stray):
    """A UTF-8 file with one stray byte is no bad file: every character around it is read back, the byte is
    U+FFFD (property over non-ASCII words: the stray byte stands between two of them)."""
    half = len(words) // 2
    left, right = " ".join(words[:half]) + " ", " " + " ".join(words[half:])
    got = ingest.decode(left.encode() + stray + right.encode(), "x.txt")
    assert got.startswith(left) and got.endswith(right) and "\ufffd" in got


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([("title", "body", "published_at"), ("headline", "article_body", "date_publish"),
                        ("Title", "Text", "Date & Time"), ("TITLE", "MAINTEXT", "PUB_DATE"),
                        ("headLine", "fullText", "publishedTime")]),
       st.sampled_from([str.lower, str.upper, str.title, lambda k: k.replace("_", "-"), lambda k: k]),
       st.booleans())
def test_ingest_record_field_names_any_spelling(names, spell, as_list):
    """A crawler's name for the title, body and date, in any case or punctuation, fills the same fields; a body
    given as a list of paragraph strings is read as paragraphs."""
    title, body, date = (spell(k) for k in names)
    paragraphs = ["The council met on Friday.", "It approved the plan."]
    rec = {"id": "r", title: "Council approves plan", body: paragraphs if as_list else "\n\n".join(paragraphs),
           date: "2021-03-12T09:15:00Z", "date_download": "2021-07-02"}
    doc = ingest.record_to_doc(rec, "x.jsonl", 1)
    assert (doc.title, doc.text, doc.meta_date) == ("Council approves plan", "\n\n".join(paragraphs),
                                                     "2021-03-12T09:15:00Z")
    assert doc.metadata == {"date_download": "2021-07-02"}  # a crawl time is no publication date


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)
                .map(lambda t: " ".join(t.replace("<", " ").replace(">", " ").replace("&", " and ").split()))
                .filter(bool), min_size=1, max_size=5))
def test_ingest_record_html_body_is_read_as_paragraphs(paragraphs):
    """A body written as HTML (a CMS's {"rendered": "<p>...</p>"}): one paragraph per block element, tags and
    scripts gone, entities read; the same paragraphs as the plain text would give."""
    import html as html_mod

    rendered = "".join(f"<p class='x'>{html_mod.escape(p)}</p>\n" for p in paragraphs) + "<script>var a = 1;</script>"
    doc = ingest.record_to_doc({"id": "wp", "title": {"rendered": "A &#8211; B"}, "content": {"rendered": rendered}},
                               "x.jsonl", 1)
    assert doc.text == "\n\n".join(p.strip() for p in paragraphs) and doc.title == "A – B"
