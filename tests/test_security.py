"""Browser defences on every response, the violation-report endpoint, and sessions that end
when they should: at logout (on the server, not just in the browser) and at a change of role."""

from __future__ import annotations

import json
import logging

import pytest

from forum.models import Role
from forum.moderation import members
from forum.security import CSP
from tests.conftest import PASSWORD, RequestPerContextClient

EXPECTED = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def _defended(response) -> list[str]:
    problems = [
        f"{name}: {response.headers.get(name)!r}"
        for name, value in EXPECTED.items()
        if response.headers.get(name) != value
    ]
    if response.headers.get("Content-Security-Policy") != CSP:
        problems.append("no Content-Security-Policy")
    if "camera=()" not in response.headers.get("Permissions-Policy", ""):
        problems.append("no Permissions-Policy")
    return problems


def test_the_policy_allows_nothing_inline_and_nothing_from_elsewhere():
    directives = dict(part.split(" ", 1) for part in CSP.split("; "))
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert "unsafe" not in CSP
    assert directives["object-src"] == "'none'" and directives["base-uri"] == "'none'"
    assert directives["frame-ancestors"] == "'none'" and directives["form-action"] == "'self'"


def test_every_kind_of_response_carries_the_browser_defences(
    app, client, auth, make_user, make_thread, make_reply
):
    thread = make_thread()
    reply = make_reply(thread)
    answers = {
        "page": client.get("/"),
        "thread": client.get(f"/t/{thread.public_id}"),
        "404": client.get("/t/zzzzzzzzzzzz"),
        "405": client.put("/"),
        "redirect": client.get("/mod"),
        "static": client.get("/static/forum.css", buffered=True),
        "health": client.get("/healthz"),
    }
    auth.login(make_user())
    answers["json"] = client.post(
        f"/p/{reply.public_id}/vote", data={"helpful": "1"}, headers={"Accept": "application/json"}
    )
    answers["403"] = client.get("/mod")
    problems = [
        f"{kind} ({r.status_code}): {p}" for kind, r in answers.items() for p in _defended(r)
    ]
    assert not problems, "\n".join(problems)


def test_a_bad_csrf_token_and_a_server_error_page_carry_them_too(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)

    @app.get("/boom-for-test")
    def boom():
        raise RuntimeError("a test of the 500 page")

    client = app.test_client()
    assert _defended(client.post("/login", data={"username": "a"})) == []
    with app.app_context():
        app.testing = False  # the real 500 page, not the exception
        assert client.get("/boom-for-test").status_code == 500
        assert _defended(client.get("/boom-for-test")) == []


def test_hsts_is_sent_only_when_configured(make_app):
    assert "Strict-Transport-Security" not in make_app().test_client().get("/").headers
    served = make_app(HSTS_SECONDS=31536000).test_client().get("/")
    assert served.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_links_in_posts_tell_the_other_site_nothing(make_thread, client):
    thread = make_thread(body="See https://example.org/guidance for more.")
    page = client.get(f"/t/{thread.public_id}").text
    assert 'rel="nofollow ugc noopener noreferrer"' in page


# The report endpoint ---------------------------------------------------------------------------

REPORT = {
    "csp-report": {
        "document-uri": "https://debrief.example/t/abcdefghijkm?q=what+a+reader+typed",
        "violated-directive": "script-src-elem",
        "blocked-uri": "inline",
    }
}


def test_a_violation_report_is_logged_without_the_address_or_the_query(client, caplog):
    caplog.set_level(logging.WARNING)
    response = client.post(
        "/csp-report",
        data=json.dumps(REPORT),
        content_type="application/csp-report",
        environ_base={"REMOTE_ADDR": "203.0.113.9"},
    )
    assert response.status_code == 204
    (line,) = [r.getMessage() for r in caplog.records if "CSP violation" in r.getMessage()]
    assert "script-src-elem" in line and "/t/abcdefghijkm" in line
    assert "203.0.113.9" not in caplog.text and "reader" not in caplog.text


@pytest.mark.parametrize(
    "body",
    [
        "",
        "not json",
        "[]",
        '{"csp-report": 3}',
        json.dumps([{"type": "csp-violation"}]),
        "x" * 70_000,
    ],
)
def test_a_malformed_report_is_accepted_and_logged_as_nothing(client, caplog, body):
    caplog.set_level(logging.WARNING)
    assert client.post("/csp-report", data=body, content_type="application/json").status_code == 204
    assert "CSP violation" not in caplog.text


def test_reports_need_no_csrf_token_and_are_rate_limited(make_app):
    app = make_app(WTF_CSRF_ENABLED=True, RATELIMIT_ENABLED=True, LIMIT_CSP_REPORT="3 per minute")
    client = app.test_client()
    statuses = [
        client.post(
            "/csp-report", data=json.dumps(REPORT), content_type="application/csp-report"
        ).status_code
        for _ in range(4)
    ]
    assert statuses == [204, 204, 204, 429]


# Sessions ---------------------------------------------------------------------------------------


def _cookie(client) -> str:
    return client.get_cookie("session").value


def _browser(app):
    """A client whose requests each run in their own app context, as in production: the
    logged-in user is looked up again for every request, not kept from the last one."""
    app.test_client_class = RequestPerContextClient
    return app.test_client()


def test_a_stolen_session_cookie_is_worth_nothing_after_its_owner_logs_out(app, make_user):
    user = make_user()
    owner, thief = _browser(app), _browser(app)
    owner.post("/login", data={"username": user.username, "password": PASSWORD})
    thief.set_cookie("session", _cookie(owner))
    assert user.username in thief.get("/").text  # the copy works while the owner is in
    owner.post("/logout")
    assert thief.get("/me/posts").status_code == 302  # sent to log in
    assert user.username not in thief.get("/").text


def test_a_remember_me_cookie_ends_at_logout_too(app, make_user):
    user = make_user()
    owner = _browser(app)
    owner.post("/login", data={"username": user.username, "password": PASSWORD, "remember": "y"})
    token = owner.get_cookie("remember_token").value

    def with_only_the_token():
        thief = _browser(app)
        thief.set_cookie("remember_token", token)
        return thief.get("/me/posts").status_code

    assert with_only_the_token() == 200
    owner.post("/logout")
    assert with_only_the_token() == 302


def test_logging_in_starts_a_new_session(app, make_user):
    user = make_user()
    client = _browser(app)
    with client.session_transaction() as session:
        session["planted"] = "by someone who set this cookie before the login"
    before = _cookie(client)
    client.post("/login", data={"username": user.username, "password": PASSWORD})
    with client.session_transaction() as session:
        assert "planted" not in session
    assert _cookie(client) != before


def test_a_new_role_ends_the_members_sessions(app, make_user):
    member = make_user()
    admin = make_user(role=Role.ADMIN)
    client = _browser(app)
    client.post("/login", data={"username": member.username, "password": PASSWORD})
    assert client.get("/me/posts").status_code == 200
    members.set_moderator(member, True, admin, "Helps a lot.")
    assert client.get("/me/posts").status_code == 302  # logs in again, as a moderator
    client.post("/login", data={"username": member.username, "password": PASSWORD})
    assert client.get("/mod").status_code == 200
