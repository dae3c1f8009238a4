"""Thread pseudonyms: stable, unlinkable across threads, unique within a thread, built from calm
word lists, and keyed by a secret that is created once and kept private."""

import ast
import hashlib
import hmac
import itertools
import os
import pathlib
import stat
import subprocess
import sys

import pytest

from forum.anonymity import _pseudonym_words, pseudonyms
from forum.anonymity._pseudonym_words import ADJECTIVES, NOUNS
from forum.anonymity.pseudonyms import (
    ORIGINAL_POSTER,
    key_from_env,
    load_or_create_key,
    pseudonym,
    thread_pseudonyms,
)

KEY = b"debrief-test-key"
OTHER_KEY = b"another-test-key"
REPO = pathlib.Path(__file__).resolve().parents[2]

BANNED = {
    "Doctor", "Nurse", "Patient", "Sick", "Dead", "Black", "White", "Brown", "Red", "Yellow",
    "Lady", "King", "Queen", "Prince", "Mother", "Father", "Brother", "Sister", "Boy", "Girl",
    "Man", "Woman", "Old", "Young", "Elder", "Dumb", "Crazy", "Lazy", "Slow", "Odd", "Cold",
    "Dark", "Crow", "Pale", "Blind", "Deaf", "Heart", "Blood", "Saint", "Angel", "Cross",
    "Amber", "Ruby",
}  # fmt: skip


def _colliding_pair(thread_id, key=KEY):
    """The first two account ids (ascending) whose base names coincide in `thread_id`."""
    seen = {}
    for account_id in itertools.count(1):
        name = pseudonym(key, thread_id, account_id)
        if name in seen:
            return seen[name], account_id
        seen[name] = account_id


# Stability


def test_the_same_inputs_always_give_the_same_name():
    assert pseudonym(KEY, 42, 7) == pseudonym(KEY, 42, 7)
    assert [pseudonym(KEY, 9, a) for a in range(50)] == [pseudonym(KEY, 9, a) for a in range(50)]


def test_known_names_never_change_between_releases():
    # Regression guard: if this fails, every anonymous writer on the live site would be renamed.
    assert pseudonym(KEY, 1, 1) == "Cosmic Meadow"
    assert pseudonym(KEY, 42, 7) == "Braided Summit"
    assert pseudonym(bytes(range(32)), 12345, 67890) == "Starlit Gazebo"
    assert thread_pseudonyms(KEY, 1, [121, 221]) == {
        121: "Shaded Windmill",
        221: "Gossamer Hearth",
    }


def test_a_fresh_process_computes_the_same_name():
    code = (
        "from forum.anonymity.pseudonyms import pseudonym;"
        "print(pseudonym(b'debrief-test-key', 42, 7))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": "random"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == pseudonym(KEY, 42, 7)


# Shape


def test_a_name_is_one_adjective_and_one_noun_from_the_lists():
    for thread_id, account_id in itertools.product(range(20), range(20)):
        adjective, noun = pseudonym(KEY, thread_id, account_id).split(" ")
        assert adjective in ADJECTIVES
        assert noun in NOUNS


def test_the_adjective_comes_from_the_first_eight_bytes_and_the_noun_from_the_next_eight():
    digest = hmac.new(KEY, b"42:7", hashlib.sha256).digest()
    expected = (
        f"{ADJECTIVES[int.from_bytes(digest[:8], 'big') % len(ADJECTIVES)]} "
        f"{NOUNS[int.from_bytes(digest[8:16], 'big') % len(NOUNS)]}"
    )
    assert pseudonym(KEY, 42, 7) == expected


def test_the_original_poster_label_is_a_plain_constant():
    assert ORIGINAL_POSTER == "Original poster"


# Unlinkability


def test_one_account_gets_unrelated_names_across_threads():
    names = {pseudonym(KEY, thread_id, 7) for thread_id in range(1, 201)}
    assert len(names) >= 150


def test_different_accounts_in_one_thread_get_different_base_names():
    names = [pseudonym(KEY, 5, account_id) for account_id in range(1, 21)]
    assert len(set(names)) == len(names)


def test_names_cannot_be_reproduced_without_the_key():
    pairs = list(itertools.product(range(1, 41), range(1, 26)))
    assert len(pairs) == 1000
    differ = sum(pseudonym(KEY, t, a) != pseudonym(OTHER_KEY, t, a) for t, a in pairs)
    assert differ >= 950


def test_an_empty_key_is_refused():
    with pytest.raises(ValueError, match="empty"):
        pseudonym(b"", 1, 1)
    with pytest.raises(ValueError, match="empty"):
        thread_pseudonyms(b"", 1, [1, 2])


# Collisions inside a thread


def test_every_writer_in_a_thread_gets_a_distinct_name():
    names = thread_pseudonyms(KEY, 3, range(1, 401))
    assert list(names) == list(range(1, 401))
    assert len(set(names.values())) == 400


def test_without_a_collision_each_writer_keeps_their_base_name():
    names = thread_pseudonyms(KEY, 5, range(1, 21))
    assert names == {account_id: pseudonym(KEY, 5, account_id) for account_id in range(1, 21)}


def test_on_a_collision_the_earlier_writer_keeps_the_name_and_the_later_gets_another():
    first, second = _colliding_pair(thread_id=1)
    base = pseudonym(KEY, 1, first)
    assert pseudonym(KEY, 1, second) == base

    names = thread_pseudonyms(KEY, 1, [first, second])
    assert names[first] == base
    assert names[second] != base
    assert names[second].split(" ")[0] in ADJECTIVES
    assert names[second].split(" ")[1] in NOUNS
    assert thread_pseudonyms(KEY, 1, [first, second]) == names  # deterministic


def test_the_order_of_first_posts_decides_who_keeps_a_shared_name():
    first, second = _colliding_pair(thread_id=2)
    base = pseudonym(KEY, 2, first)
    assert thread_pseudonyms(KEY, 2, [second, first])[second] == base
    assert thread_pseudonyms(KEY, 2, [second, first])[first] != base


def test_repeated_account_ids_count_from_their_first_post():
    first, second = _colliding_pair(thread_id=1)
    by_post = [first, first, second, first, second]
    assert thread_pseudonyms(KEY, 1, by_post) == thread_pseudonyms(KEY, 1, [first, second])


def test_a_new_writer_never_renames_the_existing_ones():
    first, second = _colliding_pair(thread_id=1)
    before = thread_pseudonyms(KEY, 1, [first, second])

    # A third writer whose base name is the one the first writer holds.
    third = next(a for a in itertools.count(second + 1) if pseudonym(KEY, 1, a) == before[first])
    after = thread_pseudonyms(KEY, 1, [first, second, third])
    assert {a: after[a] for a in (first, second)} == before
    assert after[third] not in before.values()

    # And a crowd of later writers changes nothing either.
    crowd = thread_pseudonyms(KEY, 1, [first, second, *range(10_000, 10_500)])
    assert {a: crowd[a] for a in (first, second)} == before
    assert len(set(crowd.values())) == len(crowd)


def test_every_prefix_of_the_writers_keeps_its_names():
    writers = list(range(1, 301))
    full = thread_pseudonyms(KEY, 8, writers)
    for cut in (1, 2, 50, 150, 299):
        assert thread_pseudonyms(KEY, 8, writers[:cut]) == {a: full[a] for a in writers[:cut]}


# Word lists


@pytest.mark.parametrize("words", [ADJECTIVES, NOUNS], ids=["adjectives", "nouns"])
def test_word_lists_are_long_unique_and_tidy(words):
    assert isinstance(words, tuple)
    assert len(words) >= 128
    assert len(set(words)) == len(words)
    for word in words:
        assert word.isascii() and word.isalpha(), word
        assert word[0].isupper() and word[1:].islower(), word
        assert 3 <= len(word) <= 10, word


@pytest.mark.parametrize("words", [ADJECTIVES, NOUNS], ids=["adjectives", "nouns"])
def test_word_lists_hold_no_banned_words(words):
    assert not BANNED & set(words)


def test_no_word_is_both_an_adjective_and_a_noun():
    assert not set(ADJECTIVES) & set(NOUNS)


# Keys


def test_a_key_file_is_created_once_with_owner_only_permissions(tmp_path):
    path = tmp_path / "instance" / "pseudonym.key"
    key = load_or_create_key(path)
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().strip() == key.hex()
    assert load_or_create_key(path) == key


def test_an_existing_key_file_is_decoded_as_hex(tmp_path):
    path = tmp_path / "pseudonym.key"
    path.write_text("00112233445566778899aabbccddeeff" * 2 + "\n")
    assert load_or_create_key(path) == bytes.fromhex("00112233445566778899aabbccddeeff" * 2)


@pytest.mark.parametrize("content", ["", "not hex at all", "abcd"])
def test_a_key_file_without_a_usable_key_is_refused(tmp_path, content):
    path = tmp_path / "pseudonym.key"
    path.write_text(content)
    with pytest.raises(ValueError, match="pseudonym key file"):
        load_or_create_key(path)


def test_a_key_file_created_concurrently_is_read_not_overwritten(tmp_path, monkeypatch):
    path = tmp_path / "pseudonym.key"
    winner = bytes(range(32))
    real_open = os.open

    def racing_open(file, flags, mode=0o777):
        # Another process creates the file between our existence check and our open.
        if not path.exists():
            path.write_text(winner.hex())
        return real_open(file, flags, mode)

    monkeypatch.setattr(pseudonyms.os, "open", racing_open)
    assert load_or_create_key(path) == winner
    assert path.read_text() == winner.hex()


def test_an_env_key_may_be_hex():
    assert key_from_env("ab" * 16) == bytes([0xAB]) * 16
    assert key_from_env("  " + "0f" * 32 + "\n") == bytes([0x0F]) * 32


def test_an_env_key_may_be_a_long_passphrase():
    phrase = "correct horse battery staple, twice over"
    assert key_from_env(phrase) == phrase.encode()
    assert key_from_env("é" * 32) == ("é" * 32).encode("utf-8")


@pytest.mark.parametrize("value", ["", "   ", "short", "ab" * 15, "x" * 31])
def test_a_short_env_key_is_refused(value):
    with pytest.raises(ValueError, match="too short"):
        key_from_env(value)


# Purity


@pytest.mark.parametrize("module", [pseudonyms, _pseudonym_words], ids=lambda m: m.__name__)
def test_the_module_uses_only_the_standard_library(module):
    tree = ast.parse(pathlib.Path(module.__file__).read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                assert node.module == "_pseudonym_words"
            else:
                imported.add(node.module.split(".")[0])
    assert not imported & {"flask", "sqlalchemy", "flask_sqlalchemy", "forum"}
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}
