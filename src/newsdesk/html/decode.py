"""Page bytes -> text, and text -> lxml tree.

Hand-written because trafilatura/htmldate try UTF-8 and then guess, ignoring the charset the page declares: a
declared cp1252/latin-1 page that happens to be valid UTF-8 is rare, while a guessed single-byte code page is often the
wrong one (charset-normalizer returns cp1250 for cp1252 French). So: BOM, else valid multi-byte UTF-8, else the
declared charset (WHATWG label mapping: iso-8859-1 means windows-1252), else UTF-8 with a few broken bytes, else
charset-normalizer.
"""

from __future__ import annotations

import codecs
import re

from lxml.html import HtmlElement

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# WHATWG encoding standard: these labels mean windows-1252 in every browser
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
                   "us-ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252", "iso-8859-9": "cp1254",
                   "x-sjis": "shift_jis", "gb2312": "gb18030", "gbk": "gb18030"}


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING_RE.match(head) or _META_CHARSET_RE.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "ignore").strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes | str) -> str:
    """Page bytes -> text: BOM, else valid multi-byte UTF-8, else the declared charset when it decodes cleanly,
    else UTF-8 (also with a few broken bytes), else charset-normalizer's guess."""
    if isinstance(data, str):
        return data
    boms = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
    for bom, enc in boms:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace")
    declared = _declared_charset(data)
    # a page declared as a single-byte code page but written in valid multi-byte UTF-8 is a common CMS slip
    candidates = ["utf-8"] if declared != "utf-8" and _looks_utf8(data) else []
    candidates += [declared] if declared else []
    candidates.append("utf-8")
    for enc in candidates:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    # a UTF-8 page with a few broken bytes (truncated multi-byte sequence, one pasted cp1252 quote) is still UTF-8
    if declared in (None, "utf-8"):
        text = data.decode("utf-8", "replace")
        if text.count("\ufffd") <= max(2, len(text) // 2000):
            return text
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, "replace")
        except LookupError:
            pass
    return data.decode(declared or "cp1252", "replace")


def _looks_utf8(data: bytes) -> bool:
    """Valid UTF-8 that contains multi-byte sequences (pure ASCII says nothing either way)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in data)


def parse_html(text: str) -> HtmlElement | None:
    """Decoded page text -> lxml tree (trafilatura's loader, which repairs common breakage), or None."""
    from trafilatura.utils import load_html

    # lxml refuses str input with an encoding declaration in an XML prolog
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        return load_html(text)
    except Exception:  # noqa: BLE001 -- lxml raises a zoo of errors on hostile input; no tree = no article
        return None
