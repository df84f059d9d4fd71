"""Real-browser tests: Playwright drives Debian's Chromium (no browser download) against `newsdesk serve`'s app on
127.0.0.1. Skipped, saying so, when no Chromium is installed (`apt-get install chromium`; .ci/run installs it)."""

from __future__ import annotations

import os
import shutil
import tempfile
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsdesk[web]'")
pytest.importorskip("playwright", reason="playwright is not installed (requirements.lock pins it)")

from web_fixtures import LiveServer, web_store  # noqa: E402

CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM") or next(
    (p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser", shutil.which("chromium") or "")
     if p and os.access(p, os.X_OK)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found (apt-get install chromium): "
                                                       "browser tests skipped")


@pytest.fixture(scope="module")
def server():
    with LiveServer(web_store()) as s:
        yield s


@pytest.fixture(scope="module")
def context():
    """Chromium with the flags the environment notes ask for, on a fresh profile (Playwright takes the profile
    as user_data_dir rather than a --user-data-dir flag)."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="newsdesk-chromium-")
    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield ctx
        ctx.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(context):
    pg = context.new_page()
    yield pg
    pg.close()


def _event_of(server, external_id: str) -> dict:
    import httpx

    art = httpx.get(f"{server.url}/api/v1/articles/{quote(external_id)}").json()
    return art["event"]


def test_web_browser_event_to_entity_to_pair(server, page):
    ev = _event_of(server, "b1")
    page.goto(f"{server.url}/events/{ev['id']}")
    assert "Canberra" in page.inner_text("dl.facts")
    page.click("a.participant:text('Rajnath Singh')")
    page.wait_for_url("**/entities/**")
    assert page.inner_text("h1").startswith("Rajnath Singh")
    assert "India" in page.inner_text("dl.facts")
    row = page.locator("tr", has=page.locator("a:text-is('Richard Marles')"))
    row.locator("a.pair").click()
    page.wait_for_url("**/pairs?**")
    table = page.inner_text("table.pairs")
    assert "2022-06-22" in table and "New Delhi" in table
    assert "2024-10-10" in table and "Canberra" in table


def test_web_browser_hostile_article_runs_nothing(server, page):
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script("window.__ran = []; window.alert = (m) => { window.__ran.push(String(m)); };")
    art_event = _event_of(server, "evil-1")
    import httpx

    art = httpx.get(f"{server.url}/api/v1/articles/evil-1").json()
    urls = [f"/articles/{art['id']}", "/articles", "/sources", f"/events/{art_event['id']}", "/",
            "/sources/" + quote(art["source"], safe=""), "/entities?q=Blix"]
    ents = httpx.get(f"{server.url}/api/v1/entities", params={"q": "Blix"}).json()["entities"]
    urls += [f"/entities/{quote(e['id'])}" for e in ents]
    for u in urls:
        resp = page.goto(server.url + u)
        assert resp.status == 200, u
        page.wait_for_load_state("load")
        assert page.evaluate("window.__ran") == [], u
        assert page.locator("script").count() == 0, u
        assert page.locator("img").count() == 0, u
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
            assert not href.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (u, href)
    assert dialogs == [] and errors == []
    page.goto(f"{server.url}/articles/{art['id']}")
    assert "<script>alert('title')</script>" in page.inner_text("h1")  # shown as text
    assert page.locator("a[href^='javascript']").count() == 0


def test_web_browser_screenshots_event_and_storyline(server, page, tmp_path):
    import httpx

    ev = _event_of(server, "b1")
    sid = httpx.get(f"{server.url}/api/v1/events/{ev['id']}").json()["storyline"]
    assert sid
    sizes = {}
    for name, url in (("event", f"/events/{ev['id']}"), ("storyline", f"/storylines/{sid}")):
        page.goto(server.url + url)
        shot = tmp_path / f"{name}.png"
        page.screenshot(path=str(shot), full_page=True)
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        sizes[name] = len(data)
        box = page.locator("main").bounding_box()
        assert box and box["height"] > 200
    assert page.locator("svg.timeline circle").count() >= 2
    assert min(sizes.values()) > 10_000  # a page with text and a chart, not a blank image
