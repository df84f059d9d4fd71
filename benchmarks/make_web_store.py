"""A synthetic store of the 10k benchmark's size, for the web benchmark (bench_web.py) when the real 10k store
(`make bench`: the pipeline over corpus_10000.jsonl, about 6 minutes on 2 free cores) is not at hand.

Deterministic (seeded). Shapes follow the 10k benchmark corpus (benchmarks/make_corpus.py): 1,442 original articles
and 8,558 syndicated copies of them (each a near-duplicate pair with its original, in its original's event), about
2,700 characters of text each; ~3 originals per event, storylines of ~4 events, 15,000 entities (half people), ~20
mentions and 2 PLOVER records per article, re-used passages. Written through the Store's own write methods.

    .venv/bin/python benchmarks/make_web_store.py out/bench/web_synth10k.duckdb [--articles 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsdesk.model import Article, Entity, Event, Mention, Record, Storyline, content_id  # noqa: E402
from newsdesk.store import Store  # noqa: E402

REAL_SHARE = 1442 / 10_000
_PROSE = ("the minister said talks would continue after officials met in the capital on a visit where police "
          "reported that the company agreed to expand cooperation while protesters gathered near parliament and "
          "the court ruled that an earthquake damaged buildings and rescue teams searched for survivors")
WORDS = tuple(_PROSE.split(" "))
ACTIONS = ("CONSULT", "AGREE", "ACCUSE", "SUPPORT", "DEMAND", "ASSAULT", "AID", "INVESTIGATE")
COUNTRIES = [("India", "IND"), ("Australia", "AUS"), ("United States", "USA"), ("France", "FRA"),
             ("Russia", "RUS"), ("China", "CHN"), ("Brazil", "BRA"), ("Kenya", "KEN"), (None, None)]
SOURCES = [f"Outlet {i:03d}" for i in range(120)]


def build(path: str, n: int = 10_000, seed: int = 7) -> dict:
    rng = random.Random(seed)
    store = Store(path)
    n_real = max(1, round(n * REAL_SHARE))
    first = [f"Name{i}" for i in range(400)]
    last = [f"Family{i}" for i in range(900)]
    entities = []
    for i in range(15_000):
        person = i % 2 == 0
        name = f"{rng.choice(first)} {rng.choice(last)}" if person else f"Org {i}"
        c, cc = rng.choice(COUNTRIES)
        entities.append(Entity(content_id("ent", i, prefix="ent_"), name, "PERSON" if person else "ORG",
                               (name.split()[-1],) if person else (), ("Mr",) if person else (),
                               ("Minister",) if person and i % 6 == 0 else (), c, cc))
    base = dt.date(2012, 1, 1)
    originals, arts, mentions, records = [], [], [], []
    for k in range(n_real):
        day = base + dt.timedelta(days=rng.randrange(3650))
        ents = rng.sample(entities[:6000], 8) + rng.sample(entities, 4)  # some entities are everywhere
        parts, pos, spans = [], 0, []
        while pos < 2600:
            e = rng.choice(ents)
            sent = f"{e.name} " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 25))) + ". "
            spans.append((e, pos, pos + len(e.name)))
            parts.append(sent)
            pos += len(sent)
        text = "".join(parts)
        aid = content_id("art", k, prefix="a")
        originals.append((aid, day, ents, text, spans))
    order = []
    for aid, day, ents, text, spans in originals:
        order.append((aid, day, ents, text, spans, None))
    for j in range(n - n_real):
        o = rng.choice(originals)
        cid = content_id("copy", j, prefix="a")
        order.append((cid, o[1] + dt.timedelta(days=rng.randrange(3)), o[2], o[3], o[4], o[0]))
    now = "2026-01-01T00:00:00+00:00"
    for aid, day, ents, text, spans, _copy_of in order:
        src = rng.choice(SOURCES)
        arts.append(Article(aid, aid, src, f"https://{src.replace(' ', '').lower()}.example/{aid}",
                            f"{ents[0].name} {rng.choice(WORDS)} {rng.choice(WORDS)}", text, text, day.isoformat(),
                            "metadata", None, "en", (), (), now))
        for e, s, t in spans:
            mentions.append(Mention(e.id, aid, e.name, s, t))
        for r in range(2):
            a, b = rng.sample(ents[:8], 2)
            records.append((aid, Record(content_id("rec", aid, r, prefix="r_"), None, a.name, a.country,
                                        rng.choice(ACTIONS), b.name, b.country, rng.choice(["Paris", "Delhi", None]),
                                        day.isoformat(), None, text[:200], (aid,))))
    with store.transaction():
        store.insert_articles(arts)
        store.upsert_entities(entities)
        store.insert_mentions(mentions)
        store.insert_records(records)
        store.insert("dup_pairs", [(o, c, 0.9) for c, *_r, o in
                                   [(x[0], x[5]) for x in order if x[5]]])
        passages = []
        for aid, _day, _e, _text, _s, copy_of in order:
            if copy_of:
                passages += [(content_id("p", copy_of), aid, 0, 200), (content_id("p", copy_of), copy_of, 0, 200)]
        store.insert("passage_spans", passages)
        ids = [o[0] for o in originals]
        rng.shuffle(ids)
        by_orig = {}
        for x in order:
            by_orig.setdefault(x[5] or x[0], []).append(x[0])
        events = []
        for i in range(0, len(ids), 3):
            members = tuple(a for o in ids[i:i + 3] for a in by_orig[o])
            day = min(x[1] for x in originals if x[0] in ids[i:i + 3])
            events.append(Event(content_id("ev", i, prefix="ev_"), f"Event {i // 3}", day.isoformat(), members,
                                rng.choice(["Paris", "Delhi", "Nairobi", None]), None, day.isoformat(),
                                day.isoformat()))
        store.replace_events(events)
        events.sort(key=lambda e: e.date)
        stories = [Storyline(content_id("st", i, prefix="st_"), f"Storyline {i // 4}",
                             tuple(e.id for e in events[i:i + 4])) for i in range(0, len(events) - 3, 8)]
        store.replace_storylines(stories)
        store.mark_processed([a.id for a in arts])
    out = {"articles": len(arts), "entities": len(entities), "mentions": len(mentions), "records": len(records),
           "events": len(events), "storylines": len(stories)}
    store.close()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=10_000)
    args = ap.parse_args(argv)
    Path(args.out).unlink(missing_ok=True)
    print(build(args.out, args.articles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
