"""Schemathesis over /openapi.json: every API operation, every check (`call_and_validate` runs them all: no 5xx,
documented status codes and content types, schema-valid data accepted, schema-violating data rejected, 405 with
Allow for other methods...), 100 examples per operation.

The `next` cursor is left out of generated requests: any string is schema-valid, but only cursors the server
issued mean something (others are a 400, tested in test_web_app)."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsdesk[web]'")
schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from web_fixtures import web_store  # noqa: E402

from newsdesk.web import create_app  # noqa: E402

EXAMPLES = int(os.environ.get("NEWSDESK_SCHEMATHESIS_EXAMPLES", "100"))
# built at collection (schemathesis' from_fixture does not run under pytest 9); the store is shared with the other
# web tests through web_fixtures' cache
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(web_store(), poll=False))


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_web_schema_every_operation_every_check(case):
    if case.query:
        case.query.pop("next", None)
    case.call_and_validate()
