"""`forum mail-worker` as a real process against the test database and a real SMTP server:
killed mid-batch and started again it sends every mail exactly once; SIGTERM stops it
cleanly after the mail it is sending.

How the kill avoids the window no client can close (see forum.notify.worker): the SMTP
server kills the worker while it handles the DATA of the fifth mail, before answering it,
and does not keep that mail. The worker has then committed SENT for the four mails the
server accepted, and the fifth was never accepted, so "exactly once" is a fair demand.
A kill just after the server's 250 would get that mail twice, under one Message-ID
(test_a_retried_mail_the_server_had_taken_keeps_its_message_id shows it)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from forum.extensions import db
from forum.models import MailKind, MailStatus
from forum.notify.mailer import message_id
from forum.notify.outbox import enqueue
from tests.notify.mail_helpers import confirmed, outbox, smtp_fixture  # noqa: F401  (fixture)

FORUM = Path(sys.executable).with_name("forum")
GUARD = 120  # seconds a worker may take before the test gives up on it (not a measure)


@pytest.fixture
def start_worker(app, smtp, database_url, tmp_path):
    """Start `forum mail-worker ARGS` on the test database and server; its log is kept."""
    started = []

    def start(*args: str, lease: int = 600) -> subprocess.Popen:
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "SECRET_KEY": app.config["SECRET_KEY"],
            "FORUM_PSEUDONYM_KEY": "ab" * 32,
            "FORUM_MAIL_SMTP_HOST": "127.0.0.1",
            "FORUM_MAIL_SMTP_PORT": str(smtp.port),
            "FORUM_MAIL_SMTP_STARTTLS": "false",
            "FORUM_MAIL_LEASE_SECONDS": str(lease),
        }
        log = open(tmp_path / f"worker{len(started)}.log", "w")  # noqa: SIM115
        worker = subprocess.Popen(
            [str(FORUM), "mail-worker", *args], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        started.append(worker)
        return worker

    yield start
    for worker in started:
        if worker.poll() is None:
            worker.kill()
            worker.wait()


def _log(tmp_path, n: int) -> str:
    return (tmp_path / f"worker{n}.log").read_text()


def _queue(make_user, n: int) -> set[str]:
    """n reset links for n members; their Message-IDs."""
    for _ in range(n):
        enqueue(confirmed(make_user()).id, MailKind.RESET)
    db.session.commit()
    return {message_id(row.id) for row in outbox()}


def test_a_worker_killed_mid_batch_and_started_again_sends_every_mail_exactly_once(
    make_user, smtp, start_worker, tmp_path
):
    expected = _queue(make_user, 12)
    first: list[subprocess.Popen] = []

    def kill_at_the_fifth(count: int) -> str | None:
        if count == 5:
            first[0].send_signal(signal.SIGKILL)
            first[0].wait()
            return "421 4.3.0 The client is gone"  # nobody reads it; the mail is not kept
        return None

    smtp.handler.on_data = kill_at_the_fifth
    first.append(start_worker("--interval", "0.2"))
    assert first[0].wait(timeout=GUARD) == -signal.SIGKILL, _log(tmp_path, 0)
    assert Counter(row.status for row in outbox()) == {
        MailStatus.SENT: 4,
        MailStatus.SENDING: 1,  # the dead worker's claim
        MailStatus.PENDING: 7,
    }
    assert len(smtp.messages) == 4

    smtp.handler.on_data = None
    # Started again after the lease is over (0 here: the first worker is known dead).
    again = start_worker("--once", lease=0)
    assert again.wait(timeout=GUARD) == 0, _log(tmp_path, 1)
    sent = Counter(m.message["Message-ID"] for m in smtp.messages)
    assert set(sent) == expected and set(sent.values()) == {1}
    assert {row.status for row in outbox()} == {MailStatus.SENT}


def test_two_workers_at_once_never_send_one_mail_twice(make_user, smtp, start_worker, tmp_path):
    expected = _queue(make_user, 30)
    smtp.handler.wait_for_clients = 2  # the first mail waits until both are at work
    workers = [start_worker("--once", "--batch", "5") for _ in range(2)]
    for n, worker in enumerate(workers):
        assert worker.wait(timeout=GUARD) == 0, _log(tmp_path, n)
    sent = Counter(m.message["Message-ID"] for m in smtp.messages)
    assert set(sent) == expected and set(sent.values()) == {1}
    assert {row.status for row in outbox()} == {MailStatus.SENT}
    by_worker = [_sent_in_log(_log(tmp_path, n)) for n in range(2)]
    assert sum(by_worker) == 30 and min(by_worker) > 0, by_worker


def _sent_in_log(log: str) -> int:
    return sum(int(n) for n in re.findall(r"(\d+) sent", log))


def test_sigterm_stops_the_worker_after_the_mail_it_is_sending(
    make_user, smtp, start_worker, tmp_path
):
    _queue(make_user, 3)
    worker: list[subprocess.Popen] = []

    def stop_during_the_first(count: int) -> None:
        if count == 1:
            worker[0].send_signal(signal.SIGTERM)

    smtp.handler.on_data = stop_during_the_first
    worker.append(start_worker("--interval", "0.2"))
    assert worker[0].wait(timeout=GUARD) == 0, _log(tmp_path, 0)
    assert [row.status for row in outbox()] == [
        MailStatus.SENT,
        MailStatus.PENDING,
        MailStatus.PENDING,
    ]
    log = _log(tmp_path, 0)
    assert "SIGTERM received" in log and "mail worker stopped" in log
    assert "Traceback" not in log
