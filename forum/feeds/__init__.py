"""Atom feeds of the front page, each category and each thread, as a visitor sees them."""

from flask import Blueprint

bp = Blueprint("feeds", __name__)

from . import views  # noqa: E402,F401  (registers the routes on bp)
