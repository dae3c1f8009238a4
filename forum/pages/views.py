"""The about pages, the support page and /favicon.ico: each reads the settings it states."""

from pathlib import Path

from flask import Response, current_app, render_template

from ..config import flag
from . import bp
from .support import support_html

# The about pages, in the order of their navigation.
ABOUT_PAGES = (
    ("pages.about", "About Debrief"),
    ("pages.anonymity", "How anonymity works"),
    ("pages.guidelines", "Community guidelines"),
    ("pages.privacy", "Privacy"),
    ("pages.support", "Support after a hard shift"),
)


def _page(template: str, **context):
    config = current_app.config
    contact = str(config.get("CONTACT") or "").strip()
    return render_template(
        template,
        about_pages=ABOUT_PAGES,
        members_only=flag(config.get("MEMBERS_ONLY")),
        contact=contact,
        contact_is_mail="@" in contact and "://" not in contact,
        **context,
    )


@bp.get("/about")
def about():
    return _page("pages/about.html")


@bp.get("/about/anonymity")
def anonymity():
    return _page("pages/anonymity.html")


@bp.get("/about/guidelines")
def guidelines():
    return _page("pages/guidelines.html")


@bp.get("/about/privacy")
def privacy():
    return _page("pages/privacy.html")


@bp.get("/support")
def support():
    html, from_file = support_html(current_app)
    return _page("pages/support.html", support=html, from_file=from_file)


@bp.get("/favicon.ico")
def favicon():
    """Browsers and feed readers ask for /favicon.ico whatever the page links: the SVG icon
    (read whole, so no file stays open behind the response)."""
    path = Path(current_app.static_folder) / "favicon.svg"
    response = Response(path.read_bytes(), content_type="image/svg+xml")
    response.cache_control.public = True
    response.cache_control.max_age = 86_400
    return response
