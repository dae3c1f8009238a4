"""Following a conversation: watching threads, notifications, unread places, and e-mail."""

from flask import Blueprint

bp = Blueprint("notify", __name__)

from . import mail_views, views  # noqa: E402,F401  (registers the routes on bp)
