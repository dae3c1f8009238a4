"""The identifying-details check: find spans of a story that could identify a patient or
the writer (names, exact dates, ages, contact details, record numbers, named places).

Pure and explainable: the regular expressions in ``_identifier_patterns`` and
``_identifier_lookback``, the rules for capitalised words in ``_identifier_names`` and
``_identifier_places`` and the word lists in ``_words``. ``scan`` warns; it never edits.
Markdown code is not scanned. Quoted lines (``>``) are: a quote of a chart note, an e-mail or a
letter can carry a patient's name. Only a quoted line that reproduces a text the caller names as
already published (``known``: the posts a reply quotes) is skipped, as is the header the Quote
button writes. Every offset refers to the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import takewhile

from forum.anonymity import _identifier_lookback as L
from forum.anonymity import _identifier_patterns as P
from forum.anonymity._identifier_names import Found, capitalised, lower_case_name, nameable
from forum.anonymity._identifier_places import in_big_phrase
from forum.anonymity._identifier_text import words_before
from forum.anonymity._words import (
    COLLEAGUE_TITLES,
    GENERIC_FACILITY,
    MESSAGES,
    NOT_NAMES_OR_PLACES,
    NOT_PLACES,
    PLACE_NOUNS,
    ROLE_SUGGESTIONS,
)
from forum.textmask import mask_code, quoted_lines


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    kind: str
    message: str


# Lower number wins when two candidates overlap.
PRIORITY = {
    k: i
    for i, k in enumerate(
        ["url", "email", "record", "phone", "date", "age", "self", "place", "facility", "name"]
    )
}


def scan(text: str, known: Iterable[str] = ()) -> list[Finding]:
    """Return the identifying spans of ``text``, sorted by start and non-overlapping. A quoted
    line whose words are all in one of the ``known`` texts, in order, is not scanned."""
    if not text:
        return []
    masked = _mask_known_quotes(mask_code(text), known)
    low = masked.lower()
    if len(low) != len(masked):  # a few letters lower-case to two ("İ"); keep the offsets
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in masked)
    found: Found = []
    _numbers(masked, low, found)
    _phrases(masked, low, found)
    _contacts(masked, found)
    capitalised(masked, found)
    _whole_forms(masked, low, found)
    _codes_looked_back(masked, found)
    _names_looked_back(masked, found)
    _form_names_and_places(masked, found)
    _ages_beside_names(masked, found)
    found = [f for f in found if not _look_alike(masked, *f)]
    chosen: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))  # 1 where an accepted finding already lies
    for _, negative_length, start, kind in sorted(
        {(PRIORITY[k], s - e, s, k) for s, e, k in found}
    ):
        end = start - negative_length
        if taken.find(1, start, end) == -1:
            chosen.append((start, end, kind))
            taken[start:end] = b"\x01" * (end - start)
    return [Finding(s, e, k, _message(k, masked, low, s)) for s, e, k in sorted(chosen)]


def _message(kind: str, masked: str, low: str, start: int) -> str:
    """What the writer is told: for a name, a role that fits the story."""
    if kind != "name":
        return MESSAGES[kind]
    if masked[start : start + 10].split(None, 1)[0] in COLLEAGUE_TITLES:
        return MESSAGES[kind].format(role="a colleague")
    for word, role in ROLE_SUGGESTIONS:
        if re.search(rf"\b{word}s?\b", low):
            return MESSAGES[kind].format(role=role)
    return MESSAGES[kind].format(role="the patient")


# What two copies of a text may differ in: Markdown marks, quote markers, spacing, case.
_MARKS = re.compile(r"[>*_`~\\]+")
_GAPS = re.compile(r"\s+")
# The first line the Quote button writes: the quoted post's public author name and link.
_QUOTE_HEADER = re.compile(r" {0,3}> \[\*\*[^\r\n]+?\*\* wrote\]\([^)\s]*\):\s*\Z")


def _comparable(text: str) -> str:
    return _GAPS.sub(" ", _MARKS.sub(" ", text)).strip().casefold()


def _mask_known_quotes(masked: str, known: Iterable[str]) -> str:
    """``masked`` with the Quote button's headers blanked, and the quoted lines that reproduce
    a ``known`` text."""
    spans = quoted_lines(masked)
    if not spans:
        return masked
    texts = [_comparable(text) for text in known]
    pieces, at = [], 0
    for start, end in spans:
        line = masked[start:end]
        words = _comparable(line)
        if _QUOTE_HEADER.match(line) or any(words in text for text in texts):
            pieces += [masked[at:start], " " * (end - start)]
            at = end
    return "".join(pieces) + masked[at:]


def _numbers(masked: str, low: str, found: Found) -> None:
    """Dates, ages, phone, record and bed numbers, ZIP codes and house numbers."""
    families_after = P.FAMILIES_AFTER.get
    for match in P.NUMBER.finditer(masked):
        start, form = match.start(), match.lastgroup
        if form != "number" and not (form == "place_zip" and _quantity(masked, start)):
            found.append((start, match.end(), form.split("_")[0]))
        street = _word_starts(masked, start) and P.HOUSE_STREET.match(masked, start)
        if street:
            found.append((start, street.end(), "place"))
        before = low[max(0, start - 16) : start].rsplit(None, 1)  # "bed 12", "on the 14th"
        for family in families_after(before[-1].strip("(:#,.") if before else "", ()):
            kind, keyword, digits = P.KEYWORDS[family]
            tail = digits.match(low, start)
            head = tail and keyword.search(low, max(0, start - 40), start)
            if head and (family != "short" or _day_and_month(*tail.groups(), head.group())):
                found.append((head.start(), tail.end(), kind))
                break
    for sign in "+(":
        at = masked.find(sign)
        while at != -1:
            match = P.PHONE_PREFIXED.match(masked, at)
            digits = match and sum(c.isdigit() for c in match.group())
            if digits and 9 <= digits <= 15 and _word_starts(masked, at):
                found.append((*match.span(), "phone"))
            at = masked.find(sign, at + 1)


def _whole_forms(masked: str, low: str, found: Found) -> None:
    """Forms found whole, each by its own pattern: "48, rue des Érables", "hey its Tamika" or
    "Gaz, need ur statement" in a quoted message, "University of Northmoor", "Hospital Tengku
    Sari"."""
    if any(word in low for word in ("rue ", "avenue ", "boulevard ", "chemin ", "rang ")):
        for match in P.FRENCH_STREET.finditer(masked):
            number = P.HOUSE_NUMBER.search(masked, max(0, match.start() - 8), match.start())
            if number:
                found.append((number.start(), match.end(), "place"))
    for start, end in quoted_lines(masked):  # who a quoted message is from, or is to
        for match in P.ITS_NAME.finditer(masked, start, end):
            if nameable(match["name"]):
                found.append((*match.span("name"), "name"))
        match = L.QUOTED_VOCATIVE.match(masked, start, end)
        if match and nameable(match["name"]) and match["name"] not in NOT_NAMES_OR_PLACES:
            found.append((*match.span("name"), "name"))
    for pattern in (P.UNIVERSITY_OF, P.HOSPITAL_FIRST, P.NAMED_AFTER):
        for match in pattern.finditer(masked):
            words = match["name"].split()
            if (
                _word_starts(masked, match.start())
                and all(nameable(w) and w not in NOT_NAMES_OR_PLACES for w in words)
                and not words[-1].endswith(("s", "ing", "y"))  # "University of Nursing Sciences"
            ):
                found.append((match.start(), match.end(), "facility"))


def _codes_looked_back(masked: str, found: Found) -> None:
    """Dates, codes and addresses found from a literal, then what comes before it
    (``_identifier_lookback``): "Friday 17th", "Ward C5", "CHO7-SLT-20418", "Blk 88"."""
    for match in L.WEEKDAY_DATE.finditer(masked):
        weekday = L.WEEKDAY_START.search(masked, max(0, match.start() - 6), match.start())
        if weekday:
            found.append((weekday.start(), match.end(), "date"))
    for match in L.WARD_CODE.finditer(masked):
        if match.start() and masked[match.start() - 1] in "Ww":
            found.append((match.start() - 1, match.end(), "facility"))
    for match in (m for pattern in L.HYPHENED_CODES for m in pattern.finditer(masked)):
        head = L.CODE_HEAD.search(masked, max(0, match.start() - 12), match.start())
        if head and sum(c.isdigit() for c in masked[head.start() : match.end()]) >= 4:
            found.append((head.start(), match.end(), "record"))
    found += [
        (*m.span(), "place") for m in L.BLOCK.finditer(masked) if _word_starts(masked, m.start())
    ]


def _names_looked_back(masked: str, found: Found) -> None:
    """Names found from a literal, then what comes before it (``_identifier_lookback``):
    "Nadira Khan-Seepersad", "J. Bennell", "Darlene Auger's calf", "Muthusamy a/l Rajendran",
    "Tania Whaanga, RN", "Odell Barnes DOB"."""
    for match in L.DOUBLE_BARRELLED.finditer(masked):
        barrel = L.BARREL.search(masked, max(0, match.start() - 40), match.start())
        if not barrel:
            continue
        first = P.NAME_BEFORE.search(masked, max(0, barrel.start() - 30), barrel.start())
        if first and nameable(first["first"]) and first["first"] not in NOT_NAMES_OR_PLACES:
            found.append((first.start(), match.end(), "name"))
    for match in L.INITIAL_SURNAME.finditer(masked):
        initial = L.INITIAL.search(masked, max(0, match.start() - 3), match.start())
        name = match["name"]
        if initial and nameable(name) and name not in NOT_NAMES_OR_PLACES:
            found.append((initial.start(), match.end(), "name"))
    for pattern in L.POSSESSIVES:
        for match in pattern.finditer(masked):
            name = L.TWO_NAMES_BEFORE.search(masked, max(0, match.start() - 50), match.start())
            words = name and name["name"].split()
            if words and all(
                nameable(w) and w not in NOT_NAMES_OR_PLACES and w not in GENERIC_FACILITY
                for w in words
            ):
                # "Called Elikem's mother": a verb that starts a sentence is not a name.
                verb = words[0].endswith(("ed", "ing")) and not words_before(masked, name.start())
                start = masked.index(words[1], name.start()) if verb else name.start()
                found.append((start, name.end(), "name"))
    for match in L.PARTICLE_NAME.finditer(masked):
        first = L.NAME_BEFORE_PARTICLE.search(masked, max(0, match.start() - 30), match.start())
        if first and nameable(first.group()) and nameable(match["last"]):
            found.append((first.start(), match.end(), "name"))
    labels = [match for pattern in L.LABELS_AFTER_NAME for match in pattern.finditer(masked)]
    for match in [*L.CREDENTIAL.finditer(masked), *labels]:
        name = L.NAMES_BEFORE.search(masked, max(0, match.start() - 40), match.start())
        words = name and [w for w in name["name"].replace(".", " ").split() if len(w) > 1]
        if words and all(nameable(w) and w not in NOT_NAMES_OR_PLACES for w in words):
            found.append((name.start(), name.end(), "name"))


def _form_names_and_places(masked: str, found: Found) -> None:
    """A name after a form's label ("Re: Gordon Whitfield"), before an age ("Doreen, 84,") or
    in a signature; a small place after the comma that ends a facility or an address ("Maple
    Hollow Lodge, Gananoque")."""
    colon = masked.find(":")
    while colon != -1:
        label = P.FORM_LABEL.search(masked, max(0, colon - 16), colon)
        value = label and P.FORM_VALUE.match(masked, colon + 1)
        if value:
            words = value["name"].split()
            kept = list(takewhile(lambda w: nameable(w) and w not in NOT_NAMES_OR_PLACES, words))
            # "Re: Handover at 8" is a subject: after a letter's labels, a full name only.
            if len(kept) >= (2 if label["label"] in P.LETTER_LABELS else 1):
                end = value.start("name") + len(" ".join(kept))
                found.append((value.start("name"), end, "name"))
        colon = masked.find(":", colon + 1)
    for match in L.COMMA_AGE.finditer(masked):
        name = L.NAMES_BEFORE_COMMA.search(masked, max(0, match.start() - 80), match.start())
        words = name and name["name"].split()
        if (
            words
            and int(match["years"]) <= 110
            and all(
                nameable(w) and w not in NOT_NAMES_OR_PLACES and w not in P.NOT_BEFORE_AGE
                for w in words
            )
        ):
            found.append((*name.span("name"), "name"))
            found.append((*match.span("age"), "age"))
    for match in P.DASH_SIGN_OFF.finditer(masked):
        if nameable(match["name"]) and match["name"] not in NOT_NAMES_OR_PLACES:
            found.append((*match.span("name"), "name"))
    for match in P.SIGN_OFF.finditer(masked):
        line_start = masked.rfind("\n", 0, match.start()) + 1
        quoted = masked[line_start : line_start + 4].lstrip().startswith(">")
        name = match["name"]
        if quoted and nameable(name) and name not in NOT_NAMES_OR_PLACES and len(name) > 2:
            found.append((*match.span("name"), "name"))
    for _, end, _ in [f for f in found if f[2] in ("facility", "place")]:
        match = P.PLACE_AFTER_COMMA.match(masked, end)
        if match and nameable(match["place"]) and match["place"] not in NOT_PLACES:
            found.append((*match.span("place"), "place"))


def _ages_beside_names(masked: str, found: Found) -> None:
    """ "Mrs. Alvarez, 34, …", "Tom (7)", "Mrs Nakamura was 91": an age right after a name;
    "a 7yo, Jaxon, …", "Paddy Phelan, a 74-year-old": a name right after an age or before."""
    for start, end, _ in [f for f in found if f[2] == "age"]:
        after = P.NAME_AFTER_AGE.match(masked, end)
        before = P.NAME_BEFORE_AGE.search(masked, max(0, start - 60), start)
        for match in (after, before):
            words = match["name"].split() if match else []
            if words and all(nameable(w) and w not in NOT_NAMES_OR_PLACES for w in words):
                found.append((*match.span("name"), "name"))
    for _, end, _ in [f for f in found if f[2] == "name"]:
        match = P.AGE_BESIDE_NAME.match(masked, end) or P.NAME_WAS_AGE.match(masked, end)
        if match and int(match["years"]) <= 120:
            found.append((match.start("age"), match.end("age"), "age"))


def _look_alike(masked: str, start: int, end: int, kind: str) -> bool:
    """A drug before its dose or a product's name ("OneSchool") taken for a name, a thing's
    age, a system or a big place of several words ("Kuala Lumpur") taken for a place; a kind
    of unit, not one unit ("a Highland health centre")."""
    before = masked[max(0, start - 40) : start].lower()
    return bool(
        (kind == "name" and P.DOSE.match(masked, end))
        or (kind == "facility" and masked[end - 1].islower() and P.A_OR_AN.search(before))
        or (kind == "age" and P.THINGS_AGE.search(before))
        or (kind == "place" and P.RECORDED_IN.search(before))
        or (kind in ("place", "name") and in_big_phrase(masked, start, end))
        or (kind in ("place", "name") and P.PRODUCT.fullmatch(masked, start, end))
    )


def _quantity(masked: str, start: int) -> bool:
    """True when a five-digit number reads as an amount or a score, not a ZIP code."""
    before = masked[max(0, start - 12) : start].lower()
    return bool(
        re.search(r"(?:[$£€#]|about|over|under|than|of|score|item|(?<!zip )code)\s*$", before)
    )


def _day_and_month(first: str, second: str, keyword: str) -> bool:
    """Whether "3/4" after ``keyword`` is a date: not "after 2/7", shorthand for two days."""
    a, b = int(first), int(second)
    days = b == 7 and keyword.startswith("after")
    return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12 and not days


def _phrases(masked: str, low: str, found: Found) -> None:
    """Phrases: "the only male midwife", "my client tasha", "a village called Thornbury",
    ages in words ("she was nine")."""
    for match in P.SELF.finditer(low):
        if _word_starts(low, match.start()):
            found.append((match.start(), match.end("role"), "self"))
    for pattern in P.LOWER_NAMES:
        for match in pattern.finditer(low):
            start, name = match.start("name"), match.group("name")
            if (
                _word_starts(low, match.start())
                and masked[start].islower()
                and lower_case_name(name)
            ):
                found.append((start, match.end("name"), "name"))
    for match in P.YEARS_OLD.finditer(low):
        age = P.AGE_IN_WORDS.search(low, max(0, match.start() - 36), match.end())
        if age:
            found.append((age.start(), age.end(), "age"))
    for pattern in P.CALLED:
        for match in pattern.finditer(masked):
            before = low[max(0, match.start() - 16) : match.start()].split()
            if before and before[-1] in PLACE_NOUNS:
                found.append((*match.span("place"), "place"))
    for match in P.WAS_IN_WORDS.finditer(low):
        subject = P.PRONOUN_BEFORE.search(low, max(0, match.start() - 5), match.start())
        if subject:
            found.append((subject.start(), match.end(), "age"))


def _word_starts(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def _contacts(masked: str, found: Found) -> None:
    """Links, social handles and e-mail addresses."""
    for pattern in P.URLS:
        for match in pattern.finditer(masked):
            if _word_starts(masked, match.start()):
                found.append((*match.span(), "url"))
    for match in L.BARE_ADDRESS.finditer(masked):
        site = L.SITE_NAME.search(masked, max(0, match.start() - 64), match.start())
        if site:
            found.append((site.start(), match.end(), "url"))
    if "u/" in masked:
        for match in P.REDDIT_USER.finditer(masked):
            if (
                _word_starts(masked, match.start())
                and masked[match.start() - 1 : match.start()] != "/"
            ):
                found.append((*match.span(), "url"))
    at = masked.find("@")
    while at != -1:
        if not re.match(r"[\w.@/]", masked[at - 1 : at] or " "):
            handle = P.HANDLE.match(masked, at)
            if handle:
                found.append((*handle.span(), "url"))
        local = P.EMAIL_LOCAL.search(masked, max(0, at - 64), at)
        email = local and P.EMAIL.match(masked, local.start())
        if email:
            found.append((*email.span(), "email"))
        at = masked.find("@", at + 1)
