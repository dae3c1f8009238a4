"""The guard's second reader: a model that weighs the words of each sentence of a reply and
says whether the sentence, read as a whole, judges the author's past decision.

The phrase rules catch the forms someone wrote down; replies written by people who never saw
them judge in forms nobody wrote down ("leaving him at home with those obs was always going to
bite"). This model was learned from the labeled replies in ``tests/`` (replies that judge,
and the ones that only look as if they do; all but the held-out rounds 7 and 10) by
``bench/train_guard.py``, which writes ``_guard_weights``. Its features are the sentence's
words and pairs of adjacent words, counted, and a few kinds of word (second person, the
writer's own voice, "should have", a judgement, the system, the future, comfort) with their
combinations, so that "you" with "should have" weighs differently from "I" with "should
have" or "the rota" with it.

Explainable: a sentence is held only when its weight passes the threshold, and the finding
names the words that weigh most. Pure: no Flask, no database; the standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from forum.moderation import _guard_weights as trained

# A sentence: a run up to its closing punctuation, or to the end of a line.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_TOKEN = re.compile(r"[a-z']+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(text.split("|"))


# Kinds of word. A member with a space is a pair of adjacent words.
KINDS = {
    "you": _words("you u ya yourself your ur you'd you've you're"),
    "me": _words("i me my we our us myself i'm i've i'd im ive"),
    "hindsight modal": _phrases(
        "should have|could have|would have|must have|might have|ought to|needed to|had to"
        "|should've|could've|would've|shouldve|couldve|wouldve|shoulda|coulda|woulda"
        "|should of|could of"
    ),
    "should": _words("should shouldn't shouldnt ought must"),
    "why": _phrases("why|how come|how did|how could|what made"),
    "judgement": _words(
        """avoidable preventable negligent negligence reckless careless sloppy lazy
        irresponsible incompetent unprofessional inexcusable unacceptable indefensible
        unforgivable basic elementary unsafe dangerous shocking appalling lapse failure
        questionable naive oversight error mistake blunder obvious obviously clearly surely
        basics rookie"""
    ),
    "system": _words(
        """rota staffing management manager managers trust hospital system policy pharmacy
        pump workload employer organisation organization leadership department service they
        them culture protocol software interface"""
    ),
    "future": _phrases(
        "next time|in future|going forward|from now|will|try|consider|suggest|recommend"
        "|encourage|remember"
    ),
    "comfort": _words(
        """sorry hugs kind gentle alone happens human proud brave thank thanks heart care
        support love glad ok okay normal common everyone everybody"""
    ),
    "past": _words("did didn't was were had went gave left took made forgot let sent told"),
    "negation": _words("not no never n't didn't don't wasn't weren't couldn't wouldn't isn't nt"),
    "someone": _words("someone somebody anyone one nobody"),
}
_KINDS = list(KINDS.items())
# Words too common to explain anything.
_LITTLE = _words(
    """the a an to at of in on and but or so that this it it's was is be been were are for
    with as by from him her his she he they them their i i'm me my we just"""
)


@dataclass(frozen=True)
class Judged:
    start: int
    end: int
    weight: float
    words: tuple[str, ...]  # the words that weigh most, heaviest first


def features(sentence: str) -> list[str]:
    """The features of one normalised sentence: each of its words and pairs of adjacent words
    (as often as they occur), the kinds of word it holds ("#you") and each two of them
    together ("#you+hindsight modal")."""
    tokens = _TOKEN.findall(sentence)
    pairs = [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    present = {*tokens, *pairs}
    kinds = [kind for kind, members in _KINDS if not members.isdisjoint(present)]
    if sentence.endswith("?"):
        kinds.append("question")
    combined = [f"#{a}+{b}" for i, a in enumerate(kinds) for b in kinds[i + 1 :]]
    return tokens + pairs + [f"#{kind}" for kind in kinds] + combined


def sentences(low: str) -> Iterator[tuple[int, int, str]]:
    """The sentences of a normalised reply with their offsets, surrounding space trimmed."""
    for match in _SENTENCE.finditer(low):
        text = match.group()
        stripped = text.strip()
        if stripped:
            start = match.start() + text.index(stripped[0])
            yield start, start + len(stripped), stripped


def judged(low: str, found: list[tuple[int, int]] = ()) -> Iterator[Judged]:
    """The sentences of a normalised reply whose weight passes the threshold, leaving out
    those that overlap a span already ``found`` (in order) and those it ``excused``."""
    spans = iter(found)
    span = next(spans, None)
    for match in _SENTENCE.finditer(low):
        start, end = match.span()
        while span and span[1] <= start:
            span = next(spans, None)
        if span and span[0] < end:
            continue
        weight = weigh(match.group())
        if weight > trained.THRESHOLD and not excused(match.group(), low[end : end + 6]):
            sentence = match.group().strip()
            start += match.group().index(sentence[0])
            yield Judged(start, start + len(sentence), weight, _heaviest(sentence))


_NEGATING = _words("not no never none nothing hardly isn't wasn't weren't aren't isnt wasnt")
_DENIED_AFTER = re.compile(r"\s*no\b")
_SYSTEM = KINDS["system"] | _words("staffing systems organisational organizational")
# The author on the receiving end: "you should have been offered a debrief", "were you just sent
# straight back out?".
_RECEIVED = re.compile(
    r"\b(?:you|u) (?:should|ought to|could|would)(?: have|'ve| of) been (?:\w+ )?(?:offered|given"
    r"|supported|told|warned|trained|shown|taught|paired|debriefed|relieved|protected|helped)\b"
    r"|\bwere (?:you|u) (?:just |even |then )?(?:sent|given|offered|supported|debriefed)\b"
)
# "Nobody looking at that ECG at 4am would have": nobody could have done better.
_NOBODY = re.compile(r"\s*(?:nobody|no one|no-one)\b.*\b(?:would|could)(?: have|'ve| of)\b")


def excused(sentence: str, after: str) -> bool:
    """Whether a sentence the model weighs as a verdict defends the author instead (its words
    alone weigh as if it passed one):

    - its verdicts are denied: each judgement word comes within four words after a negation
      ("that wasn't a basic error", "none of this was careless"), or the sentence is a verdict
      asked and the next one answers no ("careless? no."); not when a "but" follows: "not
      calling it reckless, but…" passes the verdict it pretends to hold back;
    - or they are the system's: "that's a staffing failure, plain and simple";
    - the author is the one who should have been given something: "you should have been
      offered a debrief", "were you just sent straight back out?";
    - or nobody could have done better: "nobody looking at that ECG would have".
    """
    if _RECEIVED.search(sentence) or _NOBODY.match(sentence):
        return True
    tokens = _TOKEN.findall(sentence)
    verdicts = [i for i, token in enumerate(tokens) if token in KINDS["judgement"]]
    if not verdicts or "but" in tokens[verdicts[0] :]:
        return False
    if len(tokens) <= 3 and sentence.rstrip().endswith("?") and _DENIED_AFTER.match(after):
        return True
    return all(
        not _NEGATING.isdisjoint(tokens[max(0, i - 4) : i]) or (i and tokens[i - 1] in _SYSTEM)
        for i in verdicts
    )


# ``weigh`` computes the same sum as over ``features`` (a test holds the two equal) without
# building the names, since it runs on every sentence of every reply: one lookup per word
# gives its weight, its kinds (as bits of one number) and the pairs it starts; the weight of
# each set of kinds is kept once seen.
_NAMES = [kind for kind, _ in _KINDS] + ["question"]
_QUESTION = 1 << len(_KINDS)
_BITS: dict[str, int] = {}
for _bit, (_, _members) in enumerate(_KINDS):
    for _word in _members:
        _BITS[_word] = _BITS.get(_word, 0) | 1 << _bit
_PAIRS: dict[str, dict[str, tuple[float, int]]] = {}
_WORDS: dict[str, tuple[float, int, dict[str, tuple[float, int]] | None]] = {}
for _name in sorted({n for n in trained.WEIGHTS if not n.startswith("#")} | set(_BITS)):
    _weight, _bits = trained.WEIGHTS.get(_name, 0.0), _BITS.get(_name, 0)
    if " " in _name:
        _first, _second = _name.split(" ")
        _PAIRS.setdefault(_first, {})[_second] = (_weight, _bits)
    else:
        _WORDS[_name] = (_weight, _bits, None)
for _first, _seconds in _PAIRS.items():
    _weight, _bits, _ = _WORDS.get(_first, (0.0, 0, None))
    _WORDS[_first] = (_weight, _bits, _seconds)
_BY_KINDS: dict[int, float] = {}


def weigh(sentence: str) -> float:
    """The sentence's weight: the bias and the weights of its ``features``."""
    tokens = _TOKEN.findall(sentence)
    weight, bits = 0.0, _QUESTION if sentence.endswith("?") else 0
    following = iter(tokens)
    next(following, None)
    for first in tokens:
        second = next(following, "")
        entry = _WORDS.get(first)
        if entry:
            weight += entry[0]
            bits |= entry[1]
            pairs = entry[2]
            if pairs:
                pair = pairs.get(second)
                if pair:
                    weight += pair[0]
                    bits |= pair[1]
    kinds = _BY_KINDS.get(bits)
    if kinds is None:
        kinds = _BY_KINDS[bits] = _kinds_weight(bits)
    return kinds + weight


def _kinds_weight(bits: int) -> float:
    """The bias and the weights of the kinds in ``bits`` and of each two of them."""
    kinds = [name for bit, name in enumerate(_NAMES) if bits >> bit & 1]
    names = [f"#{kind}" for kind in kinds]
    names += [f"#{a}+{b}" for i, a in enumerate(kinds) for b in kinds[i + 1 :]]
    return trained.BIAS + sum(trained.WEIGHTS.get(name, 0.0) for name in names)


def _heaviest(sentence: str) -> tuple[str, ...]:
    """The three words that weigh most towards a judgement. A kind's weight goes to the words
    of the sentence that are of that kind; little words ("the", "but") are not named."""
    names = features(sentence)
    present = set(names)
    of_kind = {kind: present & members for kind, members in _KINDS}
    by_word: dict[str, float] = {}
    for name in names:
        weight = trained.WEIGHTS.get(name, 0.0)
        if weight <= 0:
            continue
        kinds = name[1:].split("+") if name.startswith("#") else []
        words = [word for kind in kinds for word in of_kind.get(kind, ())] if kinds else [name]
        for word in words:
            by_word[word] = by_word.get(word, 0.0) + weight / len(words)
    named = [word for word in by_word if not set(word.split()) <= _LITTLE]
    return tuple(sorted(named, key=lambda word: (-by_word[word], word))[:3])
