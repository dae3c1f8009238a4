"""Running the forum in production: `forum serve` (gunicorn), `GET /healthz`, `forum backup`."""

from __future__ import annotations

import gc
import os
import sqlite3
from pathlib import Path

import click
from flask import Blueprint, Flask, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .extensions import db, limiter

bp = Blueprint("ops", __name__)

# Production settings `forum serve` applies unless the environment already says otherwise
# (e.g. FORUM_SESSION_COOKIE_SECURE=false to try it over plain HTTP on a laptop).
PRODUCTION_ENV = {
    "FORUM_SESSION_COOKIE_SECURE": "true",
    "FORUM_REMEMBER_COOKIE_SECURE": "true",
    "FORUM_PREFERRED_URL_SCHEME": "https",
    "FORUM_HSTS_SECONDS": "31536000",
    "FORUM_DEBUG": "false",
}
# Gunicorn's access log without the client address: what was asked, never who asked.
ACCESS_LOG_FORMAT = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'


@bp.get("/healthz")
@limiter.exempt
def healthz():
    """200 when the database answers, 503 when it does not (for load balancers)."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return jsonify(status="database unavailable"), 503
    return jsonify(status="ok")


def backup_sqlite(database: str, target: Path) -> int:
    """Copy a SQLite database consistently while the app runs (SQLite's online backup API);
    return the size of the copy in bytes. Refuses to overwrite an existing file."""
    target = Path(target)
    if target.exists():
        raise click.ClickException(f"{target} exists; choose a new path.")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        with copy:
            source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target.stat().st_size


def _gunicorn_options(bind: str, workers: int, threads: int) -> dict:
    return {
        "bind": bind,
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread" if threads > 1 else "sync",
        "accesslog": os.environ.get("FORUM_ACCESS_LOG", "-"),
        "access_log_format": ACCESS_LOG_FORMAT,
        "errorlog": "-",
        "loglevel": os.environ.get("FORUM_LOG_LEVEL", "info").lower(),
        "forwarded_allow_ips": os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
        "timeout": 30,
        "post_worker_init": _freeze_startup_objects,
    }


def _freeze_startup_objects(worker) -> None:
    """Leave what a worker built at start (the app, its modules, templates and SQL caches:
    over 100,000 objects) out of the garbage collector's full passes, which then take a few
    milliseconds instead of 36 to 76: among 400 searches of the bench database, in process,
    those passes made the slowest three. Those objects live as long as the worker anyway."""
    gc.freeze()
    worker.log.info("Worker %s: %d startup objects frozen", worker.pid, gc.get_freeze_count())


def register_commands(app: Flask) -> None:
    @app.cli.command("serve")
    @click.option("--bind", envvar="FORUM_BIND", default="127.0.0.1:8000", show_default=True)
    @click.option(
        "--workers",
        envvar="WEB_CONCURRENCY",
        type=click.IntRange(1, 64),
        default=lambda: os.cpu_count() or 2,
        help="Worker processes (default: one per core).",
    )
    @click.option("--threads", envvar="FORUM_THREADS", type=click.IntRange(1, 64), default=4)
    def serve(bind, workers, threads):
        """Serve the forum under gunicorn with production settings (HTTPS cookies, no debug)."""
        from gunicorn.app.base import BaseApplication

        for name, value in PRODUCTION_ENV.items():
            os.environ.setdefault(name, value)
        from . import create_app

        class Server(BaseApplication):
            def load_config(self):
                for key, value in _gunicorn_options(bind, workers, threads).items():
                    self.cfg.set(key, value)

            def load(self):
                return create_app()

        click.echo(f"Debrief on http://{bind} ({workers} workers x {threads} threads)")
        Server().run()

    @app.cli.command("backup")
    @click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
    def backup(path):
        """Copy the SQLite database to PATH while the forum runs (PostgreSQL: use pg_dump)."""
        url = db.engine.url
        if url.get_backend_name() != "sqlite" or not url.database:
            raise click.ClickException(
                "forum backup copies SQLite databases. For PostgreSQL use pg_dump, e.g. "
                'pg_dump --format=custom --file=debrief.dump "$DATABASE_URL" '
                "(see the README, 'Backups')."
            )
        size = backup_sqlite(url.database, path)
        current_app.logger.info("backup written")
        click.echo(f"Backed up {url.database} to {path} ({size:,} bytes).")
