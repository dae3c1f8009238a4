"""Browser fixtures: the real app, migrated and seeded with the demo, served on a free port
of 127.0.0.1, driven by one headless Chromium per session and a fresh context per test.

These tests run only when FORUM_BROWSER_TESTS=1 (CI sets it); elsewhere they are skipped,
so `make test` stays green on a machine without Chromium. When the variable IS set, a
missing playwright or Chromium is an error, never a skip.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import select
from werkzeug.serving import make_server

from forum import create_app, demo
from forum.extensions import db
from forum.models import Thread

ENABLED = os.environ.get("FORUM_BROWSER_TESTS") == "1"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    if ENABLED:
        return
    skip = pytest.mark.skip(reason="browser tests run only with FORUM_BROWSER_TESTS=1")
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter):
    """List the pages axe checked in this run (each at 1,280 and 390 px)."""
    from tests.browser.test_pages import AXE_CHECKED

    if AXE_CHECKED:
        terminalreporter.write_sep("-", f"axe checked {len(AXE_CHECKED)} pages at 1,280 and 390 px")
        for where in sorted(AXE_CHECKED, key=str.lower):
            terminalreporter.write_line(f"  {where}")


@dataclass(frozen=True)
class Site:
    """The live forum: its address, the demo passwords, and a look into its database."""

    app: Flask
    url: str
    passwords: dict[str, str]

    def thread_path(self, title: str) -> str:
        with self.app.app_context():
            key = db.session.scalar(select(Thread.public_id).where(Thread.title == title))
            db.session.remove()
        assert key is not None, f"no thread titled {title!r}"
        return f"/t/{key}"


def _read_passwords(path: Path) -> dict[str, str]:
    passwords = {}
    for line in path.read_text().splitlines():
        if line.strip():
            name, password = line.split(" ", 1)
            passwords[name] = password
    return passwords


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Iterator[Site]:
    """The app over a temporary SQLite file, built by the real migrations and the demo seed,
    with CSRF on, served by werkzeug in a daemon thread."""
    instance = tmp_path_factory.mktemp("browser-instance")
    app = create_app(
        {
            "SECRET_KEY": "browser-test-secret-key",
            "SQLALCHEMY_DATABASE_URI": "sqlite:///" + str(instance / "debrief.sqlite3"),
        },
        instance_path=str(instance),
    )
    assert app.config["WTF_CSRF_ENABLED"] is not False
    with app.app_context():
        upgrade()
        demo.seed(str(instance), echo=lambda _line: None)
        db.session.remove()
    passwords = _read_passwords(instance / demo.PASSWORD_FILE)

    server = make_server("127.0.0.1", 0, _buffered(app), threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="debrief-live", daemon=True)
    thread.start()
    try:
        yield Site(app=app, url=f"http://127.0.0.1:{server.server_port}", passwords=passwords)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        with app.app_context():
            db.engine.dispose()


def _buffered(app):
    """The app with every response read whole and closed before werkzeug sends it.

    When the browser drops a connection while werkzeug's development server
    drains it, werkzeug skips closing the response, and a static file left open
    fails the test with a ResourceWarning. Reading the body first closes the
    file whatever the browser does."""

    def serve(environ, start_response):
        body = app(environ, start_response)
        try:
            return [b"".join(body)]
        finally:
            if hasattr(body, "close"):
                body.close()

    return serve


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        pytest.fail(
            f"FORUM_BROWSER_TESTS=1 but playwright is missing ({error}); "
            "install it with: .venv/bin/pip install -e '.[browser]'",
            pytrace=False,
        )
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"FORUM_BROWSER_TESTS=1 but there is no Chromium at {CHROMIUM} "
            "(install Debian's chromium, or set CHROMIUM_PATH)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser, site):
    """`new_context(**options)`: a fresh browser context on the live site (no shared
    cookies), closed after the test. Pages opened in it fail the test on uncaught JS errors."""
    made = []
    errors: list[str] = []

    def make(**options):
        context = browser.new_context(base_url=site.url, **options)
        context.set_default_timeout(TIMEOUT_MS)
        context.on("page", lambda page: page.on("pageerror", lambda e: errors.append(str(e))))
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()
    assert not errors, f"uncaught JavaScript errors: {errors}"


@pytest.fixture
def page(new_context):
    return new_context().new_page()
