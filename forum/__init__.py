"""Debrief: a peer forum where clinicians tell the story of a professional mistake."""

import os
from pathlib import Path

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.middleware.proxy_fix import ProxyFix

from . import config, limits, pagecache, prepared
from .extensions import csrf, db, login_manager, migrate
from .urls import IdConverter, PublicIdConverter

prepared.listen()

MIGRATIONS_DIR = str(Path(__file__).resolve().parent.parent / "migrations")


def create_app(test_config: dict | None = None, instance_path: str | None = None) -> Flask:
    """Build the app: defaults, then the environment, then `test_config`."""
    app = Flask(
        __name__,
        instance_path=instance_path,
        instance_relative_config=True,
        template_folder="../templates",
        static_folder="../static",
    )
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.from_mapping(config.DEFAULTS)
    app.config["SQLALCHEMY_DATABASE_URI"] = config.sqlite_url(app.instance_path)
    if os.environ.get("DATABASE_URL"):
        app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    for name in ("SECRET_KEY", "RATELIMIT_STORAGE_URI"):
        if os.environ.get(name):
            app.config[name] = os.environ[name]
    app.config.from_prefixed_env("FORUM")
    if os.environ.get("FORUM_PSEUDONYM_KEY"):
        # As it is: from_prefixed_env would have turned an all-digit key into a number.
        app.config["PSEUDONYM_KEY"] = os.environ["FORUM_PSEUDONYM_KEY"]
    if test_config:
        app.config.from_mapping(test_config)
    app.config["SQLALCHEMY_DATABASE_URI"] = config.normalise_database_url(
        app.config["SQLALCHEMY_DATABASE_URI"]
    )
    app.logger.setLevel(str(app.config.get("LOG_LEVEL", "INFO")).upper())
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = config.load_secret_key(app.instance_path)
    app.config["PSEUDONYM_KEY"] = config.pseudonym_key(
        app.config.get("PSEUDONYM_KEY"), app.instance_path
    )

    app.url_map.converters["id"] = IdConverter
    app.url_map.converters["key"] = PublicIdConverter
    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS_DIR, render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    limits.register(app)
    pagecache.register(app)

    from . import auth, errors, feeds, notify, pages, security, templating, threads, users
    from .anonymity import web as anonymity_web
    from .moderation.blueprint import bp as moderation_bp
    from .ops import bp as ops_bp
    from .search.views import bp as search_bp

    app.register_blueprint(auth.bp)
    app.register_blueprint(threads.bp)
    app.register_blueprint(users.bp)
    app.register_blueprint(feeds.bp)
    app.register_blueprint(notify.bp)
    app.register_blueprint(moderation_bp)
    app.register_blueprint(ops_bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(search_bp)
    if app.config.get("PROXY_FIX"):
        # Behind N reverse proxies: trust N X-Forwarded-For/-Proto/-Host headers.
        hops = int(app.config["PROXY_FIX"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    errors.register(app)
    pages.register(app)  # the members-only gate, after the input check
    security.register(app)
    templating.register(app)
    anonymity_web.register(app)

    from .cli import register_commands

    register_commands(app)
    return app


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record):
    """WAL, foreign keys, a busy timeout and secure delete on every SQLite connection.

    secure_delete: erased text (a post deleted or removed, a moderator's edit) is overwritten
    in the file, not left in free space; Debian's SQLite does it by default, others do not."""
    if type(dbapi_connection).__module__ != "sqlite3":
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()
