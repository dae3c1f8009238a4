"""The why-did-you guard: find the words of a reply that interrogate, second-guess or judge the
author's past decision, so that such a reply can be held before the author reads it.

Pure and explainable: phrase rules from ``_guard_patterns`` plus a few named exceptions (quotes
of someone else, the writer's own doubts, comfort); then ``guard_model`` reads every sentence
no rule matched and names the words that made it hold one. No Flask, no database. Markdown
quotes and code are not scanned; every offset refers to the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import dropwhile

from forum.moderation import _guard_patterns as p
from forum.moderation import guard_model
from forum.textmask import mask_quotes_and_code


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    phrase: str
    reason: str
    rule: str = ""


def scan(text: str) -> list[Finding]:
    """The phrases of ``text`` that judge the author's past decision; [] means acceptable."""
    low = _normalise(mask_quotes_and_code(text))
    candidates: list[tuple[int, int, int, p.Rule]] = []
    for match in _TRIGGER.finditer(" " + low):  # the space lets a reply start with an anchor
        pos, anchor = match.start(1) - 1, match[1]
        gate, rules = _ANCHORS.get(anchor) or _ANCHORS[_SPACES.sub(" ", anchor)]
        if not gate(low, pos):
            continue
        for rule in rules:
            span = _match(rule, low, pos)
            if span:
                candidates.append((span[0], span[0] - span[1], span[1], rule))
    findings: list[Finding] = []
    for start, _, end, rule in sorted(candidates, key=lambda c: c[:3]):
        if (not findings or start >= findings[-1].end) and not _excused(low, start, end, rule):
            findings.append(Finding(start, end, text[start:end], rule.reason, rule.id))
    read = [
        Finding(s.start, s.end, text[s.start : s.end], _weighed_reason(s.words), "model")
        for s in guard_model.judged(low, [(f.start, f.end) for f in findings])
    ]
    return sorted(findings + read, key=lambda f: f.start) if read else findings


def _weighed_reason(words: tuple[str, ...]) -> str:
    named = ", ".join(f"“{word}”" for word in words)
    return (
        "Read as a whole, this sentence sounds like a verdict on what the author did back then"
        + (f" (the words that weigh most: {named})" if named else "")
        + ". If that is not what you mean, say it about your own experience or about next time."
    )


# Same-length replacements only, so offsets survive: one apostrophe and one double quote,
# emphasis marks and invisible characters as spaces, full-width letters as ASCII, and any
# other symbol outside ASCII (emoji, dashes) as a space. Letters in any script stay.
_REPLACEMENTS = {
    **dict.fromkeys("’‘ʼ´′`", "'"),  # "`" too: code spans are blanked already
    **dict.fromkeys("“”„″«»", '"'),
    **{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},
}
_COMMON = [("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("—", " "), ("–", " "), ("…", " ")]
_ASCII_ODD = re.compile(r"[*_~`\x00-\x08\x0e-\x1f\x7f]")
# Starts with a positive range, so the regex engine skips ASCII quickly.
_SYMBOL = re.compile(r"[\x80-\U0010ffff](?:(?<=[\uff01-\uff5e])|(?<![\w\s]))")


def _normalise(masked: str) -> str:
    """Lower case, one apostrophe, emphasis as spaces: the text the patterns are written for."""
    low = masked.lower()
    if len(low) != len(masked):  # a few characters ("İ") lower-case to two
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in masked)
    low = _ASCII_ODD.sub(_replace, low)
    if low.isascii():
        return low
    for char, replacement in _COMMON:  # str.replace is much cheaper than a call per character
        if char in low:
            low = low.replace(char, replacement)
    return _SYMBOL.sub(_replace, low)


def _replace(match: re.Match[str]) -> str:
    return _REPLACEMENTS.get(match.group(), " ")


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by first letter, so the trigger stays cheap."""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    parts = [
        re.escape(head) + (_trie(rest) if rest != [""] else "") for head, rest in heads.items()
    ]
    parts = [part for part in parts if part]
    body = "(?:" + "|".join(parts) + ")"
    return body + "?" if "" in words else body


_DISPATCH: dict[str, list[p.Rule]] = {}
for _rule in p.RULES:
    for _anchor in _rule.anchors.split():
        _DISPATCH.setdefault(_anchor.replace("_", " "), []).append(_rule)
# An anchor after a space or ASCII punctuation (other symbols are spaces by now); the space
# inside a phrase anchor may be any run of whitespace. A leading character class lets the
# regex engine skip through words quickly. The anchor is looked at, not consumed, so that one
# inside a phrase anchor ("would" in "call would") is tried too.
_TRIGGER = re.compile(
    p.BOUNDARY + "(?=(" + _trie(sorted(_DISPATCH)).replace(r"\ ", r"\s+") + r")(?![\w']))"
)
_SPACES = re.compile(r"\s+")


def _gate(rules: list[p.Rule]) -> re.Pattern[str]:
    """The bodies of the rules of one anchor word in one pattern: most anchors start none of
    them, and one failed match is much cheaper than one per rule."""
    bodies = [re.sub(r"\(\?P<\w+>", "(?:", rule.body.pattern) for rule in rules]
    return re.compile("|".join(f"(?:{body})" for body in bodies))


_ANCHORS = {word: (_gate(rules).match, rules) for word, rules in _DISPATCH.items()}


def _match(rule: p.Rule, low: str, pos: int) -> tuple[int, int] | None:
    """The span ``rule`` matches at the anchor ``pos``, or None."""
    body = rule.body.match(low, pos)
    if not body:
        return None
    start, left = pos, None
    if rule.left:
        window = low[pos - rule.reach : pos] if pos > rule.reach else " " + low[:pos]
        left = rule.left.search(window)
        if not left:
            return None
        begins = left.start("from") if "from" in rule.left.groupindex else left.start()
        start = max(0, pos - len(window) + begins)  # (the space put before the text)
    if rule.check and not _CHECKS[rule.check](low, start, body, left):
        return None
    return start, body.end()


# --- where a sentence starts and ends ------------------------------------------------------

_WORD = re.compile(r"[\w'-]+")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _before(low: str, start: int) -> str:
    """The sentence up to ``start``."""
    low_bound = max(0, start - 200)
    cut = max(
        low.rfind(".", low_bound, start),
        low.rfind("!", low_bound, start),
        low.rfind("?", low_bound, start),
        low.rfind("\n", low_bound, start),
    )
    return low[max(cut + 1, low_bound) : start]


def _after(low: str, end: int) -> str:
    """The sentence from ``end`` on."""
    high = min(len(low), end + 200)
    match = _SENTENCE_END.search(low, end, high)
    return low[end : match.start() if match else high]


def _next_words(low: str, end: int, count: int) -> list[str]:
    return _WORD.findall(_after(low, end))[:count]


# --- exceptions that apply to every rule ---------------------------------------------------


def _excused(low: str, start: int, end: int, rule: p.Rule) -> bool:
    """Whether the phrase is quoted, named, reported, someone's thought or followed by comfort."""
    before, after = _before(low, start), _after(low, end)
    return bool(
        p.MENTION_AFTER.match(low, end)
        or (rule.mention and p.MENTION_BEFORE.search(before, len(before) - 30))
        or _quoted(low, start)
        or (p.REPORTING_WORD.search(before) and p.REPORTED.search(before))
        or (p.THOUGHT_END.search(before, len(before) - 60) and p.NOT_ADDRESSED.search(before))
        or (p.COMFORT_WORD.search(after) and p.COMFORT_AFTER.search(after))
    )


def _quoted(low: str, start: int) -> bool:
    """Whether ``start`` lies inside quotation marks opened earlier on its line. A single quote
    opens after a non-word character and closes before one; between letters it is an
    apostrophe ("didn't")."""
    line = low[max(low.rfind("\n", max(0, start - 300), start) + 1, start - 300, 0) : start + 1]
    if line[:-1].count('"') % 2:
        return True
    if " '" not in line and "('" not in line and not line.startswith("'"):
        return False  # no single quote can open here
    opened, at = 0, line.find("'")
    while at != -1:
        before = line[at - 1] if at else " "
        after = line[at + 1] if at + 1 < len(line) else " "
        if not _is_wordlike(before) and not after.isspace():
            opened += 1
        elif not before.isspace() and not _is_wordlike(after) and opened:
            opened -= 1
        at = line.find("'", at + 1)
    return opened > 0


def _is_wordlike(char: str) -> bool:
    return char.isalnum() or char in "_'"


# --- checks named by rules: each gets the text, the phrase start, the body and left matches --

Body = re.Match[str]
Left = re.Match[str] | None


def _is_participle(word: str) -> bool:
    return word in p.PARTICIPLES or (len(word) > 4 and word.endswith("ed"))


def _names_a_missed_act(words: list[str], known_counts: bool = True) -> bool:
    """Whether the words after "should have", "had you just" and the like name something the
    author did or failed to do, rather than what they lacked ("had a break"), what was done to
    them ("been told") or an idiom ("you should have seen his face")."""
    words = list(dropwhile(p.FILLERS.__contains__, words))
    if not words:
        return False
    first, rest = words[0], words[1:]
    if first == "been":
        return bool(rest) and (rest[0] in p.JUDGED_STATES or rest[0].endswith("ing"))
    if first in p.LACKED or (first == "known" and not known_counts):
        return False
    if first in ("seen", "heard") and rest and rest[0] in p.IDIOM_OBJECTS:
        # "you should have seen me / the state of the ward" marvels; "seen the signs" judges.
        return rest[0] == "the" and len(rest) > 1 and rest[1] in p.SIGNS
    return _is_participle(first)


def _counterfactual(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges a missed act; not praise ("you did exactly what you should have done")."""
    if p.PRAISE.search(_before(low, start)):
        return False
    return _names_a_missed_act(_next_words(low, body.end(), 6))


def _could_simply(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "you could have simply asked" and "could have killed someone"; not "could have
    just kept quiet, but you reported it"."""
    if p.HARMED.match(low, body.end()):
        return True
    words = _next_words(low, body.end(), 6)
    easy = any(word in p.EASY for word in words[:3]) or p.THERE_FOR.search(_after(low, body.end()))
    return easy and _names_a_missed_act(words) and not p.BUT_YOU.search(_after(low, body.end()))


def _if_you_had(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "if you had just checked" always, and "if you had checked, this wouldn't..."
    unless the writer shares it ("if you had asked me, I would have done the same")."""
    words = _next_words(low, body.end(), 8)
    strong = bool(body["only"]) or any(word in p.EASY for word in words[:2])
    if not _names_a_missed_act(words, known_counts=False):
        return False
    return strong or not p.SHARED_BLAME.search(_after(low, body.end()))


def _act(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "why would you give..."; "why would you blame yourself?" comforts."""
    words = _next_words(low, body.end(), 1)
    return not words or words[0] not in p.COMFORT_VERBS


def _had_or_were(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "why hadn't you charted it", "why weren't you watching"; not "why were you left
    alone"."""
    words = [w for w in _next_words(low, body.end(), 4) if w not in p.FILLERS]
    if not words:
        return False
    if body["aux"] == "had":
        return words[0] != "been" and _is_participle(words[0])
    if words[0] in ("more", "less"):  # "why weren't you more careful"; not "more supported"
        return len(words) > 1 and not _is_participle(words[1])
    return words[0] in p.WATCHFUL or (words[0].endswith("ing") and words[0] not in p.EMOTIONS_ING)


def _own_wondering(low: str, start: int, body: Body, left: Left) -> bool:
    """The writer wondering at the author, not the author's own wondering ("you're probably
    lying awake wondering why you didn't...") nor wondering called normal."""
    return not (p.SECOND_PERSON.search(_before(low, start)) or p.NORMAL.search(_after(low, start)))


def _not_negated(low: str, start: int, body: Body, left: Left) -> bool:
    return not p.NEGATED.search(_before(low, start))


def _decision(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "what made you decide to discharge" (a demand for justification); not "what made
    you decide to share this", nor "what made you feel...". "Possessed" always judges."""
    if body["verb"] not in ("made", "led", "prompted", "drove", "caused"):
        return True
    words = _next_words(low, body.end(), 1)
    return bool(words) and words[0] in p.DECISIONS and not p.SHARING.match(low, body.end())


def _not_lacking(low: str, start: int, body: Body, left: Left) -> bool:
    """Not "it would have been better if you'd had a senior with you"."""
    return not p.LACKING.match(low, body.end())


def _pointed_or_before(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "did you even check" and "did you check ... before"; not "did you check in with
    OH", nor "did you think about taking leave before the meeting?"."""
    if body["pointed"].strip() or body["verb"] in ("bother", "stop to think"):
        return True
    if body["verb"] == "think":
        return False
    after = _after(low, body.end())
    return bool(p.BEFOREHAND.search(after)) and not p.FUTURE.search(after)


def _not_career(low: str, start: int, body: Body, left: Left) -> bool:
    """Not "why did you choose nursing?", "why did you have no senior?", "why did you get
    put on nights alone?": questions about the author's path or conditions."""
    return not p.CAREER.match(low, body.end())


def _pointed_question(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "you didn't even check?" and "you clearly didn't read it"; not "you didn't check
    because nobody told you"."""
    sure = bool(left and re.search(r"clearly|obviously", left["sure"]))
    if " even " in body.group() or "bother" in body.group() or sure:
        return True
    return _ends_in_question_mark(low, body.end())


def _no_excuse(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "you clearly weren't paying attention" and "were you even paying attention?";
    not "you weren't focused because you hadn't slept"."""
    sure = bool(left and (left["asked"] or (left["sure"] or "").strip()))
    return sure or not p.EXCUSE.search(_after(low, body.end()))


def _not_praise(low: str, start: int, body: Body, left: Left) -> bool:
    """Not "the right thing was to tell them, and you did"."""
    return not re.search(r"\b(?:and|which)\s+(?:you|u)\s+did\b", _after(low, body.end()))


def _back_then(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "why not just phone the GP at the time?"; "why not take a few days off?" is
    advice."""
    after = _after(low, body.end())
    return bool(p.BACK_THEN.search(after)) and not p.FUTURE.search(_before(low, start) + after)


def _knowable(low: str, start: int, body: Body, left: Left) -> bool:
    """Not "how could you have known?" nor "how could you not feel awful?"."""
    return not p.UNKNOWABLE.match(low, body.end())


def _not_coping(low: str, start: int, body: Body, left: Left) -> bool:
    """Not "how on earth did you cope?"."""
    return not p.COPING.match(low, body.end())


def _not_shared(low: str, start: int, body: Body, left: Left) -> bool:
    """A comparison that judges ("would have checked"), not one that shares the fault ("would
    have done the same", "would have missed that too")."""
    after = _after(low, body.end())
    return not (p.SHARED_OUTCOMES.match(after) or p.TOO.search(after))


def _writer_would_not(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "I wouldn't have given it"; not "I wouldn't have known either", "I would never
    have had the courage", "I would have done the same"."""
    act = body.start("act") if "act" in body.re.groupindex else body.end()
    after = _after(low, act)
    if p.HYPOTHETICAL.search(_before(low, start)):
        return False
    return not (
        p.WOULD_NOT_HAVE_MANAGED.match(after)
        or p.SHARED_OUTCOMES.match(after)
        or p.TOO.search(after)
    )


def _i_never(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "I would never have", "I never would have" (as above); not "I never have"."""
    modal = (left is not None and left["modal"] != "i") or "would" in body.group()
    return modal and _writer_would_not(low, start, body, left)


def _checking_verb(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "it was your job to check"; not "it's your job to look after yourself"."""
    return body["verb"] in p.CHECKING_VERBS


def _not_shared_blame(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "that was a bad call"; not "a bad call, but one any of us would have made"."""
    return not p.SHARED_BLAME_AFTER.search(_after(low, body.end()))


def _judged_decision(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "you were careless", "that was careless."; not "it's lazy staffing"."""
    if p.DONE_TO_YOU.search(low, max(0, start - 12), start) or p.BY_THE_SYSTEM.match(
        low, body.end()
    ):  # "how they treated you was...", "avoidable, by the department"
        return False
    verdict = low.startswith(("you", "u "), start) or bool(p.END_OF_VERDICT.match(low, body.end()))
    return verdict and _not_shared_blame(low, start, body, left)


def _unsure(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "not sure why you'd skip it", "no idea why you didn't"; "sure why" alone is
    not a question."""
    return body.group().startswith("unsure") or bool(p.NOT_BEFORE.search(_before(low, start)))


def _not_own(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "rookie mistake"; not "I made a rookie error too", "rookie mistakes happen to
    all of us"."""
    own = p.FIRST_PERSON.search(_before(low, start))
    return not own and _not_shared_blame(low, start, body, left)


def _someone_should(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "somebody should have chased it ... that somebody was you"; not "that somebody
    was you, and you did great"."""
    return bool(p.SOMEONE_SHOULD.search(low, max(0, start - 400), start))


def _is_act(words: list[str]) -> bool:
    """Whether ``words`` (after "should have been", "had the dose been") name a clinical act."""
    words = [w for w in words if w not in p.FILLERS]
    if not words:
        return False
    first = words[0]
    if first == "double" and len(words) > 1:
        first = "double-" + words[1]
    return first in p.PASSIVE_ACTS or first.removeprefix("re-") in p.PASSIVE_ACTS


def _subject_is_event(subject: str) -> bool:
    """Whether the subject of a passive is part of the author's event ("the chart", "a second
    nurse"), not the system or a person ("the rota", "you")."""
    words = [w for w in _WORD.findall(subject) if w not in p.FILLERS and w != "surely"]
    return bool(words) and words[-1] not in p.SYSTEM_NOUNS and not p.PRONOUNS & set(words)


def _passive_act(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "the chart should have been checked", "that referral ought to have gone in";
    not "the rota should have been changed", "you should have been told", "it should have
    been checked by pharmacy"."""
    subject = left["from"] if left else ""
    if not _subject_is_event(subject):
        return False
    after = _after(low, body.end())
    if re.match(r"\s+(?:by|for\s+(?:you|u)|to\s+(?:you|u))\b", after) or p.AND_YOU_DID.search(
        after
    ):
        return False
    groups = body.groupdict()
    if groups.get("gone"):
        return True
    if groups.get("gerund"):  # "the blood sugar needed rechecking"
        return _is_act([groups["gerund"][:-3] + "ed"])
    return _is_act(
        _WORD.findall(low[body.start("act") : body.end()]) + _next_words(low, body.end(), 1)
    )


def _passive_if(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "if the obs had been repeated, it would have been caught"; not "if the ward had
    been staffed, ...", nor a condition with no outcome."""
    phrase = low[start : body.start("act")]
    subject = re.sub(r"^(?:if\s+(?:only\s+)?|had\s+)|\s+(?:had|'d)?\s*been\s+.*$", "", phrase)
    words = _WORD.findall(low[body.start("act") : body.end()]) + _next_words(low, body.end(), 1)
    after = _after(low, body.end())
    return _subject_is_event(subject) and _is_act(words) and bool(p.OUTCOME.search(after))


def _had_you_then(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "had you checked the label, none of this would have happened"; not "had you
    slept?", "had you known, you'd have acted", "had you asked me, I'd have done the same"."""
    words = _WORD.findall(low[body.start("act") : body.end()]) + _next_words(low, body.end(), 6)
    after = _after(low, body.end())
    return (
        _names_a_missed_act(words, known_counts=False)
        and bool(p.OUTCOME.search(after))
        and not p.SHARED_BLAME.search(after)
    )


def _verdict(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "a lazy shortcut", "entirely preventable"; not "not a reckless call", "my own
    sloppy checking", "most errors are entirely preventable", "avoid risky shortcuts"."""
    return not p.NOT_A_VERDICT.search(_before(low, start)) and _on_the_author(low, start, body)


def _on_the_author(low: str, start: int, body: Body) -> bool:
    """A verdict said of the author's act: not the writer's own ("I made a hasty call"), not
    advice for next time, not shared ("we all have"), not the system's cure ("preventable
    with better staffing")."""
    before, after = _before(low, start), _after(low, body.end())
    return not (
        p.OWN_DOING.search(before)
        or p.FUTURE.search(before + after)
        or p.SHARED_FAULT.search(after)
        or p.SYSTEM_CURE.match(after)
    )


def _wonder_event(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "one wonders whether the obs were being done", "I do wonder if you'd have caught
    it"; not "I wonder if you've had support", "I wonder if the pumps were recalled"."""
    after = _after(low, body.end())
    if p.NORMAL.search(after):
        return False
    for match in p.WONDER_EVENT.finditer(after):
        if match["got"] or match["there"] or match["changed"]:  # "got missed", "a look would"
            return True
        act = match["act"]
        if act in p.WATCHING or (act and _is_act(_WORD.findall(after[match.start("act") :])[:2])):
            return True
        if (match["have"] or match["had"]) and _names_a_missed_act(
            _WORD.findall(after[match.end() - len(match["have"] or match["had"]) :])[:6],
            known_counts=False,
        ):
            return True
        if match["did"] and _is_participle(match["did"]):
            return True
    return False


def _verdict_subject(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "giving meds out of an unlabelled pot is reckless"; not "the staffing was
    reckless", "what they did to you was unacceptable"."""
    return not p.SYSTEM_WORDS.search(_before(low, start)) and _on_the_author(low, start, body)


def _bare_counterfactual(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "Shouldve rung 999 straight away" said to the author; not the writer's own
    "I did the same. Should have asked."."""
    context = low[max(0, start - 150) : start]
    if p.FIRST_PERSON.search(context) and not re.search(r"\b(?:you|u|your)\b", context):
        return False
    return _counterfactual(low, start, body, left)


def _asked(low: str, start: int, body: Body, left: Left) -> bool:
    """A question ("was there no one you could have asked?"), not the comfort "there was no
    one you could have asked"."""
    return _ends_in_question_mark(low, body.end())


def _ends_in_question_mark(low: str, end: int) -> bool:
    """Whether the sentence that goes on from ``end`` is a question."""
    return low.startswith("?", end + len(_after(low, end)))


def _not_system_after(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "that should have prompted a call from you"; not "...a review by management"."""
    return not p.SYSTEM_WORDS.search(_after(low, body.end()))


def _not_system_around(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "a bladder scan before you catheterised would have caught it"; not "a better
    rota before that night would have prevented this"."""
    return not p.SYSTEM_WORDS.search(low, start, body.start()) and _not_system_after(
        low, start, body, left
    )


def _maxim(low: str, start: int, body: Body, left: Left) -> bool:
    """Judges "you don't push KCl"; not "you never hang one unscanned again"."""
    return not p.AHEAD.search(_before(low, start) + _after(low, body.end()))


_CHECKS = {
    "act": _act,
    "someone_should": _someone_should,
    "unsure": _unsure,
    "not_own": _not_own,
    "not_shared_blame": _not_shared_blame,
    "back_then": _back_then,
    "not_praise": _not_praise,
    "not_career": _not_career,
    "pointed_question": _pointed_question,
    "no_excuse": _no_excuse,
    "had_or_were": _had_or_were,
    "own_wondering": _own_wondering,
    "not_negated": _not_negated,
    "decision": _decision,
    "not_lacking": _not_lacking,
    "pointed_or_before": _pointed_or_before,
    "counterfactual": _counterfactual,
    "could_simply": _could_simply,
    "if_you_had": _if_you_had,
    "knowable": _knowable,
    "not_coping": _not_coping,
    "not_shared": _not_shared,
    "i_never": _i_never,
    "writer_would_not": _writer_would_not,
    "checking_verb": _checking_verb,
    "judged_decision": _judged_decision,
    "passive_act": _passive_act,
    "passive_if": _passive_if,
    "had_you_then": _had_you_then,
    "verdict": _verdict,
    "wonder_event": _wonder_event,
    "maxim": _maxim,
    "verdict_subject": _verdict_subject,
    "bare_counterfactual": _bare_counterfactual,
    "asked": _asked,
    "not_system_after": _not_system_after,
    "not_system_around": _not_system_around,
}
