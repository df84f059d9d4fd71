"""Field dumps whose story opens with a head and a colon (review 12:49, 12:50, 12:51, 13:06 on cf65136): a label left
empty is one only over another field, never over the story's first line; a capital dateline under capital labels is
the story's when it is longer than every label of the dump; and no layout of labels, values and story lines raises."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text

FIRST = "The minister met his Russian counterpart on Thursday to review pending deliveries."
REST = ["The two sides agreed to speed up the joint production of spare parts for equipment already in service.",
        "A working group will report to both ministers within three months on the progress made, officials said."]
HEADS = ["NEW DELHI: ", "Officials said: ", "Update: ", "New Delhi/Mumbai: ", "NEW DELHI, March 4 (PTI): ", ""]
CAPS = ["TITLE: Rajnath meets Russian counterpart", "URL: https://news.example.in/a/42.ece", "DATE: 05.03.2021 09:12"]
TITLED = ["Title: Rajnath meets Russian counterpart", "Link: https://news.example.in/a/42.ece",
          "Date: 05.03.2021 09:12"]


def _text(lines: list[str]) -> str:
    return clean_text("\n".join(lines) + "\n").text


def test_clean_fields_review_s10_empty_last_field_never_raises():
    """'Title:' alone over a story line with a head ('NEW DELHI: ...') was an empty field left last: IndexError, the
    file rejected by ingest."""
    out = _text(["TITLE: Rajnath meets Russian counterpart", "Title:",
                 "NEW DELHI: The minister met his counterpart on Thursday to review deliveries."])
    assert "NEW DELHI: The minister met his counterpart" in out


def test_clean_fields_review_s10_text_label_on_its_own_line_keeps_the_story_head():
    """'TEXT:' / 'Text:' alone over the story: the story's first line keeps its head ('Officials said:', 'Update:',
    'NEW DELHI:'); it was read as one more label, the text label as a field left empty."""
    for header in (CAPS, TITLED):
        label = "TEXT:" if header is CAPS else "Text:"
        for head in HEADS:
            out = _text([*header, label, head + FIRST, *REST])
            assert out.split("\n")[0] == head + FIRST, (header[0], head, out[:80])
            assert "URL:" not in out and "Link:" not in out and label not in out


def test_clean_fields_review_s10_an_empty_field_over_a_field_still_goes():
    """A label with its colon and nothing after it over another field ('URL:' over 'DATE: ...') is a field left
    empty (cf65136): the label goes, the dump is read."""
    out = _text(["TITLE: Rajnath meets Russian counterpart", "URL:", "DATE: 05.03.2021 09:12", "BODY: " + FIRST,
                 *REST])
    assert out.split("\n")[0] == FIRST and "URL:" not in out and "DATE:" not in out


def test_clean_fields_review_s10_a_link_alone_is_no_label_and_value():
    """'https://...' alone on its line is a link, not a label 'https:' with the value '//...': 'LINK:' over it was
    a field left empty and the link a field of its own (found by the property below)."""
    out = _text(["TITLE: Rajnath meets Russian counterpart", "LINK:", "https://news.example.in/a/42.ece",
                 "DATE: 05.03.2021 09:12", "TEXT:", FIRST, *REST])
    assert out.split("\n")[0] == FIRST and "example.in" not in out and "LINK:" not in out
    out = _text(["LINK:", "https://news.example.in/a/42.ece", "Update: " + FIRST, *REST])
    assert "Update: " + FIRST in out


def test_clean_fields_review_s10_capital_dateline_with_no_text_label_stays():
    """Capital same-line labels and no text label: 'NEW DELHI: ...' (two words, longer than every label of the dump)
    is the story's dateline, not one more label; so is a head not written in capitals as the labels are ('Update:')."""
    for head in ("NEW DELHI: ", "New Delhi/Mumbai: ", "Officials said: ", "NEW DELHI, March 4 (PTI): ", "Update: "):
        out = _text([*CAPS, head + FIRST, *REST])
        assert out.split("\n")[0] == head + FIRST, (head, out[:80])
        assert "URL:" not in out and "DATE:" not in out


_VALUES = {"title": "Rajnath meets Russian counterpart", "url": "https://news.example.in/a/42.ece",
           "date": "05.03.2021 09:12", "author": "Jane Doe"}
_LABELS = {"title": "Title", "url": "Link", "date": "Date", "author": "Author"}


@st.composite
def _dumps(draw):
    """(lines, story lines that must stay whole, story lines of which the part after the head must stay). One crawler
    writes its labels one way: values on the label's line (a field may be left empty: 'URL:'), or labels on their own
    lines with or without a colon; the text label, when there is one, stands on its own line."""
    lines: list[str] = []
    caps = draw(st.booleans())
    style = draw(st.sampled_from(["same", "own", "own_colon"]))
    for kind in draw(st.lists(st.sampled_from(sorted(_VALUES)), min_size=0, max_size=4)):
        label = _LABELS[kind].upper() if caps else _LABELS[kind]
        if style == "same":
            lines.append(f"{label}:" + ("" if draw(st.booleans()) else f" {_VALUES[kind]}"))
        else:
            lines += [label + (":" if style == "own_colon" else ""), _VALUES[kind]]
        if draw(st.booleans()):
            lines.append("")
    head = draw(st.sampled_from(HEADS))
    text_label = draw(st.booleans())
    if text_label:
        lines.append(("TEXT" if caps else "Text") + ("" if style == "own" else ":"))
    lines.append(head + FIRST)
    rest = draw(st.lists(st.sampled_from(REST), min_size=0, max_size=2, unique=True))
    for r in rest:
        if draw(st.booleans()):
            lines.append("")
        lines.append(r)
    # one file alone cannot tell a one-word head over the story ('Update:' under 'Title:', 'LONDON:') from a text
    # label written on the line when no text label stands before it ('BODY:'): then the running part must stay
    one_word = len(head.split(":")[0].split()) == 1 and (head.split(":")[0].isupper() or not caps)
    whole = [head + FIRST] if text_label or head and not one_word else []
    return lines, whole + rest, [FIRST]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_dumps())
def test_clean_fields_review_s10_dump_like_lines_never_raise_nor_lose_the_story(case):
    lines, whole, running = case
    out = clean_text("\n".join(lines) + "\n").text
    for s in whole + running:
        assert s in out, (lines, s, out)
