"""PLOVER record invariants that mutation testing found unguarded (mutation/survivors.toml): a record's evidence is
its own sentence, record ids tell apart the records of one trigger with different actors, and a merged record takes
the consensus date of its articles, not the first one's."""

from __future__ import annotations

from coded_text import code_text

from newsdesk import coding, model


def _rec(aid: str, date: str | None, place: str | None = "Lima") -> model.Record:
    return model.Record(id=f"r-{aid}", event_id=None, actor="Kenya", actor_country="KEN", action="ACCUSE",
                        target="Sudan", target_country="SDN", place=place, date=date, context=None,
                        evidence="Kenya accused Sudan of shelling border villages.", sources=(aid,))


def test_coding_record_evidence_is_its_own_sentence():
    """Mutant: evidence = the whole article text."""
    sentence = "France and Germany accused Russia of shelling the port on Friday."
    recs = code_text(f"Markets were calm on Monday. {sentence} Talks are planned for next month.")
    assert [(r.actor, r.action, r.target) for r in recs] == [("France", "ACCUSE", "Russia"),
                                                             ("Germany", "ACCUSE", "Russia")]
    assert {r.evidence for r in recs} == {sentence}


def test_coding_record_ids_differ_by_actor_and_stay_stable():
    """Mutant: the record id made without actor/target: both actors' records of one trigger share an id and the
    store (id primary key) keeps one of them."""
    text = "France and Germany accused Russia of shelling the port on Friday."
    first, again = code_text(text), code_text(text)
    assert len(first) == 2 and len({r.id for r in first}) == 2
    assert [r.id for r in first] == [r.id for r in again]  # content-derived: the same text gives the same ids
    assert {r.id for r in code_text(text, "b")}.isdisjoint(r.id for r in first)  # and another article other ids


def test_coding_merge_takes_consensus_date_not_first():
    """Mutant: the merged record's date taken from the first record."""
    rs = [_rec("a", "2024-03-01"), _rec("b", "2024-03-02"), _rec("c", "2024-03-02")]
    merged = coding.merge(rs, "ev")
    assert [(m.date, m.sources) for m in merged] == [("2024-03-02", ("a", "b", "c"))]
    assert [m.date for m in coding.merge(list(reversed(rs)), "ev")] == ["2024-03-02"]


SELF_TEXTS = ["Russia accused Russia of lying, the Russian foreign ministry said.",
              "Rajnath Singh met Singh in New Delhi on Friday.",
              "Kenya accused Sudan of shelling border villages."]


def test_coding_roles_never_give_a_trigger_its_actor_as_target(monkeypatch):
    """Mutant: the target filter of roles.events removed (`r.key not in keys and ...`); code() has a second guard,
    so this watches roles.events' own promise: actor and target never share a key or a name."""
    from newsdesk.coding import roles

    real, seen = roles.events, []

    def spy(*args, **kw):
        out = real(*args, **kw)
        seen.extend(out)
        return out

    monkeypatch.setattr(roles, "events", spy)
    for text in SELF_TEXTS:
        code_text(text)
    assert any(t.target is not None for t in seen)  # the Kenya/Sudan control keeps its target
    for t in seen:
        if t.target is not None:
            assert t.target.key not in {a.key for a in t.actors}
            assert t.target.text.lower() not in {a.text.lower() for a in t.actors}


def test_coding_code_drops_a_target_equal_to_its_actor(monkeypatch):
    """Mutant: code()'s own guard removed (`tgt = None  # never actor == target`): whatever roles.events returns,
    a record never names its actor as its target (same key, or the same name in another case)."""
    from newsdesk.coding import roles

    text = "Kenya accused Kenya of shelling border villages, and Kenya accused Sudan."
    ken = roles.Role("Kenya", 0, 5, "GPE:kenya", "GPE", "Kenya", "KEN")
    ken_again = roles.Role("kenya", 15, 20, "GPE:other", "GPE", "Kenya", "KEN")
    sudan = roles.Role("Sudan", 66, 71, "GPE:sudan", "GPE", "Sudan", "SDN")
    triggers = [roles.Trigger("ACCUSE", 6, 14, [ken], ken), roles.Trigger("ACCUSE", 6, 14, [ken], ken_again),
                roles.Trigger("ACCUSE", 54, 62, [ken], sudan)]
    monkeypatch.setattr(roles, "events", lambda *a, **kw: list(triggers))
    got = {(r.actor, r.target) for r in code_text(text)}
    assert got == {("Kenya", None), ("Kenya", "Sudan")}


def _r(aid, actor, target, action="ACCUSE", actor_c=None, target_c=None, evidence="They spoke.", span=(0, 5)):
    return model.Record(id=f"r-{aid}-{actor}-{target}", event_id=None, actor=actor, actor_country=actor_c,
                        action=action, target=target, target_country=target_c, place=None, date=None, context=None,
                        evidence=evidence, sources=(aid,), span=span)


def test_coding_merge_countries_fall_back_to_the_same_actors_and_targets():
    """Mutants: the country fallback reading another field (p[1] -> p[2], p[2] -> p[3]) or other actors (== -> >)."""
    rs = [_r("a", "Kenya", "Sudan"), _r("b", "Kenya", "Sudan", actor_c="KEN", target_c="SDN"), _r("c", "Kenya", "Sudan")]
    [m] = coding.merge(rs, "ev")
    assert (m.actor, m.actor_country, m.target, m.target_country) == ("Kenya", "KEN", "Sudan", "SDN")


def test_coding_merge_keeps_different_targets_apart_and_orders_by_sources():
    """Mutants: `if tk and (...)` -> `or` (every target dropped from the grouping key, so different targets
    merge) and `-len(sources)` -> `+` in the output order (most reported first)."""
    rs = [_r("a", "Kenya", "Sudan"), _r("b", "Kenya", "Ethiopia"), _r("c", "Kenya", "Ethiopia")]
    merged = coding.merge(rs, "ev")
    assert [(m.target, m.sources) for m in merged] == [("Ethiopia", ("b", "c")), ("Sudan", ("a",))]


def test_coding_merge_symmetric_action_does_not_chain_different_pairs():
    """Mutant: `_same(g[1], tk) and _same_t(g[2], ak)` -> `or` (A met B and B met C merged into one meeting)."""
    rs = [_r("a", "Maria Okafor", "Ivan Petrova", "CONSULT"), _r("b", "Ivan Petrova", "Grace Mensah", "CONSULT")]
    got = sorted((m.actor, m.target) for m in coding.merge(rs, "ev"))
    assert got == [("Ivan Petrova", "Grace Mensah"), ("Maria Okafor", "Ivan Petrova")]


def test_coding_merge_evidence_and_span_from_the_dated_report():
    """Mutants: the explicit-date search blanked (`r.evidence or ""` -> `and`), and the span kept only when the
    first source matches (`sources[:1]` -> `sources[:2]`)."""
    rs = [_r("a", "Kenya", "Sudan", evidence="Kenya accused Sudan again.", span=(0, 26)),
          _r("b", "Kenya", "Sudan", evidence="On Monday Kenya accused Sudan.", span=(10, 30))]
    [m] = coding.merge(rs, "ev")
    assert (m.evidence, m.span) == ("On Monday Kenya accused Sudan.", None)  # b is not the first source
    rs[1] = _r("0", "Kenya", "Sudan", evidence="On Monday Kenya accused Sudan.", span=(10, 30))
    [m] = coding.merge(rs, "ev")
    assert (m.evidence, m.span, m.sources) == ("On Monday Kenya accused Sudan.", (10, 30), ("0", "a"))


def test_coding_merge_prefers_a_full_name_to_a_surname():
    """Mutant: `len(person_key(actor)[0]) > 0` -> `<= 0` (the surname-only report's pair chosen)."""
    rs = [_r("a", "Singh", "Sergei Shoigu"), _r("b", "Rajnath Singh", "Sergei Shoigu")]
    assert [(m.actor, m.target, m.sources) for m in coding.merge(rs, "ev")] == \
        [("Rajnath Singh", "Sergei Shoigu", ("a", "b"))]


def test_coding_merge_full_actor_name_outranks_a_longer_pair():
    """Mutant: `len(person_key(actor)[0]) > 0` -> `> -1` (always true: only the length tie-break left): the
    surname-only report has the longer pair (a fuller target), yet the pair with the actor's full name wins."""
    rs = [_r("a", "Singh", "Sergei Kuzhugetovich Shoigu"), _r("b", "Rajnath Singh", "Shoigu")]
    assert [(m.actor, m.target, m.sources) for m in coding.merge(rs, "ev")] == \
        [("Rajnath Singh", "Shoigu", ("a", "b"))]


def test_coding_merge_a_one_letter_given_name_is_a_given_name():
    """Mutant: `len(person_key(actor)[0]) > 0` -> `> 1`: 'Ö Singh' has a given name ('o', one letter after
    folding; a one-letter Latin token with a full stop would be an initial), so his pair outranks the longer
    surname-only one."""
    rs = [_r("a", "Singh", "Sergei Kuzhugetovich Shoigu"), _r("b", "Ö Singh", "Shoigu")]
    assert [(m.actor, m.target, m.sources) for m in coding.merge(rs, "ev")] == [("Ö Singh", "Shoigu", ("a", "b"))]


def test_coding_merge_prefers_the_fuller_target_name():
    """Mutants: the length tie-break reading a country (`len(p[2] or "")` -> p[1] / p[3]) instead of the target."""
    rs = [_r("a", "Rajnath Singh", "Shoigu"), _r("b", "Rajnath Singh", "Sergei Shoigu")]
    assert [(m.actor, m.target) for m in coding.merge(rs, "ev")] == [("Rajnath Singh", "Sergei Shoigu")]
