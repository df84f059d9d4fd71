"""Crawler field dumps: a file written as field labels and values.

    Title                                   Title: Minister meets envoy
    Minister meets envoy                    Link: https://example.com/news/123
    Link                                    Date & Time: Updated: Dec 21, 2018, 16:07 IST
    https://example.com/news/123            Text: The minister met ...
    Date & Time                             ...
    Updated: Dec 21, 2018, 16:07 IST
    Text
    The minister met ...

A label is a short line (at most CLEAN_FIELD_LABEL_MAX_WORDS words, no digit, not a sentence, maybe ending in ":"),
alone on its line with the value on the next, or before a colon with the value after it on the same line. The
labels are known either by corpus evidence (a label line recurs across the files of the group:
`CorpusStats.is_boilerplate`; a field may be empty) or, in any file, by position: at least CLEAN_FIELD_MIN_LABELS labels open the file,
each followed by its one-line value, and no value is label-like unless its label is marked by a colon (a menu's
items alternate too, but they are all label-like). The text is the one field of many lines (by position: the field whose value is the
first line of running text, or what follows the fields); fields after it are one line each. The fields are told
apart by what their values look like, never by the label's words (any language): a value that is a URL is the
link; one that is a date stamp is the date (it stays in the raw text as date evidence); a short one-line value
before the text is the title. Labels, links, dates and other short fields (author, section) never reach the text.
With labels known by recurrence, the text field may come first (title, link and date closing the file), and a
recurring short line inside the story ("Advertisement", "Trending Now") is no label: it goes, the text runs on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from newsdesk.clean.corpus import CorpusStats, numeric_order
from newsdesk.clean.credits import credit_of
from newsdesk.clean.fields_sep import separated
from newsdesk.clean.fields_shape import (
    _DIGIT,
    _MAX_FIELD_WORDS,
    FENCE,
    _dateline_opens,
    _Field,
    _inline,
    _kind,
    _label_like,
    _running_text,
    _stamp_like,
    _story_line,
    _undecorated,
    _words,
    dated_line,
    unquoted,
)
from newsdesk.clean.fields_title import _title_field
from newsdesk.dates.datelines import dateline_alone, match_dateline
from newsdesk.settings import DEFAULT, Settings


class FieldDump(NamedTuple):
    text: list[tuple[int, str]]  # (index of the line, what the text keeps of it: a same-line label is cut off)
    removed: list[tuple[str, str]]  # (what goes, reason) in the file's order
    title: str | None


def split_fields(lines: list[str], stats: CorpusStats | None, group: str, settings: Settings | None = None
                 ) -> FieldDump | None:
    """For a field dump: its text lines, what goes (labels, link, date, title, other fields, what stands before the
    first label) and the title; else None. `lines`: the document's squashed non-blank lines; `settings`: the run's
    Settings (DEFAULT when None). Labels written in markup ('## Title', '**Title:** ...') are read as the labels
    (corpus keys ignore the marks); a text line the markup reading changed and the dump keeps whole is given back
    as written."""
    cfg = DEFAULT if settings is None else settings
    plain = [_undecorated(s, cfg.CLEAN_FIELD_LABEL_MAX_WORDS) for s in lines]
    # 'Title = ...', 'Title | ...', 'Title - ...', 'Title<TAB>...' read as 'Title: ...' on the source's evidence
    plain, seps = separated(plain, stats, group, cfg)
    dump = _split(plain, stats, group, cfg, seps)
    if dump is not None and stats is not None and stats.docs(group) >= cfg.CLEAN_CORPUS_MIN_DOCS:
        dump = _inner_widgets(dump, lambda line: stats.is_boilerplate(group, line, cfg))
    if dump is not None and seps:  # the labels as written ('Title =')
        written = {f"{head}:": label for head, _, label in seps.values()}
        dump = dump._replace(removed=[(written.get(x, x) if r == "field_label" else x, r) for x, r in dump.removed])
    if dump is not None and stats is not None:
        dump = dump._replace(removed=_ordered(dump.removed, stats, group))
    if dump is None or plain == lines:
        return dump
    return dump._replace(text=[(i, lines[i] if s == plain[i] else s) for i, s in dump.text])


def _inner_widgets(dump: FieldDump, widget: Callable[[str], bool]) -> FieldDump:
    """The text less the widget lines a crawler's innerText left inside the story: a run of lines that stand in enough
    of the source's files (`widget`: corpus boilerplate, digits aside) and are no running text, between the story's
    running text above and a running-text line of the file's own below ('Read More' / 'Trending Now' / the story's
    last line). Left in, a later step reads 'Read More' as a read-also heading and cuts the story's end with it; a
    run with no story line of the file's own after it (a 'Trending' block closing the text) stays for that step."""
    out: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    gone: list[tuple[str, str]] = []
    for i, s in dump.text:
        if not _running_text(s) and widget(s):
            run.append((i, s))
            continue
        if run and _running_text(s) and not widget(s) and any(_running_text(x) for _, x in out):
            gone += [(x, "boilerplate") for _, x in run]
        else:
            out += run
        run = []
        out.append((i, s))
    return dump._replace(text=out + run, removed=dump.removed + gone) if gone else dump


def _ordered(removed: list[tuple[str, str]], stats: CorpusStats, group: str) -> list[tuple[str, str]]:
    """A field's value that holds an ambiguous numeric date ('05/03/2019 14:07') goes as 'timestamp_dmy' or
    'timestamp_mdy' when the source's files settle the order under that label (`CorpusStats.field_order`: a date
    there with a day over 12, and none the other way); dating reads it so (`dates.publication.field_date`)."""
    out = list(removed)
    for i in range(1, len(out)):
        (label, before), (value, reason) = out[i - 1], out[i]
        if before == "field_label" and reason == "field" and numeric_order(value) == "ambiguous" \
                and (order := stats.field_order(group, label)):
            out[i] = (value, f"timestamp_{order}")
    return out


def _split(lines: list[str], stats: CorpusStats | None, group: str, cfg: Settings,
           seps: dict[str, tuple[str, str, str]]) -> FieldDump | None:
    max_words = cfg.CLEAN_FIELD_LABEL_MAX_WORDS
    corpus = stats is not None and stats.docs(group) >= cfg.CLEAN_CORPUS_MIN_DOCS
    # a value line that stands in other files of the source (digits aside: corpus keys write every digit as 0,
    # and "Flood kills 12" is not "Flood kills 40")
    recurs = (lambda value: not _DIGIT.search(value) and stats.count(group, value) >= 2) if corpus else None
    if corpus:
        labels = _corpus_labels(lines, stats, group, cfg)
        if len(labels) >= cfg.CLEAN_FIELD_MIN_LABELS:
            bounds = labels + [len(lines)]
            fields = [_Field(bounds[k], lines[bounds[k]], [(j, lines[j]) for j in range(bounds[k] + 1, bounds[k + 1])])
                      for k in range(len(labels))]
            fields, text_k, furniture = _text_field(fields, lambda label: stats.count(group, label))
            dump = _dump(lines, fields, text_k, cfg.CLEAN_FIELD_LABEL_MAX_WORDS, furniture, recurs,
                         cfg.CLEAN_FIELD_LIST_ITEM_MAX_WORDS)
            if dump:
                return dump
    # by position (a file alone, or labels that do not recur): the labels open the file
    heads = (lambda line: stats.sep_head_count(group, *seps[line][:2]) if line in seps
             else stats.head_count(group, line)) if corpus else None
    fields, text_k = _opening(lines, max_words, heads, start=_header_lines(lines, stats if corpus else None, group, cfg))
    labelled = fields[:text_k + 1] if text_k is not None else [f for f in fields if f.label >= 0]
    labelled = [f for f in labelled if f.label >= 0]  # the fields that open the file
    if corpus and text_k is not None and len(labelled) == 1 and labelled[0].values \
            and labelled[0].values[0][0] == labelled[0].label:
        # a text that comes first under a same-line label ("Text：LONDON, Apr 24 (IANS):"): the same-line fields
        # after it whose heads stand in as many of the source's files as the text's own count as its labels
        least = heads(lines[labelled[0].label])
        labelled += [f for f in fields[text_k + 1:] if f.label >= 0 and f.values and f.values[0][0] == f.label
                     and least >= 2 and heads(lines[f.label]) >= least]
    # a menu alternates too, but its "values" are label-like: only a marked label ("Author:") has one, or a short
    # headline among as many links and dates ("Titel" / "Stadtrat beschließt neues Radwegenetz" / "Datum" / ...)
    named = sum(_label_like(f.values[0][1], max_words) and not f.label_text.endswith((":", "：")) for f in labelled
                if f.values)
    stamped = sum(_kind([f.values[0][1]]) != "other" for f in labelled if f.values)
    if len(labelled) < cfg.CLEAN_FIELD_MIN_LABELS or named and named >= stamped:
        return None
    # fields of no link or date after the text are there only by the source's evidence (`_opening`'s heads)
    known = [] if text_k is not None and any(_kind([v for _, v in f.values]) == "other" for f in fields[text_k + 1:]
                                             ) else None
    # no link and no date ('Title:' / 'Author:' / 'Text:', review13 finding 19): a dump when every label stands in
    # enough of the source's files, as a crawler's label set does (a page's headings do not recur so)
    need = max(cfg.CLEAN_CORPUS_MIN_DOCS, cfg.CLEAN_CORPUS_MIN_SHARE * stats.docs(group)) if corpus else 0
    anchored = corpus and all(heads(lines[f.label]) >= need for f in labelled)
    return _dump(lines, fields, text_k, max_words, known, recurs=recurs,
                 list_words=cfg.CLEAN_FIELD_LIST_ITEM_MAX_WORDS, anchored=anchored)


def _text_field(fields: list[_Field], count: Callable[[str], int]
                ) -> tuple[list[_Field], int | None, list[tuple[str, str]]]:
    """The corpus labels' fields with the text field made whole: (fields, index of the text field or None, lines
    that go as boilerplate). The text field is the first whose value opens with running text. A recurring short line
    inside the story ("Advertisement", "Trending Now") is no label: it is followed by more of the story, while the
    fields that close a dump (title, link, date after a text that comes first) hold one line each that is no running
    text and does not end a sentence (a headline has no full stop; "He was 84." is the story's). The labels between
    the text field and those closing fields join the text, less their own line. `count`: in how many of the
    source's files a label line stands. A crawler writes its labels in every file, a widget stands in some: a label
    rarer than every label before it is a line inside the story, and so is one rarer than the text's own label
    among the fields that close the dump (the story's last line may ask or exclaim: '... too much success!"'). A
    field of several lines among those closing fields whose every line stands in other files of the source (a
    'Trending' block of the site's other headlines) goes whole."""
    opens = [k for k, f in enumerate(fields) if f.values and _running_text(f.values[0][1])]
    # a headline with a full stop ("Port strike halts exports.") reads as running text too: a one-line field followed
    # by one-line fields with a link or a date among them, then a field of several lines, is not where the story
    # starts (when no field is, the longest field is the text: `_dump`)
    text_k = next((k for k in opens if not _headline_field(fields, k)), None)
    if text_k is None:  # no line ends a sentence where a field starts (a standfirst without its full stop): the field
        # of the most lines, when it has several, is the text, and the rarer labels after it are inside the story
        most = max(range(len(fields)), key=lambda k: len(fields[k].values), default=None)
        if most is None or len(fields[most].values) < 2 or _kind([v for _, v in fields[most].values]) != "other":
            return fields, None, []
        text_k = most
    # every field but the text holds one line: an earlier field of several lines, running text after its first, is
    # where the story starts (a dateline alone, "ISTANBUL, Apr 24 (Reuters):", opens it with no full stop, and a
    # recurring widget line further down, "File photo", opens the first field of running text; or the field opens
    # with a dateline over running text and a short widget line the crawler left in the story stands further down)
    text_k = next((k for k, f in enumerate(fields[:text_k]) if len(f.values) >= 2
                   and (all(_running_text(v) for _, v in f.values[1:])
                        or _dateline_opens(f.values[0][1]) and _running_text(f.values[1][1]))), text_k)
    while _story_opens_before(fields, text_k, count):
        text_k -= 1
    end = len(fields)
    widgets: list[_Field] = []  # a block of other stories' headlines among the closing fields ("Trending" / ...)
    while end - 1 > text_k and (not fields[end - 1].values  # (an author left empty, or its recurring value)
                                or count(fields[end - 1].label_text) >= count(fields[text_k].label_text)):
        f = fields[end - 1]
        if len(f.values) >= 2 and all(not _DIGIT.search(v) and count(v) >= 2 for _, v in f.values):
            # every line stands in other files of the source (digits aside: corpus keys write each digit as 0)
            widgets.insert(0, f)
        elif len(f.values) > 1 or f.values and _story_line(f.values[0][1]):
            break
        end -= 1
    closing = [f for f in fields[end:] if f not in widgets]
    furniture = [(x, "boilerplate") for f in widgets for x in (f.label_text, *(v for _, v in f.values))]
    inner = fields[text_k + 1:end]
    if not inner:
        return fields[:text_k + 1] + closing, text_k, furniture
    text = fields[text_k]
    merged = _Field(text.label, text.label_text, text.values + [v for f in inner for v in f.values])
    return fields[:text_k] + [merged] + closing, text_k, [(f.label_text, "boilerplate") for f in inner] + furniture


def _story_opens_before(fields: list[_Field], k: int, count: Callable[[str], int]) -> bool:
    """The story starts in the field before field `k` (the first to open with running text): `k`'s label is a line
    inside the story (rarer in the source's files than every label before it), and the field before holds one line
    of no kind (no link, no date, no stamp: a standfirst that asks or exclaims, a subheading) while another one-line
    field of no kind, the title, stands elsewhere in the dump."""
    if k < 1 or len(fields[k - 1].values) != 1 or count(fields[k].label_text) >= min(
            count(f.label_text) for f in fields[:k]):
        return False
    value = fields[k - 1].values[0][1]
    if _kind([value]) != "other" or _stamp_like(value):
        return False
    return any(len(f.values) == 1 and _kind([f.values[0][1]]) == "other" and not _stamp_like(f.values[0][1])
               for j, f in enumerate(fields) if j < k - 1 or j > k and count(f.label_text) >= count(
                   fields[k - 1].label_text))


def _headline_field(fields: list[_Field], k: int) -> bool:
    if len(fields[k].values) != 1:
        return False
    j = k + 1
    while j < len(fields) and len(fields[j].values) <= 1 and not (fields[j].values and
                                                                  _running_text(fields[j].values[0][1])):
        j += 1
    stamped = any(f.values and _kind([f.values[0][1]]) != "other" for f in fields[k + 1:j])
    return stamped and j < len(fields) and len(fields[j].values) > 1


def _corpus_labels(lines: list[str], stats: CorpusStats, group: str, cfg: Settings) -> list[int]:
    """Label lines known by recurrence. Two in a row are a field left empty, or a label and a value that recurs too
    (an author, a section name): both go. A line that reads as a dateline alone ("NEW DELHI:", or an upper-case
    label "URL:") is a label when its value is no running text (a dateline's story follows it); over running text
    ("TEXT:" / the story) only when it stands in as many of the source's files as its other labels and does not
    follow one of them (there it is the text's first line: "Text" / "NEW DELHI:" / the story)."""
    found = [i for i, s in enumerate(lines) if _label_like(s, cfg.CLEAN_FIELD_LABEL_MAX_WORDS)
             and stats.is_boilerplate(group, s, cfg)]
    story = {i for i in found if dateline_alone(lines[i]) and i + 1 < len(lines) and _running_text(lines[i + 1])}
    firm = [i for i in found if i not in story]
    if not story or not firm:
        return firm
    least = min(stats.count(group, lines[i]) for i in firm)
    return sorted(firm + [i for i in story if i - 1 not in found and stats.count(group, lines[i]) >= least])


def _opening(lines: list[str], max_words: int, heads: Callable[[str], int] | None = None, goes_on: bool = True,
             start: int = 0) -> tuple[list[_Field], int | None]:
    """The fields that open the file, in either layout, and which of them is the text (None: the text is what
    follows them, unlabelled). The text field's value runs to the end, less the one-line link or date fields that
    close the file. `heads`: in how many of the source's files a line opens with a line's head (corpus evidence;
    None for a file alone): a same-line label stands in every file, a story's head ("LONDON:") in some. A value of
    several lines before the text ("Summary: ..." / a second line / "Date: ..." / ... / "Text: the story"; `goes_on`)
    is read only when a later field opens the story: else the fields are read as if values held one line each.
    `start`: the first line of the fields (a crawl header above them goes). A rule line ('---', a front-matter
    fence) between the fields goes; one right after them closes them: the text follows unlabelled."""
    fields: list[_Field] = []
    story = None  # the field whose value opens the story
    k = start
    fenced = False  # the fields closed by a rule line
    while k < len(lines):
        s = lines[k]
        if FENCE.match(s):
            fenced = bool(fields)
            k += 1
            continue
        was_fenced, fenced = fenced, False
        pair = _inline(s, max_words)
        # the fields so far hold their values on their label's line ("TITLE: ...", "DATE: ..."; or none)
        inline_so_far = all(f.values[0][0] == f.label for f in fields if f.values)
        same = inline_so_far and any(f.values for f in fields)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        pair_next = _inline(nxt, max_words)
        if inline_so_far and _label_like(s, max_words) and (s.endswith((":", "：")) and (
                pair_next and not _running_text(pair_next[1])
                or nxt.endswith((":", "：")) and _label_like(nxt, max_words))
                or same and pair_next and heads is not None and _known_head(heads, nxt, fields, lines)):
            # a field left empty ("URL:" over "DATE: ..." or over "TEXT:" alone); over running text it is the text's
            # label, and the line's head the story's ("TEXT:" / "Officials said: the minister ...", "NEW DELHI: ..."),
            # unless the source's files show that head as often as the same-line labels before ("Author:" / "Text:
            # The minister ...")
            fields.append(_Field(k, s, []))
            k += 1
            continue
        if _label_like(s, max_words) and k + 1 < len(lines):
            fields.append(_Field(k, s, [(k + 1, lines[k + 1])]))
            k += 2
        elif pair and not (match_dateline(s) is not None and _running_text(pair[1])
                           and not (same and all(f.label_text.isupper() for f in fields) and pair[0].isupper())
                           and not _field_follows(lines, k + 1, max_words)
                           and not (heads is not None and not fields and _label_set_head(heads, lines, k, max_words))) \
                and not (fields and all(f.values and f.values[0][0] > f.label for f in fields)
                         and _running_text(pair[1])) \
                and not (fields and _running_text(pair[1]) and not _field_follows(lines, k + 1, max_words)
                         and (_words(pair[0]) > max(_words(f.label_text) for f in fields)
                              or all(f.label_text.isupper() for f in fields) and not pair[0].isupper()
                              or heads is not None and same
                              and heads(s) < min(heads(lines[f.label]) for f in fields))):
            # "NEW DELHI: The minister ..." is a dateline, unless the fields before are written as this head is, all
            # in capitals with their values on the line ("TITLE: ..." / "DATE: ..." / "BODY: The minister ..."), or a
            # link or date field follows it ("TITLE: Time to say goodbye." / "URL: https://..."); and
            # under labels on their own lines a head over running text is the story's ("New Delhi/Mumbai: An Indian
            # warship ...", a dateline the grammar does not read), not a field written the other way; nor is a head over
            # running text with more words than every label before it ("NEW DELHI: The minister ..." under "TITLE:" /
            # "URL:" / "DATE:", "Officials said: ..."), or not in capitals under labels all in capitals ("Update: ...");
            # one file alone cannot tell a one-word head ("LONDON:") from the text's label ("BODY:"): a label there,
            # unless the source's files show it rarer than every label before it (`heads`)
            fields.append(_Field(k, pair[0], [(k, pair[1])]))
            k += 1
        elif goes_on and fields and fields[-1].values and (j := _value_goes_on(lines, k, max_words)) is not None:
            fields[-1] = fields[-1]._replace(values=fields[-1].values + [(i, lines[i]) for i in range(k, j)])
            k = j
            continue
        else:
            fenced = was_fenced
            break
        if fields[-1].values and _running_text(fields[-1].values[0][1]) and not _field_follows(lines, k, max_words) \
                and not (goes_on and _value_goes_on(lines, k, max_words) is not None):
            story = len(fields) - 1
            break  # the story's first line: its label is the text's (a headline with a full stop has a link after it)
    if any(len(f.values) > 1 for f in fields) and (story is None or any(len(f.values) > 1 for f in fields[story:])):
        return _opening(lines, max_words, heads, goes_on=False, start=start)  # no later field opens the story
    if not fields:
        return [], None
    end = len(lines)
    closing: list[_Field] = []
    # same-line labels seen in the source's files: a head after the text that stands in as many files as the
    # labels that open the file is one more field of any kind ("Category: Business", "Title: ..."), no story line
    least = min((heads(lines[f.label]) for f in fields if f.values and f.values[0][0] == f.label), default=0) \
        if heads is not None else 0
    while end - k >= 2:  # "Date & Time" / "Dec 21, 2018" after the text
        s, pair = lines[end - 1], _inline(lines[end - 1], max_words)
        if end - k >= 3 and _label_like(lines[end - 2], max_words) and _kind([s]) != "other":
            closing.insert(0, _Field(end - 2, lines[end - 2], [(end - 1, s)]))
            end -= 2
        elif pair and (_kind([pair[1]]) != "other" or least >= 2 and heads(s) >= least
                       and not _story_line(pair[1])):
            closing.insert(0, _Field(end - 1, pair[0], [(end - 1, pair[1])]))
            end -= 1
        elif least >= 2 and s.endswith((":", "：")) and _label_like(s, max_words) and heads(s) >= least:
            closing.insert(0, _Field(end - 1, s, []))  # one left empty ("Auteur:")
            end -= 1
        else:
            break
    rest = [(j, lines[j]) for j in range(k, end)]
    last = fields[-1]
    titled = any(_kind([f.values[0][1]]) == "other" for f in fields[:-1] if f.values)
    # a text that comes first under its label, its first line no sentence (a caption: 'TESTO = LONDON - Blake
    # Farenthold ... CreditJoshua Roberts/Reuters'), a headline among the fields after it ('TITOLO = ...'): the one
    # field before the story is the text's, as under a title; a name ('Autor: John Smith') is no text's first line
    titled = titled or len(fields) == 1 and last.values and not _label_like(last.values[0][1], max_words) and any(
        len(f.values) == 1 and _kind([f.values[0][1]]) == "other" and not _stamp_like(f.values[0][1])
        and not _label_like(f.values[0][1], max_words) for f in closing)
    # a value that is a dateline over running text is the story's first line ("Text: ISTANBUL, Jun 14 (AFP):" / the
    # story; "Text: MUMBAI, Apr 2 (AFP): Report sees ..." / the story): a title is one line and opens with no dateline
    opens = rest and last.values and _dateline_opens(last.values[0][1]) and _running_text(rest[0][1])
    if rest and not fenced and last.values and _kind([last.values[0][1]]) == "other" and (
            titled or opens or _running_text(last.values[0][1])):
        fields[-1] = _Field(last.label, last.label_text, last.values + rest)  # the last label is the text's
        return fields + closing, len(fields) - 1
    if not rest:
        return fields + closing, None
    text = _Field(-1, "", rest)  # the text follows the fields without a label
    return fields + [text] + closing, len(fields)


def _header_lines(lines: list[str], stats: CorpusStats | None, group: str, cfg: Settings) -> int:
    """How many lines above a dump's first field are a crawler's header, at most CLEAN_FIELD_HEADER_MAX_LINES: a rule
    line, a date stamp ('Fetched at 2024-06-10T03:11:09Z'), or a line that stands in enough of the source's files
    (digits aside: '# crawl 2024-06-10 03:11 UTC job=rss-4400'); none is a label or a same-line field, nor running
    text."""
    max_words = cfg.CLEAN_FIELD_LABEL_MAX_WORDS
    k = 0
    while k < min(cfg.CLEAN_FIELD_HEADER_MAX_LINES, len(lines) - 1):
        s = lines[k]
        if _label_like(s, max_words) or _inline(s, max_words) or _running_text(s) or not (
                FENCE.match(s) or dated_line(s) or stats is not None and stats.is_boilerplate(group, s, cfg)):
            break
        k += 1
    return k


def _label_set_head(heads: Callable[[str], int], lines: list[str], k: int, max_words: int) -> bool:
    """Line `k`'s head ('METIN: LONDON, Mar 31 (Reuters): The committee ...', a text that comes first) is one of the
    crawler's labels, not a dateline: it stands in at least two of the source's files and in as many as every other
    same-line head of the file that stands in two or more (at least CLEAN_FIELD_MIN_LABELS - 1 of them: 'TARIH:',
    'BAŞLIK:' ...); a city's dateline stands in some of the files only."""
    n = heads(lines[k])
    others = [c for j, s in enumerate(lines) if j != k and _inline(s, max_words) and (c := heads(s)) >= 2]
    return n >= 2 and len(others) >= 2 and n >= max(others)


def _known_head(heads: Callable[[str], int], line: str, fields: list[_Field], lines: list[str]) -> bool:
    """`line`'s head stands in at least two of the source's files and in as many as every same-line label before."""
    n = heads(line)
    return n >= 2 and all(n >= heads(lines[f.label]) for f in fields if f.values and f.values[0][0] == f.label)


def _value_goes_on(lines: list[str], k: int, max_words: int) -> int | None:
    """Lines from `k` that are no label and no same-line field, with a link or date field after them: the field
    before goes on (a summary of two lines); the line where that field starts, else None."""
    j = k
    while j < len(lines) and not _label_like(lines[j], max_words) and _inline(lines[j], max_words) is None:
        j += 1
    return j if k < j < len(lines) and _field_follows(lines, j, max_words) else None


def _field_follows(lines: list[str], k: int, max_words: int) -> bool:
    """Line `k` opens a link or date field: a label over a link or a stamp, or both on one line."""
    if k + 1 < len(lines) and _label_like(lines[k], max_words):
        return _kind([lines[k + 1]]) != "other"
    pair = _inline(lines[k], max_words) if k < len(lines) else None
    return pair is not None and _kind([pair[1]]) != "other"


def _dump(lines: list[str], fields: list[_Field], text_k: int | None, max_words: int,
          furniture: list[tuple[str, str]] | None = None, recurs: Callable[[str], bool] | None = None,
          list_words: int = 0, anchored: bool = False) -> FieldDump | None:
    """`furniture`: None for labels found by position; for labels known by corpus recurrence, the recurring lines
    inside the text that go (see `_text_field`), and then one-line fields after the text may be any kind (a title
    after a text that comes first). `recurs`: whether a value stands in other files of the source too (an author, a
    section, a tag list: never the title; a headline is the one file's own). `anchored`: the source's files show the
    labels (no link or date field needed)."""
    kinds = [_kind([v for _, v in f.values]) for f in fields]
    if "url" not in kinds and "date" not in kinds and not anchored:
        return None  # label/value alternation alone is also how a list of headings looks
    if text_k is None:
        text_k = max((k for k in range(len(fields)) if kinds[k] == "other"),
                     key=lambda k: sum(len(v) for _, v in fields[k].values), default=None)
    if text_k is None:
        return None
    # a field of several lines before the text, by position (`_opening`: a summary), opens the text (its label goes)
    lead = [k for k, f in enumerate(fields) if k < text_k and len(f.values) > 1] if furniture is None else []
    # every other field is one value line, and those after the text a link or a date: otherwise these are headings
    # of a page (or of the story)
    if any(len(f.values) > 1 or f.values and len(f.values[0][1].split()) > _MAX_FIELD_WORDS
           or k > text_k and f.values and kinds[k] == "other" and furniture is None
           for k, f in enumerate(fields) if k != text_k and k not in lead):
        return None
    first = min(f.label if f.label >= 0 or not f.values else f.values[0][0] for f in fields)
    removed = [(lines[i], "page") for i in range(first)]  # what stands before the first label
    held = {f.label for f in fields} | {i for f in fields for i, _ in f.values}
    removed += [(lines[i], "page") for i in range(first, max(held) + 1) if i not in held]  # rule lines between fields
    title_k = _title_field(lines, fields, kinds, text_k, max_words, furniture is not None, recurs, list_words)
    for k, f in enumerate(fields):
        if f.label >= 0:
            removed.append((f.label_text, "field_label"))
        if k == text_k:
            removed.extend(furniture or ())
            continue
        if k in lead:
            continue
        reason = "title" if k == title_k else {"url": "url", "date": "timestamp"}.get(kinds[k], "field")
        removed.extend((v, _value_reason(reason, v)) for _, v in f.values)
    text = [v for k in lead for v in fields[k].values] + fields[text_k].values
    return FieldDump(text, removed, unquoted(fields[title_k].values[0][1]) if title_k is not None else None)


def _value_reason(reason: str, value: str) -> str:
    """A numeric date that reads either way goes as a 'field' (no day stated) unless `_ordered` settles it; a field
    that names an agency and nothing else ('Source: Reuters', '来源：新华社', 'Sumber: Antara') is the story's
    credit ('credit': clean_text lists it among the credits)."""
    if reason == "timestamp" and numeric_order(value) == "ambiguous":
        return "field"
    return "credit" if reason == "field" and credit_of(unquoted(value)) else reason
