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

FAMILIES = {"why", "counterfactual", "rhetorical", "veiled"}


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
    have seen me in my first year…"; the "seen me" idiom then left them alone. The set is not
    tuned against: the bound is what it reached, so a change that loses ground fails."""
    recall, precision, held, notes = figures(ROUND_1)
    print(f"\nround 1: recall {recall:.3f}, precision {precision:.3f}, held {held:.1%}")
    print("\n".join(notes))
    assert len(ROUND_1) == 170
    assert recall >= 34 / 85
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
    used = {f.rule for text in texts for f in scan(text)}
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
}

ACCEPTABLE_CASES = [
    pytest.param(text, id=f"{family}-{number}")
    for family, texts in ACCEPTABLE.items()
    for number, text in enumerate(texts)
]


@pytest.mark.parametrize("text", ACCEPTABLE_CASES)
def test_an_acceptable_reply_is_left_alone(text):
    assert scan(text) == []


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
        assert finding.rule in rule_ids
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
        if (not chosen or start >= chosen[-1][1]) and not guard._excused(low, start, end):
            chosen.append((start, end, rule_id))
    return chosen


def test_the_trigger_and_gates_lose_nothing_against_trying_every_anchor():
    texts = [text for text, _ in CORPUS + HELD_OUT] + [case.values[1] for case in CAUGHT_CASES]
    for text in texts:
        assert [(f.start, f.end, f.rule) for f in scan(text)] == scan_everywhere(text), text


def test_the_guard_imports_nothing_but_the_standard_library_and_the_text_mask():
    package = Path(guard.__file__).parent
    for path in (package / "guard.py", package / "_guard_patterns.py"):
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
