"""Categories, thread lists, threads, replies, quotes, permalinks, edits and votes."""

from flask import Blueprint

bp = Blueprint("threads", __name__)

from . import views  # noqa: E402,F401  (registers the routes on bp)
