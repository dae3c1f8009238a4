"""Public member profiles."""

from flask import Blueprint

bp = Blueprint("users", __name__)

from . import views  # noqa: E402,F401  (registers the routes on bp)
