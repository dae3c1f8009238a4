"""Every write path, against the visitor page cache: fill the cache with every visitor page,
write through the service, and the next visitor request of each page must be exactly what
a fresh render (an app with the cache off, on the same database) shows.

The walk: every function in forum/ that commits is either a case here or listed in PRIVATE
with why no visitor page can show what it writes, so a new write path fails
`test_every_write_path_is_a_case_or_private` until it has its test."""

from __future__ import annotations

import ast
import re
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select, update

from forum import times
from forum.auth import ownership
from forum.auth import services as accounts
from forum.extensions import db
from forum.models import Category, HeldBecause, Post, ReportReason, Role, Thread, User
from forum.moderation import audit, members, reports, reveal
from forum.moderation import posts as moderation
from forum.moderation import threads as thread_actions
from forum.threads import categories, helped, services, votes
from tests.conftest import PASSWORD, RequestPerContextClient, serving

ROOT = Path(__file__).resolve().parents[2]
REMOVED = "The ward clerk named the patient aloud"


def _post(public_id: str) -> Post:
    db.session.expire_all()
    return db.session.scalar(Post.with_context().where(Post.public_id == public_id))


def _thread(public_id: str) -> Thread:
    db.session.expire_all()
    return db.session.scalar(select(Thread).where(Thread.public_id == public_id))


def _user(name: str) -> User:
    db.session.expire_all()
    return db.session.scalar(select(User).where(User.username == name))


# --- the cases: each writes through one service ------------------------------------------


def _reply(w, anonymous=False):
    services.create_reply(_thread(w.thread), w.make_user(), "A new reply.", anonymous=anonymous)


def _held(w) -> Post:
    held = services.create_reply(
        _thread(w.thread), w.make_user(), "Held text.", anonymous=False,
        held_because=HeldBecause.GUARD,
    )  # fmt: skip
    return _post(held.public_id)


def _held_then_approved(w):
    moderation.approve(_held(w), _user("mo"), "Fine.")


def _held_then_rejected(w):
    moderation.reject(_held(w), _user("mo"), "Please rephrase.")


def _new_thread(w):
    category = db.session.scalar(select(Category).where(Category.slug == "nights"))
    services.create_thread(
        w.make_user(), category_id=category.id, title="Another night", body="Text.",
        anonymous=True,
    )  # fmt: skip


def _set_vote(w):
    votes.set_vote(_post(w.named_reply), w.make_user(), True)


def _recount_scores(w):
    db.session.execute(update(Post).where(Post.public_id == w.named_reply).values(score=7))
    db.session.commit()
    w.refill()
    votes.recount_scores()


def _recount_thread(w):
    thread = _thread(w.thread)
    db.session.execute(update(Thread).where(Thread.id == thread.id).values(reply_count=40))
    db.session.commit()
    w.refill()
    services.recount_thread(thread.id)


def _rerender_all(w):
    db.session.execute(
        update(Post).where(Post.public_id == w.named_reply).values(body_html="<p>stale</p>")
    )
    db.session.commit()
    w.refill()
    services.rerender_all()


def _report_by_author(w):
    # The flagged thread's author reports a reply as why-did-you: it is hidden at once.
    reports.report_post(_post(w.anonymous_reply), _user("ana"), ReportReason.WHY_DID_YOU)


def _request_and_reveal(w):
    asked, _ = reveal.request_reveal(_post(w.anonymous_reply), _user("admin"), "A real risk.")
    reveal.decide_reveal(asked, _user("admin2"), approve=True, reason="Agreed.")
    reveal.show_revealed_writer(asked, _user("admin"))


CASES = {
    "reply": (["forum.threads.services:_commit_once"], _reply),
    "anonymous reply": ([], lambda w: _reply(w, anonymous=True)),
    "new thread": ([], _new_thread),
    "held reply approved": (["forum.moderation.posts:approve"], _held_then_approved),
    "held reply rejected": (["forum.moderation.posts:reject"], _held_then_rejected),
    "edit": (
        ["forum.threads.services:edit_post"],
        lambda w: services.edit_post(_post(w.named_reply), body="Edited by its writer."),
    ),
    "edit of the story and its title": (
        [],
        lambda w: services.edit_post(
            _post(w.opening), body="New opening.", title="A retitled night", content_note=None
        ),
    ),
    "delete": (
        ["forum.threads.services:delete_post"],
        lambda w: services.delete_post(_post(w.named_reply)),
    ),
    "make anonymous": (
        ["forum.threads.services:make_anonymous"],
        lambda w: services.make_anonymous(_post(w.named_reply)),
    ),
    "vote": (["forum.threads.votes:set_vote"], _set_vote),
    "recount of scores": (["forum.threads.votes:recount_scores"], _recount_scores),
    "recount of a thread": (["forum.threads.services:recount_thread"], _recount_thread),
    "rerender": (["forum.threads.services:rerender_all"], _rerender_all),
    "this helped me": (
        ["forum.threads.helped:set_helped"],
        lambda w: helped.set_helped(_post(w.anonymous_reply), _user("ana"), True),
    ),
    "moderator's edit": (
        ["forum.moderation.posts:edit"],
        lambda w: moderation.edit(_post(w.removable), _user("mo"), "[name removed]", "Names."),
    ),
    "moderator's removal": (
        ["forum.moderation.posts:remove"],
        lambda w: moderation.remove(_post(w.removable), _user("mo"), "Names a patient."),
    ),
    "author's report": (["forum.moderation.reports:report_post"], _report_by_author),
    "warning": (
        ["forum.moderation.members:warn"],
        lambda w: members.warn(_post(w.named_reply), _user("mo"), "Mind the names."),
    ),
    "suspension": (
        ["forum.moderation.members:suspend"],
        lambda w: members.suspend(_post(w.named_reply), _user("mo"), 3, "Names."),
    ),
    "new moderator": (
        ["forum.moderation.members:set_moderator"],
        lambda w: members.set_moderator(_user("ana"), True, _user("admin"), "Trusted."),
    ),
    "role": (
        ["forum.auth.services:set_role"],
        lambda w: accounts.set_role(_user("ana"), Role.MODERATOR),
    ),
    "reveal": (
        [
            "forum.moderation.reveal:request_reveal",
            "forum.moderation.reveal:decide_reveal",
            "forum.moderation.reveal:show_revealed_writer",
        ],
        _request_and_reveal,
    ),
    "lock": (
        ["forum.moderation.threads:set_locked"],
        lambda w: thread_actions.set_locked(_thread(w.thread), True, _user("mo")),
    ),
    "move": (
        ["forum.moderation.threads:move"],
        lambda w: thread_actions.move(
            _thread(w.thread),
            db.session.scalar(select(Category).where(Category.slug == "days")),
            _user("mo"),
        ),
    ),
    "flag": (
        ["forum.moderation.threads:set_no_why_replies"],
        lambda w: thread_actions.set_no_why_replies(_thread(w.thread), False, _user("mo")),
    ),
    "content note": (
        ["forum.moderation.threads:set_content_note"],
        lambda w: thread_actions.set_content_note(_thread(w.thread), "Patient death", _user("mo")),
    ),
    "new category": (
        ["forum.threads.categories:add_category", "forum.moderation.audit:record_category"],
        lambda w: audit.record_category(
            _user("admin"), categories.add_category("weekends", "Weekend shifts"), "added"
        ),
    ),
    "category renamed": (
        ["forum.threads.categories:edit_category"],
        lambda w: categories.edit_category("nights", name="Nights, renamed", new_slug="night"),
    ),
    "profession": (
        ["forum.auth.services:update_account"],
        lambda w: accounts.update_account(_user("ana"), profession="Charge nurse", email=None),
    ),
    "account deleted, posts erased": (
        ["forum.auth.ownership:delete_account"],
        lambda w: ownership.delete_account(_user("ana"), password=PASSWORD, posts="erase"),
    ),
    "account deleted, posts kept": (
        [],
        lambda w: ownership.delete_account(_user("ana"), password=PASSWORD, posts="keep"),
    ),
}

# Writes no visitor page shows, and why.
PRIVATE = {
    "forum.auth.services:create_user": "an account shows nowhere until it writes",
    "forum.auth.services:change_password": "passwords show nowhere",
    "forum.auth.services:log_out": "sessions show nowhere",
    "forum.demo:seed": "fills an empty forum before it serves (`forum seed-demo --if-empty`)",
    "forum.moderation.notices:dismiss": "a member's own notices",
    "forum.notify.addresses:resend_confirmation": "mail",
    "forum.notify.addresses:confirm_address": "mail",
    "forum.notify.addresses:set_mail_modes": "mail settings",
    "forum.notify.addresses:unsubscribe": "mail settings",
    "forum.notify.reading:mark_seen": "a member's place in a thread",
    "forum.notify.resets:request_reset": "password resets",
    "forum.notify.resets:reset_password": "password resets",
    "forum.notify.services:set_level": "a member's watch",
    "forum.notify.services:mark_all_read": "a member's notifications",
    "forum.notify.worker:queue_digests": "mail",
    "forum.notify.worker:claim": "mail",
    "forum.notify.worker:_deliver": "mail",
    "forum.notify.worker:_set": "mail",
    "forum.notify.worker:_failed": "mail",
    "forum.notify.worker:_bounced": "mail",
}


def _committing_functions() -> set[str]:
    """module:function for every function in forum/ whose own body commits."""
    found = set()
    for path in sorted((ROOT / "forum").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef) and _commits(node):
                found.add(f"{module}:{node.name}")
    return found


def _commits(function: ast.FunctionDef) -> bool:
    nested = [n for n in ast.walk(function) if isinstance(n, ast.FunctionDef)][1:]
    inner = {id(n) for f in nested for n in ast.walk(f)}
    return any(
        isinstance(n, ast.Call) and ast.unparse(n.func) == "db.session.commit"
        for n in ast.walk(function)
        if id(n) not in inner
    )


def test_every_write_path_is_a_case_or_private():
    covered = {name for names, _ in CASES.values() for name in names}
    assert not covered & set(PRIVATE)
    assert _committing_functions() == covered | set(PRIVATE)


# --- the check ----------------------------------------------------------------------------


@pytest.fixture
def cached(make_app, frozen_minute):
    yield from serving(make_app(CACHE_HEADER=True))


@pytest.fixture
def world(cached, make_user, make_category, make_thread, make_reply):
    nights = make_category(slug="nights", name="Night shifts")
    make_category(slug="days", name="Day shifts")
    ana = make_user(username="ana", profession="Staff nurse")
    make_user(username="reader")
    for name, role in (("mo", Role.MODERATOR), ("admin", Role.ADMIN), ("admin2", Role.ADMIN)):
        make_user(username=name, role=role)
    thread = make_thread(
        author=ana, category=nights, title="The double dose", body="Opening.",
        no_why_replies=True,
    )  # fmt: skip
    opening = db.session.scalar(select(Post.public_id).where(Post.thread_id == thread.id))
    return SimpleNamespace(
        thread=thread.public_id,
        opening=opening,
        named_reply=make_reply(thread, author=ana, body="A named reply by ana.").public_id,
        anonymous_reply=make_reply(thread, body="An anonymous reply.", anonymous=True).public_id,
        removable=make_reply(thread, body=f"{REMOVED}, bed four.").public_id,
        make_user=make_user,
    )


def _pages(w) -> list[str]:
    t = w.thread
    return [
        "/", "/c/nights", "/c/days", f"/t/{t}", f"/t/{t}?sort=helpful", f"/t/{t}?sort=helped",
        f"/p/{w.named_reply}/view", f"/p/{w.anonymous_reply}/view", f"/p/{w.removable}/view",
        "/u/ana", "/feed.atom", "/c/nights/feed.atom", f"/t/{t}/feed.atom",
        f"/p/{w.named_reply}", f"/p/{w.anonymous_reply}", f"/p/{w.removable}",  # redirects
    ]  # fmt: skip


def _client(app, member: str | None = None):
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    if member:
        client.post("/login", data={"username": member, "password": PASSWORD})
    return client


# Members' pages are never cached, but their posts' cards are (forum.threads.cards): the
# story's author, a reader and a moderator, each with their own view of the posts.
MEMBERS = ("ana", "reader", "mo")


def _member_pages(w) -> list[str]:
    t = w.thread
    return [
        f"/t/{t}", f"/t/{t}?sort=helpful", f"/p/{w.named_reply}/view",
        f"/p/{w.anonymous_reply}/view", f"/p/{w.removable}/view",
    ]  # fmt: skip


def _cards(client, pages) -> dict[str, list[str]]:
    """The posts' cards on each page, without the session's CSRF token (a member's page
    changes elsewhere with every read: the place in the thread, the header's count)."""
    return {
        path: [
            re.sub(r'name="csrf_token" value="[^"]*"', "", card)
            for card in re.findall(r'<article class="post.*?</article>', r.text, re.S)
        ]
        for path in pages
        for r in [client.get(path)]
    }


def _snapshot(client, pages) -> dict[str, tuple[int, str | None, bytes]]:
    return {
        path: (r.status_code, r.headers.get("Location"), r.data)
        for path in pages
        for r in [client.get(path)]
    }


@pytest.mark.parametrize("case", CASES)
def test_after_the_write_every_visitor_page_is_what_a_fresh_render_shows(
    cached, make_app, world, case
):
    off = make_app(CACHE="off")
    visitor, fresh = _client(cached), _client(off)
    members = {name: (_client(cached, name), _client(off, name)) for name in MEMBERS}
    pages, member_pages = _pages(world), _member_pages(world)

    before = {}

    def refill():
        """Every page in the cache; what they show, just before the service's write."""
        before.update(_snapshot(visitor, pages))
        for path in pages:
            assert visitor.get(path).headers["X-Cache"] == "hit", path
        for member, _ in members.values():
            _cards(member, member_pages)  # each member's cards kept

    world.refill = refill  # for cases that set up a repair before it
    refill()
    CASES[case][1](world)
    after = _snapshot(visitor, pages)
    assert after == _snapshot(fresh, pages)
    if case in VISIBLE:
        assert after != before, "the write changed no page: the case tests nothing"
    for name, (member, member_fresh) in members.items():
        seen = _cards(member, member_pages)
        assert seen == _cards(member_fresh, member_pages), name
        if case in ("moderator's edit", "moderator's removal"):
            assert not any(REMOVED in card for cards in seen.values() for card in cards), name
    if case in ("moderator's edit", "moderator's removal"):
        assert not any(REMOVED.encode() in body for _, _, body in after.values())


# The cases whose write a visitor sees (the others must change no page, and do not).
VISIBLE = set(CASES) - {
    "held reply rejected",
    "warning",
    "suspension",
    "new moderator",
    "role",
    "reveal",
}


def test_the_cases_that_change_nothing_a_visitor_sees_change_no_page(cached, world):
    visitor = _client(cached)
    pages = _pages(world)
    world.refill = lambda: None
    for case in sorted(set(CASES) - VISIBLE):
        before = _snapshot(visitor, pages)
        CASES[case][1](world)
        assert _snapshot(visitor, pages) == before, case


def test_a_page_served_from_the_cache_is_the_page_rendered(cached, world):
    visitor = _client(cached)
    for path in _pages(world):
        first, second = visitor.get(path), visitor.get(path)
        assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit"), path
        assert first.data == second.data and first.content_type == second.content_type


def test_the_minute_is_part_of_the_key(cached, world, monkeypatch):
    visitor = _client(cached)
    path = f"/t/{world.thread}"
    assert visitor.get(path).headers["X-Cache"] == "miss"
    assert visitor.get(path).headers["X-Cache"] == "hit"
    later = datetime.now(UTC).replace(second=0, microsecond=0, year=2099)
    monkeypatch.setattr(times, "page_now", lambda: later)
    assert visitor.get(path).headers["X-Cache"] == "miss"
