"""The search page: a plain GET form, its filters, and one page of results."""

from flask import Blueprint, current_app, render_template, request

from ..extensions import limiter
from ..pagination import page_number
from ..threads.categories import all_categories
from . import queries, syntax

bp = Blueprint("search", __name__)


def _choice(name: str, allowed: tuple[str, ...]) -> str:
    """A filter's value from the query string; anything unknown is its first (default)."""
    value = request.args.get(name, "")
    return value if value in allowed else allowed[0]


@bp.get("/search")
@limiter.limit(
    lambda: current_app.config["LIMIT_SEARCH"],
    scope="search",
    exempt_when=lambda: not syntax.clean(request.args.get("q", "")),  # the empty form is free
)
def search():
    text = syntax.clean(request.args.get("q", ""))
    categories = all_categories()
    by_slug = {category.slug: category for category in categories}
    filters = queries.Filters(
        category=by_slug.get(request.args.get("category", "")),
        scope=_choice("scope", queries.SCOPES),
        note=_choice("note", queries.NOTES),
        sort=_choice("sort", queries.SORTS),
    )
    query = syntax.parse(text)
    results = queries.search(
        query, filters, page_number(request.args.get("page")), queries.named_author(query.author)
    )
    return render_template(
        "search/search.html",
        q=text,
        filters=filters,
        category_options=[("", "All categories"), *((c.slug, c.name) for c in categories)],
        results=results,
    )
