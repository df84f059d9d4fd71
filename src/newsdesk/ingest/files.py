"""Input files and folders: walking, opening only regular files (never blocking), bounded reads, gzip,
decoding, and the size/shape limits checked before anything is parsed. See the package docstring."""

from __future__ import annotations

import errno
import gzip
import io
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from newsdesk.errors import InputError
from newsdesk.settings import (
    MAX_FILE_BYTES,
    MAX_PAGE_BYTES,
    MAX_PAGE_ELEMENTS,
    MAX_TEXT_BYTES,
    MAX_TEXT_LINES,
)

SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json": "json"}
BINARY_SNIFF = 8192
GZIP_MAGIC = b"\x1f\x8b"

UNSUPPORTED = "unsupported file type (expected .txt, .html, .htm, .jsonl, .json, optionally .gz)"
BINARY = "binary file, not text (an image, PDF or archive? only text, HTML and JSON are read)"


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
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(head) is not None:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 26, 27))
    return controls > max(8, len(head) // 20)


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when `head` looks like UTF-16 without a BOM, else None: ASCII text in UTF-16 has a
    NUL in every other byte (the odd bytes in little-endian, the even ones in big-endian)."""
    if len(head) < 8:
        return None
    if head[1::2].count(0) > len(head) // 3:
        return "utf-16-le"
    if head[0::2].count(0) > len(head) // 3:
        return "utf-16-be"
    return None


def decode(data: bytes, path: str) -> str:
    """Bytes -> text: BOM / strict UTF-8, else the detected encoding; undecodable bytes are an InputError."""
    if (text := _utf8_behind_utf16_bom(data)) is not None:
        return text
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
            if enc == "utf-16" and (text := _utf16_damaged(data)) is not None:
                return text
            break
    if (utf16 := _utf16_without_bom(data[:BINARY_SNIFF])) is not None:
        try:  # ASCII letters in UTF-16 are valid UTF-8 too, with a NUL between them: read as UTF-16 first
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):  # a few stray bytes in a UTF-8 file: each becomes U+FFFD, the article is kept
        return data.decode("utf-8", "replace")
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(path, "undecodable bytes: no text encoding fits (save it as UTF-8)")
    guess = str(best)
    # charset-normalizer often names a sibling single-byte code page (cp1250 for French cp1252): prefer the
    # decoding with fewer non-letter symbols outside ASCII; ties go to cp1252, the commonest legacy web encoding
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return guess
    if _another_script(western):
        return guess  # Cyrillic or Arabic bytes read as Latin letters ('ÌÎÑÊÂÀ, 22 ñåíòÿáðÿ', 'ÇáÞÇåÑÉ')
    if _odd_chars(western) < _odd_chars(guess):
        return western
    # a tie on symbols: the letters differ (Turkish 'ğ ı ş' are cp1252's 'ð ý þ'); the reading whose language
    # charset-normalizer's model finds more coherent wins, and cp1252 wins a tie there too (Icelandic 'ð þ ý')
    cp1252 = next((m for m in matches if m.encoding == "cp1252"), None)
    if _odd_chars(western) == _odd_chars(guess) and cp1252 is not None and best.coherence > cp1252.coherence:
        return guess
    return western if _odd_chars(western) <= _odd_chars(guess) else guess


def _utf8_behind_utf16_bom(data: bytes) -> str | None:
    """UTF-8 text behind a UTF-16 byte-order mark (a tool that wrote the mark, then the text as UTF-8; read as UTF-16
    it was CJK-looking garbage, '瑓牯⁹...'): the bytes after the mark hold no NUL (UTF-16 writes one in every space,
    newline, digit and Latin letter), decode as UTF-8 strictly (a UTF-8 mark after it goes too) and hold a space, tab
    or newline. None for any
    other file: a real UTF-16 file has NUL bytes or is no valid UTF-8 (CJK text read as UTF-8 breaks within a few
    characters); bytes of another encoding behind the mark stay read as UTF-16, as before."""
    rest = data[2:]
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in rest:
        return None
    try:
        text = rest.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return text if any(b in rest for b in b" \n\t") else None  # (a text of words: '中' alone is '-N' in UTF-8)


def _utf16_damaged(data: bytes) -> str | None:
    """A UTF-16 file (its BOM says so) cut after an odd byte or holding a lone surrogate here and there (a truncated
    download, a bad join): read with the broken units as U+FFFD when they are few (one per 100 characters at most)."""
    text = data[:len(data) - len(data) % 2].decode("utf-16", "replace")
    bad = text.count("\ufffd")
    return text if bad * 100 <= len(text) else None


def _mostly_utf8(data: bytes) -> bool:
    """Invalid UTF-8 here and there, but more valid multi-byte characters than invalid bytes: a UTF-8 file with
    stray bytes. A legacy code page's accented letters are invalid UTF-8 each, and they rarely form valid pairs."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    return 0 < bad < sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")


def _another_script(text: str) -> bool:
    """More non-ASCII than ASCII letters: a Latin-script language writes most of its letters a-z (accents are
    the exception), so a cp1252 reading like this is a code page of another script read as Latin."""
    letters = [ch.isascii() for ch in text if ch.isalpha()]
    return len(letters) - sum(letters) > sum(letters)


def _odd_chars(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 127 and not ch.isalpha() and ch not in "«»“”‘’–—…€£°·")
