"""The moderation blueprint. Kept out of the package's __init__ so that importing the pure
guard (forum.moderation.guard) loads no Flask and no database."""

from flask import Blueprint

bp = Blueprint("moderation", __name__)

from . import admin_views, header, views  # noqa: E402,F401  (registers the routes on bp)

bp.add_app_template_global(header.waiting_label)
