"""The mail worker (`forum mail-worker`): queues daily digests and delivers the outbox.

Each row is claimed in a transaction of its own (SENDING, claimed_at; on PostgreSQL
`FOR UPDATE SKIP LOCKED`, and everywhere a compare-and-set, so two workers never take one
row), committed, sent, then marked SENT and committed at once. A worker that dies leaves
its row SENDING; once its lease (MAIL_LEASE_SECONDS) is over, another takes it again.

What no SMTP client can close: the server may accept a mail (its 250 reply) and the worker
die before it commits SENT. The row is then sent again after the lease, so the recipient
may get it twice. The retry keeps its Message-ID (an HMAC of the row id), so mail clients
that collapse duplicates show it once; the tests kill the worker before the server's reply
and count every Message-ID exactly once.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections import Counter
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import and_, exists, insert, or_, select, update

from ..extensions import db
from ..models import MailKind, MailMode, MailStatus, Notification, OutboxMail, Post, User, utcnow
from ..search.schema import purge
from . import mailer
from .services import mailable, replies_for_digest

log = logging.getLogger("forum.mail")

BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=1)
DIGEST_EVERY = timedelta(hours=24)


def backoff(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failure: 1 minute, doubling, at most 1 hour."""
    return min(BACKOFF_FIRST * 2 ** max(attempts - 1, 0), BACKOFF_MAX)


def queue_digests(now: datetime | None = None) -> int:
    """Queue one digest for each mailable member with something waiting for one (stored
    notifications, or replies in watched threads since their digest before, for who wants
    those by digest) and no digest in the last 24 hours; return how many. Safe to run in two
    workers at once: the update that stamps last_digest_at decides who gets one."""
    now = now or utcnow()
    waiting = select(Notification.user_id).where(Notification.mail == "digest")
    replies = and_(
        User.mail_reply == MailMode.DIGEST,
        exists(
            replies_for_digest(User.id, None, now).where(
                or_(User.last_digest_at.is_(None), Post.created_at > User.last_digest_at)
            )
        ),
    )
    due = and_(
        or_(User.id.in_(waiting), replies),
        or_(User.last_digest_at.is_(None), User.last_digest_at <= now - DIGEST_EVERY),
        mailable(),
    )
    # The digest before, for each: what this one carries of the replies starts after it.
    before = dict(db.session.execute(select(User.id, User.last_digest_at).where(due)).all())
    stamped = db.session.execute(
        update(User)
        .where(due)
        .values(last_digest_at=now)
        .returning(User.id)
        .execution_options(synchronize_session=False)
    )
    user_ids = stamped.scalars().all()
    if user_ids:
        rows = [
            {
                "user_id": user_id,
                "kind": MailKind.DIGEST,
                "since": before.get(user_id),
                "status": MailStatus.PENDING,
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            }
            for user_id in user_ids
        ]
        db.session.execute(insert(OutboxMail), rows)
    db.session.commit()
    return len(user_ids)


def _due(now: datetime):
    lease = timedelta(seconds=float(current_app.config["MAIL_LEASE_SECONDS"]))
    return or_(
        and_(OutboxMail.status == MailStatus.PENDING, OutboxMail.next_attempt_at <= now),
        and_(OutboxMail.status == MailStatus.SENDING, OutboxMail.claimed_at < now - lease),
    )


def claim(now: datetime) -> OutboxMail | None:
    """Take the next due row for this worker (committed as SENDING), or None."""
    for _ in range(10):  # another worker may take the row first: look for the next one
        stmt = (
            select(OutboxMail.id)
            .where(_due(now))
            .order_by(OutboxMail.next_attempt_at, OutboxMail.id)
            .limit(1)
        )
        if db.session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        row_id = db.session.scalar(stmt)
        if row_id is None:
            db.session.rollback()
            return None
        taken = db.session.execute(
            update(OutboxMail)
            .where(OutboxMail.id == row_id, _due(now))
            .values(status=MailStatus.SENDING, claimed_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount
        db.session.commit()
        if taken:
            return db.session.get(OutboxMail, row_id)
    return None


def deliver_due(
    now: datetime | None = None, batch: int = 50, *, stop: threading.Event | None = None
) -> Counter:
    """Send up to `batch` due mails, one transaction each; return counts by outcome (sent,
    retry, held, skipped, bounced, failed). Stops early when the server cannot be reached
    (the other rows keep their turn) or when `stop` is set."""
    counts: Counter = Counter()
    transport = mailer.transport()
    try:
        for _ in range(batch):
            if stop is not None and stop.is_set():
                break
            at = now or utcnow()
            row = claim(at)
            if row is None:
                break
            outcome = _deliver(row, at, transport)
            counts[outcome] += 1
            if outcome == "unreachable":
                break
    finally:
        transport.close()
    if "unreachable" in counts:
        counts["retry"] += counts.pop("unreachable")
    return counts


def _deliver(row: OutboxMail, at: datetime, transport) -> str:
    try:
        with mailer.site_context():
            composed = mailer.compose(row, at)
    except mailer.Skip as skip:
        _retire(skip.notification_ids, None)
        _set(row, status=MailStatus.SKIPPED, last_error=str(skip)[:300], claimed_at=None)
        return "skipped"
    except mailer.Later as later:
        _set(row, status=MailStatus.PENDING, next_attempt_at=later.until, claimed_at=None)
        return "held"
    except Exception:
        # A bug must not stop the worker nor lose the mail: log it and try again later.
        log.exception("mail %s could not be composed", row.id)
        db.session.rollback()
        return _failed(db.session.get(OutboxMail, row.id), at, "could not be composed")
    db.session.commit()  # no transaction stays open while the server is talked to
    try:
        transport.send(composed)
    except mailer.SendError as error:
        if error.bounce:
            _bounced(row, at, composed.to, error.text)
            return "bounced"
        if error.permanent:
            _set(row, status=MailStatus.FAILED, last_error=error.text, claimed_at=None)
            return "failed"
        outcome = _failed(row, at, error.text)
        return "unreachable" if error.unreachable and outcome == "retry" else outcome
    _retire(composed.notification_ids, "sent")
    _set(row, status=MailStatus.SENT, sent_at=at, last_error=None)
    return "sent"


def _set(row: OutboxMail, **values) -> None:
    for name, value in values.items():
        setattr(row, name, value)
    db.session.commit()


def _retire(notification_ids: tuple[int, ...], mail: str | None) -> None:
    """The notifications a digest carried (or no longer needs to) stop waiting for one."""
    if notification_ids:
        db.session.execute(
            update(Notification)
            .where(Notification.id.in_(notification_ids), Notification.mail == "digest")
            .values(mail=mail)
            .execution_options(synchronize_session=False)
        )


def _failed(row: OutboxMail, at: datetime, text: str) -> str:
    """A try that may work later: back to PENDING after a backoff, or FAILED once
    MAIL_GIVE_UP_AFTER has passed since the mail was written."""
    row.attempts += 1
    row.last_error = text[:300]
    row.claimed_at = None
    give_up = timedelta(seconds=float(current_app.config["MAIL_GIVE_UP_AFTER"]))
    if at - row.created_at >= give_up:
        row.status = MailStatus.FAILED
        log.warning("mail %s failed for good after %s attempts: %s", row.id, row.attempts, text)
        db.session.commit()
        return "failed"
    row.status = MailStatus.PENDING
    row.next_attempt_at = at + backoff(row.attempts)
    log.info("mail %s not sent (%s); next try at %s", row.id, text, row.next_attempt_at)
    db.session.commit()
    return "retry"


def _bounced(row: OutboxMail, at: datetime, address: str, text: str) -> None:
    """The server refused the address for good: no more mail goes there until the member
    changes it or asks to try it again (Settings shows the server's words)."""
    row.status = MailStatus.BOUNCED
    row.last_error = text
    row.claimed_at = None
    db.session.execute(
        update(User)
        .where(User.id == row.user_id, User.email == address)
        .values(email_bounced_at=at, email_bounce_reason=text)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


def run(*, once: bool = False, interval: float = 10.0, batch: int = 50) -> None:
    """Queue digests and deliver the outbox every `interval` seconds until SIGTERM or SIGINT
    (the mail being sent is finished first); with `once`, until nothing is due. Every
    SEARCH_PURGE_SECONDS it also purges removed text from the search index (SQLite)."""
    stop = threading.Event()

    def request_stop(signum, frame):
        log.info("mail worker: %s received, stopping", signal.Signals(signum).name)
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    log.info("mail worker started (%s)", _transport_name())
    purged_at = 0.0
    try:
        while not stop.is_set():
            try:
                if time.monotonic() - purged_at >= current_app.config["SEARCH_PURGE_SECONDS"]:
                    purged_at = time.monotonic()
                    purge_search_index()
                digests = queue_digests()
                counts = deliver_due(batch=batch, stop=stop)
            except Exception:
                if once:
                    raise
                log.exception("mail worker: this round failed; trying again")
                db.session.rollback()
                counts, digests = Counter(), 0
            if digests or counts:
                done = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
                log.info("mail worker: %s digests queued; %s", digests, done or "nothing sent")
            busy = counts.total() >= batch and not counts.get("retry")
            if once and not busy:
                break
            if not busy:
                stop.wait(interval)
    finally:
        db.session.remove()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    log.info("mail worker stopped")


def purge_search_index() -> int:
    """The search index's upkeep (forum.search.schema.purge), in its own transaction."""
    with db.engine.begin() as conn:
        purged = purge(conn)
    if purged:
        log.info("worker: search index rewritten; %s removals purged from it", purged)
    return purged


def _transport_name() -> str:
    config = current_app.config
    if not config["MAIL_SMTP_HOST"]:
        return "no MAIL_SMTP_HOST: mail is written to the log"
    return f"SMTP {config['MAIL_SMTP_HOST']}:{config['MAIL_SMTP_PORT']}"
