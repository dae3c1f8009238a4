"""The anonymity promise where moderation has been: a writer W who writes anonymously in
several threads, turns a named reply anonymous, is held, rejected, pre-moderated, warned and
suspended, beside a writer X whose posts are in the same states without that history.

(a) Every page any viewer can reach (moderators' and administrators' included) is searched for
    W's account values. (b) A moderator's pages about W's anonymous posts read the same, token
    for token, as about X's posts in the same state, once names and public ids are blanked.
    (c) No page gives an anonymous post's time, or a moderation time about one, to the minute.
    (d) No URL or anchor carries a number that orders posts across threads.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select, update
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect

from forum.extensions import db
from forum.models import (
    HeldBecause,
    ModAction,
    Notice,
    Notification,
    Post,
    Report,
    RevealRequest,
    Role,
    Thread,
    User,
    utcnow,
)
from forum.moderation import members, posts, reports, reveal
from forum.moderation import threads as thread_actions
from forum.threads import services
from tests.conftest import PASSWORD, RequestPerContextClient, serving
from tests.search.pages import search_url, without_echo

USERNAME = "wren_tallow_9"
ACCOUNT_ID = 61427
EMAIL = "wt9@example.net"
PROFESSION = "Neonatal transport nurse"
JOINED = datetime(2018, 7, 3, 8, 0, tzinfo=UTC)
IDENTIFYING = [
    ("username", re.compile(re.escape(USERNAME), re.I)),
    ("account id", re.compile(rf"(?<!\d){ACCOUNT_ID}(?!\d)")),
    ("e-mail", re.compile(r"wt9(?:@|%40|&#64;)example\.net", re.I)),
    ("profession", re.compile(r"neonatal", re.I)),
    ("join month", re.compile(r"\b(?:July|Jul)\.?\s+2018\b|\b2018-07\b", re.I)),
    ("join year", re.compile(r"\b2018\b")),
    # Not a search's count ("2 posts match."): W's and X's posts come in pairs.
    ("named-post count", re.compile(r"\b2\s+(?:named\s+)?posts?\b(?! match)", re.I)),
]
WHY = "Why did you not call the registrar before the second dose?"
KIND = "When it happened to me, writing the timeline down helped me see it clearly."
VIEWERS = ["visitor", "member", "writer X", "moderator", "admin", "second admin"]
# Routes whose URL may carry a database id: none of them addresses a post or a thread (a
# reveal request's id orders requests, which only administrators see).
INTEGER_ROUTES = {
    "moderation.dismiss_notice",
    "moderation.remove_moderator",
    "moderation.reveal_request",
    "moderation.decide_reveal",
    "moderation.show_revealed_writer",
}


@pytest.fixture
def app(make_app):
    yield from serving(make_app(PSEUDONYM_KEY=b"moderation leak test key, fixed for stable names"))


@dataclass
class World:
    usernames: dict[str, str]
    threads: dict[str, Thread]
    pairs: dict[str, tuple[Post, Post]]  # state -> (W's post, X's post), same thread and text
    anonymous_posts: list[Post]  # W's and X's, every status
    reveal_requests: list[int]
    names: set[str]  # W's and X's pseudonyms


def _reload(post: Post) -> Post:
    return db.session.get(Post, post.id)


@pytest.fixture
def world(app, make_user, make_category, make_thread, make_reply) -> World:
    w = make_user(
        username=USERNAME, id=ACCOUNT_ID, email=EMAIL, profession=PROFESSION, created_at=JOINED
    )
    x = make_user(username="control_sorrel")
    opener = make_user(username="opener_hazel")
    reader = make_user(username="reader_quince")
    moderator = make_user(username="mod_juniper", role=Role.MODERATOR)
    admin = make_user(username="admin_larch", role=Role.ADMIN)
    second = make_user(username="admin_tamarack", role=Role.ADMIN)
    category = make_category(slug="errors", name="Errors")

    def flagged(title):
        return make_thread(author=opener, category=category, title=title, no_why_replies=True)

    story = make_thread(
        author=w,
        category=category,
        title="The transfer I rushed",
        anonymous=True,
        no_why_replies=True,
        body="I rushed a transfer and the line came out on the way.",
    )
    t1, t2, t3, t4 = (flagged(f"Thread {n}") for n in (1, 2, 3, 4))
    named_thread = make_thread(author=opener, category=category, title="Night breaks")
    for body in ("Short walks help me.", "Cold water, honestly."):
        make_reply(named_thread, author=w, body=body)  # W's two named posts

    pairs: dict[str, tuple[Post, Post]] = {}
    # Published anonymous replies, warned; W's turned from named to anonymous.
    converted = make_reply(t1, author=w, body=KIND)
    services.make_anonymous(_reload(converted))
    pairs["converted"] = (_reload(converted), make_reply(t1, author=x, body=KIND, anonymous=True))
    w_warned = make_reply(t1, author=w, body="Same here, on a night shift.", anonymous=True)
    x_warned = make_reply(t1, author=x, body="Same here, on a night shift.", anonymous=True)
    pairs["warned and suspended"] = (w_warned, x_warned)
    # Held by the guard (sent to the moderators), same text.
    pairs["held"] = tuple(
        services.create_reply(t2, who, WHY, anonymous=True, held_because=HeldBecause.GUARD)
        for who in (w, x)
    )
    # Rejected: three of W's, so W is pre-moderated; one of X's.
    rejected = []
    for who in (w, w, w, x):
        held = services.create_reply(t3, who, WHY, anonymous=True, held_because=HeldBecause.GUARD)
        posts.reject(_reload(held), moderator, "Please tell it as your own experience.")
        rejected.append(held)
    pairs["rejected"] = (rejected[2], rejected[3])
    assert db.session.get(User, w.id).premoderated_until is not None
    # Held again after an edit: W's because W is pre-moderated, X's because the guard held it.
    w_premod = services.create_reply(
        t4, w, KIND, anonymous=True, held_because=HeldBecause.PREMODERATED
    )
    x_guard = services.create_reply(t4, x, WHY, anonymous=True, held_because=HeldBecause.GUARD)
    services.edit_post(_reload(w_premod), body=KIND + " Edited.")
    services.edit_post(_reload(x_guard), body=KIND + " Edited.")
    pairs["held, edited"] = (w_premod, x_guard)
    # A report each on the published pair.
    for post in (w_warned, x_warned):
        reports.report_post(_reload(post), reader, "other", "Please look at this.")
    # Warned and suspended: W first for 60 days through the story, then as X for 7 days.
    opening = db.session.scalar(select(Post).where(Post.thread_id == story.id))
    members.suspend(_reload(opening), moderator, 60, "Abuse of a colleague.")
    for post in (w_warned, x_warned):
        members.warn(_reload(post), moderator, "Please keep to your own experience.")
        members.suspend(_reload(post), moderator, 7, "Second warning this month.")
    # A moderator gives W's anonymous story a content note: a log line about W's thread.
    thread_actions.set_content_note(story, "patient harm", moderator, "A reader asked.")
    # Reveals asked by the second administrator: pending about the warned pair, approved (and
    # seen) about the converted pair, refused about the held pair.
    requests = []
    for state in ("warned and suspended", "converted", "held"):
        for post in pairs[state]:
            request, _ = reveal.request_reveal(_reload(post), second, "A risk to a patient.")
            requests.append(request.id)
            if state != "warned and suspended":
                approve = state == "converted"
                reveal.decide_reveal(request, admin, approve=approve, reason="Considered.")
                if approve:
                    assert reveal.show_revealed_writer(request, second)

    db.session.expire_all()
    everything = db.session.scalars(select(Post).order_by(Post.id)).all()
    anonymous = [p for p in everything if p.anonymous and p.author_id in (w.id, x.id)]
    _set_times(anonymous)
    return World(
        usernames={
            "member": reader.username,
            "writer X": x.username,
            "moderator": moderator.username,
            "admin": admin.username,
            "second admin": second.username,
            "opener": opener.username,
        },
        threads={"story": story, "t1": t1, "t2": t2, "t3": t3, "t4": t4},
        pairs={state: (_reload(a), _reload(b)) for state, (a, b) in pairs.items()},
        anonymous_posts=anonymous,
        reveal_requests=requests,
        names={p.pseudonym for p in anonymous},
    )


# (c) The times: anonymous posts, and log lines about them, at :37 of an hour three hours ago
# or 17 minutes ago; everything else five days ago on the hour (so the minute the test runs at
# shows nowhere). A minute-precise time of an anonymous post then shows as ":37" or "17
# minutes ago".
def _set_times(anonymous: list[Post]) -> None:
    now = utcnow()
    odd = (now - timedelta(hours=3)).replace(minute=37, second=0, microsecond=0)
    recent = now - timedelta(minutes=17)
    old = (now - timedelta(days=5)).replace(minute=0, second=0, microsecond=0)
    for model, columns in (
        (Post, ("created_at", "edited_at", "held_at", "moderated_at")),
        (Thread, ("created_at", "last_activity_at")),
        (ModAction, ("created_at",)),
        (Report, ("created_at",)),
        # What writer X, a viewer, sees of their own account: notices, notifications (which
        # run "just now" otherwise, and read hh:37 when the test runs at hh:37), the
        # suspension banner.
        (Notice, ("created_at",)),
        (Notification, ("created_at", "read_at")),
        (User, ("suspended_until", "premoderated_until")),
        (RevealRequest, ("created_at", "decided_at", "seen_at")),
    ):
        for column in columns:
            attr = getattr(model, column)
            db.session.execute(update(model).where(attr.is_not(None)).values({column: old}))
    for post in anonymous:  # a pair is in one thread, so it gets one time
        post_id, at = post.id, odd if post.thread_id % 2 else recent
        db.session.execute(
            update(Post)
            .where(Post.id == post_id)
            .values(
                created_at=at,
                edited_at=_same_if_set(Post.edited_at, at),
                held_at=_same_if_set(Post.held_at, at),
                moderated_at=_same_if_set(Post.moderated_at, at),
            )
        )
        db.session.execute(
            update(ModAction).where(ModAction.post_id == post_id).values(created_at=at)
        )
    db.session.commit()


def _same_if_set(column, at):
    from sqlalchemy import case

    return case((column.is_(None), None), else_=at)


MINUTE_TIMES = re.compile(r"\b\d{1,2}:37\b|T\d\d:37|\b17 minutes? ago\b")
# A suspended member's own notice says until when, to the minute, counted from the moment
# the world was built: at hh:37 that reads like an anonymous post's time, and is not one.
OWN_SUSPENSION = re.compile(r"suspended your account until [^<.]*? UTC")


# The walk ------------------------------------------------------------------------------------


def _client(app, username: str | None):
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    if username:
        response = client.post("/login", data={"username": username, "password": PASSWORD})
        assert response.status_code == 302
    return client


def _values(world: World) -> dict[str, list]:
    return {
        "thread_key": [t.public_id for t in world.threads.values()],
        "post_key": [p.public_id for p in world.anonymous_posts],
        "slug": ["errors"],
        "username": list(world.usernames.values()),
        "user_id": [db.session.scalar(select(User.id).where(User.username == "mod_juniper"))],
        "request_id": world.reveal_requests,
        "token": ["not-a-token"],  # links from e-mail: tests/notify/test_mail_leaks.py
    }


def _urls(app, world: World) -> list[str]:
    values = _values(world)
    rules = [r for r in app.url_map.iter_rules() if r.endpoint != "static" and "GET" in r.methods]
    missing = [
        f"{r.rule} needs {sorted(r.arguments - values.keys())}"
        for r in rules
        if r.arguments - values.keys()
    ]
    assert not missing, "GET routes this walk cannot fill: " + "; ".join(missing)
    urls = []
    for rule in rules:
        names = sorted(rule.arguments)
        for combination in itertools.product(*(values[n] for n in names)):
            urls.append(rule.build(dict(zip(names, combination, strict=True)))[1])
    # W's account values, and words of W's anonymous posts: published, held and rejected.
    searches = [USERNAME, PROFESSION, EMAIL, f"author:{EMAIL}", "transfer", "timeline"]
    searches += ["registrar", "night shift"]
    urls += [search_url(q, **args) for q in searches for args in ({}, {"sort": "date"})]
    return urls + ["/mod?page=2", "/mod/log?action=suspend", "/mod/log?action=warn"]


def _walk(app, world: World, viewer: str) -> dict[str, str]:
    """URL -> headers and body, redirects followed a few hops (not into the login page)."""
    client = _client(app, world.usernames.get(viewer))
    seen = {}
    for url in _urls(app, world):
        for _ in range(4):
            response = client.get(url)
            headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items())
            body = without_echo(response.get_data(as_text=True), urlsplit(url).path)
            seen[url] = f"{headers}\n\n{body}"
            location = response.headers.get("Location")
            if not location or urlsplit(location).path == "/login":
                break
            url = urlsplit(location)._replace(fragment="").geturl()
    return seen


def _around(text: str, match, width: int) -> str:
    return repr(text[max(0, match.start() - width) : match.end() + width])


@pytest.fixture
def walked(app, world) -> dict[str, dict[str, str]]:
    return {viewer: _walk(app, world, viewer) for viewer in VIEWERS}


def test_no_page_shows_the_moderated_writers_account_to_any_viewer(walked):
    problems = [
        f"{viewer}, GET {url}: {name} {match[0]!r} …{_around(text, match, 80)}…"
        for viewer, pages in walked.items()
        for url, text in pages.items()
        for name, pattern in IDENTIFYING
        for match in pattern.finditer(text)
    ]
    assert not problems, "W is exposed:\n" + "\n".join(problems[:20])
    moderator_pages = [url for url in walked["moderator"] if url.startswith("/mod")]
    assert len(moderator_pages) >= 20, "the walk no longer reaches the moderators' pages"


def test_no_page_gives_an_anonymous_posts_time_to_the_minute(walked):
    problems = [
        f"{viewer}, GET {url}: {match[0]!r} …{_around(text, match, 120)}…"
        for viewer, pages in walked.items()
        for url, text in ((url, OWN_SUSPENSION.sub("", page)) for url, page in pages.items())
        for match in MINUTE_TIMES.finditer(text)
    ]
    assert not problems, "a minute-precise time of an anonymous post:\n" + "\n".join(problems[:20])


def test_no_url_or_anchor_carries_a_number_that_orders_posts(app, walked):
    adapter = app.url_map.bind("localhost")
    problems = []
    for viewer, pages in walked.items():
        for url, text in pages.items():
            for anchor in re.findall(r'\bid="(p-?\d+)"', text):
                problems.append(f"{viewer}, {url}: anchor {anchor}")
            for link in re.findall(r'(?:href|action|src)="(/[^"]*)"', text):
                path = urlsplit(link.replace("&amp;", "&")).path
                try:
                    endpoint, args = adapter.match(path, method="GET")
                except RequestRedirect:
                    continue
                except HTTPException:
                    try:
                        endpoint, args = adapter.match(path, method="POST")
                    except HTTPException:
                        continue
                numbers = [k for k, v in args.items() if isinstance(v, int)]
                if numbers and endpoint not in INTEGER_ROUTES:
                    problems.append(f"{viewer}, {url}: {link} ({endpoint}, {numbers})")
    assert not problems, "\n".join(sorted(set(problems))[:20])


# (b) The differential ------------------------------------------------------------------------


def _plain(text: str, names: set[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "NAME")
    text = re.sub(r'name="csrf_token" (?:type="hidden" )?value="[^"]*"', "CSRF", text)
    text = re.sub(r'value="[^"]*" name="csrf_token"', "CSRF", text)
    return re.sub(r"(?<![a-z2-7])[a-z2-7]{12}(?![a-z2-7])", "KEY", text)


def _queue_item(page: str, post: Post) -> str:
    for item in page.split('<li class="queue-item">')[1:]:
        item = item.split("Decide</a>")[0]
        if f"/mod/p/{post.public_id}" in item:
            return item
    raise AssertionError(f"post {post.public_id} is not in the queue")


def _log_line(page: str, post: Post) -> list[str]:
    return [row for row in re.findall(r"<tr>.*?</tr>", page, re.S) if post.public_id in row]


@pytest.mark.parametrize(
    "state", ["converted", "warned and suspended", "held", "rejected", "held, edited"]
)
@pytest.mark.parametrize("viewer", ["moderator", "admin"])
def test_moderators_pages_about_w_read_like_those_about_another_writer(app, world, state, viewer):
    client = _client(app, world.usernames[viewer])
    w_post, x_post = world.pairs[state]
    assert w_post.thread_id == x_post.thread_id and w_post.body_md == x_post.body_md
    for url in ("/mod/p/{}", "/p/{}/view"):
        w_page = client.get(url.format(w_post.public_id)).text
        x_page = client.get(url.format(x_post.public_id)).text
        assert _plain(w_page, world.names) == _plain(x_page, world.names), (state, url)
    queue = client.get("/mod").text
    if state.startswith("held") or state == "warned and suspended":
        assert _plain(_queue_item(queue, w_post), world.names) == _plain(
            _queue_item(queue, x_post), world.names
        )
    log = client.get("/mod/log").text
    w_lines, x_lines = _log_line(log, w_post), _log_line(log, x_post)
    assert [_plain(line, world.names) for line in w_lines] == [
        _plain(line, world.names) for line in x_lines
    ], state
