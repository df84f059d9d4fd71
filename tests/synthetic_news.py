"""A synthetic news stream for end-to-end tests (random.Random(seed), no files needed): incidents reported by
several sources on one day, so that NER, entities, PLOVER records and events all have work; a share of
syndicated copies ("Global Wire", same text and day); one recurring boilerplate line per source (corpus line
statistics). `kinds` restricts the incidents to some of the lead templates (one topic: `kinds=(0,)`)."""

from __future__ import annotations

import random
from datetime import date, timedelta

FIRST = ["Maria", "Ahmed", "Olga", "Kenji", "Amara", "Lucas", "Priya", "Tomas", "Fatima", "Ivan", "Grace", "Mateo",
         "Leila", "Samuel", "Ines", "David", "Nadia", "Pavel", "Rosa", "Kwame"]
LAST = ["Okafor", "Haddad", "Petrova", "Tanaka", "Diallo", "Moreau", "Sharma", "Novak", "Rahman", "Kuznetsov",
        "Mensah", "Alvarez", "Karimi", "Adeyemi", "Costa", "Levin", "Bakr", "Horvat", "Ortega", "Boateng"]
PLACES = [("Lima", "Peru"), ("Nairobi", "Kenya"), ("Hanoi", "Vietnam"), ("Warsaw", "Poland"), ("Accra", "Ghana"),
          ("Quito", "Ecuador"), ("Manila", "the Philippines"), ("Tbilisi", "Georgia"), ("Dakar", "Senegal"),
          ("Oslo", "Norway"), ("Cairo", "Egypt"), ("Lisbon", "Portugal")]
ROLES = ["foreign minister", "defence minister", "prime minister", "trade minister", "president"]
SOURCES = ["Daily Ledger", "The Courier", "Metro Herald", "Evening Post", "Coastal Times"]
TOPICS = ["a new trade agreement", "border security", "port investment", "energy prices", "a fishing dispute",
          "railway construction", "flood relief", "vaccine supplies"]
LEADS = [
    "{a}, the {ra} of {ca}, met {b}, the {rb} of {cb}, in {city} on {wd} to discuss {topic}.",
    "{a} accused {b} of blocking talks on {topic} during a visit to {city}.",
    "{a} and {b} signed an agreement on {topic} in {city} on {wd}.",
    "Police in {city} arrested {n} protesters who marched against {topic} on {wd}.",
]
FILL = ["Officials said further meetings were planned for later in the year.",
        "The talks lasted more than {n} hours, according to a spokesperson.",
        "Analysts said the outcome could shape relations for years.",
        "Several hundred people gathered outside the venue during the meeting.",
        "Neither side gave details of the figures involved.",
        "A joint statement is expected to be published next week."]
WORDS = ["council", "harbour", "budget", "court", "army", "strike", "vote", "farmers", "railway", "bridge",
         "hospital", "school", "drought", "market", "tax", "river", "airport", "museum", "union", "bank"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def corpus(n_incidents: int, seed: int = 42, kinds: tuple[int, ...] = (0, 1, 2, 3)) -> list[dict]:
    """JSONL records (id, title, text, published, source), incidents four days apart, in incident order."""
    rng = random.Random(seed)
    recs = []
    for i in range(n_incidents):
        city, _ = rng.choice(PLACES)
        ca, cb = rng.sample([c for _, c in PLACES], 2)
        a, b = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
        day = date(2021, 1, 1) + timedelta(days=4 * i)
        slots = {"a": a, "b": b, "ra": rng.choice(ROLES), "rb": rng.choice(ROLES), "ca": ca, "cb": cb,
                 "city": city, "wd": WEEKDAYS[day.weekday()], "topic": rng.choice(TOPICS), "n": rng.randint(3, 40)}
        for j, src in enumerate(rng.sample(SOURCES, rng.randint(2, 5))):
            own = " ".join(f"The {' '.join(rng.choices(WORDS, k=5))} was mentioned by {rng.choice(FIRST)} "
                           f"{rng.choice(LAST)}." for _ in range(3))
            body = [LEADS[kinds[i % len(kinds)]].format(**slots), own,
                    *(f.format(n=rng.randint(2, 9)) for f in rng.sample(FILL, 2)),
                    f"Follow {src} on social media for the latest updates."]
            rec = {"id": f"i{i}-s{j}", "title": f"{a} and {b} in {city}" if j % 2 else f"Talks in {city}",
                   "text": "\n\n".join(body), "published": day.isoformat(), "source": src}
            recs.append(rec)
            if rng.random() < 0.15:  # a syndicated copy, same day, another source
                recs.append({**rec, "id": rec["id"] + "-wire", "source": "Global Wire"})
    return recs
