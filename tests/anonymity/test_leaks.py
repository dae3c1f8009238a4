"""The anonymity promise, end to end: no surface of the site shows who wrote an anonymous post.

A small world holds an anonymous author with distinctive account values (username, id, e-mail,
profession, join month, named-post count). Every GET route in app.url_map is requested with
every realistic value, by every kind of viewer except the author, and each response (body and
headers, redirects followed) is searched for those values. Further tests cover the author's
public profile, votes and their JSON, pseudonyms across threads, logs, the database (no IP
address), the session cookie and caching.
"""

from __future__ import annotations

import html
import itertools
import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import pytest
from flask import url_for
from sqlalchemy import select

from forum.anonymity.pseudonyms import ORIGINAL_POSTER
from forum.extensions import db
from forum.models import (
    PUBLIC_ID_PATTERN,
    Category,
    Post,
    RevealRequest,
    Role,
    Thread,
    User,
    WatchLevel,
)
from forum.notify import services as notify
from forum.threads import helped, services, votes
from tests.conftest import PASSWORD, RequestPerContextClient, serving
from tests.search.pages import hits, search_url, without_echo

# The anonymous author and the values of their account that anonymous posts must not show.
USERNAME = "zebra_quill_7"
ACCOUNT_ID = 48213
EMAIL = "zq7@example.org"
PROFESSION = "Perinatal liaison nurse"
JOINED = datetime(2019, 3, 14, 9, 30, tzinfo=UTC)
NAMED_POSTS = 3  # their named replies in thread C; nobody else in the world has 3 named posts

# What an anonymous post shows of its writer only when the writer opted in on that post.
SHOWN_PROFESSION = "Hospital pharmacist"

IDENTIFYING = [
    ("username", re.compile(re.escape(USERNAME), re.IGNORECASE)),
    # Stricter than \b: also "u48213" or "author_48213" in a class, id or data attribute.
    ("account id", re.compile(rf"(?<!\d){ACCOUNT_ID}(?!\d)")),
    ("e-mail", re.compile(r"zq7(?:@|%40|&#64;)example\.org", re.IGNORECASE)),
    # "Perinatal" appears nowhere else: it catches the label however it is spaced or encoded.
    ("profession", re.compile(r"perinatal", re.IGNORECASE)),
    ("join month", re.compile(r"\b(?:March|Mar)\.?\s+2019\b|\b2019-03\b|\b03/2019\b", re.I)),
    ("join year", re.compile(r"\b2019\b")),
    ("named-post count", re.compile(rf"\b{NAMED_POSTS}\s+(?:named\s+)?posts?\b", re.I)),
]

VIEWERS = ["visitor", "member", "fellow writer", "moderator", "admin"]
IP = "203.0.113.77"
UNKNOWN = "zzzzzzzzzzzz"  # shaped like a public id; no thread or post has it


# The world ------------------------------------------------------------------------------------


@pytest.fixture
def app(make_app):
    """The suite's app with a fixed pseudonym key, so every writer's names are the same on every
    run and engine (the world checks they are all distinct), and small pages, so that thread,
    list and profile pagination are walked too."""
    yield from serving(
        make_app(
            PSEUDONYM_KEY=b"leak-test pseudonym key, fixed for reproducible names",
            POSTS_PER_PAGE=2,
            THREADS_PER_PAGE=2,
        )
    )


@dataclass(frozen=True)
class Written:
    public_id: str
    thread_key: str  # the public id of its thread
    author: str  # username
    body: str
    anonymous: bool
    pseudonym: str | None


@dataclass(frozen=True)
class World:
    """Threads by their public ids, as URLs show them."""

    thread_a: str  # anonymous thread by the author
    thread_b: str  # another member's named thread, with an anonymous reply by the author
    thread_c: str  # a named thread where the author replies under their username
    titles: dict[str, str]
    slugs: list[str]
    usernames: dict[str, str]  # role in the world -> username
    posts: list[Written]
    reveal_request: int  # the administrator's undecided request about the story of A

    @property
    def anonymous_posts(self) -> list[Written]:
        return [p for p in self.posts if p.anonymous]

    def post(self, author: str, thread_key: str, *, anonymous: bool = True) -> Written:
        """The first post (in the order written) of `author` in a thread, anonymous or named."""
        return next(
            p
            for p in self.posts
            if p.author == author and p.thread_key == thread_key and p.anonymous is anonymous
        )

    def names_in(self, thread_key: str) -> set[str]:
        """The pseudonyms (not "Original poster") of the anonymous writers in a thread."""
        return {
            p.pseudonym
            for p in self.anonymous_posts
            if p.thread_key == thread_key and p.pseudonym != ORIGINAL_POSTER
        }

    def names_of(self, username: str) -> dict[str, str]:
        """Thread public id -> the pseudonym or "Original poster" of one writer."""
        return {p.thread_key: p.pseudonym for p in self.anonymous_posts if p.author == username}


@pytest.fixture
def world(app, make_user, make_category, make_thread, make_reply) -> World:
    author = make_user(
        username=USERNAME,
        id=ACCOUNT_ID,
        email=EMAIL,
        profession=PROFESSION,
        created_at=JOINED,
    )
    opener_b = make_user(username="harbor_reed")
    both = make_user(username="marigold_vale")  # anonymous in both A and B
    named = make_user(username="cobalt_fern")
    shows = make_user(username="linden_moss", profession=SHOWN_PROFESSION)
    reader = make_user(username="reader_ash", profession="Paramedic")
    moderator = make_user(username="mod_birch", role=Role.MODERATOR)
    admin = make_user(username="admin_cedar", role=Role.ADMIN)

    medication = make_category(slug="medication", name="Medication")
    handover = make_category(slug="handover", name="Handover")
    nights = make_category(slug="nights", name="Night shifts")

    a = make_thread(
        author=author,
        category=medication,
        title="The bag I hung on the wrong line",
        body="I hung the second bag on the wrong line and only saw it at the next check.",
        content_note="patient harm",
        anonymous=True,
    )
    a_key, a_title = a.public_id, a.title
    # Viewers who watch the threads get a notification of every reply, the author's included.
    for watcher in (reader, moderator):
        notify.set_level(watcher, a, WatchLevel.WATCHING)
    make_reply(
        a, author=both, body="Same on a night shift; the labels looked alike.", anonymous=True
    )
    make_reply(a, author=named, body="Our unit added a second check after a similar case.")
    make_reply(
        a,
        author=shows,
        body="From the pharmacy side, look-alike bags are a known trap.",
        anonymous=True,
        show_profession=True,
    )
    thanks = make_reply(a, author=author, body="Thank you all, this helped.", anonymous=True)
    services.edit_post(thanks, body="Thank you all, writing this down helped more than I expected.")

    b = make_thread(
        author=opener_b,
        category=handover,
        title="Handover notes that went missing",
        body="The notes from the day team never reached me.",
    )
    b_key, b_title = b.public_id, b.title
    for watcher in (reader, admin):
        notify.set_level(watcher, b, WatchLevel.WATCHING)
    make_reply(b, author=author, body="A checklist fixed missing notes for us.", anonymous=True)
    make_reply(b, author=both, body="We print the handover sheet now, and sign it.", anonymous=True)
    make_reply(b, author=named, body="A shared board helped our ward.")

    c = make_thread(
        author=opener_b,
        category=nights,
        title="Staying awake on the fourth night",
        body="By the fourth night I make mistakes I would never make by day.",
    )
    c_key, c_title = c.public_id, c.title
    for body in (
        "Short walks between rounds help me.",
        "Cold water on the wrists, honestly.",
        "I keep the heavy charting for the first half.",
    ):
        make_reply(c, author=author, body=body)

    db.session.expire_all()
    rows = db.session.scalars(select(Post).order_by(Post.id)).all()
    users = {u.id: u.username for u in (author, opener_b, both, named, shows, reader)}
    keys = {a.id: a_key, b.id: b_key, c.id: c_key}
    helpful = {p.author_id: p for p in rows if p.thread_id == a.id and not p.is_opening}
    votes.set_vote(helpful[both.id], named, True)
    votes.set_vote(helpful[shows.id], opener_b, True)
    votes.set_vote(helpful[shows.id], named, True)
    # The anonymous author marks a reply "This helped me": every page shows the mark.
    helped.set_helped(helpful[named.id], author, True)
    # Undecided, so that the reveal pages are walked with a request that shows nobody's account.
    asked = RevealRequest(
        post_id=next(p.id for p in rows if p.thread_id == a.id and p.is_opening),
        requester_id=admin.id,
        reason="A risk to a patient.",
    )
    db.session.add(asked)
    db.session.commit()

    posts = [
        Written(
            p.public_id, keys[p.thread_id], users[p.author_id], p.body_md, p.anonymous, p.pseudonym
        )
        for p in rows
    ]
    world = World(
        thread_a=a_key,
        thread_b=b_key,
        thread_c=c_key,
        titles={a_key: a_title, b_key: b_title, c_key: c_title},
        slugs=[medication.slug, handover.slug, nights.slug],
        usernames={
            "author": author.username,
            "opener of B": opener_b.username,
            "fellow writer": both.username,
            "named writer": named.username,
            "profession shower": shows.username,
            "member": reader.username,
            "moderator": moderator.username,
            "admin": admin.username,
        },
        posts=posts,
        reveal_request=asked.id,
    )
    # Preconditions of the checks below (a fixed key makes them hold on every run).
    names = {
        (p.author, p.thread_key): p.pseudonym
        for p in world.anonymous_posts
        if p.pseudonym != ORIGINAL_POSTER
    }
    assert len(set(names.values())) == len(names) == 4, f"names not all distinct: {names}"
    assert "Quiet Heron" not in names.values(), "a writer got the identity help text's example"
    assert world.names_of(USERNAME) == {
        a_key: ORIGINAL_POSTER,
        b_key: world.post(USERNAME, b_key).pseudonym,
    }
    return world


def _client(app):
    app.test_client_class = RequestPerContextClient
    return app.test_client()


def _logged_in(app, username: str | None, **environ):
    client = _client(app)
    if username is not None:
        response = client.post(
            "/login",
            data={"username": username, "password": PASSWORD},
            environ_base=dict(environ),
        )
        assert response.status_code == 302, f"login of {username} failed"
    return client


def _viewer_username(world: World, viewer: str) -> str | None:
    return None if viewer == "visitor" else world.usernames[viewer]


# The walk -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Visit:
    url: str
    thread_key: str | None  # the thread whose pages this is, for the pseudonym checks


def _fill_values(world: World) -> dict[str, list[tuple[object, str | None]]]:
    """Realistic values for each URL variable, each with the thread it belongs to."""
    return {
        "thread_key": [(world.thread_a, world.thread_a), (world.thread_b, world.thread_b)],
        "post_key": [(p.public_id, p.thread_key) for p in world.anonymous_posts],
        "slug": [(slug, None) for slug in world.slugs],
        "request_id": [(world.reveal_request, world.thread_a)],
        # Links from e-mail; tests/notify/test_mail_leaks.py reads the mails themselves.
        "token": [("not-a-token", None)],
        # The author's own profile is their named identity: checked on its own below.
        "username": [(name, None) for name in world.usernames.values() if name != USERNAME],
    }


def _get_rules(app):
    return sorted(
        (
            rule
            for rule in app.url_map.iter_rules()
            if rule.endpoint != "static" and "GET" in rule.methods
        ),
        key=lambda rule: rule.rule,
    )


def _unfillable(app, world: World) -> list[str]:
    values = _fill_values(world)
    return [
        f"{rule.rule} ({rule.endpoint}) needs {sorted(rule.arguments - values.keys())}"
        for rule in _get_rules(app)
        if rule.arguments - values.keys()
    ]


def visits(app, world: World) -> list[Visit]:
    """Every GET route with every realistic value, and the query variants pages take."""
    missing = _unfillable(app, world)
    if missing:
        pytest.fail(
            "GET routes whose URL variables the leak test cannot fill; give them values in "
            "_fill_values: " + "; ".join(missing)
        )
    values = _fill_values(world)
    found: list[Visit] = []
    for rule in _get_rules(app):
        names = sorted(rule.arguments)
        for combination in itertools.product(*(values[name] for name in names)):
            threads = {thread for _, thread in combination if thread is not None}
            built = rule.build({n: v for n, (v, _) in zip(names, combination, strict=True)})
            assert built is not None, rule.rule
            found.append(Visit(built[1], threads.pop() if len(threads) == 1 else None))

    a, b = world.thread_a, world.thread_b
    with app.test_request_context():
        for key in (a, b):
            for args in (
                {"sort": "helpful"},
                {"sort": "helped"},
                {"page": 2},
                {"page": 2, "sort": "helpful"},
                {"page": 2, "sort": "helped"},
            ):
                found.append(Visit(url_for("threads.thread", thread_key=key, **args), key))
            found.append(Visit(url_for("threads.thread", thread_key=key, page=9), key))
            for post in world.anonymous_posts:
                url = url_for("threads.reply", thread_key=key, quote=post.public_id)
                # Quoting a post of another thread is a 404; it is walked all the same.
                found.append(Visit(url, key if post.thread_key == key else None))
        other = [name for name in world.usernames.values() if name != USERNAME]
        first = world.anonymous_posts[0]
        found += [
            Visit(url_for("threads.index", page=2), None),
            Visit(url_for("threads.index", page=9), None),
            Visit(url_for("threads.new_thread", category=world.slugs[0]), None),
            Visit(url_for("users.my_posts", page=2), None),
            Visit(url_for("users.profile", username=other[0], page=2), None),
            *(Visit(search_url(q, **args), None) for q in SEARCHES for args in SEARCH_ARGS),
            Visit(url_for("auth.login", next=f"/p/{first.public_id}/edit"), first.thread_key),
        ]
        found += [Visit(url_for("threads.category", slug=s, page=2), None) for s in world.slugs]
        # Unknown things: the 404 page, for unknown public ids and for database ids.
        found += [
            Visit(url_for("threads.thread", thread_key=UNKNOWN), None),
            Visit(url_for("threads.reply", thread_key=UNKNOWN), None),
            Visit(url_for("threads.permalink", post_key=UNKNOWN), None),
            Visit(url_for("threads.single_post", post_key=UNKNOWN), None),
            Visit(url_for("threads.edit_post", post_key=UNKNOWN), None),
            Visit("/t/1", None),
            Visit("/p/1/view", None),
            Visit(url_for("users.profile", username="no_such_member"), None),
            Visit(url_for("threads.category", slug="no-such-category"), None),
            Visit("/no/such/page", None),
        ]
    return found


# The author's account values and words of their anonymous posts, in the search box (the
# author: queries with their username: tests/search/test_search_anonymity.py).
SEARCHES = [
    USERNAME,
    PROFESSION,
    EMAIL,
    f"author:{EMAIL}",
    "bag",
    "wrong line",
    "checklist",
    "expected",
]
SEARCH_ARGS = [{}, {"sort": "date"}]


@dataclass(frozen=True)
class Seen:
    """One response as a viewer got it; `via` is the URL that redirected here."""

    url: str
    thread_key: str | None
    status: int
    text: str  # headers, a blank line, then the body
    body: str
    via: str | None = None

    def where(self) -> str:
        return f"GET {self.url} ({self.status})" + (
            f" after a redirect from {self.via}" if self.via else ""
        )


def _text(response) -> tuple[str, str]:
    headers = "\n".join(f"{name}: {value}" for name, value in response.headers.items())
    body = without_echo(response.get_data(as_text=True), response.request.path)
    return f"{headers}\n\n{body}", body


def _location_thread(location: str, world: World) -> str | None:
    match = re.match(r"/t/([^/]+)", urlsplit(location).path)
    return match[1] if match and match[1] in world.titles else None


def walk(app, client, world: World) -> list[Seen]:
    """Request every visit, following redirects (a few hops) except into the login page."""
    with app.test_request_context():
        login_path = url_for("auth.login")
    seen: list[Seen] = []
    for visit in visits(app, world):
        response = client.get(visit.url)
        text, body = _text(response)
        seen.append(Seen(visit.url, visit.thread_key, response.status_code, text, body))
        thread_key = visit.thread_key
        for _ in range(3):
            location = response.headers.get("Location")
            if not location or urlsplit(location).path == login_path:
                break
            target = urlsplit(location)._replace(fragment="").geturl()
            thread_key = _location_thread(location, world) or thread_key
            response = client.get(target)
            text, body = _text(response)
            seen.append(Seen(target, thread_key, response.status_code, text, body, via=visit.url))
    return seen


def _excerpt(text: str, start: int, end: int) -> str:
    return repr(text[max(0, start - 70) : end + 70])


def identifying(text: str) -> list[str]:
    """Each of the author's account values found in `text`, with where."""
    found = []
    head = text.find("\n\n")
    for name, pattern in IDENTIFYING:
        for match in pattern.finditer(text):
            part = "header" if match.start() < head else "body"
            found.append(f"{name} {match[0]!r} in the {part}: …{_excerpt(text, *match.span())}…")
    return found


def _articles(body: str) -> dict[str, str]:
    """Post public id -> the HTML of its <article>."""
    return {
        m[1]: m[0]
        for m in re.finditer(r'<article class="post[^"]*" id="p-([^"]+)">.*?</article>', body, re.S)
    }


def _mentions(name: str, text: str) -> bool:
    return name in text or html.escape(name) in text


# 1. Every GET route, every viewer -------------------------------------------------------------


def test_every_get_route_can_be_filled_with_values_from_the_world(app, world):
    assert _unfillable(app, world) == [], (
        "a GET route takes a URL variable the leak test has no value for: add it to _fill_values"
    )


@pytest.mark.parametrize("viewer", VIEWERS)
def test_no_page_shows_the_anonymous_authors_account_to_any_viewer(app, world, viewer):
    client = _logged_in(app, _viewer_username(world, viewer))
    seen = walk(app, client, world)
    problems = [
        f"{viewer}, {response.where()}: {finding}"
        for response in seen
        for finding in identifying(response.text)
    ]
    assert not problems, "the anonymous author is exposed:\n" + "\n".join(problems)
    served = [s for s in seen if s.status == 200]
    assert len(served) >= 30, f"only {len(served)} pages answered 200: is the walk still walking?"


@pytest.mark.parametrize("viewer", VIEWERS)
def test_a_shown_profession_appears_on_its_own_post_and_nowhere_else(app, world, viewer):
    client = _logged_in(app, _viewer_username(world, viewer))
    post = world.post(world.usernames["profession shower"], world.thread_a)
    own_profile = f"/u/{world.usernames['profession shower']}"
    problems, shown_on = [], set()
    for response in walk(app, client, world):
        if urlsplit(response.url).path == own_profile:
            continue  # their profile is their named identity
        if SHOWN_PROFESSION not in response.text:
            continue
        articles = {**_articles(response.body), **hits(response.body)}  # a post, or its hit
        if SHOWN_PROFESSION in articles.get(post.public_id, ""):
            shown_on.add(urlsplit(response.url).path)
        rest = response.text.replace(articles.get(post.public_id, ""), "")
        if SHOWN_PROFESSION in rest:
            at = rest.index(SHOWN_PROFESSION)
            problems.append(f"{response.where()}: …{_excerpt(rest, at, at)}…")
    assert not problems, f"{SHOWN_PROFESSION!r} outside post {post.public_id}:\n" + "\n".join(
        problems
    )
    assert {f"/t/{world.thread_a}", f"/p/{post.public_id}/view", "/search"} <= shown_on


def test_the_anonymous_posts_are_shown_under_their_names_on_the_walked_pages(app, world):
    """The walk would pass on empty pages; this shows it sees the posts it checks."""
    client = _logged_in(app, None)
    pages = {}
    for page in ("", "?page=2"):
        for key in (world.thread_a, world.thread_b):
            body = client.get(f"/t/{key}{page}").get_data(as_text=True)
            pages.update(_articles(body))
    for post in world.anonymous_posts:
        assert post.public_id in pages, (
            f"anonymous post {post.public_id} is on no page of its thread"
        )
        article = pages[post.public_id]
        assert html.escape(post.body, quote=False) in article or post.body in article
        assert re.search(rf'<span class="author">\s*{re.escape(post.pseudonym)}\b', article)
    opening = pages[world.post(USERNAME, world.thread_a).public_id]
    assert "Original poster" in opening and "opening" in opening


@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_anonymous_authors_helped_mark_shows_on_the_reply_and_names_nobody(app, world, viewer):
    """The walk above checks the pages with the mark on them; this shows the mark is there."""
    client = _logged_in(app, _viewer_username(world, viewer))
    marked = world.post(world.usernames["named writer"], world.thread_a, anonymous=False)
    for args in ("", "?sort=helped"):
        body = client.get(f"/t/{world.thread_a}{args}").get_data(as_text=True)
        article = _articles(body)[marked.public_id]
        assert "The author found this helpful" in article
        assert not identifying(article)
        assert body.count("The author found this helpful") == 1


def test_the_search_terms_recognise_the_author_where_they_are_named(app, world):
    """The identifying patterns match what the site really prints for this account: on their
    public profile, and on their own settings page (the only page showing the e-mail)."""
    profile = _client(app).get(f"/u/{USERNAME}").get_data(as_text=True)
    settings = _logged_in(app, USERNAME).get("/account").get_data(as_text=True)
    assert {name for name, pattern in IDENTIFYING if pattern.search(profile)} >= {
        "username",
        "profession",
        "join month",
        "join year",
        "named-post count",
    }
    assert {name for name, pattern in IDENTIFYING if pattern.search(settings)} >= {"e-mail"}


def test_thread_lists_show_anonymous_as_the_opener_of_an_anonymous_thread(app, world):
    client = _client(app)
    rows = []
    for url in ["/", "/?page=2", *(f"/c/{slug}" for slug in world.slugs)]:
        body = client.get(url).get_data(as_text=True)
        assert ORIGINAL_POSTER not in body, url
        assert not any(_mentions(name, body) for name in world.names_in(world.thread_a)), url
        rows += re.findall(r'<li class="thread-row">.*?</li>', body, re.S)
    row_a = next(r for r in rows if f'href="/t/{world.thread_a}"' in r)
    assert re.search(r"started by\s+Anonymous\b", row_a)
    assert sum(f'href="/t/{world.thread_a}"' in r for r in rows) == 2  # index and category


# 2. The author's named identity -------------------------------------------------------------------


@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_authors_public_profile_leads_to_none_of_their_anonymous_posts(app, world, viewer):
    client = _logged_in(app, _viewer_username(world, viewer))
    first = client.get(f"/u/{USERNAME}")
    second = client.get(f"/u/{USERNAME}?page=2")
    assert first.status_code == second.status_code == 200
    assert client.get(f"/u/{USERNAME}?page=3").status_code == 404  # 3 named posts, 2 a page
    pages = [_text(first)[0], _text(second)[0]]
    assert re.search(rf"\b{NAMED_POSTS} posts\b", pages[0]), "the count is of named posts only"
    assert USERNAME in pages[0] and "March 2019" in pages[0]
    # Named surfaces of the author: the profile, and thread C where they reply under their name.
    for thread_page in (f"/t/{world.thread_c}", f"/t/{world.thread_c}?page=2"):
        pages.append(_text(client.get(thread_page))[0])
    named_posts = [p for p in world.posts if p.author == USERNAME and not p.anonymous]
    pages += [_text(client.get(f"/p/{p.public_id}/view"))[0] for p in named_posts]
    linked = {p.public_id for p in named_posts for page in pages[:2] if f"/p/{p.public_id}" in page}
    assert linked == {p.public_id for p in named_posts}

    forbidden = {
        "title of anonymous thread A": world.titles[world.thread_a],
        "title of thread B, where they reply anonymously": world.titles[world.thread_b],
        "'Original poster'": ORIGINAL_POSTER,
        "their pseudonym in B": world.post(USERNAME, world.thread_b).pseudonym,
    }
    for post in world.anonymous_posts:
        forbidden[f"text of anonymous post {post.public_id}"] = post.body
    problems = []
    for page in pages:
        problems += [what for what, value in forbidden.items() if _mentions(value, page)]
        for post in world.anonymous_posts:
            if f"/p/{post.public_id}" in page:
                problems.append(f"a link to anonymous post {post.public_id}")
    assert not problems, f"{viewer} can follow the author's named identity to: {problems}"


# 3. Pseudonyms stay in their thread ---------------------------------------------------------------


@pytest.mark.parametrize("viewer", VIEWERS)
def test_a_writers_pseudonym_in_one_thread_never_appears_on_another_threads_pages(
    app, world, viewer
):
    """Names used in thread B never show on A's pages, and the other way round; no pseudonym
    shows on pages of no thread (lists, profiles, forms, errors), except the viewer's own
    names on their private "My posts"."""
    viewer_name = _viewer_username(world, viewer)
    client = _logged_in(app, viewer_name)
    a, b = world.thread_a, world.thread_b
    in_both = [name for name in world.usernames.values() if {a, b} <= set(world.names_of(name))]
    assert set(in_both) == {USERNAME, world.usernames["fellow writer"]}
    own = set(world.names_of(viewer_name).values()) if viewer_name else set()
    every_name = world.names_in(a) | world.names_in(b)
    problems = []
    for response in walk(app, client, world):
        if response.thread_key in (a, b):
            other = b if response.thread_key == a else a
            forbidden = world.names_in(other)  # includes the B names of those in both
        elif urlsplit(response.url).path == "/me/posts":
            forbidden = every_name - own
        elif urlsplit(response.url).path == "/notifications":
            problems += _names_outside_their_notifications(world, response)
            continue
        elif urlsplit(response.url).path == "/search":
            problems += _names_outside_their_hits(world, response)
            continue
        else:
            forbidden = every_name
        problems += [
            f"{name!r} on {response.where()}"
            for name in sorted(forbidden)
            if _mentions(name, response.text)
        ]
    assert not problems, f"pseudonyms outside their thread, seen by {viewer}:\n" + "\n".join(
        problems
    )


def _names_outside_their_notifications(world: World, response: Seen) -> list[str]:
    """The notifications page names writers of several threads, each in a line that names its
    thread: a name may appear only in a line about its own thread."""
    problems = []
    items = re.findall(r'<li class="notification.*?</li>', response.body, re.DOTALL)
    rest = re.sub(r'<li class="notification.*?</li>', "", response.text, flags=re.DOTALL)
    for name in sorted(world.names_in(world.thread_a) | world.names_in(world.thread_b)):
        if _mentions(name, rest):
            problems.append(f"{name!r} outside a notification on {response.where()}")
    for item in items:
        keys = [key for key, title in world.titles.items() if html.escape(title) in item]
        assert len(keys) <= 1, item
        allowed = world.names_in(keys[0]) if keys else set()
        for name in sorted(world.names_in(world.thread_a) | world.names_in(world.thread_b)):
            if name not in allowed and _mentions(name, item):
                problems.append(f"{name!r} in a notification of another thread: {item}")
    return problems


def _names_outside_their_hits(world: World, response: Seen) -> list[str]:
    """Search results list posts of several threads: a name may appear only in a hit of a
    post of its own thread."""
    every = world.names_in(world.thread_a) | world.names_in(world.thread_b)
    thread_of = {p.public_id: p.thread_key for p in world.posts}
    found = hits(response.body)
    rest = response.text
    problems = []
    for key, item in found.items():
        rest = rest.replace(item, "")
        problems += [
            f"{name!r} in a hit of another thread on {response.where()}: {item}"
            for name in sorted(every - world.names_in(thread_of[key]))
            if _mentions(name, item)
        ]
    problems += [
        f"{name!r} outside a hit on {response.where()}"
        for name in sorted(every)
        if _mentions(name, rest)
    ]
    return problems


# 3b. Notifications -------------------------------------------------------------------------------


def test_a_watchers_notifications_name_the_anonymous_author_as_the_thread_does(app, world):
    """The walk saw every viewer's notifications; here, that the member's list really holds the
    author's anonymous replies, under their names in each thread and no more."""
    client = _logged_in(app, world.usernames["member"])
    text, body = _text(client.get("/notifications"))
    assert f"{ORIGINAL_POSTER} replied in “{world.titles[world.thread_a]}”" in body
    b_name = world.post(USERNAME, world.thread_b).pseudonym
    assert f"{b_name} replied in “{world.titles[world.thread_b]}”" in body
    assert identifying(text) == []
    times = re.findall(r'<time datetime="([^"]+)"', body)
    assert len(times) >= 2
    header = _text(client.get("/"))[0]
    assert re.search(r"\d+ new</span>", header) and identifying(header) == []


def test_a_quote_and_a_vote_by_the_anonymous_author_name_nobody_to_the_quoted_writer(app, world):
    """The author, anonymous in B, quotes the member's reply there and finds it helpful: the
    member is told by the author's pseudonym, and the vote by a count, never a name."""
    reader = db.session.scalar(select(User).where(User.username == world.usernames["member"]))
    author = db.session.get(User, ACCOUNT_ID)
    thread = db.session.scalar(select(Thread).where(Thread.public_id == world.thread_b))
    mine = services.create_reply(thread, reader, "Ours was a paper list.", anonymous=False)
    quote = f"> [**{reader.username}** wrote](/p/{mine.public_id}):\n>\n> Ours\n\nSame."
    services.create_reply(thread, author, quote, anonymous=True)
    votes.set_vote(mine, author, True)
    client = _logged_in(app, reader.username)
    text, body = _text(client.get("/notifications"))
    b_name = world.post(USERNAME, world.thread_b).pseudonym
    assert f"{b_name} quoted you in" in body
    assert "1 person found your reply in" in body
    assert identifying(text) == []
    links = re.findall(
        r'<li class="notification[^"]*">\s*(?:<span[^>]*>[^<]*</span>)?<a href="([^"]+)"', body
    )
    assert len(links) >= 2  # the quote and the vote, and the replies the member watches
    for link in links:
        response = client.get(link, follow_redirects=True)
        assert identifying(_text(response)[0]) == [], link


# 4. Votes -----------------------------------------------------------------------------------------


def test_a_json_vote_on_an_anonymous_post_answers_with_the_vote_and_score_only(app, world):
    voter = _logged_in(app, world.usernames["member"])
    opening = world.post(USERNAME, world.thread_a)
    json_headers = {"Accept": "application/json"}
    response = voter.post(
        f"/p/{opening.public_id}/vote", data={"helpful": "1"}, headers=json_headers
    )
    assert response.status_code == 200 and response.is_json
    assert response.get_json() == {"helpful": True, "score": 1}
    assert identifying(_text(response)[0]) == []
    assert world.usernames["member"] not in _text(response)[0]
    undone = voter.post(f"/p/{opening.public_id}/vote", data={"helpful": "0"}, headers=json_headers)
    assert undone.get_json() == {"helpful": False, "score": 0}


def test_a_vote_redirect_carries_nothing_about_the_writer_or_the_voter(app, world):
    voter_name = world.usernames["member"]
    voter = _logged_in(app, voter_name)
    in_b = world.post(USERNAME, world.thread_b)
    plain = voter.post(f"/p/{in_b.public_id}/vote", data={"helpful": "1"})
    back = f"/t/{world.thread_b}?page=1#p-{in_b.public_id}"
    with_next = voter.post(f"/p/{in_b.public_id}/vote", data={"helpful": "1", "next": back})
    assert plain.status_code == with_next.status_code == 302
    assert plain.headers["Location"] == f"/p/{in_b.public_id}"
    assert with_next.headers["Location"] == back
    for response in (plain, with_next):
        text = _text(response)[0]
        assert identifying(text) == []
        assert voter_name not in text and world.post(USERNAME, world.thread_b).pseudonym not in text

    # Nobody else sees who voted, on any page of the thread.
    for viewer in ("visitor", "moderator", "admin"):
        other = _logged_in(app, _viewer_username(world, viewer))
        for url in (
            f"/t/{world.thread_b}",
            f"/t/{world.thread_b}?page=2",
            f"/p/{in_b.public_id}/view",
        ):
            page = other.get(url).get_data(as_text=True)
            assert voter_name not in page, (viewer, url)
    page = voter.get(f"/p/{in_b.public_id}/view").get_data(as_text=True)
    assert 'aria-pressed="true"' in page  # only the voter sees their own vote


# 5. Logs ------------------------------------------------------------------------------------------


def _category_id(slug: str) -> int:
    return db.session.scalar(select(Category.id).where(Category.slug == slug))


@dataclass(frozen=True)
class Made:
    client: RequestPerContextClient  # logged in as the author
    thread: str  # public ids, as URLs show them
    opening: str
    reply: str
    sessions: list[dict]  # the decoded session cookie after each step


def _session(app, client) -> dict:
    cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    assert cookie is not None, "no session cookie"
    return app.session_interface.get_signing_serializer(app).loads(cookie.value)


def _post_anonymously_as_the_author(app, world: World, **environ) -> Made:
    """Log in as the author, then open a thread, reply, edit and vote, all anonymously."""
    client = _logged_in(app, USERNAME, **environ)
    environ_base = dict(environ)
    sessions = []
    response = client.post(
        "/new",
        data={
            "category": str(_category_id(world.slugs[0])),
            "title": "The evening dose I gave twice",
            "body": "I gave the evening dose twice and only noticed at handover.",
            "content_note": "",
            "identity": "anonymous",
        },
        environ_base=environ_base,
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    sessions.append(_session(app, client))
    thread_key = re.fullmatch(rf"/t/({PUBLIC_ID_PATTERN})", response.headers["Location"])[1]
    reply = client.post(
        f"/t/{world.thread_b}/reply",
        data={"body": "A second pair of eyes at the pump saves me too.", "identity": "anonymous"},
        environ_base=environ_base,
    )
    assert reply.status_code == 302, reply.get_data(as_text=True)[:2000]
    sessions.append(_session(app, client))
    reply_key = re.fullmatch(rf"/p/({PUBLIC_ID_PATTERN})", reply.headers["Location"])[1]
    edit = client.post(
        f"/p/{reply_key}/edit",
        data={"body": "A second pair of eyes at the pump saves me, every time."},
        environ_base=environ_base,
    )
    assert edit.status_code == 302, edit.get_data(as_text=True)[:2000]
    sessions.append(_session(app, client))
    other = world.post(world.usernames["fellow writer"], world.thread_a)
    vote = client.post(
        f"/p/{other.public_id}/vote",
        data={"helpful": "1"},
        headers={"Accept": "application/json"},
        environ_base=environ_base,
    )
    assert vote.status_code == 200
    sessions.append(_session(app, client))
    db.session.expire_all()
    opening = db.session.scalar(
        select(Post).join(Post.thread).where(Thread.public_id == thread_key, Post.is_opening)
    )
    reply = db.session.scalar(select(Post).where(Post.public_id == reply_key))
    assert opening.anonymous and reply.anonymous
    return Made(client, thread_key, opening.public_id, reply_key, sessions)


def test_no_log_record_names_the_anonymous_author(app, world, caplog):
    """Everything at DEBUG, and SQL statements as SQLALCHEMY_ECHO logs them (SQLAlchemy keeps
    its own loggers at WARNING unless asked). Not sqlalchemy.engine at DEBUG: that logs every
    result row, account rows included, whatever the application does."""
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
    caplog.set_level(logging.DEBUG)  # last: it also sets the capturing handler's level
    for viewer in VIEWERS:
        walk(app, _logged_in(app, _viewer_username(world, viewer)), world)
    made = _post_anonymously_as_the_author(app, world)
    made.client.get(f"/t/{made.thread}")
    needles = [
        re.compile(re.escape(USERNAME), re.I),
        re.compile(re.escape(EMAIL), re.I),
        re.compile(rf"(?<!\d){ACCOUNT_ID}(?!\d)"),
    ]
    problems = []
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "")
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        problems += [
            f"{record.name} {record.levelname}: {text[:300]!r}"
            for needle in needles
            if needle.search(text)
        ]
    assert not problems, "log records name the anonymous author:\n" + "\n".join(problems)


# 6. The database keeps no IP address --------------------------------------------------------------


def test_no_table_keeps_the_ip_address_of_a_request(app, world):
    _post_anonymously_as_the_author(app, world, REMOTE_ADDR=IP)
    voter = _logged_in(app, world.usernames["member"], REMOTE_ADDR=IP)
    target = world.post(USERNAME, world.thread_a)
    vote = voter.post(
        f"/p/{target.public_id}/vote", data={"helpful": "1"}, environ_base={"REMOTE_ADDR": IP}
    )
    assert vote.status_code == 302
    voter.get(f"/t/{world.thread_a}", environ_base={"REMOTE_ADDR": IP})
    db.session.expire_all()
    found = []
    for table in db.metadata.sorted_tables:
        for row in db.session.execute(table.select()).all():
            found += [f"{table.name}: {row}" for value in row if IP in str(value)]
    assert not found, "an IP address is stored:\n" + "\n".join(found)
    assert db.session.scalar(select(Post.id).where(Post.body_md.contains("evening dose")))


# 7. The session cookie ----------------------------------------------------------------------------


def _values(data):
    if isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from _values(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from _values(value)
    else:
        yield data


def test_the_session_cookie_says_nothing_about_the_authors_anonymous_posts(app, world):
    made = _post_anonymously_as_the_author(app, world)
    client = made.client
    reply_name = db.session.scalar(select(Post.pseudonym).where(Post.public_id == made.reply))
    assert reply_name == world.post(USERNAME, world.thread_b).pseudonym
    # Also after the pages that show the posts, marked as the author's own.
    for url in (f"/t/{made.thread}", f"/p/{made.reply}", "/me/posts"):
        client.get(url)
    sessions = [*made.sessions, _session(app, client)]
    assert all("_user_id" in session for session in sessions)  # they are the author's cookies
    keys = {made.thread, made.opening, made.reply}
    ids = {
        db.session.scalar(select(Thread.id).where(Thread.public_id == made.thread)),
        *db.session.scalars(select(Post.id).where(Post.public_id.in_([made.opening, made.reply]))),
    }
    assert len(ids) == 3
    words = ("anonym", "pseudonym", ORIGINAL_POSTER.lower(), reply_name.lower())
    problems = []
    for session in sessions:
        for value in _values(session):
            if type(value) is int and value in ids:
                problems.append(f"the id {value} in {json.dumps(session, default=str)}")
            if isinstance(value, str):
                problems += [f"id {i} in {value!r}" for i in ids if re.search(rf"\b{i}\b", value)]
                problems += [f"public id {k} in {value!r}" for k in keys if k in value]
                problems += [f"{w!r} in {value!r}" for w in words if w in value.lower()]
    assert not problems, "the session cookie tells of the author's anonymous posts: " + str(
        problems
    )


# 8. Caching ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("member", ["fellow writer", "author"])
def test_no_page_served_to_a_logged_in_member_may_be_stored(app, world, member):
    username = world.usernames[member]
    client = _logged_in(app, username)
    own = world.post(username, world.thread_a)
    responses = {
        url: client.get(url)
        for url in (
            "/",
            f"/c/{world.slugs[0]}",
            "/me/posts",
            f"/t/{world.thread_a}",
            f"/t/{world.thread_a}?page=2",
            f"/p/{own.public_id}",
            f"/p/{own.public_id}/view",
            f"/p/{own.public_id}/edit",
            f"/u/{username}",
            "/account",
            f"/t/{UNKNOWN}",
            "/t/999999",
        )
    }
    other = world.post(world.usernames["profession shower"], world.thread_a)
    responses["POST vote (JSON)"] = client.post(
        f"/p/{other.public_id}/vote", data={"helpful": "1"}, headers={"Accept": "application/json"}
    )
    page = responses[f"/t/{world.thread_a}"].get_data(as_text=True)
    assert "You · posted anonymously" in _articles(page).get(own.public_id, page)
    missing = {
        url: response.headers.get("Cache-Control")
        for url, response in responses.items()
        if "no-store" not in (response.headers.get("Cache-Control") or "")
    }
    assert not missing, f"pages served to {member} without Cache-Control: no-store: {missing}"


def test_the_visitor_page_cache_holds_and_serves_nothing_of_the_anonymous_author(
    app, world, frozen_minute
):
    """The cache is a surface too: walk every page as a visitor twice (the second walk is
    served from it), with the author reading their own thread in between (their pages say
    "You" and must never reach the cache), then read every stored entry."""
    visitor = _client(app)
    walk(app, visitor, world)
    author = _logged_in(app, USERNAME)
    assert "You · posted anonymously" in author.get(f"/t/{world.thread_a}").get_data(as_text=True)
    again = walk(app, visitor, world)
    assert any(s.status == 200 for s in again)
    problems = [f"{s.where()}: {finding}" for s in again for finding in identifying(s.text)]
    problems += [s.where() for s in again if "You · posted anonymously" in s.text]
    entries = app.extensions["pagecache"]["local"].values()
    assert len(entries) >= 20, "the walk filled the cache with too few pages to test it"
    for _status, _location, content_type, body in entries:
        text = body.decode()
        problems += [f"a cached {content_type} page: {finding}" for finding in identifying(text)]
        problems += ["a cached page says You"] if "You · posted" in text else []
    assert not problems, "the page cache exposes the anonymous author:\n" + "\n".join(problems)


@pytest.mark.parametrize("viewer", [v for v in VIEWERS if v != "visitor"])
def test_the_post_cards_kept_for_members_show_no_one_else_the_anonymous_author(
    app, world, viewer, frozen_minute
):
    """Members' pages are built from kept post cards (forum.threads.cards): the author reads
    every page first, so the cards of their posts are kept as they see them ("You · posted
    anonymously", Edit, Delete), then each other viewer walks every page, from kept cards
    where the view is theirs too. The thread pages' reply forms and watch controls are kept
    in the same store (forum.threads.member_forms), and hold no name of the author's."""
    author = _logged_in(app, USERNAME)
    walk(app, author, world)
    kept = app.extensions["pagecache"]["cards"]
    cards = list(kept.values())
    assert any("You · posted anonymously" in card for card in cards), "no card of theirs kept"
    forms = [(key, form) for key, form in kept.items() if key.startswith("form:")]
    assert forms, "the walk kept no forms"
    pseudonyms = set(db.session.scalars(select(Post.pseudonym).where(Post.pseudonym.is_not(None))))
    pseudonyms.discard("Original poster")
    for key, form in forms:
        assert not identifying(key + form), identifying(key + form)
        assert not [name for name in pseudonyms if name in key + form], key
    seen = walk(app, _logged_in(app, _viewer_username(world, viewer)), world)
    problems = [f"{s.where()}: {finding}" for s in seen for finding in identifying(s.text)]
    me = db.session.scalar(select(User.id).where(User.username == world.usernames[viewer]))
    problems += [
        f"{s.where()}: {key} says You"
        for s in seen
        for key, article in _articles(s.text).items()
        if "You ·" in article and _writer(key) != me
    ]
    assert not problems, f"a kept card shows {viewer} the author:\n" + "\n".join(problems)
    assert len(kept) > len(cards), "the walk kept no cards of the viewer's own"


def _writer(post_key: str) -> int:
    return db.session.scalar(select(Post.author_id).where(Post.public_id == post_key))


# The data export --------------------------------------------------------------------------------


@pytest.mark.parametrize("viewer", [v for v in VIEWERS if v != "visitor"])
def test_no_members_data_export_names_the_anonymous_author(app, world, viewer):
    """Each viewer's download of their own data (votes, watches and notifications about the
    author's posts, an administrator's reveal request) names the author by thread name only."""
    client = _logged_in(app, _viewer_username(world, viewer))
    response = client.post("/account/export", data={"password": PASSWORD})
    assert response.status_code == 200 and response.mimetype == "application/json"
    text, _ = _text(response)
    found = identifying(text)
    assert not found, f"{viewer}'s export names the anonymous author:\n" + "\n".join(found)


def test_the_authors_own_export_holds_their_anonymous_posts(app, world):
    client = _logged_in(app, USERNAME)
    data = client.post("/account/export", data={"password": PASSWORD}).get_json()
    texts = {post["text_markdown"] for post in data["posts"] if post["anonymous"]}
    assert {p.body for p in world.anonymous_posts if p.author == USERNAME} <= texts
