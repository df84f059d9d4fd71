"""Where the outlets reporting one event disagree: its date, its place, the numbers they give (dead, injured,
arrested, counts of people) and who took part. Pure functions over model objects; the read views call them.

Hand-written because no library compares claims across articles. The rules are structural: a claim is a value
an article's own record or sentence gives (the record's `date`, `place`, actor/target; a number standing before
a count noun), compared only between articles of *different* outlets, and syndicated copies are left out by the
caller (a copy repeats its original; it cannot contradict it). Both sentences are returned so that the reader can
judge; nothing is resolved here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsdesk.dates.grammar import MONTH_NAME, WEEKDAY_NAME
from newsdesk.model import Article, Record, iso_day

# Count nouns and verbs that report a toll or a number of people, grouped by what they count. English only:
# other languages produce no number claims (date/place/participant claims come from the language-neutral records).
_COUNTED = {
    "dead": ("killed", "dead", "died", "deaths", "death toll", "fatalities", "lives"),
    "injured": ("injured", "wounded", "hurt", "casualties"),
    "missing": ("missing",),
    "arrested": ("arrested", "detained", "held"),
    "evacuated": ("evacuated", "displaced", "homeless"),
}
_KIND = {w: k for k, ws in _COUNTED.items() for w in ws}
_WORD_NUM = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(_WORD_NUM, key=len, reverse=True)) + r")"
# "12 people were killed", "killed 12", "at least 12 dead", "the death toll rose to 12"
_AFTER = re.compile(_NUM + r"\s+(?:(?:people|persons|civilians|soldiers|others|passengers|workers|of\s+them)\s+)?"
                    r"(?:(?:were|have\s+been|had\s+been|are|was|been)\s+)?(" + "|".join(
                        sorted(_KIND, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(" + "|".join(sorted(_KIND, key=len, reverse=True)) + r")\s+(?:at\s+least\s+|rose\s+to\s+|"
                     r"to\s+|of\s+|stands\s+at\s+|reached\s+)?" + _NUM + r"\b(?!\s*(?:%|percent|years?|am|pm|"
                     r"[ap]\.m\.))", re.IGNORECASE)
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
# A record's date is the sentence's own claim only when the sentence states a time; otherwise the coder fell back
# on the publication day, which differs between outlets without any disagreement about the event.
_STATES_TIME = re.compile(r"\b(?:" + WEEKDAY_NAME + "|" + MONTH_NAME + r"|yesterday|today|tonight|\d+ days? ago|"
                          r"\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


def _claims(record: Record, field: str) -> bool:
    """Does the record's evidence sentence itself state this field (a time for `date`, the name for `place`)?"""
    value, sent = getattr(record, field), record.evidence or ""
    if not value:
        return False
    if field == "place":
        return value.casefold() in sent.casefold()
    return bool(_STATES_TIME.search(sent))


@dataclass(frozen=True, slots=True)
class Claim:
    article_id: str
    value: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Contradiction:
    kind: str  # date | place | number | participants
    what: str  # e.g. "dead", "CONSULT by Lloyd Austin", "event date"
    a: Claim
    b: Claim


def _number(tok: str) -> int | None:
    tok = tok.lower().replace(",", "")
    if tok.isdigit():
        return int(tok)
    return _WORD_NUM.get(tok)


def numbers(text: str) -> list[tuple[str, int, str]]:
    """(what is counted, the number, the sentence) for each toll or count the text states."""
    out = []
    for m in _SENT.finditer(text):
        sent = m.group(0).strip()
        for rx, ni, wi in ((_AFTER, 1, 2), (_BEFORE, 2, 1)):
            for h in rx.finditer(sent):
                n = _number(h.group(ni))
                kind = _KIND.get(re.sub(r"\s+", " ", h.group(wi).lower()))
                if n is not None and kind and n < 10_000_000:
                    out.append((kind, n, sent))
    return out


def _date_agrees(a: Claim, b: Claim) -> bool:
    """Claim a's sentence fits b's day: it names b's weekday or b's day of the month with its month (a coder
    that resolved 'Thursday' against another reference day is not an outlet disagreeing)."""
    day = iso_day(b.value)
    if day is None:
        return False
    sent = a.sentence.casefold()
    if day.strftime("%A").casefold() in sent:
        return True
    return bool(re.search(rf"\b{day.day}\b", sent)) and day.strftime("%b").casefold() in sent


def _first_differing(claims: Sequence[Claim], source_of: Mapping[str, str], kind: str, what: str,
                     agrees=None) -> Contradiction | None:
    """The first pair of claims from different outlets with different values (claims in article order) where
    neither side's evidence fits the other's value (`agrees(x, y)`: x's article or sentence fits y's value)."""
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.value.casefold() == b.value.casefold() or source_of.get(a.article_id) == source_of.get(
                    b.article_id):
                continue
            if agrees is not None and (agrees(a, b) or agrees(b, a)):
                continue
            return Contradiction(kind, what, a, b)
    return None


def find(articles: Sequence[Article], records: Mapping[str, Sequence[Record]]) -> list[Contradiction]:
    """Contradictions between the outlets of one event. `articles`: the event's originals (no syndicated copies),
    in the order to report them; `records`: article id -> its article-level records."""
    source_of = {a.id: (a.source or a.id).casefold() for a in articles}
    out: list[Contradiction] = []
    texts = {a.id: a.text.casefold() for a in articles}
    for field in ("date", "place"):
        claims: dict[str, list[Claim]] = {}  # per PLOVER action: the same act, told differently
        for a in articles:
            by_action: dict[str, list[Record]] = {}
            for r in records.get(a.id, ()):
                if _claims(r, field):
                    by_action.setdefault(r.action, []).append(r)
            for action, vals in by_action.items():  # the article's most frequent value for the action
                best = max({getattr(r, field) for r in vals}, key=lambda v: (
                    sum(getattr(r, field) == v for r in vals), v))
                r = next(r for r in vals if getattr(r, field) == best)
                claims.setdefault(action, []).append(Claim(a.id, best, r.evidence))
        for action in sorted(claims):
            agree = _date_agrees if field == "date" else lambda x, y: y.value.casefold() in texts[x.article_id]
            c = _first_differing(claims[action], source_of, field, f"{action} {field}", agree)
            if c:
                out.append(c)
                break
    per_kind: dict[str, list[Claim]] = {}
    for a in articles:
        best: dict[str, tuple[int, str]] = {}
        for kind, n, sent in numbers(a.text):
            if kind not in best or n > best[kind][0]:  # a toll that rises within one report: its last figure
                best[kind] = (n, sent)
        for kind, (n, sent) in best.items():
            per_kind.setdefault(kind, []).append(Claim(a.id, str(n), sent))
    for kind in sorted(per_kind):
        c = _first_differing(per_kind[kind], source_of, "number", kind)
        if c:
            out.append(c)
    # who took part: the same action by the same actor, with a different counterpart that the other article
    # never names at all (naming it elsewhere is not a disagreement)
    by_key: dict[tuple[str, str], list[Claim]] = {}
    for a in articles:
        for r in records.get(a.id, ()):
            if r.actor and r.target:
                by_key.setdefault((r.action, r.actor.casefold()), []).append(Claim(a.id, r.target, r.evidence))
    for (action, _actor), claims in sorted(by_key.items()):
        for i, a in enumerate(claims):
            hit = next((b for b in claims[i + 1:]
                        if source_of[a.article_id] != source_of[b.article_id]
                        and a.value.casefold() != b.value.casefold()
                        and a.value.casefold() not in texts[b.article_id]
                        and b.value.casefold() not in texts[a.article_id]), None)
            if hit:
                actor = next(r.actor for r in records[a.article_id] if r.target == a.value and r.action == action)
                out.append(Contradiction("participants", f"{action} by {actor}", a, hit))
                break
    return out
