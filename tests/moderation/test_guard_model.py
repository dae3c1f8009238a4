"""The guard's sentence model (issue 14): learned from the labeled replies in tests/, it holds a
sentence no phrase rule matched when the sentence as a whole reads as a verdict on the
author's past decision, and names the words that weigh most."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from forum.moderation import _guard_weights, guard, guard_model
from forum.moderation.guard import scan
from forum.textmask import mask_quotes_and_code
from tests.moderation.guard_round7 import ROUND_7_G, ROUND_7_H
from tests.moderation.guard_round10 import ROUND_10_M, ROUND_10_N
from tests.moderation.guard_round16 import ROUND_16_Y, ROUND_16_Z

ROOT = Path(__file__).resolve().parents[2]


def _trainer():
    spec = importlib.util.spec_from_file_location("train_guard", ROOT / "bench" / "train_guard.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def trainer():
    return _trainer()


def _sentences(trainer):
    for data in trainer.SETS.values():
        for text, _ in data:
            low = guard._normalise(mask_quotes_and_code(text))
            for _, _, sentence in guard_model.sentences(low):
                yield sentence


def test_the_weights_were_learned_from_the_labeled_replies_of_today(trainer):
    """A corpus changed without retraining fails here: run bench/train_guard.py."""
    assert trainer.digest(trainer.SETS) == _guard_weights.TRAINED_ON


def test_the_held_out_rounds_are_not_trained_on(trainer):
    """Rounds 7, 10 and 16 measure the model on replies it never learned from (test_guard.py)."""
    trained = {text for data in trainer.SETS.values() for text, _ in data}
    held_out = ROUND_7_G + ROUND_7_H + ROUND_10_M + ROUND_10_N + ROUND_16_Y + ROUND_16_Z
    assert not trained & {text for text, _ in held_out}


def test_training_again_writes_the_same_weights(trainer, tmp_path, monkeypatch):
    monkeypatch.setattr(trainer, "OUTPUT", tmp_path / "_guard_weights.py")
    monkeypatch.setattr(trainer, "ROOT", tmp_path)
    trainer.main()
    written = (tmp_path / "_guard_weights.py").read_text(encoding="utf-8")
    assert written == Path(_guard_weights.__file__).read_text(encoding="utf-8")


def test_the_fast_weight_is_the_sum_over_the_features(trainer):
    weights = _guard_weights.WEIGHTS
    for sentence in _sentences(trainer):
        expected = _guard_weights.BIAS + sum(
            weights.get(name, 0.0) for name in guard_model.features(sentence)
        )
        assert guard_model.weigh(sentence) == pytest.approx(expected, abs=1e-9), sentence


def test_words_and_pairs_count_as_often_as_they_occur_kinds_once():
    names = guard_model.features("you did, you did.")
    assert names.count("you") == 2 and names.count("you did") == 2
    assert names.count("#you") == 1 and names.count("#past") == 1
    assert names.count("#you+past") == 1


def test_features_name_words_pairs_kinds_and_kinds_together():
    present = set(guard_model.features("you should have rung the reg?"))
    assert {"you", "rung", "should have", "have rung", "#you", "#hindsight modal"} <= present
    assert {"#question", "#you+hindsight modal", "#you+question"} <= present
    assert "#me" not in present


# Written for this test, in none of the labeled sets; no phrase rule matches them.
SENTENCES_NO_RULE_MATCHES = [
    (
        "Ah, sorry. But sending her home without a repeat set of bloods was a shortcut, plain "
        "and simple.",
        "But sending her home without a repeat set of bloods was a shortcut, plain and simple.",
    ),
    (
        "Hugs. Honestly though, that is a basic pre-op check.",
        "Honestly though, that is a basic pre-op check.",
    ),
    (
        "Sorry pal. A lazy job on the checks, and you know it.",
        "A lazy job on the checks, and you know it.",
    ),
]


@pytest.mark.parametrize(("text", "sentence"), SENTENCES_NO_RULE_MATCHES)
def test_a_sentence_no_rule_matches_is_held_as_a_whole_with_its_heaviest_words(text, sentence):
    [finding] = scan(text)
    assert finding.rule == "model"
    assert finding.phrase == sentence == text[finding.start : finding.end]
    [judged] = list(guard_model.judged(guard._normalise(mask_quotes_and_code(text))))
    assert judged.weight > _guard_weights.THRESHOLD
    assert len(judged.words) == 3
    assert all(f"\u201c{word}\u201d" in finding.reason for word in judged.words)
    assert not set(judged.words) & guard_model._LITTLE
    assert finding.reason.startswith("Read as a whole, this sentence sounds like a verdict")


@pytest.mark.parametrize(
    ("sentence", "after", "expected"),
    [
        ("that isn't a basic error.", " look-", True),
        ("none of this was careless.", " you w", True),
        ("that was not a reckless call, it was a tired one.", "", True),
        ("careless?", " no. e", True),
        ("careless?", " yes. ", False),
        ("not calling it reckless, but no tof count is a choice.", "", False),
        ("it wasn't just careless, it was reckless.", "", False),
        ("frankly reckless.", "", False),
        ("you should have rung the reg.", "", False),  # no verdict to deny
        ("that's a staffing failure, plain and simple.", "", True),
        ("that was a failure of basic care.", "", False),
        ("you should have been offered a debrief at the very least.", "", True),
        (" or were you just sent straight back out?", "", True),
        ("you should have been checking the obs hourly.", "", False),
        (" nobody looking at that trace at 4am would have.", "", True),
        ("anyone would have checked the chart.", "", False),
    ],
)
def test_a_defence_is_told_from_a_verdict(sentence, after, expected):
    assert guard_model.excused(sentence, after) is expected


@pytest.mark.parametrize(
    "text",
    [
        "That isn't a basic error. Look-alike vials fool experienced anaesthetists.",
        "Careless? No. Exhausted, and left alone.",
        "That was not a reckless call, it was a tired one.",
        "Nobody should triage alone on a holiday. That's a staffing failure, plain and simple.",
        "How are you? You should have been offered a hot debrief at the very least.",
        "You couldn't have known. Nobody reading that ECG at 4am with no old one would have.",
        "Totally avoidable at a *system* level, with tall-man lettering nobody set up.",
    ],
)
def test_a_reply_that_defends_the_author_is_not_held(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Not calling it reckless, but extubating with no TOF count is... a choice.",
        "Totally avoidable, and you know it.",
        "You should have been checking the obs hourly.",
    ],
)
def test_a_verdict_that_only_looks_like_a_defence_is_still_held(text):
    assert scan(text)


def test_the_model_leaves_sentences_the_rules_found_to_the_rules():
    text = "So sorry. Why didn't you call the registrar before giving it?"
    findings = scan(text)
    assert [f.rule for f in findings if f.rule == "model"] == []
    assert findings
    low = guard._normalise(mask_quotes_and_code(text))
    assert list(guard_model.judged(low, [(f.start, f.end) for f in findings])) == []


@pytest.mark.parametrize(
    "text",
    [
        "You should have seen me in my first year, I was a wreck.",
        "The rota should never have left you alone on nights with 30 patients.",
        "Next time, ask for a second checker. It is not weakness.",
        "How are you doing now? Did you get any support afterwards?",
        "I made the same mistake with look-alike ampoules in my second year.",
        "> why didn't you check the band\n\nIgnore that kind of reply. You are not alone.",
        "",
        "   \n\n  ",
        "??? !!! ...",
        "Ｙｏｕ ｄｉｄ ｙｏｕｒ ｂｅｓｔ 💙",
    ],
)
def test_acceptable_replies_and_odd_text_are_not_held(text):
    assert scan(text) == []


def test_quoted_lines_are_never_read_by_the_model():
    text = (
        "> Honestly though, that is a basic pre-op check.\n\nSomeone wrote this to me once. It "
        "stung. You are doing fine."
    )
    assert [f for f in scan(text) if f.rule == "model"] == []
