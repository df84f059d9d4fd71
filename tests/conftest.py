import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Hypothesis: random examples by default (local runs keep exploring); `.ci/run` sets HYPOTHESIS_PROFILE=ci, a fixed
# example sequence, so a CI result is reproducible and a failure found there is found again on the same commit.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def shared_data():
    """The shared dev sets, when this clone sits beside ../shared (CI has it); tests that need it skip otherwise."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data not beside this clone")
    return SHARED_DATA


# --- store backends: the store and engine suites run on DuckDB and, where NEWSDESK_TEST_PG is set, PostgreSQL -----
PG_URL = os.environ.get("NEWSDESK_TEST_PG")


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL schema on the test server (`.ci/run` starts one and sets NEWSDESK_TEST_PG),
    as a store URL; dropped afterwards. Skips without the server."""
    if not PG_URL:
        pytest.skip("NEWSDESK_TEST_PG not set (bash .ci/run starts a throwaway PostgreSQL server)")
    import uuid

    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["duckdb", "postgres"])
def db_url(request, tmp_path):
    """A new store on each backend: a DuckDB file, then a PostgreSQL schema (open it with `store.open_store`)."""
    if request.param == "duckdb":
        return str(tmp_path / "store.duckdb")
    return request.getfixturevalue("pg_url")
