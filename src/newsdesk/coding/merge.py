"""Merging one event's records across articles."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk import model
from newsdesk.coding.lexicon import SYMMETRIC
from newsdesk.coding.when_where import EXPLICIT_DATE, mode
from newsdesk.entities.normalise import person_key, skeleton

__all__ = ["merge"]


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
        first = next((r for r in rs if EXPLICIT_DATE.search(r.evidence or "")), rs[0])
        out.append(model.Record(
            id=model.content_id("record", event_id, action, ak, tk), event_id=event_id, actor=actor,
            actor_country=mode([r.actor_country for r in rs if r.actor == actor]) or mode(
                [r.actor_country for r in rs]),
            action=action, target=target,
            target_country=mode([r.target_country for r in rs if r.target == target]) or mode(
                [r.target_country for r in rs]),
            place=mode([r.place for r in rs]), date=mode([r.date for r in rs]),
            context=mode([r.context for r in rs]), evidence=first.evidence, sources=sources))
    return sorted(out, key=lambda r: (-len(r.sources), r.action, r.actor, r.id))

