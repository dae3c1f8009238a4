"""Who may use the moderators' and administrators' routes: every /mod and /admin rule (and
reporting, the flag switch and notices) × visitor, member, suspended member, moderator and
admin, for GET and for a POST with valid data. The table is checked against app.url_map, so a
new moderation route fails here until it is given its row. State-changing routes refuse GET
and need their CSRF token."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import HeldBecause, RevealRequest, Role, User, utcnow
from forum.moderation.notices import notify
from forum.threads import services
from tests.conftest import PASSWORD, RequestPerContextClient

LOGIN = "login"  # a redirect to the login page
VIEWERS = ["visitor", "member", "suspended", "moderator", "admin"]

MODS = (LOGIN, 403, 403, 302, 302)  # a moderator's action, sent with valid data
ADMINS = (LOGIN, 403, 403, 403, 302)
NOBODY = (405,) * 5

# rule: (URL template, GET statuses, POST statuses), statuses in the order of VIEWERS
EXPECTED = {
    "/mod": ("/mod", (LOGIN, 403, 403, 200, 200), NOBODY),
    "/mod/log": ("/mod/log", (LOGIN, 403, 403, 200, 200), NOBODY),
    "/mod/next": ("/mod/next", (LOGIN, 403, 403, 302, 302), NOBODY),
    "/mod/p/<key:post_key>": ("/mod/p/{held}", (LOGIN, 403, 403, 200, 200), NOBODY),
    "/mod/p/<key:post_key>/approve": ("/mod/p/{held}/approve", NOBODY, MODS),
    "/mod/p/<key:post_key>/reject": ("/mod/p/{held}/reject", NOBODY, MODS),
    "/mod/p/<key:post_key>/edit": ("/mod/p/{published}/edit", NOBODY, MODS),
    "/mod/p/<key:post_key>/remove": ("/mod/p/{published}/remove", NOBODY, MODS),
    "/mod/p/<key:post_key>/warn": ("/mod/p/{published}/warn", NOBODY, MODS),
    "/mod/p/<key:post_key>/suspend": ("/mod/p/{published}/suspend", NOBODY, MODS),
    "/mod/p/<key:post_key>/reveal": (
        "/mod/p/{published}/reveal",
        (LOGIN, 403, 403, 403, 200),
        ADMINS,
    ),
    "/admin/reveals": ("/admin/reveals", (LOGIN, 403, 403, 403, 200), NOBODY),
    "/admin/reveals/<id:request_id>": (
        "/admin/reveals/{reveal}",
        (LOGIN, 403, 403, 403, 200),
        NOBODY,
    ),
    "/admin/reveals/<id:request_id>/decide": ("/admin/reveals/{reveal}/decide", NOBODY, ADMINS),
    # Only the administrator who asked, after approval: here the request waits.
    "/admin/reveals/<id:request_id>/show": (
        "/admin/reveals/{reveal}/show",
        NOBODY,
        (LOGIN, 403, 403, 403, 403),
    ),
    "/mod/t/<key:thread_key>/lock": ("/mod/t/{thread}/lock", NOBODY, MODS),
    "/mod/t/<key:thread_key>/move": ("/mod/t/{thread}/move", NOBODY, MODS),
    "/mod/t/<key:thread_key>/content-note": ("/mod/t/{thread}/content-note", NOBODY, MODS),
    "/admin/moderators": ("/admin/moderators", (LOGIN, 403, 403, 403, 200), ADMINS),
    "/admin/moderators/<id:user_id>/remove": (
        "/admin/moderators/{helper}/remove",
        NOBODY,
        ADMINS,
    ),
    "/admin/categories": ("/admin/categories", (LOGIN, 403, 403, 403, 200), ADMINS),
    "/admin/categories/<slug>": (
        "/admin/categories/nursing",
        (LOGIN, 403, 403, 403, 200),
        ADMINS,
    ),
    "/p/<key:post_key>/report": (
        "/p/{published}/report",
        (LOGIN, 200, 403, 200, 200),
        (LOGIN, 302, 403, 302, 302),
    ),
    "/t/<key:thread_key>/flag": ("/t/{thread}/flag", NOBODY, MODS),
    # Anyone logged in may send it; only the notice's own member changes anything.
    "/notices/<id:notice_id>/dismiss": (
        "/notices/{notice}/dismiss",
        NOBODY,
        (LOGIN, 302, 302, 302, 302),
    ),
}

# What a browser sends to each state-changing rule: valid data for a permitted viewer.
FORMS = {
    "/mod/p/<key:post_key>/approve": {"reason": "Reads as support."},
    "/mod/p/<key:post_key>/reject": {"reason": "Please tell your own story instead."},
    "/mod/p/<key:post_key>/edit": {"body": "A reworded reply.", "reason": "A detail."},
    "/mod/p/<key:post_key>/remove": {"reason": "Abusive."},
    "/mod/p/<key:post_key>/warn": {"reason": "Mind the tone."},
    "/mod/p/<key:post_key>/suspend": {"days": "3", "reason": "Repeated abuse."},
    "/mod/p/<key:post_key>/reveal": {"reason": "A risk to someone's safety."},
    "/admin/reveals/<id:request_id>/decide": {"decision": "approve", "reason": "A real risk."},
    "/admin/reveals/<id:request_id>/show": {},
    "/mod/t/<key:thread_key>/lock": {"locked": "1", "reason": "Heated."},
    "/mod/t/<key:thread_key>/move": {"category": "{elsewhere}", "reason": "Wrong place."},
    "/mod/t/<key:thread_key>/content-note": {"content_note": "suicide", "reason": "Asked."},
    "/admin/moderators": {"username": "candidate", "reason": "Helps a lot."},
    "/admin/moderators/<id:user_id>/remove": {"reason": "Stepped down."},
    "/admin/categories": {"slug": "pharmacy", "name": "Pharmacy", "description": "Doses."},
    "/admin/categories/<slug>": {"slug": "nursing", "name": "Nursing care", "position": "4"},
    "/p/<key:post_key>/report": {"reason": "harassment", "note": "Unkind."},
    "/t/<key:thread_key>/flag": {"on": "0", "reason": "The author asked."},
    "/notices/<id:notice_id>/dismiss": {},
}

MODERATION_POST_RULES = {
    "/mod/p/<key:post_key>/approve",
    "/mod/p/<key:post_key>/reject",
    "/mod/p/<key:post_key>/edit",
    "/mod/p/<key:post_key>/remove",
    "/mod/p/<key:post_key>/warn",
    "/mod/p/<key:post_key>/suspend",
    "/mod/p/<key:post_key>/reveal",
    "/admin/reveals/<id:request_id>/decide",
    "/admin/reveals/<id:request_id>/show",
    "/mod/t/<key:thread_key>/lock",
    "/mod/t/<key:thread_key>/move",
    "/mod/t/<key:thread_key>/content-note",
    "/admin/moderators",
    "/admin/moderators/<id:user_id>/remove",
    "/admin/categories",
    "/admin/categories/<slug>",
    "/p/<key:post_key>/report",
    "/t/<key:thread_key>/flag",
    "/notices/<id:notice_id>/dismiss",
}
# State-changing rules that also answer GET, with the form that POSTs to them.
FORM_PAGES = {
    "/mod/p/<key:post_key>/reveal",
    "/admin/moderators",
    "/admin/categories",
    "/admin/categories/<slug>",
    "/p/<key:post_key>/report",
}


def _moderation_rules(app) -> dict[str, set[str]]:
    """Every moderation rule in the URL map, with its methods."""
    return {
        rule.rule: rule.methods
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith(("/mod", "/admin"))
        or rule.endpoint.startswith("moderation.")
        or rule.endpoint == "threads.set_flag"
    }


def _everything() -> list:
    """Every row of every table, to tell whether a request changed anything."""
    db.session.expire_all()
    return [
        db.session.execute(select(table).order_by(*table.primary_key.columns)).all()
        for table in db.metadata.sorted_tables
    ]


@pytest.fixture
def world(make_user, make_category, make_thread):
    """A flagged thread in "nursing" with a held and a published anonymous reply by the same
    writer, a second category, a moderator to remove, a member to appoint, a notice."""
    opener = make_user(username="opener")
    writer = make_user(username="writer")
    thread = make_thread(author=opener, category=make_category(slug="nursing"), no_why_replies=True)
    published = services.create_reply(thread, writer, "It happened to me too.", anonymous=True)
    held = services.create_reply(
        thread,
        writer,
        "Why did you not escalate?",
        anonymous=True,
        held_because=HeldBecause.GUARD,
    )
    notice = notify(writer.id, "A moderator warned you: mind the tone.")
    # A second administrator's request about the held reply, for the admin to decide (and
    # so that the admin's own reveal request has someone to approve it).
    second_admin = make_user(username="second_admin", role=Role.ADMIN)
    request = RevealRequest(post_id=held.id, requester_id=second_admin.id, reason="Safety.")
    db.session.add(request)
    db.session.commit()
    make_user(username="candidate")
    suspended = make_user(username="suspended")
    suspended.suspended_until = utcnow() + timedelta(days=5)
    suspended.suspension_reason = "Abuse."
    db.session.commit()
    return {
        "thread": thread.public_id,
        "published": published.public_id,
        "held": held.public_id,
        "notice": notice.id,
        "reveal": request.id,
        "helper": make_user(username="helper", role=Role.MODERATOR).id,
        "elsewhere": make_category(slug="elsewhere").id,
        "viewers": {
            "visitor": None,
            "member": make_user(username="member"),
            "suspended": suspended,
            "moderator": make_user(username="moderator", role=Role.MODERATOR),
            "admin": make_user(username="admin", role=Role.ADMIN),
        },
    }


def _url(rule: str, world) -> str:
    return EXPECTED[rule][0].format(**world)


def _form(rule: str, world) -> dict:
    return {key: value.format(**world) for key, value in FORMS.get(rule, {}).items()}


def _log_in(client, user) -> None:
    if user is not None:
        data = {"username": user.username, "password": PASSWORD}
        assert client.post("/login", data=data).status_code == 302


def _assert_status(response, expected) -> None:
    if expected == LOGIN:
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/login?next=")
    else:
        assert response.status_code == expected


# The table against the URL map -----------------------------------------------------------


def test_every_moderation_route_has_a_row_in_the_table(app):
    assert set(_moderation_rules(app)) == set(EXPECTED)


def test_the_state_changing_rules_are_exactly_those_that_take_a_post(app):
    rules = _moderation_rules(app)
    assert {rule for rule, methods in rules.items() if "POST" in methods} == MODERATION_POST_RULES
    assert set(FORMS) == MODERATION_POST_RULES


def test_state_changing_rules_refuse_get_unless_they_show_their_form(app):
    rules = _moderation_rules(app)
    answering_get = {rule for rule in MODERATION_POST_RULES if "GET" in rules[rule]}
    assert answering_get == FORM_PAGES


def test_the_table_says_405_for_get_exactly_where_the_url_map_has_no_get(app):
    rules = _moderation_rules(app)
    for rule, (_, get, post) in EXPECTED.items():
        assert (get == NOBODY) == ("GET" not in rules[rule]), rule
        assert (post == NOBODY) == ("POST" not in rules[rule]), rule


# The matrix ----------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", sorted(EXPECTED))
@pytest.mark.parametrize("viewer", VIEWERS)
def test_a_get_answers_each_viewer_with_the_expected_status_and_changes_nothing(
    client, world, rule, viewer
):
    _log_in(client, world["viewers"][viewer])
    before = _everything()
    response = client.get(_url(rule, world))
    _assert_status(response, EXPECTED[rule][1][VIEWERS.index(viewer)])
    assert _everything() == before


@pytest.mark.parametrize("rule", sorted(EXPECTED))
@pytest.mark.parametrize("viewer", VIEWERS)
def test_a_valid_post_answers_each_viewer_with_the_expected_status(client, world, rule, viewer):
    _log_in(client, world["viewers"][viewer])
    expected = EXPECTED[rule][2][VIEWERS.index(viewer)]
    before = _everything()
    response = client.post(_url(rule, world), data=_form(rule, world))
    _assert_status(response, expected)
    if expected in (200, 302) and rule != "/notices/<id:notice_id>/dismiss":
        assert _everything() != before, "a permitted viewer's valid form changed nothing"
    else:
        assert _everything() == before


def test_only_the_notices_own_member_dismisses_it(client, world):
    writer = db.session.scalar(select(User).where(User.username == "writer"))
    _log_in(client, writer)
    before = _everything()
    assert client.post(_url("/notices/<id:notice_id>/dismiss", world)).status_code == 302
    assert _everything() != before


# CSRF ------------------------------------------------------------------------------------------


def _token(page: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


@pytest.fixture
def csrf_client(make_app, world):
    """A client of an app that checks CSRF tokens, logged in as the administrator the way a
    browser does it."""
    app = make_app(WTF_CSRF_ENABLED=True)
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    admin = world["viewers"]["admin"]
    token = _token(client.get("/login").get_data(as_text=True))
    data = {"username": admin.username, "password": PASSWORD, "csrf_token": token}
    assert client.post("/login", data=data).status_code == 302
    return client


@pytest.mark.parametrize("rule", sorted(MODERATION_POST_RULES))
def test_a_post_without_its_csrf_token_is_refused_and_changes_nothing(csrf_client, world, rule):
    before = _everything()
    response = csrf_client.post(_url(rule, world), data=_form(rule, world))
    assert response.status_code == 400
    assert "This form has expired" in response.get_data(as_text=True)
    assert _everything() == before


@pytest.mark.parametrize("rule", sorted(MODERATION_POST_RULES))
def test_a_post_with_a_forged_csrf_token_is_refused_too(csrf_client, world, rule):
    before = _everything()
    data = {**_form(rule, world), "csrf_token": "forged"}
    assert csrf_client.post(_url(rule, world), data=data).status_code == 400
    assert _everything() == before


# Dismissing changes nothing for another member's notice; showing a revealed writer is for
# the administrator who asked alone (tests/moderation/test_reveal.py sends it as them).
@pytest.mark.parametrize(
    "rule",
    sorted(
        MODERATION_POST_RULES
        - {"/notices/<id:notice_id>/dismiss", "/admin/reveals/<id:request_id>/show"}
    ),
)
def test_the_same_post_with_the_token_from_a_page_goes_through(csrf_client, world, rule):
    token = _token(csrf_client.get("/mod").get_data(as_text=True))
    before = _everything()
    data = {**_form(rule, world), "csrf_token": token}
    assert csrf_client.post(_url(rule, world), data=data).status_code in (200, 302)
    assert _everything() != before
