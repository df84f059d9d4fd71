"""Which field of a crawler field dump holds the headline (clean/fields.py reads the dump): a one-line value of no
other kind that reads as no name, section or tag list, and that the source's other files do not share."""

from __future__ import annotations

from collections.abc import Callable

from newsdesk.clean.fields_shape import _LIST_SEP, _Field, _label_like, _stamp_like


def _label_list(value: str, max_words: int, item_words: int) -> bool:
    """A list of names ("Security, Business, World", "Supreme Court; Donald Trump"): a tag or section list, no
    headline. Each item a label-like name of at most `item_words` words (CLEAN_FIELD_LIST_ITEM_MAX_WORDS), none
    starting in lower case ("Central bank holds rates, signals caution" is a headline)."""
    parts = _LIST_SEP.split(value.strip())
    return len(parts) >= 2 and all(_label_like(p, max_words) and len(p.split()) <= item_words
                                   and not any(w[:1].islower() for w in p.split()) for p in parts)


def _title_field(lines: list[str], fields: list[_Field], kinds: list[str], text_k: int, max_words: int,
                 corpus_labels: bool, recurs: Callable[[str], bool] | None, list_words: int) -> int | None:
    """Which field holds the headline: a one-line field of no other kind (before the text, or after a text that
    comes first when the labels are known by recurrence), the first whose value does not look like a name ("Staff
    Reporter": label-like words). A value that stands in other files of the source is never the title (an author,
    a section, a tag list). A short headline that looks like a name ("Stadtrat beschließt neues Radwegenetz") is
    the title when it is the one field left and the source's files are seen to share a layout (labels known by
    recurrence, or another field's value recurs): a page's lone 'Chairman: <name>' / 'Editor: <name>' gives none.
    A list of label-like items (tags, sections) is no headline either; a headline that stands in other files too
    (their 'Trending' blocks) is the title when it is the one candidate left that reads as no name or list."""
    cands = [k for k, f in enumerate(fields) if k != text_k and kinds[k] == "other" and len(f.values) == 1
             and (k < text_k or corpus_labels) and not _stamp_like(f.values[0][1])]
    # the value's whole line recurs ("Autor: Redaktion" when label and value share it)
    own = [k for k in cands if recurs is None or not recurs(lines[fields[k].values[0][0]])]
    # a tag list is no headline while another field of the file's own is left ("Storm Hits Coast, Thousands Flee"
    # alone is the title)
    named = [k for k in own if not _label_list(fields[k].values[0][1], max_words, list_words)]
    own = named or own
    plain = [k for k in own if not _label_like(fields[k].values[0][1], max_words)]
    if plain:
        return plain[0]
    if len(own) == 1 and (corpus_labels or len(own) < len(cands)):
        return own[0]
    # a headline that other files of the source list too ('Trending' blocks of the site's other stories), when no
    # field of the file's own is left: the one field whose value reads as no name, section or tag list
    listed = [k for k in cands if k not in own and not _label_like(fields[k].values[0][1], max_words)
              and not _label_list(fields[k].values[0][1], max_words, list_words)]
    return listed[0] if not own and len(listed) == 1 and corpus_labels else None
