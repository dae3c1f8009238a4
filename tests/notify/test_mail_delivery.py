"""The mail worker against a real SMTP server: each kind of mail, its headers, who gets
mail at all, and what happens when the server is away, refuses, or asks to try later."""

from __future__ import annotations

import logging
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import (
    MailKind,
    MailStatus,
    OutboxMail,
    PostStatus,
    User,
    WatchLevel,
    utcnow,
)
from forum.notify import outbox as mail_outbox
from forum.notify import services as notify
from forum.notify.mailer import message_id
from forum.notify.worker import backoff, claim, queue_digests
from tests.notify.mail_helpers import (  # noqa: F401  (fixtures)
    confirmed,
    deliver,
    link_to,
    mail_app_fixture,
    outbox,
    smtp_fixture,
)

MESSAGE_ID = re.compile(r"<[0-9a-f]{32}@forum\.example>")


@pytest.fixture
def story(mail_app, make_user, make_thread):
    """A thread by a member who confirmed their address and is mailed replies at once."""
    author = confirmed(make_user(username="storyteller"))
    return make_thread(author=author, title="The dose I did not check")


def _author(thread) -> User:
    return db.session.get(User, thread.author_id)


def _statuses() -> list[str]:
    return [row.status for row in outbox()]


# Each kind ----------------------------------------------------------------------------------


def test_a_reply_is_mailed_to_the_storyteller_with_unsubscribe_headers(story, make_reply, smtp):
    make_reply(story, author=db.session.get(User, _new_user_id("replier")), body="Same here.")
    counts = deliver()
    assert counts["sent"] == 1
    [mail] = smtp.messages
    [row] = outbox()
    assert mail.rcpt_tos == ("storyteller@example.org",)
    assert mail.mail_from == "debrief@forum.example"
    assert mail.message["Subject"] == "replier replied in “The dose I did not check”"
    assert mail.message["Message-ID"] == message_id(row.id)
    assert MESSAGE_ID.fullmatch(mail.message["Message-ID"])
    assert mail.message["Auto-Submitted"] == "auto-generated"
    unsubscribe = mail.message["List-Unsubscribe"]
    assert re.fullmatch(r"<https://forum\.example/unsubscribe/[\w.-]+>", unsubscribe)
    assert mail.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe[1:-1].removeprefix("https://forum.example") in mail.body
    assert "Same here." in mail.body
    assert link_to(mail, "/p/")
    assert (row.status, row.sent_at is not None) == (MailStatus.SENT, True)


def _new_user_id(username: str) -> int:
    user = User(username=username, password_hash="x")
    db.session.add(user)
    db.session.commit()
    return user.id


def test_an_anonymous_reply_is_mailed_under_its_thread_name_on_the_next_hour(
    story, make_user, make_reply, smtp
):
    writer = make_user(username="hidden.writer")
    reply = make_reply(story, author=writer, anonymous=True, body="It happened to me too.")
    written = db.session.scalar(select(OutboxMail.created_at))
    assert deliver(now=written)["held"] == 1
    assert smtp.messages == [] and _statuses() == [MailStatus.PENDING]
    next_hour = written.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    assert deliver(now=next_hour)["sent"] == 1
    [mail] = smtp.messages
    assert reply.pseudonym in mail.message["Subject"]
    for text in (mail.text, mail.message["Message-ID"]):
        assert "hidden.writer" not in text
    assert re.search(r"between \d\d:00 and \d\d:59 UTC", mail.body)


def test_without_the_hour_rule_an_anonymous_reply_goes_at_once(story, make_reply, smtp, app):
    app.config["MAIL_ANONYMOUS_ON_THE_HOUR"] = False
    make_reply(story, anonymous=True)
    assert deliver()["sent"] == 1 and len(smtp.messages) == 1


def test_a_removed_reply_is_skipped_and_its_text_never_mailed(story, make_reply, smtp):
    reply = make_reply(story, body="Words a moderator removed.")
    reply.status = PostStatus.REMOVED
    db.session.commit()
    assert deliver()["skipped"] == 1
    assert smtp.messages == [] and _statuses() == [MailStatus.SKIPPED]


def test_a_kind_turned_off_after_queueing_is_not_mailed(story, make_reply, smtp):
    make_reply(story)
    author = _author(story)
    author.mail_reply = "off"
    db.session.commit()
    assert deliver()["skipped"] == 1 and smtp.messages == []


def test_a_reply_is_not_mailed_once_its_reader_stops_watching(story, make_reply, smtp):
    make_reply(story)
    notify.set_level(_author(story), story, WatchLevel.NORMAL)
    assert deliver()["skipped"] == 1 and smtp.messages == []


def test_the_daily_digest_lists_waiting_notifications_once(story, make_reply, smtp):
    author = _author(story)
    author.mail_reply = "digest"
    db.session.commit()
    for n in range(3):
        make_reply(story, body=f"Reply {n} to the story.")
    assert outbox() == []  # nothing at once: they wait for the digest
    now = utcnow()
    assert queue_digests(now) == 1
    assert queue_digests(now + timedelta(hours=1)) == 0  # one a day
    assert deliver(now=now)["sent"] == 1
    [mail] = smtp.messages
    assert mail.message["Subject"] == "Debrief: 3 new notifications since your last digest"
    assert all(f"Reply {n} to the story." in mail.body for n in range(3))
    assert mail.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link_to(mail, "/unsubscribe/")
    assert queue_digests(now + timedelta(hours=25)) == 0  # nothing new waits
    make_reply(story, body="A reply after the digest.")
    later = utcnow() + timedelta(hours=25)
    assert queue_digests(later) == 1 and deliver(now=later)["sent"] == 1
    assert "A reply after the digest." in smtp.messages[1].body
    assert "Reply 0 to the story." not in smtp.messages[1].body  # each reply is carried once


def test_a_digest_whose_posts_are_all_gone_is_skipped(story, make_reply, smtp):
    author = _author(story)
    author.mail_reply = "digest"
    db.session.commit()
    reply = make_reply(story)
    assert queue_digests() == 1
    reply.status = PostStatus.REMOVED  # after the digest was queued
    db.session.commit()
    assert deliver()["skipped"] == 1 and smtp.messages == []
    assert queue_digests(utcnow() + timedelta(hours=25)) == 0  # a removed reply waits for none


def test_a_reply_read_in_the_forum_before_the_digest_is_not_in_it(
    story, make_reply, smtp, client, auth
):
    author = _author(story)
    author.mail_reply = "digest"
    db.session.commit()
    make_reply(story, body="Read on the site already.")
    auth.login(author)
    assert client.get(f"/t/{story.public_id}").status_code == 200
    assert queue_digests() == 0 and smtp.messages == []


def test_a_reset_link_is_mailed_to_a_confirmed_address(mail_app, make_user, smtp):
    user = confirmed(make_user(username="forgetful"))
    mail_outbox.enqueue(user.id, MailKind.RESET)
    db.session.commit()
    assert deliver()["sent"] == 1
    [mail] = smtp.messages
    assert mail.message["Subject"] == "Reset your Debrief password"
    assert link_to(mail, "/reset/") and "forgetful" in mail.body
    assert "List-Unsubscribe" not in mail.message


# Who gets mail ------------------------------------------------------------------------------


def test_an_unconfirmed_address_gets_the_confirmation_and_nothing_else(
    mail_app, client, auth, make_user, make_thread, make_reply, smtp
):
    author = make_user(username="newcomer")
    auth.login(author)
    client.post("/account", data={"profession": "", "email": "new@example.org"})
    thread = make_thread(author=db.session.get(User, author.id))
    make_reply(thread)
    mail_outbox.enqueue(author.id, MailKind.RESET)  # as if asked before the address changed
    db.session.commit()
    counts = deliver()
    assert (counts["sent"], counts["skipped"]) == (1, 1)
    [mail] = smtp.messages
    assert mail.rcpt_tos == ("new@example.org",)
    assert mail.message["Subject"] == "Confirm your e-mail address for Debrief"
    assert link_to(mail, "/confirm/")


def test_a_changed_address_confirms_the_new_one_and_tells_the_old_one(
    mail_app, client, auth, make_user, smtp
):
    user = confirmed(make_user(username="mover"), "old@example.org")
    auth.login(user)
    client.post("/account", data={"profession": "", "email": "new@example.org"})
    assert deliver()["sent"] == 2
    [old] = smtp.to("old@example.org")
    [new] = smtp.to("new@example.org")
    assert "changed to another one" in old.body and "new@example.org" not in old.text
    assert link_to(new, "/confirm/")


def test_a_confirmation_for_an_address_replaced_since_is_skipped(mail_app, make_user, smtp):
    user = make_user(email="second@example.org")
    mail_outbox.enqueue(user.id, MailKind.CONFIRM, address="first@example.org")
    db.session.commit()
    assert deliver()["skipped"] == 1 and smtp.messages == []


# When the server is away, refuses, or asks to wait ----------------------------------------


def test_backoff_doubles_from_a_minute_up_to_an_hour():
    assert [backoff(n) for n in (1, 2, 3, 7, 8, 20)] == [
        timedelta(minutes=m) for m in (1, 2, 4, 60, 60, 60)
    ]


def test_mail_waits_while_the_server_is_away_and_none_is_lost(mail_app, make_user, smtp):
    users = [confirmed(make_user()) for _ in range(5)]
    for user in users:
        mail_outbox.enqueue(user.id, MailKind.RESET)
    db.session.commit()
    smtp.stop()
    now = utcnow()
    counts = deliver(now=now)
    assert counts == {"retry": 1}  # one try, then the batch stops: the server is away
    first = outbox()[0]
    assert (first.attempts, first.next_attempt_at) == (1, now + timedelta(minutes=1))
    assert "ConnectionRefusedError" in first.last_error
    # An hour of worker rounds every 10 seconds while the server is away.
    for second in range(0, 3600, 10):
        deliver(now=now + timedelta(seconds=second))
    rows = outbox()
    assert all(row.status == MailStatus.PENDING for row in rows)
    assert all(4 <= row.attempts <= 8 for row in rows), [row.attempts for row in rows]
    smtp.start()
    later = now + timedelta(hours=2)
    assert deliver(now=later)["sent"] == 5
    assert sorted(m.rcpt_tos[0] for m in smtp.messages) == sorted(u.email for u in users)
    assert _statuses() == [MailStatus.SENT] * 5


def test_a_451_is_tried_again_later_with_the_same_message_id(mail_app, make_user, smtp):
    user = confirmed(make_user())
    mail_outbox.enqueue(user.id, MailKind.RESET)
    db.session.commit()
    smtp.handler.data_reply = "451 4.3.0 Try again later"
    now = utcnow()
    assert deliver(now=now) == {"retry": 1}
    [row] = outbox()
    assert row.last_error == "451 4.3.0 Try again later"
    smtp.handler.data_reply = None
    assert deliver(now=now + timedelta(seconds=59)) == {}
    assert deliver(now=now + timedelta(seconds=61)) == {"sent": 1}
    assert smtp.messages[0].message["Message-ID"] == message_id(row.id)


def test_a_mail_undelivered_for_three_days_fails(mail_app, make_user, smtp):
    user = confirmed(make_user())
    mail_outbox.enqueue(user.id, MailKind.RESET)
    db.session.commit()
    smtp.stop()
    assert deliver(now=utcnow() + timedelta(days=3, seconds=1)) == {"failed": 1}
    assert _statuses() == [MailStatus.FAILED]


def test_a_refused_recipient_bounces_and_gets_no_more_mail(mail_app, client, auth, make_user, smtp):
    user = confirmed(make_user(), "gone@example.org")
    smtp.handler.refused["gone@example.org"] = "550 5.1.1 <gone@example.org>: no such mailbox"
    for _ in range(2):
        mail_outbox.enqueue(user.id, MailKind.RESET)
    db.session.commit()
    assert deliver() == {"bounced": 1, "skipped": 1}
    assert _statuses() == [MailStatus.BOUNCED, MailStatus.SKIPPED]
    db.session.expire_all()
    assert user.email_bounced_at is not None
    assert user.email_bounce_reason == "550 5.1.1 <gone@example.org>: no such mailbox"
    assert not mail_outbox.can_mail(user)
    auth.login(user)
    page = client.get("/account").get_data(as_text=True)
    assert "The mail server refused" in page and "no such mailbox" in page
    assert "Try this address again" in page


def test_a_stale_claim_is_taken_again_and_a_fresh_one_is_not(mail_app, make_user, smtp):
    user = confirmed(make_user())
    mail_outbox.enqueue(user.id, MailKind.RESET)
    db.session.commit()
    now = utcnow()
    assert claim(now) is not None
    assert claim(now + timedelta(minutes=9)) is None  # another worker holds it
    assert claim(now + timedelta(minutes=11)) is not None  # that worker died


def test_a_retried_mail_the_server_had_taken_keeps_its_message_id(mail_app, make_user, smtp):
    """The window no client can close: the server took the mail and the worker died before
    it marked it sent. The mail goes again, under the same Message-ID."""
    user = confirmed(make_user())
    mail_outbox.enqueue(user.id, MailKind.RESET)
    db.session.commit()
    now = utcnow()
    deliver(now=now)
    [row] = outbox()
    row.status, row.claimed_at = MailStatus.SENDING, now  # as the dead worker left it
    db.session.commit()
    deliver(now=now + timedelta(minutes=11))
    first, second = smtp.messages
    assert first.message["Message-ID"] == second.message["Message-ID"] == message_id(row.id)


def test_without_a_server_configured_mail_goes_to_the_log(app, make_user, caplog):
    user = confirmed(make_user(username="localdev"))
    mail_outbox.enqueue(user.id, MailKind.RESET)
    db.session.commit()
    with caplog.at_level(logging.INFO, logger="forum.mail"):
        assert deliver() == {"sent": 1}
    [record] = [r for r in caplog.records if r.name == "forum.mail" and "Subject" in r.message]
    assert record.levelno == logging.INFO
    assert "Subject: Reset your Debrief password" in record.message
    assert "/reset/" in record.message
    assert db.session.scalar(select(OutboxMail.status)) == MailStatus.SENT
