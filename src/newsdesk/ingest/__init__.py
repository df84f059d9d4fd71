"""Read input files, folders and stdin into `RawDoc`s; every bad input becomes one `InputError`, never an exception.

Formats: `.txt`, `.html`/`.htm`, `.jsonl`, `.json` (an array of records, or one record), each optionally gzipped
(by name, or by the gzip magic bytes; stdin too). JSON records carry `id`, `title`, `text` or `html`, `date` or
`published`, `source`, `url`; other fields are kept as metadata. Folders are walked in sorted order (without
recursion, so no folder depth can exhaust the stack); hidden files and files of other types inside folders are
skipped (counted, not reported), while a file named explicitly with an unknown type is reported.

Hostile input is refused item by item, with one `path[:LINE]: reason` line saying what is wrong and what to do:
- only regular files are opened: a named pipe, socket or device is named and skipped without being opened (stat
  first, then open non-blocking and check the open file again, so a swap in between cannot block us); symbolic
  link loops, broken links and files that vanish or change while they are read are named and skipped;
- sizes are bounded before anything is held whole (MAX_FILE_BYTES per file, after gunzip; MAX_RECORD_BYTES per
  JSONL line), and JSON nesting is measured before parsing (JSON_MAX_DEPTH), so `[[[[...]]]]` is a refusal, not a
  RecursionError; numbers outside what JSON can exchange (NaN, Infinity, 1e999, integers over 4,300 digits) and
  unpaired UTF-16 surrogates (which no store can hold) are refused or repaired, never passed on.

Decoding is hand-written only where no library decides for us: strict UTF-8 first (the common case, and
charset-normalizer is slow and sometimes names the wrong code page, see ../shared/STACK.md), then
charset-normalizer's best guess. HTML bytes are handed on undecoded: the HTML stage honours the page's own charset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from newsdesk.errors import InputError
from newsdesk.ingest import files
from newsdesk.ingest.files import (
    BINARY,
    MAX_FILE_BYTES,
    MAX_PAGE_BYTES,
    MAX_TEXT_BYTES,
    MAX_TEXT_LINES,
    SUFFIXES,
    Walk,
    decode,
    external_id_of,
    input_format,
    iter_files,
    looks_binary,
    page_problem,
    read_bytes,
    shown,
    text_problem,
)
from newsdesk.ingest.records import (
    MAX_RECORD_BYTES,
    _folder,
    _json_array,
    _jsonl_file,
    json_type,
    nesting_depth,
    parse_json,
    read_stdin,
    record_to_doc,
)
from newsdesk.model import RawDoc

__all__ = ["MAX_FILE_BYTES", "MAX_PAGE_BYTES", "MAX_RECORD_BYTES", "MAX_TEXT_BYTES", "MAX_TEXT_LINES", "SUFFIXES",
           "Walk", "decode", "external_id_of", "input_format", "iter_docs", "iter_files", "json_type", "looks_binary",
           "nesting_depth", "parse_json", "read_bytes", "read_stdin", "record_to_doc", "shown"]


_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)


def iter_docs(paths: Iterable[str], walk: Walk, stdin: BinaryIO | None = None) -> Iterator[RawDoc | InputError]:
    """Every document in the inputs, in order; problems are yielded as InputError items, never raised."""
    for path in iter_files(paths, walk):
        if isinstance(path, InputError):
            yield path
        elif path == "-":
            if stdin is not None:
                yield from read_stdin(stdin)
        else:
            yield from _file_docs(path)


def _file_docs(path: str) -> Iterator[RawDoc | InputError]:
    fmt, _ = input_format(path)
    where = shown(path)
    if fmt == "jsonl":
        yield from _jsonl_file(path)
        return
    try:
        limit = {"txt": files.MAX_TEXT_BYTES, "html": files.MAX_PAGE_BYTES}.get(fmt, files.MAX_FILE_BYTES)
        data = read_bytes(path, limit)
        if looks_binary(data):
            raise InputError(where, BINARY)
        if fmt == "txt" and _HTML_START.match(data[:1024]):
            fmt = "html"  # a page saved under a .txt name (a crawler's raw download): read as the HTML it is
        if fmt == "html":
            if problem := page_problem(data):
                raise InputError(where, problem)
            yield RawDoc(path=where, external_id=external_id_of(where), fmt="html", html=data, group=_folder(where))
            return
        text = decode(data, where)
    except InputError as exc:
        yield exc
        return
    if fmt == "txt":
        if problem := text_problem(text):
            yield InputError(where, problem)
            return
        yield RawDoc(path=where, external_id=external_id_of(where), fmt="txt", text=text, group=_folder(where))
    else:
        yield from _json_array(where, text)
