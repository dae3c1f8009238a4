"""No input crashes a worker: every form and every query argument, sent hostile.

POST: every rule of app.url_map that takes a POST has a row in POSTS (who may send it, and a
valid form), so a new route fails here until it is given one, and a new field of a form
fails until its row has a valid value for it. Each field of the form (those of its form
class and those the view reads itself) is sent as each HOSTILE value, the others valid, by
each role that may send it. No answer is a server error; a refused request (a 4xx, or the
form coming back) changes nothing in the database; nothing stored ever holds a NUL or
anything near 1 MB; a file part, and text that is not UTF-8, get a 400 that says so.

GET: every rule has a row in GETS with the query arguments its view reads; each is sent as
each HOSTILE_ARGS value. Tests of the crashes that started this file follow at the end."""

from __future__ import annotations

import io
import itertools
import re
from dataclasses import dataclass
from urllib.parse import quote_plus

import pytest
from sqlalchemy import select
from wtforms.fields.core import UnboundField

from forum.auth.forms import (
    AccountForm,
    DeleteAccountForm,
    ExportForm,
    LoginForm,
    PasswordForm,
    RegisterForm,
)
from forum.extensions import db
from forum.models import (
    Category,
    HeldBecause,
    ModAction,
    Notice,
    Post,
    PostStatus,
    Report,
    RevealDecision,
    RevealRequest,
    Role,
    Thread,
    User,
    utcnow,
)
from forum.moderation.forms import (
    AppointForm,
    CategoryForm,
    ContentNoteForm,
    LockForm,
    ModEditForm,
    MoveForm,
    NoteForm,
    ReasonForm,
    ReportForm,
    RevealDecisionForm,
    SuspendForm,
)
from forum.moderation.notices import notify
from forum.notify import tokens
from forum.notify.forms import MailSettingsForm, NewPasswordForm, ResetRequestForm
from forum.notify.watch_forms import WatchForm
from forum.threads import services
from forum.threads.forms import (
    ConfirmForm,
    EditOpeningForm,
    EditReplyForm,
    FlagForm,
    PreviewForm,
    ReplyForm,
    ThreadForm,
)
from tests.conftest import PASSWORD, Auth, RequestPerContextClient

# Hostile values ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Raw:
    """Bytes put into the body as they are, not percent-encoded."""

    data: bytes


@dataclass(frozen=True)
class Many:
    """The field sent more than once."""

    values: tuple[str, ...]


@dataclass(frozen=True)
class FilePart:
    """The field sent as a file part of a multipart/form-data body."""

    content: bytes


MB = 1_000_000  # with the other fields, still under MAX_CONTENT_LENGTH: it reaches the form
HOSTILE = {
    "empty": "",
    "1MB": "x" * MB,
    "nul": "before\x00after",
    "invalid-utf8": Raw(b"caf\xe9 \xff\xfe"),
    # A lone surrogate cannot be UTF-8; a lax client percent-encodes its WTF-8 bytes.
    "lone-surrogate": Raw(b"%ED%A0%80"),
    "+10^20": str(10**20),
    "-10^20": str(-(10**20)),
    "two-values": Many(("1", "2")),
    "file-part": FilePart(b"A reply sent as a file."),
}
UNREADABLE = {"invalid-utf8", "lone-surrogate"}
UNREADABLE_TEXT = "Your text could not be read"
NO_FILES = "Files cannot be sent here"
STORED_MAX = 100_000  # far above any limit (the rendered HTML of a 20,000-character story)


def _encoded(name: str, value) -> list[bytes]:
    key = quote_plus(name).encode()
    if isinstance(value, Raw):
        return [key + b"=" + value.data]
    values = value.values if isinstance(value, Many) else (value,)
    return [key + b"=" + quote_plus(v).encode() for v in values]


def _post(client, url: str, fields: dict):
    """POST `fields` the way a browser would, except for the hostile value among them."""
    if any(isinstance(value, FilePart) for value in fields.values()):
        data = {
            name: (io.BytesIO(value.content), "hostile.txt")
            if isinstance(value, FilePart)
            else list(value.values)
            if isinstance(value, Many)
            else value
            for name, value in fields.items()
        }
        return client.post(url, data=data, content_type="multipart/form-data")
    body = b"&".join(part for name, value in fields.items() for part in _encoded(name, value))
    return client.post(url, data=body, content_type="application/x-www-form-urlencoded")


# The world and its roles ---------------------------------------------------------------------


@dataclass
class World:
    ids: dict  # what the URL and form templates below name in {braces}
    users: dict  # role -> user (None for the visitor)


GUARD = HeldBecause.GUARD
SPARE = 3  # of each thing an accepted request uses up (a held reply, a notice…)


@pytest.fixture
def world(make_user, make_category, make_thread):
    """A flagged thread by "author" with a named reply of theirs; anonymous replies by
    "writer", published and held; notices for "member"; reveal requests pending (by the
    second administrator) and approved (by "admin"); moderators to remove, members to
    appoint, and a second category."""
    author = make_user(username="author")
    writer = make_user(username="writer")
    member = make_user(username="member", email="member@example.org")
    moderator = make_user(username="moderator", role=Role.MODERATOR)
    admin = make_user(username="admin", role=Role.ADMIN)
    second_admin = make_user(username="second_admin", role=Role.ADMIN)
    for n in range(SPARE):
        make_user(username=f"helper{n}", role=Role.MODERATOR)
        make_user(username=f"candidate{n}")
    nursing = make_category(slug="nursing")
    elsewhere = make_category(slug="elsewhere")
    thread = make_thread(author=author, category=nursing, no_why_replies=True)
    story = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.is_opening))
    own = services.create_reply(thread, author, "Thank you all for reading.", anonymous=False)
    for n in range(SPARE):
        services.create_reply(thread, writer, f"It happened to me too ({n}).", anonymous=True)
        held = services.create_reply(
            thread, writer, f"Why did you not call ({n})?", anonymous=True, held_because=GUARD
        )
        notify(member.id, f"A moderator warned you ({n}): mind the tone.")
        pending = RevealRequest(post_id=held.id, requester_id=second_admin.id, reason="Safety.")
        approved = RevealRequest(
            post_id=held.id,
            requester_id=admin.id,
            reason="Safety.",
            decided_by_id=second_admin.id,
            decision=RevealDecision.APPROVED,
            decision_reason="A real risk.",
            decided_at=utcnow(),
        )
        db.session.add_all([pending, approved])
    db.session.commit()
    ids = {
        "thread": thread.public_id,
        "story": story.public_id,
        "own": own.public_id,
        "nursing": nursing.id,
        "elsewhere": elsewhere.id,
    }
    users = {
        "visitor": None,
        "member": member,
        "author": author,
        "moderator": moderator,
        "admin": admin,
    }
    return World(ids=ids, users=users)


def _thread() -> Thread:
    return db.session.scalar(select(Thread).order_by(Thread.id).limit(1))


def _first(stmt):
    return db.session.scalar(stmt.order_by(*stmt.selected_columns).limit(1))


def _writers(status: PostStatus):
    return (
        select(Post.public_id)
        .join(User, User.id == Post.author_id)
        .where(User.username == "writer", Post.status == status)
    )


def _reveals(requester: str):
    return (
        select(RevealRequest.id)
        .join(User, User.id == RevealRequest.requester_id)
        .where(User.username == requester)
    )


_fresh = itertools.count(1)

# Values a valid form needs so that it still does something after earlier requests of the
# same test changed the world: the flag and the lock switched the other way, a reply still
# held, a form token not used yet… Each is looked up when a request is sent.
LIVE = {
    "flip_flag": lambda: "0" if _thread().no_why_replies else "1",
    "flip_lock": lambda: "0" if _thread().locked else "1",
    "other_category": lambda: _first(
        select(Category.id).where(Category.id != _thread().category_id)
    ),
    "reply": lambda: _first(_writers(PostStatus.PUBLISHED).order_by(Post.id)),
    "held": lambda: _first(_writers(PostStatus.HELD).order_by(Post.id)),
    "unreported": lambda: _first(
        _writers(PostStatus.PUBLISHED).where(
            ~Post.id.in_(select(Report.post_id).where(Report.post_id.is_not(None)))
        )
    ),
    "unasked": lambda: _first(
        _writers(PostStatus.PUBLISHED).where(
            ~Post.id.in_(select(RevealRequest.post_id).where(RevealRequest.decided_at.is_(None)))
        )
    ),
    "pending": lambda: _first(_reveals("second_admin").where(RevealRequest.decided_at.is_(None))),
    "approved": lambda: _first(_reveals("admin").where(RevealRequest.seen_at.is_(None))),
    "notice": lambda: _first(select(Notice.id).where(Notice.dismissed_at.is_(None))),
    "candidate": lambda: _first(
        select(User.username).where(User.username.like("candidate%"), User.role == Role.MEMBER)
    ),
    "helper": lambda: _first(
        select(User.id).where(User.username.like("helper%"), User.role == Role.MODERATOR)
    ),
    "fresh": lambda: next(_fresh),
    # Links from e-mail, good when sent (they name the member by their id alone).
    "confirm_token": lambda: tokens.confirm_token(_member(), "member@example.org"),
    "unsubscribe_token": lambda: tokens.unsubscribe_token(_member(), "reply"),
    "reset_token": lambda: tokens.reset_token(_member()),
}


def _member() -> User:
    return db.session.scalar(select(User).where(User.username == "member"))


class _Ids(dict):
    """The world's ids, and LIVE values looked up once per request when a template asks."""

    def __missing__(self, name):
        self[name] = LIVE[name]()
        return self[name]


def _client(app, user):
    """A client of its own, logged in as `user` unless that is None (a visitor)."""
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    if user is not None:
        Auth(client).login(user)
    return client


# The forms -----------------------------------------------------------------------------------

VISITOR, MEMBER, AUTHOR, ADMIN = ("visitor",), ("member",), ("author",), ("admin",)
MODS = ("moderator", "admin")


@dataclass(frozen=True)
class Case:
    url: str
    roles: tuple[str, ...]  # who may send it
    form_class: type | None  # None: the view reads request.form itself
    form: dict  # a valid form, values formatted with the world's ids
    done: tuple[int, ...] = (302,)  # what an accepted form answers


NEW_PASSWORD = "another passphrase"

POSTS: dict[str, list[Case]] = {
    "/register": [
        Case(
            "/register",
            VISITOR,
            RegisterForm,
            {"username": "newcomer{fresh}", "password": PASSWORD, "confirm": PASSWORD},
        )
    ],
    "/login": [
        Case(
            "/login",
            VISITOR,
            LoginForm,
            {"username": "member", "password": PASSWORD, "remember": "y"},
        )
    ],
    "/logout": [Case("/logout", MEMBER, None, {})],
    "/account": [
        Case("/account", MEMBER, AccountForm, {"profession": "ICU nurse", "email": "a@example.org"})
    ],
    "/account/password": [
        Case(
            "/account/password",
            MEMBER,
            PasswordForm,
            {"current": PASSWORD, "new": NEW_PASSWORD, "confirm": NEW_PASSWORD},
        )
    ],
    # The export answers 200 either way (the file, or the form again): it changes nothing.
    "/account/export": [
        Case("/account/export", MEMBER, ExportForm, {"password": PASSWORD}, done=(200,))
    ],
    "/account/delete": [
        Case("/account/delete", MEMBER, DeleteAccountForm, {"posts": "keep", "password": PASSWORD})
    ],
    "/new": [
        Case(
            "/new",
            MEMBER,
            ThreadForm,
            {
                "identity": "anonymous",
                "show_profession": "y",
                "no_why_replies": "y",
                "category": "{nursing}",
                "title": "A night I keep thinking about",
                "content_note": "patient death",
                "body": "What happened was this.",
                "form_token": "fuzz{fresh}",
                "publish_as_is": "",
            },
        )
    ],
    "/t/<key:thread_key>/reply": [
        Case(
            "/t/{thread}/reply",
            MEMBER,
            ReplyForm,
            {
                "identity": "named",
                "show_profession": "y",
                "body": "Something similar happened to me.",
                "form_token": "fuzz{fresh}",
                "publish_as_is": "",
                "send_to_moderators": "",
            },
        )
    ],
    "/p/<key:post_key>/edit": [
        Case(
            "/p/{story}/edit",
            AUTHOR,
            EditOpeningForm,
            {
                "title": "An edited title",
                "content_note": "patient death",
                "body": "An edited story.",
                "publish_as_is": "",
            },
        ),
        Case(
            "/p/{own}/edit",
            AUTHOR,
            EditReplyForm,
            {"body": "An edited reply.", "publish_as_is": "", "send_to_moderators": ""},
        ),
    ],
    "/preview": [
        Case(
            "/preview",
            MEMBER,
            PreviewForm,
            {"title": "A title", "body": "Some *text*.", "thread": "{thread}"},
            done=(200,),
        )
    ],
    "/p/<key:post_key>/delete": [Case("/p/{own}/delete", AUTHOR, ConfirmForm, {})],
    "/p/<key:post_key>/anonymous": [Case("/p/{own}/anonymous", AUTHOR, ConfirmForm, {})],
    "/p/<key:post_key>/vote": [
        Case("/p/{reply}/vote", MEMBER, None, {"helpful": "1", "next": "/t/{thread}"})
    ],
    # The story's author marks a reply "This helped me" (the view reads request.form).
    "/p/<key:post_key>/helped": [
        Case("/p/{reply}/helped", AUTHOR, None, {"helped": "1", "next": "/t/{thread}"})
    ],
    "/t/<key:thread_key>/flag": [
        Case(
            "/t/{thread}/flag",
            ("moderator", "author"),
            FlagForm,
            {"on": "{flip_flag}", "reason": "The author asked."},
        )
    ],
    "/p/<key:post_key>/report": [
        Case(
            "/p/{unreported}/report",
            MEMBER,
            ReportForm,
            {"reason": "harassment", "note": "Unkind."},
        )
    ],
    "/mod/p/<key:post_key>/approve": [
        Case("/mod/p/{held}/approve", MODS, ReasonForm, {"reason": "Reads as support."})
    ],
    "/mod/p/<key:post_key>/reject": [
        Case("/mod/p/{held}/reject", MODS, NoteForm, {"reason": "Tell your own story instead."})
    ],
    "/mod/p/<key:post_key>/edit": [
        Case(
            "/mod/p/{reply}/edit",
            MODS,
            ModEditForm,
            {"body": "A reworded reply.", "reason": "A detail."},
        )
    ],
    "/mod/p/<key:post_key>/remove": [
        Case("/mod/p/{reply}/remove", MODS, NoteForm, {"reason": "Abusive."})
    ],
    "/mod/p/<key:post_key>/warn": [
        Case("/mod/p/{reply}/warn", MODS, NoteForm, {"reason": "Mind the tone."})
    ],
    "/mod/p/<key:post_key>/suspend": [
        Case("/mod/p/{reply}/suspend", MODS, SuspendForm, {"days": "3", "reason": "Abuse."})
    ],
    "/mod/p/<key:post_key>/reveal": [
        Case("/mod/p/{unasked}/reveal", ADMIN, NoteForm, {"reason": "A risk to someone's safety."})
    ],
    "/admin/reveals/<id:request_id>/decide": [
        Case(
            "/admin/reveals/{pending}/decide",
            ADMIN,
            RevealDecisionForm,
            {"decision": "approve", "reason": "A real risk."},
        )
    ],
    # The administrator who asked, after approval: the account is shown on the page (200).
    "/admin/reveals/<id:request_id>/show": [
        Case("/admin/reveals/{approved}/show", ADMIN, None, {}, done=(200, 302))
    ],
    "/mod/t/<key:thread_key>/lock": [
        Case(
            "/mod/t/{thread}/lock",
            MODS,
            LockForm,
            {"locked": "{flip_lock}", "reason": "Heated.", "next": "/mod/p/{reply}"},
        )
    ],
    "/mod/t/<key:thread_key>/content-note": [
        Case(
            "/mod/t/{thread}/content-note",
            MODS,
            ContentNoteForm,
            {"content_note": "note {fresh}", "reason": "A reader asked.", "next": "/mod/p/{reply}"},
        )
    ],
    "/mod/t/<key:thread_key>/move": [
        Case(
            "/mod/t/{thread}/move",
            MODS,
            MoveForm,
            {"category": "{other_category}", "reason": "Wrong place.", "next": "/mod/p/{reply}"},
        )
    ],
    "/notices/<id:notice_id>/dismiss": [
        Case("/notices/{notice}/dismiss", MEMBER, None, {"next": "/t/{thread}"})
    ],
    "/admin/moderators": [
        Case(
            "/admin/moderators",
            ADMIN,
            AppointForm,
            {"username": "{candidate}", "reason": "Helps a lot."},
        )
    ],
    "/admin/moderators/<id:user_id>/remove": [
        Case("/admin/moderators/{helper}/remove", ADMIN, ReasonForm, {"reason": "Stepped down."})
    ],
    "/admin/categories": [
        Case(
            "/admin/categories",
            ADMIN,
            CategoryForm,
            {
                "slug": "pharmacy{fresh}",
                "name": "Pharmacy",
                "description": "Doses.",
                "position": "3",
            },
        )
    ],
    "/admin/categories/<slug>": [
        Case(
            "/admin/categories/nursing",
            ADMIN,
            CategoryForm,
            {"slug": "nursing", "name": "Nursing care", "description": "Shifts.", "position": "4"},
        )
    ],
    "/notifications/read": [Case("/notifications/read", MEMBER, None, {})],
    "/t/<key:thread_key>/watch": [
        Case("/t/{thread}/watch", MEMBER, WatchForm, {"level": "watching"})
    ],
    # Browsers' reports of blocked content: no form, no token, nothing stored.
    "/csp-report": [Case("/csp-report", VISITOR, None, {}, done=(204,))],
    "/account/notifications": [
        Case(
            "/account/notifications",
            MEMBER,
            MailSettingsForm,
            {
                "mail_reply": "digest",
                "mail_quote": "off",
                "mail_helpful": "now",
                "mail_held": "now",
                "mail_moderation": "digest",
                "auto_watch": "y",
            },
        )
    ],
    "/account/email/confirm": [Case("/account/email/confirm", MEMBER, None, {})],
    "/reset": [Case("/reset", VISITOR, ResetRequestForm, {"who": "member"})],
    "/reset/<token>": [
        Case(
            "/reset/{reset_token}",
            VISITOR,
            NewPasswordForm,
            {"new": NEW_PASSWORD, "confirm": NEW_PASSWORD},
        )
    ],
    # A mail client's one-click unsubscribe (RFC 8058): no form token, the answer a page.
    "/unsubscribe/<token>": [
        Case("/unsubscribe/{unsubscribe_token}", VISITOR, None, {}, done=(200,))
    ],
}


def _post_rules(app) -> set[str]:
    return {rule.rule for rule in app.url_map.iter_rules() if "POST" in rule.methods}


def _field_names(form_class) -> set[str]:
    return {name for name in dir(form_class) if isinstance(getattr(form_class, name), UnboundField)}


def test_every_post_rule_has_a_row_in_the_table(app):
    missing = sorted(_post_rules(app) - set(POSTS))
    gone = sorted(set(POSTS) - _post_rules(app))
    assert not missing, (
        f"POST rules without a row in POSTS of {__name__}: {missing}. Add who may send each "
        "and a valid form, so that its fields are fuzzed."
    )
    assert not gone, f"Rows in POSTS for rules no longer in the URL map: {gone}"


@pytest.mark.parametrize("rule", sorted(POSTS))
def test_every_field_of_a_form_has_a_valid_value_in_its_row(rule):
    for case in POSTS[rule]:
        if case.form_class is not None:
            missing = sorted(_field_names(case.form_class) - set(case.form))
            assert not missing, f"{rule}: give POSTS a valid value for {missing}"


def _everything() -> list:
    """Every row of every table, to tell whether a request changed anything."""
    db.session.expire_all()
    return [
        db.session.execute(select(table).order_by(*table.primary_key.columns)).all()
        for table in db.metadata.sorted_tables
    ]


def _stored_safely(rows: list, where: str) -> None:
    for table in rows:
        for row in table:
            for value in row:
                if isinstance(value, str):
                    assert "\x00" not in value, f"{where}: a NUL was stored"
                    assert len(value) < STORED_MAX, f"{where}: {len(value):,} characters stored"


@pytest.mark.parametrize("value", list(HOSTILE))
@pytest.mark.parametrize("rule", sorted(POSTS))
def test_a_hostile_field_is_refused_or_taken_and_never_crashes(app, world, rule, value):
    hostile = HOSTILE[value]
    for case in POSTS[rule]:
        for role in case.roles:
            user = world.users[role]
            client = _client(app, user)
            for field in case.form or {"unexpected": ""}:
                if user is None:  # a visitor's accepted form logs them in: start afresh
                    client = _client(app, None)
                where = f"POST {rule} with {field}={value} as {role}"
                before = _everything()
                ids = _Ids(world.ids)
                url = case.url.format_map(ids)
                form = {name: text.format_map(ids) for name, text in case.form.items()}
                response = _post(client, url, {**form, field: hostile})
                after = _everything()
                page = response.get_data(as_text=True)
                assert response.status_code < 500, where
                if value in UNREADABLE:
                    assert (response.status_code, UNREADABLE_TEXT in page) == (400, True), where
                if value == "file-part":
                    assert (response.status_code, NO_FILES in page) == (400, True), where
                if response.status_code not in case.done:
                    assert after == before, f"{where}: refused ({response.status_code}), changed"
                _stored_safely(after, where)


# Query arguments -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Get:
    url: str
    role: str  # one who may see the page
    args: tuple[str, ...] = ()  # the query arguments its view reads


GETS: dict[str, Get] = {
    "/": Get("/", "visitor", ("page",)),
    "/c/<slug>": Get("/c/nursing", "visitor", ("page",)),
    "/t/<key:thread_key>": Get("/t/{thread}", "member", ("page", "sort")),
    "/t/<key:thread_key>/reply": Get("/t/{thread}/reply", "member", ("quote",)),
    "/new": Get("/new", "member", ("category",)),
    "/p/<key:post_key>": Get("/p/{reply}", "visitor"),
    "/p/<key:post_key>/view": Get("/p/{reply}/view", "visitor"),
    "/p/<key:post_key>/edit": Get("/p/{story}/edit", "author"),
    "/p/<key:post_key>/delete": Get("/p/{own}/delete", "author"),
    "/p/<key:post_key>/anonymous": Get("/p/{own}/anonymous", "author"),
    "/p/<key:post_key>/report": Get("/p/{reply}/report", "member"),
    "/register": Get("/register", "visitor"),
    "/login": Get("/login", "visitor", ("next",)),
    "/account": Get("/account", "member"),
    "/account/password": Get("/account/password", "member"),
    "/account/export": Get("/account/export", "member"),
    "/account/delete": Get("/account/delete", "member"),
    "/account/deleted": Get("/account/deleted", "visitor", ("posts",)),
    "/u/<username>": Get("/u/author", "visitor", ("page",)),
    "/me/posts": Get("/me/posts", "member", ("page",)),
    "/healthz": Get("/healthz", "visitor"),
    "/about": Get("/about", "visitor"),
    "/about/anonymity": Get("/about/anonymity", "visitor"),
    "/about/guidelines": Get("/about/guidelines", "visitor"),
    "/about/privacy": Get("/about/privacy", "visitor"),
    "/support": Get("/support", "visitor"),
    "/favicon.ico": Get("/favicon.ico", "visitor"),
    "/confirm/<token>": Get("/confirm/{confirm_token}", "visitor"),
    "/unsubscribe/<token>": Get("/unsubscribe/{unsubscribe_token}", "visitor"),
    "/reset": Get("/reset", "visitor"),
    "/reset/<token>": Get("/reset/{reset_token}", "visitor"),
    "/notifications": Get("/notifications", "member", ("page",)),
    "/feed.atom": Get("/feed.atom", "visitor"),
    "/c/<slug>/feed.atom": Get("/c/nursing/feed.atom", "visitor"),
    "/t/<key:thread_key>/feed.atom": Get("/t/{thread}/feed.atom", "visitor"),
    "/search": Get("/search", "visitor", ("q", "page", "category", "scope", "note", "sort")),
    "/static/<path:filename>": Get("/static/forum.css", "visitor"),
    "/mod": Get("/mod", "moderator", ("page",)),
    "/mod/log": Get("/mod/log", "moderator", ("page", "actor", "action")),
    "/mod/next": Get("/mod/next", "moderator", ("after",)),
    "/mod/p/<key:post_key>": Get("/mod/p/{reply}", "moderator"),
    "/mod/p/<key:post_key>/reveal": Get("/mod/p/{reply}/reveal", "admin"),
    "/admin/reveals": Get("/admin/reveals", "admin", ("page", "mine")),
    "/admin/reveals/<id:request_id>": Get("/admin/reveals/{pending}", "admin"),
    "/admin/moderators": Get("/admin/moderators", "admin"),
    "/admin/categories": Get("/admin/categories", "admin"),
    "/admin/categories/<slug>": Get("/admin/categories/nursing", "admin"),
}
HOSTILE_ARGS = {
    "+10^20": str(10**20),
    "-10^20": str(-(10**20)),
    "-1": "-1",
    "0": "0",
    "2^31": str(2**31),
    "text": "abc",
    "two-values": Many(("1", "2")),
    "superscript-two": "²",  # str.isdigit() says yes; int() says no
    "arabic-indic": "١٢",
    "5000-digits": "9" * 5000,  # int() refuses more than 4,300 digits
    "underscore": "1_0",
    "spaces": " 1 ",
    "nul": "1\x00",
    "lone-surrogate": Raw(b"%ED%A0%80"),
}
UNREADABLE_ADDRESS = "That address could not be read"


def _query(name: str, value) -> str:
    return "&".join(part.decode("latin-1") for part in _encoded(name, value))


def test_every_get_rule_has_a_row_in_the_table(app):
    rules = {rule.rule for rule in app.url_map.iter_rules() if "GET" in rule.methods}
    assert not sorted(rules - set(GETS)), (
        f"GET rules without a row in GETS of {__name__}: {sorted(rules - set(GETS))}. Add "
        "who may see each and the query arguments its view reads."
    )
    assert not sorted(set(GETS) - rules), "Rows in GETS for rules no longer in the URL map"


def _get(client, url: str, **kwargs) -> tuple[int, str]:
    """The status and page of a GET, its response closed (a static file's too)."""
    with client.get(url, **kwargs) as response:
        return response.status_code, response.get_data(as_text=True)


@pytest.mark.parametrize("rule", sorted(GETS))
def test_hostile_query_arguments_are_a_404_or_ignored_never_a_crash(app, world, rule):
    get = GETS[rule]
    client = _client(app, world.users[get.role])
    url = get.url.format_map(_Ids(world.ids))
    assert _get(client, url)[0] in (200, 302), f"GET {url} as {get.role}"
    for name in get.args:
        for label, value in HOSTILE_ARGS.items():
            where = f"GET {rule}?{name}={label} as {get.role}"
            status, _ = _get(client, url, query_string=_query(name, value))
            assert status in (200, 302, 400, 404), where
            if label == "lone-surrogate":
                assert status == 400, where
    # A query string that is not UTF-8 at all, raw (curl sends it; a browser would not).
    status, page = _get(client, url, environ_overrides={"QUERY_STRING": "page=caf\xe9"})
    assert (status, UNREADABLE_ADDRESS in page) == (400, True), f"GET {rule}"


# The crashes that started this file, each one of its class ------------------------------------


@pytest.fixture
def as_role(app, world):
    return lambda role: _client(app, world.users[role])


@pytest.mark.parametrize("actor", [str(10**20), str(2**31), "0", "-1", "²", "9" * 5000, "x"])
def test_an_actor_that_is_no_id_in_the_log_filter_is_a_404(as_role, actor):
    assert as_role("moderator").get("/mod/log", query_string={"actor": actor}).status_code == 404


def test_the_log_filter_still_takes_anyone_and_a_real_actor(as_role, world):
    moderator = as_role("moderator")
    assert moderator.get("/mod/log?actor=").status_code == 200
    assert moderator.get(f"/mod/log?actor={world.users['admin'].id}").status_code == 200


@pytest.mark.parametrize("page", ["9" * 5000, "0", "-1", str(10**20), str(-(10**20))])
def test_a_page_number_out_of_range_is_a_404(as_role, page):
    assert as_role("visitor").get("/", query_string={"page": page}).status_code == 404


@pytest.mark.parametrize("page", ["abc", "", "²", "١", "1_0", " 1", "+2", "1.5"])
def test_a_page_that_is_not_a_number_in_ascii_digits_is_page_1(as_role, page):
    def main(text: str) -> str:  # the list, without the header's links back to this address
        return text.split('<main id="main"', 1)[1].split("</main>", 1)[0]

    first = as_role("visitor").get("/").get_data(as_text=True)
    response = as_role("visitor").get("/", query_string={"page": page})
    assert response.status_code == 200
    assert main(response.get_data(as_text=True)) == main(first)


@pytest.mark.parametrize(
    ("position", "message"),
    [
        (str(10**20), "from 0 to 10,000"),
        (str(-(10**20)), "from 0 to 10,000"),
        ("10001", "from 0 to 10,000"),
        ("-1", "from 0 to 10,000"),
        ("third", "Please give a whole number."),
    ],
)
def test_a_category_position_out_of_range_comes_back_with_a_message(as_role, position, message):
    before = _everything()
    data = {"slug": "nursing", "name": "Nursing", "position": position}
    response = as_role("admin").post("/admin/categories/nursing", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and message in page and position in page
    assert _everything() == before


@pytest.mark.parametrize("position", ["0", "10000"])
def test_a_category_position_in_range_is_saved(as_role, position):
    data = {"slug": "nursing", "name": "Nursing", "position": position}
    assert as_role("admin").post("/admin/categories/nursing", data=data).status_code == 302
    db.session.expire_all()
    stored = db.session.scalar(select(Category.position).where(Category.slug == "nursing"))
    assert stored == int(position)


@pytest.mark.parametrize(
    ("days", "message"),
    [(str(10**20), "Between 1 and 365 days."), (str(-(10**20)), "Between 1 and 365 days.")],
)
def test_suspension_days_out_of_range_come_back_with_a_message(as_role, world, days, message):
    before = _everything()
    data = {"days": days, "reason": "Repeated abuse."}
    response = as_role("moderator").post(f"/mod/p/{_Ids(world.ids)['reply']}/suspend", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and message in page and "Repeated abuse." in page
    assert _everything() == before


@pytest.mark.parametrize("category", [str(10**20), "-1", "elsewhere"])
def test_a_move_to_no_category_comes_back_with_a_message(as_role, world, category):
    before = _everything()
    data = {"category": category, "reason": "Belongs elsewhere."}
    response = as_role("moderator").post(f"/mod/t/{world.ids['thread']}/move", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Please choose one of the categories." in page and "Belongs elsewhere." in page
    assert _everything() == before


def test_a_reply_sent_as_a_file_is_a_400_that_says_so(as_role, world):
    before = _everything()
    data = {"body": (io.BytesIO(b"My reply, as a file."), "reply.txt"), "form_token": "f"}
    response = as_role("member").post(
        f"/t/{world.ids['thread']}/reply", data=data, content_type="multipart/form-data"
    )
    assert response.status_code == 400 and NO_FILES in response.get_data(as_text=True)
    assert _everything() == before


def test_a_file_part_beside_text_keeps_the_text_on_the_page(as_role, world):
    data = {
        "category": str(world.ids["nursing"]),
        "title": "The night shift",
        "body": "What happened was this.",
        "picture": (io.BytesIO(b"\x89PNG\r\n"), "scan.png"),
    }
    response = as_role("member").post("/new", data=data, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and NO_FILES in page
    assert "The night shift" in page and "What happened was this." in page


THREAD_ACTIONS = [
    ("/t/{thread}/flag", {"on": "1"}),
    ("/mod/t/{thread}/lock", {"locked": "1"}),
    ("/mod/t/{thread}/move", {"category": "{elsewhere}"}),
    ("/mod/t/{thread}/content-note", {"content_note": "overdose"}),
]


@pytest.mark.parametrize(
    ("url", "data"), THREAD_ACTIONS, ids=["flag", "lock", "move", "content-note"]
)
def test_a_thread_action_reason_over_the_limit_comes_back_with_the_text(as_role, world, url, data):
    before = _everything()
    reason = "Because " + "r" * 20_001
    form = {**{k: v.format(**world.ids) for k, v in data.items()}, "reason": reason}
    response = as_role("moderator").post(url.format(**world.ids), data=form)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Use at most 500 characters." in page and reason in page
    assert _everything() == before
    assert db.session.scalars(select(ModAction)).all() == []


def test_a_thread_action_sent_again_within_the_limit_goes_back_where_it_came_from(as_role, world):
    moderator = as_role("moderator")
    back = f"/mod/p/{_Ids(world.ids)['reply']}"
    data = {"locked": "1", "reason": "x" * 501, "next": back}
    page = moderator.post(f"/mod/t/{world.ids['thread']}/lock", data=data).get_data(as_text=True)
    assert f'name="next" value="{back}"' in page and 'name="locked"' in page
    response = moderator.post(f"/mod/t/{world.ids['thread']}/lock", data={**data, "reason": "x"})
    assert response.status_code == 302 and response.headers["Location"] == back
    db.session.expire_all()
    assert db.session.scalar(select(Thread.locked)) is True


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"body=caf\xe9+au+lait&form_token=u", "application/x-www-form-urlencoded"),
        (b"body=caf%E9+au+lait&form_token=u", "application/x-www-form-urlencoded"),
        (
            b'--b\r\nContent-Disposition: form-data; name="body"\r\n\r\n'
            b"caf\xe9 au lait\r\n--b--\r\n",
            "multipart/form-data; boundary=b",
        ),
    ],
    ids=["raw", "percent-encoded", "multipart"],
)
def test_text_that_is_not_utf8_is_a_400_about_its_encoding_that_keeps_the_text(
    as_role, world, body, content_type
):
    before = _everything()
    response = as_role("member").post(
        f"/t/{world.ids['thread']}/reply", data=body, content_type=content_type
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and UNREADABLE_TEXT in page
    assert "au lait" in page and "This form has expired" not in page
    assert _everything() == before


@pytest.mark.parametrize("role", ["visitor", "member"])
def test_an_address_that_is_not_utf8_is_a_400_whose_page_renders(as_role, role):
    response = as_role(role).get("/", environ_overrides={"QUERY_STRING": "page=\xff"})
    assert response.status_code == 400
    assert UNREADABLE_ADDRESS in response.get_data(as_text=True)


def _token(client, url: str) -> str:
    page = client.get(url).get_data(as_text=True)
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


@pytest.fixture
def csrf_member(make_app, world):
    """A member's client of an app that checks CSRF tokens, logged in as a browser does."""
    app = make_app(WTF_CSRF_ENABLED=True)
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    data = {"username": "member", "password": PASSWORD, "csrf_token": _token(client, "/login")}
    assert client.post("/login", data=data).status_code == 302
    return client


def test_with_csrf_checks_on_damaged_text_is_not_called_an_expired_form(csrf_member, world):
    url = f"/t/{world.ids['thread']}/reply"
    token = _token(csrf_member, url).encode()
    body = b"csrf_token=" + token + b"&body=caf\xe9&form_token=c"
    response = csrf_member.post(url, data=body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert UNREADABLE_TEXT in response.get_data(as_text=True)


def test_with_csrf_checks_on_a_file_part_is_not_called_an_expired_form(csrf_member, world):
    url = f"/t/{world.ids['thread']}/reply"
    data = {
        "csrf_token": _token(csrf_member, url),
        "body": (io.BytesIO(b"As a file."), "reply.txt"),
    }
    response = csrf_member.post(url, data=data, content_type="multipart/form-data")
    assert response.status_code == 400 and NO_FILES in response.get_data(as_text=True)


# The 500 page ------------------------------------------------------------------------------------


def _overflow():
    """A view whose write fails in the database and leaves the transaction to roll back."""
    db.session.add(Category(slug="too-far", name="Too far", position=10**20))
    db.session.flush()


def test_the_500_page_renders_after_a_failed_transaction(make_app, world):
    app = make_app(PROPAGATE_EXCEPTIONS=False)
    app.add_url_rule("/boom", "boom", _overflow)
    client = _client(app, world.users["member"])  # the page asks the database who this is
    response = client.get("/boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong on our side" in page and "member" in page


def test_the_500_page_is_bare_html_when_even_the_database_is_gone(make_app, tmp_path):
    app = make_app(
        PROPAGATE_EXCEPTIONS=False,
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/no/such/dir/forum.sqlite3",
    )
    app.add_url_rule("/boom", "boom", lambda: 1 / 0)
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = "1.stale"  # so the page must ask the (missing) database
    response = client.get("/boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong on our side" in page and "Traceback" not in page
    assert "peer forum" not in page  # the bare page: the site's own could not be rendered
