"""PLOVER who-did-what-to-whom records from NER'd sentences, merged per event; relative-date resolution.

Rule-based and hand-written (no pinned library codes PLOVER): a lexicon of general English trigger verbs and
nouns per PLOVER event type, written from the PLOVER manual's category definitions and the CAMEO cue categories
they absorb (not from any gold sentences). In each sentence the earliest non-negated trigger gives the event
type; the actor is the nearest entity (or generic actor noun such as "police") before the trigger, the target
the first one after it. No dependency parse: it would cost most of the NER time again per sentence.
Dates: `resolve_relative` handles weekdays, yesterday/today, "N days ago", last/this/next week/month/year and
month-day expressions against the article's publication day (dateparser only as a fallback).

Public API: `code`, `merge`, `event_when_where`, `resolve_relative`, `dateline`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from newsdesk import model, ner
from newsdesk.entities import _ROLE_HEADS, _ROLE_WORDS, ArticleEntity, country, person_key, skeleton
from newsdesk.model import iso_day
from newsdesk.settings import CODING_NEGATION_WINDOW, CODING_TARGET_MAX_CHARS, EVENT_DATE_MAX_LEAD_DAYS

__all__ = ["LEXICON", "code", "dateline", "event_when_where", "merge", "resolve_relative"]


def _v(*words: str) -> str:
    """Regular inflections of verbs: 'agree' -> agree|agrees|agreed|agreeing."""
    out = []
    for w in words:
        if w.endswith("e"):
            out.append(f"{w[:-1]}(?:e|es|ed|ing)")
        elif w.endswith("y") and w[-2] not in "aeiou":
            out.append(f"{w[:-1]}(?:y|ies|ied|ying)")
        else:
            out.append(f"{w}(?:{w[-1]})?(?:s|es|ed|ing)?")
    return "|".join(out)


# PLOVER event type -> trigger regex fragments (matched on the lower-cased sentence at word boundaries).
LEXICON: dict[str, list[str]] = {
    "AGREE": [_v("agree", "pledge", "promise", "sign", "accept", "settle", "endorse"), "vow(?:s|ed)? to",
              "reach(?:ed|es)? (?:an? |the )?(?:agreement|deal|accord|settlement|compromise)",
              "agreements?", "accords?", "treaty", "ceasefire deal", "peace deal", "truce"],
    "CONSULT": ["meet|meets|met|meeting|meetings", "talks", "held talks", _v("discuss", "consult", "host",
                "negotiate", "visit", "telephone", "confer"), "spoke (?:to|with)|speak(?:s|ing)? (?:to|with)",
                "phone call|(?:tele)?phone conversation", "summit", ("receiv(?:e|es|ed|ing) (?:the |his |her |a |an )?(?:[\\w'\\-]+ ){0,3}(?:minister|president|premier|"
                 "delegation|envoy|ambassador|counterpart|secretary|chancellor|king|leader|visit)"),
                "(?:arrived|arrives|arriving) in", "(?:left|leaves|leaving) for", "(?:travel+ed|trip) to"],
    "SUPPORT": [_v("support", "praise", "welcome", "commend", "congratulate", "applaud", "back"),
                "(?:expressed|expresses|voiced) (?:support|solidarity)", "rallied behind",
                "recogni[sz](?:e|es|ed|ing) (?:the )?(?:independence|government|sovereignty)"],
    "COOPERATE": [_v("cooperate", "collaborate", "co-operate"), "cooperation", "joint (?:patrols?|exercises?)",
                  ("(?:restore|restored|restores|restoring|establish|established|resume|resumed) (?:full )?"
                  "(?:diplomatic )?(?:ties|relations)"), "shar(?:e|es|ed|ing) intelligence", _v("extradite")],
    "AID": ["aid", "humanitarian assistance", "assistance", _v("donate"), "relief supplies",
            ("(?:send|sends|sent|sending|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|"
            "offer(?:s|ed|ing)?|grant(?:s|ed|ing)?) (?:\\w+ ){0,3}(?:aid|assistance|loans?|supplies|relief|"
            "food|medicine|funds?|weapons|arms)")],
    "REQUEST": [_v("demand", "urge", "request", "appeal", "insist", "implore"), "call(?:s|ed|ing)? (?:on|for|upon)",
                "ask(?:s|ed|ing)?", "press(?:es|ed|ing)? (?:for|\\w+ to)"],
    "ACCUSE": [_v("accuse", "blame", "criticize", "criticise", "condemn", "denounce", "allege", "deplore",
                  "censure", "investigate", "probe", "rebuke", "chastise", "slam"), ("charg(?:e|es|ed|ing) (?:\\w+ )?"
               "with"), "accusations?", "criticism", "condemnation", "investigation", "inquiry"],
    "REJECT": [_v("reject", "refuse", "decline", "deny", "veto", "rebuff", "dismiss", "spurn", "oppose"),
               "turn(?:s|ed|ing)? down", "rejection", "refusal", "denial"],
    "THREATEN": [_v("threaten", "warn"), "threats?", "ultimatum", "vow(?:s|ed)? to (?:retaliate|attack|punish)"],
    "PROTEST": [_v("protest", "demonstrate", "rally", "march", "riot", "picket"), "protests?|protesters?",
                "demonstrations?|demonstrators", ("(?:went|go|gone|going) on strike|on strike|general strike|"
                "strikers|walkout|sit-in|hunger strike"), "rallies"],
    "SANCTION": ["sanctions?", "embargo(?:es)?", _v("expel", "boycott", "sever"),
                 ("(?:cut|cuts|cutting|broke|break|breaks|breaking|suspend|suspends|suspended|downgrad(?:e|ed|es))"
                 " (?:off )?(?:\\w+ )?(?:ties|relations)"), "recall(?:s|ed|ing)? (?:its |their )?ambassador",
                 "(?:freeze|froze|frozen|freezes) (?:\\w+ )?assets"],
    "MOBILIZE": [_v("mobilize", "mobilise", "deploy", "mass"), "troops? build-?up|military build-?up",
                 "(?:put|placed|places|puts) (?:\\w+ ){0,3}on (?:high )?alert", "military exercises?|war games",
                 "reinforcements", "deployment"],
    "COERCE": [_v("arrest", "detain", "seize", "deport", "confiscate", "jail", "imprison", "censor", "ban",
                  "raid", "blockade", "sentence", "outlaw", "evict"), "crack(?:s|ed|ing)? down|crackdown",
               "curfew", "martial law", "arrests", "detention", "state of emergency"],
    "ASSAULT": [_v("attack", "kill", "bomb", "shell", "ambush", "invade", "wound", "assassinate", "abduct",
                   "kidnap", "torture", "massacre", "bombard", "clash", "battle", "execute", "injure"),
                "fight|fights|fought|fighting", "shot|shoot|shoots|shooting", "struck|strike|strikes|striking",
                "air ?strikes?|airstrikes?", "open(?:ed|s)? fire|fired (?:\\w+ )?(?:at|on|rockets|missiles|shells)",
                "attacks?|bombings?|clashes|offensive|invasion|assault(?:s|ed|ing)?"],
    "RETREAT": [_v("withdraw", "retreat", "evacuate", "demobilize", "disarm"), "withdrew|withdrawn|withdrawal",
                "pull(?:s|ed|ing)? (?:out|back)", ("releas(?:e|es|ed|ing) (?:\\w+ ){0,3}(?:prisoners|hostages|"
                "detainees|captives)"), ("(?:lift|lifts|lifted|ease|eased|eases) (?:\\w+ ){0,2}(?:sanctions|embargo|"
                "blockade|curfew)")],
    "CONCEDE": [_v("concede", "yield", "accede", "resign", "apologize", "apologise", "admit"),
                "st(?:e|o)p(?:s|ped|ping)? down", "back(?:s|ed|ing)? down", "g(?:i|a)ve in", "gives in",
                "apology"],
}
_TRIGGERS = [(t, re.compile(rf"\b(?:{'|'.join(p)})\b")) for t, p in LEXICON.items()]
# Symmetric actions: "A met B" and "B met A" are one record.
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# Type chosen when one trigger match satisfies several types' patterns (more specific first).
_PRIORITY = ["RETREAT", "SANCTION", "AID", "REJECT", "THREATEN", "REQUEST", "ACCUSE", "PROTEST", "CONCEDE",
             "COERCE", "MOBILIZE", "ASSAULT", "COOPERATE", "AGREE", "SUPPORT", "CONSULT"]

_NEGATION = re.compile(r"\b(?:not|n't|never|no|without|failed to|fails to|refused to|declined to)\b")
# Generic actor nouns (who can act without a name): a role/sector word, optionally after a demonym.
_GENERIC = re.compile(
    r"\b(?:(?P<mod>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+)?(?P<noun>(?i:police(?:men)?|troops|soldiers|army|"
    r"military|forces|rebels|guerrillas|insurgents|militants|militiamen|gunmen|protesters|demonstrators|"
    r"students|workers|strikers|officials|government|authorities|ministers?|parliament|lawmakers|"
    r"legislators|opposition|president|prime minister|leaders?|diplomats|negotiators|delegation|court|"
    r"judge|prosecutors|villagers|residents|refugees|farmers|fighters|warplanes|jets|navy|coalition|"
    r"party|senate|congress|cabinet|regime|junta|separatists|settlers|activists|unions?))\b")
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|from|inside|across|to)\s+(?:the\s+)?$", re.IGNORECASE)
_CONTEXT = re.compile(
    r"\b(?:on the (?:sidelines|margins) of|during|at|ahead of|after) (?:the |a |an )?"
    r"(?:[\w'\-]+ ){0,6}?(?:summit|meeting|conference|talks|forum|visit|session|assembly|ceremony|"
    r"gathering|dialogue|exercises?|negotiations)\b", re.IGNORECASE)

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    return {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}


_MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "a": 1, "an": 1}
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _closest_year(month: int, day: int | None, anchor: dt.date) -> int:
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = dt.date(y, month, day or 15)
        except ValueError:
            continue
        # news reports mostly look back: a date up to ~10 months back beats one 2+ months ahead
        dist = (anchor - d).days if d <= anchor else (d - anchor).days * 5
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else anchor.year


def resolve_relative(expr: str, anchor_day: str) -> str | None:
    """Resolve a date expression against an ISO anchor day; ISO day, or "YYYY-MM"/"YYYY" when coarser.

    Weekdays: "on Friday" is the latest Friday on or before the anchor ("next Friday": after it, "last Friday":
    strictly before). "yesterday" -1, "today"/"tonight" 0, "N days/weeks ago", "last/this/next week|month|year",
    "March 3" / "3 March" (year: the one nearest the anchor, looking back), "in 2019", ISO dates.
    Returns None for text it cannot resolve (never raises).
    """
    anchor = iso_day(anchor_day)
    if not isinstance(expr, str) or anchor is None:
        return None
    s = re.sub(r"[\s\u00a0]+", " ", expr.strip().lower()).strip(" .,;:()")
    s = re.sub(r"^(?:on|by|from|since|until|as of|at|in|during|earlier|late|early|the)\s+", "", s)
    s = re.sub(r"^(?:on|the)\s+", "", s)
    s = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", s) if s not in {"last night"} else s
    if not s or len(s) > 60:
        return None
    try:
        return _resolve(s, anchor)
    except (ValueError, OverflowError):
        return None


def _resolve(s: str, anchor: dt.date) -> str | None:
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", s)
    if iso:
        return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))).isoformat()
    if s in {"today", "tonight", "this", "now", "this week"} or s.startswith("today"):
        return anchor.isoformat() if s != "this week" else None
    if s in {"yesterday", "last night"} or s.startswith("yesterday"):
        return (anchor - dt.timedelta(days=1)).isoformat()
    if s == "the day before yesterday" or s == "day before yesterday":
        return (anchor - dt.timedelta(days=2)).isoformat()
    if s.startswith("tomorrow"):
        return (anchor + dt.timedelta(days=1)).isoformat()
    m = re.fullmatch(r"(last|this|next|this past|this coming|past)?\s*(monday|tuesday|wednesday|thursday|friday|"
                     r"saturday|sunday)", s)
    if m:
        wd = _weekdays()[m.group(2)]
        back = (anchor.weekday() - wd) % 7
        mod = m.group(1) or ""
        if mod in {"next", "this coming"}:
            fwd = (wd - anchor.weekday()) % 7 or 7
            return (anchor + dt.timedelta(days=fwd)).isoformat()
        if mod in {"last", "this past", "past"} and back == 0:
            back = 7
        return (anchor - dt.timedelta(days=back)).isoformat()
    m = re.fullmatch(r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) (day|week|month|year)s? ago", s)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER[m.group(1)]
        unit = m.group(2)
        if unit == "day":
            return (anchor - dt.timedelta(days=n)).isoformat()
        if unit == "week":
            return (anchor - dt.timedelta(days=7 * n)).isoformat()
        if unit == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return f"{anchor.year - n:04d}"
    m = re.fullmatch(r"(last|this|next|past) (week|month|year)", s)
    if m:
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[m.group(1)]
        if m.group(2) == "year":
            return f"{anchor.year + step:04d}"
        if m.group(2) == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return None if step == 0 else (anchor + dt.timedelta(days=7 * step)).isoformat()
    m = re.fullmatch(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?"
                     r"(?:,? (\d{4}))?", s) or None
    if m and m.group(1) in _MONTHS:
        mo, d = _MONTHS[m.group(1)], int(m.group(2))
        y = int(m.group(3)) if m.group(3) else _closest_year(mo, d, anchor)
        return dt.date(y, mo, d).isoformat()
    m = re.fullmatch(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?"
                     r"([a-z]{3,9})\.?(?:,? (\d{4}))?", s)
    if m and m.group(2) in _MONTHS:
        mo, d = _MONTHS[m.group(2)], int(m.group(1))
        y = int(m.group(3)) if m.group(3) else _closest_year(mo, d, anchor)
        return dt.date(y, mo, d).isoformat()
    m = re.fullmatch(r"([a-z]{3,9})\.?(?:,? (\d{4}))?", s)
    if m and m.group(1) in _MONTHS and m.group(1) not in {"may", "mar"} | ({"may"} if not m.group(2) else set()):
        mo = _MONTHS[m.group(1)]
        y = int(m.group(2)) if m.group(2) else _closest_year(mo, None, anchor)
        return f"{y:04d}-{mo:02d}"
    m = re.fullmatch(r"(?:the )?(?:year )?((?:19|20)\d{2})", s)
    if m:
        return m.group(1)
    if re.search(r"\d", s) and re.search(r"[a-z]{3}", s):
        return _dateparser(s, anchor)
    return None


def _dateparser(s: str, anchor: dt.date) -> str | None:
    """dateparser fallback for other absolute forms ("5/3/2024"); lazy import (it loads ~0.5 s of data)."""
    import dateparser

    base = dt.datetime(anchor.year, anchor.month, anchor.day, 12)
    try:
        got = dateparser.parse(s, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                                               "STRICT_PARSING": True})
    except Exception:  # dateparser raises assorted errors on odd text  # noqa: BLE001
        return None
    if got is None or not (1900 <= got.year <= 2100):
        return None
    return got.date().isoformat()


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?:,\s*(?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+)?))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?))?\s*(?:\((?P<agency>[^)]{1,30})\))?\s*[-–—:]")


def dateline(text: str) -> tuple[str | None, str | None]:
    """(place, date expression) of a wire dateline: 'TOKYO, March 3 (Reuters) -' -> ('Tokyo', 'March 3')."""
    m = _DATELINE.match(text[:200] if text else "")
    if not m:
        return None, None
    place = " ".join(w.capitalize() if len(w) > 2 else w for w in m.group("place").split())
    return place, m.group("date")


# ------------------------------------------------------------------------------------------- coding


class _Unit:
    __slots__ = ("code", "country", "end", "key", "label", "start", "text")

    def __init__(self, text, start, end, country_, code, label, key):
        self.text, self.start, self.end = text, start, end
        self.country, self.code, self.label, self.key = country_, code, label, key


def _units(text: str, lo: int, hi: int, spans: Sequence[ner.Span], by_offset: dict[int, ArticleEntity]
           ) -> list[_Unit]:
    """Actor/target candidates in one sentence: NER entities (joined to article entities) and generic nouns."""
    units: list[_Unit] = []
    taken: list[tuple[int, int]] = []
    for s in spans:
        if s.label not in ACTOR_LABELS:
            continue
        ae = by_offset.get(s.start) or by_offset.get(s.end)
        if ae is not None:
            name, code, cname, key = ae.name, ae.country_code, ae.country, ae.key
            if ae.type in {"GPE", "LOC"} and ae.country_code:
                cname = ae.country
        else:
            c = country(s.text) if s.label in {"GPE", "NORP"} else None
            name, code, cname = (c[0] if c and s.label == "GPE" else s.text), (c[1] if c else None), \
                (c[0] if c else None)
            key = f"{s.label}:{name.lower()}"
        units.append(_Unit(name, s.start, s.end, cname, code, s.label, key))
        taken.append((s.start, s.end))
    for e in {id(e): e for e in by_offset.values()}.values():  # surname mentions NER missed but entities found
        if e.type != "PERSON":
            continue
        for a, b in e.spans:
            if lo <= a < hi and not any(x < b and a < y for x, y in taken):
                units.append(_Unit(e.name, a, b, e.country, e.country_code, "PERSON", e.key))
                taken.append((a, b))
    # "Walter Astudillo, Peru's defence minister, and ...": the apposition belongs to the person
    for u in units:
        if u.label != "PERSON":
            continue
        m = re.match(r"\s*,\s*(?:the\s+|a\s+)?([^,;()]{3,60}?),", text[u.end:hi])
        if m and any(w.lower() in _ROLE_HEADS for w in m.group(1).split()):
            u.end = u.end + m.end() - 1
            taken.append((u.start, u.end))
    units = [u for u in units if not any(v is not u and v.label == "PERSON" and v.start < u.start < v.end
                                         for v in units)]
    for m in _GENERIC.finditer(text, lo, hi):
        a, b = m.start("noun"), m.end("noun")
        if any(x < b and a < y for x, y in taken):
            continue
        mod = m.group("mod")
        c = country(mod) if mod else None
        label = "NORP" if c else "GENERIC"
        name = m.group("noun")
        if c:
            # "Hungarian officials": the modifier is already a NORP unit; widen it rather than add a second unit
            units = [u for u in units if not (u.start == m.start("mod") and u.label in {"NORP", "GPE"})]
            name = f"{mod} {name}"
        units.append(_Unit(name, m.start("mod") if c else a, b, c[0] if c else None, c[1] if c else None, label,
                           f"GENERIC:{name.lower()}"))
    units.sort(key=lambda u: (u.start, u.end))
    # "his Japanese counterpart Minoru Kihara", "Japan's Defense Minister X": the country word modifies X
    keep = []
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        if u.label in {"NORP", "GPE"} and nxt is not None and nxt.label in {"PERSON", "ORG", "GENERIC"} \
                and _premodifier_gap(text[u.end:nxt.start]):
            continue
        keep.append(u)
    return keep


def _premodifier_gap(gap: str) -> bool:
    gap = re.sub(r"^(?:'s|’s)", "", gap)
    words = gap.split()
    if not gap.strip():
        return bool(gap)
    return len(words) <= 5 and all(w[:1].isupper() or w.lower() in _ROLE_WORDS for w in words) \
        and not re.search(r"[,;:()]", gap)


def _actor_group(units: list[_Unit], text: str, trig: int) -> list[_Unit]:
    """The nearest non-locative unit before the trigger, with units joined to it by 'and'."""
    before = [u for u in units if u.end <= trig and not _LOCATIVE.search(text[max(0, u.start - 12):u.start])]
    if not before:
        return []
    group = [before[-1]]
    # a possessive or title chain ("Chile's Defence Minister X"): the last unit is the person, keep it alone
    i = len(before) - 2
    while i >= 0:
        gap = text[before[i].end:group[0].start]
        m = re.match(r"\s*(?:,\s*)?(?:and|&)\s+", gap)
        if m and _premodifier_gap(" " + gap[m.end():]) or re.fullmatch(r"\s*,\s*", gap) and i >= 1:
            group.insert(0, before[i])
            i -= 1
            continue
        break
    if len(group) > 1 and not re.search(r"\band\b|&", text[group[0].end:group[-1].start]):
        group = [group[-1]]
    return group


def _target(units: list[_Unit], text: str, trig_end: int, hi: int, actors: list[_Unit]) -> _Unit | None:
    keys = {a.key for a in actors}
    after = [u for u in units if u.start >= trig_end and u.key not in keys
             and u.start - trig_end <= CODING_TARGET_MAX_CHARS]
    plain = [u for u in after if not _LOCATIVE.search(text[max(0, u.start - 12):u.start])]
    return plain[0] if plain else None


def _trigger(sentence: str) -> tuple[str, int, int] | None:
    """(type, start, end) of the earliest non-negated trigger in a sentence (offsets in the sentence)."""
    low = sentence.lower()
    hits = []
    for t, rx in _TRIGGERS:
        for m in rx.finditer(low):
            hits.append((m.start(), _PRIORITY.index(t), -(m.end() - m.start()), t, m.end()))
    for start, _, _, t, end in sorted(hits):
        window = low[max(0, start - 40):start]
        words = re.findall(r"[\w']+", window)[-CODING_NEGATION_WINDOW:]
        if _NEGATION.search(" ".join(words)) and t not in {"REJECT"}:
            continue
        return t, start, end
    return None


def code(article: model.Article, parsed: ner.Parsed, ents: Sequence[ArticleEntity]) -> list[model.Record]:
    """One record per (sentence, actor) with a PLOVER trigger; event_id None; sorted by offset."""
    text = article.text
    by_offset: dict[int, ArticleEntity] = {}
    for e in ents:
        for a, b in e.spans:
            by_offset[a] = e
            by_offset[b] = e
    place0, date_expr = dateline(text)
    anchor = article.published or (resolve_relative(date_expr, article.ingested_at[:10]) if date_expr else None)
    spans_by_sent: dict[int, list[ner.Span]] = defaultdict(list)
    for s in parsed.ents:
        spans_by_sent[s.sent].append(s)
    dl = _DATELINE.match(text[:200])
    dl_end = dl.end() if dl else 0
    sent_dates: dict[int, str] = {}
    for s in parsed.ents:
        if s.label == "DATE" and anchor and s.start >= dl_end and s.sent not in sent_dates:
            when = resolve_relative(s.text, anchor)
            if when and len(when) == 10:
                sent_dates[s.sent] = when
    # sentences without a date of their own report the lead's event (first dated sentence among the first 3)
    lead = next((sent_dates[i] for i in sorted(sent_dates) if i < 3), None) or article.published
    records: list[model.Record] = []
    for si, (lo, hi) in enumerate(parsed.sents or ((0, len(text)),)):
        sentence = text[lo:hi]
        trig = _trigger(sentence)
        if trig is None:
            continue
        action, ts, te = trig
        units = _units(text, lo, hi, spans_by_sent.get(si, []), by_offset)
        actors = _actor_group(units, text, lo + ts)
        if not actors:
            continue
        target = _target(units, text, lo + te, hi, actors)
        when = sent_dates.get(si)
        place = None
        for s in spans_by_sent.get(si, []):
            if s.label in {"GPE", "LOC", "FAC"} and _LOCATIVE.search(text[max(lo, s.start - 12):s.start]) \
                    and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(lo, s.start - 8):s.start]):
                place = s.text
                break
        m = _CONTEXT.search(sentence)
        ctx = m.group(0) if m else None
        if action in SYMMETRIC and len(actors) > 1:
            pairs = [(actors[0], actors[1])]
        else:
            pairs = [(a, target) for a in actors]
        for actor, tgt in pairs:
            rid = model.content_id("record", article.id, si, actor.key, action, tgt.key if tgt else "")
            records.append(model.Record(
                id=rid, event_id=None, actor=actor.text, actor_country=actor.code, action=action,
                target=tgt.text if tgt else None, target_country=tgt.code if tgt else None,
                place=place or place0, date=when or lead, context=ctx,
                evidence=sentence.strip(), sources=(article.id,)))
    return records


# ------------------------------------------------------------------------------------------- merging


def _name_key(name: str | None) -> str:
    if not name:
        return ""
    g, sn = person_key(name)
    if g:
        return f"{skeleton(sn)}|{skeleton(g)}"
    return (skeleton(sn) or sn) + "|"


def _same(a: str, b: str) -> bool:
    """Two record actor keys name one actor: equal, or one is the surname-only form of the other."""
    if a == b:
        return True
    if not a or not b:
        return False
    sa, _, ga = a.partition("|")
    sb, _, gb = b.partition("|")
    return sa == sb and (not ga or not gb)


def _same_t(a: str, b: str) -> bool:
    """Targets agree, or one record has none (the same actor's same action in one event)."""
    return not a or not b or _same(a, b)


def _mode(values: list, default=None):
    vals = [v for v in values if v]
    if not vals:
        return default
    c = Counter(vals)
    top = max(c.values())
    return min(v for v, n in c.items() if n == top)


def merge(records: Sequence[model.Record], event_id: str) -> list[model.Record]:
    """Merge one event's records across articles: same action, same actor and target (either way round for
    symmetric actions such as CONSULT; surname-only names join the full name); sources are unioned."""
    groups: list[tuple[str, str, str, list[model.Record]]] = []
    for r in sorted(records, key=lambda r: (r.sources, r.id)):
        ak, tk = _name_key(r.actor), _name_key(r.target)
        for g in groups:
            if g[0] != r.action:
                continue
            if _same(g[1], ak) and _same_t(g[2], tk) or r.action in SYMMETRIC and (
                    _same(g[1], tk) and _same(g[2], ak) or _same(g[2], ak) and not tk):
                g[3].append(r)
                break
        else:
            groups.append((r.action, ak, tk, [r]))
    out = []
    for action, ak, tk, rs in groups:
        actor = max((r.actor for r in rs if _name_key(r.actor) == ak or True),
                    key=lambda n: (len(person_key(n)[0]) > 0, sum(r.actor == n for r in rs), len(n)))
        targets = [r.target for r in rs if r.target]
        target = max(targets, key=lambda n: (len(person_key(n)[0]) > 0, targets.count(n), len(n))) \
            if targets else None
        if action in SYMMETRIC and target and _same(_name_key(target), ak) and not _same(_name_key(actor), ak):
            actor, target = target, actor
        sources = tuple(sorted({s for r in rs for s in r.sources}))
        first = next((r for r in rs if _EXPLICIT_DATE.search(r.evidence or "")), rs[0])
        out.append(model.Record(
            id=model.content_id("record", event_id, action, ak, tk), event_id=event_id, actor=actor,
            actor_country=_mode([r.actor_country for r in rs if r.actor == actor]) or _mode(
                [r.actor_country for r in rs]),
            action=action, target=target,
            target_country=_mode([r.target_country for r in rs if r.target == target]) or _mode(
                [r.target_country for r in rs]),
            place=_mode([r.place for r in rs]), date=_mode([r.date for r in rs]),
            context=_mode([r.context for r in rs]), evidence=first.evidence, sources=sources))
    return sorted(out, key=lambda r: (-len(r.sources), r.action, r.actor, r.id))


_EXPLICIT_DATE = re.compile(
    r"\b(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|\d+ days? ago|last (?:week|month|year)|\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


def event_when_where(articles: Sequence[model.Article], records: Sequence[model.Record]
                     ) -> tuple[str | None, str | None]:
    """An event's (date, place): the consensus of its records' explicitly dated/placed sentences, weighted by
    source articles; else the articles' datelines and most common publication day."""
    votes: Counter = Counter()
    pubs = sorted(d for d in (iso_day(a.published) for a in articles) if d)
    lo = pubs[0] - dt.timedelta(days=EVENT_DATE_MAX_LEAD_DAYS) if pubs else None
    for r in records:
        if r.date and _ISO.match(r.date) and len(r.date) == 10:
            day = iso_day(r.date)
            if pubs and (day is None or not lo <= day <= pubs[-1]):
                continue  # a background date, not the event's
            votes[r.date] += len(r.sources) * (2 if _EXPLICIT_DATE.search(r.evidence or "") else 1)
    if votes:
        top = max(votes.values())
        date = min(d for d, n in votes.items() if n == top)
    else:
        date = _mode([a.published for a in articles])
    places: Counter = Counter()
    for r in records:
        if r.place and re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(r.place)}", r.evidence or ""):
            places[r.place] += len(r.sources)
    # Datelines vote too: a venue named once in a side clause ("a peacekeeping force in Gaza") must not outvote
    # the datelines of every article.
    for a in articles:
        p, _ = dateline(a.text)
        if p:
            places[p] += 1
    if not places:
        for r in records:
            if r.place:
                places[r.place] += len(r.sources)
    place = None
    if places:
        top = max(places.values())
        place = min(p for p, n in places.items() if n == top)
    return date, place
