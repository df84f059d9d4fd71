"""The store the web tests read (built once per test process through the engine, hashing embedder).

It holds: the seed-style articles on two meetings of the same ministers (tests/fixtures/entities/ministers.jsonl:
New Delhi 2022, Canberra 2024), the Airbus stream with its syndicated wire copies (examples/corpus), two outlets
giving different death tolls for one earthquake, and one hostile article whose title, text, source, URL and
entity names carry <script>, <img onerror=...> and javascript: (tests/fixtures/web/).
"""

from __future__ import annotations

import atexit
import functools
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "tests" / "fixtures" / "entities" / "ministers.jsonl",
           ROOT / "examples" / "corpus" / "jsonl" / "airbus.jsonl",
           ROOT / "tests" / "fixtures" / "web" / "contradictions.jsonl",
           ROOT / "tests" / "fixtures" / "web" / "hostile.jsonl"]


@functools.cache
def web_store() -> str:
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine
    from newsdesk.store import Store

    d = tempfile.mkdtemp(prefix="newsdesk-webtest-")
    atexit.register(shutil.rmtree, d, True)
    path = str(Path(d) / "web.duckdb")
    eng = Engine(Store(path), embedder=HashEmbedder())
    report = eng.ingest([str(p) for p in SOURCES])
    assert report.stored == 43, report.as_dict()
    eng.store.close()
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving `create_app(db)` on 127.0.0.1 in a thread (for the browser and HTTP-level tests)."""

    def __init__(self, db: str, **kw):
        import uvicorn

        from newsdesk.web import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(db, **kw)
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error",
                                                    access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)
