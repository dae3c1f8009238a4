"""forum.anonymity.identifiers.scan: corpus figures, one test per kind and per hard-negative
family, hard names, exact offsets (odd Unicode too), skipped quotes and code, purity, and size
limits."""

from __future__ import annotations

import ast
import dataclasses
import sys
from pathlib import Path

import pytest

from forum.anonymity import identifiers
from forum.anonymity.identifiers import Finding, scan
from tests.anonymity.identifier_corpus import (
    CORPUS,
    HELD_OUT,
    HELD_OUT_2,
    HELD_OUT_3,
    IDENTIFYING,
    SAFE,
)
from tests.anonymity.identifier_round1 import ROUND_1
from tests.anonymity.identifier_round2 import ROUND_2_A, ROUND_2_B
from tests.anonymity.identifier_round3 import ROUND_3
from tests.anonymity.identifier_round4 import ROUND_4_A, ROUND_4_B
from tests.anonymity.identifier_round5 import ROUND_5_C, ROUND_5_D
from tests.anonymity.identifier_round6 import ROUND_6_E, ROUND_6_F
from tests.anonymity.identifier_round7 import ROUND_7_G, ROUND_7_H
from tests.anonymity.identifier_round8 import ROUND_8_I, ROUND_8_J
from tests.anonymity.identifier_round9 import ROUND_9_K, ROUND_9_L
from tests.anonymity.identifier_round10 import ROUND_10_M, ROUND_10_N
from tests.anonymity.identifier_round11 import ROUND_11_O, ROUND_11_P
from tests.anonymity.identifier_round12 import ROUND_12_Q, ROUND_12_R
from tests.anonymity.identifier_round13 import ROUND_13_S, ROUND_13_T
from tests.anonymity.identifier_round14 import ROUND_14_U, ROUND_14_V
from tests.anonymity.identifier_round15 import ROUND_15_W, ROUND_15_X
from tests.anonymity.identifier_round16 import ROUND_16_Y, ROUND_16_Z
from tests.anonymity.identifier_round18 import ROUND_18_A, ROUND_18_B
from tests.anonymity.identifier_round19 import ROUND_19_C, ROUND_19_D
from tests.anonymity.identifier_round20 import ROUND_20_E, ROUND_20_F
from tests.anonymity.identifier_round21 import ROUND_21_G, ROUND_21_H

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


def counted(name: str, data, show: bool = True) -> tuple[int, int, int]:
    """A round's spans found, spans in all and safe stories warned, with the figures and the
    misses printed (not for the held-out round)."""
    recall, warned, misses = figures(data)
    spans = sum(len(spans) for _, spans in data)
    if show:
        print(f"\n{name}: span recall {recall:.3f} of {spans}, safe texts warned {warned:.1%}")
        print("\n".join(misses))
    return round(recall * spans), spans, round(warned * sum(not spans for _, spans in data))


def test_corpus_shape():
    assert len(CORPUS) >= 150
    assert len(SAFE) >= 70
    assert len(IDENTIFYING) >= 80
    assert {kind for _, spans in IDENTIFYING for _, kind in spans} == KINDS
    for text, spans in CORPUS + HELD_OUT + HELD_OUT_2 + HELD_OUT_3:
        for substring, kind in spans:
            assert substring in text
            assert kind in KINDS
    assert len({text for text, _ in CORPUS + HELD_OUT + HELD_OUT_2 + HELD_OUT_3}) == len(
        CORPUS + HELD_OUT + HELD_OUT_2 + HELD_OUT_3
    ), "a text appears twice"


def test_round_one_keeps_what_it_reached():
    """ROUND_1 (issue 14) was written by someone who never saw the rules. Untouched: span
    recall 73/134 (0.545), 3 of 82 safe stories warned. Short local phone numbers and
    prefixed references ("INC-4471-B"), two families the issue named, then brought it to
    83/134. Round 2's changes were written against its misses (quotes scanned, plural family
    names, greetings, places after "in"/"from"/"at", ages after a name, references after a
    keyword): 123/134, 4 of 82 warned (the new one is "Bay 2" in a quoted note); with round
    2's and 3's, 125/134 and 2 of 82. It is a tuning set now; the bound keeps what it reached."""
    recall, warned, misses = figures(ROUND_1)
    spans = sum(len(spans) for _, spans in ROUND_1)
    print(f"\nround 1: span recall {recall:.3f} of {spans}, safe texts warned {warned:.1%}")
    print("\n".join(misses))
    assert spans == 134
    assert round(recall * spans) >= 125
    assert warned <= 2 / 82


def test_round_two_keeps_what_it_reached():
    """ROUND_2_A and ROUND_2_B (issue 14) were written from a guide alone. Untouched: A 144 of
    165 spans, 10 of 42 safe stories warned (6 for a bed or room number) with round 1's rules;
    B 144 of 169, 6 of 43 warned (big regions after "in") after the rules written against A.
    With the rules written against both: A 162 of 165, 6 of 42 warned (5 for bed or room
    numbers); B 156 of 169, 1 of 43 (157 after round 3). A tuning set: the bounds keep what
    it reached."""
    for data, spans_at_least, warned_at_most in ((ROUND_2_A, 162, 6), (ROUND_2_B, 157, 1)):
        recall, warned, misses = figures(data)
        spans = sum(len(spans) for _, spans in data)
        safe = sum(1 for _, spans in data if not spans)
        print(f"\nround 2: span recall {recall:.3f} of {spans}, safe texts warned {warned:.1%}")
        print("\n".join(misses))
        assert round(recall * spans) >= spans_at_least
        assert round(warned * safe) <= warned_at_most


def test_round_three_keeps_what_it_reached():
    """ROUND_3 (issue 14), written from the guide alone, was the latest untouched set: with the
    rules of rounds 1 and 2, 242 of 277 spans (0.874), 15 of 80 safe stories warned, every one
    for a big city or region after a role and a comma ("Pharmacist, Durban."). Written against
    it: 255 of 277, none warned. The next untouched figure needs a fresh round."""
    recall, warned, misses = figures(ROUND_3)
    spans = sum(len(spans) for _, spans in ROUND_3)
    print(f"\nround 3: span recall {recall:.3f} of {spans}, safe texts warned {warned:.1%}")
    print("\n".join(misses))
    assert spans == 277
    assert round(recall * spans) >= 255
    assert warned == 0


def test_round_four_keeps_what_it_reached():
    """ROUND_4_A and ROUND_4_B (issue 14), written from the guide alone by two helpers, were
    measured with the rules of rounds 1 to 3 before any rule was written against them: 236 of
    273 spans (0.864), 12 of 80 safe stories warned (15%; 9 a big city or region after "in" or
    a role). Written against them (big places from GeoNames, honorifics, "his name was",
    signatures after a dash, codes of letters and digits, 8-digit phones, place and street
    words): 263 of 273, 1 warned; with round 5's, 264."""
    found, spans, warned = counted("round 4", ROUND_4_A + ROUND_4_B)
    assert len(ROUND_4_A) == len(ROUND_4_B) == 80
    assert spans == 273
    assert found >= 264
    assert warned <= 1


def test_round_five_keeps_what_it_reached():
    """ROUND_5_C and ROUND_5_D (issue 14), from the guide alone, measured with the rules of
    rounds 1 to 4 before any rule was written against them: 290 of 340 spans (0.853), 22 of 80
    safe stories warned (27.5%: regions such as "Selangor" and "Uttar Pradesh", systems after
    "in", languages, a drug before its dose, bed and room numbers). Written against them: 308
    of 340, 7 warned (3 for a bed or room number); 312 with rounds 6 and 8's. With round 10's
    rules, which warn on two capitalised words that no list knows, mid-sentence: 313, 8."""
    found, spans, warned = counted("round 5", ROUND_5_C + ROUND_5_D)
    assert len(ROUND_5_C) == len(ROUND_5_D) == 80
    assert spans == 340
    assert found >= 313
    assert warned <= 8


def test_round_six_keeps_what_it_reached():
    """ROUND_6_E and ROUND_6_F (issue 14), from the guide alone, measured with the rules of
    rounds 1 to 5 before any rule was written against them: 327 of 393 spans (0.832), 21 of
    80 safe stories warned (26%: towns of 85,000 to 160,000 people, regions of Quebec and
    Zimbabwe, faiths, products). Written against them: 365 of 393, 14 warned; with round 10's
    rules, 369 and 15."""
    found, spans, warned = counted("round 6", ROUND_6_E + ROUND_6_F)
    assert len(ROUND_6_E) == len(ROUND_6_F) == 80
    assert spans == 393
    assert found >= 369
    assert warned <= 15


def test_round_eight_keeps_what_it_reached():
    """ROUND_8_I and ROUND_8_J (issue 14), from the guide alone, measured with the rules of
    rounds 1 to 6 before any rule was written against them: 284 of 337 spans (0.843), 18 of 80
    safe stories warned (22.5%). Written against them (honorifics such as Ate, Alhaji, Encik;
    Malaysian ICs; "17/08"; DOC and prisoner numbers; big places of several words; products
    named in two capitalised parts): 298 of 337, 13 warned; with round 10's rules, 306 and
    14; with round 11's, 308."""
    found, spans, warned = counted("round 8", ROUND_8_I + ROUND_8_J)
    assert len(ROUND_8_I) == len(ROUND_8_J) == 80
    assert spans == 337
    assert found >= 308
    assert warned <= 14


def test_round_nine_keeps_what_it_reached():
    """ROUND_9_K and ROUND_9_L (issue 14), from the guide alone, measured with the rules of
    rounds 1 to 8 before any rule was written against them: 253 of 278 spans (0.910), 7 of 80
    safe stories warned (8.8%). Written against them (a surname after an initial, a name before
    a professional's letters or a record's label, references of three parts, Welsh, Irish and
    Singapore place and school words, "mam Eirlys", a name beside a role after a comma;
    languages, "child protection", units named by what they are): 271 of 278, 1 warned (a bed
    number); 273 with round 10's."""
    found, spans, warned = counted("round 9", ROUND_9_K + ROUND_9_L)
    assert len(ROUND_9_K) == len(ROUND_9_L) == 80
    assert spans == 278
    assert found >= 273
    assert warned <= 1


def test_round_ten_keeps_what_it_reached():
    """ROUND_10_M and ROUND_10_N (issue 14), from the guide alone, measured before any rule was
    written against them: with the rules of rounds 1 to 8, 210 of 234 spans (0.897), 4 of 80
    safe stories warned (5%); with round 9's, the same. Written against them (two capitalised
    words before a possessive, "Odell Barnes DOB", a house number before "Mount" or "View",
    "crisis house", "the only women's outreach worker", two capitalised words that no list
    knows, mid-sentence): 225 of 234, 3 warned (a bay number, two American places); 226 with
    round 11's."""
    found, spans, warned = counted("round 10", ROUND_10_M + ROUND_10_N)
    assert len(ROUND_10_M) == len(ROUND_10_N) == 80
    assert spans == 234
    assert found >= 226
    assert warned <= 3


def test_round_eleven_keeps_what_it_reached():
    """ROUND_11_O and ROUND_11_P (issue 14), from the guide alone, measured with the rules of
    rounds 1 to 10 before any rule was written against them: 277 of 305 spans (0.908), 9 of 80
    safe stories warned (11.2%); the rules of rounds 1 to 8 had found 269. Written against them
    (a name before "RTT", "R. Yazzie" after a full stop, references in slashes, "URN",
    "Lieutenant", "Rd", "a/l" and "binti", a name called out at a quote's start, "the Hindman
    satellite clinic", "Gapirri's 71"; nationalities, "Physics said", "the TSH was 18 months
    old", "reg."): 289 of 305, 6 warned (four for Inverness, a city of 47,000)."""
    found, spans, warned = counted("round 11", ROUND_11_O + ROUND_11_P)
    assert len(ROUND_11_O) == len(ROUND_11_P) == 80
    assert spans == 305
    assert found >= 289
    assert warned <= 6


def test_round_twelve_is_held_out():
    """ROUND_12_Q and ROUND_12_R (issue 14), from the guide alone, measured with the rules
    written against rounds 1 to 11, and nothing written against them: 215 of 228 spans (0.943),
    5 of 80 safe stories warned (6.2%); the rules of rounds 1 to 8 had found 212, 5 warned; with
    those written against rounds 13 to 15, the same. Its misses are not printed: like round 7,
    it is held out."""
    found, spans, warned = counted("round 12", ROUND_12_Q + ROUND_12_R, show=False)
    assert len(ROUND_12_Q) == len(ROUND_12_R) == 80
    assert spans == 228
    assert found >= 215
    assert warned <= 5


def test_round_thirteen_keeps_what_it_reached():
    """ROUND_13_S and ROUND_13_T (issue 14), from the guide alone, measured with the rules
    written against rounds 1 to 11 before any rule was written against them: 294 of 316 spans
    (0.930), 18 of 80 safe stories warned (22.5%): nine for the writer's city (Suva, 77,000
    people, a capital; Saskatoon, 266,000), two for a language, four for a role or a pronoun at
    a sentence's start ("Caller said", "She'd"), an eponym, a bay number, "after 2/7". Written
    against them (cities of 100,000 people or more and capitals where a place stands alone,
    languages, a name or title after an opening quote, an age after a name at a sentence's end
    or in years or months, seven-digit phone numbers with a space, "MCRN", "NRC", "Plot 2217",
    "out at", "settlement", "Villa"): 309 of 316, 1 warned (the bay number)."""
    found, spans, warned = counted("round 13", ROUND_13_S + ROUND_13_T)
    assert len(ROUND_13_S) == len(ROUND_13_T) == 80
    assert spans == 316
    assert found >= 309
    assert warned <= 1


def test_round_fourteen_keeps_what_it_reached():
    """ROUND_14_U and ROUND_14_V (issue 14), from the guide alone, measured with the rules
    written against rounds 1 to 11 and 13 before any rule was written against them: 309 of 328
    spans (0.942), 11 of 80 safe stories warned (13.8%); the landed rules of rounds 1 to 11 had
    found 308 and warned on 16. Written against them (a name before ", a 74-year-old" or
    "(58yo", "home to Nuvaqsiut", "from North Wickett", a big place of several words found in
    parts ("Dar es Salaam"), cities of 100,000 people or more of several words ("Thunder Bay"),
    units named by their specialty ("Burn unit", "Virtual ward"), "the Adults with Incapacity
    Act", "Standard 4", "Aotearoa", "Bi.", "Mawatha"): 317 of 328, 2 warned ("Devon", a county
    that is also a given name)."""
    found, spans, warned = counted("round 14", ROUND_14_U + ROUND_14_V)
    assert len(ROUND_14_U) == len(ROUND_14_V) == 80
    assert spans == 328
    assert found >= 317
    assert warned <= 2


def test_round_fifteen_keeps_what_it_reached():
    """ROUND_15_W and ROUND_15_X (issue 14), from the guide alone, measured with the rules
    written against rounds 1 to 11, 13 and 14 before any rule was written against them: 263 of
    274 spans (0.960), 11 of 80 safe stories warned (13.8%); the landed rules of rounds 1 to 11
    had found 260 and warned on 12. Written against them (a person before ", 46,", seven
    digits and two letters, "Ward Alwen", "Koro", "the cath lab at Qasimpur", a city's name
    that is also a name between commas ("the boy, Tama,"); "Hmong", "Bangla", "Far North
    Queensland", "Ensure Compact", "Landy's role method"): 269 of 274, 6 warned (two bed
    numbers, towns of under 100,000 people: "Inverness", "Rotorua" twice; "rural Kerry", a
    county that is also a given name). Towns of 40,000 people or more were tried: 9 fewer
    warnings over rounds 1 to 15, but 7 spans lost ("in San Isidro", "in Clifton")."""
    found, spans, warned = counted("round 15", ROUND_15_W + ROUND_15_X)
    assert len(ROUND_15_W) == len(ROUND_15_X) == 80
    assert spans == 274
    assert found >= 269
    assert warned <= 6


def test_round_sixteen_is_held_out():
    """ROUND_16_Y and ROUND_16_Z (issue 14), from the guide alone, measured once with the rules
    written against rounds 1 to 11 and 13 to 15, and nothing written against them: 302 of 315
    spans (0.959), 8 of 80 safe stories warned (10.0%), within both aims; the landed rules of
    rounds 1 to 11 had found 294 and warned on 10. Its misses are not printed: like rounds 7
    and 12, it is held out."""
    found, spans, warned = counted("round 16", ROUND_16_Y + ROUND_16_Z, show=False)
    assert len(ROUND_16_Y) == len(ROUND_16_Z) == 80
    assert spans == 315
    assert found >= 302
    assert warned <= 8


def test_round_eighteen_keeps_what_it_reached():
    """ROUND_18_A and ROUND_18_B (issue 14), from the guide alone, measured once with the rules
    of round 16 before anything was written against them: 220 of 244 spans (0.902), 2 of 80
    safe stories warned (2.5%). Written against (a given name before a possessive and a thing,
    "Tyrese's home address"; "Child was 5"; "employee no. 004417 instead of 004471"; "at Maitai
    Medical"; a sentence that starts "Orthotics clinic."): 225, 1 warned (for "bed 6" and "bed
    7")."""
    found, spans, warned = counted("round 18", ROUND_18_A + ROUND_18_B)
    assert len(ROUND_18_A) == len(ROUND_18_B) == 80
    assert spans == 244
    assert found >= 225
    assert warned <= 1


def test_round_nineteen_keeps_what_it_reached():
    """ROUND_19_C and ROUND_19_D (issue 14), from the guide alone, measured once with the same
    rules as round 18: 221 of 239 spans (0.925), 7 of 80 safe stories warned (8.8%), within
    both aims. Written against ("a woman everyone calls Birdie", "Paediatric dietitian,
    Dungarvan.", "at the Willowmere.", "custody record 41/88207/24", "at Burnett Coast
    Private", "Aseptic unit, Tuesday"): 229, 5 warned (bed and bay numbers in three)."""
    found, spans, warned = counted("round 19", ROUND_19_C + ROUND_19_D)
    assert len(ROUND_19_C) == len(ROUND_19_D) == 80
    assert spans == 239
    assert found >= 229
    assert warned <= 5


def test_round_twenty_is_the_latest_untouched_set():
    """ROUND_20_E and ROUND_20_F (issue 14), from the guide alone, measured once with the rules
    written against rounds 1 to 11, 13 to 15, 18 and 19, and nothing written against them: 203
    of 216 spans (0.940), 2 of 80 safe stories warned (2.5%), within both aims. Its misses are
    not printed."""
    found, spans, warned = counted("round 20", ROUND_20_E + ROUND_20_F, show=False)
    assert len(ROUND_20_E) == len(ROUND_20_F) == 80
    assert spans == 216
    assert found >= 203
    assert warned <= 2


def test_round_twenty_one_is_untouched_too():
    """ROUND_21_G and ROUND_21_H (issue 14), from the guide alone, measured once with the same
    rules as round 20: 162 of 169 spans (0.959), 4 of 80 safe stories warned (5%), within both
    aims. Rounds 20 and 21 together: 365 of 385 (0.948), 6 of 160 warned (3.8%). Its misses are
    not printed."""
    found, spans, warned = counted("round 21", ROUND_21_G + ROUND_21_H, show=False)
    assert len(ROUND_21_G) == len(ROUND_21_H) == 80
    assert spans == 169
    assert found >= 162
    assert warned <= 4


def test_round_seven_is_held_out():
    """ROUND_7_G and ROUND_7_H (issue 14), from the guide alone, measured untouched with the
    rules written against rounds 1 to 6: 274 of 314 spans (0.873), 20 of 80 safe stories
    warned (25%); with the rules written against round 8 (not against it), 275 and 18; with
    those written against round 9, 277 and 17; with round 10's, 281 and 18; with round 11's,
    283 and 18; with round 13's, 286 and 17; with round 14's, the same; with round 15's, 289 and
    16. It is the held-out
    set: its misses are not printed, so that a later change can be measured on it without
    having been written against it. The bound is the latest such figure."""
    found, spans, warned = counted("round 7", ROUND_7_G + ROUND_7_H, show=False)
    assert len(ROUND_7_G) == len(ROUND_7_H) == 80
    assert spans == 314
    assert found >= 289
    assert warned <= 16


def test_second_held_out_set_is_large_and_balanced():
    identifying = sum(1 for _, spans in HELD_OUT_2 if spans)
    assert len(HELD_OUT_2) >= 60
    assert 0.4 <= identifying / len(HELD_OUT_2) <= 0.6


@pytest.mark.parametrize(
    ("name", "data", "checked"),
    [
        pytest.param("corpus", CORPUS, True, id="corpus"),
        pytest.param("held out", HELD_OUT, False, id="held-out"),
        pytest.param("held out 2", HELD_OUT_2, True, id="held-out-2"),
        pytest.param("held out 3", HELD_OUT_3, False, id="held-out-3"),
    ],
)
def test_recall_and_safe_warning_rate(name, data, checked):
    """The issue's aims: recall of identifying spans >= 0.90, warnings on <= 10% of safe texts.
    Checked on the corpus and the second held-out set; the others are reported (``-s``)."""
    recall, warning_rate, misses = figures(data)
    print(f"\n{name}: span recall {recall:.3f}, safe-text warning rate {warning_rate:.3f}")
    for line in misses:
        print("  " + line)
    if checked:
        assert recall >= 0.90
        assert warning_rate <= 0.10
    if name == "corpus":  # the README says the check finds all of its own corpus
        assert misses == []


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
        ("word_name_mid_sentence", "I gave the pills to Faith before the round.", "Faith"),
        ("word_name_with_surname", "Will Adebayo was on nights with me.", "Will Adebayo"),
        ("month_name_in_apposition", "June, the patient in bed four, refused.", "June"),
        ("surname_with_relation", "Mbeki's husband rang twice.", "Mbeki"),
        ("lower_case_after_role", "I saw my patient kofi again.", "kofi"),
        ("listed_with_a_name", "Priya and Oduya were both on shift.", "Oduya"),
        ("accented", "Zoë never came back.", "Zoë"),
        ("accented_title", "Ms. Øvergaard asked for me.", "Ms. Øvergaard"),
        ("role_in_apposition", "The midwife, Nkemdirim, stayed late.", "Nkemdirim"),
        ("object_of_told", "I told Adeyinka the wrong result.", "Adeyinka"),
    ],
    "date": [
        ("day_month", "It was 14 March when I realised.", "14 March"),
        ("month_day_year", "On March 14th, 2023, I was on call.", "March 14th, 2023"),
        ("us_numeric", "Admitted 3/14/2023.", "3/14/2023"),
        ("iso", "Seen 2023-03-14 in clinic.", "2023-03-14"),
        ("on_the_ordinal", "I saw her on the 14th again.", "on the 14th"),
        ("month_day_short", "She came in on 2/17 with chest pain.", "2/17"),
        ("ordinal_of_month", "It was the 3rd of May.", "3rd of May"),
        ("holiday_and_year", "It was Christmas Eve 2020.", "Christmas Eve 2020"),
    ],
    "age": [
        ("hyphenated", "A 34-year-old man collapsed.", "34-year-old"),
        ("aged", "A man aged 72 fell.", "aged 72"),
        ("pronoun_was", "She was 16 at the time.", "She was 16"),
        ("yo", "34yo F with SOB.", "34yo"),
        ("y_slash_o", "A 34 y/o with chest pain.", "34 y/o"),
        ("months_old", "I examined a 7 month old baby.", "7 month old"),
        ("in_words_after_name", "Tom was six when I met him.", "six"),
        ("years_of_age", "A woman, 51 years of age, collapsed.", "51 years of age"),
    ],
    "phone": [
        ("uk_mobile", "Ring 07700 900123 if so.", "07700 900123"),
        ("us_brackets", "Call (555) 123-4567.", "(555) 123-4567"),
        ("international", "Text +44 7700 900456 please.", "+44 7700 900456"),
        ("short_local", "Call me on 555-0192 if the family ring.", "555-0192"),
        ("short_fax", "The ward fax is 4471-220.", "4471-220"),
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
        ("prefixed", "The incident was logged as INC-4471-B.", "INC-4471-B"),
        ("ticket", "See ticket #PX-20-118 for the details.", "PX-20-118"),
        ("slashed", "Claim ref AB/2291 was rejected.", "AB/2291"),
        ("room", "She was in room 4B.", "room 4B"),
    ],
    "facility": [
        ("saint_hospital", "I worked at St. Mary's Hospital.", "St. Mary's Hospital"),
        ("clinic", "Riverside Clinic was closed.", "Riverside Clinic"),
        ("school", "He went to Lincoln High School.", "Lincoln High School"),
        ("named_unit", "I moved to the Rosewood unit.", "Rosewood unit"),
        ("numbered_ward", "Ward 7B was full.", "Ward 7B"),
        ("saint_alone", "He was moved to St. Columba's overnight.", "St. Columba's"),
        ("elementary", "She attends Birch Hill Elementary.", "Birch Hill Elementary"),
        ("unit_at_name", "The ICU at Fernhill had no beds.", "Fernhill"),
        ("care_home", "He came from Sunnyside care home.", "Sunnyside"),
    ],
    "place": [
        ("street_address", "She lived at 42 Elm Street.", "42 Elm Street"),
        ("uk_postcode", "Postcode SW1A 1AA.", "SW1A 1AA"),
        ("zip", "They moved to 90210 last year.", "90210"),
        ("village_called", "It was a village called Thornbury.", "Thornbury"),
        ("little_place", "Everyone in Little Haven knew.", "Little Haven"),
        ("canadian_postcode", "Her postal code was K1A 0B1.", "K1A 0B1"),
        ("outside_small_town", "They farm outside Dunmanway.", "Dunmanway"),
        ("hyphenated_town", "He lived in Henley-on-Thames.", "Henley-on-Thames"),
        ("flat_number", "She lived in flat 9 above the shop.", "flat 9"),
    ],
    "url": [
        ("https", "See https://example.org/story for more.", "https://example.org/story"),
        ("www", "My blog is www.example.com now.", "www.example.com"),
        ("handle", "I'm @jane_doe elsewhere.", "@jane_doe"),
        ("handle_with_dot", "Message @sam.rn if you need to.", "@sam.rn"),
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

# Families of rounds 18 and 19 (issue 14), reworded.
POSITIVES["name"] += [
    ("possessive_thing", "I left Zaynab's inhaler in the car.", "Zaynab"),
    ("calls", "a man the whole ward calls Tiggy was waiting", "Tiggy"),
    ("called_after_age", "a 7-year-old called Oisin came in", "Oisin"),
]
POSITIVES["age"] += [("child_was", "We got there late. Child was 4.", "Child was 4")]
POSITIVES["record"] += [
    ("instead_of", "Filed under 552190 instead of 552109.", "552109"),
    ("custody_record", "The custody record 22/10931/25 said nothing.", "22/10931/25"),
    ("employee_no", "His employee no. 778120 was on it.", "778120"),
]
POSITIVES["facility"] += [
    ("medical", "Her GP at Kowhai Medical rang.", "Kowhai Medical"),
    ("private", "Scrub nurse at Tarrant Hills Private. I was", "Tarrant Hills Private"),
    ("at_the_one_word", "Night carer at the Hollyfield. I was", "Hollyfield"),
]
POSITIVES["place"] += [("role_comma_town", "Physio, Tullabeg. I was", "Tullabeg")]

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
        "In May the rota changed.",
        "She flew home to Jordan.",
        "June and July were hard months.",
        "In March 2020 everything changed.",
    ],
    "words_that_are_also_names": [
        "Hope is not a plan.",
        "Will she be safe at home?",
        "Mark the time on the bag.",
        "Grace periods do not apply.",
        "Faith in the rota let me down.",
        "May I add something?",
        "Bill the insurer later.",
        "Summer rotations are hard.",
    ],
    "brand_names_and_departments": [
        "I mixed up Keppra and Keflex.",
        "We gave Zofran and it helped.",
        "The Pyxis was locked, so I rang Pharmacy.",
        "I rang Radiology twice, then told Security.",
    ],
    "times_counts_and_scores": [
        "At 3:15 the alarm went off.",
        "She had 2 of 4 doses.",
        "The pain was 9/10 by then.",
        "We called 999 and then 111.",
        "She was 34 weeks pregnant.",
    ],
    "numbers_that_are_not_references": [
        "We gave 100-1000 mg over the day.",
        "Between 1990-2001 I worked nights.",
        "Her ICD-10 code and the DSM-5 criteria did not match.",
        "COVID-19 wards were short of staff.",
        "The NEWS2 score was 7 and the SpO2 was 88%.",
        "It was 2-3 days later, on a 12-hour shift.",
    ],
    "not_people": [
        "Dr. Google said it was cancer.",
        "Father Christmas came to the ward.",
        "Atul Gawande's book changed how I work.",
        "Like Florence Nightingale, I kept notes.",
    ],
}

NEGATIVES["specialties_and_eponyms"] = [
    "I hung a bag of Hartmann's before the bloods came back.",
    "Orthotics clinic. I fitted the wrong brace.",
    "Pacing clinic, Monday.",
    "Kernig's and Brudzinski's signs were negative.",
    "We gave 10000 units instead of 1000 units.",
]

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
        pytest.param("Cafe\u0301 nai\u0308ve ", id="combining-accents"),
        pytest.param("שלום עולם ", id="hebrew-rtl"),
        pytest.param("\u202eمرحبا\u202c ", id="arabic-rtl-override"),
        pytest.param("\x00\x00 ", id="nul"),
        pytest.param("𝒜𝓁𝓅𝒽𝒶 𝟙𝟚𝟛 😀 ", id="astral"),
        pytest.param("İstanbul ", id="lower-case-grows"),
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
        pytest.param("```\nMRN 4471823 for Mrs. Alvarez\n```\nThat was it.", id="fence"),
        pytest.param("~~~text\ncall 07700 900123\n~~~", id="tilde-fence"),
        pytest.param("Some code:\n\n    bed 12 = Mrs. Alvarez\n    MRN 4471823\n", id="indented"),
        pytest.param("The note said `Mrs. Alvarez, MRN 4471823`.", id="inline-code"),
    ],
)
def test_code_is_not_scanned(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "> Mrs. Alvarez said the MRN 4471823 was wrong.\n\nI agree.",
            ["Mrs. Alvarez", "MRN 4471823"],
            id="chart-note",
        ),
        pytest.param("  > quoted by Dr Okafor\n>> nested: hi Tasha,", ["Dr Okafor", "Tasha"]),
        pytest.param("> Dear Mr Kowalczyk,\n> Re your son, 3 March 2024.", ["Mr Kowalczyk"]),
    ],
)
def test_quotes_are_scanned(text, found):
    """A quote of a chart note, an e-mail or a letter carries names as readily as the story."""
    assert [text[f.start : f.end] for f in scan(text)][: len(found)] == found


def test_a_quote_of_a_known_post_is_not_scanned_again():
    story = "Mrs Okafor was 84 and I gave her the wrong dose.\n\nI still think about it."
    reply = (
        "> [**Quiet Heron** wrote](/p/aB3dE5fG7h):\n>\n> Mrs Okafor was 84 and I gave her the"
        " **wrong** dose.\n\nSo did I, years ago, for Mr Haddad."
    )
    assert [reply[f.start : f.end] for f in scan(reply, known=[story])] == ["Mr Haddad"]
    # Without the story, the quote is new text: its name and age are found.
    assert [reply[f.start : f.end] for f in scan(reply)] == ["Mrs Okafor", "84", "Mr Haddad"]


def test_only_the_quoted_lines_that_reproduce_a_known_post_are_skipped():
    story = "The night was long and I was alone."
    reply = "> The night was long\n> and Mrs Okafor was my patient\n\nI know that feeling."
    assert [reply[f.start : f.end] for f in scan(reply, known=[story])] == ["Mrs Okafor"]


def test_offsets_after_skipped_blocks_refer_to_the_original_text():
    text = "> Dr Okafor said so.\n```\nbed 12\n```\n🙂 Then Mrs. Alvarez, aged 72, arrived."
    findings = scan(text, known=["Dr Okafor said so."])
    assert [(text[f.start : f.end], f.kind) for f in findings] == [
        ("Mrs. Alvarez", "name"),
        ("aged 72", "age"),
    ]


@pytest.mark.parametrize(
    ("text", "found", "kind"),
    [
        # Issue 14's families, each in words of our own.
        ("I rang the Adeyemis to apologise.", "Adeyemis", "name"),
        ("The Kowalskis were lovely about it.", "Kowalskis", "name"),
        ("I was agency at the Hollies for a month.", "Hollies", "facility"),
        ("Morning Priya, the obs were late again.", "Priya", "name"),
        ("Sorry Deshawn if you ever read this.", "Deshawn", "name"),
        ("A farm just outside Kilmarnock Vale.", "Kilmarnock Vale", "place"),
        ("She had walked from Ballymena that morning.", "Ballymena", "place"),
        ("I was on placement at Ashgrove Lodge then.", "Ashgrove Lodge", "facility"),
        ("I was the nurse at HMP Fernleigh that week.", "HMP Fernleigh", "facility"),
        ("We met at Parkside Dental every month.", "Parkside Dental", "facility"),
        ("Mrs Oduya was 93 and very frail.", "93", "age"),
        ("Call the ward on ext 5521.", "ext 5521", "phone"),
        ("It went in as Datix 55-0192.", "Datix 55-0192", "record"),
        ("Incident ref 2291-0044 is mine.", "2291-0044", "record"),
        ("My PIN is 12A3456B, so you know it's real.", "12A3456B", "record"),
        ("His licence was DL-TR-44120.", "DL-TR-44120", "record"),
        ("> 21/07 04:15 refused obs.", "21/07 04:15", "date"),
        ("She saw Mr Ellis on the ward round.", "Mr Ellis", "name"),
        ("We were on the Larkhill estate by then.", "Larkhill estate", "place"),
        ("I was crewed out of Ardmore station.", "Ardmore station", "facility"),
        (
            "Someone filmed it: vimeo.com/33172/clip and it's still up.",
            "vimeo.com/33172/clip",
            "url",
        ),
        ("> Cubicle 8 - Mrs J Pemberton ?UTI", "Mrs J Pemberton", "name"),
        ("Her CHI 2204981137 was on every form.", "CHI 2204981137", "record"),
        ("Hosp no. QK4-771023 on the wristband.", "QK4-771023", "record"),
        ("The house at 4 Cedar Rise was locked.", "4 Cedar Rise", "place"),
        ("Relief crew working out of Ballycastle that week.", "Ballycastle", "place"),
        ("Year 9 pupil Keeley, 13, had her pen.", "Keeley", "name"),
        ("> Re: Doreen Clatworthy, DOB on file", "Doreen Clatworthy", "name"),
        ("> From: Aroha Ngata, MSW", "Aroha Ngata", "name"),
        ("Preferred home: Birch Hollow Lodge, Kinmount", "Kinmount", "place"),
        ("I work at Fernside Physiotherapy now.", "Fernside Physiotherapy", "facility"),
        ("Her RSW #40921 was on the letter.", "RSW #40921", "record"),
        ("Next appt 14/09, I wrote.", "14/09", "date"),
        ("Subject: 3mo with a rash", "3mo", "age"),
        ("Thandiwe, 9, was due her inhaler.", "Thandiwe", "name"),
        ("- Pt: Oskar Lindqvist, 81", "81", "age"),
        ("> ring me before your shift. Carol x", "Carol", "name"),
        ("I told the Mahlangu family myself.", "Mahlangu", "name"),
        ("> Kia ora Whaea Ngaire,", "Whaea Ngaire", "name"),
        ("Inmate Castellanos was due his insulin.", "Castellanos", "name"),
        ("> Progress note 14/3: refused dinner.", "14/3", "date"),
        # Round 4's families, each in words written for this test.
        ("Mdm Tan Soo Lin was on the 3rd floor.", "Mdm Tan", "name"),
        ("> Ma'am Cora, pls review the drip", "Cora", "name"),
        ("We called Mang Romeo back an hour later.", "Mang Romeo", "name"),
        ("Baba Adewale refused the second dose.", "Baba Adewale", "name"),
        ("pt Delgado desatted overnight", "Delgado", "name"),
        ("His name was Torvald Brekke and I still remember it.", "Torvald Brekke", "name"),
        ("Two men were called Hollis on that landing.", "Hollis", "name"),
        ("Thanks for listening.\n\n— Maricel, RN", "Maricel", "name"),
        ("I gave a 6yo, Brantley, the wrong syrup.", "Brantley", "name"),
        ("His prison number, K4410QT, was on the chart.", "K4410QT", "record"),
        ("Her NRIC T0412269B was on the form.", "T0412269B", "record"),
        ("The agency case was 23-1187-SW.", "23-1187-SW", "record"),
        ("Her ID number, 9001015009087, was on the note.", "9001015009087", "record"),
        ("He came back with an NSTEMI (MRN 00731944).", "00731944", "record"),
        ("His wife rang the ward on 6712 3309 every evening.", "6712 3309", "phone"),
        ("The link was meet.us/r/ab12cd34 for the session.", "meet.us/r/ab12cd34", "url"),
        ("A farmer from out past Wirrabee Creek came in.", "Wirrabee Creek", "place"),
        ("Half of Dunmore Springs knew by Friday.", "Dunmore Springs", "place"),
        ("I posted it to 7 Tollbooth Wynd by mistake.", "Tollbooth Wynd", "place"),
        (
            "I was a student at the University of Kestrelmoor.",
            "University of Kestrelmoor",
            "facility",
        ),
        # Round 5's families.
        ("- Dad: Corwin Ashgrove\n- Baby: Juniper Ashgrove", "Corwin Ashgrove", "name"),
        ("The visit was at V94 T2X7 in the morning.", "V94 T2X7", "place"),
        ("His son called from 0321-5567890 twice.", "0321-5567890", "phone"),
        ("Her file was MR# 55-2210 on the ward.", "55", "record"),
        ("I signed as LPN 551902 on the form.", "551902", "record"),
        ("I was on 4 West that night.", "4 West", "facility"),
        ("He was taken to Hospital Permai Indah by car.", "Hospital Permai Indah", "facility"),
        ("We were sent to Jalan Kenari for a fall.", "Jalan Kenari", "place"),
        ("Her address was Rampur Nagar, by the mill.", "Rampur Nagar", "place"),
        ("The resident, 91, had a fall at night.", "91", "age"),
        ("> 1. Joginder Pal, 61M, lap chole", "61M", "age"),
        # Round 6's families.
        ("Her card said 0512877K at the top.", "0512877K", "record"),
        ("The court file was 2022JV000318 that week.", "2022JV000318", "record"),
        ("The run number was 22-004871 on the sheet.", "22-004871", "record"),
        ("> BHT no 5512/23, bed 7", "5512/23", "record"),
        ("She texted from 1-868-622-4410 at midnight.", "1-868-622-4410", "phone"),
        ("> Reg bleeped on 4471, no answer.", "4471", "phone"),
        ("We met again on Thursday 19th as planned.", "Thursday 19th", "date"),
        ("I was covering Ward D4 on my own.", "Ward D4", "facility"),
        ("I dated Nerissa Boodram-Singh wrongly.", "Nerissa Boodram-Singh", "name"),
        ("> hey its Tamika, can u call me", "Tamika", "name"),
        ("> Adresse : 12, rue des Peupliers", "rue des Peupliers", "place"),
        ("We left Gogo Rudo her tablets.", "Gogo Rudo", "name"),
        ("A carer at a home in Agathe Parish.", "Agathe Parish", "place"),
        ("I am the only audiologist at the Eastbrook clinic.", "the only audiologist", "self"),
        # Round 8's families.
        ("We sent the crew to Ate Lorna first.", "Ate Lorna", "name"),
        ("I dispensed it to Alhaji Musa by mistake.", "Alhaji Musa", "name"),
        ("Her IC was 810512-14-5523 on the form.", "810512-14-5523", "record"),
        ("The note was dated 14/07 in the file.", "14/07", "date"),
        ("Inmate Dion Carter, DOC #551920, was next.", "551920", "record"),
        ("He lived on Tregenna Farm with his son.", "Tregenna Farm", "place"),
        ("I was on 3 North at Oakmere Regional that night.", "Oakmere Regional", "facility"),
        ("I patched the wrong eye on Mira, aged 4, that day.", "Mira", "name"),
        ("Our McDonald family were lovely.", "McDonald", "name"),
        # Round 9's.
        ("Subject: Re: Haemolysed K+ for J. Bennell", "J. Bennell", "name"),
        ("> Aroha mai - Tania Whaanga, RN", "Tania Whaanga", "name"),
        ("> 0400 Rawiri Paewai, NHI ZAB4417, sedation held.", "Rawiri Paewai", "name"),
        ("The file was ref CHO7-SLT-20418, not mine.", "CHO7-SLT-20418", "record"),
        ("Their flat at Blk 88 was on the fourth floor.", "Blk 88", "place"),
        ("A crush injury on the farm above Pentre Gwynfa.", "Pentre Gwynfa", "place"),
        ("The plan went to Scoil Naomh Éanna by mistake.", "Scoil Naomh Éanna", "facility"),
        ("Your mam Eirlys held your hand.", "Eirlys", "name"),
        ("One of the kids, Omkar, carried the bag.", "Omkar", "name"),
        ("I met Barasa, the deputy, after class.", "Barasa", "name"),
        ("> You said 2pm. - Lwazi", "Lwazi", "name"),
        ("I gave Oom Koos le Roux the wrong box.", "Oom Koos", "name"),
        ("She came to Sahyadri Foot & Wound Clinic.", "Sahyadri", "facility"),
        ("Mrs Ashby of Tamarack Corners was on warfarin.", "Tamarack Corners", "place"),
        # Round 10's.
        ("I missed a DVT on Darlene Auger's calf.", "Darlene Auger", "name"),
        ("Called Elikem's mother back.", "Elikem", "name"),
        ("> Subject: Fundus images - Odell Barnes DOB 2/19/1958", "Odell Barnes", "name"),
        ("Visited Mrs Bashir at 22 Hawthorn Mount to do bloods.", "22 Hawthorn Mount", "place"),
        ("> Its Siobhan from the Glenowen crisis house.", "Glenowen crisis house", "facility"),
        ("I left a syringe driver for Bronwyn Harcourt.", "Bronwyn Harcourt", "name"),
        ("I closed the file on Tyrese Whitfield too early.", "Tyrese Whitfield", "name"),
        ("Went back out to Kinosew Flats that evening.", "Kinosew Flats", "place"),
        ("At the Botika ng Barangay San Roque I gave the wrong box.", "Barangay San", "place"),
        ("I'm the only women's outreach worker at the project.", "only women's", "self"),
        # Round 11's.
        ("> Reported to physics. - Chantal Thibodeau, RTT", "Chantal Thibodeau", "name"),
        ("> Fx3 omitted, MRN 7730142. R. Yazzie RTT", "R. Yazzie", "name"),
        ("PSI complaint ref PSI/C/23/0582 came back.", "PSI/C/23/0582", "record"),
        ("> The couch shift for URN 004418-Q was applied twice.", "URN 004418", "record"),
        ("Lieutenant Begay found him on his bunk.", "Lieutenant Begay", "name"),
        ("Covering a weekend on East Ocotillo Rd.", "Ocotillo Rd", "place"),
        ("I signed that Muthusamy a/l Rajendran had his meds.", "Muthusamy a/l Rajendran", "name"),
        ("> Gaz, need ur statement by fri.", "Gaz", "name"),
        ("In the parking lot of the Hindman satellite clinic.", "Hindman", "facility"),
        ("I rang Mrs Tuilagi's son; Mrs Tuilagi's 71 and lives alone.", "71", "age"),
        ("CPSA reg. 028841 - that's me.", "028841", "record"),
        # "item 10910" is an amount (round 5); "ZIP code 10027" is still a ZIP code.
        ("The address had ZIP code 10027 on it.", "10027", "place"),
        ("I emailed Tan Wei Ling the wrong letter.", "Tan Wei Ling", "name"),
        # Round 13's.
        ("The email said 'Mrs Dunleavy in side room is colonised'.", "Mrs Dunleavy", "name"),
        ("> hi its Trina, 'Callum's chest is still tight'", "Callum", "name"),
        ("Client: Corey Abernethy, 23. The other chart was open.", "23", "age"),
        ("> Ishimwe Aline, 19 yrs, G1, 39 wks", "19 yrs", "age"),
        ("Bríd, aged 8 months, was vomiting by teatime.", "Bríd", "name"),
        ("I rang her granddaughter on 992 4817 at 3am.", "992 4817", "phone"),
        ("I signed it with my MCRN 421187 underneath.", "MCRN 421187", "record"),
        ("Her NRC 441902/10/1 was on the slip.", "441902/10", "record"),
        ("The address was Plot 2217, Kabwelume Extension.", "Plot 2217", "place"),
        ("The right mum lives out at Kettlebrook.", "Kettlebrook", "place"),
        ("They went home to Navualevu settlement.", "Navualevu settlement", "place"),
        ("Wheatland Villa has since moved to bedside charting.", "Wheatland Villa", "facility"),
        # A city's name (Vista, California) may still start a facility's.
        ("I'm a CNA at Vista del Sol Rehab.", "Vista del Sol", "facility"),
        # Round 14's.
        ("Tomás Ferris, a 74-year-old on home rehab, got a call.", "Tomás Ferris", "name"),
        ("Week 4. Bevan (58yo, post-CABG) asked about the bike.", "Bevan", "name"),
        ("She flew home to Nuvaqsiut the next morning.", "Nuvaqsiut", "place"),
        ("A stroke call for a man from North Wickett.", "North Wickett", "place"),
        ("Bi. Mwanaisha Hamisi was given the loading dose.", "Mwanaisha Hamisi", "name"),
        ("She lived at No. 42/3, Siyambalagaha Mawatha.", "Siyambalagaha Mawatha", "place"),
        # Round 15's.
        ("The caller was a dairy farmer, 46, with a rifle.", "46", "age"),
        ("I didn't check his PPSN 8841027KA first.", "8841027KA", "record"),
        ("She was moved to Ward Alwen overnight.", "Ward Alwen", "facility"),
        ("Koro Tipene was on twice-daily insulin.", "Koro Tipene", "name"),
        ("We had him in our cath lab at Qasimpur.", "Qasimpur", "facility"),
        ("A Year 8 boy, Tama, told me on a Friday.", "Tama", "name"),
    ],
)
def test_issue_14_families(text, found, kind):
    spans = [(text[f.start : f.end], f.kind) for f in scan(text)]
    assert any(found in span and span_kind == kind for span, span_kind in spans), spans


@pytest.mark.parametrize(
    "text",
    [
        "We followed the Sepsis Six and still lost him.",
        "We switched her from Zoloft to Lexapro too fast.",
        "I moved from Ontario to work in Manchester.",
        "I gave her the Samaritans number and nothing else.",
        "She came back from Paeds with the wrong notes.",
        "The Olympics were on and the ward was empty.",
        "Carl Rogers would have said I stopped listening.",
        "We were at Tesco when the bleep went.",
        "Neonatal nurse, Band 6, on nights.",
        "Postnatal ward, nights, and I was alone.",
        "I wrote it up with the Gibbs cycle for supervision.",
        "My mentor caught it at the next visit.",
        "Dental hygienist in British Columbia, ten years in.",
        "Hospital pharmacist in South Australia, on a late.",
        "GP in Hamilton; I missed it.",
        "Pharmacist, Durban. I misread it.",
        "By Friday, 12 of us had signed the letter.",
        "> To: the whole team\n> Re: Handover at 8\nI sent it anyway.",
        # Round 4's look-alikes: big cities (GeoNames, 300,000 people or more) and regions,
        # a category after a role, universities named by a big city or a subject, codes.
        "Pharmacist in Ibadan. I misread the script.",
        "Staff nurse at a Leeds hospital for ten years.",
        "Prison nurse, Cat B. I missed the dose.",
        "F2 doing GP in the Valleys. I skipped the exam.",
        "I trained at the University of Toronto.",
        "The Royal College of Nursing sent guidance.",
        "We gave B12 and checked NG51 again.",
        "She was on 1200 mg daily.",
        # Round 5's: regions (ISO 3166-2), systems one writes in, languages, a drug before its
        # dose, a billing item, a thing's age, a clinic named by what it treats, an eponym.
        "Paramedic in Selangor. I missed the sepsis.",
        "I documented it in RiskMan and told my manager.",
        "The handout was only in Marathi and English.",
        "Policy says two staff for every hoist transfer.",
        "Her partner couldn't open the kit.",
        "I gave a resident her evening Quetiapine 25 mg twice.",
        "I billed item 10910 for the exam.",
        "I worked from a care plan that was two years old.",
        "Diabetes clinic in a teaching hospital. I gave the wrong plan.",
        "The clinic had run out of Doppler gel.",
        # Round 6's: a region of two words, a country of two names, faiths, a system.
        "Hospice nurse in Mashonaland East. I misjudged the dose.",
        "Paramedic in Trinidad. I missed the sepsis.",
        "We prayed with a Muslim family that night.",
        "The leaflet was in Sinhala and English.",
        "I charted it in Epic and went home.",
        # Round 8's: a product of two capitalised parts, a big city of two words.
        "I charted it in OneSchool before lunch.",
        "I entered it in PowerChart.",
        "Staff nurse in Kuala Lumpur. I gave the wrong dose.",
        # Round 9's: a lower-case role after "child", a language, a school class, units
        # named by what they are at a sentence's start or after "a", a list item.
        "I should have gone to our child protection lead first.",
        "The screen hadn't been validated in Dholuo.",
        "A boy in Class 9 told me about home.",
        "I give written instructions now, in Welsh and English.",
        "Female ward, government hospital, two nurses on nights.",
        "Phlebotomy clinic in a Highland health centre, one day a week.",
        "## Nail surgery gone sideways\nSmall practice in Ohio.",
        "A. Assess the airway.\nB. Breathing.",
        # Round 10's: a sentence's first word is not a name, a camel-cased product, a unit
        # named by what it is, "Tom Green" is not a street.
        "Provincial hospital in the Philippines, one suction unit.",
        "It alarmed on the monitor Philips IntelliVue twice.",
        # Round 11's: a nationality, a department that speaks, a lab's age, a role before a
        # name is not part of it.
        "Radiation therapist, Irish cancer centre. The mask was loose.",
        "Physics said the dose difference was within tolerance.",
        "I renewed it without noticing the TSH was 18 months old.",
        # Round 13's: a capital or a city of 100,000 people or more where a place stands
        # alone, languages, roles and pronouns at a sentence's start, an eponym, shorthand.
        "Stoma nurse, Suva. I taught the wrong routine.",
        "RN in a long-term care home in Saskatoon. I gave the metformin.",
        "I now have a printed card in Kinyarwanda and English.",
        "Parent said he'd 'failed'. Caller said she was fine.",
        "Pt's daughter noticed. She'd said no a month earlier.",
        "I didn't do Fraser competence or the safeguarding screen.",
        "X-ray showed a hip fracture after 2/7.",
        # Round 14's: big places of several words, a specialty's unit, a law, a school year.
        "Home-based care in Dar es Salaam in the hot season.",
        "Audiology clinic in Thunder Bay. I skipped the otoscope.",
        "Burn unit, nights. Virtual ward by day.",
        "I didn't document it under the Adults with Incapacity Act.",
        "A girl in Standard 4 was referred after a road accident.",
        "Third-year midwifery student in Aotearoa.",
        "I moved from North Wales, then went home to Saskatoon.",
        # Round 15's: languages, a region, a product, a method named after its author.
        "A Hmong family asked; she said it in Bangla.",
        "Wound care nurse in Far North Queensland.",
        "I wrote Ensure Plus when I meant Ensure Compact.",
        "I was trained in Landy's role method.",
        "Ward Round at 9, and the Ward Clerk rang.",
        "We gave 100000IU of vitamin D.",
        "Drop-in clinic, Friday night. I wrote up pregabalin.",
    ],
)
def test_issue_14_lookalikes_stay_quiet(text):
    assert scan(text) == []


def test_module_imports_only_the_standard_library():
    package = Path(identifiers.__file__).parent
    modules = (
        "identifiers.py",
        "_identifier_names.py",
        "_identifier_places.py",
        "_identifier_text.py",
        "_identifier_patterns.py",
        "_identifier_lookback.py",
        "_words.py",
    )
    for path in (package / name for name in modules):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                # Its own modules, and the pure mask shared with the guard.
                if node.level or (node.module or "").startswith(
                    ("forum.anonymity", "forum.textmask")
                ):
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


def test_a_name_with_a_combining_accent_is_found_whole():
    text = "Then Chloe\u0301 asked me why, and Mr. O\u0308zdemir nodded."
    assert [text[f.start : f.end] for f in scan(text)] == ["Chloe\u0301", "Mr. O\u0308zdemir"]


def test_nul_and_astral_characters_inside_the_text():
    text = "\x00Mrs. Alvarez\x00🩺 aged 72 𝐌𝐫𝐬. then Dr Okafor\x00."
    assert [(text[f.start : f.end], f.kind) for f in scan(text)] == [
        ("Mrs. Alvarez", "name"),
        ("aged 72", "age"),
        ("Dr Okafor", "name"),
    ]


def test_findings_do_not_depend_on_what_comes_before():
    lead = "👩🏽‍⚕️ A long night.\n\n> quoted: it was a long night\n\n"
    for text, _ in CORPUS + HELD_OUT + HELD_OUT_2:
        alone = [(f.start, f.end, f.kind) for f in scan(text)]
        after = [(f.start - len(lead), f.end - len(lead), f.kind) for f in scan(lead + text)]
        assert after == alone, text


def test_modules_stay_small():
    package = Path(identifiers.__file__).parent
    for name in (
        "identifiers.py",
        "_identifier_names.py",
        "_identifier_places.py",
        "_identifier_text.py",
        "_identifier_patterns.py",
        "_identifier_lookback.py",
    ):
        assert len((package / name).read_text(encoding="utf-8").splitlines()) < 400, name


def test_inline_code_is_not_scanned_either():
    assert scan("The form field is `Jonathan Price` in the template.") == []
    assert [f.kind for f in scan("Jonathan Price, not `code`.")] == ["name"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("My client Tasha missed a session.", "my client"),
        ("Mrs Okafor was the patient I missed.", "the patient"),
        ("I told Doris, a resident here, to wait.", "the resident"),
        ("Dr Chen told me off, fairly.", "a colleague"),
        ("Jonathan Price taught me this.", "the patient"),
    ],
)
def test_a_name_message_suggests_a_role_the_story_uses(text, role):
    """Issue 14: a nurse's story is not told to write "my client"."""
    (finding,) = [f for f in scan(text) if f.kind == "name"]
    assert f"like “{role}”" in finding.message
