"""The identifying-details check: find spans of a story that could identify a patient or
the writer (names, exact dates, ages, contact details, record numbers, named places).

Pure and explainable: regular expressions and the word lists in ``_words``. ``scan`` warns;
it never edits. Quoted lines (``>``) and Markdown code blocks are not scanned, but every
offset refers to the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forum.anonymity._words import (
    AMBIGUOUS_NAMES,
    FACILITIES,
    FAMOUS,
    FIRST_NAMES,
    GENERIC_FACILITY,
    MESSAGES,
    MONTH_WORDS,
    NOT_NAMES,
    NUMBER_WORDS,
    RECORD_WORDS,
    RELATION_WORDS,
    ROLES,
    STREETS,
    TITLE_WORDS,
)


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

_CAP = r"[A-Z][\w'’-]*"  # a capitalised word
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
_NUM_UNITS = (
    r"mg|mcg|µg|ml|mL|g|kg|units?|iu|IU|%|mmol|steps|people|patients|feet|ft|miles|km|hours?"
    r"|mins?|minutes?|pounds|lbs?|dollars"
)

_NUMBER_WORDS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]?(?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_ROLE = "|".join(sorted(ROLES, key=len, reverse=True))

# Each pattern is (kind, trigger, regex). A pattern is only tried where its trigger starts:
# lowercase words; "#d:shape", a number token of that shape; "#ud", capitals then digits
# ("SW1A"); "#g", a known given name; "@"; "#street", "#facility" and "#facility-lower", the
# capitalised words just before such a suffix word ("Elm Street", "Rosewood unit"). This keeps
# a 20,000-character scan to a few milliseconds; a test checks it finds what trying every
# position would.
_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    (
        "url",
        r"http https www",
        re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]"),
    ),
    ("url", r"@", re.compile(r"(?<![\w.@/])@[A-Za-z_][\w.]{0,28}[A-Za-z0-9_]")),
    ("url", r"u", re.compile(r"(?<![\w/])u/[\w-]{3,20}\b")),
    ("email", r"@", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")),
    (
        "record",
        RECORD_WORDS,
        re.compile(
            r"\b(?i:MRN|NHS(?:\s+(?:no\.?|number))?|(?:hospital|patient|record|medical record"
            r"|case|claim|chart|file|account|policy|reference|ref)\s+(?:no\.?|number|ID|#)"
            r"|patient\s+ID|ID)\s*:?\s*#?\s*[A-Z]?\d[\d -]{2,14}\d\b"
        ),
    ),
    (
        "record",
        r"case claim ticket ref",
        re.compile(r"\b(?i:case|claim|ticket|ref)\s*#\s*\d{2,}\b"),
    ),
    ("record", r"case", re.compile(r"\b(?i:case)\s+\d{4,}\b")),
    (
        "record",
        r"bed room rm bay cubicle side",
        re.compile(
            r"\b(?i:bed|room|rm|bay|cubicle|side room)\s+#?(?:\d{1,4}[A-Za-z]?|[A-Z]\d{1,3})\b"
        ),
    ),
    ("record", r"#ud", re.compile(r"\b[A-Z]{1,3}\d{6,}\b")),
    ("record", r"#d:\d{7,8}", re.compile(r"(?<![\d.,$£€])\b\d{7,8}\b(?![.,]\d)")),
    (
        "phone",
        r"#phone #d:\d{2,5}",
        re.compile(
            r"(?<![\w/.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,6}){1,3}"
            r"(?![\w/]|[.-]\d)"
        ),
    ),
    (
        "date",
        r"the #d:\d{1,2}(?:st|nd|rd|th)?",
        re.compile(rf"\b(?:the\s+)?{_ORD}(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?\b"),
    ),
    (
        "date",
        MONTH_WORDS,
        re.compile(rf"\b{_MONTH}\s+{_ORD}\b(?!\s*(?:{_NUM_UNITS})\b)(?:,?\s+\d{{4}})?"),
    ),
    ("date", r"#d:\d{1,2}", re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b(?![/.]\d)")),
    ("date", r"#d:\d{4}", re.compile(r"\b\d{4}-\d{2}-\d{2}\b")),
    (
        "date",
        r"on by since until till from before after",
        re.compile(
            r"\b(?i:on|by|since|until|till|from|before|after)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"
            r"(?!\s+(?:floor|centile|percentile|time|week|day|dose|attempt|minute|hour|row|bed"
            r"|birthday|anniversary|visit|session|of\s+(?:the|my|her|his|their)\b))"
        ),
    ),
    (
        "age",
        r"#d:\d{1,3}[a-z]*",
        re.compile(r"\b\d{1,3}[\s-]*(?:years?|yrs?|months?|weeks?|days?)[\s-]*old\b"),
    ),
    ("age", r"#d:\d{1,3}(?:yo|y|yr)?", re.compile(r"\b\d{1,3}\s?(?:yo|y/o|y\.o\.?|yr old)(?!\w)")),
    ("age", r"aged age", re.compile(r"\b(?i:aged|age)\s*:?\s*\d{1,3}\b(?!\s*(?:%|[-–]\s*\d))")),
    (
        "age",
        r"turned turning",
        re.compile(rf"\b(?i:turned|turning)\s+\d{{1,3}}\b(?!\s*(?:%|{_NUM_UNITS}))"),
    ),
    (
        "age",
        r"he she they i who client patient",
        re.compile(
            r"\b(?i:he|she|they|I|who|client|patient)(?:\s+(?:was|is|were|am)|['’]s)\s+"
            r"(?:only\s+|just\s+|barely\s+)?\d{1,3}\b"
            r"(?=\s*(?:[,;!?)]|\.(?!\d)|$|and\b|when\b|but\b|at the time\b|years\b|yrs\b"
            r"|with\b|then\b|so\b))"
        ),
    ),
    (
        "age",
        r"girl boy man woman client patient son daughter child mother father",
        re.compile(
            r"\b(?i:girl|boy|man|woman|client|patient|son|daughter|child|mother|father)"
            r"\s*,\s*\d{1,3}\s*,"
        ),
    ),
    (
        "age",
        r"#d:\d{1,3}[MF]?",
        re.compile(r"\b\d{1,3}\s?[MF](?=\s+(?:with|presenting|presents|admitted|who|pt)\b)"),
    ),
    (
        "age",
        NUMBER_WORDS,
        re.compile(rf"\b(?i:{_NUMBER_WORDS})[\s-]+(?:years?|months?|weeks?)[\s-]+old\b"),
    ),
    (
        "age",
        r"at",
        re.compile(r"\b[Aa]t\s+(?:age\s+)?\d{1,3}(?=,\s*(?:he|she|they|I|my|her|his)\b)"),
    ),
    (
        "self",
        r"the",
        re.compile(
            r"\bthe\s+(?i:only|sole|lone|one\s+and\s+only|youngest|oldest)\s+(?:[\w-]+\s+){0,3}?"
            rf"(?P<role>(?i:{_ROLE}))\b"
        ),
    ),
    (
        "place",
        r"#d:\d{1,5}[A-Za-z]?",
        re.compile(
            rf"\b\d{{1,5}}[A-Za-z]?\s+(?:{_CAP}\s+){{1,3}}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln"
            r"|Drive|Close|Court|Way|Crescent|Place|Terrace|Boulevard|Blvd|Gardens|Grove|Row"
            r"|Square|Mews|Parade|Walk|Hill)\b\.?"
        ),
    ),
    (
        "place",
        r"#street",
        re.compile(
            r"\b(?:[A-Z][a-z'’]+\s+){1,2}(?:Street|Road|Avenue|Lane|Drive|Close|Crescent"
            r"|Terrace|Boulevard|Mews|Gardens)\b"
        ),
    ),
    ("place", r"#ud", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")),
    (
        "place",
        r"#d:\d{5}",
        re.compile(
            rf"(?<![\d$£€.,#])\b\d{{5}}(?:-\d{{4}})?\b(?![.,]\d)(?!\s*(?:{_NUM_UNITS}|[a-z]+s\b))"
        ),
    ),
    (
        "place",
        r"village town hamlet city suburb township parish island estate community",
        re.compile(
            r"\b(?i:village|town|hamlet|city|suburb|township|parish|island|estate|community)"
            r"\s+(?:called|named)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
        ),
    ),
    (
        "place",
        r"in from near to outside",
        re.compile(
            r"\b(?:in|from|near|to|outside)\s+(?P<place>(?:Little|Great|Upper|Lower|Old|Port"
            r"|Fort|Mount|Castle|King's|Kings|Long|Market|Nether)\s+[A-Z][a-z]+)"
        ),
    ),
    (
        "place",
        r"in from near outside",
        re.compile(
            r"\b(?:in|from|near|outside)\s+(?P<place>[A-Z][a-z]+(?:ton|ford|bury|borough|burgh"
            r"|wick|mouth|field|thorpe|ville|stead|combe|chester|minster|brook|bridge|haven"
            r"|dale|worth|cott|hurst|well|by))\b"
        ),
    ),
    (
        "facility",
        r"#facility",
        re.compile(
            rf"\b(?:(?:St\.?|Saint)\s+)?(?:{_CAP}\s+){{1,4}}(?:Hospital|Clinic|Infirmary"
            r"|Medical Cent(?:re|er)|Health Cent(?:re|er)|Surgery|Practice|Hospice|School|Academy"
            r"|College|University|Nursing Home|Care Home|Unit|Ward|Cent(?:re|er)|Prison|House"
            r"|Lodge|Wing)\b"
        ),
    ),
    (
        "facility",
        r"#facility-lower",
        re.compile(
            r"\b(?P<facility>[A-Z][a-z'’]+\s+(?:unit|ward|wing|clinic|practice|hospital|hospice"
            r"|surgery|house|lodge))\b"
        ),
    ),
    ("facility", r"ward unit", re.compile(r"\b(?i:ward|unit)\s+\d{1,3}[A-Za-z]?\b")),
    (
        "name",
        TITLE_WORDS,
        re.compile(
            r"\b(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Professor|Nurse|Sister|Matron|Sir|Dame|Father|Fr"
            r"|Rev|Reverend|Pastor|Rabbi|Imam|Judge|Officer|Coach|Auntie|Aunt|Uncle|Grandma"
            r"|Grandpa|Granny|Nana|Señora|Señor|Senora|Senor|Madame|Monsieur|Herr|Frau)\.?"
            rf"\s+(?P<name>{_CAP}(?:\s+{_CAP})?)"
        ),
    ),
    (
        "name",
        RELATION_WORDS,
        re.compile(
            r"\b(?i:client|patient|son|daughter|husband|wife|partner|mother|mum|mom|father|dad"
            r"|brother|sister|friend|colleague|boyfriend|girlfriend|baby|grandson|granddaughter"
            r"|nephew|niece|carer|neighbou?r|supervisor|boss|manager|student|mentee|resident"
            r"|intern|registrar|named|little|call\s+(?:him|her|them))\s*,?\s+"
            r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
        ),
    ),
    (
        "name",
        r"#g",
        re.compile(r"\b(?P<first>[A-Z][a-z]+)\b(?=(?:['’]s)?(?P<after>\s+[A-Z][a-z'’-]+)?)"),
    ),
]

_DISPATCH: dict[str, list[int]] = {}
_NUMBER_SHAPES: dict[int, re.Pattern[str]] = {}
for _index, (_, _words_here, _) in enumerate(_PATTERNS):
    for _word in _words_here.split():
        if _word.startswith("#d:"):  # a number token that must look like this
            _NUMBER_SHAPES[_index] = re.compile(_word[3:])
            _word = "#d"
        _DISPATCH.setdefault(_word, []).append(_index)
_LOWER_FACILITIES = {w.lower() for w in FACILITIES}
_DISPATCH.update({w: _DISPATCH.get(w, []) for w in _LOWER_FACILITIES})


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by first letter, so matching stays cheap."""
    if "" in words and len(words) == 1:
        return ""
    heads: dict[str, list[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    parts = [re.escape(h) + _trie(rest) for h, rest in sorted(heads.items())]
    body = "(?:" + "|".join(parts) + ")" if len(parts) > 1 else parts[0]
    return "(?:" + body + ")?" if "" in words else body


_KEYWORDS = sorted(w for w in _DISPATCH if w[0].isalpha() and w.islower())
_TRIGGER = re.compile(r"(?<!\w)(?:[A-Z][\w'’]*|\d\w*|" + _trie(_KEYWORDS) + r"(?!\w))")
_EMPTY: list[int] = []
_MATCHERS = [pattern.match for _, _, pattern in _PATTERNS]
_DIGIT = re.compile(r"\d").search


_CAPITAL, _STREET, _FACILITY, _LOWER_FACILITY, _NUMBER = 1, 2, 4, 8, 16
_PLANS: dict[str, tuple[tuple[int, ...], int]] = {}


def _plan(word: str) -> tuple[tuple[int, ...], int]:
    """Which patterns to try where ``word`` starts, and flags for the suffix triggers."""
    plan = _PLANS.get(word)
    if plan is not None:
        return plan
    get = _DISPATCH.get
    bare = _strip_possessive(word).rstrip("'’")  # "She's" -> "She", "Thomas'" -> "Thomas"
    indices = list(get(bare.lower(), _EMPTY))
    flags = 0
    if word[0].isdigit():
        indices += [i for i in get("#d", _EMPTY) if _NUMBER_SHAPES[i].fullmatch(word)]
        flags = _NUMBER
    elif word[0].isupper():
        if not word.isalpha() and _DIGIT(word):
            indices += get("#ud", _EMPTY)
        if bare in FIRST_NAMES:
            indices += get("#g", _EMPTY)
        flags = _CAPITAL | (_STREET * (bare in STREETS)) | (_FACILITY * (bare in FACILITIES))
    elif word in _LOWER_FACILITIES:
        flags = _LOWER_FACILITY
    if len(_PLANS) > 20_000:
        _PLANS.clear()
    plan = _PLANS[word] = (tuple(indices), flags)
    return plan


def _tries(masked: str) -> list[tuple[int, int]]:
    """(pattern index, position) pairs worth trying: where each pattern's trigger occurs."""
    tries: list[tuple[int, int]] = []
    get = _DISPATCH.get
    phone = _DISPATCH["#phone"][0]
    street, facility, lower_facility = get("#street"), get("#facility"), get("#facility-lower")
    capitals: list[int] = [-1000]  # positions of capitalised words so far
    plans, append = _PLANS.get, tries.append
    for match in _TRIGGER.finditer(masked):
        pos, word = match.start(), match.group()
        indices, flags = plans(word) or _plan(word)
        for index in indices:
            append((index, pos))
        if not flags:
            continue
        if flags & _NUMBER:
            if pos and masked[pos - 1] in "+(":
                tries.append((phone, pos - 1))
        elif flags & _CAPITAL:
            if flags & (_STREET | _FACILITY):
                near = [p for p in capitals[-5:] if p > pos - 90]
                if flags & _STREET:
                    tries.extend((index, p) for p in near[-2:] for index in street)
                if flags & _FACILITY:
                    tries.extend((index, p) for p in near for index in facility)
            capitals.append(pos)
        elif capitals[-1] > pos - 40:
            tries.extend((index, capitals[-1]) for index in lower_facility)
    handle, email = _DISPATCH["@"]
    at = masked.find("@")
    while at != -1:
        local = re.search(r"[\w.+-]*\Z", masked[max(0, at - 64) : at])
        tries += [(email, at - len(local.group()) if local else at), (handle, at)]
        at = masked.find("@", at + 1)
    return tries


_TITLED = next(i for i, (k, _, _) in enumerate(_PATTERNS) if k == "name")  # "Mrs. Alvarez"
_FENCE = re.compile(r"^ {0,3}(```+|~~~+)")
_QUOTE = re.compile(r"^ {0,3}>")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")


def _mask(text: str) -> str:
    """Blank out quoted lines and fenced or indented code with spaces, keeping every offset."""
    out: list[str] = []
    fence = ""  # the open fence's marker, or "" outside a fenced block
    previous_blank, in_code, in_list = True, False, False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        blank = not body.strip()
        opening = _FENCE.match(body)
        indented = bool(_INDENTED.match(body)) and not blank
        if fence:
            hide = True
            marker = opening.group(1) if opening else ""
            closing = marker[:1] == fence[0] and len(marker) >= len(fence)
            if closing and not body.strip().strip(fence[0]):
                fence = ""
        elif opening:
            fence, hide = opening.group(1), True
        else:
            hide = bool(_QUOTE.match(body)) or (
                indented and (in_code or (previous_blank and not in_list))
            )
        in_code = (hide and indented and not fence) or (blank and in_code)
        if not blank and not indented:
            in_list = bool(_LIST_ITEM.match(body))
        previous_blank = blank
        out.append(re.sub(r"[^\r\n]", " ", line) if hide else line)
    return "".join(out)


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _name_span(match: re.Match[str], keep_title: bool) -> tuple[int, int] | None:
    """The name group cut before the first stop-listed word; None if famous or empty."""
    words = list(re.finditer(r"\S+", match.group("name")))
    if any(_strip_possessive(w.group()) in FAMOUS for w in words):
        return None
    kept = []
    for word in words:
        bare = _strip_possessive(word.group())
        if bare in NOT_NAMES or bare.isupper():
            break
        kept.append(word)
    if not kept:
        return None
    offset = match.start("name")
    end = offset + kept[-1].start() + len(_strip_possessive(kept[-1].group()))
    return (match.start() if keep_title else offset), end


def _given_name_span(match: re.Match[str]) -> tuple[int, int] | None:
    """A known given name, with the capitalised word after it taken as a surname."""
    first, after = match.group("first"), match.group("after")
    surname = after.split()[0] if after else ""
    if first not in FIRST_NAMES or first in NOT_NAMES or surname in FAMOUS:
        return None
    has_surname = bool(surname) and surname not in NOT_NAMES
    if first in AMBIGUOUS_NAMES and not has_surname:
        return None
    if has_surname and match.string[match.end() : match.end() + 1] not in ("'", "’"):
        return match.start(), match.end("after")
    return match.span()


def _candidate(kind: str, match: re.Match[str], index: int) -> tuple[int, int] | None:
    start, end = match.span()
    if kind == "name":
        if "first" in match.groupdict():
            return _given_name_span(match)
        return _name_span(match, keep_title=index == _TITLED)
    if kind == "self":
        return start, match.end("role")
    if kind == "facility":
        if "facility" in match.groupdict() and match.group("facility"):
            start = match.start("facility")
        text_slice = match.group(0)
        words = re.findall(r"[\w'’-]+", text_slice)
        named = [w for w in words[:-1] if w not in GENERIC_FACILITY and w not in NOT_NAMES]
        if words and words[0] in ("Ward", "Unit", "ward", "unit"):
            return start, end
        if not any(w[0].isupper() for w in named) and not text_slice.startswith(("St", "Saint")):
            return None
        lead = re.match(r"(?:(?:The|At|In|Our|My|A|An|From|To|On|When|After|and)\s+)+", text_slice)
        if lead and "facility" not in match.groupdict():
            start += lead.end()
        return start, end
    if kind == "place":
        group = "place" if "place" in match.groupdict() else None
        if group:
            start, end = match.span(group)
            if any(w in NOT_NAMES for w in match.group(group).split()):
                return None
        elif re.fullmatch(r"\d{5}(?:-\d{4})?", match.group(0)) and _number_context(match):
            return None
        else:
            first = match.group(0).split()[0]
            if first in NOT_NAMES and not first[0].isdigit() and len(match.group(0).split()) < 3:
                return None
        return start, end
    if kind == "phone":
        digits = sum(c.isdigit() for c in match.group(0))
        if not 9 <= digits <= 15:
            return None
    return start, end


def _number_context(match: re.Match[str]) -> bool:
    """True when a five-digit number reads as a quantity, not a ZIP code."""
    before = match.string[max(0, match.start() - 12) : match.start()].lower()
    return bool(re.search(r"(?:[$£€]|about|over|under|than|of|score)\s*$", before))


def scan(text: str) -> list[Finding]:
    """Return the identifying spans of ``text``, sorted by start and non-overlapping."""
    if not text:
        return []
    masked = _mask(text)
    candidates: list[tuple[int, int, int, str]] = []
    for index, pos in _tries(masked):
        kind = _PATTERNS[index][0]
        match = _MATCHERS[index](masked, pos)
        if match:
            span = _candidate(kind, match, index)
            if span and span[1] > span[0]:
                candidates.append((PRIORITY[kind], span[0] - span[1], span[0], kind))
    chosen: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))  # 1 where an accepted finding already lies
    for _, negative_length, start, kind in sorted(set(candidates)):
        end = start - negative_length
        if taken.find(1, start, end) == -1:
            chosen.append((start, end, kind))
            taken[start:end] = b"\x01" * (end - start)
    return [Finding(s, e, k, MESSAGES[k]) for s, e, k in sorted(chosen)]
