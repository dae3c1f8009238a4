"""Moderators' actions (edit, remove, warn, suspend, lock, move, flag), the audit log each of
them writes, the administrators' pages, and notices. The reveal of an anonymous writer has its
own tests (tests/moderation/test_reveal.py)."""

import re
from datetime import timedelta

import pytest
from markupsafe import escape
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum.extensions import db
from forum.models import (
    Category,
    HeldBecause,
    ModAction,
    Notice,
    Post,
    PostStatus,
    Report,
    Role,
    Thread,
    User,
    utcnow,
)
from forum.moderation import audit
from forum.threads import services
from forum.times import abstime
from tests.conftest import Auth, RequestPerContextClient

TITLE = "A long night on nights"
REPLY = "I forgot the second signature that week."
WRITER = "the.writer"


def _dump() -> str:
    """Every row of every table, as text."""
    db.session.expire_all()
    return repr(
        [
            db.session.execute(select(table).order_by(*table.primary_key.columns)).all()
            for table in db.metadata.sorted_tables
        ]
    )


def _log() -> list[ModAction]:
    """The log, oldest first, loaded as the log page reads it (for audit.describe)."""
    db.session.expire_all()
    return list(db.session.scalars(audit.log_entries()))[::-1]


def _post(public_id: str) -> Post:
    db.session.expire_all()
    return db.session.scalar(
        select(Post).where(Post.public_id == public_id).options(joinedload(Post.author))
    )


def _thread(public_id: str) -> Thread:
    db.session.expire_all()
    return db.session.scalar(select(Thread).where(Thread.public_id == public_id))


def _user(user_id) -> User:
    db.session.expire_all()
    return db.session.get(User, user_id)


def _page(client, url) -> str:
    return client.get(url).get_data(as_text=True)


def _switch(auth, user) -> None:
    auth.logout()
    if user is not None:
        auth.login(user)


class World(dict):
    __getattr__ = dict.__getitem__


@pytest.fixture
def w(make_user, make_category, make_thread):
    """An unflagged, unlocked thread in Nursing by `opener`; in it the writer's published
    reply, their held reply and their anonymous reply (threads and posts by public id); a
    moderator and an administrator."""
    opener = make_user(username="opener")
    writer = make_user(username=WRITER, profession="Night nurse")
    thread = make_thread(author=opener, title=TITLE, category=make_category(name="Nursing"))
    reply = services.create_reply(thread, writer, REPLY, anonymous=False)
    held = services.create_reply(
        thread, writer, "Why did you not ask?", anonymous=False, held_because=HeldBecause.GUARD
    )
    anonymous = services.create_reply(thread, writer, "Me too, years ago.", anonymous=True)
    return World(
        opener=opener,
        writer=writer,
        thread=thread.public_id,
        opening=db.session.scalar(select(Post.public_id).where(Post.is_opening)),
        reply=reply.public_id,
        held=held.public_id,
        anonymous=anonymous.public_id,
        pseudonym=anonymous.pseudonym,
        pharmacy=make_category(name="Pharmacy", slug="pharmacy").id,
        moderator=make_user(username="steward", role=Role.MODERATOR),
        admin=make_user(username="chief", role=Role.ADMIN),
        candidate=make_user(username="candidate"),
        member=make_user(username="bystander"),
    )


# Edit ----------------------------------------------------------------------------------------

OLD = "Bay three, by the blue curtain, bed eleven."
NEW = "A bay on my ward."


def test_a_moderators_edit_replaces_the_text_and_keeps_the_old_one_nowhere(client, auth, w):
    post = services.create_reply(_thread(w.thread), w.writer, OLD, anonymous=False)
    auth.login(w.moderator)
    data = {"body": NEW, "reason": "Took out the bed number."}
    assert client.post(f"/mod/p/{post.public_id}/edit", data=data).status_code == 302
    edited = _post(post.public_id)
    assert edited.body_md == NEW and edited.moderator_edited_at is not None
    assert edited.edited_at is None  # not the writer's own edit
    assert OLD not in _dump()
    assert OLD not in _page(client, "/mod/log")
    _switch(auth, w.member)
    page = _page(client, f"/t/{w.thread}")
    assert NEW in page and OLD not in page and "edited by a moderator" in page
    _switch(auth, w.writer)
    assert (
        f"A moderator edited your post in “{TITLE}”. Their reason: Took out the bed number."
        in _page(client, "/")
    )


@pytest.mark.parametrize(
    "data",
    [{"body": NEW, "reason": ""}, {"body": "", "reason": "Why."}, {"body": "x" * 10_001}],
    ids=["no reason", "no text", "too long"],
)
def test_a_moderators_edit_needs_a_reason_and_a_text(client, auth, w, data):
    auth.login(w.moderator)
    client.post(f"/mod/p/{w.reply}/edit", data={"reason": "A reason.", **data})
    assert _post(w.reply).body_md == REPLY and _log() == []


# Remove --------------------------------------------------------------------------------------


def test_a_removed_reply_keeps_its_place_loses_its_text_and_leaves_the_count(client, auth, w):
    assert _thread(w.thread).reply_count == 2
    auth.login(w.moderator)
    assert client.post(f"/mod/p/{w.reply}/remove", data={"reason": "Cruel."}).status_code == 302
    post = _post(w.reply)
    assert (post.status, post.body_md, post.body_html) == (PostStatus.REMOVED, "", "")
    assert _thread(w.thread).reply_count == 1
    assert REPLY not in _dump()
    _switch(auth, w.member)
    page = _page(client, f"/t/{w.thread}")
    assert "This post was removed by a moderator." in page and REPLY not in page
    _switch(auth, w.writer)
    assert f"A moderator removed your post in “{TITLE}”. Their reason: Cruel." in _page(client, "/")


def test_a_removal_needs_a_reason(client, auth, w):
    auth.login(w.moderator)
    client.post(f"/mod/p/{w.reply}/remove", data={"reason": " "})
    assert _post(w.reply).status == PostStatus.PUBLISHED and _log() == []


def test_removing_a_held_reply_leaves_no_placeholder_for_other_readers(client, auth, w):
    auth.login(w.moderator)
    client.post(f"/mod/p/{w.held}/remove", data={"reason": "Not for this thread."})
    _switch(auth, w.member)
    page = _page(client, f"/t/{w.thread}")
    assert "This post was removed by a moderator." not in page
    assert client.get(f"/p/{w.held}/view").status_code == 404


# Warn ----------------------------------------------------------------------------------------


def test_a_warning_reaches_the_writer(client, auth, w):
    auth.login(w.moderator)
    response = client.post(f"/mod/p/{w.reply}/warn", data={"reason": "Mind the tone."})
    assert response.status_code == 302
    _switch(auth, w.writer)
    assert "A moderator warned you: Mind the tone." in _page(client, "/")


def test_a_warning_needs_a_text(client, auth, w):
    auth.login(w.moderator)
    client.post(f"/mod/p/{w.reply}/warn", data={"reason": ""})
    assert _log() == [] and _user(w.writer.id).open_notices == 0


# Suspend -------------------------------------------------------------------------------------


def _suspend(client, auth, w, days="3", reason="Repeated abuse"):
    _switch(auth, w.moderator)
    data = {"days": days, "reason": reason}
    assert client.post(f"/mod/p/{w.reply}/suspend", data=data).status_code == 302
    _switch(auth, w.writer)


def test_a_suspended_member_sees_until_when_and_why_on_every_page(client, auth, w):
    before = utcnow()
    _suspend(client, auth, w)
    until = _user(w.writer.id).suspended_until
    assert before + timedelta(days=3) <= until <= utcnow() + timedelta(days=3)
    for url in ("/", f"/t/{w.thread}", "/account"):
        page = _page(client, url)
        assert f"Your account is suspended until {abstime(until)}." in page
        assert "Reason: Repeated abuse." in page


def _suspended_forms(w) -> dict:
    """What a suspended member may not send: url and form."""
    return {
        "new thread": (
            "/new",
            {
                "category": str(w.pharmacy),
                "title": "A new story",
                "body": "It went wrong.",
                "identity": "named",
                "form_token": "n1",
            },
        ),
        "reply": (f"/t/{w.thread}/reply", {"body": "Me too.", "identity": "named"}),
        "edit": (f"/p/{w.reply}/edit", {"body": "I forgot it twice that week."}),
        "vote": (f"/p/{w.opening}/vote", {"helpful": "1"}),
        "report": (f"/p/{w.opening}/report", {"reason": "other", "note": ""}),
    }


ACTS = ["new thread", "reply", "edit", "vote", "report"]


@pytest.mark.parametrize("act", ACTS)
def test_a_suspended_member_may_not_post_reply_edit_vote_or_report(client, auth, w, act):
    _suspend(client, auth, w)
    url, data = _suspended_forms(w)[act]
    before = _dump()
    assert client.post(url, data=data).status_code == 403
    assert _dump() == before


@pytest.mark.parametrize(
    "url",
    [
        "/new",
        "/t/{thread}/reply",
        "/p/{reply}/edit",
        "/p/{opening}/report",
    ],
)
def test_a_suspended_member_is_not_shown_the_forms(client, auth, w, url):
    _suspend(client, auth, w)
    assert client.get(url.format(**w)).status_code == 403


@pytest.mark.parametrize("act", ACTS)
def test_after_the_suspension_ends_everything_works_again(client, auth, w, act):
    _suspend(client, auth, w)
    writer = _user(w.writer.id)
    writer.suspended_until = utcnow() - timedelta(minutes=1)
    db.session.commit()
    assert "Your account is suspended" not in _page(client, "/")
    url, data = _suspended_forms(w)[act]
    before = _dump()
    assert client.post(url, data=data).status_code == 302
    assert _dump() != before


@pytest.mark.parametrize("days", ["0", "366", "", "seven"])
def test_a_suspension_is_for_1_to_365_days(client, auth, w, days):
    auth.login(w.moderator)
    client.post(f"/mod/p/{w.reply}/suspend", data={"days": days, "reason": "Abuse."})
    assert _user(w.writer.id).suspended_until is None and _log() == []


def test_a_suspension_needs_a_reason(client, auth, w):
    auth.login(w.moderator)
    client.post(f"/mod/p/{w.reply}/suspend", data={"days": "3", "reason": ""})
    assert _user(w.writer.id).suspended_until is None


def test_a_shorter_second_suspension_tells_the_member_the_date_that_holds(client, auth, w):
    _suspend(client, auth, w, days="30")
    _suspend(client, auth, w, days="1")
    until = _user(w.writer.id).suspended_until
    assert until > utcnow() + timedelta(days=29)
    latest = db.session.scalars(select(Notice).order_by(Notice.id.desc())).first()
    assert f"until {abstime(until)}" in latest.text


# Lock, move ----------------------------------------------------------------------------------


def test_a_locked_thread_takes_no_replies_from_members(client, auth, w):
    auth.login(w.moderator)
    client.post(f"/mod/t/{w.thread}/lock", data={"locked": "1", "reason": "Heated."})
    assert _thread(w.thread).locked is True
    _switch(auth, w.member)
    page = _page(client, f"/t/{w.thread}")
    assert "This thread is locked: it takes no new replies." in page
    assert f'action="/t/{w.thread}/reply"' not in page
    assert client.get(f"/t/{w.thread}/reply").status_code == 403
    data = {"body": "Me too.", "identity": "named"}
    assert client.post(f"/t/{w.thread}/reply", data=data).status_code == 403
    assert _thread(w.thread).reply_count == 2


def test_moderators_still_reply_in_a_locked_thread(client, auth, w):
    auth.login(w.moderator)
    client.post(f"/mod/t/{w.thread}/lock", data={"locked": "1"})
    assert f'action="/t/{w.thread}/reply"' in _page(client, f"/t/{w.thread}")
    data = {"body": "Closing this kindly.", "identity": "named"}
    assert client.post(f"/t/{w.thread}/reply", data=data).status_code == 302
    assert _thread(w.thread).reply_count == 3


def test_an_unlocked_thread_takes_replies_again(client, auth, w):
    auth.login(w.moderator)
    client.post(f"/mod/t/{w.thread}/lock", data={"locked": "1"})
    client.post(f"/mod/t/{w.thread}/lock", data={"locked": "0"})
    _switch(auth, w.member)
    assert f'action="/t/{w.thread}/reply"' in _page(client, f"/t/{w.thread}")
    data = {"body": "Me too.", "identity": "named"}
    assert client.post(f"/t/{w.thread}/reply", data=data).status_code == 302


def test_a_moved_thread_is_listed_in_its_new_category(client, auth, w):
    auth.login(w.moderator)
    data = {"category": str(w.pharmacy), "reason": "Fits better."}
    assert client.post(f"/mod/t/{w.thread}/move", data=data).status_code == 302
    assert _thread(w.thread).category_id == w.pharmacy
    assert TITLE in _page(client, "/c/pharmacy")


def test_a_move_to_a_missing_category_changes_nothing(client, auth, w):
    auth.login(w.moderator)
    client.post(f"/mod/t/{w.thread}/move", data={"category": "999"})
    assert _thread(w.thread).category_id != w.pharmacy and _log() == []


# The audit log: one line per action ---------------------------------------------------------


def _setup(case: str, w) -> None:
    """What must be true before the action can change something."""
    if case == "dismiss reports":
        db.session.add(Report(post_id=_post(w.reply).id, reporter_id=w.member.id, reason="other"))
    thread = _thread(w.thread)
    thread.locked = case == "unlock"
    thread.no_why_replies = case == "flag off"
    db.session.commit()


def _target(w, post: str, *, writer_of: bool = False) -> str:
    name = w.pseudonym if post == "anonymous" else WRITER
    target = f"{name}'s reply in “{TITLE}”"
    return f"the writer of {target}" if writer_of else target


# case: (actor, url, form, action, target(w), reason written)
CASES = {
    "approve": (
        "moderator",
        "/mod/p/{held}/approve",
        {"reason": "Reads as support."},
        "approve",
        lambda w: _target(w, "held"),
        "Reads as support.",
    ),
    "dismiss reports": (
        "moderator",
        "/mod/p/{reply}/approve",
        {"reason": "It is fine."},
        "dismiss reports",
        lambda w: _target(w, "reply"),
        "It is fine.",
    ),
    "reject": (
        "moderator",
        "/mod/p/{held}/reject",
        {"reason": "Tell your own story."},
        "reject",
        lambda w: _target(w, "held"),
        "Tell your own story.",
    ),
    "edit": (
        "moderator",
        "/mod/p/{reply}/edit",
        {"body": NEW, "reason": "A detail."},
        "edit",
        lambda w: _target(w, "reply"),
        "A detail.",
    ),
    "remove": (
        "moderator",
        "/mod/p/{anonymous}/remove",
        {"reason": "Cruel."},
        "remove",
        lambda w: _target(w, "anonymous"),
        "Cruel.",
    ),
    "warn": (
        "moderator",
        "/mod/p/{anonymous}/warn",
        {"reason": "Mind the tone."},
        "warn",
        lambda w: _target(w, "anonymous", writer_of=True),
        "Mind the tone.",
    ),
    "suspend": (
        "moderator",
        "/mod/p/{reply}/suspend",
        {"days": "2", "reason": "Abuse."},
        "suspend",
        lambda w: _target(w, "reply", writer_of=True),
        "2 days: Abuse.",
    ),
    "lock": (
        "moderator",
        "/mod/t/{thread}/lock",
        {"locked": "1", "reason": "Heated."},
        "lock",
        lambda w: f"thread “{TITLE}”",
        "Heated.",
    ),
    "unlock": (
        "moderator",
        "/mod/t/{thread}/lock",
        {"locked": "0", "reason": "Calm again."},
        "unlock",
        lambda w: f"thread “{TITLE}”",
        "Calm again.",
    ),
    "move": (
        "moderator",
        "/mod/t/{thread}/move",
        {"category": "{pharmacy}", "reason": "Fits better."},
        "move",
        lambda w: f"thread “{TITLE}”",
        "to Pharmacy. Fits better.",
    ),
    "flag on": (
        "moderator",
        "/t/{thread}/flag",
        {"on": "1", "reason": "The author asked."},
        "flag on",
        lambda w: f"thread “{TITLE}”",
        "The author asked.",
    ),
    "flag off": (
        "moderator",
        "/t/{thread}/flag",
        {"on": "0", "reason": "The author asked."},
        "flag off",
        lambda w: f"thread “{TITLE}”",
        "The author asked.",
    ),
    "appoint": (
        "admin",
        "/admin/moderators",
        {"username": "candidate", "reason": "Trusted."},
        "appoint moderator",
        lambda w: "candidate",
        "Trusted.",
    ),
    "demote": (
        "admin",
        "/admin/moderators/{moderator_id}/remove",
        {"reason": "Stepped down."},
        "remove moderator",
        lambda w: "steward",
        "Stepped down.",
    ),
}
EVENTS = {"warn", "suspend"}  # each one is news to the writer, even when repeated


def _act(client, w, case: str):
    _, url, form, *_ = CASES[case]
    values = {**w, "moderator_id": w.moderator.id}
    data = {key: value.format(**values) for key, value in form.items()}
    return client.post(url.format(**values), data=data)


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_action_writes_one_audit_line_with_actor_action_target_and_reason(
    client, auth, w, case
):
    actor_role, _, _, action, target, reason = CASES[case]
    actor = w[actor_role]
    _setup(case, w)
    auth.login(actor)
    assert _act(client, w, case).status_code in (200, 302)
    (line,) = _log()
    assert (line.actor_id, line.action, audit.describe(line), line.reason) == (
        actor.id,
        action,
        target(w),
        reason,
    )
    assert line.created_at is not None
    row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", _page(client, "/mod/log"), re.S).group(1)
    for cell in (actor.username, action, escape(target(w)), escape(reason)):
        assert str(cell) in row


@pytest.mark.parametrize("case", sorted(set(CASES) - EVENTS))
def test_repeating_an_action_that_changes_nothing_writes_nothing(client, auth, w, case):
    _setup(case, w)
    auth.login(w[CASES[case][0]])
    _act(client, w, case)
    before = _dump()
    _act(client, w, case)
    assert len(_log()) == 1
    assert _dump() == before


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/mod/p/{reply}/approve", {}),  # published, no reports
        ("/mod/p/{reply}/reject", {"reason": "Not held."}),
        ("/mod/p/{reply}/edit", {"body": REPLY, "reason": "Same text."}),
        ("/mod/t/{thread}/lock", {"locked": "0"}),
        ("/mod/t/{thread}/move", {"category": "{category}"}),
        ("/t/{thread}/flag", {"on": "0"}),
        ("/admin/moderators/{admin_id}/remove", {"reason": "Cannot."}),
        ("/admin/moderators/{member_id}/remove", {}),
    ],
    ids=[
        "approve a published post",
        "reject a published post",
        "edit to the same text",
        "unlock an unlocked thread",
        "move to its own category",
        "clear an unset flag",
        "demote an admin",
        "demote a member",
    ],
)
def test_an_action_that_finds_nothing_to_change_writes_nothing(client, auth, w, url, data):
    auth.login(w.admin)
    values = {
        **w,
        "category": _thread(w.thread).category_id,
        "admin_id": w.admin.id,
        "member_id": w.member.id,
    }
    before = _dump()
    client.post(url.format(**values), data={k: v.format(**values) for k, v in data.items()})
    assert _dump() == before


# The audit log: reading it ---------------------------------------------------------------


def _rows(page: str) -> list[list[str]]:
    body = re.search(r"<tbody>(.*?)</tbody>", page, re.S)
    if body is None:
        return []
    return [
        re.findall(r"<td>(.*?)</td>", row, re.S)
        for row in re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S)
    ]


@pytest.fixture
def entries(w, make_user):
    """Five log lines, oldest first: two moderators, three kinds of action."""
    other = make_user(username="warden", role=Role.MODERATOR)
    lines = [
        (w.moderator, audit.Action.LOCK, "first"),
        (other, audit.Action.UNLOCK, "second"),
        (w.moderator, audit.Action.LOCK, "third"),
        (other, audit.Action.WARN, "fourth"),
        (other, audit.Action.LOCK, "fifth"),
    ]
    thread_id = _thread(w.thread).id
    for actor, action, reason in lines:
        audit.record(actor, action, thread_id=thread_id, reason=reason)
    db.session.commit()
    return other


def test_the_log_shows_every_line_newest_first(client, auth, w, entries):
    auth.login(w.moderator)
    rows = _rows(_page(client, "/mod/log"))
    assert [row[4] for row in rows] == ["fifth", "fourth", "third", "second", "first"]


def test_the_log_filters_by_action(client, auth, w, entries):
    auth.login(w.moderator)
    rows = _rows(_page(client, "/mod/log?action=lock"))
    assert [row[4] for row in rows] == ["fifth", "third", "first"]
    assert {row[2] for row in rows} == {"lock"}


def test_the_log_filters_by_actor(client, auth, w, entries):
    auth.login(w.moderator)
    rows = _rows(_page(client, f"/mod/log?actor={entries.id}"))
    assert [row[4] for row in rows] == ["fifth", "fourth", "second"]
    rows = _rows(_page(client, f"/mod/log?actor={entries.id}&action=lock"))
    assert [row[4] for row in rows] == ["fifth"]


def test_an_unknown_action_is_a_404_and_a_filter_without_lines_says_so(client, auth, w, entries):
    auth.login(w.moderator)
    assert client.get("/mod/log?action=nonsense").status_code == 404
    assert "No actions match this filter." in _page(client, "/mod/log?action=reveal")


def test_the_log_paginates_and_keeps_its_filter(make_app, w, entries):
    app = make_app(LOG_PER_PAGE=2)
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    Auth(client).login(w.moderator)
    pages = [_rows(_page(client, f"/mod/log?page={n}")) for n in (1, 2, 3)]
    assert [[row[4] for row in rows] for rows in pages] == [
        ["fifth", "fourth"],
        ["third", "second"],
        ["first"],
    ]
    assert client.get("/mod/log?page=4").status_code == 404
    first = _page(client, "/mod/log?action=lock")
    assert re.search(r'href="/mod/log\?[^"]*action=lock[^"]*page=2"', first)
    assert [row[4] for row in _rows(_page(client, "/mod/log?action=lock&page=2"))] == ["first"]


@pytest.mark.parametrize("case", ["remove", "warn", "edit", "suspend"])
def test_the_target_of_an_anonymous_post_is_its_thread_name_never_the_account(
    client, auth, w, case
):
    actor_role, url, form, *_ = CASES[case]
    auth.login(w[actor_role])
    data = {key: value.format(**w) for key, value in form.items()}
    client.post(url.format(anonymous=w.anonymous, reply=w.anonymous), data=data)
    (line,) = _log()
    assert w.pseudonym in audit.describe(line)
    assert WRITER not in audit.describe(line) + line.reason
    _switch(auth, w.moderator)
    page = _page(client, "/mod/log")
    assert w.pseudonym in page and WRITER not in page


# Administrators: moderators ----------------------------------------------------------------


def test_an_admin_appoints_a_moderator_by_username(client, auth, w):
    auth.login(w.admin)
    response = client.post("/admin/moderators", data={"username": "candidate"})
    assert response.status_code == 302
    assert _user(w.candidate.id).role == Role.MODERATOR
    assert "candidate" in _page(client, "/admin/moderators")
    _switch(auth, w.candidate)
    assert client.get("/mod").status_code == 200


@pytest.mark.parametrize(
    ("username", "error"),
    [
        ("nobody-here", "No member has this username."),
        ("steward", "This member already moderates (or is an admin)."),
        ("chief", "This member already moderates (or is an admin)."),
        ("", "This field is required."),
    ],
)
def test_an_appointment_that_cannot_be_made_says_why(client, auth, w, username, error):
    auth.login(w.admin)
    response = client.post("/admin/moderators", data={"username": username})
    assert response.status_code == 200 and error in response.get_data(as_text=True)
    assert _user(w.admin.id).role == Role.ADMIN and _log() == []


def test_an_admin_removes_a_moderator_who_then_loses_the_queue(client, auth, w):
    auth.login(w.admin)
    assert client.post(f"/admin/moderators/{w.moderator.id}/remove").status_code == 302
    assert _user(w.moderator.id).role == Role.MEMBER
    _switch(auth, w.moderator)
    assert client.get("/mod").status_code == 403


def test_an_admin_cannot_be_demoted(client, auth, w, make_user):
    other_admin = make_user(username="chief2", role=Role.ADMIN)
    auth.login(w.admin)
    client.post(f"/admin/moderators/{other_admin.id}/remove", data={"reason": "Try."})
    assert _user(other_admin.id).role == Role.ADMIN and _log() == []
    page = _page(client, "/admin/moderators")
    assert f"/admin/moderators/{other_admin.id}/remove" not in page
    assert f"/admin/moderators/{w.moderator.id}/remove" in page


def test_removing_an_unknown_member_is_a_404(client, auth, w):
    auth.login(w.admin)
    assert client.post("/admin/moderators/999999/remove").status_code == 404


# Administrators: categories ----------------------------------------------------------------


def _category(slug) -> Category | None:
    db.session.expire_all()
    return db.session.scalar(select(Category).where(Category.slug == slug))


def test_an_admin_adds_a_category_at_the_end(client, auth, w):
    auth.login(w.admin)
    data = {"slug": "social-work", "name": "Social work", "description": "Casework."}
    assert client.post("/admin/categories", data=data).status_code == 302
    added = _category("social-work")
    assert (added.name, added.description) == ("Social work", "Casework.")
    assert added.position == max(c.position for c in db.session.scalars(select(Category)))
    assert "Social work" in _page(client, "/admin/categories")
    assert client.get("/c/social-work").status_code == 200


BAD_SLUG = "A slug is lowercase letters and digits joined by"


@pytest.mark.parametrize(
    ("slug", "error"),
    [
        ("pharmacy", "The slug &#39;pharmacy&#39; is taken."),
        ("Social Work", BAD_SLUG),
        ("social_work", BAD_SLUG),
        ("-social", BAD_SLUG),
        ("s" * 61, BAD_SLUG),
    ],
    ids=["taken", "spaces and capitals", "underscore", "leading dash", "too long"],
)
def test_a_category_with_a_taken_or_bad_slug_is_refused_with_the_error(
    client, auth, w, slug, error
):
    auth.login(w.admin)
    before = _dump()
    response = client.post("/admin/categories", data={"slug": slug, "name": "Another"})
    assert response.status_code == 200 and error in response.get_data(as_text=True)
    assert _dump() == before


def test_an_admin_edits_a_category(client, auth, w):
    auth.login(w.admin)
    data = {
        "slug": "pharmacy-care",
        "name": "Pharmacy care",
        "description": "Doses.",
        "position": "9",
    }
    assert client.post("/admin/categories/pharmacy", data=data).status_code == 302
    edited = _category("pharmacy-care")
    assert (edited.slug, edited.name, edited.description, edited.position) == (
        "pharmacy-care",
        "Pharmacy care",
        "Doses.",
        9,
    )
    assert client.get("/admin/categories/pharmacy").status_code == 404


@pytest.mark.parametrize(
    ("slug", "error"),
    [("nursing", "The slug &#39;nursing&#39; is taken."), ("Bad Slug", BAD_SLUG)],
)
def test_a_category_edit_with_a_taken_or_bad_slug_is_refused(client, auth, w, slug, error):
    auth.login(w.admin)
    nursing = db.session.get(Category, _thread(w.thread).category_id)
    nursing.slug = "nursing"
    db.session.commit()
    before = _dump()
    response = client.post("/admin/categories/pharmacy", data={"slug": slug, "name": "X"})
    assert response.status_code == 200 and error in response.get_data(as_text=True)
    assert _dump() == before


def test_category_changes_are_in_the_audit_log(client, auth, w):
    auth.login(w.admin)
    client.post("/admin/categories", data={"slug": "midwifery", "name": "Midwifery"})
    client.post("/admin/categories/midwifery", data={"slug": "midwifery", "name": "Midwives"})
    assert [line.action for line in _log()] == ["category", "category"]


# Notices -----------------------------------------------------------------------------------

WARNED = "A moderator warned you: Mind the tone."


def _warning_notice(client, auth, w) -> Notice:
    auth.login(w.moderator)
    client.post(f"/mod/p/{w.anonymous}/warn", data={"reason": "Mind the tone."})
    return db.session.scalars(select(Notice).where(Notice.user_id == w.writer.id)).one()


def test_the_writer_sees_the_notice_until_they_dismiss_it(client, auth, w):
    notice = _warning_notice(client, auth, w)
    _switch(auth, w.writer)
    page = _page(client, "/")
    assert WARNED in page and f'href="/p/{w.anonymous}"' in page  # "See the post"
    assert WARNED in _page(client, "/account")
    response = client.post(f"/notices/{notice.id}/dismiss", data={"next": "/account"})
    assert response.status_code == 302 and response.headers["Location"] == "/account"
    assert WARNED not in _page(client, "/")
    assert _user(w.writer.id).open_notices == 0


def test_dismissing_someone_elses_notice_does_nothing(client, auth, w):
    notice = _warning_notice(client, auth, w)
    for someone in (w.member, w.admin):
        _switch(auth, someone)
        before = _dump()
        assert client.post(f"/notices/{notice.id}/dismiss").status_code == 302
        assert _dump() == before
    _switch(auth, w.writer)
    assert WARNED in _page(client, "/")


def test_dismissing_a_notice_twice_counts_it_once(client, auth, w):
    notice = _warning_notice(client, auth, w)
    _switch(auth, w.writer)
    client.post(f"/notices/{notice.id}/dismiss")
    client.post(f"/notices/{notice.id}/dismiss")
    assert _user(w.writer.id).open_notices == 0
