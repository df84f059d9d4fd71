"""Page furniture told by its shape alone, in any language: breadcrumb trails and repeated dated header lines.

* A breadcrumb: a short line of at least CLEAN_CRUMB_MIN_PARTS parts joined by one of `>`, `»`, `›` (optionally
  after a short "You are here:" label ending in a colon), every part but the last a short section name
  (<= CLEAN_CRUMB_PART_WORDS words), the last the page's own title. `>>`/`>>>` arrows (links, quoted mail) are no
  separators, nor are `->`/`=>` (a listing's arrows).
* Dated headers: in one document, at least CLEAN_HEADER_MIN_LINES short non-sentence lines that open with the same
  two words (no digits), each holding a year or a clock time, none next to another: the header of each comment,
  pingback or post in a thread ("Comment by Anna — 17.07, 2011 @ 13:04", "Publiziert am 13. Januar 2014 von X").
  A list (consecutive lines) or a numbered series without dates is no such run.
* A caption closed by its credit: agency and photographer joined by a slash, in brackets, after a short label and a
  colon, or after a spaced slash ("Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", "(crédito: Minervino
  Júnior/CB/D.A.Press)", "... gut getarnt. (mlharing / iStock.com)"); a link, a date or a clock in that part makes
  it no credit (a comment's stamp "Do 9 Apr 2020 / 08:34", a source URL). After a spaced slash the credit names its
  maker (a photo/agency/source word or ©, a domain, or a name on both sides of the slash right after the caption's
  last sentence: "... helmikuussa. Hanna Matikainen / Lehtikuva"); a question ("Können Fische Schmerzen spüren /
  empfinden?") or a heading's pair of words ("Sparen in Zeiten von Inflation / Deflation") is none. After a label
  and a colon, the label is a credit's ("Foto", "Main image", "Von") or the credit names a maker: a heading "Neue
  Gentechnik: CRISPR/Cas und Genom Editing" is none.
"""

from __future__ import annotations

import re
from collections import defaultdict

from newsdesk.clean.text import word_count
from newsdesk.settings import DEFAULT, Settings

_SEP = re.compile(r"(?<![>»›=-])\s*[>»›]\s*(?![>»›])")  # not in '>>', '->', '=>' arrows
_LABEL = re.compile(r"^[^\W\d_][\w ]{0,30}:\s*")  # "Sie sind hier:", "You are here:"
_DATED = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<!\d)[012]?\d[:.][0-5]\d(?!\d)(?!\.\d)")
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*$")


def is_breadcrumb(line: str, settings: Settings | None = None) -> bool:
    """A trail of section names ending in the page's title: `Home » Europa » Deutschland » Emden`."""
    cfg = DEFAULT if settings is None else settings
    if cfg.CLEAN_CRUMB_MIN_PARTS <= 0 or word_count(line) > cfg.CLEAN_SHORT_LINE_WORDS + cfg.CLEAN_CRUMB_PART_WORDS:
        return False
    s = _LABEL.sub("", line.strip(), count=1).strip(" >»›")
    parts = [p.strip() for p in _SEP.split(s)]
    if len(parts) < cfg.CLEAN_CRUMB_MIN_PARTS or any(not re.search(r"[^\W_]", p) for p in parts):
        return False
    return all(word_count(p) <= cfg.CLEAN_CRUMB_PART_WORDS and not _SENTENCE_END.search(p) for p in parts[:-1]) \
        and word_count(parts[-1]) <= cfg.CLEAN_SHORT_LINE_WORDS


def dated_headers(lines: list[str], settings: Settings | None = None) -> set[int]:
    """Indexes of the lines in runs of repeated dated header lines (see the module doc); empty when off (0)."""
    cfg = DEFAULT if settings is None else settings
    need = cfg.CLEAN_HEADER_MIN_LINES
    if need <= 0:
        return set()
    groups: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(lines):
        words = s.split()
        if len(words) < 3 or word_count(s) > cfg.CLEAN_SHORT_LINE_WORDS or _SENTENCE_END.search(s):
            continue
        head = " ".join(words[:2]).casefold()
        if re.search(r"\d", head) or not _DATED.search(" ".join(words[2:])):
            continue
        groups[head].append(i)
    out: set[int] = set()
    for idx in groups.values():
        if len(idx) >= need and all(b - a >= 2 for a, b in zip(idx, idx[1:], strict=False)):
            out.update(idx)
    return out


# the credit closing a caption (on the line with its whitespace squashed and stripped, so that no run of spaces can be
# shared between a part and the end: linear): a bracketed group (one nested group allowed), a short label and a
# colon, or a spaced slash and what follows it
_CREDIT_TAIL = re.compile(
    r"(?:\((?P<b>[^()]*(?:\([^()]*\)[^()]*)?)\)|(?<![^\W\d_])(?P<l>[^\W\d_][\w-]{1,24} ?: ?[^:()]+)|"
    r"(?P<s> / ?[^/()]+))$")
_SLASHED = re.compile(r"[^\W\d_][\w.&'’-]*\s?/\s?[^\W\d_]")  # 'AFP/SID', 'Hume/Unsplash', 'mlharing / iStock.com'
_INNER_LABEL = re.compile(r"^\W*(?:©|[^\W\d_][\w ]{0,24}:)")  # '(Foto: ...', '(Image credit: ...', '(© ...'
_NAME = re.compile(r"\w+[ .]\w")  # a part of two words ('Saul Loeb', 'Getty Images') or a domain ('iStock.com')


def _named_credit(body: str) -> bool:
    """An unlabelled bracketed credit names its maker: every part between slashes holds two letters or more, and one
    part is a name of two words or a domain ('Saul Loeb/AFP/Getty Images', 'mlharing / iStock.com'); a job's
    '(m/w/d)', the options '(Mini/Pro)', '(I/O)' or '(Sky/DAZN)' name none."""
    parts = [p.strip() for p in body.split("/")]
    return all(len(re.findall(r"[^\W\d_]", p)) >= 2 for p in parts) and any(_NAME.search(p) for p in parts)

# a maker's word: the copyright sign, a photo, picture, agency or source word ('Foto', 'Photograph', 'Bild', 'Getty
# Images', 'picture alliance', 'AFP', 'Quelle', 'Credit' ...; a public-domain note)
_MAKER_WORD = re.compile(
    r"©|\([cC]\)|(?<![^\W\d_])(?i:fotos?|foto\w+|photo\w*|bild(?:er)?|images?|imagem|imagen|immagine|screenshots?|getty|"
    r"picture[- ]alliance|imago|dpa|afp|ap|quellen|"
    r"reuters|keystone|istock\w*|shutterstock\w*|unsplash|pixabay|quelle|credits?|source|fuente|crédito|zdjęcie|"
    r"fot|public domain|domena publiczna|gemeinfrei|domaine public|dominio público|pubblico dominio)(?![^\W\d_])")
_DOMAIN = re.compile(r"[^\W\d_]\.[a-z]{2,6}(?![^\W\d_])")  # the picture's site: 'Stockfoto.com', 'iStock.com'
_CAPTION_END = re.compile(r"[.!©](?=[^.!©]*$)")  # the caption sentence's last full stop, or the credit's ©


def _name_shaped(part: str, cfg: Settings) -> bool:
    """One to CLEAN_PAGE_CREDIT_NAME_MAX_WORDS words, each capitalised or in capitals: 'Hanna Matikainen', 'AP',
    'The Boston Globe'."""
    words = part.split()
    return 0 < len(words) <= cfg.CLEAN_PAGE_CREDIT_NAME_MAX_WORDS and all(re.fullmatch(r"[^\W\d_][\w.'’&-]*", w) and w[0].isupper() for w in words)


def _slash_maker(head: str, credit: str, cfg: Settings) -> bool:
    """Does the spaced-slash credit name its maker (a question never does: caption_credit)? A maker's word (© or a
    photo/agency/source word) stands in the credit or after the caption's last sentence ('... Hampshire. © AFP / WANG
    ZHAO', '... / picture alliance'), the credit is a site's domain ('... / Stockfoto.com'), or a name stands on both
    sides of the slash right after that sentence end ('... helmikuussa. Hanna Matikainen / Lehtikuva'). A heading's
    or a trail's words ('Sparen in Zeiten von Inflation / Deflation', 'Justice / Police / Médias') name none."""
    end = _CAPTION_END.search(head)
    zone = head[end.start():] if end else head
    if _MAKER_WORD.search(zone) or _MAKER_WORD.search(credit) or _DOMAIN.search(credit):
        return True
    return end is not None and _name_shaped(head[end.end():], cfg) and _name_shaped(credit, cfg)


# a credit's label: a maker's word, or who made it ('Von:', 'By:', 'Video:', 'Źródło zdjęcia:', 'Fotograf:')
_CREDIT_LABEL = re.compile(
    r"(?<![^\W\d_])(?i:von|by|par|por|video|źródło|zdjęci[ae]|fotograf\w*|photographer|\w*bild(?:er)?|\w*fotos?)"
    r"(?![^\W\d_])")


def _labelled_maker(label: str, body: str, cfg: Settings) -> bool:
    """Does a credit after a label and a colon name its maker? The label's last CLEAN_PAGE_CREDIT_LABEL_WORDS words
    (after the caption's last sentence) are a credit's ('Foto', 'Main image', 'Von', 'Video'), or the body holds a maker's word, © or a domain
    ('Augusta: Lee Elder. | © Andy Lyons /Allsport'); a heading 'Neue Gentechnik: CRISPR/Cas und Genom Editing' or
    'Wer zahlt für die Brücke: Stadt / Land' names none."""
    end = _CAPTION_END.search(label)
    zone = " ".join((label[end.end():] if end else label).split()[-cfg.CLEAN_PAGE_CREDIT_LABEL_WORDS:])
    return bool(_MAKER_WORD.search(zone) or _CREDIT_LABEL.search(zone) or _MAKER_WORD.search(body)
                or _DOMAIN.search(body))


def caption_credit(line: str, settings: Settings | None = None) -> bool:
    """A caption closed by its credit (see the module doc): the credit holds a slash between two names, at most
    CLEAN_PAGE_CREDIT_MAX_WORDS words, no link and no digit but a licence's version ('cc by sa 2.0'); in brackets
    without a label it names its maker (_named_credit); after a spaced slash at most
    CLEAN_PAGE_CREDIT_SLASH_MAX_WORDS words, behind a caption of at least CLEAN_PAGE_CREDIT_SLASH_CAPTION_WORDS (a
    trail 'Apfelbananen / Feigenäpfel' is none), naming its maker (_slash_maker; a question never does)."""
    cfg = DEFAULT if settings is None else settings
    line = " ".join(line.split())
    if line.endswith("?"):
        return False  # a heading that asks a question is no caption's credit
    m = _CREDIT_TAIL.search(line)
    if not m:
        return False
    part = next(g for g in (m.group("b"), m.group("l"), m.group("s")) if g is not None)
    if "://" in part or "www." in part or "@" in part:
        return False
    if m.group("s") is not None:
        return word_count(line[:m.start()]) >= cfg.CLEAN_PAGE_CREDIT_SLASH_CAPTION_WORDS \
            and word_count(part) <= cfg.CLEAN_PAGE_CREDIT_SLASH_MAX_WORDS and not re.search(r"\d", part) \
            and _slash_maker(line[:m.start()], part.lstrip(" /"), cfg)
    body = part.split(":", 1)[1] if m.group("l") is not None else part
    if m.group("l") is not None and not _labelled_maker(line[:m.start()] + part.split(":", 1)[0], body, cfg):
        return False
    if word_count(body) > cfg.CLEAN_PAGE_CREDIT_MAX_WORDS or re.search(r"\d", re.sub(r"\s\d\.\d\s*$", "", body)):
        return False
    if m.group("b") is not None and not _INNER_LABEL.search(body) and not _named_credit(body):
        return False
    return bool(_SLASHED.search(body))
