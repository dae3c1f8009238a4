"""A real SMTP server for the mail tests (aiosmtpd on 127.0.0.1, a free port) that records
what it accepts and can refuse a recipient, answer 451, or be away; and helpers.

Test modules import `smtp_fixture` and `mail_app_fixture`, which register the fixtures
`smtp` and `mail_app` under those names."""

from __future__ import annotations

import asyncio
import re
import socket
import threading
import time
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from aiosmtpd.controller import Controller
from flask import current_app
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from sqlalchemy import select

from forum.extensions import db
from forum.models import OutboxMail, User, utcnow
from forum.notify import tokens
from forum.notify.worker import deliver_due

ACCEPTED = "250 Message accepted for delivery"


@dataclass(frozen=True)
class Received:
    message: EmailMessage
    mail_from: str
    rcpt_tos: tuple[str, ...]

    @property
    def body(self) -> str:
        return self.message.get_content()

    @property
    def text(self) -> str:
        """Headers and body, as a reader (or a leak check) sees them."""
        headers = "\n".join(f"{name}: {value}" for name, value in self.message.items())
        return f"{headers}\n\n{self.body}"


class Recorder:
    """The aiosmtpd handler: records each accepted message; refuses what it is told to."""

    def __init__(self):
        self.messages: list[Received] = []
        self.refused: dict[str, str] = {}  # address -> reply to RCPT TO, e.g. "550 …"
        self.data_reply: str | None = None  # a reply to DATA instead of accepting, e.g. "451 …"
        self.on_data = None  # called with the DATA count before accepting; may return a reply
        self.data_count = 0
        self.lock = threading.Lock()
        # The first DATA waits until this many clients have connected (workers at once).
        self.wait_for_clients = 0
        self.clients: set[int] = set()

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.clients.add(id(session))
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return self.refused[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.data_count += 1
            count = self.data_count
        for _ in range(1000):  # at most about 10 s: a worker that never connects fails the test
            if count != 1 or len(self.clients) >= self.wait_for_clients:
                break
            await asyncio.sleep(0.01)
        if self.on_data is not None and (reply := self.on_data(count)):
            return reply
        if self.data_reply:
            return self.data_reply
        message = BytesParser(policy=policy.default).parsebytes(envelope.content)
        with self.lock:
            self.messages.append(Received(message, envelope.mail_from, tuple(envelope.rcpt_tos)))
        return ACCEPTED


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SMTPServer:
    """aiosmtpd's Controller on 127.0.0.1; stop() and start() again on the same port to play
    a server that is away for a while."""

    def __init__(self):
        self.port = free_port()
        self.handler = Recorder()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self) -> list[Received]:
        return list(self.handler.messages)

    def to(self, address: str) -> list[Received]:
        return [m for m in self.messages if address in m.rcpt_tos]


@pytest.fixture(name="smtp")
def smtp_fixture():
    server = SMTPServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(name="mail_app")
def mail_app_fixture(app, smtp):
    """The test app, sending through the test's SMTP server (no STARTTLS on 127.0.0.1)."""
    app.config.update(
        MAIL_SMTP_HOST="127.0.0.1",
        MAIL_SMTP_PORT=smtp.port,
        MAIL_SMTP_STARTTLS=False,
        MAIL_SMTP_TIMEOUT=10,
        MAIL_FROM="Debrief <debrief@forum.example>",
        MAIL_SITE_URL="https://forum.example",
    )
    return app


def confirmed(user: User, email: str | None = None) -> User:
    """Give the member a confirmed address."""
    user.email = email or f"{user.username}@example.org"
    user.email_confirmed_at = utcnow()
    db.session.commit()
    return user


def outbox() -> list[OutboxMail]:
    db.session.expire_all()
    return list(db.session.scalars(select(OutboxMail).order_by(OutboxMail.id)))


def deliver(now=None, **kwargs):
    """Run the worker's delivery once (the tests' app context)."""
    return deliver_due(now=now, **kwargs)


LINK = re.compile(r"https://forum\.example(/\S+)")


def links(received: Received) -> list[str]:
    """The site paths a mail links to."""
    return LINK.findall(received.body)


def link_to(received: Received, prefix: str) -> str:
    """The first site path in the mail that starts with `prefix`."""
    found = [path for path in links(received) if path.startswith(prefix)]
    assert found, f"no link to {prefix} in:\n{received.body}"
    return found[0]


def past(purpose: str, payload: dict, seconds_ago: float) -> str:
    """A token of `purpose` made `seconds_ago` (itsdangerous with a past timestamp)."""

    class PastSigner(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time() - seconds_ago)

    secret = current_app.config["SECRET_KEY"]
    return URLSafeTimedSerializer(secret, salt=tokens.SALTS[purpose], signer=PastSigner).dumps(
        payload
    )
