"""Running in production: /healthz, `forum serve` under gunicorn, ProxyFix, `forum backup`."""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.models import Post

ROOT = Path(__file__).resolve().parent.parent


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok"}


def test_healthz_answers_503_when_the_database_does_not(make_app, tmp_path):
    app = make_app(SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/missing-dir/nowhere.sqlite3")
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "database unavailable"}


def _where_am_i(app):
    """The URL the app believes a request came to."""
    from flask import request

    app.add_url_rule("/_where", "where", lambda: request.url)
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "debrief.example"}
    return app.test_client().get("/_where", headers=headers).get_data(as_text=True)


def test_behind_a_proxy_the_forwarded_scheme_and_host_are_trusted_when_configured(make_app):
    assert _where_am_i(make_app(PROXY_FIX=1)) == "https://debrief.example/_where"
    assert _where_am_i(make_app()) == "http://localhost/_where"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _forum(*args, env, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "forum.cli", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def server_env(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path}/served.sqlite3",
        "SECRET_KEY": "served-secret-key",
        "FORUM_PSEUDONYM_KEY": "5" * 64,
    }
    env.pop("FORUM_TEST_DATABASE_URL", None)
    upgraded = _forum("db", "upgrade", env=env)
    assert upgraded.returncode == 0, upgraded.stderr
    return env


def test_forum_serve_runs_the_app_under_gunicorn_with_production_settings(server_env):
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "forum.cli", "serve", "--bind", f"127.0.0.1:{port}"],
        env={**server_env, "WEB_CONCURRENCY": "2"},
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz") as answer:
                    assert answer.status == 200
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("forum serve did not answer /healthz")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login") as answer:
            cookie = answer.headers["Set-Cookie"] or ""
            assert answer.status == 200
        assert "Secure" in cookie  # production cookies travel over HTTPS only
    finally:
        process.terminate()
        output = process.communicate(timeout=20)[0]
    assert "2 workers" in output
    assert output.count("startup objects frozen") == 2  # one line per worker
    assert "127.0.0.1" not in output.split("Listening at", 1)[-1].replace(
        f"127.0.0.1:{port}", ""
    ), "the access log must not record client addresses"


def test_forum_backup_copies_the_running_sqlite_database_and_the_copy_restores(
    app, runner, make_thread, tmp_path
):
    if db.engine.url.get_backend_name() != "sqlite":
        pytest.skip("forum backup copies SQLite; PostgreSQL uses pg_dump (README)")
    make_thread(replies=12)
    posts = db.session.scalar(select(func.count()).select_from(Post))
    held_open = db.engine.connect()  # the app is running: a connection stays open
    try:
        result = runner.invoke(args=["backup", str(tmp_path / "copy.sqlite3")])
    finally:
        held_open.close()
    assert result.exit_code == 0, result.output
    with sqlite3.connect(tmp_path / "copy.sqlite3") as copy:
        assert copy.execute("SELECT count(*) FROM posts").fetchone()[0] == posts == 13
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_forum_backup_refuses_to_overwrite(app, runner, tmp_path):
    if db.engine.url.get_backend_name() != "sqlite":
        pytest.skip("SQLite only")
    target = tmp_path / "exists.sqlite3"
    target.write_text("keep me")
    result = runner.invoke(args=["backup", str(target)])
    assert result.exit_code != 0 and "exists" in result.output
    assert target.read_text() == "keep me"


def test_forum_backup_points_postgresql_users_to_pg_dump(make_app, tmp_path):
    app = make_app(SQLALCHEMY_DATABASE_URI="postgresql+psycopg://nobody@127.0.0.1:1/none")
    with app.app_context():  # the suite keeps another app's context open underneath
        result = app.test_cli_runner().invoke(args=["backup", str(tmp_path / "x")])
    assert result.exit_code != 0 and "pg_dump" in result.output, result.output
