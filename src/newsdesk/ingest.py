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

import errno
import gzip
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from newsdesk import settings as _settings
from newsdesk.errors import InputError
from newsdesk.model import RawDoc
from newsdesk.settings import (
    GZIP_MAX_RATIO,
    JSONL_MAX_BAD_RUN,
    MAX_FILE_BYTES,
    MAX_PAGE_BYTES,
    MAX_PAGE_ELEMENTS,
    MAX_RECORD_BYTES,
    MAX_TEXT_BYTES,
    MAX_TEXT_LINES,
)

SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json": "json"}
TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("date", "published", "published_at", "pubdate", "datePublished")
KNOWN_KEYS = {"id", "title", "html", "source", "url", *TEXT_KEYS, *DATE_KEYS}
BINARY_SNIFF = 8192
GZIP_MAGIC = b"\x1f\x8b"
MAX_INT_DIGITS = 4300  # Python's int/str conversion limit: longer integers cannot be read back either

UNSUPPORTED = "unsupported file type (expected .txt, .html, .htm, .jsonl, .json, optionally .gz)"
NOT_UTF8_LINE = "undecodable bytes: JSONL must be UTF-8 (re-encode the file)"
BINARY = "binary file, not text (an image, PDF or archive? only text, HTML and JSON are read)"
NO_BODY = 'record has neither text nor html (give the article body as "text", or the page as "html")'


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


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def shown(path: str) -> str:
    """A path as it can be printed on one line and stored: undecodable bytes and control characters escaped."""
    if path == "-":
        return path
    text = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


# ------------------------------------------------------------------------------------------- files, folders --
_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


def _not_regular(mode: int) -> str:
    if stat.S_ISDIR(mode):  # only a link can bring one here: real folders are walked
        return "a link to a folder: not followed inside folders (name it on the command line to read it)"
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    fix = " (send JSONL through stdin with `-` instead)" if stat.S_ISFIFO(mode) else ""
    return f"{kind}, not a regular file: skipped, only regular files are read{fix}"


def _stat_error(path: str, exc: OSError, listed: bool) -> InputError:
    """Why a path cannot be stat'ed, in words: a broken or looping link, a file gone since it was listed."""
    where = shown(path)
    if exc.errno == errno.ELOOP:
        return InputError(where, "symbolic link loop: skipped (the link leads back to itself; fix or remove it)")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        if os.path.islink(path):
            return InputError(where, "broken symbolic link: its target does not exist")
        if listed:
            return InputError(where, "vanished before it could be read: skipped (ingest it again if it comes back)")
        return InputError(where, "no such file or directory")
    return InputError(where, f"cannot read: {exc.strerror or exc}")


def _walk(top: str, walk: Walk) -> Iterator[str | InputError]:
    """Files under `top` with an input suffix: each folder's files (sorted), then its subfolders (sorted)."""
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield InputError(shown(folder), f"cannot read folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for e in entries:
            if e.name.startswith("."):
                walk.skipped += 1
                continue
            try:
                is_dir = e.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(e.path)
            elif input_format(e.name)[0] is None:
                walk.skipped += 1
            else:
                yield e.path  # its type is checked when it is opened (it may change until then)
        stack.extend(reversed(subfolders))


def iter_files(paths: Iterable[str], walk: Walk) -> Iterator[str | InputError]:
    for p in paths:
        if p == "-":
            yield p
            continue
        try:
            st = os.stat(p)
        except OSError as exc:
            yield _stat_error(p, exc, listed=False)
            continue
        except ValueError:  # a NUL byte inside the path (only possible through the Python API)
            yield InputError(shown(p), "not a valid path (it contains a NUL byte)")
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(p, walk)
        elif input_format(p)[0] is None:
            yield InputError(shown(p), UNSUPPORTED)
        else:
            yield p


def _open_regular(path: str, listed: bool = True) -> tuple[BinaryIO, os.stat_result] | InputError:
    """Open a regular file without ever blocking: stat (a FIFO or device is refused unopened), open non-blocking,
    then check the opened file itself (it may have been swapped for a FIFO in between)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        return _stat_error(path, exc, listed)
    if not stat.S_ISREG(st.st_mode):
        return InputError(shown(path), _not_regular(st.st_mode))
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return _stat_error(path, exc, listed)
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        return InputError(shown(path), _not_regular(st.st_mode))
    return os.fdopen(fd, "rb"), st


def _changed(before: os.stat_result, fh: BinaryIO) -> bool:
    after = os.fstat(fh.fileno())
    return (after.st_size, after.st_mtime_ns, after.st_ino) != (before.st_size, before.st_mtime_ns, before.st_ino)


CHANGED = "changed while being read: skipped (ingest it again once it is complete)"


def read_bytes(path: str, limit: int | None = None) -> bytes:
    """The file's bytes (gunzipped), refusing files over `limit` (MAX_FILE_BYTES) before reading them whole."""
    limit = MAX_FILE_BYTES if limit is None else limit
    opened = _open_regular(path)
    if isinstance(opened, InputError):
        raise opened
    fh, st = opened
    where = shown(path)
    with fh:
        if st.st_size > limit:
            raise InputError(where, _too_large(f"{st.st_size:,} bytes; limit {limit:,}"))
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise InputError(where, f"cannot read: {exc.strerror or exc}") from None
        if len(data) != st.st_size or _changed(st, fh):
            raise InputError(where, CHANGED)
    if path.lower().endswith(".gz") or data.startswith(GZIP_MAGIC):
        data = _gunzip(data, where, limit)
    if not data.strip():
        raise InputError(where, "empty file")
    return data


def _gzip_reason(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "truncated gzip file: it ends before its end marker (copy or download it again)"
    return f"not a valid gzip file ({exc}): copy it again, or drop .gz from its name if it is not compressed"


def _gunzip(data: bytes, where: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            data = gz.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(where, _gzip_reason(exc)) from None
    if len(data) > limit:
        raise InputError(where, _too_large(f"over {limit:,} bytes once decompressed"))
    return data


def _too_large(size: str) -> str:
    return f"file too large ({size}): split it, or export it as JSONL, which is streamed"


def text_problem(text: str) -> str | None:
    """Why a plain-text article is refused before cleaning (its length or line count), else None."""
    if len(text) > MAX_TEXT_BYTES // 4 and (size := len(text.encode("utf-8", "replace"))) > MAX_TEXT_BYTES:
        return f"text too long ({size:,} bytes; limit {MAX_TEXT_BYTES:,}): not one article (split it)"
    if (lines := text.count("\n") + 1) > MAX_TEXT_LINES:
        return f"text has too many lines ({lines:,}; limit {MAX_TEXT_LINES:,}): not one article (split it)"
    return None


_ELEMENT = re.compile(rb"<[A-Za-z]")


def page_problem(html: str | bytes) -> str | None:
    """Why an HTML page is refused before extraction (its size or element count), else None."""
    data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    if len(data) > MAX_PAGE_BYTES:
        return f"HTML page too large ({len(data):,} bytes; limit {MAX_PAGE_BYTES:,})"
    elements = len(_ELEMENT.findall(data))
    if elements > MAX_PAGE_ELEMENTS:
        return (f"HTML page too complex ({elements:,} elements; limit {MAX_PAGE_ELEMENTS:,}): not a news page "
                "(save the article alone)")
    return None


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
        raise InputError(path, "undecodable bytes: no text encoding fits (save it as UTF-8)")
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


# ---------------------------------------------------------------------------------------------------- docs --
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
        data = read_bytes(path, {"txt": MAX_TEXT_BYTES, "html": MAX_PAGE_BYTES}.get(fmt, MAX_FILE_BYTES))
        if looks_binary(data):
            raise InputError(where, BINARY)
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


class _Chain(io.RawIOBase):
    """Bytes already read (the sniffed head) followed by the rest of a stream, as one readable stream."""

    def __init__(self, head: bytes, rest: BinaryIO, chunk: int | None = None):
        self._head, self._rest = memoryview(head), rest
        self.consumed = 0  # bytes handed on so far (the compressed size read, under a GzipFile)
        self._chunk = chunk  # at most this many bytes per read (so `consumed` follows the decompressor closely)

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        if self._chunk is not None and len(buf) > self._chunk:
            buf = memoryview(buf)[:self._chunk]
        if self._head:
            n = min(len(buf), len(self._head))
            buf[:n] = self._head[:n]
            self._head = self._head[n:]
            self.consumed += n
            return n
        data = self._rest.read(len(buf))
        buf[:len(data)] = data
        self.consumed += len(data)
        return len(data)


def read_stdin(stream: BinaryIO) -> Iterator[RawDoc | InputError]:
    """JSONL on stdin (gzipped too), streamed like a JSONL file."""
    yield from _jsonl_stream("-", stream, None)


def _jsonl_file(path: str) -> Iterator[RawDoc | InputError]:
    """A JSONL export is streamed line by line (no size limit on the file, MAX_RECORD_BYTES per record)."""
    opened = _open_regular(path)
    if isinstance(opened, InputError):
        yield opened
        return
    fh, st = opened
    with fh:
        yield from _jsonl_stream(shown(path), fh, st)


def _jsonl_stream(where: str, fh: BinaryIO, st: os.stat_result | None) -> Iterator[RawDoc | InputError]:
    try:
        head = fh.read(BINARY_SNIFF)
        compressed = None
        if head.startswith(GZIP_MAGIC) or where.lower().endswith(".gz"):
            # 1 KB compressed reads: a bomb is caught within ~GZIP_MAX_RATIO KB of output, not 128 MB later
            compressed = _Chain(head, fh, chunk=1024)
            stream: BinaryIO = gzip.GzipFile(fileobj=compressed)
            head = stream.peek(BINARY_SNIFF)[:BINARY_SNIFF]
        else:
            stream = io.BufferedReader(_Chain(head, fh))
        if not head.strip():
            yield InputError(where, "empty file" if where != "-" else "empty input (stdin had no JSONL records)")
            return
        if looks_binary(head):
            yield InputError(where, BINARY if where != "-" else "binary input, not JSONL text")
            return
        yield from _jsonl_lines(where, _bounded_lines(stream, compressed))
    except _Bomb:
        yield InputError(where, f"gzip bomb: it expands to over {GZIP_MAX_RATIO} times its compressed size; read no "
                                "further (records before this were kept)")
        return
    except (OSError, EOFError, zlib.error) as exc:
        gz = isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile))
        yield InputError(where, _gzip_reason(exc) if gz else f"cannot read: {exc.strerror or exc}")
        return
    if st is not None and _changed(st, fh):
        yield InputError(where, "changed while being read: the records read so far are kept (ingest it again once "
                                "it is complete: only new records are added)")


class _Bomb(Exception):
    """A gzip stream expanding more than GZIP_MAX_RATIO times its compressed size."""


_BOMB_SLACK = 256_000  # the first 256 KB out never count as a bomb (small files have large header overheads)


def _bounded_lines(fh, compressed: _Chain | None = None) -> Iterator[tuple[int, bytes]]:
    """(line number, line) of a binary stream, blank lines left out; a line longer than MAX_RECORD_BYTES is
    replaced by a marker, never held whole. Under gzip (`compressed` counts the bytes read beneath it), raises
    _Bomb once the output passes GZIP_MAX_RATIO times the input (blank lines cost little here: a newline bomb is
    millions of them)."""
    out, n = 0, 0
    limit = MAX_RECORD_BYTES
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        n += 1
        out += len(line)
        if compressed is not None and out > GZIP_MAX_RATIO * compressed.consumed + _BOMB_SLACK:
            raise _Bomb
        if len(line) <= 2 and not line.strip():
            continue
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the oversized line
                rest = fh.readline(limit)
                out += len(rest)
                if compressed is not None and out > GZIP_MAX_RATIO * compressed.consumed + _BOMB_SLACK:
                    raise _Bomb
                if not rest or rest.endswith(b"\n"):
                    break
            yield n, _TOO_LARGE
            continue
        yield n, line


_TOO_LARGE = b"\x00record too large"


def _folder(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def _jsonl_lines(path: str, stream) -> Iterator[RawDoc | InputError]:
    run = 0  # refused lines in a row
    for n, line in stream:
        if run >= JSONL_MAX_BAD_RUN:
            yield InputError(path, f"{JSONL_MAX_BAD_RUN:,} lines refused in a row: not JSONL? The rest is skipped "
                                   "(fix the lines above, or check the file's format)", n)
            return
        item = _jsonl_line(path, n, line)
        if item is None:
            continue
        run = run + 1 if isinstance(item, InputError) else 0
        yield item


def _jsonl_line(path: str, n: int, line: bytes) -> RawDoc | InputError | None:
    if line is _TOO_LARGE:
        return InputError(path, f"record too large (over {MAX_RECORD_BYTES:,} bytes): split it, or shorten its text",
                          n)
    try:
        text = line.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError:
        return InputError(path, NOT_UTF8_LINE, n)
    if not text.strip():
        return None
    obj = parse_json(text, path, n)
    return obj if isinstance(obj, InputError) else record_to_doc(obj, path, n)


def _json_array(path: str, text: str) -> Iterator[RawDoc | InputError]:
    obj = parse_json(text, path, None)
    if isinstance(obj, InputError):
        yield obj
        return
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items, 1):
        doc = record_to_doc(item, path, None)
        if isinstance(doc, InputError) and isinstance(obj, list):
            doc = InputError(path, f"record {i}: {doc.reason}")
        yield doc


# ---------------------------------------------------------------------------------------------------- JSON --
_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _Refused(ValueError):
    pass


def nesting_depth(text: str) -> int:
    """How deep arrays and objects nest in JSON text (brackets inside strings do not count). Linear time: the
    brackets left once strings are cut out are summed as +1/-1 with numpy."""
    brackets = _NOT_BRACKET.sub("", _STRINGS.sub("", text))
    if not brackets:
        return 0
    import numpy as np

    b = np.frombuffer(brackets.encode("ascii"), dtype=np.uint8)
    steps = np.where((b == ord("[")) | (b == ord("{")), 1, -1)
    return int(np.cumsum(steps, dtype=np.int64).max())


def _finite(s: str) -> float:
    value = float(s)
    if value in (float("inf"), float("-inf")):
        raise _Refused(f"number {s[:40]} is too large for JSON (write it as a string)")
    return value


def _long_int(s: str) -> int:
    if len(s.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(f"number with {len(s.lstrip('-')):,} digits is too long (limit {MAX_INT_DIGITS:,}; "
                       "write it as a string)")
    return int(s)


def _no_constant(s: str):
    raise _Refused(f"{s} is not JSON (write null, or a number)")


def parse_json(text: str, path: str, line: int | None):
    """JSON text -> value, or an InputError: malformed, nested deeper than JSON_MAX_DEPTH, numbers JSON cannot
    exchange. Unpaired UTF-16 surrogates (`"\\ud800"`) become U+FFFD: no store or UTF-8 output can hold them."""
    # fewer brackets than the limit cannot nest deeper than it: the common case needs no scan at all
    depth = nesting_depth(text) if text.count("[") + text.count("{") > _settings.JSON_MAX_DEPTH else 0
    if depth > _settings.JSON_MAX_DEPTH:
        return InputError(path, f"JSON nested too deeply ({depth:,} levels; limit {_settings.JSON_MAX_DEPTH}): "
                                "flatten the record", line)
    try:
        obj = json.loads(text, parse_float=_finite, parse_int=_long_int, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if line is not None else f"line {exc.lineno} column {exc.colno}"
        msg = exc.msg.removesuffix(" at")  # "Unterminated string starting at" + " at line 1" reads twice
        fix = "each line must be one JSON object" if line is not None else "the file must hold one JSON array or object"
        return InputError(path, f"malformed JSON: {msg} at {at} ({fix})", line)
    except _Refused as exc:
        return InputError(path, str(exc), line)
    except (RecursionError, ValueError) as exc:  # a parser limit the pre-scan did not foresee: still one line
        return InputError(path, f"JSON cannot be read ({exc})", line)
    if _SURROGATE_ESCAPE.search(text):
        obj = _repair(obj)
    return obj


def _repair(value):
    """Replace unpaired surrogates in every string (nesting is bounded by JSON_MAX_DEPTH, so recursion is safe)."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_repair(v) for v in value]
    if isinstance(value, dict):
        return {_repair(k): _repair(v) for k, v in value.items()}
    return value


def json_type(value) -> str:
    """A Python value's JSON type name, as the user wrote it: null, boolean, number, string, array, object."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _str(value) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    s = str(value).strip()
    return s or None


def record_to_doc(obj, path: str, line: int | None) -> RawDoc | InputError:
    if not isinstance(obj, dict):
        return InputError(path, f'record is a JSON {json_type(obj)}, expected an object with "text" or "html"', line)
    text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    html = obj.get("html") if isinstance(obj.get("html"), str) and obj["html"].strip() else None
    if text is None and html is None:
        wrong = next((k for k in (*TEXT_KEYS, "html") if k in obj and not isinstance(obj[k], str)), None)
        if wrong is not None:
            return InputError(path, f'"{wrong}" is a JSON {json_type(obj[wrong])}, expected a string', line)
        return InputError(path, NO_BODY, line)
    if text is not None and (problem := text_problem(text)):
        return InputError(path, problem, line)
    if text is None and (problem := page_problem(html)):
        return InputError(path, problem, line)
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
