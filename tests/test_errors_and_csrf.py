"""CSRF on every state-changing route, and the friendly error pages (400, 403, 404, 405, 500)."""

import re

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import Notification, OutboxMail, Post, Thread, User, Vote, Watch
from forum.notify import tokens
from tests.conftest import PASSWORD, RequestPerContextClient

EXPIRED = "This form has expired"


def _token(page: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


def _state() -> tuple:
    """Every row a form could create or change."""
    db.session.expire_all()
    return (
        [
            (u.id, u.username, u.password_hash, u.profession, u.email, u.mail_reply)
            for u in db.session.scalars(select(User))
        ],
        [
            (t.id, t.title, t.reply_count, t.no_why_replies, t.locked, t.content_note)
            for t in db.session.scalars(select(Thread))
        ],
        [
            (p.id, p.body_md, p.status, p.score, p.edited_at)
            for p in db.session.scalars(select(Post))
        ],
        db.session.execute(select(Vote.post_id, Vote.user_id)).all(),
        db.session.execute(select(Watch.user_id, Watch.thread_id, Watch.level)).all(),
        db.session.execute(select(Notification.id, Notification.read_at)).all(),
        db.session.scalars(select(OutboxMail.id)).all(),
    )


@pytest.fixture
def csrf_client(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    app.test_client_class = RequestPerContextClient
    return app.test_client()


def _log_in(client, user) -> None:
    """Log in the way a browser does: read the form's token, then send it back."""
    token = _token(client.get("/login").get_data(as_text=True))
    data = {"username": user.username, "password": PASSWORD, "csrf_token": token}
    assert client.post("/login", data=data).status_code == 302


@pytest.fixture
def world(make_user, make_thread, make_reply):
    """A member with a thread and a reply of their own, and someone else's reply."""
    member = make_user()
    thread = make_thread(author=member)
    return {
        "member": member,
        "category": thread.category_id,
        "thread": thread.public_id,
        "own": make_reply(thread, author=member).public_id,
        "other": make_reply(thread).public_id,
    }


@pytest.fixture
def forms(world):
    """For each POST rule: the URL a browser sends it to and what its form holds."""
    name, new = world["member"].username, "another passphrase"
    return {
        "/register": (
            "/register",
            {"username": "newcomer", "password": PASSWORD, "confirm": PASSWORD},
        ),
        "/login": ("/login", {"username": name, "password": PASSWORD}),
        "/logout": ("/logout", {}),
        "/account": ("/account", {"profession": "Changed", "email": "new@example.org"}),
        "/account/password": (
            "/account/password",
            {"current": PASSWORD, "new": new, "confirm": new},
        ),
        "/account/export": ("/account/export", {"password": PASSWORD}),
        "/account/delete": ("/account/delete", {"posts": "erase", "password": PASSWORD}),
        "/new": (
            "/new",
            {
                "category": world["category"],
                "title": "No token",
                "body": "Body.",
                "form_token": "x",
            },
        ),
        "/t/<key:thread_key>/reply": (
            f"/t/{world['thread']}/reply",
            {"body": "Reply.", "form_token": "y"},
        ),
        "/p/<key:post_key>/edit": (f"/p/{world['own']}/edit", {"body": "Changed."}),
        "/p/<key:post_key>/delete": (f"/p/{world['own']}/delete", {}),
        "/p/<key:post_key>/anonymous": (f"/p/{world['own']}/anonymous", {}),
        "/p/<key:post_key>/vote": (f"/p/{world['other']}/vote", {"helpful": "1"}),
        "/p/<key:post_key>/helped": (f"/p/{world['other']}/helped", {"helped": "1"}),
        "/t/<key:thread_key>/flag": (f"/t/{world['thread']}/flag", {"on": "1"}),
        "/p/<key:post_key>/report": (f"/p/{world['other']}/report", {"reason": "other"}),
        **{
            f"/mod/p/<key:post_key>/{action}": (f"/mod/p/{world['other']}/{action}", MOD_FORM)
            for action in ("approve", "reject", "edit", "remove", "warn", "suspend", "reveal")
        },
        "/mod/t/<key:thread_key>/lock": (f"/mod/t/{world['thread']}/lock", {"locked": "1"}),
        "/mod/t/<key:thread_key>/move": (f"/mod/t/{world['thread']}/move", MOD_FORM),
        "/mod/t/<key:thread_key>/content-note": (
            f"/mod/t/{world['thread']}/content-note",
            {"content_note": "overdose"},
        ),
        "/notices/<id:notice_id>/dismiss": ("/notices/1/dismiss", {}),
        "/admin/moderators": ("/admin/moderators", {"username": name}),
        "/admin/moderators/<id:user_id>/remove": (
            f"/admin/moderators/{world['member'].id}/remove",
            {},
        ),
        "/admin/categories": ("/admin/categories", {"slug": "new", "name": "New"}),
        "/admin/categories/<slug>": ("/admin/categories/x", {"slug": "x", "name": "X"}),
        "/admin/reveals/<id:request_id>/decide": (
            "/admin/reveals/1/decide",
            {"decision": "approve", "reason": "A reason."},
        ),
        "/admin/reveals/<id:request_id>/show": ("/admin/reveals/1/show", {}),
        "/account/notifications": ("/account/notifications", {"mail_reply": "off"}),
        "/account/email/confirm": ("/account/email/confirm", {}),
        "/reset": ("/reset", {"who": name}),
        "/reset/<token>": (
            f"/reset/{tokens.reset_token(world['member'])}",
            {"new": new, "confirm": new},
        ),
        "/notifications/read": ("/notifications/read", {}),
        "/t/<key:thread_key>/watch": (f"/t/{world['thread']}/watch", {"level": "muted"}),
        "/preview": ("/preview", {"body": "Some *text*."}),
    }


MOD_FORM = {"reason": "A reason.", "body": "New text.", "days": "1", "category": "1"}


COVERED = [
    "/register", "/login", "/logout", "/account", "/account/password", "/new",
    "/t/<key:thread_key>/reply", "/p/<key:post_key>/edit", "/p/<key:post_key>/delete",
    "/p/<key:post_key>/vote", "/p/<key:post_key>/anonymous", "/t/<key:thread_key>/flag",
    "/p/<key:post_key>/helped",
    "/p/<key:post_key>/report", "/mod/p/<key:post_key>/approve", "/mod/p/<key:post_key>/reject",
    "/mod/p/<key:post_key>/edit", "/mod/p/<key:post_key>/remove", "/mod/p/<key:post_key>/warn",
    "/mod/p/<key:post_key>/suspend", "/mod/p/<key:post_key>/reveal", "/mod/t/<key:thread_key>/lock",
    "/mod/t/<key:thread_key>/move", "/mod/t/<key:thread_key>/content-note",
    "/notices/<id:notice_id>/dismiss", "/admin/moderators",
    "/admin/moderators/<id:user_id>/remove", "/admin/categories", "/admin/categories/<slug>",
    "/admin/reveals/<id:request_id>/decide", "/admin/reveals/<id:request_id>/show",
    "/account/notifications", "/account/email/confirm", "/reset", "/reset/<token>",
    "/notifications/read", "/t/<key:thread_key>/watch", "/preview",
    "/account/export", "/account/delete",
]  # fmt: skip
SENT_BY_VISITORS = {"/register", "/login", "/reset", "/reset/<token>"}


# Browsers send violation reports without a token; the endpoint only logs (tests/test_security.py).
# Mail clients send the one-click unsubscribe (RFC 8058) without one: the link's signed token
# is what authorises it (tests/notify/test_mail_flows.py).
CSRF_EXEMPT = {"/csp-report", "/unsubscribe/<token>"}


def test_every_post_route_has_a_csrf_test(app, forms):
    posting = {rule.rule for rule in app.url_map.iter_rules() if "POST" in rule.methods}
    assert posting - CSRF_EXEMPT == set(COVERED) == set(forms)


@pytest.mark.parametrize("rule", COVERED)
def test_a_post_without_its_csrf_token_is_refused_and_changes_nothing(
    csrf_client, world, forms, rule
):
    logged_in = rule not in SENT_BY_VISITORS
    if logged_in:
        _log_in(csrf_client, world["member"])
    url, data = forms[rule]
    before = _state()
    response = csrf_client.post(url, data=data)
    assert response.status_code == 400
    assert EXPIRED in response.get_data(as_text=True)
    assert _state() == before
    assert (csrf_client.get("/account").status_code == 200) is logged_in


def test_a_wrong_csrf_token_is_refused_too(csrf_client, world):
    _log_in(csrf_client, world["member"])
    data = {"body": "Reply.", "csrf_token": "forged"}
    response = csrf_client.post(f"/t/{world['thread']}/reply", data=data)
    assert response.status_code == 400 and EXPIRED in response.get_data(as_text=True)


def test_forms_work_with_the_token_from_the_page(csrf_client, world):
    _log_in(csrf_client, world["member"])
    form = csrf_client.get("/new").get_data(as_text=True)
    data = {
        "csrf_token": _token(form),
        "category": str(world["category"]),
        "title": "Sent with its token",
        "body": "It works.",
        "form_token": "z",
    }
    assert csrf_client.post("/new", data=data).status_code == 302
    assert db.session.scalar(select(Thread).where(Thread.title == "Sent with its token"))
    page = csrf_client.get("/").get_data(as_text=True)
    assert csrf_client.post("/logout", data={"csrf_token": _token(page)}).status_code == 302
    assert csrf_client.get("/account").status_code == 302


@pytest.mark.parametrize("url", ["/t/zzzzzzzzzzzz", "/t/999999", "/no/such/page", "/u/nobody"])
def test_a_missing_page_is_a_friendly_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "We could not find that page" in response.get_data(as_text=True)


def test_someone_elses_post_is_a_friendly_403(client, auth, make_user, world):
    auth.login(make_user())
    response = client.get(f"/p/{world['own']}/edit")
    assert response.status_code == 403
    assert "That is not yours to do" in response.get_data(as_text=True)


@pytest.mark.parametrize("url", ["/logout", "/p/{own}/vote"])
def test_post_only_routes_refuse_a_get_with_a_friendly_405(client, auth, world, url):
    auth.login(world["member"])
    response = client.get(url.format(own=world["own"]))
    assert response.status_code == 405
    assert "That does not work here" in response.get_data(as_text=True)


def test_a_405_still_says_which_methods_are_allowed(client, world):
    response = client.get(f"/p/{world['own']}/vote")
    assert response.status_code == 405
    assert "POST" in response.headers.get("Allow", "")


@pytest.mark.parametrize("url", ["/u/nobody%00", "/c/nothing%00"])
def test_a_nul_in_a_url_is_a_404_not_a_crash(client, url):
    assert client.get(url).status_code == 404


def test_an_unexpected_error_is_a_friendly_500_without_a_stack_trace(make_app):
    app = make_app(PROPAGATE_EXCEPTIONS=False)
    app.add_url_rule("/boom", "boom", lambda: 1 / 0)
    response = app.test_client().get("/boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong on our side" in page
    assert "Traceback" not in page and "ZeroDivisionError" not in page
