"""PLOVER coding, per-event merging, event date/place and relative-date resolution."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk import coding, entities, model, ner

FIX = Path(__file__).parent / "fixtures" / "entities"


def _art(aid: str, text: str, day: str | None = "2024-07-29") -> model.Article:
    return model.Article(id=aid, external_id=aid, source=None, url=None, title=None, text=text, raw_text=text,
                         published=day, published_evidence="metadata", page_date=None, lang="en", credits=(),
                         removed=(), ingested_at=day or "2024-01-01")


def _code(text: str, aid: str = "a1", day: str | None = "2024-07-29") -> list[model.Record]:
    art = _art(aid, text, day)
    parsed = next(ner.parse([text]))
    return coding.code(art, parsed, entities.mentions(art, parsed))


DATES = [json.loads(line) for line in (FIX / "dates.jsonl").read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("row", DATES, ids=[f"{r['expr']}@{r['anchor']}" for r in DATES])
def test_coding_resolve_relative(row):
    assert coding.resolve_relative(row["expr"], row["anchor"]) == row["gold"]


@given(st.text(max_size=60), st.dates().map(lambda d: d.isoformat()))
@settings(max_examples=300, deadline=None)
def test_coding_resolve_relative_never_raises(expr, anchor):
    got = coding.resolve_relative(expr, anchor)
    assert got is None or coding.ISO.match(got)


def test_coding_resolve_relative_bad_anchor():
    assert coding.resolve_relative("yesterday", "not a date") is None


def test_coding_consult_record_fields():
    recs = _code("TOKYO, July 29 (Wire) - U.S. Defense Secretary Lloyd J. Austin met his Japanese counterpart "
                 "Minoru Kihara on Sunday on the sidelines of the G20 summit.")
    assert len(recs) == 1
    r = recs[0]
    assert (r.actor, r.actor_country, r.action, r.target, r.target_country) == \
        ("U.S. Defense Secretary Lloyd J. Austin", "USA", "CONSULT", "Minoru Kihara", "JPN")
    assert coding.merge(recs, "e")[0].actor == "U.S. Defense Secretary Lloyd J. Austin"
    assert r.date == "2024-07-28"  # Sunday before the Monday publication, not the dateline's July 29
    assert r.place == "Tokyo"
    assert r.context == "on the sidelines of the G20 summit"
    assert r.sources == ("a1",) and r.event_id is None


@pytest.mark.parametrize("text,action", [
    ("Police arrested dozens of protesters in Lagos on Friday.", "COERCE"),
    ("Rebels attacked an army base near the border.", "ASSAULT"),
    ("The government of Chile rejected the proposal from Peru.", "REJECT"),
    ("Kenya accused Sudan of shelling border villages.", "ACCUSE"),
    ("Iran threatened to close the strait.", "THREATEN"),
    ("Japan sent humanitarian aid to Turkey.", "AID"),
    ("The United States imposed sanctions on Russia.", "SANCTION"),
    ("Thousands of workers protested in Seoul.", "PROTEST"),
    ("Israel withdrew troops from the area.", "RETREAT"),
    ("France and Germany agreed to cooperate on energy.", "AGREE"),
])
def test_coding_action_types(text, action):
    assert [r.action for r in _code(text)] == [action]


def test_coding_negated_trigger_skipped():
    assert _code("Rebels did not attack the army base.") == []


def test_coding_compound_actor_of_symmetric_action_pairs_them():
    recs = _code("Rajnath Singh and Sergei Shoigu held talks in Moscow on Wednesday.", day="2022-06-17")
    assert [(r.actor, r.action, r.target) for r in recs] == [("Rajnath Singh", "CONSULT", "Sergei Shoigu")]
    assert recs[0].date == "2022-06-15"


def test_coding_merge_across_articles_and_variants():
    a = _code("Lloyd J. Austin met Minoru Kihara in Tokyo on Sunday.", "a", "2024-07-29")
    b = _code("Minoru Kihara met Lloyd Austin in Tokyo on Sunday.", "b", "2024-07-30")
    merged = coding.merge(a + b, "ev1")
    assert len(merged) == 1
    m = merged[0]
    assert m.event_id == "ev1" and m.sources == ("a", "b") and m.action == "CONSULT"
    assert {m.actor, m.target} == {"Lloyd J. Austin", "Minoru Kihara"}
    assert (m.date, m.place) == ("2024-07-28", "Tokyo")


def test_coding_merge_keeps_different_actions_apart():
    a = _code("Kenya accused Sudan of shelling border villages.", "a")
    b = _code("Sudan rejected the accusation from Kenya.", "b")
    assert sorted(r.action for r in coding.merge(a + b, "e")) == ["ACCUSE", "REJECT"]


def test_coding_event_when_where_consensus():
    arts = [_art("a", "LIMA, Nov 12 - Walter Astudillo met Alberto Espina on Monday.", "2019-11-12"),
            _art("b", "Walter Astudillo and Alberto Espina agreed in Lima on Monday to hold exercises.", "2019-11-13"),
            _art("c", "Astudillo and Espina met, officials said.", "2019-11-14")]
    recs = []
    for art, parsed in zip(arts, ner.parse([x.text for x in arts]), strict=False):
        recs += coding.code(art, parsed, entities.mentions(art, parsed))
    assert coding.event_when_where(arts, coding.merge(recs, "e")) == ("2019-11-11", "Lima")


def test_coding_event_when_where_falls_back_to_publication_day():
    arts = [_art("a", "Markets were calm.", "2020-01-02"), _art("b", "Markets were calm.", "2020-01-02"),
            _art("c", "Markets were calm.", "2020-01-03")]
    assert coding.event_when_where(arts, []) == ("2020-01-02", None)


@pytest.mark.parametrize("text,expected", [
    ("TOKYO, March 3 (Reuters) - Talks began.", ("Tokyo", "March 3")),
    ("NEW DELHI (AP) — The minister said.", ("New Delhi", None)),
    ("The minister said on Friday.", (None, None)),
])
def test_coding_dateline(text, expected):
    assert coding.dateline(text) == expected


def test_coding_fixture_event_days_and_places():
    from newsdesk.eval.entities import run_dates

    res = run_dates(FIX)
    assert res["relative_expressions"] == f"{len(DATES)}/{len(DATES)}"
    assert res["event_day"] == "3/3" and res["event_place"] == "3/3"


def test_coding_plover_gsr_floor(shared_data):
    from newsdesk.eval.coding import run

    res = run(str(shared_data / "plover_gsr"))
    assert res["type"]["precision"] >= 0.6 and res["type"]["recall"] >= 0.5
