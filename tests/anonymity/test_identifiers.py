"""forum.anonymity.identifiers.scan: corpus figures, one test per kind and per hard-negative
family, exact offsets, skipped quotes and code, purity, and size limits."""

from __future__ import annotations

import ast
import dataclasses
import sys
from pathlib import Path

import pytest

from forum.anonymity import identifiers
from forum.anonymity.identifiers import Finding, scan
from tests.anonymity.identifier_corpus import CORPUS, HELD_OUT, IDENTIFYING, SAFE

KINDS = {"name", "date", "age", "phone", "email", "record", "facility", "place", "url", "self"}


def figures(data) -> tuple[float, float, list[str]]:
    """Span recall (a finding overlapping the span counts) and the safe-text warning rate."""
    found = total = safe = warned = 0
    misses: list[str] = []
    for text, spans in data:
        findings = scan(text)
        if not spans:
            safe += 1
            if findings:
                warned += 1
                misses.append(f"warned: {text!r} {[text[f.start : f.end] for f in findings]}")
            continue
        for substring, kind in spans:
            start = text.index(substring)
            end = start + len(substring)
            total += 1
            if any(f.start < end and start < f.end for f in findings):
                found += 1
            else:
                misses.append(f"missed {kind}: {substring!r} in {text!r}")
    return found / total, warned / safe, misses


def test_corpus_shape():
    assert len(CORPUS) >= 150
    assert len(SAFE) >= 70
    assert len(IDENTIFYING) >= 80
    assert {kind for _, spans in IDENTIFYING for _, kind in spans} == KINDS
    for text, spans in CORPUS + HELD_OUT:
        for substring, kind in spans:
            assert substring in text
            assert kind in KINDS


def test_corpus_recall_and_safe_warning_rate():
    recall, warning_rate, misses = figures(CORPUS)
    held_recall, held_warning_rate, _ = figures(HELD_OUT)
    print(f"\ncorpus: span recall {recall:.3f}, safe-text warning rate {warning_rate:.3f}")
    print(
        f"held out: span recall {held_recall:.3f}, safe-text warning rate {held_warning_rate:.3f}"
    )
    for line in misses:
        print("  " + line)
    assert recall >= 0.90
    assert warning_rate <= 0.10


def kinds_at(text: str, substring: str) -> set[str]:
    start = text.index(substring)
    end = start + len(substring)
    return {f.kind for f in scan(text) if f.start < end and start < f.end}


POSITIVES = {
    "name": [
        ("title_mrs", "Mrs. Alvarez missed her appointment.", "Mrs. Alvarez"),
        ("title_dr_no_dot", "I paged Dr Okafor twice.", "Dr Okafor"),
        ("role_then_name", "I told my client Tasha the truth.", "Tasha"),
        ("full_name", "Jonathan Price was discharged too early.", "Jonathan Price"),
        ("relation_then_name", "Her son Marcus found the pills.", "Marcus"),
        ("given_name_alone", "Later, Yusuf asked me why.", "Yusuf"),
        ("name_at_sentence_start", "Priya never came back.", "Priya"),
    ],
    "date": [
        ("day_month", "It was 14 March when I realised.", "14 March"),
        ("month_day_year", "On March 14th, 2023, I was on call.", "March 14th, 2023"),
        ("us_numeric", "Admitted 3/14/2023.", "3/14/2023"),
        ("iso", "Seen 2023-03-14 in clinic.", "2023-03-14"),
        ("on_the_ordinal", "I saw her on the 14th again.", "on the 14th"),
    ],
    "age": [
        ("hyphenated", "A 34-year-old man collapsed.", "34-year-old"),
        ("aged", "A man aged 72 fell.", "aged 72"),
        ("pronoun_was", "She was 16 at the time.", "She was 16"),
        ("yo", "34yo F with SOB.", "34yo"),
        ("y_slash_o", "A 34 y/o with chest pain.", "34 y/o"),
        ("months_old", "I examined a 7 month old baby.", "7 month old"),
    ],
    "phone": [
        ("uk_mobile", "Ring 07700 900123 if so.", "07700 900123"),
        ("us_brackets", "Call (555) 123-4567.", "(555) 123-4567"),
        ("international", "Text +44 7700 900456 please.", "+44 7700 900456"),
    ],
    "email": [
        ("plain", "Write to jane.doe@example.com today.", "jane.doe@example.com"),
        ("plus_tag", "Or jd+forum@mail.co.uk instead.", "jd+forum@mail.co.uk"),
    ],
    "record": [
        ("mrn", "MRN 4471823 was wrong.", "MRN 4471823"),
        ("case_hash", "See case #55812.", "case #55812"),
        ("nhs_number", "NHS number 943 476 5919 was visible.", "NHS number 943 476 5919"),
        ("bed", "The man in bed 12 coded.", "bed 12"),
        ("room", "She was in room 4B.", "room 4B"),
    ],
    "facility": [
        ("saint_hospital", "I worked at St. Mary's Hospital.", "St. Mary's Hospital"),
        ("clinic", "Riverside Clinic was closed.", "Riverside Clinic"),
        ("school", "He went to Lincoln High School.", "Lincoln High School"),
        ("named_unit", "I moved to the Rosewood unit.", "Rosewood unit"),
        ("numbered_ward", "Ward 7B was full.", "Ward 7B"),
    ],
    "place": [
        ("street_address", "She lived at 42 Elm Street.", "42 Elm Street"),
        ("uk_postcode", "Postcode SW1A 1AA.", "SW1A 1AA"),
        ("zip", "They moved to 90210 last year.", "90210"),
        ("village_called", "It was a village called Thornbury.", "Thornbury"),
        ("little_place", "Everyone in Little Haven knew.", "Little Haven"),
    ],
    "url": [
        ("https", "See https://example.org/story for more.", "https://example.org/story"),
        ("www", "My blog is www.example.com now.", "www.example.com"),
        ("handle", "I'm @jane_doe elsewhere.", "@jane_doe"),
    ],
    "self": [
        ("only_male_midwife", "I was the only male midwife at the unit.", "the only male midwife"),
        (
            "only_black_psychiatrist",
            "I'm the only Black psychiatrist in the county.",
            "the only Black psychiatrist",
        ),
        ("sole_pharmacist", "As the sole pharmacist in town, I knew.", "the sole pharmacist"),
        ("only_nurse", "I was the only nurse on nights.", "the only nurse"),
    ],
}

POSITIVE_CASES = [
    pytest.param(kind, text, substring, id=f"{kind}-{name}")
    for kind, cases in POSITIVES.items()
    for name, text, substring in cases
]


@pytest.mark.parametrize(("kind", "text", "substring"), POSITIVE_CASES)
def test_kind_is_found(kind, text, substring):
    assert kind in kinds_at(text, substring)


NEGATIVES = {
    "generic_roles": [
        "My client was late again.",
        "The attending signed it.",
        "Her GP wrote the referral.",
    ],
    "vague_times": [
        "It was last spring.",
        "A few years ago I worked nights.",
        "It was on a Tuesday night.",
        "She started in March.",
    ],
    "acronyms_and_sentence_starts": [
        "SOAP notes, ICU beds, CBT, DSM-5, NHS, ED and SSRI all came up.",
        "When I arrived, nobody was there.",
        "After the round, I sat down.",
    ],
    "drugs_and_doses": [
        "She was on sertraline 50 mg.",
        "I gave 5 mg of morphine.",
        "Warfarin was held.",
    ],
    "broad_ages": [
        "She was in her thirties.",
        "An elderly man waited.",
        "A teenager came in alone.",
        "He was in his 70s.",
    ],
    "common_numbers": [
        "It was a 50-minute session.",
        "She had called 988.",
        "It was 2 a.m. on a 12-hour shift.",
        "We gave 3 units, 10 years ago.",
        "See page 4.",
        "GCS 8, BP 90/60, sats 88%.",
        "The drip was turned 30 minutes later.",
        "I turned 5 mg down to 2 mg.",
    ],
    "famous_names": [
        "Freud would have had a field day.",
        "Carl Rogers taught me to listen.",
        "I reread Winnicott afterwards.",
    ],
    "places_and_calendar": [
        "I moved from Texas to Canada, then to London.",
        "It was a Sunday, the day after Christmas.",
        "God knows, Mom and Dad tried.",
    ],
}

NEGATIVE_CASES = [
    pytest.param(text, id=f"{family}-{number}")
    for family, texts in NEGATIVES.items()
    for number, text in enumerate(texts)
]


@pytest.mark.parametrize("text", NEGATIVE_CASES)
def test_hard_negative_is_quiet(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "prefix",
    [
        pytest.param("", id="ascii"),
        pytest.param("😔🩺 ", id="emoji"),
        pytest.param("Déjà vu — naïve café ", id="accents"),
        pytest.param("患者の話。", id="cjk"),
        pytest.param("👩🏽‍⚕️ zwj sequence ", id="zwj"),
    ],
)
def test_offsets_are_exact(prefix):
    text = prefix + "Mrs. Alvarez, aged 72, was on Ward 7B; email me at a.b@example.com."
    findings = scan(text)
    assert [(text[f.start : f.end], f.kind) for f in findings] == [
        ("Mrs. Alvarez", "name"),
        ("aged 72", "age"),
        ("Ward 7B", "facility"),
        ("a.b@example.com", "email"),
    ]


def test_findings_are_sorted_non_overlapping_frozen_and_explained():
    text = " ".join(text for text, _ in IDENTIFYING)
    findings = scan(text)
    assert findings == sorted(findings, key=lambda f: f.start)
    for before, after in zip(findings, findings[1:], strict=False):
        assert before.end <= after.start
    for finding in findings:
        assert finding.kind in KINDS
        assert finding.message
    with pytest.raises(dataclasses.FrozenInstanceError):
        findings[0].start = 0  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("> Mrs. Alvarez said the MRN 4471823 was wrong.\n\nI agree.", id="quote"),
        pytest.param("  > quoted by Dr Okafor\n>> nested Tasha", id="nested-quote"),
        pytest.param("```\nMRN 4471823 for Mrs. Alvarez\n```\nThat was it.", id="fence"),
        pytest.param("~~~text\ncall 07700 900123\n~~~", id="tilde-fence"),
        pytest.param("Some code:\n\n    bed 12 = Mrs. Alvarez\n    MRN 4471823\n", id="indented"),
    ],
)
def test_quotes_and_code_are_not_scanned(text):
    assert scan(text) == []


def test_offsets_after_skipped_blocks_refer_to_the_original_text():
    text = "> Dr Okafor said so.\n```\nbed 12\n```\n🙂 Then Mrs. Alvarez, aged 72, arrived."
    findings = scan(text)
    assert [(text[f.start : f.end], f.kind) for f in findings] == [
        ("Mrs. Alvarez", "name"),
        ("aged 72", "age"),
    ]


def test_module_imports_only_the_standard_library():
    package = Path(identifiers.__file__).parent
    for path in (package / "identifiers.py", package / "_words.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level or (node.module or "").startswith("forum.anonymity"):
                    continue
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top == "__future__", (path, name)


def test_empty_and_whitespace_text():
    assert scan("") == []
    assert scan("   \n\n") == []


def test_twenty_thousand_characters():
    story = " ".join(text for text, _ in CORPUS)
    story = (story * (20_000 // len(story) + 1))[:20_000]
    findings = scan(story)
    assert findings
    assert all(0 <= f.start < f.end <= len(story) for f in findings)
    assert isinstance(findings[0], Finding)


def test_pathological_input_is_handled():
    for text in ["A" * 20_000, "1 " * 10_000, "@" * 20_000, "Dr " * 6_000, ">\n" * 10_000]:
        scan(text)


def scan_everywhere(text: str) -> list[tuple[int, int, str]]:
    """The slow reference: every pattern tried at every position, same filters and tie-breaks."""
    masked = identifiers._mask(text)
    candidates = set()
    for index, (kind, _, pattern) in enumerate(identifiers._PATTERNS):
        for position in range(len(masked)):
            match = pattern.match(masked, position)
            span = match and identifiers._candidate(kind, match, index)
            if span and span[1] > span[0]:
                candidates.add((identifiers.PRIORITY[kind], span[0] - span[1], span[0], kind))
    chosen: list[tuple[int, int, str]] = []
    for _, negative_length, start, kind in sorted(candidates):
        end = start - negative_length
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, kind))
    return sorted(chosen)


def test_triggers_lose_nothing_against_trying_every_position():
    texts = (
        [text for text, _ in CORPUS]
        + [case[1] for cases in POSITIVES.values() for case in cases]
        + [text for texts in NEGATIVES.values() for text in texts]
    )
    for text in texts:
        assert [(f.start, f.end, f.kind) for f in scan(text)] == scan_everywhere(text), text
