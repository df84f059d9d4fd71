"""settings.Settings: one frozen object built from the SETTINGS table, overridden per run (`replace`, `--setting`),
and the overrides reach the pipeline."""

import os
import subprocess
import sys

import pytest

from newsdesk import settings
from newsdesk.errors import NewsdeskError
from newsdesk.settings import DEFAULT, SETTINGS


def test_settings_default_holds_every_table_value():
    assert DEFAULT.as_dict() == {name: s.default for name, s in SETTINGS.items()}
    assert DEFAULT.EVENT_THRESHOLD == settings.EVENT_THRESHOLD and DEFAULT.PROCESS_CHUNK == settings.PROCESS_CHUNK


def test_settings_replace_is_a_new_frozen_object():
    s = DEFAULT.replace(PROCESS_CHUNK=8, EVENT_THRESHOLD=0.5)
    assert (s.PROCESS_CHUNK, s.EVENT_THRESHOLD) == (8, 0.5)
    assert SETTINGS["PROCESS_CHUNK"].default == DEFAULT.PROCESS_CHUNK  # the default is untouched
    assert s.overrides == {"PROCESS_CHUNK": 8, "EVENT_THRESHOLD": 0.5}
    with pytest.raises(AttributeError, match="frozen"):
        s.PROCESS_CHUNK = 3
    assert s == DEFAULT.replace(EVENT_THRESHOLD=0.5, PROCESS_CHUNK=8) and s != DEFAULT


@pytest.mark.parametrize(("kw", "message"), [
    ({"NO_SUCH": 1}, "no setting named NO_SUCH"),
    ({"PROCESS_CHUNK": 2.5}, "PROCESS_CHUNK takes a int"),
    ({"PROCESS_CHUNK": True}, "PROCESS_CHUNK takes a int"),
    ({"EVENT_THRESHOLD": "high"}, "EVENT_THRESHOLD takes a float"),
    ({"EVENT_THRESHOLD": None}, "EVENT_THRESHOLD cannot be none"),
])
def test_settings_replace_checks_names_and_types(kw, message):
    with pytest.raises(ValueError, match=message):
        DEFAULT.replace(**kw)


def test_settings_parse_command_line_values():
    s = DEFAULT.parse(["EVENT_THRESHOLD=0.3", "PROCESS_CHUNK=16", "EVENT_SPLIT_THRESHOLD=none"])
    assert (s.EVENT_THRESHOLD, s.PROCESS_CHUNK, s.EVENT_SPLIT_THRESHOLD) == (0.3, 16, None)
    assert DEFAULT.replace(EVENT_THRESHOLD=1).EVENT_THRESHOLD == 1  # an int is a valid float
    for bad in (["PROCESS_CHUNK"], ["PROCESS_CHUNK=x"]):
        with pytest.raises(ValueError):
            DEFAULT.parse(bad)
    with pytest.raises(NewsdeskError, match="no setting named NOPE"):
        settings.from_cli(["NOPE=1"])


def test_settings_override_reaches_the_dedup_stage():
    from newsdesk.eval import run_product

    text = ("The council approved the new bridge budget on Tuesday after a long debate about costs and delays. "
            "Work on the crossing is due to start in the spring and take two years to finish, officials said.")
    recs = [{"id": "a", "text": text, "source": "A"}, {"id": "b", "text": text + " Updated.", "source": "B"}]
    with run_product(recs, until="dedup") as run:
        assert len(run.store.dup_pairs()) == 1
    with run_product(recs, until="dedup", settings=DEFAULT.replace(DEDUP_MIN_JACCARD=1.0)) as run:
        assert run.store.dup_pairs() == []  # the override changed what the stage found


def test_cli_setting_unknown_name_is_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "newsdesk.cli", "--db", str(tmp_path / "x.duckdb"), "ingest",
                           "--setting", "NOPE=1", str(tmp_path)], capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"}, check=False, timeout=300)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "newsdesk: no setting named NOPE (see `newsdesk settings`)"


def test_settings_override_reaches_coding_and_entities():
    """The Settings object passed through pipeline.run reaches coding and entities (not their module constants):
    CODING_MAX_SENTENCES=0 codes nothing through the product path; the other overrides change their stage's
    answer on the same input."""
    from newsdesk import coding, entities
    from newsdesk.entities.normalise import given_compatible
    from newsdesk.eval import run_product
    from newsdesk.model import Article, Entity, Mention, Record

    recs = [{"id": "a", "published": "2021-03-05", "text": "Russian President Vladimir Putin met Chinese "
             "President Xi Jinping in Moscow on Monday. Putin praised the visit, officials said."}]
    with run_product(recs) as run:
        rows = run.store.rows("SELECT actor, action, target FROM records")
        assert any(act == "CONSULT" and "Putin" in a and "Xi Jinping" in (t or "") for a, act, t in rows), rows
    with run_product(recs, settings=DEFAULT.replace(CODING_MAX_SENTENCES=0)) as run:
        assert run.store.count("records") == 0

    arts = [Article("a1", "a1", "S", None, "t", "text", "text", "2008-01-09", "metadata", None, "en", (), (), "now")]
    rec = Record("r", None, "Apple", None, "CONSULT", None, None, None, "2008-01-04", None, "They met on Friday.",
                 ("a1",))
    assert coding.event_when_where(arts, [rec])[0] == "2008-01-04"  # 5 days before publication: within 7
    assert coding.event_when_where(arts, [rec], DEFAULT.replace(EVENT_DATE_MAX_LEAD_DAYS=3))[0] == "2008-01-09"

    people = [Entity(f"e{i}", f"Person {i}", "PERSON") for i in range(3)]
    mentions = [Mention(f"e{i}", "a1", f"Person {i}", 0, 8) for i in range(3)]
    assert len(entities.participants(people, mentions, ["a1"])) == 3
    assert len(entities.participants(people, mentions, ["a1"], DEFAULT.replace(ENTITY_PARTICIPANTS_MAX=1))) == 1

    assert given_compatible("jon", "john", DEFAULT.ENTITY_GIVEN_NAME_MIN_RATIO)
    assert not given_compatible("jon", "john", 90)
