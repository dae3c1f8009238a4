"""Feed routes: public GET pages, the same for every viewer (a visitor's view of the forum)."""

from flask import render_template, request, url_for

from ..pagecache import visitor_page
from ..threads import queries as thread_queries
from . import bp, queries
from .entries import newest, post_entry, rfc3339, thread_entry, xml_text

ATOM = "application/atom+xml; charset=utf-8"


def _feed(title: str, page_url: str, entries: list):
    body = render_template(
        "feeds/feed.xml",
        title=title,
        self_url=url_for(request.endpoint, **request.view_args, _external=True),
        page_url=page_url,
        entries=entries,
        updated=newest(entries),
        rfc3339=rfc3339,
        xml_text=xml_text,
    )
    return body, 200, {"Content-Type": ATOM}


@bp.get("/feed.atom")
@visitor_page("lists", args=())
def front_page():
    entries = [thread_entry(t, opening) for t, opening in queries.latest_threads()]
    return _feed("Debrief: latest threads", url_for("threads.index", _external=True), entries)


@bp.get("/c/<slug>/feed.atom")
@visitor_page("lists", args=())
def category(slug: str):
    category = thread_queries.get_category_or_404(slug)
    rows = queries.latest_threads(category)
    page = url_for("threads.category", slug=category.slug, _external=True)
    return _feed(f"Debrief: {category.name}", page, [thread_entry(t, o) for t, o in rows])


@bp.get("/t/<key:thread_key>/feed.atom")
@visitor_page("thread", args=())
def thread(thread_key: str):
    thread = thread_queries.get_thread_or_404(thread_key)
    entries = [post_entry(post, thread) for post in queries.thread_posts(thread)]
    page = url_for("threads.thread", thread_key=thread.public_id, _external=True)
    return _feed(thread.title, page, entries)
