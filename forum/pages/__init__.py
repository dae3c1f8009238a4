"""The pages that say what the forum is: about, anonymity, guidelines, privacy, support,
and the members-only gate in front of everything else."""

from flask import Blueprint

bp = Blueprint("pages", __name__)

from . import views  # noqa: E402,F401  (routes register on bp)
from .access import register  # noqa: E402,F401
