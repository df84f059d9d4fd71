"""The documented `--json` shapes of participants, records and entities, shared by the CLI's read views
(`store.queries`) and the web API (`store.web_queries`), so that both always give the same keys."""

from __future__ import annotations

from newsdesk.model import Entity


def participant_json(p) -> dict:
    return {"name": p.name, "country": p.country, "country_code": p.country_code, "role": p.role,
            "entity_id": p.entity_id}


def record_json(r) -> dict:
    return {"id": r.id, "actor": r.actor, "actor_country": r.actor_country, "action": r.action,
            "target": r.target, "target_country": r.target_country, "place": r.place, "date": r.date,
            "context": r.context, "evidence": r.evidence, "sources": list(r.sources),
            "actor_id": r.actor_id, "target_id": r.target_id, "span": list(r.span) if r.span else None}


def entity_json(e: Entity) -> dict:
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases), "titles": list(e.titles),
            "roles": list(e.roles), "country": e.country, "country_code": e.country_code,
            "articles": len(e.article_ids), "country_evidence": evidence_json(e.country_evidence)}


def evidence_json(evidence) -> list[dict]:
    """Entity.country_evidence, strongest first: kind (explicit | office | counterpart | coordinated | article
    office | dictionary prior | corpus vote), the country code, the words it came from and the article id."""
    return [{"kind": x.kind, "country_code": x.code, "text": x.text, "article": x.article} for x in evidence]
