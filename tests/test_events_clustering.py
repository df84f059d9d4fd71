import importlib
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdesk import events as ev
from newsdesk import storylines as sl
from newsdesk.embed import HashEmbedder, embedding_text, get_embedder
from newsdesk.model import content_id
from newsdesk.settings import DEFAULT

# the submodules (the package re-exports functions of the same names: `events.assign` is the function)
assign = importlib.import_module("newsdesk.events.assign")
cluster = importlib.import_module("newsdesk.events.cluster")
features = importlib.import_module("newsdesk.events.features")

FIX = Path(__file__).parent / "fixtures" / "events" / "articles.jsonl"


def _records():
    return [json.loads(line) for line in FIX.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def docs():
    """The fixture articles with real MiniLM vectors (default back-end) and hand-given entity keys."""
    recs = _records()
    vecs = get_embedder().embed([embedding_text(r["title"], r["text"]) for r in recs])
    return {r["id"]: ev.make_doc(r["id"], r["published"], r["title"], r["text"], v, r["entities"])
            for r, v in zip(recs, vecs, strict=False)}


def _groups(events):
    return sorted(sorted(e.article_ids) for e in events)


@pytest.mark.slow
def test_events_meeting_years_apart_two_events_one_storyline(docs):
    meet = [docs[i] for i in ("m1", "m2", "m3", "m4")]
    events = ev.rebuild(meet)
    assert _groups(events) == [["m1", "m2", "m3"], ["m4"]]
    stories = sl.link(events, docs)
    assert len(stories) == 1
    first, second = (next(e for e in events if e.id == i) for i in stories[0].event_ids)
    assert first.article_ids == ("m4",) and second.article_ids == ("m1", "m2", "m3")  # timeline order


@pytest.mark.slow
def test_events_same_kind_earthquakes_split(docs):
    quakes = [docs[i] for i in ("q1", "q2", "q3", "q4")]
    assert _groups(ev.rebuild(quakes)) == [["q1", "q2"], ["q3", "q4"]]


@pytest.mark.slow
def test_events_whole_fixture_and_storylines(docs):
    events = ev.rebuild(list(docs.values()))
    assert _groups(events) == [["m1", "m2", "m3"], ["m4"], ["q1", "q2"], ["q3", "q4"]]
    stories = sl.link(events, docs)
    assert [len(s.event_ids) for s in stories] == [2]  # the two meetings; the quakes share no participants


@pytest.mark.slow
def test_events_assign_joins_right_event_and_far_copy_opens_new(docs):
    events = ev.rebuild([docs[i] for i in ("m1", "m2")]) + ev.rebuild([docs[i] for i in ("q1", "q2", "q3", "q4")])
    changed = ev.assign([docs["m3"]], events, docs)
    before = {e.id: e for e in events}
    assert {e.id for e in changed} <= set(before)  # joined an existing event, id kept
    assert _groups(changed) == [["m1", "m2", "m3"]]
    # the same text two years later is not the same event however alike its words
    late = ev.make_doc("m1-late", "2026-03-08", docs["m1"].title, docs["m1"].text, docs["m1"].vector,
                       docs["m1"].entities)
    state = {e.id: e for e in events}
    state.update({e.id: e for e in changed})
    new = ev.assign([late], list(state.values()), docs)
    assert len(new) == 1 and new[0].article_ids == ("m1-late",) and new[0].id not in state


def test_events_date_cannot_link_hash_embedder():
    emb = HashEmbedder()
    text = "Storm floods the river town of Kelso; 40 homes evacuated."
    v = emb.embed([text, text])
    a = ev.make_doc("a", "2020-01-01", None, text, v[0], ["LOC:kelso"])
    b = ev.make_doc("b", "2020-01-02", None, text, v[1], ["LOC:kelso"])
    c = ev.make_doc("c", "2023-06-01", None, text, v[1], ["LOC:kelso"])
    assert _groups(ev.rebuild([a, b, c])) == [["a", "b"], ["c"]]


def test_events_assign_ignores_known_and_keeps_ids():
    emb = HashEmbedder()
    t = "Parliament passes the budget bill by 210 votes to 190."
    a = ev.make_doc("a", "2021-05-01", None, t, emb.embed([t])[0], ["ORG:parliament"])
    events = ev.rebuild([a])
    assert ev.assign([a], events, {"a": a}) == []
    assert events[0].id == ev.event_id(["a"])


def test_events_make_event_fields():
    emb = HashEmbedder()
    t = "Fire destroys a Waitrose store in Wellington; 60 firefighters attend."
    ds = {i: ev.make_doc(i, d, "Waitrose fire" if i == "x" else None, t, emb.embed([t])[0],
                         ["LOC:wellington", "ORG:waitrose"]) for i, d in (("x", "2013-07-21"), ("y", "2013-07-23"))}
    e = ev.make_event(["y", "x"], ds)
    assert e.article_ids == ("x", "y") and e.title == "Waitrose fire"
    assert (e.first_seen, e.last_seen, e.date, e.place) == ("2013-07-21", "2013-07-23", "2013-07-21", "Wellington")


def test_events_average_link_matches_scipy():
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    rng = np.random.default_rng(7)
    X = rng.normal(size=(40, 5))
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    S = X @ X.T
    ours = ev.average_link(S, 0.3)
    D = np.clip(1 - S, 0, 2)
    np.fill_diagonal(D, 0)
    ref = fcluster(linkage(squareform(D, checks=False), "average"), t=0.7, criterion="distance")
    def canon(lab):
        return sorted(sorted(np.nonzero(np.array(lab) == v)[0].tolist()) for v in set(lab))
    assert canon(ours) == canon(ref.tolist())


def test_events_average_link_few_pairs_margin():
    # two lone reports at .23 stay apart under a .05 margin (.23 - .05 < .2); two tight pairs whose four cross
    # pairs average .23 still merge (.23 - .05 / sqrt(2 * 2) >= .2); without the margin both merge
    S = np.array([[1, .23, 0, 0, 0, 0], [.23, 1, 0, 0, 0, 0], [0, 0, 1, .9, .23, .23], [0, 0, .9, 1, .23, .23],
                  [0, 0, .23, .23, 1, .9], [0, 0, .23, .23, .9, 1]])
    assert ev.average_link(S, 0.2) == [0, 0, 2, 2, 2, 2]
    assert ev.average_link(S, 0.2, 0.05) == [0, 1, 2, 2, 2, 2]
    # the join of one article to a group (`_greedy`, the incremental path) takes the same margin
    cluster_mod = importlib.import_module("newsdesk.events.cluster")

    class Feats:
        docs = [type("D", (), {"id": f"d{i}"})() for i in range(2)]

        def __len__(self):
            return 2

    row = {1: np.array([.23, 1.0])}
    strict, loose = DEFAULT.replace(EVENT_FEW_PAIRS_MARGIN=0.05), DEFAULT.replace(EVENT_FEW_PAIRS_MARGIN=0.0)
    assert cluster_mod._greedy(Feats(), [1], strict, start=[[0]], sims=row.__getitem__) == [["d0"], ["d1"]]
    assert cluster_mod._greedy(Feats(), [1], loose, start=[[0]], sims=row.__getitem__) == [["d0", "d1"]]


def test_events_numbers_and_entity_keys():
    assert ev.numbers("On 12 March 2019, 1,200 people and 7 dogs; 61-year-old") == ["12", "1200", "61"]
    assert ev.entity_key("The Wasilla Bible Church", "ORG") == "ORG:wasilla bible church"
    assert ev.entity_key("Friday", "DATE") is None
    assert ev.entity_key("Obama's", "PERSON") == "PER:obama"


def test_events_time_terms_years_dated_months_weekdays():
    t = "On Thursday, Dec. 11, the 2008 rules changed; by 4 March 2009 and in May they had not. 12/2008 2008-12-11"
    # months of the dates stated (dates.grammar): Dec. 11, 4 March 2009, and the ISO 2008-12-11; not "May", "12/2008"
    assert sorted(ev.time_terms(t)) == sorted(["WHEN:2008", "WHEN:2009", "WHEN:m12", "WHEN:m3", "WHEN:m12",
                                               "WHEN:thursday"])
    assert ev.time_terms("He may sell 2,008 shares; route 2009a") == []  # modal 'may', a count, a code
    assert ev.time_terms("Decided 12 to 3; Janet 5 said") == []  # words that only start like a month
    d = ev.make_doc("x", None, None, "Quake on Sunday, Nov. 27, 2005", np.zeros(4, dtype=np.float32))
    assert {"WHEN:sunday", "WHEN:m11", "WHEN:2005"} <= dict(d.names).keys()


def test_events_local_tfidf_drops_terms_of_one_member():
    counts = [(("quake", 1), ("qeshm", 1), ("only-a", 1)), (("quake", 1), ("qeshm", 1)),
              (("quake", 1), ("bam", 1)), (("quake", 1), ("bam", 1), ("only-d", 1))]
    M = features._local_tfidf(counts, min_df=2)
    S = M @ M.T
    assert S[0, 1] == pytest.approx(1.0) and S[2, 3] == pytest.approx(1.0)  # 'only-a'/'only-d' no longer dilute
    assert S[0, 2] == pytest.approx(0.0)  # 'quake', used by all, weighs nothing
    M1 = features._local_tfidf(counts, min_df=1)
    assert (M1 @ M1.T)[0, 1] < 0.9


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=20)))
def test_events_make_doc_never_raises(text, published):
    d = ev.make_doc("x", published, None, text, np.zeros(4, dtype=np.float32))
    assert d.id == "x" and all(n > 0 for _, n in d.words)


def _same_kind_docs():
    """Six synthetic articles on two same-kind events: one shared topic direction, small instance directions."""
    rng = np.random.default_rng(3)
    topic, inst = rng.normal(size=32), rng.normal(size=(2, 32))
    shared = "earthquake magnitude struck buildings collapsed rescuers searched rubble"
    out = []
    for k, (place, n) in enumerate((("eureka california", "64"), ("haiti port-au-prince", "70"))):
        for j in range(3):
            v = topic + 0.35 * inst[k] + 0.05 * rng.normal(size=32)
            out.append(ev.make_doc(f"{k}{j}", None, None, f"{shared} {place} {n} {j}", v / np.linalg.norm(v),
                                   [f"LOC:{place}"]))
    return out


def test_events_instance_stage_splits_same_kind_events():
    ds = _same_kind_docs()
    assert _groups(ev.rebuild(ds)) == [["00", "01", "02"], ["10", "11", "12"]]
    # the topic stage alone keeps them together: the split is the instance stage's doing
    assert len(ev.rebuild(ds, DEFAULT.replace(EVENT_SPLIT_THRESHOLD=None))) == 1


def test_events_assign_uses_instance_stage():
    ds = _same_kind_docs()
    events = ev.rebuild(ds[:2] + ds[3:5])
    changed = ev.assign([ds[5]], events, {d.id: d for d in ds})
    assert _groups(changed) == [["10", "11", "12"]]


def _event_with_outlier():
    """Five articles on one event; the fifth uses other words and names (a fragment the split cuts off)."""
    rng = np.random.default_rng(5)
    topic, inst = rng.normal(size=32), rng.normal(size=(2, 32))
    out = []
    for j in range(5):
        k = 1 if j == 4 else 0
        v = topic + 0.6 * inst[k] + 0.05 * rng.normal(size=32)
        words = "flood river homes evacuated kelso 40" if k == 0 else "storm warning forecasters rainfall"
        out.append(ev.make_doc(f"d{j}", None, None, f"{words} {j}", v / np.linalg.norm(v),
                               ["LOC:kelso"] if k == 0 else ["ORG:met office"]))
    return out


def test_events_split_reattaches_small_fragments():
    ds = _event_with_outlier()
    p = DEFAULT.replace(EVENT_SPLIT_THRESHOLD=0.0)
    assert sorted(map(sorted, cluster._split(ds, DEFAULT.replace(EVENT_SPLIT_THRESHOLD=0.0, EVENT_MIN_INSTANCE=1)))) == [
        ["d0", "d1", "d2", "d3"], ["d4"]]
    assert sorted(map(sorted, cluster._split(ds, p))) == [["d0", "d1", "d2", "d3", "d4"]]


def _feed(ds, batch=1):
    events = []
    by_id = {}
    for s in range(0, len(ds), batch):
        chunk = ds[s:s + batch]
        by_id.update({d.id: d for d in chunk})
        events = ev.apply_changes(events, ev.assign(chunk, events, by_id))
    return events


def test_events_assign_reclusters_touched_region_like_rebuild():
    ds = _same_kind_docs()
    order = [ds[i] for i in (0, 3, 1, 4, 2, 5)]  # the two instances interleaved, one article at a time
    events = _feed(order)
    assert _groups(events) == _groups(ev.rebuild(ds)) == [["00", "01", "02"], ["10", "11", "12"]]
    assert sorted(e.id for e in events) == sorted(ev.event_id(g) for g in _groups(events))


def test_events_assign_keeps_ids_of_surviving_events():
    ds = _same_kind_docs()
    events = ev.rebuild(ds[:2] + ds[3:5])
    ids = {tuple(e.article_ids): e.id for e in events}
    changed = ev.assign([ds[2], ds[5]], events, {d.id: d for d in ds})
    assert {tuple(e.article_ids): e.id for e in changed} == {
        ("00", "01", "02"): ids[("00", "01")], ("10", "11", "12"): ids[("10", "11")]}


def test_events_keep_ids_and_apply_changes():
    old = [ev.Event("ev_a", "A", None, ("a1", "a2", "a3")), ev.Event("ev_b", "B", None, ("b1", "b2")),
           ev.Event("ev_c", "C", None, ("c1",))]
    # a3 moved to b's event, a's survives; b's event keeps its id; the new group gets a fresh id
    ids = assign._keep_ids([["a1", "a2"], ["a3", "b1", "b2"], ["n1"]], old[:2], {"ev_a", "ev_b", "ev_c"})
    assert ids[:2] == ["ev_a", "ev_b"] and ids[2] == ev.event_id(["n1"])
    # two old events merged: the larger overlap keeps its id, the other is dissolved by apply_changes
    merged = ev.Event("ev_a", "A", None, ("a1", "a2", "a3", "b1", "b2"))
    after = ev.apply_changes(old, [merged])
    assert [e.id for e in after] == ["ev_a", "ev_c"]


def test_events_keep_ids_one_article_piece_never_reuses_its_old_events_id():
    """Regression (found by ingesting ecbplus_dev in four CLI batches): an event whose id came from its first
    article 'a' is split into {b, c, n} (keeps the id: larger overlap) and {a}; event_id({a}) is the old id, and
    the old fallback content_id('event', 'a') was that same id again, so two events shared one id and the store
    kept only one of them (9 articles unassigned)."""
    e = ev.Event(ev.event_id(["a", "b", "c"]), "E", None, ("a", "b", "c"))
    ids = assign._keep_ids([["b", "c", "n"], ["a"]], [e], {e.id})
    assert ids[0] == e.id and ids[1] != e.id and len(set(ids)) == 2
    # and a piece whose event_id and first fallback are both taken still gets a fresh id
    taken = {e.id, content_id("event", "a", 1, prefix="ev_")}
    ids = assign._keep_ids([["b", "c", "n"], ["a"]], [e], taken)
    assert ids[1] not in taken and len(set(ids)) == 2


def test_events_fallback_title_strips_dateline_and_cuts_at_sentence():
    text = ("NEW YORK, March 13 (Market Wire Daily) \u2014 Shares of Acme Corp. rose 5% after Mr. Smith said the "
            "U.S. market was strong. Analysts were surprised.\nSecond line.")
    assert ev.fallback_title(text) == ("Shares of Acme Corp. rose 5% after Mr. Smith said the U.S. market was "
                                       "strong.")
    assert ev.fallback_title("WASHINGTON (Reuters) - The Senate passed the bill. It goes to the House.") == \
        "The Senate passed the bill."
    assert ev.fallback_title("\n\nPARIS, Jan. 5, 2019 -- Police said.") == "Police said."
    assert ev.strip_dateline("Talks resume in Geneva") == "Talks resume in Geneva"
    long = "The Angels offered an eight-year contract to Mark Teixeira " * 4
    t = ev.fallback_title(long)
    assert len(t) <= ev.TITLE_MAX_CHARS + 1 and t.endswith("\u2026") and t.startswith("The Angels offered")


def test_events_make_event_title_falls_back_to_cleaned_lead():
    emb = HashEmbedder()
    t = "BEIRUT, Aug. 4 (AP) \u2014 A blast hit the port. Dozens were hurt."
    d = ev.make_doc("x", "2020-08-04", None, t, emb.embed([t])[0])
    assert ev.make_event(["x"], {"x": d}).title == "A blast hit the port."


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_events_fallback_title_never_raises_and_is_bounded(text):
    t = ev.fallback_title(text)
    assert len(t) <= ev.TITLE_MAX_CHARS + 1 and "\n" not in t


def test_eval_clustering_halves_share_no_topic_or_incident():
    from newsdesk.eval.clustering import half_of, halves

    recs = [{"id": f"a{i}", "event": f"e{i % 7}", "topic": str(i % 5)} for i in range(40)]
    recs += [{"id": f"g{i}", "event": f"inc{i % 9}"} for i in range(40)]  # no topic: by incident
    for key in ("topic", "event"):
        seen = {}
        for r in recs:
            if (key == "topic") != ("topic" in r):
                continue
            seen.setdefault(r[key], set()).add(half_of(r))
        assert all(len(v) == 1 for v in seen.values())
    assert {half_of(r) for r in recs} == {0, 1}
    assert {int(r["topic"]) % 2 for r in recs[:40] if half_of(r) == 1} == {1}  # integer topics: odd/even
    res = halves(recs, {r["id"]: r["event"] for r in recs})
    assert res["half0"]["f1"] == res["half1"]["f1"] == 1.0
    assert res["half0"]["articles"] + res["half1"]["articles"] == len(recs)


def test_storylines_average_link_does_not_chain(monkeypatch):
    from newsdesk.model import Event

    evs = [Event(f"e{i}", f"t{i}", f"2020-0{i + 1}-01", (f"a{i}",)) for i in range(5)]
    # a chain e0-e1-e2-e3 (each event linked to its neighbours only), e4 alone
    monkeypatch.setattr(sl, "links", lambda events, docs, *a: [("e0", "e1"), ("e1", "e2"), ("e2", "e3")])
    stories = sl.link(evs, {})
    assert sorted(s.event_ids for s in stories) == [("e0", "e1"), ("e2", "e3")]
    # connected components (share ~0) would make one storyline of the whole chain
    assert [s.event_ids for s in sl.link(evs, {}, min_linked_share=1e-9)] == [("e0", "e1", "e2", "e3")]
    # a triangle is one storyline: every pair linked
    monkeypatch.setattr(sl, "links", lambda events, docs, *a: [("e0", "e1"), ("e1", "e2"), ("e0", "e2")])
    assert [s.event_ids for s in sl.link(evs, {})] == [("e0", "e1", "e2")]


def test_eval_storylines_pair_scores():
    from newsdesk.eval.storylines import pair_scores

    gold = {"a": "s1", "b": "s1", "c": "s1", "d": "d"}
    pred = {"a": "x", "b": "x", "c": "c", "d": "x"}
    s = pair_scores(gold, pred)  # gold pairs ab ac bc; predicted ab ad bd
    assert (s["gold_pairs"], s["pred_pairs"]) == (3, 3)
    assert s["precision"] == pytest.approx(1 / 3) and s["recall"] == pytest.approx(1 / 3)


@pytest.mark.slow
def test_cli_eval_clustering_table_and_json(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "NEWSDESK_CACHE": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "newsdesk.cli", "eval", "clustering", "--dataset", str(FIX)]
    table = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, check=False)
    assert table.returncode == 0, table.stderr
    rows = {ln.split()[0]: ln.split()[1:5] for ln in table.stdout.splitlines()[2:] if ln.strip()}
    assert {"newsdesk", "half0", "half1", "baseline_tfidf"} <= rows.keys()
    assert rows["newsdesk"] == ["1.000", "1.000", "1.000", "4"]  # meet2024, meet2019, two quakes (ingested)
    res = json.loads(subprocess.run([*cmd, "--json", "--parts", "2", "--stage"], capture_output=True, text=True,
                                    env=env, timeout=600, check=False).stdout)
    assert res["newsdesk"]["pred_clusters"] == 4 and res["gold_events"] == 4 and res["parts"] == 2
    assert res["newsdesk"]["unassigned"] == 0 and res["stage_rebuild"]["f1"] == 1.0
    assert 0 < res["baseline_tfidf"]["f1"] <= 1 and "threshold" in res["baseline_tfidf"]


def test_eval_clustering_topic_subsets():
    from newsdesk.eval.clustering import topic_subsets

    emb = HashEmbedder()
    recs, docs = [], []
    for t, words in enumerate(["volcano lava ash", "election ballot turnout", "strike union wages",
                               "flood river levee"]):
        for j in range(3):
            text = f"{words} report {j}"
            recs.append({"id": f"t{t}-{j}", "topic": str(t), "event": f"ev{t}"})
            docs.append(ev.make_doc(f"t{t}-{j}", None, None, text, emb.embed([text])[0]))
    res = topic_subsets(recs, docs, size=2, draws=3)
    assert res["size"] == 2 and len(res["f1"]) == 2 + 3  # two blocks of two topics, three random draws
    assert res["min_f1"] == 1.0  # one obvious event per topic
    assert topic_subsets(recs, docs, size=0) == {}


def _one_article_events(spec):
    """Events of one article each: id -> (unit vector, participant keys)."""
    from newsdesk.model import Event

    docs = {f"a_{eid}": ev.make_doc(f"a_{eid}", None, None, "x", np.asarray(v, dtype=np.float32), ents)
            for eid, (v, ents) in spec.items()}
    return [Event(eid, None, None, (f"a_{eid}",)) for eid in spec], docs


def test_storylines_links_weight_shared_participants_by_rarity():
    """Six one-article events. C1, C2 are in four events (idf weight (ln(7/5)+1)/(ln(7/3)+1) = 0.72 each against a
    participant of exactly two events = 1.0); R1, R2 only in e0, e1; R3, R4 only in e4, e5, whose vectors are
    orthogonal. At min_shared 1.5: only e0-e1 (2 x 1.0 + 2 x 0.72) links; two common participants (1.45) do not,
    nor e4-e5 (cosine 0). At 1.4 the four events sharing C1, C2 all link. Block size never changes the pairs."""
    u, w = [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]
    common, rare = ("PER:c1", "ORG:c2"), ("LOC:r1", "NORP:r2")
    evs, docs = _one_article_events({
        "e0": (u, common + rare), "e1": (u, common + rare), "e2": (u, common), "e3": (u, common),
        "e4": (u, ("PER:r3", "PER:r4")), "e5": (w, ("PER:r3", "PER:r4"))})
    for chunk in (1, 4, 100):
        assert sl.links(evs, docs, 0.5, 1.5, chunk=chunk) == [("e0", "e1")]
        assert sl.links(evs, docs, 0.5, 1.4, chunk=chunk) == [
            ("e0", "e1"), ("e0", "e2"), ("e0", "e3"), ("e1", "e2"), ("e1", "e3"), ("e2", "e3")]
    assert sl.links(evs, docs, -1.0, 2.0) == [("e0", "e1"), ("e4", "e5")]  # e4-e5: 2 x 1.0, any cosine
    assert sl.links(evs, docs, 0.5, 2.0 + 1e-6) == [("e0", "e1")]


def test_storylines_salient_participants_named_in_half_the_articles():
    """Hand-made mutant storylines-any-participant-salient (`need = 1`): a participant is salient when named in at
    least half of the event's articles (2 of 4, 2 of 3), and only people, organisations, places and groups."""
    from newsdesk.model import Event

    v = [1.0, 0.0, 0.0]
    ents = {"a": ("PER:x", "ORG:y", "LOC:z"), "b": ("PER:x", "ORG:y"), "c": ("PER:x", "NUM:5"), "d": ("LOC:w",)}
    _, docs = _one_article_events({k: (v, e) for k, e in ents.items()})
    docs = {k[2:]: d for k, d in docs.items()}
    assert sl.salient_participants(Event("e", None, None, ("a", "b", "c", "d")), docs) == {"PER:x", "ORG:y"}
    assert sl.salient_participants(Event("e", None, None, ("a", "b", "c")), docs) == {"PER:x", "ORG:y"}
    assert sl.salient_participants(Event("e", None, None, ("d",)), docs) == {"LOC:w"}


def test_storylines_links_blocks_give_the_pairs_of_one_block():
    """Random events (three topics, four of fourteen participants each): the block products give the same pairs
    whatever the block size, across block boundaries; an event without articles is never linked."""
    from newsdesk.model import Event

    rng = np.random.default_rng(3)
    names = [f"PER:p{i}" for i in range(12)] + ["LOC:delhi", "ORG:un"]
    base = rng.normal(size=(3, 16))
    docs, evs = {}, []
    for i in range(40):
        v = base[i % 3] + 0.4 * rng.normal(size=16)
        ents = tuple(rng.choice(names, size=4, replace=False))
        docs[f"a{i}"] = ev.make_doc(f"a{i}", None, None, "x", (v / np.linalg.norm(v)).astype(np.float32), ents)
        evs.append(Event(f"e{i:02d}", None, None, (f"a{i}",)))
    evs.append(Event("e_empty", None, None, ("missing",)))  # no docs: no centroid, never linked
    whole = sl.links(evs, docs, 0.5, 1.5, chunk=1000)
    assert len(whole) > 5 and all(a < b and "e_empty" not in (a, b) for a, b in whole)
    assert sl.links(evs, docs, 0.5, 1.5, chunk=7) == whole
    assert sl.links(evs, docs, 0.5, 1.5, chunk=1) == whole


def test_cli_eval_bad_dataset_one_line_no_traceback(tmp_path):
    import os
    import subprocess
    import sys

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "event": "e"}\n{"id": "b"}\n{oops\n', encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    cases = [(["eval", "clustering", "--dataset", str(tmp_path / "none.jsonl")], "none.jsonl: no such file"),
             (["eval", "clustering", "--dataset", str(bad)], "bad.jsonl:2: record without event"),
             (["eval", "storylines", "--dataset", str(tmp_path)], "articles.jsonl: no such file"),
             (["eval", "dates", "--dataset", str(tmp_path / "nothing")], "No such file or directory")]
    for args, want in cases:
        p = subprocess.run([sys.executable, "-m", "newsdesk.cli", *args], capture_output=True, text=True, env=env,
                           timeout=300, check=False)
        assert p.returncode == 1, (args, p.stderr)
        assert want in p.stderr and "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 5), st.integers(0, 40)), min_size=3, max_size=30),
       st.lists(st.integers(1, 6), min_size=1, max_size=10))
@example(specs=[(0, 1, 0), (0, 1, 1), (3, 4, 2), (0, 1, 0)], batch_sizes=[1])  # shrunk: the old id collision (e606194)
def test_events_assign_batches_keep_every_article_once(specs, batch_sizes):
    """Whatever the batches: after each assign + apply_changes, every article seen is in exactly one event and
    event ids are unique (small instance-stage sizes so that splits and re-attachments happen)."""
    emb = HashEmbedder()
    topics = ["harbour bridge repairs council vote", "earthquake island magnitude injured",
              "minister talks defence supply", "election parliament turnout vote"]
    docs = []
    for i, (t, variant, day) in enumerate(specs):
        text = f"{topics[t]} report {variant} {'extra detail ' * (variant % 3)}"
        docs.append(ev.make_doc(f"d{i:02d}", f"2020-01-{1 + day % 28:02d}" if day < 35 else None, None, text,
                                emb.embed([text])[0]))
    p = DEFAULT.replace(EVENT_MIN_SPLIT=2, EVENT_MIN_INSTANCE=1, EVENT_LOCAL_MAX=8)
    events, seen, by_id, k, s = [], [], {}, 0, 0
    while s < len(docs):
        chunk = docs[s:s + batch_sizes[k % len(batch_sizes)]]
        s, k = s + len(chunk), k + 1
        by_id.update({d.id: d for d in chunk})
        seen += [d.id for d in chunk]
        events = ev.apply_changes(events, ev.assign(chunk, events, by_id, p))
        members = [a for e in events for a in e.article_ids]
        assert sorted(members) == sorted(seen)
        assert len({e.id for e in events}) == len(events)
