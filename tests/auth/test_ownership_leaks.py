"""After a member deletes their account and keeps their posts, anonymised, nothing on the site
leads back to them: every GET page of the URL map, as a visitor, a member, a moderator and an
administrator, is searched for their old username, account id, e-mail and profession, and for
the tombstone's username. The member wrote named and anonymous posts (one showing their
profession), was quoted under their name, quoted others, moderated as a moderator, was
appointed in the log, and had an anonymous post revealed to an administrator."""

from __future__ import annotations

import itertools
import re
from urllib.parse import quote, urlsplit

import pytest
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum.anonymity.presentation import quote_markdown
from forum.auth import ownership
from forum.extensions import db
from forum.models import (
    HeldBecause,
    Post,
    RevealRequest,
    Role,
    Thread,
    User,
    WatchLevel,
    utcnow,
)
from forum.moderation import members, reveal
from forum.moderation import posts as moderation
from forum.moderation import threads as thread_actions
from forum.notify import services as notify
from forum.threads import services, votes
from tests.conftest import PASSWORD, RequestPerContextClient, serving

USERNAME = "quill_marten_9"
ACCOUNT_ID = 57301
EMAIL = "qm9@example.org"
PROFESSION = "Lithotripsy technician"
IDENTIFYING = [
    ("username", re.compile(re.escape(USERNAME), re.I)),
    ("account id", re.compile(rf"(?<!\d){ACCOUNT_ID}(?!\d)")),
    ("e-mail", re.compile(r"qm9(?:@|%40|&#64;)example\.org", re.I)),
    ("profession", re.compile(r"lithotripsy", re.I)),
]
VIEWERS = ["visitor", "member", "moderator", "admin"]
KEPT = "I sent the wrong tray to theatre and only noticed at the count."


@pytest.fixture
def app(make_app):
    yield from serving(make_app(PSEUDONYM_KEY=b"ownership leak test key, fixed for stable names"))


def _with_author(post: Post) -> Post:
    return db.session.scalar(
        select(Post).options(joinedload(Post.author)).where(Post.id == post.id)
    )


@pytest.fixture
def world(app, make_user, make_category, make_thread, make_reply) -> dict:
    gone = make_user(username=USERNAME, id=ACCOUNT_ID, email=EMAIL, profession=PROFESSION)
    gone.email_confirmed_at = utcnow()
    db.session.commit()
    reader = make_user(username="reader_sedge")
    peer = make_user(username="peer_bryony")
    moderator = make_user(username="mod_alder", role=Role.MODERATOR)
    admin = make_user(username="admin_holly", role=Role.ADMIN)
    second = make_user(username="admin_yarrow", role=Role.ADMIN)
    members.set_moderator(db.session.get(User, gone.id), True, admin, "Steady and kind.")
    gone = db.session.get(User, gone.id)
    category = make_category(slug="theatre", name="Theatre")

    story = make_thread(author=gone, category=category, title="The tray count", body=KEPT)
    notify.set_level(reader, story, WatchLevel.WATCHING)
    make_reply(story, author=peer, body="The count saved us once too.")
    make_reply(story, author=gone, body="Thank you, it helps to hear.")
    other = make_thread(author=peer, category=category, title="Labels that look alike")
    named = make_reply(other, author=gone, body="We moved the look-alike trays apart.")
    shown = make_reply(
        other, author=gone, body="A second check helped me.", anonymous=True, show_profession=True
    )
    readers_reply = make_reply(other, author=reader, body="We colour-code them now.")
    quote = quote_markdown(_with_author(named), f"/p/{named.public_id}")
    make_reply(other, author=peer, body=quote + "Same on our ward.")
    quote = quote_markdown(_with_author(readers_reply), f"/p/{readers_reply.public_id}")
    make_reply(other, author=gone, body=quote + "Colour helps.", anonymous=True)
    votes.set_vote(readers_reply, gone, True)

    flagged = make_thread(author=peer, category=category, title="Night four", no_why_replies=True)
    held = services.create_reply(
        flagged, reader, "Why did you not ask?", anonymous=True, held_because=HeldBecause.GUARD
    )
    moderation.reject(held, gone, "Tell your own experience instead.")
    thread_actions.set_locked(db.session.get(Thread, other.id), True, gone, "Cooling off.")

    asked, _ = reveal.request_reveal(_with_author(shown), admin, "Patient safety.")
    reveal.decide_reveal(asked, second, approve=True, reason="A real risk.")

    gone = db.session.get(User, gone.id)
    assert ownership.delete_account(gone, password=PASSWORD, posts="keep")
    db.session.expire_all()
    return {
        "tombstone": db.session.get(User, ACCOUNT_ID).username,
        "usernames": {
            "member": reader.username,
            "moderator": moderator.username,
            "admin": admin.username,
        },
        "live": [u.username for u in (reader, peer, moderator, admin, second)],
        "request": asked.id,
    }


def _values(world: dict) -> dict[str, list]:
    return {
        "thread_key": list(db.session.scalars(select(Thread.public_id))),
        "post_key": list(db.session.scalars(select(Post.public_id))),
        "slug": ["theatre"],
        "username": world["live"],
        "request_id": [world["request"]],
        "token": ["not-a-token"],
    }


def _urls(app, world: dict) -> list[str]:
    values = _values(world)
    rules = [r for r in app.url_map.iter_rules() if r.endpoint != "static" and "GET" in r.methods]
    missing = [f"{r.rule}: {sorted(r.arguments - values.keys())}" for r in rules]
    missing = [m for m, r in zip(missing, rules, strict=True) if r.arguments - values.keys()]
    assert not missing, "GET routes this walk cannot fill: " + "; ".join(missing)
    urls = []
    for rule in rules:
        names = sorted(rule.arguments)
        for combination in itertools.product(*(values[n] for n in names)):
            urls.append(rule.build(dict(zip(names, combination, strict=True)))[1])
    return urls + [
        f"/mod/log?actor={ACCOUNT_ID}",
        "/mod/log?action=appoint+moderator",
        "/admin/reveals?mine=1",
        "/account/deleted?posts=keep",
    ]


def _client(app, username: str | None):
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    if username is not None:
        response = client.post("/login", data={"username": username, "password": PASSWORD})
        assert response.status_code == 302, username
    return client


def _echo_removed(text: str, asked: str) -> str:
    """The page without what the viewer typed into the address (a filter by the old account
    id is echoed in its own links): that says nothing the viewer did not know."""
    for echo in (f"actor={ACCOUNT_ID}", quote(f"actor={ACCOUNT_ID}", safe=""), asked):
        text = text.replace(echo, "")
    return text.replace(quote(asked, safe=""), "")


def _walk(app, world: dict, viewer: str) -> dict[str, str]:
    client = _client(app, world["usernames"].get(viewer))
    seen = {}
    for url in _urls(app, world):
        asked = url
        for _ in range(4):
            response = client.get(url)
            headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items())
            page = f"{headers}\n\n{response.get_data(as_text=True)}"
            seen[url] = _echo_removed(page, asked)
            location = response.headers.get("Location")
            if not location or urlsplit(location).path == "/login":
                break
            url = urlsplit(location)._replace(fragment="").geturl()
    return seen


@pytest.mark.parametrize("viewer", VIEWERS)
def test_no_page_leads_back_to_a_deleted_account_for_any_viewer(app, world, viewer):
    seen = _walk(app, world, viewer)
    patterns = [*IDENTIFYING, ("tombstone", re.compile(re.escape(world["tombstone"]), re.I))]
    problems = [
        f"{viewer}, GET {url}: {name} …{text[max(0, m.start() - 60) : m.end() + 60]!r}…"
        for url, text in seen.items()
        for name, pattern in patterns
        for m in pattern.finditer(text)
    ]
    assert not problems, "the deleted account shows:\n" + "\n".join(problems)
    assert sum(KEPT in text for text in seen.values()) >= 2, "is the kept story still shown?"


def test_moderators_pages_name_the_deleted_moderator_as_a_deleted_account(app, world):
    client = _client(app, world["usernames"]["admin"])
    log = client.get("/mod/log").get_data(as_text=True)
    assert log.count("a deleted account") >= 3  # the rejection, the lock, the appointment
    assert "Tell your own experience instead." in log and "Cooling off." in log
    team = client.get("/admin/moderators").get_data(as_text=True)
    assert "a deleted account" not in team and "mod_alder" in team


def test_the_reveal_shows_a_deleted_account_to_the_administrator_who_asked(app, world):
    client = _client(app, world["usernames"]["admin"])
    page = client.post(f"/admin/reveals/{world['request']}/show").get_data(as_text=True)
    assert "This post was written by <strong>a deleted account</strong>" in page
    assert db.session.get(RevealRequest, world["request"]).seen_at is not None
