"""Search over the published posts, the same on SQLite (FTS5) and PostgreSQL (tsvector).

A page costs a fixed number of queries: a capped count, the page's post ids in order, the
posts with their threads, categories and authors, and the page's snippets. What a search
finds never depends on who is searching, nor on who wrote an anonymous post: the index
holds published posts only, and the one author filter (`author:name`) reaches named posts
only, exactly those the member's profile lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape
from sqlalchemy import (
    Select,
    case,
    column,
    func,
    insert,
    literal,
    literal_column,
    select,
    table,
    text,
)

from ..extensions import db
from ..models import Category, Post, PostStatus, Thread, User
from ..pagination import Page
from ..sqltime import NEWEST_FIRST
from . import syntax
from .schema import CONFIG, TOKENIZE

PER_PAGE = 20
COUNT_CAP = 1000  # "more than 1,000 results": counting every match of a common word is slow
TITLE_WEIGHT = 10.0  # FTS5's bm25 column weight for titles (bodies weigh 1)
SCOPES = ("all", "stories")
NOTES = ("any", "with", "without")
SORTS = ("relevance", "date")
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks around matched words in snippets

_fts = table("post_search", column("rowid"))
_pg = table("post_search", column("post_id"), column("vector"))
_QUEUE_TABLE = f"temp.queue_search USING fts5(title, body, tokenize='{TOKENIZE}')"
_queue_search = table(
    "queue_search", column("rowid"), column("title"), column("body"), schema="temp"
)


@dataclass(frozen=True)
class Filters:
    category: Category | None = None
    scope: str = "all"
    note: str = "any"
    sort: str = "relevance"


@dataclass(frozen=True)
class Hit:
    post: Post
    title: Markup  # the thread's title, matched words marked
    snippet: Markup  # a passage of the post, matched words marked, Markdown stripped


@dataclass(frozen=True)
class Results:
    query: syntax.Query
    page: Page  # of Hit
    capped: bool  # more matches than COUNT_CAP; page.total is COUNT_CAP
    author: User | None = None
    unknown_author: bool = False
    ranked: bool = False  # in order of best match (else newest first)


def search(query: syntax.Query, filters: Filters, number: int, author: User | None) -> Results:
    """One page of results, best matches or newest first. `author` is the member named by
    `author:`, looked up by the caller (None when the query names nobody).

    One scan reads the newest COUNT_CAP + 1 matches with their scores, along the index's
    post ids (no ranking decides how far it reads), and they are put in order here: scoring
    every match of a common word would cost in proportion to the forum. So when more than
    COUNT_CAP posts match, the best are sought among the newest COUNT_CAP; otherwise among
    all of them."""
    unknown = query.author is not None and author is None
    if query.problem is not None or unknown:
        return Results(query, Page([], 1, PER_PAGE, 0), False, None, unknown)
    rows = db.session.execute(_matching(query, filters, author).limit(COUNT_CAP + 1)).all()
    capped = len(rows) > COUNT_CAP
    rows = sorted(rows[:COUNT_CAP], key=_order(filters, author, query))
    if number > 1 and (number - 1) * PER_PAGE >= len(rows):
        return Results(query, Page([], number, PER_PAGE, len(rows)), capped, author)
    shown = rows[(number - 1) * PER_PAGE : number * PER_PAGE]
    hits = _hits(query, [row.id for row in shown])
    ranked = filters.sort == "relevance" and syntax.fts5(query) is not None
    return Results(query, Page(hits, number, PER_PAGE, len(rows)), capped, author, ranked=ranked)


def _order(filters: Filters, author: User | None, query: syntax.Query):
    """The sort key of a matched row (id, public_id, created_at, score; a lower score is a
    better match)."""
    if author is not None and (filters.sort == "date" or syntax.fts5(query) is None):
        # Named posts only: as the member's profile lists them.
        return lambda row: (-row.created_at.timestamp(), -row.id)
    if filters.sort == "date":
        # By the hour, then in an order of no meaning: by the minute, an anonymous post
        # would stand between named posts whose minutes show, and its own time shows only
        # the hour (the moderation queue orders its items the same way).
        return lambda row: (-row.created_at.replace(minute=0, second=0).timestamp(), row.public_id)
    return lambda row: (row.score, row.public_id)


def _postgres() -> bool:
    return db.session.get_bind().dialect.name == "postgresql"


def _tsquery(query: syntax.Query):
    tsq = func.to_tsquery(literal_column(f"'{CONFIG}'"), syntax.tsquery(query))
    # The configuration drops stop words, prefixes too: "over*" would not find "overdose".
    # Stop words are plain ASCII, which the 'simple' configuration keeps as they are.
    for prefix in query.prefixes:
        if prefix in syntax.STOP_WORDS:
            tsq = tsq.op("&&")(func.to_tsquery(literal_column("'simple'"), f"'{prefix}':*"))
    return tsq


def _matching(query: syntax.Query, filters: Filters, author: User | None) -> Select:
    """The matching posts (id, public_id, created_at, score), newest first by post id."""
    postgres = _postgres()
    match = syntax.tsquery(query) if postgres else syntax.fts5(query)
    columns = (Post.id, Post.public_id, Post.created_at)
    if match is None:  # author:name alone: their named posts
        stmt = select(*columns, literal(0).label("score"))
        stmt = stmt.where(Post.status == PostStatus.PUBLISHED).order_by(*NEWEST_FIRST)
        if query.excluded:  # `author:name -word`: no expression to leave the words out of
            stmt = stmt.where(Post.id.not_in(_containing(query.excluded, postgres)))
    elif postgres:
        tsq = _tsquery(query)
        score = (-func.ts_rank_cd(_pg.c.vector, tsq)).label("score")
        stmt = (
            select(*columns, score)
            .select_from(_pg)
            .join(Post, Post.id == _pg.c.post_id)
            .where(_pg.c.vector.op("@@")(tsq))
            .order_by(_pg.c.post_id.desc())
        )
    else:
        score = func.bm25(literal_column("post_search"), TITLE_WEIGHT, 1.0).label("score")
        stmt = (
            select(*columns, score)
            .select_from(_fts)
            .join(Post, Post.id == _fts.c.rowid)
            .where(text("post_search MATCH :match").bindparams(match=match))
            .order_by(_fts.c.rowid.desc())
        )
    if author is not None:
        stmt = stmt.where(Post.author_id == author.id, ~Post.anonymous)
    if filters.scope == "stories":
        stmt = stmt.where(Post.is_opening)
    if filters.category is not None or filters.note != "any":
        stmt = stmt.join(Thread, Thread.id == Post.thread_id)
        if filters.category is not None:
            stmt = stmt.where(Thread.category_id == filters.category.id)
        if filters.note == "with":
            stmt = stmt.where(Thread.content_note.is_not(None))
        elif filters.note == "without":
            stmt = stmt.where(Thread.content_note.is_(None))
    return stmt


def _containing(excluded: tuple[tuple[str, ...], ...], postgres: bool) -> Select:
    """The ids of the indexed posts that hold any of these words or phrases."""
    each = [syntax.Query(phrases=(runs,)) for runs in excluded]
    if postgres:
        tsq = func.to_tsquery(
            literal_column(f"'{CONFIG}'"), " | ".join(syntax.tsquery(q) for q in each)
        )
        return select(_pg.c.post_id).where(_pg.c.vector.op("@@")(tsq))
    expression = " OR ".join(syntax.fts5(q) for q in each)
    return select(_fts.c.rowid).where(
        text("post_search MATCH :excluded").bindparams(excluded=expression)
    )


def _hits(query: syntax.Query, ids: list[int]) -> list[Hit]:
    if not ids:
        return []
    posts = {
        post.id: post for post in db.session.scalars(Post.with_context().where(Post.id.in_(ids)))
    }
    marked = _marked(query, ids)
    hits = []
    for post_id in ids:
        post = posts[post_id]
        title, body = marked.get(post_id, (post.thread.title, post.body_md))
        hits.append(Hit(post, _markup(title or post.thread.title), _markup(body, snippet=True)))
    return hits


def _marked(query: syntax.Query, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Each post's thread title and a passage of its text, matched words between marks."""
    if not query.highlighted:
        return {}
    if _postgres():
        tsq = _tsquery(query)
        options = f"StartSel={_OPEN}, StopSel={_CLOSE}"
        rows = db.session.execute(
            select(
                Post.id,
                func.ts_headline(
                    literal_column(f"'{CONFIG}'"), Thread.title, tsq, f"{options}, HighlightAll=1"
                ),
                func.ts_headline(
                    literal_column(f"'{CONFIG}'"),
                    Post.body_md,
                    tsq,
                    options + ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "',
                ),
            )
            .join(Thread, Thread.id == Post.thread_id)
            .where(Post.id.in_(ids))
        )
        return {post_id: (title, body) for post_id, title, body in rows}
    rows = db.session.execute(
        text(
            "SELECT rowid, highlight(post_search, 0, :open, :close), "
            "snippet(post_search, 1, :open, :close, ' … ', 32) "
            "FROM post_search WHERE post_search MATCH :match AND rowid IN "
            f"({', '.join(str(int(i)) for i in ids)})"
        ),
        {"open": _OPEN, "close": _CLOSE, "match": syntax.fts5(query)},
    )
    return {post_id: (title, body) for post_id, title, body in rows}


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*\)?")  # ")" cut off by a snippet too
_MARKDOWN = re.compile(r"^\s*(?:>\s*)+|^\s*(?:#{1,6}|[-*+]|\d+\.)\s+|[*_`~]+", re.M)
_MARKED = re.compile(f"{_OPEN}([^{_OPEN}{_CLOSE}]*){_CLOSE}")


def _markup(source: str, *, snippet: bool = False, words: int = 60) -> Markup:
    """Stored text as safe HTML: Markdown marks dropped, escaped, matched words in <mark>."""
    if snippet:
        source = _MARKDOWN.sub("", _LINK.sub(r"\1", source))
        parts = source.split()
        if len(parts) > words:  # no match in the body (the title matched): its first words
            source = " ".join(parts[:words]) + " …"
        source = " ".join(source.split())
    html = str(escape(source))
    html = _MARKED.sub(r"<mark>\1</mark>", html)
    return Markup(html.replace(_OPEN, "").replace(_CLOSE, ""))


def matching_among(query: syntax.Query, candidates: Select) -> list[int]:
    """The ids among `candidates` (a select of post ids, any status) whose text matches,
    for the moderators' queue, whose held posts are not in the index. Matched on the fly:
    on PostgreSQL by building each candidate's vector, on SQLite in a temporary FTS5 table
    (this connection's only), emptied as soon as it has answered."""
    if query.author is not None:
        author = named_author(query.author)
        candidates = select(Post.id).where(
            Post.id.in_(candidates.scalar_subquery()),
            Post.author_id == (author.id if author else None),
            ~Post.anonymous,
        )
    if syntax.fts5(query) is None:  # author:name alone
        return list(db.session.scalars(candidates))
    title = case((Post.is_opening, Thread.title), else_="")
    rows = (
        select(Post.id, title, Post.body_md)
        .join(Thread, Thread.id == Post.thread_id)
        .where(Post.id.in_(candidates.scalar_subquery()))
    )
    session = db.session
    if _postgres():
        vector = func.post_search_vector(title, Post.body_md)
        return list(
            session.scalars(rows.with_only_columns(Post.id).where(vector.op("@@")(_tsquery(query))))
        )
    # The table stays, empty, for this connection's next search of the queue: the driver
    # runs DDL outside the transaction, so a DROP here could be rolled back with the request
    # while the CREATE stays. The rows come and go inside the transaction.
    session.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_QUEUE_TABLE}"))
    session.execute(text("DELETE FROM temp.queue_search"))
    try:
        session.execute(insert(_queue_search).from_select(["rowid", "title", "body"], rows))
        return list(
            session.scalars(
                text("SELECT rowid FROM temp.queue_search WHERE queue_search MATCH :match"),
                {"match": syntax.fts5(query)},
            )
        )
    finally:
        session.execute(text("DELETE FROM temp.queue_search"))


def named_author(name: str | None) -> User | None:
    """The member `author:` names, if any (deleted accounts name nobody)."""
    if not name:
        return None
    user = db.session.scalar(select(User).where(func.lower(User.username) == name.lower()))
    return user if user is not None and user.deleted_at is None else None
