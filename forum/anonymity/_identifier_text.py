"""Small helpers on the words of a story, shared by the rules for names
(``_identifier_names``) and for places and facilities (``_identifier_places``)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from forum.anonymity._words import NOT_NAMES

Found = list[tuple[int, int, str]]  # (start, end, kind) candidates, overlapping
Names = list[tuple[int, int]]
# A rule for one capitalised word: (masked, start, word, bare word, found, names) -> where the
# words it took end, or 0.
Handler = Callable[[str, int, str, str, Found, Names], int]

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})


def words_before(masked: str, start: int) -> list[str]:
    """The words (up to three, as written) before ``start`` in its sentence."""
    tail = masked[max(0, start - 40) : start].rstrip(" \t\"'“‘(*_[")
    if not tail or tail[-1] in ".!?:;\n…-•#>|":
        return []
    return tail.rsplit(None, 3)[-3:]


def clean(word: str) -> str:
    return word.strip(",;()\"'“”‘’").lower()


def may_name(word: str) -> bool:
    """Whether a capitalised word may be a name: not a listed word, not an acronym."""
    return word not in NOT_NAMES and not (word[1:2].isupper() or word[1:2].isdigit())


def without_possessive(word: str) -> str:
    """``word`` without a possessive ("Tasha's", "Thomas'")."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word.rstrip("'’")


def fold(word: str) -> str:
    """``word`` without accents, for looking it up in the word lists ("Chloé" is "Chloe")."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
