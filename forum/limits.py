"""Rate limits on the actions that write: one decorator per action, its limit read from the
configuration (LIMIT_*), counted on POST only."""

from flask import current_app, request

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
