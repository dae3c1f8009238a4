"""Per-thread pseudonyms for anonymous writers ("Quiet Heron").

A writer's name in a thread is HMAC-SHA256(key, "<thread id>:<account id>") mapped into two word
lists: the first 8 bytes of the digest pick the adjective, the next 8 the noun (each as a
big-endian integer modulo the list length). So:

* the same key, thread and account always give the same name (across calls, processes, restarts);
* one account gets unrelated names in different threads, so posts cannot be linked across threads
  by name;
* without the key a name reveals nothing about the account (and the key must stay secret: anyone
  holding it can test candidate account ids against a name).

Two writers in one thread can land on the same name (160 x 160 = 25,600 names, so roughly one
thread in 50 with 30 anonymous writers); `thread_pseudonyms` resolves that deterministically.

The thread's anonymous author is shown as `ORIGINAL_POSTER` instead of a pseudonym; that
name is outside the word lists, so no writer's pseudonym can equal it.

Pure: standard library only, no Flask and no database.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pathlib
import re
import secrets
import time
from collections.abc import Iterable

from ._pseudonym_words import ADJECTIVES, NOUNS

__all__ = [
    "KEY_BYTES",
    "MIN_KEY_CHARS",
    "ORIGINAL_POSTER",
    "free_pseudonym",
    "key_from_env",
    "load_or_create_key",
    "pseudonym",
    "thread_pseudonyms",
]

ORIGINAL_POSTER = "Original poster"

KEY_BYTES = 32  # size of a generated key
MIN_KEY_CHARS = 32  # shortest key accepted from configuration (hex digits or characters)

# After this many HMAC candidates fail (only plausible in a thread with thousands of anonymous
# writers), fall back to scanning the name space in order so the search always ends.
_MAX_HMAC_CANDIDATES = 64

_HEX = re.compile(r"[0-9a-fA-F]+")


def _check_key(key: bytes) -> None:
    if not isinstance(key, bytes | bytearray):
        raise TypeError("pseudonym key must be bytes")
    if not key:
        raise ValueError("pseudonym key must not be empty")


def _digest(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def _name(digest: bytes) -> str:
    adjective = int.from_bytes(digest[:8], "big") % len(ADJECTIVES)
    noun = int.from_bytes(digest[8:16], "big") % len(NOUNS)
    return f"{ADJECTIVES[adjective]} {NOUNS[noun]}"


def pseudonym(key: bytes, thread_id: int, account_id: int) -> str:
    """The base name ("Adjective Noun") of `account_id` in `thread_id`.

    Deterministic for a given key; raises ValueError for an empty key. Inside one thread two
    accounts may share a base name: use `thread_pseudonyms` to display a thread.
    """
    _check_key(key)
    return _name(_digest(key, f"{thread_id}:{account_id}"))


def _candidates(key: bytes, thread_id: int, account_id: int) -> Iterable[str]:
    """The account's names in order of preference: base name, then HMAC over
    "<thread>:<account>:<n>" for n = 1, 2, ..., then every name in a fixed order."""
    yield _name(_digest(key, f"{thread_id}:{account_id}"))
    for n in range(1, _MAX_HMAC_CANDIDATES):
        yield _name(_digest(key, f"{thread_id}:{account_id}:{n}"))
    start = int.from_bytes(_digest(key, f"{thread_id}:{account_id}:scan")[:8], "big")
    total = len(ADJECTIVES) * len(NOUNS)
    for step in range(total):
        index = (start + step) % total
        yield f"{ADJECTIVES[index // len(NOUNS)]} {NOUNS[index % len(NOUNS)]}"


def thread_pseudonyms(key: bytes, thread_id: int, account_ids: Iterable[int]) -> dict[int, str]:
    """Names for every anonymous writer in one thread, all distinct.

    `account_ids` must be ordered by each writer's FIRST anonymous post in the thread (repeats
    are ignored, so passing every anonymous post's author in post order works). Writers are
    named in that order: each takes its base name (`pseudonym`) unless an earlier writer already
    holds it, in which case it takes its next candidate (HMAC over "<thread>:<account>:<n>" for
    n = 1, 2, ...) that is still free.

    Stability: a writer's name depends only on the key, the thread, the account and the writers
    who posted before it. A new writer always comes later in the order, so it can never change
    an existing writer's name; it simply skips names already taken. (Names could only shift if
    the order itself changed, e.g. if an earlier writer's posts were removed and the list rebuilt
    without them, letting a later writer fall back to its base name.)

    Returns {account_id: name} in first-post order. Raises ValueError for an empty key, or if
    there are more writers than names (25,600).
    """
    _check_key(key)
    order = list(dict.fromkeys(account_ids))
    if len(order) > len(ADJECTIVES) * len(NOUNS):
        raise ValueError("more anonymous writers in one thread than there are pseudonyms")
    names: dict[int, str] = {}
    for account_id in order:
        names[account_id] = free_pseudonym(key, thread_id, account_id, names.values())
    return names


def free_pseudonym(key: bytes, thread_id: int, account_id: int, taken: Iterable[str] = ()) -> str:
    """The first of the account's candidate names in the thread that is not in `taken`.

    With `taken` = the names of the writers who came before, this is the name
    `thread_pseudonyms` gives the account; the forum stores it on each anonymous post.
    """
    _check_key(key)
    taken = set(taken)
    for name in _candidates(key, thread_id, account_id):
        if name not in taken:
            return name
    raise ValueError("more anonymous writers in one thread than there are pseudonyms")


def key_from_env(value: str) -> bytes:
    """A pseudonym key from configuration (e.g. an environment variable).

    Surrounding whitespace is ignored. A string of at least 32 hex digits (even length) is
    decoded as hex; otherwise any string of at least 32 characters is used as its UTF-8 bytes.
    Anything shorter is refused with ValueError.
    """
    text = value.strip()
    if len(text) < MIN_KEY_CHARS:
        raise ValueError(
            f"pseudonym key is too short ({len(text)} characters): use at least {MIN_KEY_CHARS} "
            f'hex digits or characters, e.g. python -c "import secrets; print(secrets.token_hex())"'
        )
    if len(text) % 2 == 0 and _HEX.fullmatch(text):
        return bytes.fromhex(text)
    return text.encode("utf-8")


def _read_key(path: pathlib.Path) -> bytes:
    text = path.read_text(encoding="ascii").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise ValueError(f"pseudonym key file {path} does not hold a hex key") from None
    if len(key) * 2 < MIN_KEY_CHARS:
        raise ValueError(
            f"pseudonym key file {path} holds {len(key)} bytes; at least {MIN_KEY_CHARS // 2} "
            "are required"
        )
    return key


def load_or_create_key(path: pathlib.Path) -> bytes:
    """Read the hex key in `path`, or create the file once with a new random key.

    The file is created with O_CREAT | O_EXCL and mode 0600, so exactly one process creates it;
    a process that loses the race reads the winner's key (waiting briefly while it is written).
    The parent directory is created if needed. Raises ValueError if the file holds no valid key.
    """
    path = pathlib.Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(KEY_BYTES)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # created concurrently: read it below
        else:
            try:
                os.fchmod(fd, 0o600)  # independent of the umask
                os.write(fd, (key.hex() + "\n").encode("ascii"))
                os.fsync(fd)
            finally:
                os.close(fd)
            return key
    # The file may have just been created by another process that has not written it yet.
    for _ in range(50):
        if path.stat().st_size > 0:
            break
        time.sleep(0.02)
    return _read_key(path)
