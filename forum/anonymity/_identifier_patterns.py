"""Regular expressions for forum.anonymity.identifiers.

Python's regex engine skips quickly only to where a pattern's first character could match, so
the patterns that run over a whole story start with a digit, a capital or a literal, and check
the word boundary just after that first character. The rest are tried at one position.
"""

import re
from collections.abc import Callable, Iterable

from forum.anonymity._words import (
    BELONGINGS,
    FACILITIES_FIRST,
    MONTHS,
    NUMBERED_STREETS,
    PEOPLE,
    PERSON_VERBS,
    ROLES,
)


def _char_class(test: Callable[[str], bool]) -> str:
    """The characters below U+2000 (Latin, Greek, Cyrillic, Vietnamese) passing ``test``,
    as the ranges of a regex character class."""
    ranges: list[list[int]] = []
    for code in range(0x2000):
        if test(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a < b else f"\\u{a:04x}" for a, b in ranges)


def either(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first, so "nurses" is tried before "nurse"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


UPPER = _char_class(str.isupper)
_LETTER = r"\w\u0300-\u036f'’-"  # inside a word: letters, digits, combining accents, ' and -
# A capitalised word of two letters or more, not inside another ("O'Brien", "Jones-Smith"), but
# perhaps just after an opening quote ("'Mr Dunleavy is…'").
CAPWORD = rf"[{UPPER}](?<![\w\u0300-\u036f].)(?<![\w\u0300-\u036f]['’-].)[{_LETTER}]+"
_MONTH = rf"(?:{either(MONTHS)})\.?"
NUMBER_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]?(?:one|two|three"
    r"|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_UNITS = (
    r"mg|mcg|µg|ml|mL|g|kg|units?|iu|IU|%|mmol|steps|people|patients|feet|ft|miles|km|hours?"
    r"|mins?|minutes?|pounds|lbs?|dollars"
)
# What may follow "she was 16" for it to be an age, not "she was 16 weeks pregnant".
_AGE_END = (
    r"\s*(?:[,;!?)]|\.(?!\d)|$|and\b|when\b|but\b|at\s+the\s+time\b|years?\b|yrs\b|with\b"
    r"|then\b|so\b)"
)

# --- Numbers -------------------------------------------------------------------------------

# NUMBER runs over the whole text from each number's first digit; every alternative goes on
# *after* that digit, so "\d?/" reads "one or two digits, then a slash".
NUMBER = re.compile(
    rf"""
    [0-9](?<![\w.,/:-][0-9])
    (?: (?P<date_iso>\d{{3}}(?P<sep>[-/.])\d{{1,2}}(?P=sep)\d{{1,2}}\b)
      | (?P<date_numeric>\d?[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})\b(?![/.]\d))
      | (?P<date_time>\d?/\d{{1,2}}\s+\d{{1,2}}:\d{{2}}\b)  # a note's "18/04 23:45"
      | (?P<date_day>\d?(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?\b)
      | (?P<record_code>\d{{1,3}}-[A-Z]{{1,4}}-\d{{3,}}\b)
      | (?P<record_pin>\d[A-Z]\d{{4}}[A-Z]\b)  # a registration PIN: "09I4821E"
      | (?P<record_long>\d{{6,}}\b(?![.,]\d))  # "88034127", "8804150432087"
      | (?P<record_dashed>\d{{1,3}}-\d{{3,}}-[A-Z\d]{{1,6}}\b)  # "24-0311-CW"
      | (?P<record_lettered>\d{{5,7}}(?:[A-Z]|(?!IU|MG|ML|KG|MM|CM)[A-Z]{{2}})\b  # "8841027KA"
          |\d{{3,}}[A-Z]{{1,4}}\d{{3,}}\b)  # "0372215M"
      | (?P<phone>(?=(?:[\ .-]?\d){{8,14}}(?!\d))  # nine to fifteen digits in all
          [\ .-]?\d{{1,4}}(?:[\ .-]\d{{2,8}}){{1,3}}(?![\w/]|[.-]\d))  # "1-868-656-3302"
      | (?P<record_ic>\d{{5}}-\d{{2}}-\d{{4}}\b)  # a Malaysian IC: "760214-08-5562"
      | (?P<date_leading>\d?/0[1-9]\b(?![/.]\d))  # "17/08": a month with its leading zero
      | (?P<record_serial>\d{{1,3}}-\d{{5,}}\b)  # "23-004517"
      | (?P<age_old>\d{{0,2}}[\s-]*(?:years?|yrs?|months?|weeks?|days?)(?:[\s-]*old|\s+of\s+age)\b)
      | (?P<age_short>\d{{0,2}}\s?(?:yo|y/o|y\.o\.?|yr\ old|mo|m/o)(?!\w))
      | (?P<age_sex>\d{{0,2}}\s?[MF](?=\s+(?:with|presenting|presents|admitted|who|pt)\b|,))
      | (?P<place_address>\d{{0,4}}[A-Za-z]?\s+(?:{CAPWORD}\s+){{1,3}}(?:(?:Street|Road|Avenue
          |Lane|Drive|Close|Court|Way|Crescent|Place|Terrace|Boulevard|Gardens|Grove|Row|Square
          |Mews|Parade|Walk|Hill|View|Rise|Heights|Green|Park|Vale)\b|(?:St|Rd|Ave|Ln|Blvd)\b\.?))
      | (?P<facility_ward>\d?\s+(?:North|South|East|West)\b(?!\s+[A-Z]))  # "5 West"
      | (?P<phone_short>(?:\d{{2}}-\d{{4}}|\d{{3}}-\d{{3}})\b(?![.,/-]\d)  # "555-0192"
          (?!\s*(?:{_UNITS}|[a-z]+s\b)))
      | (?P<phone_eight>\d{{2,3}}\ \d{{4}}\b(?![.,/-]\d)  # "6378 2240", "992 4817"
          (?!\s*(?:{_UNITS}|[a-z]+s\b)))
      | (?P<place_zip>\d{{4}}(?:-\d{{4}})?\b(?![.,]\d)(?!\s*(?:{_UNITS}|[a-z]+s\b)))
      | (?P<number>)  # any other number: a keyword before it may still make it one
    )
    """,
    re.X,
)
PHONE_PREFIXED = re.compile(  # "+44 7700 900456", "(555) 123-4567", tried at each "+" and "("
    r"(?:\+\d{1,3}[ .-]?(?:\(\d{2,5}\)[ .-]?)?|\(\d{2,5}\)[ .-]?)\d{2,5}(?:[ .-]\d{2,6}){0,3}"
    r"(?![\w/]|[.-]\d)"
)

# A person before ", 72,": "a dairy farmer, 46, …".
_APPOSED = (
    "girl|boy|man|woman|client|patient|son|daughter|child|mother|father|resident|baby|husband"
    "|wife|farmer|driver|teacher|labourer|laborer|builder|mechanic|veteran|pensioner|retiree"
    "|caller|teenager|teen|toddler|lady|gentleman|guy|bloke|grandmother|grandfather|mum|mom|dad"
)

# Numbers after a keyword ("bed 12", "aged 72", "on the 14th"), on the lower-cased text:
# family: (kind, the keyword, ending where the number starts, the number).
_FAMILIES = {
    "record": (
        "record",
        r"\b(?:mrn|nhs(?:\s+(?:no\.?|number))?|(?:hospital|patient|record|medical\s+record|case"
        r"|claim|chart|file|account|policy|reference|ref|id|prison|nric|passport)\s+(?:no\.?|number"
        r"|id|#)|patient\s+id|id)\s*[:,]?\s*#?\s*",
        r"\d[\d -]{2,14}\d\b",
    ),
    "hash": (
        "record",
        r"\b(?:case|claim|ticket|ref|rsw|rn|pin|lic|licence|license|reg|registration|ahpra|nmc|mr|doc"
        r"|hcpc|gphc)\s*#\s*",
        r"\d{2,}\b",
    ),
    "case": ("record", r"\bcase\s+", r"\d{4,}\b"),
    "bed": ("record", r"\b(?:bed|room|rm|bay|cubicle|side\s+room)\s+#?", r"\d{1,4}[a-z]?\b"),
    "ward": ("facility", r"\b(?:ward|unit)\s+", r"\d{1,3}[a-z]?\b"),
    "aged": ("age", r"\b(?:aged|age)\s*:?\s*", r"\d{1,3}\b(?!\s*(?:%|[-–]\s*\d))"),
    "turned": ("age", r"\b(?:turned|turning)\s+", rf"\d{{1,3}}\b(?!\s*(?:%|{_UNITS}))"),
    "subject": (
        "age",
        r"\b(?:he|she|they|i|who|client|patient|pt|child|baby|kid|boy|girl|son|daughter"
        r"|resident)(?:\s+(?:was|is|were|am)|['’]s)\s+(?:only\s+|just\s+|barely\s+)?",
        rf"\d{{1,3}}\b(?={_AGE_END})",
    ),
    "at": ("age", r"\bat\s+(?:age\s+)?", r"\d{1,3}(?=,\s*(?:he|she|they|i|my|her|his)\b)"),
    "apposed": (
        "age",
        rf"\b(?:{_APPOSED})\s*,\s*",
        r"\d{1,3}\s*,",
    ),
    "ordinal": (
        "date",
        r"\b(?:on|by|since|until|till|from|before|after)\s+the\s+",
        r"\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:floor|centile|percentile|time|week|day|dose|attempt"
        r"|minute|hour|row|bed|birthday|anniversary|visit|session|of\s+(?:the|my|her|his"
        r"|their)\b))",
    ),
    "holiday": (  # "Christmas Day 2019"
        "date",
        r"\b(?:christmas\s+(?:day|eve)|new\s+year['’]?s\s+(?:day|eve)|boxing\s+day|thanksgiving"
        r"|easter(?:\s+sunday|\s+monday)?|halloween|valentine['’]?s\s+day|bonfire\s+night"
        r"|(?:independence|memorial|labou?r|mother['’]?s|father['’]?s|st\.?\s+patrick['’]?s)"
        r"\s+day)\s*,?\s+",
        r"\d{4}\b",
    ),
    "flat": ("place", r"\b(?:flat|apt\.?|apartment|suite|plot)\s+#?", r"\d{1,4}[a-z]?\b"),
    "extension": (
        "phone",
        r"\b(?:ext|extension|bleep|pager|(?:bleeped|paged)\s+on)\.?\s*(?:no\.?\s*)?",
        r"\d{3,5}\b",
    ),
    "reference": (  # "Incident 22-0417", "CAD 1187-0322", "Datix 88213"
        "record",
        r"\b(?:incident|datix|log|cad|ticket|ref|reference|claim|case|file|job|complaint|report"
        r"|crime|call|licence|license|registration|pin|chi|nhi|uhid|hosp(?:ital)?\s+no|rn|lvn|lpn"
        r"|rpn|dossier|bht|ip|opd|prisoner|inmate|urn|ur|reg\.?|mcrn|imc|gmc|nmbi|nrc|record|employee"
        r"|staff|payroll)"
        r"\s*(?:no\.?|number|ref|#)?\s*:?\s*#?"
        r"\s*",
        r"\d{2,}[-/]\d{2,}\b|\d{5,}\b",
    ),
    "instead": (  # the other of two references mixed up: "004417 instead of 004471"
        "record",
        r"\binstead\s+of\s+",
        rf"(?:\d{{2,}}[-/]\d{{2,}}|\d{{5,}})\b(?!\s*(?:{_UNITS})\b)",
    ),
    "short": (  # "on 3/14"
        "date",
        r"\b(?:on|since|until|till|before|after|dated|appt|appointment|due|note)\s+",
        r"(\d{1,2})/(\d{1,2})(?![/\d])(?!\s*(?:of|doses?|tabs?|tablets?|mg)\b)",
    ),
}
KEYWORDS = {
    name: (kind, re.compile(keyword + r"\Z"), re.compile(number))
    for name, (kind, keyword, number) in _FAMILIES.items()
}
_LAST_WORDS = {  # the word just before the number (no ":#,.") -> families to try
    "record": "mrn nhs number no id",
    "hash": "mr doc",
    "case": "case",
    "bed": "bed room rm bay cubicle",
    "ward": "ward unit",
    "aged": "aged age",
    "turned": "turned turning",
    "subject": "was is were am he's she's he’s she’s only just barely",
    "at": "at age",
    "apposed": _APPOSED.replace("|", " "),
    "ordinal": "the",
    "short": "on since until till before after dated appt appointment due note",
    "holiday": "day eve thanksgiving easter sunday monday halloween night",
    "flat": "flat apt apartment suite plot",
    "extension": "ext extension bleep pager no on",
    "reference": "incident datix log cad ticket ref reference claim case file job complaint report"
    " crime call licence license registration pin no number chi nhi uhid rn lvn lpn rpn dossier"
    " bht ip opd prisoner inmate reg urn ur mcrn imc gmc nmbi nrc record employee staff payroll",
    "instead": "of",
}
FAMILIES_AFTER: dict[str, tuple[str, ...]] = {"": ("hash", "record")}
for _family, _words_before in _LAST_WORDS.items():
    for _word in _words_before.split():
        FAMILIES_AFTER[_word] = (*FAMILIES_AFTER.get(_word, ()), _family)

# --- Capitalised words: each is looked up, then one of these is tried there. --------------

CAPITAL = re.compile(CAPWORD)
CODE = re.compile(  # postcodes and hospital numbers, at a word with capitals and digits
    r"(?P<place_uk>[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)|(?P<place_canada>[A-Z]\d[A-Z]\s?\d[A-Z]\d\b)"
    r"|(?P<place_eircode>[AC-FHKNPRTV-Y]\d[\dW]\s?[AC-FHKNPRTV-Y\d]{4}\b)"  # "P72 HX40"
    r"|(?P<record_id>[A-Z]{1,3}\d{4,}[A-Z]{0,2}\b)|(?P<record_site>[A-Z]{1,4}\d{1,2}-\d{4,}\b)"
    # Incident, ticket and claim references: "INC-4471-B", "PX-20-118", "AB/2291" (with three
    # digits at least, checked where it is used: "ICD-10" and "COVID-19" are not references).
    r"|(?P<record_ref>[A-Z]{1,5}(?:-[A-Z]{1,5})*[-/#]\d+(?:[-/][A-Z\d]{1,6})*\b)"
)
TITLED_NAME = re.compile(  # after "Mrs": "Mrs Okafor", "Mrs H Gill"
    rf"\.?\s+(?P<name>(?:[{UPPER}]\.?\s+)?{CAPWORD}(?:\s+{CAPWORD}){{0,2}})"
)
# Up to four capitalised words ("St. Mary's ") before a facility suffix, two before "Street".
FACILITY_LEAD = re.compile(rf"{CAPWORD}\.?\s+(?:(?:{CAPWORD}|&)\s+){{0,3}}\Z")  # "Foot & Wound"
STREET_LEAD = re.compile(rf"{CAPWORD}\s+(?:{CAPWORD}\s+)?\Z")
MONTH_DATE = re.compile(
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:{_UNITS})\b)(?:,?\s+\d{{4}}\b)?"
)
SAINT = re.compile(rf"(?:St\.?|Saint)\s+[{UPPER}][{_LETTER}]*['’]s\b(?!\s+(?:Day|Eve|Night)\b)")
HYPHENATED_PLACE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+-[A-Z][a-z]+")  # "Stoke-on-Trent"
PLACE_SUFFIX = re.compile(
    r"[A-Z][a-z]+(?:ton|ford|bury|borough|burgh|wick|mouth|field|thorpe|ville|stead|combe"
    r"|chester|minster|brook|bridge|haven|dale|worth|cott|hurst|well|by)"
)
_PEOPLE = either(w for w in PEOPLE if w != "little")
# What follows a capitalised word and makes it a name, a unit or an age.
AFTER = re.compile(
    rf"""
      (?P<unit>\s+(?:(?:satellite|outreach|branch|mobile)\s+)?(?:unit|ward|wing|clinic|practice
          |hospital|hospice|surgery|house|lodge|station|office|base|birth\s+cent(?:re|er)
          |(?:care|nursing|children['’]s|group)\s+home|(?:crisis|chapter|halfway|respite)\s+house
          |(?:medical|health|day)\s+cent(?:re|er))\b)
    | (?P<area>\s+(?:estate|patch|village|settlement|township)\b)
    | (?P<household>\s+(?:family|family['’]s|household|whānau|whanau|twins)\b)
    | (?P<apposition>(?:,|\s+(?:was|is))\s+(?:the|my|our|his|her|their|a|an)\s+(?:[\w-]+\s+){{0,2}}?
        (?:{_PEOPLE})\b)  # "Faith, my client", "Okonkwo was the paramedic"
    | (?P<verb>\s+(?:{either(PERSON_VERBS)})\b)
    | (?P<family>\s+and\s+(?:her|his|their)\s+(?:{_PEOPLE})\b)
    | (?P<age>\s+(?:was|is)\s+(?:only\s+|just\s+|barely\s+)?(?P<years>\d{{1,3}}|{NUMBER_WORDS})
        \b(?={_AGE_END}))
    | (?P<belongings>\s+(?:{either(BELONGINGS)})\b)  # after a possessive: "Okafor's mother"
    """,
    re.X,
)
# A name used for a procedure, sign or device: "the Ivor Lewis oesophagectomy", "a Foley catheter".
EPONYM = re.compile(
    r"(?:['’]s)?\s+(?:procedure|operation|oesophagectomy|esophagectomy|fundoplication|resection"
    r"|repair|catheter|drain|tube|shunt|airway|syndrome|disease|signs?|test|score|scale|criteria"
    r"|manual|formula|manoeuvre|maneuver|classification|fracture|position|reflex|triad|protocol"
    r"|competence|competency|guidelines?|ratio|rule)\b"
    r"|(?:['’]s)?\s+(?:[a-z]+\s+)?(?:method|model|theory|approach|technique|framework)\b"
)
_PARTICLE = r"(?:(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|binti|al|el|ibn|ter)\s+)?"
NEXT_CAPITAL = re.compile(rf"\s+{_PARTICLE}(?P<word>{CAPWORD})")  # a surname
_LIST_GAP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
LIST_NEXT = re.compile(rf"{_LIST_GAP}(?P<word>{CAPWORD})")
LIST_PREV = re.compile(rf"(?P<word>{CAPWORD}){_LIST_GAP}\Z")

# --- Phrases, on the lower-cased text unless said. ---------------------------------------

SELF = re.compile(
    r"the\s+(?:only|sole|lone|one\s+and\s+only|youngest|oldest)\s+(?:[\w'’-]+\s+){0,5}?"
    rf"(?P<role>{either(w.lower() for w in ROLES)})\b"
)
LOWER_NAMES = [  # one pattern for each, so each starts with a literal
    re.compile(rf"{whose}\s+(?:{_PEOPLE})\s*,?\s+(?P<name>[^\W\d_]+)\b")
    for whose in ("my", "our", "her", "his", "their")
]
# "year old", "weeks-old": found from "old", then AGE_IN_WORDS looks back for "seven".
YEARS_OLD = re.compile(r"old\b(?:(?<=[hrk][\s-]old)|(?<=[hrk]s[\s-]old))")
AGE_IN_WORDS = re.compile(rf"\b{NUMBER_WORDS}[\s-]+(?:year|month|week)s?[\s-]+old\Z")
WAS_IN_WORDS = re.compile(rf" was (?:only |just |barely )?{NUMBER_WORDS}\b(?={_AGE_END})")
PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|i|who)\Z")
CALLED = [  # "a village called Much Wenlock", on the text as written
    re.compile(rf" {verb}\s+(?P<place>{CAPWORD}(?:\s+{CAPWORD}){{0,2}})")
    for verb in ("called", "named")
]

# --- Links and contact details. ------------------------------------------------------------

URLS = [  # each starts with a literal
    re.compile(rf"{start}[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]") for start in (r"https?://", r"www\.")
]
HANDLE = re.compile(r"@[A-Za-z_][\w.]{0,28}[A-Za-z0-9_]")
REDDIT_USER = re.compile(r"u/[\w-]{3,20}\b")
EMAIL_LOCAL = re.compile(r"[\w.+-]+\Z")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
# "Mrs Nakamura was 91 and very deaf", "Mrs Tuilagi's 71": an age said of a name.
NAME_WAS_AGE = re.compile(
    rf"(?:\s+(?:was|is|turned)|['’]s)\s+(?:only\s+|just\s+|barely\s+)?(?P<age>(?P<years>\d{{1,3}}))\b"
    rf"(?={_AGE_END})"
)
# A name after a form's or an e-mail's label: "Re: Gordon Whitfield", "Applicant: Wilfred
# Ashdown, 91", "From: Hemi Walker". The label is looked for before each colon, ending there.
FORM_LABEL = re.compile(
    r"(?:^|(?<=[\s>]))(?P<label>Re|RE|Applicant|Patient|Client|Pt|Name|Resident|From|To|Referral"
    r"|Child|Student|Pupil|Attn|Cc|CC|Service\s+user|Mother|Father|Parent|Carer|NOK|Baby|Mum|Mom"
    r"|Dad|Son|Daughter|Husband|Wife|Partner|Guardian|Caller|Who)\s*\Z",
    re.MULTILINE,
)
FORM_VALUE = re.compile(rf"\s*(?P<name>{CAPWORD}(?:\s+{CAPWORD}){{0,2}})")
LETTER_LABELS = {"Re", "RE", "From", "To", "Cc", "CC", "Attn"}
# A small place after the comma that ends an address or a facility: "Maple Hollow Lodge,
# Gananoque", "27 Tawa Crescent, Ōtaki".
PLACE_AFTER_COMMA = re.compile(
    rf",\s+(?P<place>{CAPWORD})\b(?!\s*[,.]?\s*(?:{CAPWORD}\s+)?(?:Street|Road))"
)
# Capitalised words that take a number after a comma without being a person: "Bay 3, 14".
NOT_BEFORE_AGE = frozenset(
    [
        "Bay",
        "Bed",
        "Room",
        "Ward",
        "Cubicle",
        "Band",
        "Level",
        "Grade",
        "Stage",
        "Year",
        "Page",
        "Day",
        "Week",
    ]
)
# A sign-off that ends a quoted message: "> ...see you Weds. Bev x", "> ...at 2pm. - Lwazi".
SIGN_OFF = re.compile(rf"[.!?]\s+(?:[-–—][ \t]*)?(?P<name>{CAPWORD})(?:\s+x+)?[ \t]*$", re.M)
# A signature on its own line after a dash: "— Marites, RM".
DASH_SIGN_OFF = re.compile(rf"^[ \t>]*(?:—|–|--?)[ \t]*(?P<name>{CAPWORD})(?=[ \t]*(?:,|$))", re.M)
# A name set beside an age: "a 7yo, Jaxon, for a headache".
NAME_AFTER_AGE = re.compile(rf",\s*(?P<name>{CAPWORD}),")
# ...and just before one: "Paddy Phelan, a 74-year-old", "Bevan (58yo, post-CABG)".
NAME_BEFORE_AGE = re.compile(rf"(?P<name>{CAPWORD}(?:\s+{CAPWORD}){{0,2}})(?:,\s+an?\s+|\s*\()\Z")
# A university named by its place: "the University of Northmoor".
# (Each starts with its literal word, which the regex engine finds fast; the caller checks
# that it starts a word.)
UNIVERSITY_OF = re.compile(rf"University\s+of\s+(?P<name>{CAPWORD})\b(?!\s+{CAPWORD})")
# A hospital or school named after the word: "Hospital Tengku Sari" (two names at least),
# "Scoil Naomh Éanna", "Ysbyty Aberderwen".
HOSPITAL_FIRST = re.compile(rf"Hospital\s+(?P<name>{CAPWORD}(?:\s+{CAPWORD}){{1,2}})")
NAMED_AFTER = re.compile(
    rf"(?:{either(FACILITIES_FIRST)})"
    rf"\s+(?P<name>{CAPWORD}(?:\s+{CAPWORD}){{0,2}})"
)
# After a house number, one or two capitalised words and a street word that is also an
# ordinary word: "22 Hawthorn Mount", "4 Ballyarnett View".
HOUSE_STREET = re.compile(
    rf"\d{{1,4}}[A-Za-z]?\s+{CAPWORD}\s+(?:{CAPWORD}\s+)?(?:{either(NUMBERED_STREETS)})\b"
)
# The given name before a double-barrelled surname (_identifier_lookback.DOUBLE_BARRELLED).
NAME_BEFORE = re.compile(rf"(?P<first>{CAPWORD})\s+\Z")
# "hey its Shaniqua", "Miss it's Kerwin": who a quoted message is from.
ITS_NAME = re.compile(rf"\b(?:its|it['’]s|this\s+is)\s+(?P<name>{CAPWORD})\b")
# A French street after its number: "48, rue des Érables".
FRENCH_STREET = re.compile(
    rf"(?:rue|avenue|boulevard|chemin|rang)\s+(?:de\s+la\s+|des\s+|du\s+|de\s+)?{CAPWORD}"
)
HOUSE_NUMBER = re.compile(r"\d{1,4},?\s+\Z")
# A drug before its dose: "Seroquel 25 mg", never a name.
DOSE = re.compile(r"\s+\d[\d.,]*\s*(?:mg|mcg|µg|g|ml|mL|units?|iu|IU|mmol|%)\b")
# A product named in one word of two capitalised parts: "OneSchool", "RiskMan" (but not
# "McDonald", "DeShawn", "LaToya").
PRODUCT = re.compile(r"(?!Mc|Mac|De|Da|Di|Du|La|Le|Lo|Van|Von|Fitz)[A-Z][a-z]+[A-Z][a-z]+")
# A thing's age, not a person's: "a referral that was two years old".
THINGS_AGE = re.compile(
    r"\b(?:that|which|it|result|results|scan|test|bloods|labs|tsh|inr|ecg|ekg|bmp|sample|note"
    r"|referral|chart|plan|script|prescription|reading|level|x-ray|letter)"
    r"\s+(?:was|is|were)\s+(?:only\s+|already\s+)?\Z"
)
# "filed it in RiskMan", "documented in Kroll": a system, not a place.
RECORDED_IN = re.compile(
    r"\b(?:filed|documented|recorded|logged|charted|entered|scored|saved|typed|corrected|noted"
    r"|written|flagged|reported|uploaded|booked|coded)(?:\s+(?:it|them|this|that|everything))?"
    r"\s+in\s+\Z"
)
# Right after a name: ", 34," or " (34)".
AGE_BESIDE_NAME = re.compile(
    r"(?:,\s*|\s*\()(?P<age>(?P<years>\d{1,3})(?:\s*yrs?)?)(?=\s*,|\)|\.(?!\d)|\s*$)", re.M
)
# An indefinite article just before: "a Highland health centre" is a kind of centre.
A_OR_AN = re.compile(r"\b(?:a|an)\s+\Z")
