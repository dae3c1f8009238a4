"""Rate limits on the actions that write: one decorator per action, its limit read from the
configuration (LIMIT_*), counted on POST only."""

from flask import Flask, current_app, request

from .extensions import limiter, opaque_key


def limited(action: str, *, per_username: bool = False):
    """Limit POSTs to a view by the configured LIMIT_<ACTION> ("10 per minute; 300 per day"),
    per member (visitors: per address). `per_username` counts per address and the username
    typed, for logging in: clinicians behind one hospital address must not lock each other
    out, and guessing one account's password stays slow."""
    setting = f"LIMIT_{action.upper()}"
    key_func = _address_and_username if per_username else None
    return limiter.limit(
        lambda: current_app.config[setting],
        methods=["POST"],
        scope=action.lower(),
        key_func=key_func,
    )


def _address_and_username() -> str:
    username = request.form.get("username", "").strip().lower()
    return opaque_key(f"login:{request.remote_addr}:{username}")


# Flask-Limiter's settings for limits on every request, which its check before every
# request applies; this forum sets none of them.
APP_WIDE_LIMITS = ("DEFAULT", "APPLICATION", "META", "IN_MEMORY_FALLBACK")


def register(app: Flask) -> None:
    """Every limit here is its view's own decorator (`limited`, and search's), checked when
    the view runs. The check Flask-Limiter also runs before every request applies only limits
    set for the whole app (APP_WIDE_LIMITS): unless one is set, it is left out, since on a
    page from the page cache it cost a fifth of the request (50 µs of 256)."""
    limiter.init_app(app)
    hooks = app.before_request_funcs.get(None, [])  # none when limits are off (RATELIMIT_ENABLED)
    check = limiter._check_request_limit
    if check in hooks and not any(app.config.get(f"RATELIMIT_{n}") for n in APP_WIDE_LIMITS):
        hooks.remove(check)
