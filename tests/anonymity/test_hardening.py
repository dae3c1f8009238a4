"""The five ways moderation surfaces linked an anonymous writer's posts (issue 9), each
reproduced as a moderator or an administrator would meet it, and the side channel of
database ids in URLs. Each test failed on the code before the fix."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, select, text

from forum import create_app
from forum.extensions import db
from forum.models import HeldBecause, ModAction, Notice, Post, Role, User, utcnow
from forum.moderation import members, posts, reports
from forum.threads import services
from tests.conftest import Auth
from tests.test_migrations import empty_database_url  # noqa: F401 (a fixture)

WHY = "Why did you not escalate to the senior nurse sooner?"
KIND = "When this happened to me, talking it through with my supervisor helped."


def _fresh(post_id: int) -> Post:
    db.session.expire_all()
    return db.session.get(Post, post_id)


def _send_past_the_guard(client, thread, body: str) -> Post:
    """Reply in a flagged thread, see the guard's findings, and send it to the moderators."""
    url = f"/t/{thread.public_id}/reply"
    data = {"body": body, "identity": "named", "form_token": f"t-{len(body)}"}
    stopped = client.post(url, data=data)
    assert stopped.status_code == 200, "the guard did not stop the reply"
    (digest,) = re.findall(r'name="send_to_moderators" value="(\w+)"', stopped.text)
    assert client.post(url, data={**data, "send_to_moderators": digest}).status_code == 302
    return db.session.scalars(select(Post).order_by(Post.id.desc())).first()


def _login(app, user) -> Auth:
    client = app.test_client()
    Auth(client).login(user)
    return client


@pytest.fixture
def moderator(make_user):
    return make_user(username="mod_rowan", role=Role.MODERATOR)


@pytest.fixture
def mod_client(app, moderator):
    return _login(app, moderator)


# 1. A quote keeps no username after its post is made anonymous, in every status -------------


@pytest.mark.parametrize("status", ["held", "hidden", "rejected", "published"])
def test_a_quote_of_a_reply_made_anonymous_loses_the_username_whatever_the_quoting_status(
    app, client, make_user, make_thread, make_reply, moderator, status
):
    quoted_writer = make_user(username="named_alder")
    thread = make_thread(no_why_replies=True, anonymous=True)
    named = make_reply(thread, author=quoted_writer, body="I missed it on a night shift too.")
    quoter = make_user()
    Auth(client).login(quoter)
    page = client.get(f"/t/{thread.public_id}/reply?quote={named.public_id}")
    assert "**named_alder** wrote" in page.text
    held = _send_past_the_guard(
        client,
        thread,
        f"> [**named_alder** wrote](/p/{named.public_id}):\n>\n> I missed it.\n\n{WHY}",
    )
    if status == "hidden":
        posts.approve(_fresh(held.id), moderator)
        reports.report_post(_fresh(held.id), db.session.get(User, thread.author_id), "why", "")
    elif status == "rejected":
        posts.reject(_fresh(held.id), moderator, "Please rephrase.")
    elif status == "published":
        posts.approve(_fresh(held.id), moderator)

    services.make_anonymous(_fresh(named.id))

    quoting = _fresh(held.id)
    pseudonym = _fresh(named.id).pseudonym
    for stored in (quoting.body_md, quoting.body_html):
        assert "named_alder" not in stored
        assert pseudonym in stored
    mod = _login(app, moderator)
    for url in (f"/mod/p/{quoting.public_id}", "/mod", f"/p/{quoting.public_id}/view"):
        assert "named_alder" not in mod.get(url).text, url


def test_an_approved_reply_quoting_a_post_made_anonymous_shows_no_username_anywhere(
    app, client, make_user, make_thread, make_reply, moderator
):
    writer = make_user(username="named_alder")
    thread = make_thread(no_why_replies=True)
    named = make_reply(thread, author=writer, body="Mine was a wrong-site swab.")
    Auth(client).login(make_user())
    quote = client.get(f"/t/{thread.public_id}/reply?quote={named.public_id}").text
    assert "named_alder" in quote
    held = _send_past_the_guard(
        client, thread, f"> [**named_alder** wrote](/p/{named.public_id}):\n>\n> Mine.\n\n{WHY}"
    )
    services.make_anonymous(_fresh(named.id))
    posts.approve(_fresh(held.id), moderator)

    reader = app.test_client()
    for url in (
        f"/t/{thread.public_id}",
        f"/p/{held.public_id}/view",
    ):
        assert "named_alder" not in reader.get(url).text, url
    Auth(reader).login(make_user())
    prefilled = reader.get(f"/t/{thread.public_id}/reply?quote={held.public_id}").text
    assert "named_alder" not in prefilled


def test_a_quote_pasted_into_another_thread_is_reattributed_too(make_user, make_thread, make_reply):
    writer = make_user(username="named_alder")
    here, there = make_thread(), make_thread()
    named = make_reply(here, author=writer)
    pasted = make_reply(
        there, body=f"> [**named_alder** wrote](/p/{named.public_id}):\n> Yes.\n\nSo true."
    )
    services.make_anonymous(_fresh(named.id))
    assert "named_alder" not in _fresh(pasted.id).body_md
    assert _fresh(named.id).pseudonym in _fresh(pasted.id).body_html


# 2. The audit log stores no names, and names a post as it is now ------------------------------


def _text_columns(row) -> list[str]:
    return [
        str(getattr(row, column.key))
        for column in inspect(type(row)).columns
        if isinstance(getattr(row, column.key), str)
    ]


def test_a_log_line_written_while_a_reply_was_named_shows_its_pseudonym_after_it_turns(
    app, make_user, make_thread, make_reply, moderator, mod_client
):
    writer = make_user(username="named_alder")
    thread = make_thread()
    reply = make_reply(thread, author=writer)
    members.warn(_fresh(reply.id), moderator, "Please keep to your own experience.")
    posts.edit(_fresh(reply.id), moderator, "Edited text.", "A name came out.")
    assert "named_alder" in mod_client.get("/mod/log").text  # named: the log says who

    services.make_anonymous(_fresh(reply.id))

    log = mod_client.get("/mod/log").text
    assert "named_alder" not in log
    pseudonym = _fresh(reply.id).pseudonym
    assert (
        f"the writer of {pseudonym}&#39;s reply" in log
        or f"the writer of {pseudonym}'s reply" in log
    )
    for entry in db.session.scalars(select(ModAction)):
        assert not any("named_alder" in value for value in _text_columns(entry))


def test_no_stored_log_or_notice_text_names_a_post_by_its_database_id(
    make_user, make_thread, make_reply, moderator
):
    thread = make_thread(anonymous=True)
    reply = make_reply(thread, anonymous=True)
    members.warn(_fresh(reply.id), moderator, "Keep it kind.")
    posts.remove(_fresh(reply.id), moderator, "Off topic.")
    for row in [*db.session.scalars(select(ModAction)), *db.session.scalars(select(Notice))]:
        for value in _text_columns(row):
            assert f"#{reply.id}" not in value


# 3. A suspension reads the same whatever else the writer has ---------------------------------


def _last_log_line(mod_client) -> str:
    row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", mod_client.get("/mod/log").text, re.S)[1]
    return re.sub(r"<time[^>]*>.*?</time>", "", row)


def test_stacking_a_suspension_on_a_longer_one_is_worded_like_a_first_suspension(
    app, make_user, make_thread, make_reply, moderator, mod_client
):
    w, x = make_user(), make_user()
    story = make_thread(author=w, anonymous=True)
    opening = db.session.scalar(select(Post).where(Post.thread_id == story.id))
    members.suspend(_fresh(opening.id), moderator, 60, "Abuse of a colleague.")
    long_until = db.session.get(User, w.id).suspended_until

    elsewhere = make_thread(title="Same title")
    w_reply = make_reply(elsewhere, author=w, anonymous=True)
    x_reply = make_reply(elsewhere, author=x, anonymous=True)

    def suspend_through_the_page(reply):
        answer = mod_client.post(
            f"/mod/p/{reply.public_id}/suspend",
            data={"days": 7, "reason": "Same again."},
            follow_redirects=True,
        ).text
        return answer, _last_log_line(mod_client)

    w_answer, w_line = suspend_through_the_page(w_reply)
    x_answer, x_line = suspend_through_the_page(x_reply)

    names = {_fresh(w_reply.id).pseudonym: "NAME", _fresh(x_reply.id).pseudonym: "NAME"}

    def plain(text):
        for name, placeholder in names.items():
            text = text.replace(name, placeholder)
        return re.sub(r"[a-z2-7]{12}", "KEY", text)

    assert plain(w_line) == plain(x_line)
    assert "already" not in w_line
    assert plain(re.sub(r"<time.*?</time>", "", w_answer)) == plain(
        re.sub(r"<time.*?</time>", "", x_answer)
    )
    db.session.expire_all()
    assert db.session.get(User, w.id).suspended_until == long_until  # the longer one stays


# 4. A pre-moderated writer's held reply looks like any other held reply ----------------------


def test_a_premoderated_writers_held_reply_carries_no_marker_for_moderators(
    app, make_user, make_thread, moderator, mod_client
):
    thread = make_thread(no_why_replies=True)
    held = services.create_reply(
        thread, make_user(), KIND, anonymous=True, held_because=HeldBecause.PREMODERATED
    )
    for url in ("/mod", f"/mod/p/{held.public_id}"):
        page = mod_client.get(url).text.lower()
        assert "pre-moderated" not in page and "premoderated" not in page, url
        assert "past the guard" not in page, url


# 5. The queue and the log give anonymous posts' times to the hour ----------------------------


def test_the_queue_gives_a_just_held_anonymous_reply_its_hour_only(
    app, client, make_user, make_thread, mod_client
):
    thread = make_thread(no_why_replies=True)
    Auth(client).login(make_user())
    url = f"/t/{thread.public_id}/reply"
    data = {"body": WHY, "identity": "anonymous", "form_token": "t-anon"}
    (digest,) = re.findall(
        r'name="send_to_moderators" value="(\w+)"', client.post(url, data=data).text
    )
    client.post(url, data={**data, "send_to_moderators": digest})
    queue = mod_client.get("/mod").text
    assert "within the hour" in queue
    assert "just now" not in queue and "minute" not in queue


def test_the_log_gives_lines_about_anonymous_posts_their_hour_only(
    make_thread, make_reply, moderator, mod_client
):
    reply = make_reply(make_thread(), anonymous=True)
    posts.remove(_fresh(reply.id), moderator, "Off topic.")
    row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", mod_client.get("/mod/log").text, re.S)[1]
    assert "between" in row and ":00 and" in row
    assert not re.search(r"\d\d:(?!00|59)\d\d", row)


# The side channel: no URL or anchor carries a database id ------------------------------------


def test_neighbouring_posts_in_different_threads_get_unrelated_public_ids(
    make_user, make_thread, make_reply
):
    writer = make_user()
    here, there = make_thread(), make_thread()
    named = make_reply(here, author=writer)
    anonymous = make_reply(there, author=writer, anonymous=True)
    assert anonymous.id == named.id + 1  # the database ids are neighbours...
    for post in (named, anonymous):
        assert re.fullmatch(r"[a-z2-7]{12}", post.public_id)  # ...the public ones are random
    assert named.public_id != anonymous.public_id


@pytest.mark.parametrize(
    "url", ["/p/{id}", "/p/{id}/view", "/t/{thread}", "/mod/p/{id}", "/t/{thread}/reply"]
)
def test_database_ids_do_not_address_threads_or_posts(
    app, mod_client, make_thread, make_reply, url
):
    thread = make_thread()
    reply = make_reply(thread)
    assert mod_client.get(url.format(id=reply.id, thread=thread.id)).status_code == 404


def test_a_thread_page_shows_no_database_id_of_its_posts(
    app, client, make_user, make_thread, make_reply
):
    thread = make_thread()
    replies = [make_reply(thread) for _ in range(3)]
    Auth(client).login(make_user())
    page = client.get(f"/t/{thread.public_id}").text
    assert not re.search(r'(?:/p/|/t/|id="p-?)\d+(?=["/?#)])', page)
    for reply in replies:
        assert f'id="p-{reply.public_id}"' in page


# A moderator's own anonymous post: nobody decides on their own post --------------------------


def test_a_moderator_cannot_act_on_their_own_post_so_the_log_never_names_them_beside_it(
    app, make_thread, make_reply, moderator, mod_client
):
    own = make_reply(make_thread(), author=moderator, anonymous=True)
    assert mod_client.get(f"/mod/p/{own.public_id}").status_code == 403
    for action in ("approve", "reject", "edit", "remove", "warn", "suspend"):
        answer = mod_client.post(
            f"/mod/p/{own.public_id}/{action}", data={"reason": "x", "body": "y", "days": 1}
        )
        assert answer.status_code == 403, action
    assert db.session.scalars(select(ModAction)).first() is None
    assert "Moderate</a>" not in mod_client.get(f"/p/{own.public_id}/view").text


# The migrations: old quote links and old log names do not survive ---------------------------


# Rows as revision 0004 kept them: a reply quoting post 1 by its database id, and log lines
# that named a writer and told of a longer suspension.
OLD_QUOTE_MD = "> [**Quiet Heron** wrote](/p/1):\n> Yes.\n\nSame."
OLD_QUOTE_HTML = (
    '<blockquote><p><a href="/p/1" rel="nofollow">Quiet Heron wrote</a>:</p></blockquote>'
)
OLD_ROWS = [
    "INSERT INTO users (id, username, password_hash, role, created_at, open_notices) VALUES "
    "(1, 'named_alder', 'x', 'member', :now, 0), (2, 'mod_a', 'x', 'moderator', :now, 0)",
    "INSERT INTO categories (id, slug, name, description, position, thread_count) "
    "VALUES (1, 'c', 'C', '', 1, 1)",
    "INSERT INTO threads (id, category_id, author_id, title, anonymous, no_why_replies, locked, "
    "created_at, last_activity_at, reply_count) "
    "VALUES (1, 1, 1, 'T', false, false, false, :now, :now, 1)",
    "INSERT INTO posts (id, thread_id, author_id, is_opening, anonymous, pseudonym, "
    "show_profession, status, body_md, body_html, created_at, score) VALUES "
    "(1, 1, 1, true, true, 'Original poster', false, 'published', 'Story', 'Story', :now, 0), "
    "(2, 1, 2, false, false, NULL, false, 'published', :md, :html, :now, 0)",
    "INSERT INTO mod_actions (actor_id, action, target, thread_id, post_id, reason, created_at) "
    "VALUES (2, 'suspend', 'the writer of named_alder''s reply #1', 1, 1, "
    "'7 days: x (a suspension until 1 Jan 2027 already runs)', :now), "
    "(2, 'appoint moderator', 'mod_a', NULL, NULL, '', :now)",
]


def test_upgrading_rewrites_quote_links_by_database_id_and_takes_names_out_of_the_log(
    empty_database_url,  # noqa: F811 (the fixture imported above)
    tmp_path,
):
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": empty_database_url, "SECRET_KEY": "x"},
        instance_path=str(tmp_path / "inst"),
    )
    now = utcnow()
    with app.app_context():
        upgrade(revision="0004")
        for sql in OLD_ROWS:
            db.session.execute(text(sql), {"now": now, "md": OLD_QUOTE_MD, "html": OLD_QUOTE_HTML})
        db.session.commit()
        upgrade()
        # SQLite rebuilds threads and posts to add the column: nothing may cascade away.
        assert db.session.execute(text("SELECT count(*) FROM posts")).scalar() == 2
        public = db.session.execute(text("SELECT public_id FROM posts WHERE id = 1")).scalar()
        body_md, body_html = db.session.execute(
            text("SELECT body_md, body_html FROM posts WHERE id = 2")
        ).one()
        assert f"](/p/{public}):" in body_md and f'href="/p/{public}"' in body_html
        assert "/p/1)" not in body_md and '"/p/1"' not in body_html
        rows = db.session.execute(
            text("SELECT action, detail, member_id, reason FROM mod_actions ORDER BY id")
        ).all()
        assert [tuple(r) for r in rows] == [
            ("suspend", "", None, "7 days: x"),
            ("appoint moderator", "", 2, ""),
        ]
        db.session.remove()  # ends its transaction: on PostgreSQL it would lock out the DROPs
        downgrade(revision="base")
        db.engine.dispose()


def test_the_queue_orders_replies_held_in_one_hour_by_public_id_not_by_the_minute(
    make_user, make_thread, mod_client
):
    writer = make_user()
    held = [
        services.create_reply(
            make_thread(no_why_replies=True),
            writer,
            KIND,
            anonymous=True,
            held_because=HeldBecause.GUARD,
        )
        for _ in range(6)
    ]
    # Held a minute apart within one hour, in the reverse order of their public ids.
    hour = utcnow().replace(minute=0, second=0, microsecond=0) - timedelta(hours=2)
    for minute, post in enumerate(sorted(held, key=lambda p: p.public_id, reverse=True)):
        _fresh(post.id).held_at = hour + timedelta(minutes=minute)
    db.session.commit()
    page = mod_client.get("/mod").text
    shown = re.findall(r'href="/mod/p/([a-z2-7]{12})"', page)
    assert shown == sorted(p.public_id for p in held)
