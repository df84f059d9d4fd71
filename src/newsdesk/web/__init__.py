"""The analyst's desk: HTML pages and a JSON/CSV API over a store (`newsdesk serve`).

The web server is an extra (`pip install 'newsdesk[web]'`; `make` installs it): FastAPI, uvicorn and Jinja2 are
imported only here, when a command needs them. `app.create_app` builds the application; `serve` runs it.
"""

from __future__ import annotations

from newsdesk.errors import NewsdeskError

HINT = "the web server needs its extra: pip install 'newsdesk[web]'"


class MissingExtra(NewsdeskError):
    """FastAPI / uvicorn / Jinja2 are not installed."""


def _require() -> None:
    try:
        import fastapi  # noqa: F401
        import jinja2  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise MissingExtra(f"{HINT} ({exc.name} is missing)") from None


def create_app(db: str, **kw):
    """The FastAPI app serving the store at `db` (from private snapshots: see `store.snapshot`)."""
    _require()
    from newsdesk.web.app import create_app as _create

    return _create(db, **kw)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, *, wait: float = 0.0, log=print) -> None:
    """Take the first snapshot (waiting up to `wait` s while another process writes the store), then serve."""
    import time
    from pathlib import Path

    _require()
    import uvicorn

    from newsdesk.store.postgres import is_url, redact
    from newsdesk.store.snapshot import Snapshots
    from newsdesk.web.app import create_app as _create

    if not is_url(db) and not Path(db).is_file():
        raise NewsdeskError(f"{db}: no such store (build one with `newsdesk --db {db} ingest ...`)")
    snaps = Snapshots(db)
    app = _create(db, snapshots=snaps)  # before the first snapshot: the app sets its warm-up
    deadline = time.monotonic() + wait
    told = False
    while not snaps.refresh():
        if snaps.last_error and "busy" not in snaps.last_error:
            snaps.close()
            raise NewsdeskError(snaps.last_error)
        if time.monotonic() >= deadline:
            snaps.close()
            raise NewsdeskError(f"{snaps.name}: {snaps.last_error}; retry, or use --wait SECONDS")
        if not told:
            log(f"{snaps.name}: {snaps.last_error}; waiting up to {wait:g} s")
            told = True
        time.sleep(0.5)
    log(f"newsdesk: serving {redact(db) if is_url(db) else db} on http://{host}:{port}/  (read-only; Ctrl-C stops)")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, server_header=False)
    finally:
        snaps.close()
