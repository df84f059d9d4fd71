"""Instance evidence (events/instance.py): places, streets, people, ages, times and stated days, and how they keep
same-kind incidents apart."""

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk import events as ev
from newsdesk.embed import HashEmbedder
from newsdesk.events.instance import InstanceMatrix, instance_keys
from newsdesk.settings import DEFAULT

LEAD = ("Four people were shot, one man fatally, outside a North Long Beach home Sunday, a Long Beach police "
        "spokesperson said. Paramedics rushed Randy Chapman, 23, to an area hospital. The shootings were "
        "reported at 12:05 a.m. in the 300 block of East Home Street, according to police.")


def _kinds(keys, kind):
    return {v for k, v in keys if k == kind}


def test_events_instance_keys_of_a_local_report():
    keys = instance_keys("Four shot, man dead in Long Beach", LEAD, dt.date(2013, 4, 9),
                         ["LOC:long beach", "LOC:california", "PER:randy chapman"])
    assert _kinds(keys, "city") == {"long beach"}
    assert _kinds(keys, "state") == {"CA"}
    assert _kinds(keys, "street") == {"home st"}
    assert _kinds(keys, "person") == {"randy chapman"}
    assert _kinds(keys, "age") == {"23"}
    assert _kinds(keys, "time") == {"00:05"}
    # "Sunday" in an article published on Tuesday 2013-04-09 is Sunday 2013-04-07
    assert _kinds(keys, "day") == {str(dt.date(2013, 4, 7).toordinal())}


def test_events_instance_city_resolves_state_from_context_not_population():
    # Brownsville (Texas is the larger namesake) settles to New York when the article names New York
    keys = instance_keys(None, "A shooting in Brownsville, New York.", None, ["LOC:brownsville", "LOC:new york"])
    assert "NY" in _kinds(keys, "state") and "TX" not in _kinds(keys, "state")
    alone = instance_keys(None, "A shooting in Brownsville.", None, ["LOC:brownsville"])
    assert _kinds(alone, "city") == {"brownsville"} and not _kinds(alone, "state")


def test_events_instance_days_undated_and_background():
    text = "The boy was shot on Friday. The suspect, born March 3, 1990, was arrested on April 2, 2016."
    undated = instance_keys(None, text, None, [])
    assert _kinds(undated, "day") == {str(dt.date(1990, 3, 3).toordinal()), str(dt.date(2016, 4, 2).toordinal())}
    dated = instance_keys(None, text, dt.date(2016, 4, 4), [])  # a Monday: Friday is April 1; 1990 is background
    assert _kinds(dated, "day") == {str(dt.date(2016, 4, 1).toordinal()), str(dt.date(2016, 4, 2).toordinal())}
    # a month-day date after the publication day is last year's
    assert _kinds(instance_keys(None, "on Dec. 30", dt.date(2016, 1, 5), []), "day") == {
        str(dt.date(2015, 12, 30).toordinal())}


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_events_instance_keys_never_raise(text, day):
    keys = instance_keys(text[:20], text, day, ["LOC:" + text[:10].lower(), "PER:" + text[:12].lower()])
    assert all(k in {"city", "state", "street", "person", "age", "time", "day", "floor", "wday"} for k, _ in keys)


def test_events_instance_evidence_agree_and_conflict():
    a = (("city", "chicago"), ("person", "jo doe"), ("day", "100"))
    b = (("city", "chicago"), ("person", "jo doe"), ("day", "101"))  # one day apart: agrees
    c = (("city", "evanston"), ("person", "al roe"), ("day", "140"))
    d = (("age", "7"),)  # nothing in common, nothing contradicting
    m = InstanceMatrix([a, b, c, d], [100, 101, 140, None])
    E = m.evidence(np.arange(4), np.arange(4), 1.0, 10.0)
    assert E[0, 1] == 2.0  # person and day agree (city is no agreement kind)
    assert E[0, 2] == -20.0  # city and day conflict
    assert E[0, 3] == 0.0 and E[2, 3] == 0.0
    undated = InstanceMatrix([a, c], [None, 140])  # stated days conflict only between dated articles
    assert undated.evidence(np.arange(2), np.arange(2), 1.0, 10.0)[0, 1] == -10.0


def test_events_instance_day_and_time_agree_only_where_places_do_not_conflict():
    # two shootings on the same Saturday night at 10 p.m., one in Burlington, N.J., one in Durham, N.C.: the day
    # and the time of day say nothing of one incident when the places differ; in one city they do
    burlington = (("city", "burlington"), ("state", "NJ"), ("day", "736196"), ("time", "22:00"))
    durham = (("city", "durham"), ("state", "NC"), ("day", "736196"), ("time", "22:00"))
    durham_again = (("city", "durham"), ("day", "736196"), ("time", "22:00"))
    no_place = (("day", "736196"), ("time", "22:00"))
    m = InstanceMatrix([burlington, durham, durham_again, no_place], [736197] * 4)
    E = m.evidence(np.arange(4), np.arange(4), 1.0, 10.0)
    assert E[0, 1] == -20.0  # city and state conflict; the day and time no longer agree (was -18)
    assert E[1, 2] == 2.0 and E[0, 3] == 2.0  # no place conflict: day and time agree
    assert E[0, 2] == -10.0  # a city conflict alone also unbinds them


def _shooting(i, name, age, street, weekday, published, hour):
    text = (f"A man was shot and killed in Chicago on {weekday} night, police said. {name}, {age}, was found "
            f"with a gunshot wound in the 1200 block of {street} at {hour} p.m. and was pronounced dead at a "
            "hospital. No one is in custody and detectives are investigating the shooting in Chicago.")
    return i, published, f"Man shot dead in Chicago, police say ({i})", text


def test_events_instance_keeps_same_city_shootings_apart():
    arts = [_shooting("a1", "Jamal Carter", 24, "West Adams Street", "Saturday", "2016-06-05", 11),
            _shooting("a2", "Jamal Carter", 24, "West Adams Street", "Saturday", "2016-06-06", 11),
            _shooting("b1", "Luis Moreno", 31, "South Halsted Street", "Tuesday", "2016-06-08", 9),
            _shooting("b2", "Luis Moreno", 31, "South Halsted Street", "Tuesday", "2016-06-09", 9)]
    ents = {"a": ["PER:jamal carter", "LOC:chicago"], "b": ["PER:luis moreno", "LOC:chicago"]}
    vecs = HashEmbedder().embed([t + "\n" + x for _, _, t, x in arts])
    docs = [ev.make_doc(i, p, t, x, v, ents[i[0]]) for (i, p, t, x), v in zip(arts, vecs, strict=True)]
    p = DEFAULT
    without = p.replace(EVENT_INSTANCE_AGREE=0.0, EVENT_INSTANCE_CONFLICT=0.0)
    feats = ev.Features(docs)
    S, S0 = feats.sim(np.arange(4), None, p), feats.sim(np.arange(4), None, without)
    # a1/a2 agree on person, street, time of day and day; a1/b1 conflict on age, day, street and time of day (city
    # and state agree)
    assert np.isclose(S[0, 1] - S0[0, 1], 4 * p.EVENT_INSTANCE_AGREE)
    assert np.isclose(S[0, 2] - S0[0, 2], -4 * p.EVENT_INSTANCE_CONFLICT)
    # with a topic threshold between the two a-b similarities, the evidence alone decides the clustering
    cut = float(S[0, 2] + S0[0, 2]) / 2
    topic_only = p.replace(EVENT_THRESHOLD=cut, EVENT_MIN_SPLIT=99, EVENT_FEW_PAIRS_MARGIN=0.0)
    assert sorted(sorted(e.article_ids) for e in ev.rebuild(docs, topic_only)) == [["a1", "a2"], ["b1", "b2"]]
    assert len(ev.rebuild(docs, without.replace(EVENT_THRESHOLD=cut, EVENT_MIN_SPLIT=99,
                                                EVENT_FEW_PAIRS_MARGIN=0.0))) == 1


def test_events_instance_places_from_datelines_agencies_and_compass_names():
    # a dateline with an AP state abbreviation: the city, and the state beside it
    keys = instance_keys("Police: 16-year-old shot", "NEWPORT NEWS, Va. (WAVY) \u2014 Police say a boy was shot.",
                         None, [])
    assert _kinds(keys, "city") == {"newport news"} and _kinds(keys, "state") == {"VA"}
    # "City, St." in running text
    keys = instance_keys(None, "The shooting happened in Lawrence, Kan., on Friday.", None, [])
    assert _kinds(keys, "city") == {"lawrence"} and _kinds(keys, "state") == {"KS"}
    # a local agency named after its place, as an ORG span or in the text when NER misses it
    assert _kinds(instance_keys(None, "A gunman fled.", None, ["ORG:vallejo police"]), "city") == {"vallejo"}
    keys = instance_keys(None, "Chattanooga Police are investigating after a teen was shot.", None, [])
    assert _kinds(keys, "city") == {"chattanooga"} and _kinds(keys, "state") == {"TN"}
    # a compass part of a city names the city
    keys = instance_keys(None, "Four men were shot in South Los Angeles.", None, ["LOC:south los angeles"])
    assert _kinds(keys, "city") == {"los angeles"}
    # an unknown agency or capitalised phrase adds nothing
    assert not _kinds(instance_keys(None, "State Police said. Capitol Police said.", None, []), "city")


def test_events_instance_agency_place_conflicts_with_another_city():
    a = instance_keys(None, "Chattanooga Police are investigating after a 15-year-old was shot.", None, [])
    b = instance_keys(None, "A teen died in an accidental shooting in Kansas City.", None, ["LOC:kansas city"])
    m = InstanceMatrix([a, b], [None, None])
    assert m.evidence(np.arange(2), np.arange(2), 0.0, 1.0)[0, 1] == -1.0  # the cities conflict


def test_events_instance_streets_conflict():
    # two shootings in one city, each at its own address: the streets conflict (one incident has one address);
    # an article naming no street neither agrees nor conflicts
    a = instance_keys(None, "Four people were shot in the 2400 block of Bost Street in Charlotte.", None,
                      ["LOC:charlotte"])
    b = instance_keys(None, "Four people were shot on Remount Road in west Charlotte.", None, ["LOC:charlotte"])
    c = instance_keys(None, "Four people were shot in west Charlotte, police said.", None, ["LOC:charlotte"])
    assert _kinds(a, "street") == {"bost st"} and _kinds(b, "street") == {"remount rd"}
    E = InstanceMatrix([a, b, c], [None] * 3).evidence(np.arange(3), np.arange(3), 0.0, 1.0)
    assert E[0, 1] == -1.0 and E[0, 2] == 0.0 and E[1, 2] == 0.0


def test_events_instance_times_of_day_conflict():
    # a Chicago shooting at 11 p.m. and another at 9 p.m. the same night: two incidents; a report stating no time
    # neither agrees nor conflicts
    a = instance_keys(None, "A girl, 5, was shot at 11 p.m. in West Englewood.", None, [])
    b = instance_keys(None, "A boy, 11, was hit by a bullet about 9 p.m. on Western Avenue.", None, [])
    c = instance_keys(None, "Children were shot in Chicago over the holiday weekend.", None, [])
    keys = [[kv for kv in k if kv[0] == "time"] for k in (a, b, c)]
    E = InstanceMatrix(keys, [None] * 3).evidence(np.arange(3), np.arange(3), 0.0, 1.0)
    assert keys[0] == [("time", "23:00")] and E[0, 1] == -1.0 and E[0, 2] == 0.0


def test_events_instance_spokespeople_are_no_participants():
    # a police spokeswoman, a police chief and a station's reporter speak for every incident of their city: their
    # names are no person keys; the victim's is
    text = ("Miami police spokeswoman Frederica Burden said seven were hurt. Police Chief Manuel Orosa said "
            "patrols would grow. NBC 6's Jamie Guirola reports. Kevin Richardson, 17, died at the scene.")
    ents = ["PER:frederica burden", "PER:manuel orosa", "PER:jamie guirola", "PER:kevin richardson"]
    assert _kinds(instance_keys(None, text, None, ents), "person") == {"kevin richardson"}
    # two reports of two shootings quoting the same spokeswoman do not agree on a person
    other = instance_keys(None, "Miami police spokeswoman Frederica Burden said 15 were shot at a club.", None,
                          ["PER:frederica burden"])
    m = InstanceMatrix([instance_keys(None, text, None, ents), other], [None, None])
    assert m.evidence(np.arange(2), np.arange(2), 1.0, 0.0)[0, 1] == 0.0


def test_events_instance_times_leave_out_page_stamps():
    text = ("Teen shot in Chattanooga\nPosted: Monday, March 14, 2016 12:52 PM EDT\nUpdated at 6:31 PM\n"
            "The shooting happened just before 11 a.m. Videos posted of the shooting, which occurred at 10:45 a.m., "
            "spread.")
    assert _kinds(instance_keys(None, text, None, []), "time") == {"11:00", "10:45"}
