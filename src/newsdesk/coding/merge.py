"""Merging one event's records across articles."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsdesk import model
from newsdesk.coding.lexicon import SYMMETRIC
from newsdesk.coding.when_where import EXPLICIT_DATE, mode
from newsdesk.entities.countries import lookup_code
from newsdesk.entities.normalise import ROLE_WORDS, TITLE_SET, person_key, skeleton

__all__ = ["merge"]


def core_name(name: str) -> str:
    """A name without the titles, offices and country words written before it: 'Russian President Boris
    Yeltsin' -> 'Boris Yeltsin' (unchanged when nothing would be left)."""
    toks = name.split()
    i = 0
    while i < len(toks) - 1 and (re.sub(r"(?:'s|’s)$", "", toks[i]).lower().rstrip(".") in ROLE_WORDS | TITLE_SET
                                 or lookup_code(re.sub(r"(?:'s|’s)$", "", toks[i]))):
        i += 1
    return " ".join(toks[i:]) if i < len(toks) else name


def _name_key(name: str | None) -> str:
    if not name:
        return ""
    name = core_name(name)
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



def _oriented(r: model.Record, ak: str) -> tuple[str, str | None, str | None, str | None]:
    """(actor, actor country, target, target country) of a record, turned round when the group's actor is its
    target (symmetric actions: "B met A" in a group "A met B")."""
    if r.target and r.action in SYMMETRIC and _same(_name_key(r.target), ak) and not _same(_name_key(r.actor), ak):
        return r.target, r.target_country, r.actor, r.actor_country
    return r.actor, r.actor_country, r.target, r.target_country


def _self(actor: str, target: str | None, rs: Sequence[model.Record]) -> bool:
    """Actor and target are one entity: same name key, or one record gives them the same entity id."""
    if not target:
        return False
    if _same(_name_key(actor), _name_key(target)) or actor.lower() == target.lower():
        return True
    return any(r.actor_id and r.actor_id == r.target_id for r in rs)


def merge(records: Sequence[model.Record], event_id: str) -> list[model.Record]:
    """Merge one event's records across articles: same action, same actor and target (either way round for
    symmetric actions such as CONSULT; surname-only names join the full name); sources are unioned.

    The merged actor and target are one record's pair (the most reported pair, fullest names first), never
    picked separately, and never one entity: a target equal to the actor is dropped."""
    groups: list[tuple[str, str, str, list[model.Record]]] = []
    for r in sorted(records, key=lambda r: (r.sources, r.id)):
        ak, tk = _name_key(r.actor), _name_key(r.target)
        if tk and (_same(ak, tk) or r.actor_id and r.actor_id == r.target_id):
            tk = ""
        for g in groups:
            if g[0] != r.action:
                continue
            if _same(g[1], ak) and _same_t(g[2], tk) or r.action in SYMMETRIC and (
                    _same(g[1], tk) and _same_t(g[2], ak) or _same(g[2], ak) and not tk):
                g[3].append(r)
                break
        else:
            groups.append((r.action, ak, tk, [r]))
    out = []
    for action, ak, tk, rs in groups:
        pairs = [_oriented(r, ak) for r in rs]
        pairs = [(a, ac, None, None) if _self(a, t, [r]) else (a, ac, t, tc) for (a, ac, t, tc), r in zip(
            pairs, rs, strict=True)]
        names = Counter((p[0], p[2]) for p in pairs)
        actor, actor_c, target, target_c = max(pairs, key=lambda p: (
            p[2] is not None, names[(p[0], p[2])], len(person_key(core_name(p[0]))[0]) > 0, len(p[0]) + len(p[2] or "")))
        sources = tuple(sorted({s for r in rs for s in r.sources}))
        first = next((r for r in rs if EXPLICIT_DATE.search(r.evidence or "")), rs[0])
        rep = next(r for r, p in zip(rs, pairs, strict=True) if (p[0], p[2]) == (actor, target))
        turned = rep.actor != actor
        out.append(model.Record(
            id=model.content_id("record", event_id, action, ak, tk), event_id=event_id, actor=actor,
            actor_country=actor_c or mode([p[1] for p in pairs if p[0] == actor]),
            action=action, target=target,
            target_country=(target_c or mode([p[3] for p in pairs if p[2] == target])) if target else None,
            place=mode([r.place for r in rs]), date=mode([r.date for r in rs]),
            context=mode([r.context for r in rs]), evidence=first.evidence, sources=sources,
            actor_id=rep.target_id if turned else rep.actor_id,
            target_id=(rep.actor_id if turned else rep.target_id) if target else None,
            span=first.span if first.sources[:1] == sources[:1] else None))
    return sorted(out, key=lambda r: (-len(r.sources), r.action, r.actor, r.id))
