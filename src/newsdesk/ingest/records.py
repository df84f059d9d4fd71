"""JSON and JSONL records: streamed JSONL (gzip, bombs, oversized lines, runs of junk), JSON parsed with
a depth pre-scan and number guards, and records -> RawDoc with messages in JSON's own type names."""

from __future__ import annotations

import gzip
import html
import io
import json
import os
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from newsdesk import settings as _settings
from newsdesk.errors import InputError
from newsdesk.ingest.files import (
    BINARY,
    BINARY_SNIFF,
    GZIP_MAGIC,
    _changed,
    _gzip_reason,
    _open_regular,
    external_id_of,
    looks_binary,
    page_problem,
    shown,
    text_problem,
)
from newsdesk.model import RawDoc
from newsdesk.settings import (
    GZIP_MAX_RATIO,
    JSONL_MAX_BAD_RUN,
    MAX_RECORD_BYTES,
)

# a record's fields by the names crawlers give them, compared case- and punctuation-blind (`_key`: "datePublished",
# "date_published" and "Date Published" are one name); the first name of each list that the record holds wins.
# news-please writes maintext/date_publish/source_domain, scrapy projects headline/article_body, RSS pubDate/link,
# a field-dump crawler exported as JSON Title/Link/Date & Time/Text. No crawl-time names (date_download,
# timestamp, created_at, scraped_at): they say when the page was fetched, not when it was published.
TEXT_KEYS = ("text", "body", "content", "maintext", "article_body", "article_text", "body_text", "full_text", "story")
HTML_KEYS = ("html", "raw_html", "page_html")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "published_at", "pubdate", "datePublished", "published_time", "publish_date",
             "date_publish", "published_date", "publication_date", "date_time", "publish_time")
URL_KEYS = ("url", "link", "canonical_url", "permalink", "article_url", "source_url")
SOURCE_KEYS = ("source", "source_domain", "site_name", "publisher")
ID_KEYS = ("id", "article_id", "doc_id", "guid")
_NON_ALNUM = re.compile(r"[\W_]+")


def _key(name: str) -> str:
    """A field name as compared: case, spaces and punctuation dropped ("Date & Time" -> "datetime")."""
    return _NON_ALNUM.sub("", name.casefold())


_BODY_NAMES = frozenset(_key(k) for k in (*TEXT_KEYS, *HTML_KEYS))
KNOWN_KEYS = frozenset(_key(k) for k in (*TEXT_KEYS, *HTML_KEYS, *TITLE_KEYS, *DATE_KEYS, *URL_KEYS, *SOURCE_KEYS,
                                         *ID_KEYS))
MAX_INT_DIGITS = 4300  # Python's int/str conversion limit: longer integers cannot be read back either
NOT_UTF8_LINE = "undecodable bytes: JSONL must be UTF-8 (re-encode the file)"
NO_BODY = 'record has neither text nor html (give the article body as "text", or the page as "html")'


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
    items = 0
    for n, line in stream:
        if run >= JSONL_MAX_BAD_RUN:
            yield InputError(path, f"{JSONL_MAX_BAD_RUN:,} lines refused in a row: not JSONL? The rest is skipped "
                                   "(fix the lines above, or check the file's format)", n)
            return
        item = _jsonl_line(path, n, line)
        if item is None:
            continue
        run = run + 1 if isinstance(item, InputError) else 0
        items += 1
        yield item
    if not items:  # only blank lines (spaces, or separators such as \x1c that str.strip() removes)
        yield InputError(path, "empty file (only blank lines)" if path != "-" else
                         "empty input (stdin had no JSONL records)")


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
        if _jsonl_text(text):  # one object per line under a .json name: read as the JSONL it is
            yield from _jsonl_lines(path, ((n, ln.encode("utf-8", "surrogatepass"))
                                           for n, ln in enumerate(text.split("\n"), 1)))
        else:
            yield obj
        return
    items = obj if isinstance(obj, list) else _wrapped(obj) or [obj]
    for i, item in enumerate(items, 1):
        doc = record_to_doc(item, path, None)
        if isinstance(doc, InputError) and isinstance(obj, list):
            doc = InputError(path, f"record {i}: {doc.reason}")
        yield doc


def _jsonl_text(text: str) -> bool:
    """JSON text of several lines whose first line is a whole JSON object by itself: JSONL."""
    lines = [ln for ln in text.split("\n") if ln.strip()]  # not splitlines: U+2028 / U+0085 may stand in a string
    return len(lines) > 1 and isinstance(parse_json(lines[0], "", 1), dict)


def _wrapped(obj) -> list | None:
    """The records of an API answer that wraps them ({"status": "ok", "articles": [{...}, ...]}): an object with no
    body of its own and one field that is a list of objects."""
    if not isinstance(obj, dict) or any(_key(k) in _BODY_NAMES for k in obj if isinstance(k, str)):
        return None
    lists = [v for v in obj.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    return lists[0] if len(lists) == 1 else None


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


def _fields(obj: dict) -> dict[str, str]:
    """Normalised name -> the record's own key, the first key of each normalised name."""
    out: dict[str, str] = {}
    for k in obj:
        if isinstance(k, str):
            out.setdefault(_key(k), k)
    return out


def _pick(obj: dict, names: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """The value, as a string, of the first of `keys` that the record fills (a null or empty one is passed over)."""
    return next((v for k in keys if _key(k) in names and (v := _named(obj[names[_key(k)]]))), None)


def _body(value) -> str | None:
    """A body: a string, a list of paragraph strings (scrapy's `.getall()`), joined by blank lines, or WordPress's
    {"rendered": "<p>...</p>"}; markup in it becomes plain text (`_plain`)."""
    rendered = isinstance(value, dict) and isinstance(value.get("rendered"), str)
    if rendered:
        value = value["rendered"]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = "\n\n".join(v.strip() for v in value if v.strip())
    if not isinstance(value, str) or not value.strip():
        return None
    if not rendered and not _BLOCK.search(value):
        return value  # no paragraph markup: plain text that may quote a tag ('<script>' in a story on an attack)
    text = _plain(value)
    return text if text.strip() else None


def _named(value) -> str | None:
    """A source, title or date given as an object: {"name": "Valley Wire", ...}, a MongoDB export's {"$date": ...},
    WordPress's {"rendered": "Port strike &#8211; day 3"}."""
    rendered = isinstance(value, dict) and "rendered" in value
    if isinstance(value, dict):
        value = next((value[k] for k in ("name", "$date", "title", "rendered") if k in value), None)
    s = _str(value)
    if s and rendered:
        return _plain(s)
    # a plain title keeps what looks like a tag (shown as text, escaped); an entity is read ('&#8211;', '&amp;')
    return html.unescape(s) if s and "<" not in s and _ENTITY.search(s) else s


# a record's body or title written as HTML (a CMS's rendered field, a feed's description): its block elements end
# paragraphs, other tags go, entities are read ("&#8211;", "&amp;", "&nbsp;")
_MARKUP = re.compile(r"</?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|blockquote|figure|figcaption|img|section"
                     r"|article|table|tr|td)\b[^<>]*>", re.IGNORECASE)
_BLOCK = re.compile(r"<br\s*/?>|</?(?:p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|article|table|tr)"
                    r"\b[^<>]*>", re.IGNORECASE)
_HIDDEN = re.compile(r"<(script|style)\b", re.IGNORECASE)
_TAG = re.compile(r"<[A-Za-z/!][^<>]*>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


def _drop_hidden(text: str) -> str:
    """`text` without its script and style elements; one left open runs to the end. A linear scan: a lazy
    `<script.*?</script>` regex is quadratic on a record of unclosed '<script ' tags."""
    low, out, pos = text.lower(), [], 0
    while (m := _HIDDEN.search(text, pos)) is not None:
        out.append(text[pos:m.start()])
        end = low.find("</" + m.group(1).lower(), m.end())
        close = low.find(">", end) if end >= 0 else -1
        pos = len(text) if close < 0 else close + 1
    out.append(text[pos:])
    return "".join(out)


def _plain(text: str) -> str:
    if not _MARKUP.search(text):
        return html.unescape(text) if _ENTITY.search(text) else text
    text = _TAG.sub("", _BLOCK.sub("\n\n", _drop_hidden(text)))
    text = html.unescape(text).replace("\u00a0", " ")
    return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n\n", text).strip()


def record_to_doc(obj, path: str, line: int | None) -> RawDoc | InputError:
    if not isinstance(obj, dict):
        return InputError(path, f'record is a JSON {json_type(obj)}, expected an object with "text" or "html"', line)
    names = _fields(obj)
    text_keys = [names[_key(k)] for k in TEXT_KEYS if _key(k) in names]
    html_keys = [names[_key(k)] for k in HTML_KEYS if _key(k) in names]
    text = next((b for k in text_keys if (b := _body(obj[k])) is not None), None)
    html = next((obj[k] for k in html_keys if isinstance(obj[k], str) and obj[k].strip()), None)
    if text is None and html is None:
        wrong = next((k for k in (*text_keys, *html_keys) if obj[k] is not None and not isinstance(obj[k], str)), None)
        if wrong is None:
            wrong = next((k for k in (*text_keys, *html_keys) if not isinstance(obj[k], str)), None)
        if wrong is not None:
            return InputError(path, f'"{wrong}" is a JSON {json_type(obj[wrong])}, expected a string', line)
        return InputError(path, NO_BODY, line)
    if text is not None and (problem := text_problem(text)):
        return InputError(path, problem, line)
    if text is None and (problem := page_problem(html)):
        return InputError(path, problem, line)
    rid = _pick(obj, names, ID_KEYS)
    if rid is None:
        base = "stdin" if path == "-" else external_id_of(path)
        rid = f"{base}:{line}" if line is not None else base
    meta_date = _pick(obj, names, DATE_KEYS)
    metadata = {k: v for k, v in obj.items() if not isinstance(k, str) or _key(k) not in KNOWN_KEYS}
    source = _pick(obj, names, SOURCE_KEYS)
    return RawDoc(path=path, external_id=rid, fmt="json", text=text, html=None if text is not None else html,
                  title=_pick(obj, names, TITLE_KEYS), source=source, url=_pick(obj, names, URL_KEYS),
                  meta_date=meta_date, metadata=metadata, line=line,
                  group=source or _folder(path) if path != "-" else source or "-")


def read_stdin(stream: BinaryIO) -> Iterator[RawDoc | InputError]:
    """JSONL on stdin (gzipped too), streamed like a JSONL file."""
    yield from _jsonl_stream("-", stream, None)
