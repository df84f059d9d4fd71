"""The FastAPI application: HTML pages and `/api/v1` JSON over the read views. Routing and rendering only; the
read views (`newsdesk.store.web_queries.Views`) hold the SQL and the logic.

Every page has a JSON twin under `/api/v1` with the CLI's `--json` keys, and every list a `.csv` twin. Lists are
paged by `limit` (1..500, default 50) and an opaque keyset cursor `next`; a page that has more answers `next`,
`next_url` and a `Link: <...>; rel="next"` header. Every error is `{"ok": false, "error": ..., "status": ...}`.
Handlers return their JSON as a `JSONResponse` (plain `json.dumps`): FastAPI's `jsonable_encoder` walk of the
nested dicts cost more than the view itself on the bigger pages.
Only GET and HEAD are served; each response carries the CSP and `nosniff` headers.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsdesk.errors import NotFound
from newsdesk.store.snapshot import NoSnapshot, Snapshots
from newsdesk.store.web_queries import BadQuery, Filters, Page, Views
from newsdesk.web import render

HERE = Path(__file__).resolve().parent
MAX_LIMIT = 500
DEFAULT_LIMIT = 50
CSP = "default-src 'self'; object-src 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


class HeadAsGet:
    """ASGI middleware: a HEAD request runs as GET and its body is dropped (headers, Content-Length kept)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def send_head(message):
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_head)


class BadParameter(ValueError):
    """A query parameter that passed the schema but means nothing (a cursor that is not ours)."""


def _error(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status, headers=headers)


ERRORS = {400: {"description": "bad parameter"}, 404: {"description": "no such object"}}
ERRORS_LIST = {400: {"description": "bad parameter"}}
CSV = {200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}}


# --- paging ---------------------------------------------------------------------------------------------------
def encode_cursor(keyset: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(keyset, separators=(",", ":")).encode()).decode().rstrip("=")


# the keyset of each list: what a `next` cursor must hold, in order (anything else is a 400, never a 500)
EVENTS_KEY = (str, str)  # sort day, event id
ENTITIES_KEY = (int, str, str)  # article count, name, id
ARTICLES_KEY = (int,)  # ingest sequence
NAME_KEY = (str,)  # storyline id, source name
INT64 = range(-2**63, 2**63)


def decode_cursor(token: str | None, kinds: tuple[type, ...]) -> list | None:
    if not token:
        return None
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        keyset = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise BadParameter("next: not a cursor this server issued") from None
    if not isinstance(keyset, list) or len(keyset) != len(kinds) or not all(
            type(k) is kind and (kind is not int or k in INT64) for k, kind in zip(keyset, kinds, strict=False)):
        raise BadParameter("next: not a cursor this server issued")
    return keyset


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (1..{MAX_LIMIT})")]
Cursor = Annotated[str, Query(max_length=2000, description="the `next` cursor of the previous page")]
Text = Annotated[str, Query(max_length=500)]
EType = Annotated[str, Query(max_length=20, description="PERSON, ORG, GPE...")]
Who = Annotated[str, Query(min_length=1, max_length=500, description="entity id or name")]
Opt = Annotated[str, Query(max_length=500)]


Day = Annotated[str, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", json_schema_extra={"format": "date"},
                                   description="an ISO day, YYYY-MM-DD (since: on or after; until: on or before)")]


def _day(name: str, value: str | None) -> str | None:
    """A real calendar day (the pattern lets 2024-02-30 through), else a 400."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadParameter(f"{name}: {value!r} is not a calendar day (YYYY-MM-DD)") from None


def filters(since: Day = None, until: Day = None,
            source: Text = None, entity: Annotated[str, Query(max_length=500, description="entity id or name")]
            = None, country: Annotated[str, Query(max_length=100, description="ISO code or name")] = None,
            action: Annotated[str, Query(max_length=50, description="PLOVER action, e.g. CONSULT")] = None,
            q: Annotated[str, Query(max_length=500, description="text in titles or article text")] = None
            ) -> Filters:
    return Filters(since=_day("since", since), until=_day("until", until),
                   source=source or None, entity=entity or None, country=country or None, action=action or None,
                   q=q or None)


def _next_url(request: Request, token: str) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "next"]
    return request.url.path + "?" + urlencode([*params, ("next", token)])


def _paged(request: Request, page: Page, key: str, extra: dict | None = None) -> JSONResponse:
    token = encode_cursor(page.next) if page.next else None
    url = _next_url(request, token) if token else None
    body = {"ok": True, key: page.items, "count": len(page.items), "next": token, "next_url": url, **(extra or {})}
    return JSONResponse(body, headers={"link": f'<{url}>; rel="next"'} if url else None)


def _csv(request: Request, page: Page, name: str) -> Response:
    token = encode_cursor(page.next) if page.next else None
    headers = {"content-disposition": f'attachment; filename="{name}.csv"'}
    if token:
        headers["link"] = f'<{_next_url(request, token)}>; rel="next"'
    return Response(render.to_csv(page.items), media_type="text/csv; charset=utf-8", headers=headers)


def _warm(store, memo: dict) -> None:
    """Run once on each new snapshot before it serves: fills the memo and imports what the views use, so that no
    request pays for either (the first event view otherwise spends seconds importing the stages' modules)."""
    v = Views(store, memo)
    v.copies()
    busiest = v.busiest_event()
    if busiest:
        v.event(busiest)


# --- the app --------------------------------------------------------------------------------------------------
def create_app(db: str, *, snapshots: Snapshots | None = None, poll: bool = True) -> FastAPI:
    snaps = snapshots or Snapshots(db)
    snaps.warm = _warm

    @asynccontextmanager
    async def lifespan(_app):
        snaps.refresh()
        if poll:
            snaps.start()
        yield
        if snapshots is None:
            snaps.close()

    app = FastAPI(title="newsdesk", version="1", openapi_url="/openapi.json", docs_url=None, redoc_url=None,
                  lifespan=lifespan, description="Read-only views of a newsdesk store: events, storylines, "
                  "entities, pairs, articles and sources.")
    app.state.snapshots = snaps
    # autoescape everywhere (not only by file extension); StrictUndefined turns a template typo into an error
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    templates = Jinja2Templates(env=env)
    env.filters["safe_url"] = render.safe_url
    env.filters["path"] = render.path_part
    env.filters["zip"] = lambda a, b: zip(a, b, strict=False)
    env.globals.update(bar_chart=render.bar_chart, timeline=render.timeline, highlight=render.highlight,
                       spans_for=render.spans_for)

    def views(fn: Callable[[Views], Any]) -> Any:
        with snaps.store() as (store, memo):
            return fn(Views(store, memo))

    def page(request: Request, name: str, **ctx) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx)

    # --- errors and headers -----------------------------------------------------------------------------------
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request, exc: StarletteHTTPException):
        msg = {404: "not found", 405: "method not allowed: the server is read-only (GET, HEAD)"}.get(
            exc.status_code, str(exc.detail))
        return _error(exc.status_code, msg, dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def bad_param(_request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ())[1:]) or "request"
            parts.append(f"{where}: {e.get('msg', 'invalid')}")
        return _error(400, "; ".join(parts) or "bad parameter")

    @app.exception_handler(BadParameter)
    async def bad_cursor(_request, exc: BadParameter):
        return _error(400, str(exc))

    @app.exception_handler(BadQuery)
    async def bad_query(_request, exc: BadQuery):
        return _error(400, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(_request, exc: NotFound):
        return _error(404, str(exc))

    @app.exception_handler(NoSnapshot)
    async def no_snapshot(_request, exc: NoSnapshot):
        return _error(503, f"store not readable yet: {exc}", {"retry-after": "2"})

    @app.exception_handler(Exception)
    async def internal(_request, exc: Exception):  # never a traceback to the client
        return _error(500, f"internal error: {type(exc).__name__}")

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if request.method not in ("GET", "HEAD"):
            return _error(405, "method not allowed: the server is read-only (GET, HEAD)",
                          {"allow": "GET, HEAD", **SECURITY_HEADERS})
        keys = [k for k, _ in request.query_params.multi_items()]
        dup = sorted({k for k in keys if keys.count(k) > 1})
        if dup:
            return _error(400, f"{dup[0]}: given more than once", SECURITY_HEADERS)
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    app.add_middleware(HeadAsGet)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    # --- home, health -------------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request):
        counts, latest = views(lambda v: (v.counts(), v.events(limit=10).items))
        return page(request, "home.html", counts=counts, events=latest)

    @app.get("/api/v1", tags=["home"], summary="counts and the latest events")
    def api_home():
        counts, latest = views(lambda v: (v.counts(), v.events(limit=10).items))
        return JSONResponse({"ok": True, "counts": counts, "events": latest})

    @app.get("/api/v1/health", tags=["home"], summary="liveness, and which snapshot of the store is served")
    def health():
        info = snaps.info()
        counts = views(lambda v: v.counts())
        return JSONResponse({"ok": True, **info, **counts})

    # --- events -------------------------------------------------------------------------------------------------
    def filtered_list(name: str, key, doc: str) -> None:
        """The HTML page, the JSON list and the two CSV twins of a list under the source/entity/day `Filters`
        (events, articles): one definition serves both lists, as `text_list` does for the text-only ones."""

        def fetch(f: Filters, limit: int, next: str | None):
            return views(lambda v: getattr(v, name)(f, limit=limit, after=decode_cursor(next, key)))

        @app.get(f"/{name}", response_class=HTMLResponse, include_in_schema=False, name=f"{name}_page")
        def list_page(request: Request, f: Annotated[Filters, Depends(filters)], limit: Limit = DEFAULT_LIMIT,
                      next: Cursor = None):
            p = fetch(f, limit, next)
            return page(request, f"{name}.html", items=p.items, f=f,
                        next_url=_next_url(request, encode_cursor(p.next)) if p.next else None,
                        csv_url=f"/{name}.csv" + ("?" + request.url.query if request.url.query else ""))

        @app.get(f"/api/v1/{name}", tags=[name], responses=ERRORS_LIST, name=f"api_{name}", description=doc)
        def api_list(request: Request, f: Annotated[Filters, Depends(filters)], limit: Limit = DEFAULT_LIMIT,
                     next: Cursor = None):
            return _paged(request, fetch(f, limit, next), name)

        @app.get(f"/{name}.csv", tags=[name], response_class=Response, responses={**CSV, **ERRORS_LIST},
                 name=f"csv_{name}")
        @app.get(f"/api/v1/{name}.csv", tags=[name], response_class=Response, responses={**CSV, **ERRORS_LIST},
                 name=f"csv_{name}")
        def csv_list(request: Request, f: Annotated[Filters, Depends(filters)], limit: Limit = DEFAULT_LIMIT,
                     next: Cursor = None):
            return _csv(request, fetch(f, limit, next), name)

    filtered_list("events", EVENTS_KEY, "Events, newest first; the items are `newsdesk events --json` objects.")

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str):
        ev, texts = views(lambda v: v.event_page(event_id))
        return page(request, "event.html", e=ev, texts=texts)

    @app.get("/api/v1/events/{event_id}", tags=["events"], responses=ERRORS)
    def api_event(event_id: str):
        """One event: `newsdesk event ID --json` plus outlets, evidence and contradictions."""
        return JSONResponse(views(lambda v: v.event(event_id)))

    def text_list(name: str, doc: str) -> None:
        """The HTML page, the JSON list and the two CSV twins of a list filtered only by a text query `q`
        (storylines, sources): one definition serves every such list."""

        def fetch(limit: int, next: str | None, q: str | None):
            return views(lambda v: getattr(v, name)(limit=limit, after=decode_cursor(next, NAME_KEY), q=q))

        @app.get(f"/{name}", response_class=HTMLResponse, include_in_schema=False, name=f"{name}_page")
        def list_page(request: Request, limit: Limit = DEFAULT_LIMIT, next: Cursor = None, q: Text = None):
            p = fetch(limit, next, q)
            return page(request, f"{name}.html", items=p.items, q=q,
                        next_url=_next_url(request, encode_cursor(p.next)) if p.next else None)

        @app.get(f"/api/v1/{name}", tags=[name], responses=ERRORS_LIST, name=f"api_{name}", description=doc)
        def api_list(request: Request, limit: Limit = DEFAULT_LIMIT, next: Cursor = None, q: Text = None):
            return _paged(request, fetch(limit, next, q), name)

        @app.get(f"/{name}.csv", tags=[name], response_class=Response, responses={**CSV, **ERRORS_LIST},
                 name=f"csv_{name}")
        @app.get(f"/api/v1/{name}.csv", tags=[name], response_class=Response, responses={**CSV, **ERRORS_LIST},
                 name=f"api_csv_{name}")
        def csv_list(request: Request, limit: Limit = DEFAULT_LIMIT, next: Cursor = None, q: Text = None):
            return _csv(request, fetch(limit, next, q), name)

    # --- storylines ---------------------------------------------------------------------------------------------
    text_list("storylines", "Storylines; the items are `newsdesk storylines --json` objects.")

    @app.get("/storylines/{storyline_id}", response_class=HTMLResponse, include_in_schema=False)
    def storyline_page(request: Request, storyline_id: str):
        return page(request, "storyline.html", s=views(lambda v: v.storyline(storyline_id)))

    @app.get("/api/v1/storylines/{storyline_id}", tags=["storylines"], responses=ERRORS)
    def api_storyline(storyline_id: str):
        return JSONResponse(views(lambda v: v.storyline(storyline_id)))

    # --- entities -----------------------------------------------------------------------------------------------
    def _entities(v: Views, limit, next, q, type, country) -> Page:
        return v.entities(limit=limit, after=decode_cursor(next, ENTITIES_KEY), q=q, type=type, country=country)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request, limit: Limit = DEFAULT_LIMIT, next: Cursor = None, q: Text = None,
                      type: EType = None, country: Text = None):
        p = views(lambda v: _entities(v, limit, next, q, type, country))
        return page(request, "entities.html", items=p.items, q=q, type=type, country=country,
                    next_url=_next_url(request, encode_cursor(p.next)) if p.next else None)

    @app.get("/api/v1/entities", tags=["entities"], responses=ERRORS_LIST)
    def api_entities(request: Request, limit: Limit = DEFAULT_LIMIT, next: Cursor = None, q: Text = None,
                     type: EType = None, country: Text = None):
        """Entities, most reported first; the items are `newsdesk entities --json` objects."""
        return _paged(request, views(lambda v: _entities(v, limit, next, q, type, country)), "entities")

    @app.get("/entities.csv", tags=["entities"], response_class=Response, responses={**CSV, **ERRORS_LIST})
    @app.get("/api/v1/entities.csv", tags=["entities"], response_class=Response, responses={**CSV, **ERRORS_LIST})
    def csv_entities(request: Request, limit: Limit = DEFAULT_LIMIT, next: Cursor = None, q: Text = None,
                     type: EType = None, country: Text = None):
        return _csv(request, views(lambda v: _entities(v, limit, next, q, type, country)), "entities")

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, entity_id: str):
        return page(request, "entity.html", e=views(lambda v: v.entity(entity_id)))

    @app.get("/api/v1/entities/{entity_id}", tags=["entities"], responses=ERRORS)
    def api_entity(entity_id: str):
        """One entity by id or name: `newsdesk entity NAME --json` plus timeline, counterparts and the evidence
        for its country."""
        return JSONResponse(views(lambda v: v.entity(entity_id)))

    # --- pairs --------------------------------------------------------------------------------------------------
    @app.get("/pairs", response_class=HTMLResponse, include_in_schema=False)
    def pairs_page(request: Request, a: Opt = None, b: Opt = None):
        if not a or not b:
            return page(request, "pairs.html", p=None, a=a or "", b=b or "")
        return page(request, "pairs.html", p=views(lambda v: v.pairs(a, b)), a=a, b=b)

    @app.get("/api/v1/pairs", tags=["pairs"], responses=ERRORS)
    def api_pairs(a: Who, b: Who):
        """Every event and record in which both entities take part: `newsdesk pairs A B --json`."""
        return JSONResponse({"ok": True, **views(lambda v: v.pairs(a, b))})

    @app.get("/pairs.csv", tags=["pairs"], response_class=Response, responses={**CSV, **ERRORS})
    @app.get("/api/v1/pairs.csv", tags=["pairs"], response_class=Response, responses={**CSV, **ERRORS})
    def csv_pairs(a: Who, b: Who):
        p = views(lambda v: v.pairs(a, b))
        rows = [{"event": e["id"], "date": e["date"], "place": e["place"], "title": e["title"],
                 "evidence": [x["sentence"] for x in e["evidence"]] + [r["evidence"] for r in e["records"]]}
                for e in p["events"]]
        return Response(render.to_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": 'attachment; filename="pairs.csv"'})

    # --- articles -----------------------------------------------------------------------------------------------
    filtered_list("articles", ARTICLES_KEY,
                  "Articles, latest ingested first; the items are `newsdesk articles --json` objects.")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        return page(request, "article.html", a=views(lambda v: v.article(article_id)))

    @app.get("/api/v1/articles/{article_id}", tags=["articles"], responses=ERRORS)
    def api_article(article_id: str):
        """One article by id or external id: `newsdesk show ID --json` plus its event."""
        return JSONResponse(views(lambda v: v.article(article_id)))

    # --- sources ------------------------------------------------------------------------------------------------
    text_list("sources", "Outlets with their article and event counts and first/last publication day.")

    @app.get("/sources/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def source_page(request: Request, name: str):
        s = views(lambda v: v.source(name))
        latest = views(lambda v: v.articles(Filters(source=name), limit=20).items)
        return page(request, "source.html", s=s, latest=latest)

    @app.get("/api/v1/sources/{name}", tags=["sources"], responses=ERRORS)
    def api_source(name: str):
        """One outlet: articles and events per month."""
        return JSONResponse(views(lambda v: v.source(name)))

    return app
