"""Capitalised words for forum.anonymity.identifiers: names ("Mrs. Alvarez", "my client
Tasha", "Ana, Ben and Chloé"), postcodes and month-first dates; named facilities and streets
through the rules of ``_identifier_places``.

Each capitalised word is looked up once; a word that may be a name is judged by the words around
it, because many names are also ordinary words ("Hope is a strange thing" / "myself Hope would").
"""

from __future__ import annotations

import re

from forum.anonymity import _identifier_patterns as P
from forum.anonymity._big_places import CITIES
from forum.anonymity._identifier_places import HANDLERS as PLACE_HANDLERS
from forum.anonymity._identifier_text import (
    Found,
    Handler,
    Names,
    clean,
    fold,
    may_name,
    without_possessive,
    words_before,
)
from forum.anonymity._words import (
    COMMON_WORDS,
    DETERMINERS,
    FACILITIES_FIRST,
    FAMOUS,
    FIRST_NAMES,
    GENERIC_FACILITY,
    GREETINGS,
    HOME_WORDS,
    MONTHS,
    NOT_FAMILIES,
    NOT_NAMES,
    NOT_PLACES,
    PEOPLE,
    PERSON_OBJECT_VERBS,
    PLACE_NAMES,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
    PROPER_NAMES,
    ROLES,
    TITLES,
    UNIT_WORDS,
    WORD_NAMES,
)


def capitalised(masked: str, found: Found) -> None:
    """Add the names, titles, named facilities and streets, postcodes and month-first dates."""
    names: Names = []
    done = 0  # words before this belong to a name already found ("Jonathan Price")
    for match in P.CAPITAL.finditer(masked):
        word = match.group()
        if word in _SKIP or match.start() < done:
            continue
        bare = without_possessive(word) if "'" in word or "’" in word else word
        handler = _HANDLERS.get(bare)
        if handler is None:
            acronym = word[1].isupper() and word.isalpha()  # "ICU", "SOAP", but "AB/2291"
            if bare in _SKIP or (acronym and masked[match.end() : match.end() + 1] != "/"):
                continue
            handler = _code if word[1].isupper() or _DIGIT(word) else _person
        done = handler(masked, match.start(), word, bare, found, names) or done
    _listed_names(masked, names, found)


def lower_case_name(word: str) -> bool:
    """Whether a lower-case word after "my client" is a name rather than "was" or "told"."""
    if fold(word).capitalize() in FIRST_NAMES:
        return True
    return (
        len(word) > 2
        and word not in COMMON_WORDS
        and not word.endswith(("ed", "ing", "ly", "s", "tion", "sion", "ment", "ness", "ship"))
    )


def _person(masked: str, start: int, word: str, bare: str, found: Found, names: Names) -> int:
    """A name, a small place or a named unit, judged by the words around ``word``."""
    folded = fold(bare)
    if folded in _SKIP or folded in FAMOUS:
        return 0
    end, possessive = start + len(bare), word != bare
    cue = P.AFTER.match(masked, start + len(word))
    kind = cue.lastgroup if cue and (possessive or cue.lastgroup != "belongings") else ""
    if kind == "unit" and not possessive and bare not in GENERIC_FACILITY | NOT_PLACES:
        if _SPECIALTY.search(bare) and cue.group().islower() and not words_before(masked, start):
            return 0  # a sentence that starts "Orthotics clinic." or "Aseptic unit, Tuesday"
        found.append((start, cue.end(), "facility"))  # "the Rosewood unit", not "a Kano hospital"
        return cue.end()
    if kind == "area" and not possessive:  # "the Moorside estate", "the Westgate patch"
        found.append((start, cue.end(), "place"))
        return cue.end()
    words = words_before(masked, start) or [""]
    previous = clean(words[-1])
    if previous == "the" and _family_plural(bare):  # "the Okafors", "the Larches"
        plural = fold(bare).lower()
        home = {plural[:-1], plural[:-2], plural[:-3] + "y"} & HOME_WORDS  # oaks, larches, hollies
        found.append((start, end, "facility" if home else "name"))
        return end
    if folded in FIRST_NAMES and folded not in _AMBIGUOUS:
        return _name(masked, start, end, possessive, cue, found, names)
    if previous in GREETINGS and may_name(bare):  # "Sorry Tash if you recognise this"
        return _name(masked, start, end, possessive, cue, found, names)
    before = clean(words[-2]) if len(words) > 1 else ""
    away = (previous in ("of", "at") and before == "out") or (previous, before) == ("to", "home")
    if previous in PLACE_PREPOSITIONS or away:  # "in", "from"; "out of", "out at", "home to"
        if bare in _COMPASS:  # "from North Wickett", not "in North Wales"
            following = P.NEXT_CAPITAL.match(masked, end)
            word = following and without_possessive(following["word"])
            if word and _unlisted(word) and word not in CITIES:
                found.append((start, following.start("word") + len(word), "place"))
                return following.end()
        elif _unlisted(bare) and bare not in CITIES and not P.EPONYM.match(masked, end):
            place_end = _surname(masked, end) or end  # "in Bramley", "covering Hebden Bridge"
            found.append((start, max(place_end, end), "place"))
            return max(place_end, end)
    if (previous, before) == ("the", "at") and _unknown(bare) and masked[end : end + 1] in ".,;":
        found.append((start, end, "facility"))  # "care assistant at the Willowmere."
        return end
    if previous == "at" and any(clean(w) in UNIT_WORDS or w[0].isdigit() for w in words[:-1]):
        found.append((start, end, "facility"))  # "the ICU at Kingsmead"
        return end
    following = P.NEXT_CAPITAL.match(masked, end)
    if (
        previous == "at"
        and _unlisted(bare)
        and following
        and _unlisted(without_possessive(following.group("word")))
    ):
        found.append((start, following.end(), "facility"))  # "on placement at Marston Vale"
        return following.end()
    if possessive and previous in ("at", "to", "from", "into") and kind != "belongings":
        found.append((start, start + len(word), "facility"))  # "at Addenbrooke's"
        return start + len(word)
    mid = words[-1][:1].islower() and previous not in DETERMINERS  # "to Mark", not "the Will"
    second = clean(words[-2]) if len(words) > 1 else ""  # "a boy called Jo", "name was Jo"
    if previous in ("called", "named"):  # "a boy called Jo", "a 12-year-old called Ellis"
        called = second in _NAMING or second.endswith(("-old", "yo"))
    else:  # "name was Jo", "everyone calls Birdie"
        called = (second, previous) in _IS or (previous == "calls" and _unknown(bare))
    ambiguous = folded in _AMBIGUOUS
    surname = ambiguous and not possessive and (_surname(masked, end) or 0) > 0  # "Will Okonkwo"
    city = bare in CITIES and masked[end : end + 1] in (".", ";", "")  # "Nurse, Suva."
    listed = bare in NOT_PLACES or city or _GRADED(masked, end)  # not "the boy, Tama, said"
    signed = previous in _ROLES and words[-1].endswith(",")  # "Paediatric dietitian, Dungarvan."
    if (previous in PEOPLE or signed) and words[-1].endswith(",") and listed:
        return 0
    if signed and _unknown(bare) and masked[end : end + 1] in (".", ";", ""):
        found.append((start, end, "place"))  # "Paediatric dietitian, Dungarvan."
        return end
    if (
        previous in PEOPLE
        or previous in PERSON_OBJECT_VERBS  # "I told Okonjo"
        or called
        or kind in ("apposition", "verb", "family", "belongings", "household")
        or (kind == "age" and ambiguous)
        or (possessive and mid and _unknown(bare) and _THING.match(masked, start + len(word)))
        or (mid and folded in WORD_NAMES)
        or (mid and folded in PLACE_NAMES and previous not in PLACE_WORDS)
        or surname
    ):
        return _name(masked, start, end, possessive, cue, found, names)
    # Two or three capitalised words nothing lists, mid-sentence: "for Bronwyn Harcourt", "the
    # file on Tyrese Whitfield", "emailed Tan Wei Ling". In doubt, a story warns (the writer may
    # publish as is). Not a role ("Offender Jesse Montoya") nor the start of a named unit or
    # street ("to Maple Grove Elementary").
    if mid and following and not possessive and _unknown(bare) and bare.lower() not in PEOPLE:
        next_word = without_possessive(following["word"])
        end = following.start("word") + len(next_word)
        third = following["word"] == next_word and P.NEXT_CAPITAL.match(masked, end)
        if _unknown(next_word) and not (third and third["word"] in _HANDLERS):
            if third and _unknown(without_possessive(third["word"])):
                end = third.start("word") + len(without_possessive(third["word"]))
            found.append((start, end, "place" if previous in PLACE_WORDS else "name"))
            return end
    return 0


def _unknown(word: str) -> bool:
    """Whether a capitalised word is in no list (no word, place, unit or famous name) and no
    product's name."""
    return (
        _unlisted(word)
        and word not in GENERIC_FACILITY
        and word not in FACILITIES_FIRST
        and word not in _HANDLERS
        and not P.PRODUCT.fullmatch(word)  # "Philips IntelliVue"
    )


def _name(
    masked: str,
    start: int,
    end: int,
    possessive: bool,
    cue: re.Match[str] | None,
    found: Found,
    names: Names,
) -> int:
    """Record a name from ``start``, with the surnames after it; return where it ends."""
    surname = None if possessive else _surname(masked, end)
    if surname == -1 or P.EPONYM.match(masked, surname or end):  # "Carl Rogers", "Foley catheter"
        return 0
    if cue and cue.lastgroup == "age":  # "Summer was nine"
        found.append((cue.start("years"), cue.end("years"), "age"))
    end = surname or end
    found.append((start, end, "name"))
    names.append((start, end))
    return end


def _unlisted(word: str) -> bool:
    """Whether ``word`` after "in", "from" may name a small place: not a listed word, a big
    place ("Ontario"), a famous name or an acronym."""
    return may_name(word) and word not in NOT_PLACES and fold(word) not in FAMOUS


def _family_plural(word: str) -> bool:
    """Whether ``word`` after "the" is a family's or a house's name in the plural."""
    return (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "sis", "tis", "xis", "'s", "’s"))  # "the Sepsis Six"
        and word not in NOT_FAMILIES
        and word[:-1] not in NOT_NAMES
        and may_name(word)
    )


def _surname(masked: str, end: int) -> int | None:
    """Where the surname(s) after a given name end; None if there are none, -1 if famous."""
    surname = None
    for _ in range(2):
        following = P.NEXT_CAPITAL.match(masked, end)
        if not following:
            break
        word = without_possessive(following.group("word"))
        if fold(word) in FAMOUS:
            return -1
        if not may_name(word) or word in _HANDLERS:
            break
        surname = end = following.start("word") + len(word)
    return surname


def nameable(word: str) -> bool:
    """Whether a capitalised word may be a name: as below, and not a famous name."""
    return may_name(without_possessive(word)) and fold(without_possessive(word)) not in FAMOUS


def _title(masked: str, start: int, word: str, bare: str, found: Found, names: Names) -> int:
    """A title and the name after it, up to the first word that is no name ("Dr Okafor")."""
    match = P.TITLED_NAME.match(masked, start + len(word))
    if not match:
        return 0
    end = 0
    for part in re.finditer(r"\S+", match.group("name")):
        name = without_possessive(part.group())
        if fold(name) in FAMOUS and word.rstrip(".") not in _PLAIN_TITLES:  # "Mr Ellis"
            return 0
        if not may_name(name):
            break
        end = match.start("name") + part.start() + len(name)
    if end:
        found.append((start, end, "name"))
        names.append((start, end))
    return end


def _month(masked: str, start: int, word: str, bare: str, found: Found, names: Names) -> int:
    """A month-first date ("March 14th, 2023"), or else maybe a name ("April, the woman")."""
    match = P.MONTH_DATE.match(masked, start)
    if match:
        found.append((start, match.end(), "date"))
        return match.end()
    if bare in PROPER_NAMES:
        return _person(masked, start, word, bare, found, names)
    return 0


def _code(masked: str, start: int, word: str, bare: str, found: Found, names: Names) -> int:
    """Postcodes ("SW1A 1AA", "B3H 2Y9"), hospital numbers ("H1234567") and references
    ("INC-4471-B")."""
    match = P.CODE.match(masked, start)
    if match and match.lastgroup == "record_ref" and sum(c.isdigit() for c in match[0]) < 3:
        return 0
    if match:
        found.append((start, match.end(), match.lastgroup.split("_")[0]))
        return match.end()
    return 0


def _listed_names(masked: str, names: Names, found: Found) -> None:
    """Capitalised words listed with a name: "Ana, Ben and Chloé", "Noor and Layla"."""
    seen = {start for start, _ in names}
    todo = list(names)
    while todo:
        start, end = todo.pop()
        for match in (
            P.LIST_NEXT.match(masked, end),
            P.LIST_PREV.search(masked, max(0, start - 40), start),
        ):
            if not match or match.start("word") in seen:
                continue
            word = without_possessive(match.group("word"))
            if may_name(word) and fold(word) not in FAMOUS and word not in _HANDLERS:
                span = (match.start("word"), match.start("word") + len(word))
                seen.add(span[0])
                found.append((*span, "name"))
                todo.append(span)


_HANDLERS: dict[str, Handler] = {
    **{w: _title for w in TITLES},
    **{w: _month for w in MONTHS},
    **PLACE_HANDLERS,
}
_ROLES = {role.lower() for role in ROLES}
# A word that names a specialty or a service rather than a place ("Orthotics", "Pacing",
# "Aseptic"), when a sentence starts with it and a lower-case "clinic" or "unit".
_SPECIALTY = re.compile(r"(?:ics|ing|tic|ac|al|ology|ogy|ary|ive|ory)\Z")
# After a possessive, a thing of its own: "Tyrese's home address", "left Amari's diary"; not a
# word that makes the possessive a thing itself ("a bag of Hartmann's before…").
_THING = re.compile(
    r"\s+(?!(?:and|or|but|was|were|is|are|had|has|before|after|when|while|through|to|in|on|at"
    r"|for|with|as|because|then|so|of|by|from|into|until|instead|if|which|that|who)\b)[a-z]"
)
_NAMING = PEOPLE | {"him", "her", "them", "be", "were"}  # "...called" before a name
_PLAIN_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx"}  # a famous surname after these is a person
_AMBIGUOUS = WORD_NAMES | PLACE_NAMES | PROPER_NAMES  # names that are also words or places
_SKIP = NOT_NAMES - _HANDLERS.keys() - _AMBIGUOUS  # capitalised words that are never names
_DIGIT = re.compile(r"\d").search
_COMPASS = {"North", "South", "East", "West"}
_GRADED = re.compile(r" [A-Z\d]\b").match  # a grade or category after the word: "Cat B"
_IS = {("name", "was"), ("name", "is")} | {(w, "name") for w in ("her", "his", "their", "the")}
