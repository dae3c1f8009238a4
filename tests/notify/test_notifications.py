"""Watching, notifications and unread places, through the services and the pages."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.models import (
    HeldBecause,
    Notification,
    NotificationKind,
    OutboxMail,
    PostStatus,
    User,
    Watch,
    WatchLevel,
    utcnow,
)
from forum.moderation import posts as moderation
from forum.moderation.notices import notify as send_notice
from forum.notify import services as notify
from forum.notify.worker import queue_digests
from forum.threads import services
from forum.threads.votes import set_vote


def _told(user: User) -> list[Notification]:
    """Everything the member was told, stored or read from their watches, oldest first."""
    return notify.notification_page(user, 1, 1000).items[::-1]


def _kinds(user: User) -> list[str]:
    return [n.kind for n in _told(user)]


def _unread_count(user: User) -> int:
    return notify.unread_count(user)


def _opener(thread) -> User:
    return db.session.get(User, thread.author_id)


def _level(user: User, thread) -> str | None:
    watch = db.session.get(Watch, (user.id, thread.id))
    return watch and watch.level


# Watching ------------------------------------------------------------------------------------


def test_a_story_and_a_reply_watch_their_thread_for_their_writers(make_thread, make_reply):
    thread = make_thread()
    reply = make_reply(thread)
    assert _level(_opener(thread), thread) == WatchLevel.WATCHING
    assert _level(db.session.get(User, reply.author_id), thread) == WatchLevel.WATCHING


def test_the_automatic_watch_can_be_turned_off(make_user, make_thread, make_reply):
    quiet = make_user()
    quiet.auto_watch = False
    db.session.commit()
    thread = make_thread()
    make_reply(thread, author=quiet)
    assert _level(quiet, thread) is None


def test_replying_again_does_not_undo_a_chosen_level(make_user, make_thread, make_reply):
    thread = make_thread()
    member = make_user()
    notify.set_level(member, thread, WatchLevel.MUTED)
    make_reply(thread, author=member)
    assert _level(member, thread) == WatchLevel.MUTED


# Who is told ---------------------------------------------------------------------------------


def test_who_begins_to_watch_is_told_of_the_replies_after_not_the_threads_past(
    make_user, make_thread, make_reply
):
    thread = make_thread()
    make_reply(thread)
    member = make_user()
    notify.set_level(member, thread, WatchLevel.WATCHING)
    later = make_reply(thread)
    assert [n.post_id for n in _told(member)] == [later.id]
    notify.set_level(member, thread, WatchLevel.MUTED)  # a muted thread's replies leave the list
    make_reply(thread)
    assert _told(member) == []
    notify.set_level(member, thread, WatchLevel.WATCHING)  # and watching again starts afresh
    last = make_reply(thread)
    assert [n.post_id for n in _told(member)] == [last.id]


def test_a_reply_notification_stored_before_they_were_read_from_watches_shows_once(
    make_user, make_thread, make_reply
):
    """Migration 0010 keeps the REPLY rows written before; the replies read from watches
    start after each thread's newest post then."""
    thread = make_thread()
    old = make_reply(thread)
    opener = _opener(thread)
    db.session.get(Watch, (opener.id, thread.id)).notify_after_post_id = old.id
    db.session.add(
        Notification(user_id=opener.id, kind="reply", thread_id=thread.id, post_id=old.id)
    )
    db.session.commit()
    new = make_reply(thread)
    assert [(n.kind, n.post_id) for n in _told(opener)] == [("reply", old.id), ("reply", new.id)]
    assert _unread_count(opener) == 2


def test_a_reply_notifies_the_watchers_but_not_its_writer(make_user, make_thread, make_reply):
    thread = make_thread()
    writer = make_user()
    make_reply(thread, author=writer)  # the writer now watches too
    make_reply(thread, author=writer)
    assert _kinds(_opener(thread)) == ["reply", "reply"]
    assert _kinds(writer) == []
    assert _unread_count(_opener(thread)) == 2


def test_a_muted_or_normal_member_is_not_told_of_replies(make_user, make_thread, make_reply):
    thread = make_thread()
    normal, muted = make_user(), make_user()
    notify.set_level(normal, thread, WatchLevel.NORMAL)
    notify.set_level(muted, thread, WatchLevel.MUTED)
    notify.set_level(_opener(thread), thread, WatchLevel.MUTED)
    make_reply(thread)
    assert _kinds(normal) == _kinds(muted) == _kinds(_opener(thread)) == []


def _quote(post) -> str:
    return f"> [**someone** wrote](/p/{post.public_id}):\n>\n> text\n\nSame here."


def test_a_quote_notifies_the_quoted_writer_once_even_when_they_watch(
    make_user, make_thread, make_reply
):
    thread = make_thread()
    quoted_writer = make_user()
    quoted = make_reply(thread, author=quoted_writer)  # watches the thread now
    make_reply(thread, body=_quote(quoted))
    assert _kinds(quoted_writer) == ["quote"]


def test_a_quote_reaches_a_writer_who_does_not_watch_but_not_one_who_muted(
    make_user, make_thread, make_reply
):
    thread = make_thread()
    normal_writer, muted_writer = make_user(), make_user()
    first = make_reply(thread, author=normal_writer)
    notify.set_level(normal_writer, thread, WatchLevel.NORMAL)
    second = make_reply(thread, author=muted_writer)
    notify.set_level(muted_writer, thread, WatchLevel.MUTED)
    make_reply(thread, body=_quote(first) + "\n\n" + _quote(second))
    assert _kinds(normal_writer) == ["quote"]
    assert _kinds(muted_writer) == []


def test_quoting_oneself_notifies_nobody_about_the_quote(make_user, make_thread, make_reply):
    thread = make_thread()
    writer = make_user()
    mine = make_reply(thread, author=writer)
    make_reply(thread, author=writer, body=_quote(mine))
    assert _kinds(writer) == []


def test_helpful_votes_gather_in_one_unread_notification_that_counts_them(
    app, make_user, make_thread, make_reply
):
    thread = make_thread()
    writer = make_user()
    reply = make_reply(thread, author=writer, anonymous=True)
    for _ in range(4):
        set_vote(reply, make_user(), True)
    assert _kinds(writer) == ["helpful"]
    assert _unread_count(writer) == 1
    with app.test_request_context():
        from forum.notify.presentation import describe

        item = describe(db.session.scalar(notify.notifications_of(writer)), writer)
    assert item.text == f"4 people found your anonymous reply in “{thread.title}” helpful."
    assert item.coarse


def test_a_vote_after_the_notification_was_read_starts_a_new_one(
    make_user, make_thread, make_reply
):
    thread = make_thread()
    writer = make_user()
    reply = make_reply(thread, author=writer)
    set_vote(reply, make_user(), True)
    notify.mark_all_read(writer)
    set_vote(reply, make_user(), True)
    assert _kinds(writer) == ["helpful", "helpful"]
    assert _unread_count(writer) == 1


def test_a_held_reply_tells_the_flagged_storys_author_that_a_peer_answered(make_user, make_thread):
    thread = make_thread(no_why_replies=True, anonymous=True)
    writer = make_user()
    services.create_reply(
        thread, writer, "Why did you not check?", anonymous=False, held_because=HeldBecause.GUARD
    )
    assert _kinds(_opener(thread)) == ["held"]
    assert _kinds(writer) == []


def test_approving_a_held_reply_notifies_the_watchers_and_tells_its_writer(make_user, make_thread):
    thread = make_thread(no_why_replies=True)
    writer, moderator = make_user(), make_user()
    held = services.create_reply(
        thread, writer, "A held reply.", anonymous=False, held_because=HeldBecause.GUARD
    )
    moderation.approve(held, moderator)
    assert _kinds(_opener(thread)) == ["reply", "held"]  # the reply as of when it was written
    assert _kinds(writer) == ["moderation"]


# What a notification shows -------------------------------------------------------------------


def _page(client) -> str:
    response = client.get("/notifications")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_notifications_page_names_an_anonymous_replier_by_their_thread_name_only(
    client, auth, make_user, make_thread, make_reply
):
    thread = make_thread()
    writer = make_user(username="distinct_writer_9", profession="Night pharmacist")
    reply = make_reply(thread, author=writer, anonymous=True)
    auth.login(_opener(thread))
    body = _page(client)
    assert f"{reply.pseudonym} replied in" in body
    assert "distinct_writer_9" not in body and "Night pharmacist" not in body
    # Anonymous times show the hour only, in the text and the attributes.
    times = re.findall(r'<time datetime="([^"]+)"', body)
    assert times and all(t.endswith(":00+00:00") for t in times)


def test_a_named_reply_is_named_and_shows_an_excerpt(
    client, auth, make_user, make_thread, make_reply
):
    thread = make_thread()
    make_reply(thread, author=make_user(username="named_peer"), body="I did the **same**.")
    auth.login(_opener(thread))
    body = _page(client)
    assert "named_peer replied in" in body
    assert "I did the same." in body


def test_a_reply_behind_a_content_note_shows_the_note_not_its_text(
    client, auth, make_user, make_thread, make_reply
):
    thread = make_thread(content_note="patient death")
    make_reply(thread, author=make_user(username="noted_peer"), body="He died on my shift too.")
    auth.login(_opener(thread))
    body = _page(client)
    assert "noted_peer replied in" in body
    assert "Behind the content note “patient death”" in body
    assert "died on my shift" not in body


def test_a_reply_removed_since_leaves_the_watchers_list_and_a_quote_of_it_says_so(
    client, auth, make_user, make_thread, make_reply
):
    thread = make_thread()
    kept = make_reply(thread, body="A reply that stays.")
    removed = make_reply(thread, body="Text a moderator takes down entirely.")
    quoting = make_reply(thread, body=_quote(kept) + " Quoting text a moderator removes.")
    for post in (removed, quoting):
        moderation.remove(post, make_user(), "breaks the rules")
    opener, kept_writer = _opener(thread), db.session.get(User, kept.author_id)
    assert [n.post_id for n in _told(opener)] == [kept.id]  # a watched reply: gone from the list
    assert _unread_count(opener) == 1
    auth.login(kept_writer)  # told of the quote by a row, which now says it was removed
    body = _page(client)
    assert "A reply in" in body and "was removed" in body
    assert "takes down entirely" not in body and "Quoting text" not in body


def test_the_header_counts_unread_notifications_on_every_page(
    client, auth, make_thread, make_reply
):
    thread = make_thread()
    for _ in range(3):
        make_reply(thread)
    auth.login(_opener(thread))
    for url in ("/", "/me/posts", "/account"):
        assert "3 new" in client.get(url).get_data(as_text=True)


def test_a_notification_links_to_its_post_and_is_read_once_a_page_shows_it(
    app, client, auth, make_user, make_thread, make_reply
):
    app.config["POSTS_PER_PAGE"] = 2
    thread = make_thread()
    early, *_, late = [make_reply(thread) for _ in range(4)]
    auth.login(_opener(thread))
    body = _page(client)
    assert f'href="/p/{late.public_id}"' in body
    assert not re.search(r'href="/notifications/\d', body)  # no database id in a link
    client.get(f"/t/{thread.public_id}?sort=helpful")  # out of order: the place stays
    assert _unread_count(_opener(thread)) == 4
    client.get(f"/t/{thread.public_id}")  # in order: the first two replies
    assert [n.read_at is not None for n in _told(_opener(thread))] == [True] * 2 + [False] * 2
    assert _unread_count(_opener(thread)) == 2
    client.get(f"/p/{late.public_id}", follow_redirects=True)
    assert _unread_count(_opener(thread)) == 0


def test_dismissing_a_notice_reads_its_notification(client, auth, make_user, make_thread):
    from forum.moderation.notices import dismiss
    from forum.moderation.notices import notify as tell

    member = make_user()
    notice = tell(member.id, "A moderator warned you.")
    db.session.commit()
    assert _unread_count(member) == 1
    dismiss(member, notice.id)
    assert _unread_count(member) == 0


def test_mark_all_read_empties_the_count(client, auth, make_thread, make_reply):
    thread = make_thread()
    make_reply(thread)
    make_reply(thread)
    auth.login(_opener(thread))
    assert 'class="unread-count"' in client.get("/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', _page(client))[1]
    client.post("/notifications/read", data={"csrf_token": token})
    assert _unread_count(_opener(thread)) == 0
    assert "new</span>" not in _page(client)
    # The replies are read in the thread too: no "2 new" beside it any more.
    assert 'class="unread-count"' not in client.get("/").get_data(as_text=True)


def test_the_notifications_page_is_paginated_newest_first(
    app, client, auth, make_thread, make_reply
):
    app.config["NOTIFICATIONS_PER_PAGE"] = 2
    thread = make_thread()
    bodies = [f"Reply body number {i}." for i in range(5)]
    for body in bodies:
        make_reply(thread, body=body)
    auth.login(_opener(thread))
    first = _page(client)
    assert first.index(bodies[4]) < first.index(bodies[3])
    assert bodies[0] not in first
    assert bodies[0] in client.get("/notifications?page=3").get_data(as_text=True)


def test_an_empty_notifications_page_explains_itself(client, auth, make_user):
    auth.login(make_user())
    assert "Nothing yet" in _page(client)


def test_a_visitor_is_sent_to_log_in(client):
    assert client.get("/notifications").status_code == 302


# Unread --------------------------------------------------------------------------------------


def test_the_story_author_sees_n_new_on_the_front_page_and_lands_on_the_first_unread(
    client, auth, make_thread, make_reply
):
    thread = make_thread()
    replies = [make_reply(thread) for _ in range(3)]
    auth.login(_opener(thread))
    body = client.get("/").get_data(as_text=True)
    assert "3 new" in body
    assert f'href="/p/{replies[0].public_id}"' in body
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert "New since your last visit" in page
    assert page.index("New since your last visit") < page.index(replies[0].body_md)
    # Seen: nothing is new any more, and the reply notifications are read.
    assert "3 new" not in client.get("/").get_data(as_text=True)
    assert _unread_count(_opener(thread)) == 0


def test_a_member_who_never_opened_a_thread_has_no_unread_marker(
    client, auth, make_user, make_thread, make_reply
):
    thread = make_thread()
    make_reply(thread)
    auth.login(make_user())
    assert " new<" not in client.get("/").get_data(as_text=True)


def test_reading_by_most_helpful_does_not_move_the_place(client, auth, make_thread, make_reply):
    thread = make_thread()
    make_reply(thread)
    make_reply(thread)
    auth.login(_opener(thread))
    client.get(f"/t/{thread.public_id}?sort=helpful")
    assert "2 new" in client.get("/").get_data(as_text=True)


def test_a_visitor_has_no_unread_state(client, make_thread, make_reply):
    thread = make_thread()
    make_reply(thread)
    watches = select(func.count()).select_from(Watch)
    before = db.session.scalar(watches)  # the author's and the replier's
    client.get(f"/t/{thread.public_id}")
    assert db.session.scalar(watches) == before == 2


# The watch control ---------------------------------------------------------------------------


def _checked(page: str) -> str:
    return re.search(r'<input checked[^>]*value="(\w+)"', page)[1]


def test_the_watch_control_works_without_javascript(client, auth, make_user, make_thread):
    thread = make_thread()
    member = make_user()
    auth.login(member)
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert _checked(page) == "normal"
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)[1]
    response = client.post(
        f"/t/{thread.public_id}/watch", data={"csrf_token": token, "level": "watching"}
    )
    assert response.status_code == 302
    assert _level(member, thread) == WatchLevel.WATCHING
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert _checked(page) == "watching"


@pytest.mark.parametrize("level", ["", "loud", "w" * 5000])
def test_an_unknown_watch_level_is_refused_and_changes_nothing(
    client, auth, make_user, make_thread, level
):
    thread = make_thread()
    member = make_user()
    auth.login(member)
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)[1]
    response = client.post(
        f"/t/{thread.public_id}/watch", data={"csrf_token": token, "level": level}
    )
    assert response.status_code == 200  # the form again, with its message
    assert "Not a valid choice" in response.get_data(as_text=True)
    assert _level(member, thread) is None


# Counters ------------------------------------------------------------------------------------


def test_the_header_says_99_plus_past_99_unread(client, auth, make_user, make_thread):
    thread = make_thread()
    notify.set_level(thread_author := _opener(thread), thread, WatchLevel.WATCHING)
    writer = make_user()
    for n in range(100):
        services.create_reply(thread, writer, f"Reply {n}.", anonymous=False)
    auth.login(thread_author)
    assert "99+ new" in client.get("/me/posts").get_data(as_text=True)
    assert notify.unread_count(thread_author) == 100  # counted no further
    send_notice(thread_author.id, "A stored notification on top.")
    db.session.commit()
    assert notify.unread_count(thread_author) == 100


def test_notifications_and_the_reply_commit_together(make_user, make_thread):
    """A reply that fails to commit (a resubmitted form) leaves no notification behind."""
    thread = make_thread()
    writer = make_user()
    first = services.create_reply(thread, writer, "Once.", anonymous=False, form_token="t1")
    again = services.create_reply(thread, writer, "Once.", anonymous=False, form_token="t1")
    assert again.id == first.id
    assert _kinds(_opener(thread)) == ["reply"]
    assert _unread_count(_opener(thread)) == 1


def test_only_members_with_a_confirmed_address_get_a_mail_queued(
    make_user, make_thread, make_reply
):
    thread = make_thread()
    confirmed, unconfirmed, digest = make_user(), make_user(), make_user()
    for member in (confirmed, unconfirmed, digest):
        member.email = f"{member.username}@example.org"
        notify.set_level(member, thread, WatchLevel.WATCHING)
    confirmed.email_confirmed_at = digest.email_confirmed_at = utcnow()
    digest.mail_reply = "digest"
    db.session.commit()
    make_reply(thread)
    mails = db.session.scalars(select(OutboxMail.user_id)).all()
    assert mails == [confirmed.id]
    assert queue_digests() == 1
    waiting = db.session.scalars(select(OutboxMail.user_id).where(OutboxMail.kind == "digest"))
    assert waiting.all() == [digest.id]


def test_a_deleted_reply_leaves_the_list_and_a_quote_of_it_reads_as_removed(
    app, make_thread, make_reply
):
    thread = make_thread()
    quoted = make_reply(thread)
    reply = make_reply(thread, body=_quote(quoted) + " Words I regret.")
    services.delete_post(reply)
    from forum.notify.presentation import describe

    assert db.session.get(type(reply), reply.id).status == PostStatus.DELETED
    assert [n.post_id for n in _told(_opener(thread))] == [quoted.id]
    quoted_writer = db.session.get(User, quoted.author_id)
    [quote] = _told(quoted_writer)
    with app.test_request_context():
        item = describe(quote, quoted_writer)
    assert quote.kind == NotificationKind.QUOTE
    assert item.gone and item.excerpt is None and "Words I regret" not in item.text


def test_approving_a_reply_hidden_at_the_authors_report_does_not_notify_it_again(
    make_user, make_thread, make_reply
):
    from forum.moderation.reports import report_post

    thread = make_thread(no_why_replies=True)
    watcher = make_user()
    notify.set_level(watcher, thread, WatchLevel.WATCHING)
    reply = make_reply(thread)
    _, hidden = report_post(reply, _opener(thread), reason="why")
    assert hidden
    moderation.approve(reply, make_user())
    assert _kinds(watcher) == ["reply"]
