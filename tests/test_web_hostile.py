"""Hostile requests: odd, huge, negative, forged or injected parameters are answered with a 4xx (or a 200 that
shows them as text), never a 5xx; naming the same entity twice for a pair is a 400 that says so."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsdesk[web]'")

from fastapi.testclient import TestClient  # noqa: E402
from web_fixtures import web_store  # noqa: E402

from newsdesk.web import create_app  # noqa: E402
from newsdesk.web.app import encode_cursor  # noqa: E402

INJECT = ["' OR 1=1 --", "\"; DROP TABLE articles; --", "%' OR '%'='", "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>", "javascript:alert(1)", "../../etc/passwd", "${7*7}{{7*7}}"]
ODD = ["-1", "0", "99999999999999999999999", "1e3", "abc", "", " ", "\x00", "\u202e\u0301", "\U0001F600" * 40,
       "ｔａｌｋｓ", "İstanbul", "ß", "%", "_", "\\", "NaN", "[]", "a" * 600, "2024-13-01", "0000-00-00", "2024-1-1"]
RAW = ["%ED%A0%80", "%FF%FE", "%C0%AF", "%00", "%E2%80%AE", "a%0Ab"]  # invalid UTF-8, NUL, RTL override, newline
LISTS = ["/api/v1/events", "/events", "/api/v1/articles", "/articles.csv", "/api/v1/entities", "/entities",
         "/api/v1/storylines", "/sources"]
PARAMS = ["limit", "next", "q", "since", "until", "source", "entity", "country", "action", "type"]
DETAILS = ["/api/v1/events/", "/events/", "/api/v1/entities/", "/entities/", "/api/v1/articles/", "/articles/",
           "/api/v1/storylines/", "/api/v1/sources/", "/sources/"]


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(web_store(), poll=False), raise_server_exceptions=False) as c:
        yield c


def check(r, where):
    assert r.status_code in (200, 400, 404), (where, r.status_code, r.text[:200])
    if r.status_code != 200:
        body = r.json()
        assert set(body) == {"ok", "error", "status"} and body["status"] == r.status_code, where
        assert "Traceback" not in body["error"] and "internal" not in body["error"], where


@pytest.mark.parametrize("path", LISTS)
def test_web_hostile_list_parameters_are_never_5xx(client, path):
    for name in PARAMS:
        for value in INJECT + ODD:
            check(client.get(path, params={name: value}), (path, name, value))
        for raw in RAW:
            check(client.get(f"{path}?{name}={raw}"), (path, name, raw))


def test_web_hostile_limits_and_ids(client):
    for value in ("-1", "0", "501", "99999999999999999999999", "1.5", "abc"):
        r = client.get("/api/v1/events", params={"limit": value})
        assert r.status_code == 400 and "limit" in r.json()["error"], value
    for value in [v for v in INJECT + ODD if v] + [quote(x, safe="") for x in RAW]:
        for path in DETAILS:
            r = client.get(path + quote(value, safe=""))
            check(r, (path, value))
            assert r.status_code in (400, 404) or path.endswith("sources/"), (path, value)
    for raw in RAW:
        for path in DETAILS + ["/static/"]:
            r = client.get(path + raw)
            assert r.status_code in (400, 404), (path, raw, r.status_code)


@pytest.mark.parametrize("path,keyset", [
    ("/api/v1/articles", ["x"]), ("/api/v1/articles", [10 ** 30]), ("/api/v1/articles", [True]),
    ("/api/v1/events", [1, 2]), ("/api/v1/events", [10 ** 30, "a"]), ("/api/v1/events", ["a"]),
    ("/api/v1/entities", ["x", "a", "b"]), ("/api/v1/entities", [2 ** 63, "a", "b"]),
    ("/api/v1/entities", [1, 2, 3]), ("/api/v1/storylines", [1]), ("/api/v1/sources", [10 ** 30]),
    ("/events.csv", [1, 2]), ("/entities", ["x", "a", "b"])])
def test_web_forged_cursor_is_400(client, path, keyset):
    """A cursor that decodes but holds the wrong types or an out-of-range number is not ours: 400, not a 500
    from the database binding it."""
    r = client.get(path, params={"next": encode_cursor(keyset)})
    assert r.status_code == 400 and r.json()["error"] == "next: not a cursor this server issued"


@pytest.mark.parametrize("a,b", [("Rajnath Singh", "Rajnath Singh"), ("Rajnath Singh", "rajnath singh"),
                                 ("Richard Marles", "RICHARD MARLES")])
def test_web_pairs_same_entity_is_400_with_a_clear_message(client, a, b):
    for path in ("/api/v1/pairs", "/pairs", "/api/v1/pairs.csv"):
        r = client.get(path, params={"a": a, "b": b})
        assert r.status_code == 400, (path, r.status_code)
        body = r.json()
        assert body == {"ok": False, "status": 400, "error": body["error"]}
        assert "same entity" in body["error"] and "two different entities" in body["error"]
    ent = client.get("/api/v1/entities/" + quote(a)).json()
    r = client.get("/api/v1/pairs", params={"a": ent["id"], "b": a})  # by id and by name
    assert r.status_code == 400 and "same entity" in r.json()["error"]


def test_web_pairs_same_entity_cli_is_one_line(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "newsdesk.cli", "--db", web_store(), "pairs", "Rajnath Singh",
                           "rajnath singh", "--json"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "same entity" in lines[0] and "Traceback" not in proc.stderr


@pytest.mark.parametrize("value", INJECT)
def test_web_hostile_query_echo_is_escaped(client, value):
    """Filters are shown back in the page's form: as text, never as markup."""
    for path in ("/events", "/articles"):
        r = client.get(path, params={"q": value, "source": value, "entity": value})
        assert r.status_code == 200
        assert "<script>alert" not in r.text and "<img src=x" not in r.text
        assert 'href="javascript:' not in r.text
    r = client.get("/api/v1/events", params={"q": value})
    assert r.status_code == 200 and json.loads(r.text)["ok"] is True


# --- the cursor is a parser: any token is a keyset of the list's types or a BadParameter -------------------------
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsdesk.web.app import ARTICLES_KEY, ENTITIES_KEY, EVENTS_KEY, NAME_KEY, BadParameter, decode_cursor  # noqa: E402

KEYS = [ARTICLES_KEY, EVENTS_KEY, ENTITIES_KEY, NAME_KEY]
JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                       lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(), c, max_size=3), max_leaves=8)


@given(token=st.text(max_size=80) | JSONISH.map(lambda v: encode_cursor(v) if isinstance(v, list) else str(v)))
def test_web_cursor_decode_any_token_is_keyset_or_400(token):
    for kinds in KEYS:
        try:
            keyset = decode_cursor(token, kinds)
        except BadParameter as exc:
            assert str(exc) == "next: not a cursor this server issued"
            continue
        if keyset is None:
            assert not token
            continue
        assert [type(k) for k in keyset] == list(kinds)
        assert all(-2 ** 63 <= k < 2 ** 63 for k in keyset if type(k) is int)


@given(st.sampled_from(KEYS).flatmap(lambda kinds: st.tuples(*[
    st.integers(-2 ** 63, 2 ** 63 - 1) if k is int else st.text() for k in kinds])))
def test_web_cursor_round_trip(keyset):
    kinds = tuple(type(k) for k in keyset)
    assert decode_cursor(encode_cursor(list(keyset)), kinds) == list(keyset)
