"""Capitalised words that name a place or a facility, for forum.anonymity.identifiers: "St.
Mary's Hospital", "Kingsway Drive", "in Little Haven", "the Royal Berkshire", "HMP
Brackenfield". Each rule is looked up by the word that starts or ends the form (``HANDLERS``).
"""

from __future__ import annotations

import re

from forum.anonymity import _identifier_patterns as P
from forum.anonymity._big_places import BIG_PHRASES
from forum.anonymity._identifier_text import (
    Found,
    Handler,
    Names,
    clean,
    may_name,
    words_before,
)
from forum.anonymity._words import (
    FACILITIES,
    GENERIC_FACILITY,
    NOT_NAMES,
    PLACE_PREFIXES,
    PLACE_PREPOSITIONS,
    ROYAL_NOT_HOSPITALS,
    STREETS,
)


def _facility(masked: str, start: int, word: str, bare: str, found: Found, names: Names) -> int:
    """Capitalised words before a suffix: "St. Mary's Hospital", "Maple Grove Elementary"."""
    lead = P.FACILITY_LEAD.search(masked, max(0, start - 80), start)
    span = lead and _named(masked, lead.start(), start + len(bare), GENERIC_FACILITY)
    if span:
        found.append((*span, "facility"))
    return 0


def _street(masked: str, start: int, word: str, bare: str, found: Found, names: Names) -> int:
    """One or two capitalised words before a street suffix: "Kingsway Drive"."""
    lead = P.STREET_LEAD.search(masked, max(0, start - 50), start)
    span = lead and _named(masked, lead.start(), start + len(bare), frozenset())
    if span:
        found.append((*span, "place"))
    return 0


def _named(masked: str, start: int, end: int, generic: frozenset[str]) -> tuple[int, int] | None:
    """The span from the first word that is not a listed word ("The", "When"), if any of the
    words before the suffix names something rather than describing it ("Intensive Care")."""
    words = masked[start:end].split()
    first = 0
    while first < len(words) - 1 and words[first] in NOT_NAMES:
        first += 1
    kept = words[first:]
    if kept[0] in ("St", "St.", "Saint") or any(
        w not in generic and may_name(w) for w in kept[:-1]
    ):
        skipped = sum(len(w) + 1 for w in words[:first])  # at least that far on
        return masked.index(kept[0], start + skipped), end
    return None


def _saint(masked: str, start: int, word: str, bare: str, found: Found, names: Names) -> int:
    """A saint's name on its own ("St. Brigid's") names a hospital, church or school."""
    match = P.SAINT.match(masked, start)
    if match:
        found.append((start, match.end(), "facility"))
    return 0


def _prefixed_place(
    masked: str, start: int, word: str, bare: str, found: Found, names: Names
) -> int:
    """A small place after "in", "near"...: "in Little Haven", "near Great Ayton"."""
    words = words_before(masked, start)
    following = P.NEXT_CAPITAL.match(masked, start + len(word))
    after_place_word = words and clean(words[-1]) in _AFTER_PLACE_WORDS
    if after_place_word and following and may_name(following.group("word")):
        found.append((start, following.end(), "place"))
        return following.end()
    return 0


def _royal(masked: str, start: int, word: str, bare: str, found: Found, names: Names) -> int:
    """A Royal hospital ("at the Royal Berkshire"), not the Royal Navy."""
    words = words_before(masked, start)
    following = P.NEXT_CAPITAL.match(masked, start + len(word))
    if (
        len(words) > 1
        and [clean(w) for w in words[-2:]] in (["at", "the"], ["to", "the"], ["from", "the"])
        and following
        and may_name(following.group("word"))
        and following.group("word") not in ROYAL_NOT_HOSPITALS
    ):
        found.append((start, following.end(), "facility"))
        return following.end()
    return 0


def _prison(masked: str, start: int, word: str, bare: str, found: Found, names: Names) -> int:
    """A prison or young offenders' institution: "HMP Brackenfield"."""
    following = P.NEXT_CAPITAL.match(masked, start + len(word))
    if following and may_name(following.group("word")):
        found.append((start, following.end(), "facility"))
        return following.end()
    return 0


_AFTER_PLACE_WORDS = {"to", "at", "on", "above", "below", "ng", "sa", *PLACE_PREPOSITIONS}
HANDLERS: dict[str, Handler] = {
    **{w: _facility for w in FACILITIES},
    **{w: _street for w in STREETS},
    **{w: _prefixed_place for w in PLACE_PREFIXES},
    "Royal": _royal,
    "HMP": _prison,
    "HMYOI": _prison,
    "HMPYOI": _prison,
    "St": _saint,
    "Saint": _saint,
}


# Each word of a big place's name of several words, with where it stands in the name.
_PHRASE_WORDS: dict[str, list[tuple[int, str]]] = {}
for _phrase in BIG_PHRASES:
    for _word in re.finditer(r"\S+", _phrase):
        _PHRASE_WORDS.setdefault(_word.group(), []).append((_word.start(), _phrase))


def in_big_phrase(masked: str, start: int, end: int) -> bool:
    """Whether ``masked[start:end]`` is a big place's name of several words, or part of one
    ("Dar" and "Salaam" of "Dar es Salaam")."""
    first = masked[start:end].split(None, 1)[0]
    return any(
        at <= start and masked.startswith(phrase, start - at) and start - at + len(phrase) >= end
        for at, phrase in _PHRASE_WORDS.get(first, ())
    )
