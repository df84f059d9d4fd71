"""Session 8 review of ingest/records: a record's HTML with script elements (one left open) and a .json file of JSONL
whose strings hold line separators other than '\\n'."""

import json

from newsdesk.ingest import records
from newsdesk.model import RawDoc


def test_record_html_drops_scripts_and_an_unclosed_one_runs_to_the_end():
    doc = records.record_to_doc({"text": "<p>Dock workers walked out.</p><script>var x = 1;</script>"
                                         "<p>The strike goes on.</p><STYLE>p {color: red}</style >"}, "x.jsonl", 1)
    assert isinstance(doc, RawDoc)
    assert "Dock workers walked out." in doc.text and "The strike goes on." in doc.text
    assert "var x" not in doc.text and "color" not in doc.text
    doc = records.record_to_doc({"text": "<p>Dock workers walked out.</p>" + "<script " * 2000}, "x.jsonl", 1)
    assert isinstance(doc, RawDoc) and doc.text.strip() == "Dock workers walked out." and "<script" not in doc.text


def test_json_file_of_jsonl_keeps_line_separators_inside_strings():
    recs = [{"text": "Dock workers walked out on Friday.\u2028The strike goes on, the union said on Saturday."},
            {"text": "A second record\u0085with a next-line character, as some exports write it."}]
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n"
    got = list(records._json_array("x.json", text))
    assert [type(g) for g in got] == [RawDoc, RawDoc]
    assert "The strike goes on" in got[0].text and "next-line" in got[1].text
