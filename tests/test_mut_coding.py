"""PLOVER coding behaviour that mutation testing (make mutate, session 4) found unguarded: merge's choice of the
most reported (actor, target) pair."""

from __future__ import annotations

from newsdesk import coding, model


def _r(aid: str, actor: str, target: str | None, action: str = "ACCUSE") -> model.Record:
    return model.Record(id=f"r-{aid}", event_id=None, actor=actor, actor_country=None, action=action, target=target,
                        target_country=None, place=None, date=None, context=None, evidence="They spoke.",
                        sources=(aid,), span=(0, 5))


def test_coding_merge_most_reported_pair_outranks_a_fuller_name():
    """Mutants: the pair count keyed or looked up on the actor's country (`(p[0], p[2])` -> `(p[0], p[1])` in the
    Counter or the lookup, or `(p[1], p[2])`): every count is then 0 and the fullest names win. Two reports name
    the target 'Shoigu', one 'Sergei Shoigu': the most reported pair is the merged one."""
    rs = [_r("a", "Rajnath Singh", "Shoigu"), _r("b", "Rajnath Singh", "Sergei Shoigu"),
          _r("c", "Rajnath Singh", "Shoigu")]
    assert [(m.actor, m.target, m.sources) for m in coding.merge(rs, "ev")] == \
        [("Rajnath Singh", "Shoigu", ("a", "b", "c"))]
    # with the counts level the fuller name wins (the tie-break the count comes before)
    assert [(m.actor, m.target) for m in coding.merge(rs[:2], "ev")] == [("Rajnath Singh", "Sergei Shoigu")]
