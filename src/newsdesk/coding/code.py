"""PLOVER who-did-what-to-whom records from NER'd sentences (one article at a time; event_id None).

Rule-based and hand-written (no pinned library codes PLOVER): the actor is the nearest entity (or generic actor
noun such as "police") before the trigger, the target the first one after it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsdesk import model, ner
from newsdesk.coding.lexicon import ACTOR_LABELS, CONTEXT, GENERIC, LOCATIVE, SYMMETRIC, trigger
from newsdesk.coding.when_where import DATELINE, dateline, resolve_relative
from newsdesk.entities.normalise import ROLE_HEADS, ROLE_WORDS, country
from newsdesk.model import ArticleEntity
from newsdesk.settings import CODING_TARGET_MAX_CHARS

__all__ = ["code"]


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
        if m and any(w.lower() in ROLE_HEADS for w in m.group(1).split()):
            u.end = u.end + m.end() - 1
            taken.append((u.start, u.end))
    units = [u for u in units if not any(v is not u and v.label == "PERSON" and v.start < u.start < v.end
                                         for v in units)]
    for m in GENERIC.finditer(text, lo, hi):
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
    return len(words) <= 5 and all(w[:1].isupper() or w.lower() in ROLE_WORDS for w in words) \
        and not re.search(r"[,;:()]", gap)


def _actor_group(units: list[_Unit], text: str, trig: int) -> list[_Unit]:
    """The nearest non-locative unit before the trigger, with units joined to it by 'and'."""
    before = [u for u in units if u.end <= trig and not LOCATIVE.search(text[max(0, u.start - 12):u.start])]
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
    plain = [u for u in after if not LOCATIVE.search(text[max(0, u.start - 12):u.start])]
    return plain[0] if plain else None



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
    dl = DATELINE.match(text[:200])
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
        trig = trigger(sentence)
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
            if s.label in {"GPE", "LOC", "FAC"} and LOCATIVE.search(text[max(lo, s.start - 12):s.start]) \
                    and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(lo, s.start - 8):s.start]):
                place = s.text
                break
        m = CONTEXT.search(sentence)
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

