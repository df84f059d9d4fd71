"""PLOVER who-did-what-to-whom records of one article (event_id None), from a dependency parse.

The sentences holding a trigger candidate (a verb form or light-verb noun the lexicon knows) are parsed with
spaCy's parser (`ner.parse_sentences`); `roles.events` reads triggers, actors and targets off the parse. Entities
of the sentence (NER spans joined to the article's entities) are the units roles resolve to. A record whose actor
resolves to nothing is dropped; actor and target never share an entity key.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsdesk import model, ner
from newsdesk.coding import roles
from newsdesk.coding.lexicon import ACTOR_LABELS, ACTOR_WORDS, CONTEXT, LOCATIVE, SYMMETRIC, is_candidate
from newsdesk.coding.when_where import dateline, dateline_end, resolve_relative
from newsdesk.dates.grammar import MONTH_NAME
from newsdesk.entities.normalise import country
from newsdesk.model import ArticleEntity
from newsdesk.settings import DEFAULT, Settings

__all__ = ["code"]

_WORDS = re.compile(r"[\w'-]+")


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
    units = [u for u in units if not any(v is not u and v.label == "PERSON" and v.start <= u.start and u.end <= v.end
                                         and (v.start, v.end) != (u.start, u.end) for v in units)]
    return sorted(units, key=lambda u: (u.start, u.end))


# A dateline the grammar does not take because no dash follows the agency: "Canberra, Oct 11 (PTI) Defence ..."
_LEAD = re.compile(r"^\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},\s*(?i:" + MONTH_NAME + r")\.? \d{1,2}(?:,? \d{4})?"
                   r"\s*\([^()\n]{1,30}\)\s*[-–—:]?\s*")


def _lead_end(text: str) -> int:
    m = _LEAD.match(text[:200])
    return m.end() if m else 0


def code(article: model.Article, parsed: ner.Parsed, ents: Sequence[ArticleEntity], settings: Settings = DEFAULT
         ) -> list[model.Record]:
    """One record per (sentence, actor) with a PLOVER trigger; event_id None; sorted by offset. Only the first
    `settings.CODING_MAX_SENTENCES` sentences are parsed."""
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
    dl_end = dateline_end(text) or _lead_end(text)
    sent_dates: dict[int, list[tuple[int, str]]] = defaultdict(list)  # sentence -> (offset, ISO day) of its dates
    for s in parsed.ents:
        if s.label == "DATE" and anchor and s.start >= dl_end:
            when = resolve_relative(s.text, anchor)
            if when and len(when) == 10:
                sent_dates[s.sent].append((s.start, when))
    # sentences without a date of their own report the lead's event (first dated sentence among the first 3)
    lead = next((sent_dates[i][0][1] for i in sorted(sent_dates) if i < 3), None) or article.published
    records: list[model.Record] = []
    sents = parsed.sents or ((0, len(text)),)
    # parse only sentences with a trigger candidate and someone to act: an entity or an actor noun (the parse
    # costs ~0.6x NER per token; a sentence with neither can give no record)
    cands = []
    for si, (lo, hi) in enumerate(sents[:settings.CODING_MAX_SENTENCES]):
        words = _WORDS.findall(text[lo:hi].lower())
        if is_candidate(words) and (any(s.label in ACTOR_LABELS for s in spans_by_sent.get(si, ()))
                                    or not ACTOR_WORDS.isdisjoint(words)):
            cands.append(si)
    # the wire dateline ("CANBERRA, Oct 10 (Reuters) -") is no part of the first sentence's grammar
    bounds = {si: (max(sents[si][0], dl_end), sents[si][1]) for si in cands}
    for si, doc in zip(cands, ner.parse_sentences(text[bounds[si][0]:bounds[si][1]] for si in cands), strict=True):
        lo, hi = bounds[si]
        sentence = text[lo:hi]
        units = _units(text, lo, hi, spans_by_sent.get(si, []), by_offset)
        found = roles.events(doc, lo, units, text)
        if not found:
            continue
        place = None
        for s in spans_by_sent.get(si, []):
            if s.label in {"GPE", "LOC", "FAC"} and LOCATIVE.search(text[max(lo, s.start - 12):s.start]) \
                    and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(lo, s.start - 8):s.start]):
                place = s.text
                break
        m = CONTEXT.search(sentence)
        ctx = m.group(0) if m else None
        for ev in found:
            if ev.action in SYMMETRIC and len(ev.actors) > 1 and ev.target is None:
                pairs = [(ev.actors[0], ev.actors[1])]
            else:
                pairs = [(a, ev.target) for a in ev.actors]
            # the sentence's date nearest the trigger ("Canberra, Oct 11 (PTI) ... on Thursday held talks")
            when = min(sent_dates[si], key=lambda d: abs(d[0] - ev.start))[1] if sent_dates.get(si) else None
            for actor, tgt in pairs:
                if tgt is not None and (tgt.key == actor.key or tgt.text.lower() == actor.text.lower()):
                    tgt = None  # never actor == target
                rid = model.content_id("record", article.id, si, ev.start, actor.key, ev.action,
                                       tgt.key if tgt else "")
                records.append(model.Record(
                    id=rid, event_id=None, actor=actor.text, actor_country=actor.code, action=ev.action,
                    target=tgt.text if tgt else None, target_country=tgt.code if tgt else None,
                    place=place or place0, date=when or lead, context=ctx,
                    evidence=sentence.strip(), sources=(article.id,),
                    actor_id=actor.key, target_id=tgt.key if tgt else None, span=(ev.start, ev.end)))
    return records

