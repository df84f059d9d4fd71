"""Evaluate entity merging and countries on a hand-labelled fixture, and event-date resolution.

    .venv/bin/newsdesk eval entities --data tests/fixtures/entities        # merge P/R, country accuracy
    .venv/bin/newsdesk eval entities --data tests/fixtures/officials       # PERSON precision, countries
    .venv/bin/newsdesk eval entities --data ../shared/data/basil_dev       # event-date figures (see run_basil)
    .venv/bin/newsdesk eval entities --data ../shared/data/meantime_en     # PERSON precision on gold PER mentions

Merging is scored pairwise over the gold person mentions: a pair is predicted together when both mentions
land on one corpus entity. Dates on the fixture: `dates.jsonl` (expression, anchor day, gold) and
`events.jsonl` (article groups with the gold event day and place).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from newsdesk import coding, entities, model, ner


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _article(aid: str, text: str, day: str | None) -> model.Article:
    return model.Article(id=aid, external_id=aid, source=None, url=None, title=None, text=text, raw_text=text,
                         published=day, published_evidence="metadata", page_date=None, lang="en", credits=(),
                         removed=(), ingested_at=day or "2000-01-01")


def _gold_occurrences(text: str, labels: dict[str, str]) -> list[tuple[int, int, str]]:
    occ = []
    for surface, person in labels.items():
        base, _, nth = surface.partition("#")
        found = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(base)}(?!\w)", text)]
        if nth:
            found = [found[int(nth) - 1]] if len(found) >= int(nth) else []
        occ += [(a, b, person) for a, b in found]
    # drop occurrences inside a longer labelled one ("Austin" inside "Lloyd J. Austin")
    return sorted(o for o in occ if not any(p[0] <= o[0] and o[1] <= p[1] and p != o for p in occ))


def _product(arts: list[dict], parts: int = 1):
    """The fixture's articles through the product's path (`Engine.ingest`, as `newsdesk ingest`), in `parts`
    consecutive ingests; returns (entities, mentions, stored articles by fixture id). The hash embedder stands in
    for MiniLM: entities and countries do not read vectors."""
    from newsdesk.embed import HashEmbedder
    from newsdesk.eval import run_product

    with run_product(arts, parts=parts, embedder=HashEmbedder()) as run:
        stored = {a.external_id: a for a in run.store.articles(raw=False)}
        return run.store.entities(), run.store.mentions([a.id for a in stored.values()]), stored


def run_fixture(path: Path, parts: int = 1) -> dict:
    arts = _read_jsonl(path / "articles.jsonl")
    gold = json.loads((path / "gold.json").read_text(encoding="utf-8"))
    ents, ments, stored = _product(arts, parts)
    by_id = {e.id: e for e in ents}
    items = []  # (gold person, predicted entity id or unique miss key)
    for fid, a in stored.items():
        ms = [m for m in ments if m.article_id == a.id]
        for s, e, person in _gold_occurrences(a.text, gold["mentions"].get(fid, {})):
            hit = next((m.entity_id for m in ms if m.start < e and s < m.end), None)
            items.append((person, hit or f"miss:{fid}:{s}"))
    tp = fp = fn = 0
    for (g1, p1), (g2, p2) in combinations(items, 2):
        same_g, same_p = g1 == g2, p1 == p2
        tp += same_g and same_p
        fp += same_p and not same_g
        fn += same_g and not same_p
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    by_person: dict[str, Counter] = defaultdict(Counter)
    for g, p in items:
        by_person[g][p] += 1
    right = 0
    wrong = []
    for person, code in sorted(gold["persons"].items()):
        top = [kv for kv in by_person[person].most_common() if not kv[0].startswith("miss:")][:1]
        got = by_id[top[0][0]].country_code if top and top[0][0] in by_id else None
        right += got == code
        if got != code:
            wrong.append(f"{person}:{got}")
    one_entity = sum(len([k for k in by_person[p] if not k.startswith("miss:")]) == 1 for p in gold["persons"])
    return {"dataset": str(path), "gold_people": len(gold["persons"]), "gold_mentions": len(items),
            "missed_mentions": sum(p.startswith("miss:") for _, p in items),
            "pairwise_precision": round(prec, 4), "pairwise_recall": round(rec, 4),
            "people_with_one_entity": f"{one_entity}/{len(gold['persons'])}",
            "country_accuracy": round(right / len(gold["persons"]), 4), "country_wrong": wrong}


def _owners(ents: list[model.Entity], token: str) -> list[model.Entity]:
    return [e for e in ents if e.type == "PERSON" and any(
        re.search(rf"(?<![\w-]){re.escape(token)}(?![\w-])", n) for n in (e.name, *e.aliases))]


def run_officials(path: Path, parts: int = 1) -> dict:
    """Officials fixture (tests/fixtures/officials): PERSON precision, one entity per person, country accuracy,
    names that must not be people, people that must stay apart; through the product's path (`_product`)."""
    arts = _read_jsonl(path / "articles.jsonl")
    gold = json.loads((path / "gold.json").read_text(encoding="utf-8"))
    ents, _, _ = _product(arts, parts)
    people = [e for e in ents if e.type == "PERSON"]
    owned: set[str] = set()
    single = right = coded = 0
    wrong = []
    for name, (token, code) in gold["persons"].items():
        owners = _owners(ents, token)
        owned.update(e.id for e in owners)
        single += len(owners) == 1
        if code:
            coded += 1
            ok = len(owners) == 1 and owners[0].country_code == code
            right += ok
            if not ok:
                wrong.append(f"{name}: {[(e.name, e.country_code) for e in owners]}")
    not_person = [n for n in gold["not_person"] if any(n in (e.name, *e.aliases) for e in people)]
    apart = sum(1 for a, b in gold["apart"] if not ({e.id for e in _owners(ents, gold["persons"][a][0])} &
                                                     {e.id for e in _owners(ents, gold["persons"][b][0])}))
    return {"dataset": "officials", "parts": parts, "persons": len(gold["persons"]), "person_entities": len(people),
            "person_precision": round(len([e for e in people if e.id in owned]) / max(len(people), 1), 4),
            "one_entity_per_person": f"{single}/{len(gold['persons'])}",
            "country_accuracy": round(right / max(coded, 1), 4), "countries_right": f"{right}/{coded}",
            "non_persons_typed_person": not_person, "kept_apart": f"{apart}/{len(gold['apart'])}",
            "not_person_entities": sorted(e.name for e in people if e.id not in owned), "country_misses": wrong}


def run_dates(path: Path) -> dict:
    """Relative-expression accuracy (dates.jsonl) and event day/place accuracy (events.jsonl)."""
    out: dict = {}
    rows = _read_jsonl(path / "dates.jsonl")
    ok = [coding.resolve_relative(r["expr"], r["anchor"]) == r["gold"] for r in rows]
    out["relative_expressions"] = f"{sum(ok)}/{len(rows)}"
    out["relative_wrong"] = [r["expr"] + "@" + r["anchor"] for r, k in zip(rows, ok, strict=False) if not k]
    evs = _read_jsonl(path / "events.jsonl")
    day_ok = place_ok = 0
    for ev in evs:
        arts = [_article(f"{ev['id']}-{i}", a["text"], a["published"]) for i, a in enumerate(ev["articles"])]
        recs = []
        for a, p in zip(arts, ner.parse([a.text for a in arts]), strict=False):
            recs += coding.code(a, p, entities.mentions(a, p))
        day, place = coding.event_when_where(arts, coding.merge(recs, ev["id"]))
        day_ok += day == ev["date"]
        place_ok += place == ev["place"]
    out["event_day"] = f"{day_ok}/{len(evs)}"
    out["event_place"] = f"{place_ok}/{len(evs)}"
    return out


def run_basil(path: Path) -> dict:
    """BASIL has no gold event day, only each article's publication day. Measured: for each gold event (three
    outlets), the day `event_when_where` picks from that event's records must fall inside
    [earliest publication - 7 days, latest publication] (a resolved "on Friday" may precede the articles),
    and how often it moved off the publication days because an explicit expression was resolved."""
    rows = _read_jsonl(path / "articles.jsonl")
    by_event: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_event[r["event"]].append(r)
    arts = {r["id"]: _article(r["id"], r["text"], r["published"]) for r in rows}
    recs: dict[str, list[model.Record]] = {}
    order = sorted(arts)
    for aid, p in zip(order, ner.parse([arts[a].text for a in order]), strict=False):
        recs[aid] = coding.code(arts[aid], p, entities.mentions(arts[aid], p))
    inside = moved = 0
    for ev, members in sorted(by_event.items()):
        days = sorted(m["published"] for m in members)
        merged = coding.merge([r for m in members for r in recs[m["id"]]], ev)
        day, _ = coding.event_when_where([arts[m["id"]] for m in members], merged)
        lo = dt.date.fromisoformat(days[0]) - dt.timedelta(days=7)
        if day and len(day) == 10 and lo <= dt.date.fromisoformat(day) <= dt.date.fromisoformat(days[-1]):
            inside += 1
        moved += day not in days
    n = len(by_event)
    return {"dataset": "basil_dev", "events": n, "day_within_window": f"{inside}/{n}",
            "day_not_a_publication_day": f"{moved}/{n}",
            "records_per_article": round(sum(map(len, recs.values())) / len(recs), 2)}


def _offsets(src: str, dst: str) -> list[int] | None:
    """Character offsets of `src` (0..len) mapped into `dst` through difflib's matching blocks (None when under
    95% of `src` matches: the texts are not the same article)."""
    import difflib

    sm = difflib.SequenceMatcher(None, src, dst, autojunk=False)
    out = [0] * (len(src) + 1)
    matched = 0
    last = 0
    pos = 0
    for a, b, n in sm.get_matching_blocks():
        for i in range(pos, a):
            out[i] = last
        for k in range(n):
            out[a + k] = b + k
        matched += n
        pos = a + n
        last = b + n
    for i in range(pos, len(src) + 1):
        out[i] = last
    return out if matched >= 0.95 * len(src) else None


MEANTIME_HALVES = {"A": ("airbus", "apple"), "B": ("gm", "stock")}  # no topic shared


def run_meantime(path: Path, parts: int = 1) -> dict:
    """MEANTIME (gold entity mentions with types and cross-document instances), through the product's path:
    PERSON precision over the fully annotated lead of each article (a corpus PERSON entity is right when most of
    its mentions there lie inside a gold PER mention),
    people on one entity (gold PER instances with a name mention, counted over the corpus entities that cover
    their mentions) and PERSON entities per half (topics airbus+apple / gm+stock, sharing no topic)."""
    rows = {r["id"]: r for r in _read_jsonl(path / "articles.jsonl")}
    gold = {g["id"]: g for g in _read_jsonl(path / "annotations.jsonl")}
    ents, ments, stored = _product([{k: r[k] for k in ("id", "title", "text", "published", "source")}
                                    for r in rows.values()], parts)
    people = {e.id: e for e in ents if e.type == "PERSON"}
    out: dict = {"dataset": "meantime_en", "parts": parts}
    for half, topics in (("all", None), *MEANTIME_HALVES.items()):
        fids = [f for f in rows if topics is None or rows[f]["topic"] in topics]
        good: Counter = Counter()
        seen: Counter = Counter()
        owners: dict[str, set[str]] = defaultdict(set)
        misaligned = 0
        for fid in fids:
            a = stored.get(fid)
            if a is None:
                continue
            at = _offsets(rows[fid]["text"], a.text)  # cleaning turns line breaks into paragraphs
            if at is None:
                misaligned += 1
                continue
            g = gold[fid]
            # only the fully annotated lead is scored (MEANTIME annotates every entity of the title, dateline and
            # first body sentences; later sentences only mentions of corpus-level instances)
            last = max(m["sentence"] for m in g["entity_mentions"] + g["event_mentions"] if m["layer"] == "intra-doc")
            lines = rows[fid]["text"].split("\n")
            lead_end = at[min(len(rows[fid]["text"]), sum(len(x) + 1 for x in lines[:max(0, last - 1)]))]
            spans = [(at[m["start"]], at[m["end"]], m["instance_ids"]) for m in g["entity_mentions"]
                     if m["field"] == "text" and (m["entity_type"] == "PER"
                                                  or any(i.startswith("PER") for i in m["instance_ids"]))]
            named = {i for m in gold[fid]["entity_mentions"] if m["syntactic_type"] == "NAM"
                     for i in m["instance_ids"] if i.startswith("PER")}
            for m in ments:
                if m.article_id != a.id or m.entity_id not in people or m.end > lead_end:
                    continue
                inside = [ids for s0, e0, ids in spans if s0 <= m.start and m.end <= e0]
                seen[m.entity_id] += 1
                good[m.entity_id] += bool(inside)
                for ids in inside:
                    for i in ids:
                        if i in named:
                            owners[i].add(m.entity_id)
        right = [e for e in seen if good[e] * 2 > seen[e]]
        wrong = sorted(people[e].name for e in seen if e not in right)
        out[half] = {"person_entities": len(seen), "person_precision": round(len(right) / max(len(seen), 1), 4),
                     "named_gold_people_found": len(owners),
                     "one_entity_per_person": f"{sum(len(v) == 1 for v in owners.values())}/{len(owners)}",
                     "not_person": wrong[:40], "articles_not_aligned": misaligned}
    return out


def run(data_path: str, parts: int = 1, **_: object) -> dict:
    p = Path(data_path)
    if (p / "annotations.jsonl").exists() and (p / "instances.jsonl").exists():
        return run_meantime(p, parts)
    if (p / "gold.json").exists() and "not_person" in json.loads((p / "gold.json").read_text(encoding="utf-8")):
        return run_officials(p, parts)
    if (p / "gold.json").exists():
        out = run_fixture(p, parts)
        if (p / "dates.jsonl").exists():
            out.update(run_dates(p))
        return out
    return run_basil(p)


