"""Event clustering and storyline grouping that mutation testing (make mutate, session 4) found unguarded:
`_greedy`'s date conflicts and its instance-split stage, `_split`'s choice of sibling for a small piece,
`_components`' union of a chain, and `storylines.link`'s components and member order. The clustering settings
are pinned here (DEFAULT's values when written), so re-tuning them does not change what is tested."""

from __future__ import annotations

import importlib

import numpy as np

from newsdesk import events as ev
from newsdesk import storylines
from newsdesk.embed import HashEmbedder
from newsdesk.model import Event, content_id
from newsdesk.settings import DEFAULT

cluster = importlib.import_module("newsdesk.events.cluster")
features = importlib.import_module("newsdesk.events.features")

P = DEFAULT.replace(EVENT_THRESHOLD=0.2, EVENT_SPLIT_THRESHOLD=-0.025, EVENT_MIN_SPLIT=4, EVENT_MIN_INSTANCE=2,
                    EVENT_DATE_PENALTY=0.03, EVENT_MAX_GAP_DAYS=365)
TEXT = "Storm floods the river town of Kelso; 40 homes evacuated."


def _greedy(days: list[str]) -> list[list[str]]:
    v = HashEmbedder().embed([TEXT])[0]
    docs = [ev.make_doc(f"d{i}", d, None, TEXT, v, ["LOC:kelso"]) for i, d in enumerate(days)]
    return cluster._greedy(features.Features(docs), list(range(len(docs))), P)


def test_greedy_a_date_conflict_keeps_the_article_out():
    """Mutant: a group with a date conflict averaged to +inf instead of -inf: the same text three years later
    joins the small group (below EVENT_MIN_SPLIT the best average wins)."""
    assert _greedy(["2020-01-01", "2020-01-02", "2023-06-01"]) == [["d0", "d1"], ["d2"]]


def test_greedy_instance_split_opens_a_new_event_below_the_split_threshold():
    """Mutants of `v >= best` (-> `!=`, `not ...`): the fourth report of the same text nine months later is in
    the topic, but its local similarity (the date penalty) is below EVENT_SPLIT_THRESHOLD: a new event."""
    assert _greedy(["2020-01-01", "2020-01-02", "2020-01-03", "2020-10-01"]) == [["d0", "d1", "d2"], ["d3"]]


def _vec(*xs: float) -> np.ndarray:
    v = np.zeros(8, dtype=np.float32)
    v[:len(xs)] = xs
    return v / np.linalg.norm(v)


def test_split_small_piece_joins_its_nearest_sibling():
    """Mutant: `labels == o` -> `!=` in `_split` (the piece compared with everything but the sibling). Local
    similarity from the vectors alone (no text): 'p' is below the split threshold to both instances, nearer a*."""
    docs = [ev.make_doc(f"a{i}", "2020-01-01", None, "", _vec(1, 0, 0), []) for i in range(3)] + \
           [ev.make_doc(f"b{i}", "2020-01-01", None, "", _vec(0, 1, 0), []) for i in range(3)] + \
           [ev.make_doc("p", "2020-01-01", None, "", _vec(0, -0.1, 1), [])]
    S = features.local_sim(docs, P)
    assert S[6, 3] < S[6, 0] < P.EVENT_SPLIT_THRESHOLD  # the premise: a piece of its own, nearer the a's
    assert sorted(cluster._split(docs, P)) == [["a0", "a1", "a2", "p"], ["b0", "b1", "b2"]]


def test_components_join_a_chain_through_its_middle():
    """Mutant: `if a != b` -> `a > b` in `_components`' union-find: x0 and x1 are unlike, x2 (both texts) is like
    each; visited in date order the pair (x2, x1) was skipped and x1 left its own event."""
    emb = HashEmbedder()
    a = "Parliament passes the budget bill by 210 votes to 190 after a long debate in the capital on Tuesday."
    b = "Farmers block the highway with tractors to protest against new diesel taxes near the northern border."
    texts = {"x0": a, "x1": b, "x2": f"{a} {b}"}
    docs = [ev.make_doc(k, f"2021-05-0{j + 1}", None, t, emb.embed([t])[0], []) for j, (k, t) in enumerate(texts.items())]
    assert cluster.cluster(docs, P) == [["x0", "x1", "x2"]]


def test_storyline_link_joins_a_chain_and_orders_members_by_date(monkeypatch):
    """Mutants in `storylines.link`: the union `ra != rb` -> `ra < rb` (e2, linked only to e3 after e3 joined e1,
    left out) and the member order `e.date or ""` -> `and` (members by id, not date; the storyline id is its
    earliest event's). Linked pairs given, so only the grouping is under test."""
    events = [Event("e1", "One", "2021-05-01", ()), Event("e2", "Two", "2021-03-01", ()),
              Event("e3", "Three", "2021-04-01", ()), Event("e4", "Four", None, ())]
    monkeypatch.setattr(storylines, "links", lambda *a, **k: [("e1", "e3"), ("e2", "e3"), ("e3", "e4")])
    [story] = storylines.link(events, {}, min_linked_share=0.3)
    assert story.event_ids == ("e2", "e3", "e1", "e4")  # by date, the undated last
    assert (story.id, story.title) == (content_id("storyline", "e2", prefix="st_"), "Two")


def test_storylines_min_shared_zero_links_on_the_centroid_alone():
    """Mutants of the any-pair switch (`min_shared <= 0` -> `< 0` / `<= -1`, now `_needed`): with STORY_MIN_SHARED
    at 0 a pair of alike events is linked without any shared participant, in `links` and in `update`'s full
    recompute; with 1 it is not."""
    v = np.zeros(8, dtype=np.float32)
    v[0] = 1
    docs = {"a1": ev.make_doc("a1", "2021-03-01", None, "Talks.", v, ["PERSON:maria okafor"]),
            "a2": ev.make_doc("a2", "2022-03-01", None, "Talks.", v, ["PERSON:ivan petrova"]),
            "a3": ev.make_doc("a3", "2023-03-01", None, "Talks.", v, ["PERSON:grace mensah"])}
    events = [Event("e1", "One", "2021-03-01", ("a1",)), Event("e2", "Two", "2022-03-01", ("a2",)),
              Event("e3", "Three", "2023-03-01", ("a3",))]
    summ = {e.id: storylines.summary(e, docs) for e in events}
    assert storylines.links(events, docs, min_cosine=0.5, min_shared=0) == [("e1", "e2"), ("e1", "e3"), ("e2", "e3")]
    up = storylines.update(events, summ, min_cosine=0.5, min_shared=0, min_linked_share=0.5)
    assert [s.event_ids for s in up.storylines] == [("e1", "e2", "e3")]
    assert storylines.links(events, docs, min_cosine=0.5, min_shared=1) == []
    assert storylines.update(events, summ, min_cosine=0.5, min_shared=1, min_linked_share=0.5).storylines == []
