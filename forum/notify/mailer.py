"""E-mail as it leaves: each outbox row made into a message from the rows as they are when
it is due, and the SMTP (or, with no server configured, log) transport that sends it.

What a mail may say: subjects and bodies name no account but the recipient's own, and name
writers only through presentation.describe (as the thread shows them). The Message-ID is an
HMAC of the outbox row id, the same on every retry and carrying no account id.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import smtplib
import ssl
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from flask import current_app, request, url_for
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import MailKind, MailMode, Notice, Notification, OutboxMail, Post, User
from ..times import abstime, to_hour
from . import tokens
from .outbox import can_mail
from .presentation import describe
from .services import (
    notifications_of,
    posts_for_replies,
    replies_for_digest,
    reply_notification,
    watched_replies,
)

log = logging.getLogger("forum.mail")

SITE_NAME = "Debrief"
DIGEST_SHOWN = 30  # items listed in one digest; the rest are counted and linked
KIND_PHRASES = {
    "reply": "replies in threads you watch",
    "quote": "replies that quote you",
    "helpful": "helpful votes on your posts",
    "held": "replies to your story waiting for the moderators",
    "moderation": "moderation notices",
    "digest": "the daily digest",
}


class Skip(Exception):
    """Nothing to send any more: the post is gone, the member has no mailable address…
    `notification_ids` are the notifications a digest no longer waits to carry."""

    def __init__(self, reason: str, notification_ids: tuple[int, ...] = ()):
        super().__init__(reason)
        self.notification_ids = notification_ids


class Later(Exception):
    """Not yet: send it at `until` (mail about an anonymous post waits for the hour)."""

    def __init__(self, until: datetime):
        super().__init__(f"held until {until.isoformat()}")
        self.until = until


class SendError(Exception):
    """The server did not take the mail. `bounce`: it refused the recipient for good (5xx);
    `permanent`: it refused this mail for good; `unreachable`: no conversation at all."""

    def __init__(self, text: str, *, bounce=False, permanent=False, unreachable=False):
        super().__init__(text)
        self.text = " ".join(text.split())[:300]
        self.bounce, self.permanent, self.unreachable = bounce, permanent, unreachable


@dataclass(frozen=True)
class Composed:
    message: EmailMessage
    to: str
    notification_ids: tuple[int, ...] = ()  # what a digest carries, marked sent with it


# Composing ------------------------------------------------------------------------------------


def _config(name: str):
    return current_app.config[name]


def _sender() -> str:
    return parseaddr(str(_config("MAIL_FROM")))[1] or "debrief@localhost"


def message_id(row_id: int) -> str:
    """The same for every attempt at one row, and no account id in it: retries of a mail the
    server had already taken collapse into one in the reader's mail client."""
    secret = str(_config("SECRET_KEY")).encode()
    digest = hmac.new(secret, f"outbox:{row_id}".encode(), hashlib.sha256).hexdigest()[:32]
    domain = _sender().rpartition("@")[2] or "localhost"
    return f"<{digest}@{domain}>"


@contextmanager
def site_context():
    """A request context at MAIL_SITE_URL, so url_for works in the worker."""
    with current_app.test_request_context(base_url=str(_config("MAIL_SITE_URL"))):
        yield


def _absolute(path: str) -> str:
    return request.host_url.rstrip("/") + path


def _link(endpoint: str, **values) -> str:
    return url_for(endpoint, _external=True, **values)


def _render(name: str, **context) -> str:
    """A plain-text mail template (not autoescaped: the body is text, not HTML)."""
    return current_app.jinja_env.get_template(f"mail/{name}.txt").render(
        site=SITE_NAME, settings_url=_link("auth.account"), **context
    )


def _message(
    row: OutboxMail, to: str, subject: str, body: str, now: datetime, unsubscribe: str | None
):
    message = EmailMessage()
    message["From"] = str(_config("MAIL_FROM"))
    try:
        message["To"] = Address(addr_spec=to)
    except (ValueError, IndexError):
        raise Skip("the address cannot be written in a mail header") from None
    message["Subject"] = " ".join(subject.split())[:200]
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id(row.id)
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies, please
    if unsubscribe:
        message["List-Unsubscribe"] = f"<{unsubscribe}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
    message.set_content(body)
    return message


def _unsubscribe_links(user: User, kind: str) -> tuple[str, str]:
    one = _link("notify.unsubscribe", token=tokens.unsubscribe_token(user, kind))
    every = _link("notify.unsubscribe", token=tokens.unsubscribe_token(user, "all"))
    return one, every


def compose(row: OutboxMail, now: datetime) -> Composed:
    """The message for `row`, from the rows as they are now; raises Skip or Later. Needs
    site_context() for its links."""
    user = db.session.get(User, row.user_id)
    if user is None:
        raise Skip("the account is gone")
    return _COMPOSERS[MailKind(row.kind)](row, user, now)


def _notification(row: OutboxMail, user: User, now: datetime) -> Composed:
    if not can_mail(user):
        raise Skip("no confirmed address")
    notification = row.notification_id and db.session.scalar(
        _with_everything(notifications_of(user)).where(Notification.id == row.notification_id)
    )
    if not notification:
        raise Skip("the notification is gone")
    return _one(row, user, notification, now)


def _reply(row: OutboxMail, user: User, now: datetime) -> Composed:
    """A reply in a thread the member watches (no stored notification: see
    services.watched_replies). Mailed only while they still watch."""
    if not can_mail(user):
        raise Skip("no confirmed address")
    still = db.session.execute(watched_replies(user.id).where(Post.id == row.post_id)).first()
    if still is None:
        raise Skip("no longer watched, or the post is gone")
    post = posts_for_replies([row.post_id])[row.post_id]
    return _one(row, user, reply_notification(user, post, read=still.read), now)


def _one(row: OutboxMail, user: User, notification: Notification, now: datetime) -> Composed:
    """The mail of one notification, as describe() words it for the member."""
    if getattr(user, f"mail_{notification.kind}") == MailMode.OFF:
        raise Skip("the member turned this kind of mail off")
    item = describe(notification, user)
    if item.gone:
        raise Skip("the post is gone")
    if item.coarse and _config("MAIL_ANONYMOUS_ON_THE_HOUR"):
        due = to_hour(item.at) + timedelta(hours=1)
        if now < due:
            raise Later(due)
    one, every = _unsubscribe_links(user, notification.kind)
    body = _render(
        "notification",
        item=item,
        url=_absolute(item.url),
        phrase=KIND_PHRASES[notification.kind],
        unsubscribe_url=one,
        unsubscribe_all_url=every,
    )
    subject = item.text.rstrip(".")
    return Composed(_message(row, user.email, subject, body, now, one), user.email)


def _digest(row: OutboxMail, user: User, now: datetime) -> Composed:
    waiting = db.session.scalars(
        _with_everything(notifications_of(user)).where(
            Notification.mail == "digest", Notification.created_at <= row.created_at
        )
    ).all()
    ids = tuple(n.id for n in waiting)
    if not can_mail(user):
        raise Skip("no confirmed address", ids)
    notifications = list(waiting)
    if user.mail_reply == MailMode.DIGEST:
        notifications += _replies_for_digest(user, row)
    notifications.sort(key=lambda n: n.created_at, reverse=True)
    items = [
        item
        for n in notifications
        if getattr(user, f"mail_{n.kind}") != MailMode.OFF and not (item := describe(n, user)).gone
    ]
    if not items:
        raise Skip("nothing left to say", ids)
    one, every = _unsubscribe_links(user, "digest")
    body = _render(
        "digest",
        items=[(item, _absolute(item.url)) for item in items[:DIGEST_SHOWN]],
        more=len(items) - DIGEST_SHOWN,
        notifications_url=_link("notify.notifications"),
        phrase=KIND_PHRASES["digest"],
        unsubscribe_url=one,
        unsubscribe_all_url=every,
    )
    count = f"{len(items)} new notification{'s' if len(items) != 1 else ''}"
    subject = f"{SITE_NAME}: {count} since your last digest"
    return Composed(_message(row, user.email, subject, body, now, one), user.email, ids)


def _replies_for_digest(user: User, row: OutboxMail) -> list[Notification]:
    """The unread replies in the member's watched threads posted since their digest before
    and up to this one's (services.replies_for_digest)."""
    found = db.session.execute(replies_for_digest(user.id, row.since, row.created_at)).all()
    posts = posts_for_replies([r.post_id for r in found])
    return [reply_notification(user, posts[r.post_id], read=False) for r in found]


def _confirm(row: OutboxMail, user: User, now: datetime) -> Composed:
    if not row.address or row.address != user.email:
        raise Skip("the address was changed again since")
    if user.email_confirmed_at is not None or user.email_bounced_at is not None:
        raise Skip("the address is confirmed already, or refused")
    link = _link("notify.confirm", token=tokens.confirm_token(user, row.address))
    body = _render("confirm", link=link, username=user.username)
    subject = f"Confirm your e-mail address for {SITE_NAME}"
    return Composed(_message(row, row.address, subject, body, now, None), row.address)


def _address_changed(row: OutboxMail, user: User, now: datetime) -> Composed:
    if not row.address:
        raise Skip("no address to tell")
    body = _render(
        "address_changed",
        username=user.username,
        when=abstime(row.created_at),
        removed=user.email is None,
    )
    subject = f"The e-mail address of your {SITE_NAME} account was changed"
    return Composed(_message(row, row.address, subject, body, now, None), row.address)


def _reset(row: OutboxMail, user: User, now: datetime) -> Composed:
    if not can_mail(user):
        raise Skip("no confirmed address")
    link = _link("notify.reset_password", token=tokens.reset_token(user))
    minutes = int(tokens.MAX_AGE["reset"].total_seconds() // 60)
    body = _render("reset", link=link, username=user.username, minutes=minutes)
    subject = f"Reset your {SITE_NAME} password"
    return Composed(_message(row, user.email, subject, body, now, None), user.email)


def _with_everything(stmt):
    """What describe() reads of a moderation notice, too."""
    return stmt.options(joinedload(Notification.notice).joinedload(Notice.post))


_COMPOSERS = {
    MailKind.NOTIFICATION: _notification,
    MailKind.REPLY: _reply,
    MailKind.DIGEST: _digest,
    MailKind.CONFIRM: _confirm,
    MailKind.ADDRESS_CHANGED: _address_changed,
    MailKind.RESET: _reset,
}


# Sending --------------------------------------------------------------------------------------


class LogTransport:
    """No SMTP server configured (`make run`): each mail is written to the log instead."""

    def send(self, composed: Composed) -> None:
        log.info("mail (no MAIL_SMTP_HOST, so not sent):\n%s", composed.message.as_string())

    def close(self) -> None:
        pass


class SMTPTransport:
    """One connection to the configured server, opened when first needed and reused for a
    batch; any error closes it, so the next mail starts afresh."""

    def __init__(self, config):
        self.host = str(config["MAIL_SMTP_HOST"])
        self.port = int(config["MAIL_SMTP_PORT"])
        self.user = str(config["MAIL_SMTP_USER"] or "")
        self.password = str(config["MAIL_SMTP_PASSWORD"] or "")
        self.starttls = bool(config["MAIL_SMTP_STARTTLS"])
        self.timeout = float(config["MAIL_SMTP_TIMEOUT"])
        self.sender = parseaddr(str(config["MAIL_FROM"]))[1]
        self.smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            smtp.ehlo()
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if self.user:
                smtp.login(self.user, self.password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def send(self, composed: Composed) -> None:
        if self.smtp is None:
            try:
                self.smtp = self._connect()
            except (OSError, smtplib.SMTPException) as error:
                # Refused, timed out, no STARTTLS, a failed login: nothing was sent.
                raise SendError(_error_text(error), unreachable=True) from None
        try:
            self.smtp.send_message(composed.message, self.sender, [composed.to])
        except smtplib.SMTPRecipientsRefused as error:
            self.close()
            code, text = next(iter(error.recipients.values()))
            raise SendError(_text(code, text), bounce=code >= 500) from None
        except smtplib.SMTPDataError as error:
            self.close()
            text = _text(error.smtp_code, error.smtp_error)
            raise SendError(text, permanent=error.smtp_code >= 500) from None
        except smtplib.SMTPNotSupportedError as error:
            # An address in UTF-8 and a server without SMTPUTF8: no retry will change that.
            self.close()
            raise SendError(str(error), permanent=True) from None
        except smtplib.SMTPResponseException as error:
            # The sender refused, a failed login or HELO: our side's setup, not this mail's.
            self.close()
            raise SendError(_text(error.smtp_code, error.smtp_error)) from None
        except (OSError, smtplib.SMTPException) as error:
            self.close()
            raise SendError(_error_text(error), unreachable=True) from None

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (OSError, smtplib.SMTPException):
                self.smtp.close()
            self.smtp = None


def _error_text(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return _text(error.smtp_code, error.smtp_error)
    return f"{type(error).__name__}: {error}"


def _text(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}"


def transport():
    """The configured transport: SMTP, or the log when MAIL_SMTP_HOST is empty."""
    if not _config("MAIL_SMTP_HOST"):
        return LogTransport()
    return SMTPTransport(current_app.config)
