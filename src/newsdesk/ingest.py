"""Read input files, folders and stdin into `RawDoc`s; every bad input becomes one `InputError`, never an exception.

Formats: `.txt`, `.html`/`.htm`, `.jsonl`, `.json` (an array of records, or one record), each optionally gzipped.
JSON records carry `id`, `title`, `text` or `html`, `date` or `published`, `source`, `url`; other fields are kept as
metadata. Folders are walked recursively in sorted order; hidden files and files of other types inside folders are
skipped (counted, not reported), while a file named explicitly with an unknown type is reported.

Decoding is hand-written only where no library decides for us: strict UTF-8 first (the common case, and
charset-normalizer is slow and sometimes names the wrong code page, see ../shared/STACK.md), then
charset-normalizer's best guess. HTML bytes are handed on undecoded: the HTML stage honours the page's own charset.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsdesk.errors import InputError
from newsdesk.model import RawDoc
from newsdesk.settings import MAX_FILE_BYTES, MAX_RECORD_BYTES

SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json": "json"}
TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("date", "published", "published_at", "pubdate", "datePublished")
KNOWN_KEYS = {"id", "title", "html", "source", "url", *TEXT_KEYS, *DATE_KEYS}
BINARY_SNIFF = 8192


@dataclass
class Walk:
    """What a walk over the inputs counted besides documents and errors."""

    skipped: int = 0


def input_format(path: str) -> tuple[str | None, bool]:
    """(format, gzipped) from the file name."""
    name = path.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return SUFFIXES.get(os.path.splitext(name)[1]), gz


def external_id_of(path: str) -> str:
    """The file name without its extension(s): `a/b/0001.txt.gz` -> `0001`."""
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem, ext = os.path.splitext(name)
    return stem if ext.lower() in SUFFIXES else name


def iter_files(paths: Iterable[str], walk: Walk) -> Iterator[str | InputError]:
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    full = os.path.join(root, f)
                    if f.startswith(".") or input_format(f)[0] is None:
                        walk.skipped += 1
                        continue
                    yield full
        elif path.is_file():
            if input_format(p)[0] is None:
                yield InputError(p, "unsupported file type (expected .txt, .html, .htm, .jsonl, .json, optionally .gz)")
                continue
            yield p
        elif path.exists():
            yield InputError(p, "not a regular file")
        else:
            yield InputError(p, "no such file or directory")


def read_bytes(path: str) -> bytes:
    """The file's bytes (gunzipped), refusing files over MAX_FILE_BYTES before reading them whole."""
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if size > MAX_FILE_BYTES:
        raise InputError(path, f"file too large ({size:,} bytes; limit {MAX_FILE_BYTES:,})")
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if path.lower().endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(MAX_FILE_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(path, f"not a valid gzip file ({exc})") from None
        if len(data) > MAX_FILE_BYTES:
            raise InputError(path, f"file too large once decompressed (over {MAX_FILE_BYTES:,} bytes)")
    if not data.strip():
        raise InputError(path, "empty file")
    return data


def looks_binary(data: bytes) -> bool:
    head = data[:BINARY_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 26, 27))
    return controls > max(8, len(head) // 20)


def _utf16_without_bom(head: bytes) -> bool:
    # ASCII text in UTF-16 has a NUL in every other byte
    return len(head) >= 8 and (head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3)


def decode(data: bytes, path: str) -> str:
    """Bytes -> text: BOM / strict UTF-8, else the detected encoding; undecodable bytes are an InputError."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "undecodable bytes: no text encoding fits")
    guess = str(best)
    # charset-normalizer often names a sibling single-byte code page (cp1250 for French cp1252): prefer the
    # decoding with fewer non-letter symbols outside ASCII; ties go to cp1252, the commonest legacy web encoding
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return guess
    return western if _odd_chars(western) <= _odd_chars(guess) else guess


def _odd_chars(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 127 and not ch.isalpha() and ch not in "«»“”‘’–—…€£°·")


def read_stdin(stream: BinaryIO) -> Iterator[RawDoc | InputError]:
    yield from _jsonl_lines("-", _bounded_lines(stream))


def iter_docs(paths: Iterable[str], walk: Walk, stdin: BinaryIO | None = None) -> Iterator[RawDoc | InputError]:
    """Every document in the inputs, in order; problems are yielded as InputError items, never raised."""
    for path in iter_files(paths, walk):
        if isinstance(path, InputError):
            yield path
            continue
        if path == "-":
            if stdin is not None:
                yield from read_stdin(stdin)
            continue
        fmt, gz = input_format(path)
        if fmt == "jsonl":
            yield from _jsonl_file(path, gz)
            continue
        try:
            data = read_bytes(path)
            if looks_binary(data):
                raise InputError(path, "binary file, not text")
            if fmt == "html":
                yield RawDoc(path=path, external_id=external_id_of(path), fmt="html", html=data,
                             group=_folder(path))
                continue
            text = decode(data, path)
        except InputError as exc:
            yield exc
            continue
        if fmt == "txt":
            yield RawDoc(path=path, external_id=external_id_of(path), fmt="txt", text=text, group=_folder(path))
        else:
            yield from _json_array(path, text)


def _jsonl_file(path: str, gz: bool) -> Iterator[RawDoc | InputError]:
    """A JSONL export is streamed line by line (no size limit on the file, MAX_RECORD_BYTES per record)."""
    try:
        fh = gzip.open(path, "rb") if gz else open(path, "rb")  # noqa: SIM115  (closed below)
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        try:
            head = fh.read(BINARY_SNIFF)
            fh.seek(0)
            if not head.strip():
                yield InputError(path, "empty file")
                return
            if looks_binary(head):
                yield InputError(path, "binary file, not text")
                return
            yield from _jsonl_lines(path, _bounded_lines(fh))
        except (OSError, EOFError, zlib.error) as exc:
            yield InputError(path, f"not a valid gzip file ({exc})" if gz else f"cannot read: {exc}")


def _bounded_lines(fh) -> Iterator[bytes]:
    """Lines of a binary stream; a line longer than MAX_RECORD_BYTES is replaced by a marker, never held whole."""
    while True:
        line = fh.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            while True:  # skip the rest of the oversized line
                rest = fh.readline(MAX_RECORD_BYTES)
                if not rest or rest.endswith(b"\n"):
                    break
            yield _TOO_LARGE
            continue
        yield line


_TOO_LARGE = b"\x00record too large"


def _folder(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def _jsonl_lines(path: str, stream) -> Iterator[RawDoc | InputError]:
    for n, line in enumerate(stream, 1):
        if line is _TOO_LARGE:
            yield InputError(path, f"record too large (over {MAX_RECORD_BYTES:,} bytes)", n)
            continue
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield InputError(path, "undecodable bytes (JSONL must be UTF-8)", n)
                continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"malformed JSON: {exc.msg} at column {exc.colno}", n)
            continue
        yield record_to_doc(obj, path, n)


def _json_array(path: str, text: str) -> Iterator[RawDoc | InputError]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(path, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items, 1):
        doc = record_to_doc(item, path, None)
        if isinstance(doc, InputError) and isinstance(obj, list):
            doc = InputError(path, f"record {i}: {doc.reason}")
        yield doc


def _str(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        return None
    s = str(value).strip()
    return s or None


def record_to_doc(obj, path: str, line: int | None) -> RawDoc | InputError:
    if not isinstance(obj, dict):
        return InputError(path, f"record is a JSON {type(obj).__name__}, expected an object", line)
    text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    html = obj.get("html") if isinstance(obj.get("html"), str) and obj["html"].strip() else None
    if text is None and html is None:
        return InputError(path, "record has neither text nor html", line)
    rid = _str(obj.get("id"))
    if rid is None:
        base = "stdin" if path == "-" else external_id_of(path)
        rid = f"{base}:{line}" if line is not None else base
    meta_date = next((_str(obj.get(k)) for k in DATE_KEYS if _str(obj.get(k))), None)
    metadata = {k: v for k, v in obj.items() if k not in KNOWN_KEYS}
    source = _str(obj.get("source"))
    return RawDoc(path=path, external_id=rid, fmt="json", text=text, html=None if text is not None else html,
                  title=_str(obj.get("title")), source=source, url=_str(obj.get("url")), meta_date=meta_date,
                  metadata=metadata, line=line, group=source or _folder(path) if path != "-" else source or "-")
