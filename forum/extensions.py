"""Extension objects, created unbound and bound to the app in `create_app`."""

import hashlib
import hmac

from flask import current_app, request
from flask_caching import Cache
from flask_limiter import Limiter
from flask_login import LoginManager, current_user
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names, so Alembic migrations are the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
cache = Cache()  # whole visitor pages (forum.pagecache), bound with its own settings


def opaque_key(who: str) -> str:
    """A rate-limit key the limit store (Redis) can hold without holding an account id, an
    address or a username: an HMAC under SECRET_KEY, expiring with its window."""
    secret = current_app.config["SECRET_KEY"].encode()
    return hmac.new(secret, who.encode(), hashlib.sha256).hexdigest()[:32]


def rate_limit_key() -> str:
    """Whose requests a limit counts: the member, or for visitors the client address."""
    if current_user.is_authenticated:
        return opaque_key(f"user:{current_user.id}")
    return opaque_key(f"addr:{request.remote_addr}")


limiter = Limiter(rate_limit_key)
