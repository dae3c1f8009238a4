"""Patterns for forum.anonymity.identifiers that are found from a literal (a dash, a comma, a
dot, a word) and then look back for what comes before it: "Nadira Khan-Seepersad" from its
dash, "Doreen, 84," from its comma, "J. Bennell" from its dot, "Friday 17th" from "day".

Python's regex engine skips fast only to a literal first character; a pattern that starts with
a class of characters or a lookbehind is tried at every position of a 20,000-character story.
So each pattern here starts with the literal, and its companion (``..._BEFORE``, ``..._START``,
``..._HEAD``) is searched in the few characters before the match, anchored at their end.
"""

import re

from forum.anonymity._identifier_patterns import CAPWORD, UPPER

# A bare address with a path: "youtube.com/watch?v=...", found from the dot before its ending,
# then SITE_NAME before it.
BARE_ADDRESS = re.compile(
    r"\.(?:com|org|net|co\.uk|org\.uk|nhs\.uk|ie|com\.au|co\.nz|ca|in"
    r"|co\.za|us|io|me|ly|sg|nz|edu|gov|info|app)/[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]"
)
SITE_NAME = re.compile(r"\b[a-z0-9][a-z0-9-]*\Z")

# "Lwazi, 11, was meant to be collected", "- Pt: Dmitri Petrov, 76": a name and an age,
# found from the comma, then NAMES_BEFORE_COMMA.
COMMA_AGE = re.compile(
    r",\s*(?:aged\s+)?(?P<age>(?P<years>\d{1,3})(?:\s*(?:yrs?|years?|months?|mos?|weeks?|wks?))?)"
    r"(?=\s*(?:,|;|\)|$))",
    re.MULTILINE,
)
NAMES_BEFORE_COMMA = re.compile(rf"(?P<name>{CAPWORD}(?:\s+{CAPWORD}){{0,2}})\Z")

# A reference of three parts or more, with four digits at least ("CHO7-SLT-20418",
# "PSI/C/23/0582"), found from its first dash or slash, then CODE_HEAD before it.
HYPHENED_CODES = [  # one for each first separator, so each starts with a literal
    re.compile(rf"{first}[A-Z\d]+[-/][A-Z\d]+(?:[-/][A-Z\d]+)*\b") for first in "-/"
]
CODE_HEAD = re.compile(r"(?<![\w/-])[A-Z][A-Z\d]*\Z")

# A Singapore block: "Blk 88".
BLOCK = re.compile(r"Blk\s+\d+[A-Z]?\b")

# A surname after an initial ("for J. Bennell"), found from the dot; INITIAL before it.
INITIAL_SURNAME = re.compile(rf"\.[ \t]?(?P<name>[{UPPER}][a-z]{{2,}})\b")

# One capital before the dot, not "I." and not at a line's start, where "A. Assess" is a list.
INITIAL = re.compile(r"(?<=[^\W\d_][ \t(])[A-HJ-Z]\Z|(?<=[,;:.][ \t])[A-HJ-Z]\Z")

# A name before a professional's letters or a record's label: "Tania Whaanga, RN", "A.
# Pemberton, DCh", "Odell Barnes DOB 2/19/1958".
CREDENTIAL = re.compile(
    r",[ \t]*(?:RN|RGN|RMN|RNLD|RM|RPN|LPN|LVN|NP|CNM|DCh|MD|DO|PA-C|BSN|MSN|MSW|LCSW|LPC"
    r"|PharmD|MRPharmS|OT|OTR|SLT|CCC-SLP|DPT|EMT|EMT-P|CRNA|HCPC|RTT|RT|RRT|RDH|DDS|DMD|RPh|PT"
    r"|NHI|NHS|MRN|DOB|URN|CHI|IHI|OHIP)\b"  # or a record's label: "Rawiri Paewai, NHI ZAB4417"
)

# ...or a record's label after a space ("Odell Barnes DOB"); each starts with a literal.
LABELS_AFTER_NAME = [re.compile(rf" {label}\b") for label in ("DOB", "NHI", "MRN")]
NAMES_BEFORE = re.compile(rf"(?P<name>{CAPWORD}(?:[ \t]+{CAPWORD})?|[{UPPER}]\.[ \t]?{CAPWORD})\Z")

# A name of two capitalised words before a possessive and a lower-case word: "Darlene Auger's
# calf", found from the possessive.
POSSESSIVES = [re.compile(rf"{mark}s\s+[a-z]") for mark in "'’"]  # each starts with a literal
TWO_NAMES_BEFORE = re.compile(rf"(?<![{UPPER}][a-z]\s)(?P<name>{CAPWORD}\s+{CAPWORD})\Z")

# A weekday and an ordinal ("Friday 17th"), found from "day", then WEEKDAY_START before it.
WEEKDAY_DATE = re.compile(r"day\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:floor|of\s+the))")
WEEKDAY_START = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)\Z")

# A Malay or Tamil-Malaysian name joined by "a/l", "a/p", "bin", "binti": "Muthusamy a/l
# Rajendran", found from the particle, then NAME_BEFORE_PARTICLE.
PARTICLE_NAME = re.compile(rf" (?:a/l|a/p|bin|binti|binte) (?P<last>{CAPWORD})")
NAME_BEFORE_PARTICLE = re.compile(rf"{CAPWORD}\Z")
# A name called out at the start of a quoted message: "> Gaz, need ur statement".
# (Matched at each quoted line's start.)
QUOTED_VOCATIVE = re.compile(rf"[ \t]*>[ \t>]*(?P<name>{CAPWORD}),[ \t]+[a-z]")
# A ward named by a code: "Ward C5", "ward 4B" is a number family.
WARD_CODE = re.compile(r"ard\s+[A-Z]{1,2}-?\d{1,2}[A-Z]?\b")  # after "W" or "w"

# A double-barrelled surname after a name ("Nadira Khan-Seepersad"), found from the dash, then
# BARREL before it (and the name before that, with NAME_BEFORE).
DOUBLE_BARRELLED = re.compile(rf"-[{UPPER}][a-z]+\b")
BARREL = re.compile(rf"[{UPPER}][a-z]+\Z")
