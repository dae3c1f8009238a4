"""E-mails as they arrive at a real SMTP server never expose an anonymous writer's account:
not in the subject, the body, the headers, the Message-ID or the links' tokens."""

from __future__ import annotations

import base64
import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.anonymity.pseudonyms import ORIGINAL_POSTER
from forum.extensions import db
from forum.models import Post, User, WatchLevel, utcnow
from forum.notify import services as notify
from forum.notify.worker import queue_digests
from forum.threads import services as threads
from forum.threads.votes import set_vote
from tests.anonymity.test_leaks import ACCOUNT_ID, EMAIL, IDENTIFYING, PROFESSION, USERNAME
from tests.notify.mail_helpers import (  # noqa: F401  (fixtures)
    confirmed,
    deliver,
    links,
    mail_app_fixture,
    smtp_fixture,
)


# The anonymous writer and what of their account no mail to anyone else may show: the same
# values the page leak test looks for.
def _identifying(text: str) -> list[str]:
    return [f"{name}: {m[0]!r}" for name, pattern in IDENTIFYING for m in pattern.finditer(text)]


def _token_payload(path: str) -> dict:
    data = path.rsplit("/", 1)[1].split(".")[0]
    return json.loads(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))


@pytest.fixture
def mailed(mail_app, make_user, make_category, make_thread, smtp):
    """The writer, anonymous everywhere, tells a story, replies to a reader's thread, quotes
    and thanks the reader; the reader is mailed each at once, a watcher in a digest."""
    writer = make_user(username=USERNAME, id=ACCOUNT_ID, profession=PROFESSION, email=EMAIL)
    confirmed(writer, EMAIL)
    reader = confirmed(make_user(username="reader"))
    reader.mail_helpful = "now"
    watcher = confirmed(make_user(username="watcher"))
    watcher.mail_reply = "digest"
    db.session.commit()
    category = make_category()
    story = make_thread(author=writer, category=category, anonymous=True, show_profession=True)
    theirs = make_thread(author=reader, category=category, title="The wrong chart")
    for member in (reader, watcher):
        notify.set_level(member, story, WatchLevel.WATCHING)
    threads.create_reply(story, writer, "Thank you for reading.", anonymous=True)
    own = threads.create_reply(theirs, reader, "It was late.", anonymous=False)
    threads.create_reply(theirs, writer, "Me too.", anonymous=True, show_profession=True)
    quote = f"> [**reader** wrote](/p/{own.public_id}):\n>\n> It was late.\n\nSo was mine."
    threads.create_reply(theirs, writer, quote, anonymous=True)
    set_vote(own, writer, True)
    later = utcnow() + timedelta(hours=2)  # past the hour anonymous posts' mail waits for
    queue_digests(later)
    deliver(now=later)
    pseudonym = db.session.scalar(
        select(Post.pseudonym).where(Post.thread_id == theirs.id, Post.author_id == ACCOUNT_ID)
    )
    others = [m for m in smtp.messages if EMAIL not in m.rcpt_tos]
    return {"mails": others, "pseudonym": pseudonym, "reader": reader, "watcher": watcher}


def test_the_mails_name_the_writer_as_each_thread_does(mailed):
    subjects = sorted(m.message["Subject"] for m in mailed["mails"])
    name = mailed["pseudonym"]
    assert f"{ORIGINAL_POSTER} replied in “A night I keep thinking about”" in subjects
    assert f"{name} replied in “The wrong chart”" in subjects
    assert f"{name} quoted you in “The wrong chart”" in subjects
    assert "1 person found your reply in “The wrong chart” helpful" in subjects
    assert any(s.startswith("Debrief: ") and "digest" in s for s in subjects)


def test_no_mail_to_anyone_else_shows_the_writers_account(mailed):
    assert len(mailed["mails"]) >= 5
    problems = [
        f"{m.message['Subject']}: {finding}"
        for m in mailed["mails"]
        for finding in _identifying(m.text)
    ]
    assert problems == []


def test_every_token_in_a_mail_carries_the_recipients_id_alone(mailed):
    ids = {
        mailed["reader"].email: mailed["reader"].id,
        mailed["watcher"].email: mailed["watcher"].id,
    }
    for mail in mailed["mails"]:
        [recipient] = mail.rcpt_tos
        header = mail.message["List-Unsubscribe"][1:-1].removeprefix("https://forum.example")
        tokened = [p for p in links(mail) if p.startswith("/unsubscribe/")] + [header]
        for path in tokened:
            payload = _token_payload(path)
            assert set(payload) == {"u", "k"} and payload["u"] == ids[recipient], path
        assert re.fullmatch(r"<[0-9a-f]{32}@forum\.example>", mail.message["Message-ID"])


def test_times_of_anonymous_posts_in_mail_are_to_the_hour(mailed):
    hour = re.compile(r"between \d\d:00 and \d\d:59 UTC")
    for mail in mailed["mails"]:
        assert hour.search(mail.body), mail.body
        assert not re.search(r"\d\d:\d\d", hour.sub("", mail.body)), mail.body


def test_the_writers_own_mail_about_a_vote_calls_the_post_theirs_alone(
    mail_app, make_user, make_thread, make_reply, smtp
):
    writer = confirmed(make_user(username="anonymous.writer"))
    writer.mail_helpful = "now"
    db.session.commit()
    thread = make_thread()
    reply = make_reply(thread, author=writer, anonymous=True)
    set_vote(reply, make_user(username="grateful.voter"), True)
    deliver(now=utcnow() + timedelta(hours=2))
    [mail] = smtp.to(writer.email)
    assert mail.message["Subject"].startswith("1 person found your anonymous reply in")
    assert "grateful.voter" not in mail.text
    assert db.session.get(User, writer.id).email in mail.rcpt_tos
