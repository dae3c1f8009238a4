"""forum.moderation.guard.scan: corpus figures, one case per rule family and per hard-negative
family, exact offsets, skipped quotes and code, explainable findings, purity and edge cases."""

from __future__ import annotations

import ast
import dataclasses
import re
import sys
from pathlib import Path

import pytest

from forum.moderation import _guard_patterns, guard
from forum.moderation.guard import Finding, scan
from tests.moderation.guard_corpus import CORPUS, HARD_NEGATIVES, HELD_OUT, INTERROGATING
from tests.moderation.guard_round1 import ROUND_1
from tests.moderation.guard_round2 import ROUND_2_A, ROUND_2_B
from tests.moderation.guard_round3 import ROUND_3
from tests.moderation.guard_round4 import ROUND_4_A, ROUND_4_B
from tests.moderation.guard_round5 import ROUND_5_C, ROUND_5_D
from tests.moderation.guard_round6 import ROUND_6_E, ROUND_6_F
from tests.moderation.guard_round7 import ROUND_7_G, ROUND_7_H
from tests.moderation.guard_round8 import ROUND_8_I, ROUND_8_J
from tests.moderation.guard_round9 import ROUND_9_K, ROUND_9_L
from tests.moderation.guard_round10 import ROUND_10_M, ROUND_10_N
from tests.moderation.guard_round11 import ROUND_11_O, ROUND_11_P
from tests.moderation.guard_round12 import ROUND_12_Q, ROUND_12_R
from tests.moderation.guard_round13 import ROUND_13_S, ROUND_13_T
from tests.moderation.guard_round14 import ROUND_14_U, ROUND_14_V
from tests.moderation.guard_round15 import ROUND_15_W, ROUND_15_X
from tests.moderation.guard_round16 import ROUND_16_Y, ROUND_16_Z
from tests.moderation.guard_round17 import ROUND_17_A, ROUND_17_B, ROUND_17_C, ROUND_17_D
from tests.moderation.guard_round18 import ROUND_18_A, ROUND_18_B
from tests.moderation.guard_round19 import ROUND_19_C, ROUND_19_D
from tests.moderation.guard_round20 import ROUND_20_E, ROUND_20_F
from tests.moderation.guard_round21 import ROUND_21_G, ROUND_21_H

FAMILIES = {"why", "counterfactual", "rhetorical", "veiled", "verdict"}


def figures(data) -> tuple[float, float, float, list[str]]:
    """Reply-level recall and precision, and the share of acceptable replies held."""
    caught = missed = held = passed = 0
    notes: list[str] = []
    for text, phrase in data:
        findings = scan(text)
        if phrase is None:
            held += bool(findings)
            passed += not findings
            if findings:
                notes.append(f"held: {text!r} {[(f.phrase, f.rule) for f in findings]}")
        elif findings:
            caught += 1
        else:
            missed += 1
            notes.append(f"missed: {text!r}")
    precision = caught / (caught + held) if caught + held else 1.0
    return caught / (caught + missed), precision, held / (held + passed), notes


def counted(name: str, data, show: bool = True) -> tuple[int, int]:
    """How many judging replies of a round were caught and how many acceptable ones held,
    with the figures and the misses printed (not for the held-out round)."""
    recall, precision, held, notes = figures(data)
    if show:
        print(f"\n{name}: recall {recall:.3f}, precision {precision:.3f}, held {held:.1%}")
        print("\n".join(notes))
    judging = sum(phrase is not None for _, phrase in data)
    return round(recall * judging), round(held * (len(data) - judging))


def overlapping(text: str, phrase: str) -> list[Finding]:
    start = text.index(phrase)
    end = start + len(phrase)
    return [f for f in scan(text) if f.start < end and start < f.end]


# --- the labeled corpus -----------------------------------------------------------------------


def test_corpus_shape():
    labels = [phrase is None for _, phrase in CORPUS]
    assert len(CORPUS) >= 150
    assert any(labels) and not all(labels)
    assert len(HARD_NEGATIVES) >= 50
    assert len(HELD_OUT) >= 60
    assert {phrase is None for _, phrase in HELD_OUT} == {True, False}
    for text, phrase in CORPUS + HELD_OUT:
        assert phrase is None or phrase in text


def test_the_tuning_corpus_meets_the_issue_thresholds():
    recall, precision, held, notes = figures(CORPUS)
    print(f"\ntuning corpus: recall {recall:.3f}, precision {precision:.3f}, held {held:.1%}")
    print("\n".join(notes))
    assert recall >= 0.95
    assert precision >= 0.95
    assert held <= 0.03


def test_the_held_out_set_keeps_what_it_reached():
    """HELD_OUT was written before any rule and first measured untouched: 34 of 36 caught
    (recall 0.944), none of 34 acceptable replies held. Rules tuned on the tuning corpus then
    caught one more; a "why not ... at the time" rule, added after seeing the other miss,
    caught the last. The bound below is the untouched figure, not the tuned one."""
    recall, precision, held, notes = figures(HELD_OUT)
    print(f"\nheld out: recall {recall:.3f}, precision {precision:.3f}, held {held:.1%}")
    print("\n".join(notes))
    assert recall >= 34 / 36
    assert held == 0


def test_round_one_keeps_what_it_reached():
    """ROUND_1 (issue 14) was written by someone who never saw the rules. Untouched: recall
    0.400 (34 of 85), precision 0.919, 3 of 85 acceptable replies held, all three "you should
    have seen me in my first year…"; the "seen me" idiom then left them alone. The structural
    rules of round 2 (passive counterfactuals, verdicts, veiled and condescending lines) were
    written against its misses: 84 of 85. It is now a tuning set; the bound keeps what it
    reached, so a change that loses ground fails. Untouched figures come from later rounds.
    With the model, 85."""
    caught, held = counted("round 1", ROUND_1)
    assert len(ROUND_1) == 170
    assert caught >= 85
    assert held == 0


def test_round_two_keeps_what_it_reached():
    """ROUND_2_A and ROUND_2_B (issue 14) were written from a guide alone. Untouched: A 19 of
    45 (recall 0.422) with round 1's rules; B 25 of 45 (0.556) with the rules written against
    A's misses; neither held an acceptable reply. The rules written against both then caught
    85 of 90. Now a tuning set: the bound keeps what it reached. Since the sentence model
    learned round 4, it held one acceptable reply here ("The prescriber ought to have
    written the indication on the script", which blames the prescriber, not the author).
    Retrained with round 13 and a step of 8: 90, none held. At the threshold of 0.75, trained
    with rounds 18 and 19 (2026-12-07), it holds the prescriber's reply again."""
    caught, held = counted("round 2", ROUND_2_A + ROUND_2_B)
    assert len(ROUND_2_A) == len(ROUND_2_B) == 90
    assert caught >= 90
    assert held <= 1


def test_round_three_keeps_what_it_reached():
    """ROUND_3 (issue 14), written from the guide alone: untouched, with the rules of rounds 1 and
    2, it caught 41 of 80 (recall 0.512), precision 0.976, and held 1 of 80 acceptable replies
    ("this was avoidable, by the department"). The rules written against its misses: 59 of 80, none
    held; with the sentence model, which learned it: 75 of 80. Retrained with round 13 and a step of
    8: 80."""
    caught, held = counted("round 3", ROUND_3)
    assert len(ROUND_3) == 160
    assert caught >= 80
    assert held == 0


def test_round_four_keeps_what_it_reached():
    """ROUND_4_A and ROUND_4_B (issue 14), written from the guide alone by two helpers, were
    measured before anything was written or trained against them. The phrase rules of rounds 1
    to 3 alone: 42 of 80 (recall 0.525), 1 of 80 acceptable replies held. With the sentence
    model trained on every other labeled reply: 64 of 80 (0.800), precision 0.970, 2 of 80 held
    (2.5%). The model then learned round 4 too: 72 of 80, 2 held; with the threshold raised to
    1.25 after round 6, 69 of 80, 1 held; trained with rounds 9, 11 and 12 and the threshold at
    1.35, 69, 2 held. Now a tuning set. Retrained with round 13 and a step of 8: 77, 1 held."""
    caught, held = counted("round 4", ROUND_4_A + ROUND_4_B)
    assert len(ROUND_4_A) == len(ROUND_4_B) == 80
    assert caught >= 77
    assert held <= 1


def test_round_five_keeps_what_it_reached():
    """ROUND_5_C and ROUND_5_D (issue 14), from the guide alone, measured before anything was
    written or trained against them: the rules alone caught 40 of 80 (0.500) and held 1; with the
    sentence model trained on rounds 1 to 4, 63 of 80 (0.787), precision 0.940, 4 of 80 held (5%).
    The model then learned round 5 (and counts a word as often as it occurs): 74 of 80, 2 held; with
    the threshold raised to 1.25 after round 6, 71 of 80, 1 held; after round 8, 70; trained with
    rounds 9, 11 and 12 and the threshold at 1.35, 68. Retrained with round 13 and a step of 8: 77,
    1 held."""
    caught, held = counted("round 5", ROUND_5_C + ROUND_5_D)
    assert len(ROUND_5_C) == len(ROUND_5_D) == 80
    assert caught >= 77
    assert held <= 1


def test_round_six_keeps_what_it_reached():
    """ROUND_6_E and ROUND_6_F (issue 14), from the guide alone, measured before anything was
    written or trained against them: the rules alone caught 36 of 80 (0.450), none held; with the
    sentence model trained on rounds 1 to 5, 54 of 80 (0.675), precision 0.931, 4 of 80 held (5%).
    Leaving rounds 3 to 6 out in turn then showed a threshold of 1.0 holding 3-5% of acceptable
    replies; at 1.25, 1-2 of 80. Trained with round 6 at 1.25: 57 of 80, none held; trained with
    rounds 9, 11 and 12 and the threshold at 1.35, 55, 1 held. Retrained with round 13 and a step of
    8: 77, none held."""
    caught, held = counted("round 6", ROUND_6_E + ROUND_6_F)
    assert len(ROUND_6_E) == len(ROUND_6_F) == 80
    assert caught >= 77
    assert held == 0


def test_round_eight_keeps_what_it_reached():
    """ROUND_8_I and ROUND_8_J (issue 14), from the guide alone, measured before anything was
    trained against them: the rules alone caught 47 of 80 (0.588), none held; with the model
    trained on rounds 1 to 6, 67 of 80 (0.838), precision 0.971, 2 of 80 held (2.5%). Trained
    with round 8: 74 of 80, 1 held; trained with rounds 9, 11 and 12 and the threshold at 1.35,
    72, 1 held. Retrained with round 13 and a step of 8: 79, none held."""
    caught, held = counted("round 8", ROUND_8_I + ROUND_8_J)
    assert len(ROUND_8_I) == len(ROUND_8_J) == 80
    assert caught >= 79
    assert held == 0


def test_round_nine_keeps_what_it_reached():
    """ROUND_9_K and ROUND_9_L (issue 14), from the guide alone, measured before anything was
    trained against them: the rules alone caught 50 of 80 (0.625), none held; with the model trained
    on rounds 1 to 6 and 8, 66 of 80 (0.825), precision 0.985, 1 of 80 held (1.2%). Trained with
    rounds 9, 11 and 12, the threshold at 1.35: 74 of 80, none held. Retrained with round 13 and a
    step of 8: 80."""
    caught, held = counted("round 9", ROUND_9_K + ROUND_9_L)
    assert len(ROUND_9_K) == len(ROUND_9_L) == 80
    assert caught >= 80
    assert held == 0


def test_round_eleven_keeps_what_it_reached():
    """ROUND_11_O and ROUND_11_P (issue 14), from the guide alone, measured before anything was
    trained against them: the rules alone 50 of 80 (0.625); with the model trained on rounds 1
    to 6, 8 and 9, 66 of 80 (0.825), precision 0.985, 1 held. Trained with them, the threshold
    at 1.35: 72, 1 held. Retrained with round 13 and a step of 8: 79, none held."""
    caught, held = counted("round 11", ROUND_11_O + ROUND_11_P)
    assert len(ROUND_11_O) == len(ROUND_11_P) == 80
    assert caught >= 79
    assert held == 0


def test_round_twelve_keeps_what_it_reached():
    """ROUND_12_Q and ROUND_12_R (issue 14), from the guide alone, measured before anything was
    trained against them: the rules alone 48 of 80 (0.600); with the model trained on rounds 1
    to 6, 8 and 9, 70 of 80 (0.875), precision 0.946, 4 of 80 held (5%). Trained with them, the
    threshold at 1.35: 74, 2 held. Retrained with round 13 and a step of 8: 78, none held."""
    caught, held = counted("round 12", ROUND_12_Q + ROUND_12_R)
    assert len(ROUND_12_Q) == len(ROUND_12_R) == 80
    assert caught >= 78
    assert held == 0


def test_round_thirteen_keeps_what_it_reached():
    """ROUND_13_S and ROUND_13_T (issue 14), from the guide alone, measured before anything was
    written or trained against them: the rules alone 52 of 80 (0.650), none held; with the
    model trained on rounds 1 to 6, 8, 9, 11 and 12, 69 of 80 (0.863), precision 0.972, 2 of 80
    held (2.5%). Two more helpers then labeled its 160 replies blind, from the guide alone:
    they agreed with the writers on every one. The rules written against its misses (the
    guide's own forms, reworded: "having a hard time understanding how…", "isn't that exactly
    what the MUST screen is for?", "any paramedic student could tell u", "kind of a basic
    error", "the warning signs were pretty loud", "was always going to be hard to defend"):
    77, 2 held. Retrained with round 13 and a step of 8: 80, none held."""
    caught, held = counted("round 13", ROUND_13_S + ROUND_13_T)
    assert len(ROUND_13_S) == len(ROUND_13_T) == 80
    assert caught >= 80
    assert held == 0


def test_round_fourteen_keeps_what_it_reached():
    """ROUND_14_U and ROUND_14_V (issue 14), from the guide alone, measured before anything was
    written or trained against them: the rules alone 52 of 80 (0.650), none held; with the
    model of round 13 (a step of 8), 74 of 80 (0.925), precision 0.974, 2 of 80 held (2.5%);
    the code before round 13 had caught 72, 2 held. The rules written against its misses ("not
    once have I let…", "who leaves a bag … unlabelled?", "a basic calculation error"): 78, 2
    held. Trained with it: 80, none held."""
    caught, held = counted("round 14", ROUND_14_U + ROUND_14_V)
    assert len(ROUND_14_U) == len(ROUND_14_V) == 80
    assert caught >= 80
    assert held == 0


def test_round_fifteen_keeps_what_it_reached():
    """ROUND_15_W and ROUND_15_X (issue 14), from the guide alone, measured before anything was
    written or trained against them: the rules alone 53 of 80 (0.662), 1 held; with the model
    of round 14, 76 of 80 (0.950), precision 0.974, 2 of 80 held (2.5%): the issue's aims, for
    the first time on an untouched round; the code before round 13 had caught 72, 1 held. The
    rules written against its misses ("who documents … without even asking why?", "ED
    dietetics 101", "that somebody was you", "nobody (i.e. you) opened it"): 80, 2 held.
    Trained with it: 80, 1 held ("the hostel key worker should've been told", in a reply that
    blames three layers of the system)."""
    caught, held = counted("round 15", ROUND_15_W + ROUND_15_X)
    assert len(ROUND_15_W) == len(ROUND_15_X) == 80
    assert caught >= 80
    assert held <= 1


def test_round_sixteen_is_held_out():
    """ROUND_16_Y and ROUND_16_Z (issue 14), from the guide alone, measured once with the rules
    and the model of round 15: the rules alone 51 of 80 (0.637), none held; with the model,
    72 of 80 (0.900), precision 1.0, none of 80 acceptable replies held; the code before round
    13 had caught 63 (0.787). At the threshold of 0.75 (2026-12-07): 76 of 80, 1 held; trained
    with rounds 18 and 19 as well, 77, 2 held. Held out like rounds 7 and 10: not in
    bench/train_guard.py, its misses not printed."""
    caught, held = counted("round 16", ROUND_16_Y + ROUND_16_Z, show=False)
    assert len(ROUND_16_Y) == len(ROUND_16_Z) == 80
    assert caught >= 77
    assert held <= 2


def test_round_seventeen_written_for_the_hard_forms():
    """ROUND_17_A to ROUND_17_D (issue 14): 320 replies from four helpers asked, beside the
    guide, for judging replies as varied in form as real people's (sarcasm, quoting the story
    back, flat statements, the writer's own habits). Measured once with the final code: 141 of
    160 (0.881), precision 1.0, none of 160 acceptable replies held. Not trained on: trained
    with them, the held-out rounds 7, 10 and 16 moved from 72, 76 and 72 of 80 to 71, 77 and
    73; more replies of the kind the model already reads no longer move it. Two short
    acceptable replies ("hugs x", "How are you doing now? Properly, …") are also in rounds 14
    and 15, which it was trained on. At the threshold of 0.75 (2026-12-07): 142, 1 held;
    trained with rounds 18 and 19 as well, 143, 1 held."""
    data = ROUND_17_A + ROUND_17_B + ROUND_17_C + ROUND_17_D
    caught, held = counted("round 17", data, show=False)
    assert len(data) == 320
    assert caught >= 143
    assert held <= 1


def test_round_eighteen_keeps_what_it_reached():
    """ROUND_18_A and ROUND_18_B (issue 14), from the guide alone, measured once with the code
    of 2026-12-07 before anything was written or trained against them (the threshold of 0.75,
    a denied verdict let pass): 75 of 80 (0.938), precision 0.949, 4 of 80 acceptable replies
    held (5%); at the old threshold of 1.35, 72 (0.900) and 3 held; the rules alone 47
    (0.588), 1 held. Written against (a verdict about the staffing, "you should have been
    offered a debrief", "avoidable at a system level") and trained on: 80, none held."""
    caught, held = counted("round 18", ROUND_18_A + ROUND_18_B)
    assert len(ROUND_18_A) == len(ROUND_18_B) == 80
    assert caught >= 80
    assert held == 0


def test_round_nineteen_keeps_what_it_reached():
    """ROUND_19_C and ROUND_19_D (issue 14), from the guide alone, measured once with the same
    code as round 18: 79 of 80 (0.988), precision 0.988, 1 of 80 acceptable replies held
    (1.2%), within the aims; at the old threshold of 1.35, 74 (0.925), none held; the rules
    alone 47 (0.588). Written against ("nobody looking at that ECG … would have") and trained
    on: 80, none held."""
    caught, held = counted("round 19", ROUND_19_C + ROUND_19_D)
    assert len(ROUND_19_C) == len(ROUND_19_D) == 80
    assert caught >= 80
    assert held == 0


def test_round_twenty_is_the_latest_untouched_set():
    """ROUND_20_E and ROUND_20_F (issue 14), from the guide alone, measured once with the final
    code of 2026-12-07 (trained with rounds 18 and 19): 77 of 80 (0.963), precision 0.963, 3
    of 80 acceptable replies held (3.8%): recall and precision within the aims, one reply too
    many held. At the old threshold of 1.35 the same code catches the same 77 and holds 1; the
    rules alone 51 (0.637). Held out: not in bench/train_guard.py, its misses not printed."""
    caught, held = counted("round 20", ROUND_20_E + ROUND_20_F, show=False)
    assert len(ROUND_20_E) == len(ROUND_20_F) == 80
    assert caught >= 77
    assert held <= 3


def test_round_twenty_one_is_untouched_too():
    """ROUND_21_G and ROUND_21_H (issue 14), from the guide alone, measured once with the same
    code as round 20: 78 of 80 (0.975), precision 0.987, 1 of 80 acceptable replies held
    (1.2%), within the aims; at the old threshold of 1.35, 76 (0.950), 1 held; the rules alone
    49 (0.613). Rounds 20 and 21 together: 155 of 160 (0.969), precision 0.975, 4 of 160 held
    (2.5%). Held out: not in bench/train_guard.py, its misses not printed."""
    caught, held = counted("round 21", ROUND_21_G + ROUND_21_H, show=False)
    assert len(ROUND_21_G) == len(ROUND_21_H) == 80
    assert caught >= 78
    assert held <= 1


def test_round_ten_is_held_out():
    """ROUND_10_M and ROUND_10_N (issue 14), from the guide alone, held out like round 7: not in
    bench/train_guard.py, its misses not printed. Measured untouched: the rules alone 58 of 80
    (0.725); with the model trained on rounds 1 to 6 and 8, 68 of 80 (0.850), precision 0.986,
    1 held; trained on 1 to 6, 8 and 9, 70; trained on 1 to 6, 8, 9, 11 and 12 (threshold
    1.35), 71 of 80 (0.887), precision 0.986, 1 of 80 held (1.2%); trained with round 13 as
    well and a step of 8 (the model had stopped short of fitting what it learned), 75 of 80
    (0.938), precision 0.987, 1 held; with round 15's rules, 76; trained with rounds 14 and 15,
    76 of 80 (0.950), precision 1.0, none held; at the threshold of 0.75 (2026-12-07), 77 of
    80 (0.963), 1 held; trained with rounds 18 and 19 as well, 77, 2 held. The bound is the
    latest figure."""
    caught, held = counted("round 10", ROUND_10_M + ROUND_10_N, show=False)
    assert len(ROUND_10_M) == len(ROUND_10_N) == 80
    assert caught >= 77
    assert held <= 2


def test_round_seven_is_held_out():
    """ROUND_7_G and ROUND_7_H (issue 14), from the guide alone, measured untouched with the
    rules and the model trained on rounds 1 to 6: the rules alone 38 of 80 (0.475); with the
    model 65 of 80 (recall 0.812), precision 1.0, none of 80 acceptable replies held; the same
    after the model learned round 8; 67 after round 9, 68 (0.850) after rounds 11 and 12
    (threshold 1.35), 72 (0.900) after round 13 and a step of 8, none held; 73 (0.912), none
    held, at the threshold of 0.75 (2026-12-07); 75 (0.938), none held, trained with rounds 18
    and 19 as well. It is the held-out set: not in bench/train_guard.py, and its
    misses are not printed, so that a later change can be measured on it without having been
    written against it."""
    caught, held = counted("round 7", ROUND_7_G + ROUND_7_H, show=False)
    assert len(ROUND_7_G) == len(ROUND_7_H) == 80
    assert caught >= 75
    assert held == 0


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param(text, phrase, id=f"interrogating-{n}")
        for n, (text, phrase) in enumerate(INTERROGATING)
    ],
)
def test_every_interrogating_corpus_reply_is_found_at_its_phrase(text, phrase):
    assert overlapping(text, phrase)


# --- one case per rule family -----------------------------------------------------------------

CAUGHT = {
    "why": [
        ("didnt", "honestly why didnt you call the reg", "why didnt you"),
        ("did_nt", "Why did'nt you ask?", "Why did'nt you"),
        ("u", "why did u not check", "why did u not"),
        ("y_u", "y didnt u escalate", "y didnt u"),
        ("capitals", "WHY DIDN'T YOU CALL", "WHY DIDN'T YOU"),
        ("emphasis", "But *why* **didn't** you ask?", "why* **didn't** you"),
        ("underscores", "_Why didn't you_ hand over?", "Why didn't you"),
        ("curly", "Why didn’t you check the band?", "Why didn’t you"),
        ("fullwidth", "ｗｈｙ ｄｉｄ ｙｏｕ leave?", "ｗｈｙ ｄｉｄ ｙｏｕ"),
        ("interjection", "Why on earth did you push it?", "Why on earth did you"),
        ("whyd", "whyd u leave early", "whyd u"),
        ("would", "Why would you give a sedative there?", "Why would you"),
        ("hadnt", "Why hadn't you charted it?", "Why hadn't you"),
        ("werent", "Why weren't you watching the monitor?", "Why weren't you"),
        ("wonder", "I do wonder why you didn't ask.", "wonder why you didn't"),
        ("understand", "I don't understand why you waited.", "understand why you waited"),
        ("ask", "Can I ask why you didn't call the reg?", "ask why you didn't"),
        ("explain", "Could you explain why you skipped it?", "explain why you skipped"),
        ("how_come", "How come you didn't check?", "How come you didn't"),
        ("why_not_then", "Why not just ring the GP at the time?", "Why not just ring"),
        (
            "understand_event",
            "I'm having a hard time understanding how the wrong bag ended up hanging.",
            "understanding how the wrong bag ended up",
        ),
    ],
    "counterfactual": [
        ("should_have", "Honestly, you should have called the doctor.", "should have"),
        ("shouldve", "ngl you shouldve just said no", "shouldve"),
        ("should_of", "You should of checked the MAR.", "should of"),
        ("been_more", "You should have been more careful.", "should have"),
        ("seen_signs", "You should have seen the signs earlier.", "should have"),
        ("seen_that", "You should've seen that the dose was wrong.", "should've"),
        ("know_better", "You should know better than that.", "know better"),
        ("must_have", "You must have known the dose was wrong.", "must have known"),
        ("needed_to", "You needed to call it in straight away.", "needed to call"),
        ("could_simply", "You could have simply asked.", "could have"),
        ("couldnt_you", "Couldn't you have just waited?", "Couldn't you have"),
        ("if_just", "If you had just followed the checklist, she'd be fine.", "If you had"),
        ("had_you", "Had you simply rung the reg, it would have been fine.", "Had you simply"),
        ("killed_you", "Would it have killed you to check?", "killed you"),
        ("hurt_to", "It wouldn't have hurt to double check.", "hurt to"),
        ("least", "The least you could have done was tell them.", "least you could"),
        ("better_off", "You'd have been better off calling the reg.", "better off"),
        ("passive", "The MAR should have been checked first.", "MAR should have been checked"),
        ("passive_never", "The line should never have been flushed.", "line should never"),
        ("passive_gone", "The referral ought to have gone in that day.", "ought to have gone in"),
        ("needed_to_be", "The weight needed to be confirmed.", "weight needed to be confirmed"),
        ("meant_to", "The bloods were meant to be chased.", "were meant to be chased"),
        ("you_were_meant", "You were supposed to recheck it at 4.", "supposed to recheck"),
        ("someone", "Surely someone should have noticed the drip.", "should have noticed"),
        ("if_passive", "If the obs had been done, it would've been caught.", "obs had been done"),
        ("had_the", "Had the dose been read back, she'd be fine.", "Had the dose been read"),
        ("had_you_then", "Had you checked the band, this wouldn't have happened.", "Had you"),
        ("prevented", "A two-minute phone call would have prevented it.", "would have prevented"),
        ("needed_gerund", "The BM needed rechecking at 4.", "BM needed rechecking"),
        ("really_had_to", "You really had to escalate that.", "had to escalate"),
        ("bare_should", "Shouldve rung the reg tbh.", "Shouldve"),
        ("prompted", "That score should have prompted a call.", "should have prompted"),
        ("before", "A bladder scan before you catheterised would have caught it.", "caught"),
    ],
    "rhetorical": [
        ("what_thinking", "What were you thinking?", "What were you thinking"),
        ("what_expect", "What did you expect would happen?", "What did you expect"),
        ("how_could", "How could you leave her alone?", "How could you"),
        ("how_miss", "How did you miss a temperature of 39?", "How did you miss"),
        ("how_on_earth", "How on earth did you give that much?", "How on earth did you"),
        ("competent", "Any competent nurse would have questioned it.", "would have"),
        ("i_never", "I would never have left him alone.", "I would never have"),
        ("i_wouldnt", "I wouldn't have given it without a check.", "I wouldn't have"),
        ("i_would_have", "Honestly, I would have called the reg at once.", "I would have called"),
        ("personally", "Personally I would have escalated.", "Personally I would have"),
        ("cant_believe", "I can't believe you didn't call.", "believe you didn't"),
        ("one_job", "You had one job.", "one job"),
        ("how_hard", "How hard is it to read a label?", "hard is it to read"),
        ("rocket", "It's not rocket science to check a band.", "rocket science"),
        ("basic", "That's basic pharmacology.", "basic"),
        ("101", "It's nursing 101.", "nursing 101"),
        ("ashamed", "You should be ashamed.", "ashamed"),
        ("shame", "Shame on you for leaving her.", "Shame on you"),
        ("lesson", "I hope you learned your lesson.", "your lesson"),
        ("your_job", "It was your job to check.", "job to check"),
        ("bad_call", "That was a really poor decision.", "poor decision"),
        ("your_bad_call", "Your judgement was poor that night.", "judgement was poor"),
        ("on_you", "Sorry, but this one's on you.", "on you"),
        ("only_yourself", "You've only yourself to blame.", "only yourself to blame"),
        ("at_risk", "You put that baby at risk.", "put that baby at risk"),
        ("negligence", "That sounds like negligence.", "negligence"),
        ("attention", "You clearly weren't paying attention.", "paying attention"),
        ("careless", "You were careless.", "careless"),
        ("some_of_us", "Some of us were taught to count twice.", "taught to"),
        ("my_unit", "On our ward nobody would sign for it unseen.", "nobody would sign"),
        ("expected", "I'd have expected a senior to know that.", "expected a senior to know"),
        ("how_do_you_miss", "How do you miss a rash like that?", "How do you miss"),
        ("who_without", "Who hangs blood without checking the band?", "Who hangs blood"),
        ("you_dont", "Come on, you don't push potassium.", "don't push"),
        ("obviously_you", "Obviously you check the INR first.", "Obviously you check"),
        ("day_one", "Honestly that's day one stuff.", "day one stuff"),
        ("checklist_for", "Isn't that what the checklist is for?", "what the checklist is for"),
        ("not_once", "I have never once left a pump alarming.", "never once left"),
        ("first_years_know", "Even first-years know to report a fall.", "know to"),
        ("whole_point", "Isn't the whole point of a handover that you read it?", "whole point"),
        ("going_to_be_ok", "How was that ever going to be safe?", "How was that ever going"),
        ("everyone_knows", "A hoist is two people, everyone knows that.", "everyone knows that"),
        ("could_tell_you", "Any first-year could tell you not to crush that.", "could tell you"),
        ("kind_of_basic", "Kind of a basic error for a senior, tbh.", "basic"),
        ("we_never_do", "On our ward we'd never do that.", "we'd never do"),
        ("what_screen_for", "Isn't that what the falls screen is for?", "falls screen is for"),
        ("not_once_have_i", "Not once have I hung a bag unscanned.", "Not once have I hung"),
        ("who_unlabelled", "Who leaves a syringe unlabelled on a tray?", "Who leaves a syringe"),
        ("basic_some_error", "That's a basic dosing error.", "basic"),
        ("any_101", "Honestly, that's renal dietetics 101.", "101"),
        ("who_documents", "Who charts it as given without even checking?", "Who charts it"),
    ],
    "verdict": [
        ("preventable", "Sad, but entirely preventable.", "entirely preventable"),
        ("act", "What a cavalier shortcut that was.", "cavalier shortcut"),
        ("act_choice", "A pretty irresponsible choice, sorry.", "irresponsible choice"),
        ("adjective", "Harsh maybe, but that was avoidable.", "avoidable"),
        ("knew_it", "It was unsafe and you knew it.", "knew it"),
        ("yours", "The mistake was yours, not the pump's.", "yours"),
        ("lapse", "That's a lapse in basic checking.", "lapse in basic checking"),
        ("complacency", "Sounds like sheer complacency to me.", "complacency"),
        ("right_there", "That's the mistake right there.", "mistake right there"),
        ("was_adjective", "Giving it unchecked was reckless.", "reckless"),
        ("not_acceptable", "Not acceptable, sorry.", "Not acceptable"),
        ("signs_there", "The red flags were all there.", "flags were all there"),
        ("opening", "Negligent, frankly. Nobody leaves a drain unchecked.", "Negligent"),
        ("right_there_in", "The rash was right there in your notes.", "right there in your"),
        ("lapse_serious", "Skipping consent was a serious lapse.", "serious lapse"),
        ("trouble", "Walking him without the frame was asking for trouble.", "asking for trouble"),
        ("grey_area", "Signing blind is not a grey area.", "grey area"),
        ("signs_loud", "Those red flags were pretty glaring.", "flags were pretty glaring"),
        ("pieces_there", "Sorry, but the pieces were all there.", "pieces were all there"),
        (
            "hard_to_defend",
            "Skipping the second check was always going to be hard to defend.",
            "hard to defend",
        ),
        (
            "somebody_was_you",
            "Someone should have rung back, and that someone was you.",
            "someone was you",
        ),
        ("ie_you", "Nobody (i.e. you) read the passport.", "i.e. you"),
    ],
    "veiled": [
        ("reason", "Was there a reason you didn't use the hoist?", "reason you didn't"),
        ("rationale", "What was your thought process?", "thought process"),
        ("occur", "Did it not occur to you to ask?", "occur to you"),
        ("cross_mind", "Did it ever cross your mind to check?", "cross your mind"),
        ("what_made", "I'm curious what made you decide to skip it.", "what made you"),
        ("possessed", "What possessed you?", "What possessed you"),
        ("better_to", "Wouldn't it have been better to wait?", "better to"),
        ("made_sense", "Wouldn't it have made more sense to wait?", "sense to"),
        ("obvious", "Wasn't it obvious the dose was high?", "obvious"),
        ("right_thing", "The obvious thing would have been to call.", "thing would have"),
        ("did_you_even", "Did you even check the band?", "Did you even check"),
        ("you_didnt", "Seriously? You didn't think to check?", "didn't think to check"),
        ("didnt_you", "Didn't you check the expiry?", "Didn't you check"),
        ("taught", "Didn't they teach you that?", "teach you"),
        ("surely", "Surely you knew that?", "Surely you knew"),
        ("really_wise", "Was it really necessary to restrain him?", "really necessary"),
        ("think_wise", "Do you really think that was wise?", "think that was wise"),
        ("one_wonders", "One wonders if the chart was ever read.", "wonders if"),
        ("makes_me_wonder", "Makes me wonder whether you'd have spotted it.", "wonder whether"),
        ("thinking_was", "I'm curious what the thinking was there.", "what the thinking was"),
        ("going_through", "I'd love to know what was going through your head.", "going through"),
        ("interesting_that", "Interesting that you didn't ask.", "Interesting that you"),
        ("shame_skipped", "Shame the time-out got skipped.", "Shame the time-out got skipped"),
        ("didnt_learn", "Didn't you learn that in training?", "Didn't you learn"),
        ("taught_ever", "Did nobody ever teach you the rights?", "teach you"),
        ("how_it_went", "I can't see how the band went unchecked.", "how the band went unchecked"),
        ("decision_was", "Odd that the decision was to wait.", "decision was to"),
        ("no_one_to_ask", "Was there no one you could've asked?", "could've asked"),
        ("surely_youd", "Surely by week three you'd have noticed?", "Surely by week"),
        ("understand_logic", "I'd love to understand the logic there.", "understand the logic"),
        (
            "a_look_would_have",
            "I do wonder if a quick look at the MAR would have changed it.",
            "wonder if",
        ),
    ],
}

CAUGHT_CASES = [
    pytest.param(family, text, phrase, id=f"{family}-{name}")
    for family, cases in CAUGHT.items()
    for name, text, phrase in cases
]


@pytest.mark.parametrize(("family", "text", "phrase"), CAUGHT_CASES)
def test_each_rule_family_is_found_at_its_phrase(family, text, phrase):
    assert any(f.rule.split(".")[0] == family for f in overlapping(text, phrase))


def test_a_why_didnt_you_inside_a_kind_reply_is_found():
    text = (
        "I'm so sorry, this sounds like the worst night. I've been there and it does get "
        "easier. Can I ask though, why didn't you call the reg when the sats dropped? "
        "Sending you a big hug either way."
    )
    assert [f.phrase for f in scan(text)] == ["why didn't you"]


def test_every_rule_has_an_example_among_the_tests():
    texts = [text for text, _ in CORPUS] + [case.values[1] for case in CAUGHT_CASES]
    used = {f.rule for text in texts for f in scan(text)} - {"model"}
    assert used == {rule.id for rule in _guard_patterns.RULES}


# --- acceptable replies that look like interrogation --------------------------------------------

ACCEPTABLE = {
    "peer_story": [
        "I did exactly the same in my first year. I still think about it.",
        "My own error was a missed fracture at 4 a.m. I check every film twice now.",
    ],
    "support": [
        "You're not alone. Please be gentle with yourself.",
        "Thank you for being brave enough to post this.",
    ],
    "forward_looking": [
        "Next time, what helped me was saying the dose out loud.",
        "You should talk to your supervisor about protected time.",
        "You should be kind to yourself this week.",
        "You should have a word with your union rep before the meeting.",
        "Why not take a few days off? You've earned it.",
    ],
    "feelings_and_present": [
        "How are you doing now?",
        "How did the client respond when you met?",
        "How did you cope in the weeks afterwards?",
        "How on earth did you get through that shift?",
        "Did you have anyone to talk to afterwards?",
    ],
    "self_directed_why": [
        "I kept asking myself why I didn't call.",
        "I still ask myself why I didn't speak up.",
        "Why did I become a nurse? For people like you.",
    ],
    "reported_speech": [
        "My supervisor asked me why I hadn't charted it.",
        "The coroner asked why the obs weren't repeated.",
        'My manager said "why didn\'t you call me?" and I froze.',
        "Someone once asked me 'what were you thinking?' and it stayed with me.",
        "Please ignore anyone who says you should have known.",
        "Some people will say you should have escalated sooner. They weren't there.",
    ],
    "rule_mention": [
        "I know the author asked for no 'why did you' replies, so I'll just say: me too.",
        "Ignore the why-didn't-you crowd. They weren't there.",
        "The question 'why didn't you' haunted me for a year.",
    ],
    "other_whys": [
        "That's why I now use reminders.",
        "I understand why you feel awful.",
        "I can see why you didn't want to wake the doctor.",
        "Why do we keep buying pumps that let this happen?",
        "Why did nobody check on you?",
        "Why were you left alone with twelve patients?",
        "Why did you choose nursing? Your care shines through.",
        "Why would you blame yourself for a pump fault?",
    ],
    "could_not_have_known": [
        "I would never have known about that interaction either.",
        "How could you have known? Nobody could.",
        "You couldn't have known.",
        "How could you possibly have known the vial was mislabelled?",
        "If you had known about the allergy, you would have acted differently.",
    ],
    "shared_comparison": [
        "If you had asked me then, I would have done the same.",
        "Any nurse would have made the same call.",
        "I'd never have spotted it either, honestly.",
        "Personally, I would have done exactly what you did.",
        "It was a bad call, but one any of us would have made.",
    ],
    "sympathy_that_looks_like_blame": [
        "You should have been given a proper handover.",
        "You shouldn't have had to manage twelve patients alone.",
        "You should have seen the state of our ward the night mine happened.",
        "You should have seen me in my first year, I was a mess.",  # held as a new user tried it
        "You should've seen us on nights back then: chaos.",
        "You could have just kept quiet, but you reported it.",
        "You did exactly what you should have done: you told the truth.",
        "How could you not feel awful after that?",
        "You'll probably keep thinking you should have called sooner.",
        "It's easy to say you should have done it differently with hindsight.",
        "That said, nobody could have seen it coming.",
    ],
    # Issue 14: the structural rules (passive counterfactuals, verdicts, veiled and
    # condescending lines) leave the system's part, comfort and the future alone.
    "system_blame": [
        "The rota should never have left you alone on that ward.",
        "The pump should have been serviced months ago.",
        "The interaction should have been flagged by the pharmacy system.",
        "It should have been checked by pharmacy before it ever reached you.",
        "If the ward had been staffed properly, none of this would have happened.",
        "Those labels should have been changed years ago.",
        "That was an unsafe staffing decision by management.",
        "That's the problem right there: the rota.",
    ],
    "passive_that_pities": [
        "You should have been told about the new pumps.",
        "The family needed to be told, and you told them. That takes courage.",
        "It's a shame you were left on your own that night.",
        "You were supposed to have a break and nobody covered you.",
    ],
    "verdicts_that_are_not": [
        "Most errors like this are entirely preventable with better systems.",
        "That was not a reckless call, it was a tired one.",
        "I made a hasty decision like this in my first year.",
        "Every one of us has made a careless mistake.",
        "Avoid risky shortcuts next time, but be kind to yourself now.",
        "The error was not yours alone.",
    ],
    "wondering_and_asking_now": [
        "I wonder if you've had any support since.",
        "I wonder if the pumps were recalled after that.",
        "I can only imagine what was going through your head afterwards.",
        "Funny how you never forget your first error.",
        "How do you even begin to process something like that?",
        "Had you slept at all that week?",
        "Had you asked me back then, I would have done exactly the same.",
    ],
    "bare_and_broad_forms_that_comfort": [
        "I did the same. Should have asked, but I didn't, and I learned.",
        "There was no one you could have asked, and that is on the rota.",
        "What happened to you afterwards was unacceptable.",
        "The staffing that night was reckless.",
        "Frankly the way management treated you was unprofessional.",
        "I've never once met a nurse who hasn't made an error.",
        "That should have prompted a review by management, not a witch hunt.",
        "Careless? No. Exhausted, and left alone.",
        "Honestly this was avoidable, by the department, who ignored the faulty scanner.",
        "Everyone knows that feeling of dread at handover.",
        "A better rota before that night would have prevented this, not you.",
    ],
    "workplace_and_maxims_that_comfort": [
        "On my unit we never had enough staff either.",
        "Where I work nobody would have blamed you.",
        "I'd have expected the ward to give you a debrief.",
        "You never hang a bag unscanned again after something like that, I promise.",
        "Obviously you check in with occupational health when you're ready.",
        "Day one of the new job is terrifying for all of us.",
        "Isn't that what supervision is for? Use it.",
        "Call your union, that's what they're there for.",
        "A quick debrief would have helped you more than the meeting did.",
        "Some of us were never taught this, and that's the system's fault.",
        "It's going to be hard to defend yourself without a rep, so call the union.",
        "I struggle to understand how the rota ended up with one nurse on nights.",
        "I wonder whether more staff might have changed things.",
        "Who left you unsupervised on your first night?",
        "Not once have I been thanked by management for staying late.",
        "That somebody was you once, and look at you now.",
        "That's self-care 101: eat, sleep, talk to someone.",
    ],
}

ACCEPTABLE_CASES = [
    pytest.param(text, id=f"{family}-{number}")
    for family, texts in ACCEPTABLE.items()
    for number, text in enumerate(texts)
]


@pytest.mark.parametrize("text", ACCEPTABLE_CASES)
def test_an_acceptable_reply_is_left_alone_by_the_rules(text):
    assert [f for f in scan(text) if f.rule != "model"] == []


def test_the_model_holds_none_of_the_hard_negatives_written_against_the_rules():
    """The sentence model is trained on these too. Until its training step was raised (issue
    14, round 13) it held one ("That was not a reckless call, it was a tired one."): it had
    stopped short of fitting what it learned from, and did not read the "not"."""
    held = [text for texts in ACCEPTABLE.values() for text in texts if scan(text)]
    assert held == []


# --- offsets, quotes and code -------------------------------------------------------------------


@pytest.mark.parametrize(
    "prefix",
    [
        pytest.param("", id="ascii"),
        pytest.param("😔🩺 ", id="emoji"),
        pytest.param("Déjà vu — naïve café ", id="accents"),
        pytest.param("患者の話。", id="cjk"),
        pytest.param("👩🏽‍⚕️ zwj sequence ", id="zwj"),
        pytest.param("\u202bשלום\u202c ", id="rtl"),
        pytest.param("İİ ", id="dotted-capital-i"),
    ],
)
def test_offsets_point_at_the_phrase(prefix):
    text = prefix + "Sorry. Why didn't you call? You should have escalated. What were you thinking?"
    assert [f.phrase for f in scan(text)] == [
        "Why didn't you",
        "You should have",
        "What were you thinking",
    ]
    assert all(text[f.start : f.end] == f.phrase for f in scan(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("> why didn't you call the registrar?\n\nMe too.", id="quote"),
        pytest.param("  > you should have known\n>> what were you thinking", id="nested-quote"),
        pytest.param("```\nwhy didn't you\n```\nThinking of you.", id="fence"),
        pytest.param("~~~\nyou should have called\n~~~", id="tilde-fence"),
        pytest.param("Said to me:\n\n    why didn't you call?\n", id="indented-code"),
        pytest.param("I got told `you should have known better` a lot.", id="inline-code"),
    ],
)
def test_quotes_and_code_are_not_scanned(text):
    assert scan(text) == []


def test_offsets_after_skipped_blocks_refer_to_the_original_text():
    text = "> why didn't you?\n```\nyou should have\n```\n🙂 But honestly, why didn't you call?"
    findings = scan(text)
    assert [(f.start, f.phrase) for f in findings] == [(text.rindex("why"), "why didn't you")]


def test_findings_are_sorted_non_overlapping_frozen_and_explained():
    text = " ".join(text for text, _ in INTERROGATING)
    findings = scan(text)
    assert findings == sorted(findings, key=lambda f: f.start)
    for before, after in zip(findings, findings[1:], strict=False):
        assert before.end <= after.start
    rule_ids = {rule.id for rule in _guard_patterns.RULES}
    for finding in findings:
        assert finding.phrase == text[finding.start : finding.end]
        assert finding.reason
        assert finding.rule in rule_ids | {"model"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        findings[0].start = 0  # type: ignore[misc]


def test_every_rule_is_explainable():
    ids = [rule.id for rule in _guard_patterns.RULES]
    assert len(ids) == len(set(ids))
    for rule in _guard_patterns.RULES:
        assert rule.id.split(".")[0] in FAMILIES
        assert len(rule.reason) > 15
        assert rule.anchors.split()
        assert not rule.check or rule.check in guard._CHECKS


# --- edge cases ---------------------------------------------------------------------------------


def test_empty_and_whitespace_text():
    assert scan("") == []
    assert scan("   \n\n\t") == []


def test_a_reply_may_start_with_the_phrase():
    assert [f.phrase for f in scan("why didn't you?")] == ["why didn't you"]


def test_curly_apostrophes_and_all_capitals():
    assert [f.phrase for f in scan("WHY DIDN’T YOU CALL?")] == ["WHY DIDN’T YOU"]
    assert [f.phrase for f in scan("YOU SHOULD’VE CALLED.")] == ["YOU SHOULD’VE"]


def test_nul_rtl_marks_and_zero_width_spaces_do_not_hide_a_phrase():
    text = "\x00\u202ewhy\u200b didn't\u00a0you\u202c call?"
    assert [f.rule for f in scan(text)] == ["why.did"]


def test_ten_thousand_characters():
    reply = "\n\n".join(text for text, _ in CORPUS)
    reply = (reply * (10_000 // len(reply) + 1))[:10_000]
    findings = scan(reply)
    assert findings
    assert all(0 <= f.start < f.end <= len(reply) for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("why " * 2_500, id="why"),
        pytest.param("you should have " * 700, id="should-have"),
        pytest.param("'" * 10_000, id="apostrophes"),
        pytest.param('"' * 10_000, id="double-quotes"),
        pytest.param("`" * 10_000, id="backticks"),
        pytest.param(">\n" * 5_000, id="quote-markers"),
        pytest.param("a" * 10_000, id="one-word"),
        pytest.param("\u202e" * 10_000, id="rtl-overrides"),
    ],
)
def test_pathological_input_is_handled(text):
    assert all(0 <= f.start < f.end <= len(text) for f in scan(text))


# --- implementation guarantees ------------------------------------------------------------------


def scan_everywhere(text: str) -> list[tuple[int, int, str]]:
    """The slow reference: every rule tried wherever one of its anchors stands, with no
    trigger or gate, and the same exceptions and tie-breaks."""
    low = guard._normalise(guard.mask_quotes_and_code(text))
    candidates = []
    for rule in _guard_patterns.RULES:
        for anchor in rule.anchors.split():
            words = re.escape(anchor).replace("_", r"\s+")
            for match in re.finditer(rf"(?<![\w']){words}(?![\w'])", low):
                span = guard._match(rule, low, match.start())
                if span:
                    candidates.append((span[0], span[0] - span[1], span[1], rule.id))
    chosen: list[tuple[int, int, str]] = []
    for start, _, end, rule_id in sorted(set(candidates)):
        rule = next(rule for rule in _guard_patterns.RULES if rule.id == rule_id)
        if (not chosen or start >= chosen[-1][1]) and not guard._excused(low, start, end, rule):
            chosen.append((start, end, rule_id))
    return chosen


def test_the_trigger_and_gates_lose_nothing_against_trying_every_anchor():
    texts = [text for text, _ in CORPUS + HELD_OUT] + [case.values[1] for case in CAUGHT_CASES]
    for text in texts:
        found = [(f.start, f.end, f.rule) for f in scan(text) if f.rule != "model"]
        assert found == scan_everywhere(text), text


def test_the_guard_imports_nothing_but_the_standard_library_and_the_text_mask():
    package = Path(guard.__file__).parent
    modules = ("guard.py", "_guard_patterns.py", "guard_model.py", "_guard_weights.py")
    for path in (package / name for name in modules):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                allowed = name in ("forum.moderation", "forum.textmask")
                assert allowed or top in sys.stdlib_module_names or top == "__future__", name
