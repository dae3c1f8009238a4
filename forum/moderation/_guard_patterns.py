"""The guard's rule table and word lists: data only, read by ``forum.moderation.guard``.

Patterns run on a normalised copy of the reply (lower case, one apostrophe, emphasis marks as
spaces), so they are written in lower case with ``'`` and plain whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One phrase the guard catches. ``body`` is matched where one of the ``anchors`` starts
    (words, or short phrases with ``_`` for the space: rarer, so fewer places to try);
    ``left``, if given, must match the words just before it (and widens the phrase to them);
    ``check`` names an extra test in ``guard._CHECKS``."""

    id: str
    anchors: str
    body: re.Pattern[str]
    reason: str
    left: re.Pattern[str] | None = None
    check: str = ""
    reach: int = 48  # how far before the anchor ``left`` may start
    # Whether "no", "a", "the" just before make the phrase a mention ("no 'why did you'
    # replies"); not for verdicts, which follow "a" by nature ("a lazy shortcut").
    mention: bool = True


# What may come just before a word, once the guard has turned other symbols into spaces.
BOUNDARY = r"[\s!\"#$%&'()*+,\-./:;<=>?@\[\\\]^`{|}]"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _left(pattern: str) -> re.Pattern[str]:
    """Words that must come just before the anchor. The leading boundary character (the guard
    puts a space before the text) lets the regex engine skip through words quickly."""
    return re.compile(rf"{BOUNDARY}(?P<from>{pattern})\s+\Z")


YOU = r"(?:you|u|ya|yu)(?![\w'])"
_ASKED_OF_YOU = (
    r"(?:did(?:n't|nt|'nt)?(?!\s+(?:get|have|receive)\b)|had(?:n't|nt)?|never|would(?:n't|nt)?"
    r"|could(?:n't|nt)?|felt(?!\s+(?:so|alone|scared|afraid|ashamed|awful|bad|terrible|guilty"
    r"|unsupported|isolated|overwhelmed|like|that\s+way|this\s+way)\b)|thought"
    r"|chose|went|gave|let|left|forgot|took|made|kept|ran|\w+ed)(?![\w'])"
)
PAST = (
    rf"(?:{YOU}\s+(?:just\s+|even\s+|really\s+|still\s+)?{_ASKED_OF_YOU}"
    r"|(?:you|u)'d\s+(?!be\b|feel\b|blame\b|want\b)\w+)"
)
_MODAL_HAVE = r"(?:\s+(?:have|of)|'ve|ve|a)(?![\w'])"
_ROLE = (
    r"nurses?|rns?|lpns?|cnas?|hcas?|doctors?|dr|physicians?|gps?|medics?|paramedics?|emts?"
    r"|pharmacists?|techs?|technicians?|therapists?|counsell?ors?|psychologists?"
    r"|psychiatrists?|(?:social|care|support|healthcare|health\s+care)\s+workers?|clinicians?"
    r"|practitioners?|nps?|midwi(?:fe|ves)|surgeons?|anaesthetists?|anesthetists?|registrars?"
    r"|residents?|interns?|juniors?|students?|first[\s-]years?|f1s?|professionals?|carers?"
    r"|caregivers?|person|one|human|adult|providers?|colleagues?|grads?|assistants?|hcas?"
    r"|pre-?regs?"
)
# What a sentence may blame instead of the author ("how the rota ended up so thin").
_SYSTEM = (
    r"(?:rotas?|systems?|staffing|pumps?|software|polic(?:y|ies)|protocols?|management|managers?"
    r"|department|hospital|trust|service|design|procurement|wards?|units?|shifts?|process"
    r"|workload|agency|nhs|government)"
)
# What the writer has never once done: "I've never once left a pump alarming".
_OWN_RECORD = (
    r"(?:left|given|gave|signed|skipped|missed|forgotten|forgot|hung|pushed|discharged|sent|let"
    r"|lost|walked\s+away|handed|(?!(?:judged|blamed|regretted|doubted|worried|wanted|needed"
    r"|wished|managed|stopped|questioned|felt|cried|struggled|slept|coped|thought)\b)\w+ed)\b"
)
_BAD_ADJECTIVES = (
    "bad poor terrible awful dangerous reckless questionable stupid dumb careless lazy foolish"
    " silly unsafe shocking appalling wrong"
)
_JUDGING_ADJECTIVES = (
    "careless negligent reckless sloppy lazy irresponsible incompetent unprofessional stupid"
)

# Past participles the counterfactual rules accept besides words ending in "-ed".
PARTICIPLES = _words(
    """done gone known seen taken given told said made kept left rung run spoken thought sent
    held read written drawn brought bought caught taught sought put set let shut hit quit
    come become begun stuck stood sat slept spent lost found heard paid meant fed led met
    understood withheld woken chosen driven forgotten hidden thrown shown grown drunk struck used
    hung won cut hurt rang ran wrote went took gave"""
)
# Words that may sit between "should have" (and the like) and the participle.
FILLERS = _words(
    """just simply really probably definitely also first already immediately instead never
    always actually properly maybe perhaps then at least the very honestly obviously clearly
    straight away double only"""
)
# After "been": the passive ("should have been told") pities the author instead of judging.
# After "had", "got": what the author lacked ("you should have had a break").
LACKED = _words("""had got gotten received""")
# After "seen", "heard": an idiom that marvels ("you should have seen me in my first year")...
IDIOM_OBJECTS = _words("""me us his her their my our the what how him them""")
# ...except these after "the": "you should have seen the signs" judges.
SIGNS = _words(
    """signs sign warning warnings change changes drop deterioration trend error mistake label
    dose band wristband result results numbers obs chart rash allergy"""
)
# What a peer would have done "too": said to share the fault, not to judge it.
SHARED_OUTCOMES = re.compile(
    r"\s*(?:(?:done|made)\s+(?:exactly\s+)?(?:the\s+same|that\s+same|what\s+you\s+did|that"
    r"(?:\s+same)?\s+(?:mistake|call|error)|it\s+too|the\s+same\s+\w+)|missed|struggled"
    r"|panicked|felt|been|frozen|froze|reacted|slipped|fallen|acted\s+the\s+same|gone\s+with"
    r"|trusted|assumed|believed|hesitated|doubted|cried|broken)\b"
)
# What the writer says they would not have known or dared: humility, not a verdict.
WOULD_NOT_HAVE_MANAGED = re.compile(
    r"\s*(?:known|noticed|spotted|caught|guessed|thought|realised|realized|seen|picked"
    r"|expected|predicted|imagined|coped|managed|survived|got|gotten|lasted|had|dared|admitted"
    r"|posted|shared|told\s+anyone|said\s+anything|spoken|found|made\s+it|remembered"
    r"|considered|dreamt|dreamed|questioned|judged|blamed|forgiven|done\s+(?:anything|any"
    r"|it\s+any|better)|handled\s+it\s+(?:any\s+)?better)\b"
)
# Verbs that turn "why would you..." and the like into comfort: "why would you blame yourself?"
COMFORT_VERBS = _words(
    """feel be blame beat punish doubt apologise apologize hate carry want need worry cry
    grieve struggle judge question think keep"""
)
# "how could you ... know": the author could not have known.
UNKNOWABLE = re.compile(
    r"\s+(?:(?:possibly|ever|really|even)\s+)*(?:have\s+)?(?:(?:known|know|tell|guess(?:ed)?"
    r"|predict(?:ed)?|foresee[n]?|seen|see\s+it|expect(?:ed)?|anticipate[d]?|be\s+expected"
    r"|have\s+been\s+expected|done\s+(?:anything|more|it\s+differently|otherwise)"
    r"|do\s+(?:anything|more|otherwise)|blame|be|been|feel|carry|cope|manage|keep|sleep|work"
    r"|focus|concentrate)\b|not\s+(?:feel|be|care|cry|grieve|think|dwell|worry|blame|question"
    r"|fall|break|lose|get|give|quit|collapse|crumble|go)\b)"
)
COPING = re.compile(
    r"\s+(?:cope|manage|get|keep|survive|carry|feel|stay|deal|handle|sleep|find|go\s+back|face"
    r"|tell|come\s+back|hold|make\s+it|move)\b"
)
CLINICAL_ACTS = (
    r"called(?!\s+(?:in\s+sick|it\s+a\s+day|my|a\s+friend|home))|rung|rang|phoned|paged"
    r"|bleeped|escalated|checked|double[\s-]?checked|asked|waited"
    r"|stopped|refused|declined|documented|charted|referred|held|withheld|discharged|sent"
    r"|told|informed|reported|flagged|questioned|challenged|insisted|pushed\s+back|said\s+no"
    r"|got\s+a\s+second|gone\s+straight|transferred|kept\s+(?:him|her|them)"
)
CLINICAL_VERBS = (
    r"call(?:ed)?|ring|rung|phone(?:d)?|page(?:d)?|escalate(?:d)?|check(?:ed)?|ask(?:ed)?"
    r"|wait(?:ed)?|stop(?:ped)?|refuse(?:d)?|document(?:ed)?|chart(?:ed)?|refer(?:red)?|hold"
    r"|held|report(?:ed)?|flag(?:ged)?|question(?:ed)?|challenge(?:d)?|tell|told|inform(?:ed)?"
    r"|double[\s-]?check(?:ed)?"
    r"|get\s+(?:a\s+)?second|speak\s+up|follow(?:ed)?|read"
)
DECISIONS = _words(
    """decide choose chose think thought opt go skip leave give not ignore wait delay sign
    discharge push hang start stop override assume believe trust take send let miss"""
)
SHARING = re.compile(r"\s+\w+\s+to\s+(?:post|share|write|tell|reach|come|talk|open|speak|join)\b")
WATCHFUL = _words("""careful aware alert there watching paying""")
# After "should have been", "if you had been": these judge; anything else ("been there",
# "been told") does not.
JUDGED_STATES = _words(
    """more less careful paying watching checking listening concentrating focused thorough
    quicker faster firmer stricter clearer"""
)
EMOTIONS_ING = _words("""feeling struggling worrying thinking crying blaming being""")
CHECKING_VERBS = _words(
    """check confirm verify make ensure double read escalate catch spot notice know"""
)

RULES: list[Rule] = [
    # --- why: "why did/didn't you" in every spelling --------------------------------------
    Rule(
        "why.did",
        "why whyy whyyy whyyyy whyyyyy y wy",
        re.compile(
            r"(?:why+|y|wy)(?:[\s,]+(?:on\s+earth|in\s+the\s+world|in\s+god's\s+name|the\s+hell"
            r"|the\s+heck|the\s+fuck|tf|exactly|ever|then|oh\s+why|really))?[\s,]+"
            rf"(?:did(?:n't|nt|'nt|n'?)?|din't|dint|didn;t)\s+{YOU}(?:\s+not\b)?"
        ),
        "asks the author why they did or didn't do something: a past decision second-guessed",
        check="not_career",
    ),
    Rule(
        "why.would",
        "why whyy y",
        re.compile(
            r"(?:why+|y)(?:[\s,]+(?:on\s+earth|in\s+the\s+world|the\s+hell|ever|exactly))?\s+"
            rf"(?:would|could)(?:n't|nt|\s+not)?\s+(?:{YOU}|anyone|anybody)"
            r"(?:\s+(?:not|ever|even))?"
        ),
        "asks why the author would, or couldn't, act as they did",
        check="act",
    ),
    Rule(
        "why.had",
        "why whyy y",
        re.compile(
            rf"(?:why+|y)\s+(?P<aux>had|were)(?:n't|nt)?\s+{YOU}(?:\s+(?:not|even|just|really))?"
        ),
        "asks why the author had or hadn't done something",
        check="had_or_were",
    ),
    Rule(
        "why.not_then",
        "why whyy y",
        re.compile(r"(?:why+|y)\s+not\s+(?:just\s+|simply\s+)?[a-z]+\b"),
        "asks why the author didn't do something else at the time",
        check="back_then",
    ),
    Rule("why.d", "why'd whyd", re.compile(rf"why'?d\s+{YOU}"), "asks why the author did it"),
    Rule(
        "why.wonder",
        "wonder wondering wondered curious baffled puzzled confused mystified perplexed",
        re.compile(
            r"(?:wonder(?:ing|ed)?|curious|baffled|puzzled|confused|mystified|perplexed)"
            r"(?:\s+(?:as\s+to|about))?\s+(?:why|how\s+come)\s+" + PAST
        ),
        "wonders aloud why the author acted as they did: a softer way of asking why",
        check="own_wondering",
    ),
    Rule(
        "why.understand",
        "understand understanding fathom comprehend get_why get_how see_why see_how know_why"
        " know_how",
        re.compile(
            rf"(?:understand(?:ing)?|fathom|comprehend|get|see|know)\s+(?:why|how\s+come|how)\s+"
            rf"(?:{PAST}|(?:a|an|the|that|this|those|these)\s+(?!(?:[\w'-]+\s+){{0,6}}?{_SYSTEM}\b)"
            r"(?:[\w'-]+\s+){0,6}?(?:ended\s+up"
            r"|got\s+(?:missed|through|past|given|sent|signed)|slipped|made\s+it"
            r"|was\s+(?:missed|given|signed|sent))\b)"
        ),
        "says the author's decision can't be understood and asks them to justify it",
        left=_left(
            r"(?:don't|dont|do\s+not|can't|cant|cannot|can\s+not|couldn't|fail\s+to|failing\s+to"
            r"|struggle\s+to|struggling\s+to|hard\s+to|trying\s+to|try\s+to|help\s+me|helps\s+me"
            r"|(?:a\s+)?hard\s+time|trouble|struggling|difficulty"
            r"|like\s+to|want\s+to)"
            r"(?:\s+(?:really|quite|fully|totally|just))?"
        ),
    ),
    Rule(
        "why.ask",
        "ask_why ask_how ask_what ask_you",
        re.compile(rf"ask\s+(?:you\s+)?(?:why|how\s+come|what\s+made)\s+{PAST}"),
        "asks why the author acted as they did",
        left=_left(
            r"(?:can|could|may|might|must|have\s+to|got\s+to|gotta|need\s+to|want\s+to"
            r"|like\s+to)(?:\s+i)?(?:\s+(?:just|gently|respectfully|please))?"
        ),
        check="not_negated",
    ),
    Rule(
        "why.explain",
        "explain",
        re.compile(rf"explain\s+(?:why|how\s+come|what\s+made)\s+{PAST}"),
        "asks the author to justify a past decision",
        left=_left(rf"(?:can|could|would|will)\s+{YOU}(?:\s+(?:please|maybe|just))?"),
    ),
    Rule(
        "why.not_sure",
        "sure_why sure_how unsure idea_why idea_how",
        re.compile(rf"(?:sure|unsure|idea)\s+(?:why|how\s+come)\s+{PAST}"),
        "says the author's decision makes no sense and asks them to justify it",
        check="unsure",
    ),
    Rule(
        "why.delay",
        "why whyy y",
        re.compile(
            r"(?:why+|y)\s+the\s+(?:delay|wait|hesitation|hold[\s-]?up)\s+(?:in|before)"
            r"\s+\w+ing\b"
        ),
        "asks why the author waited",
    ),
    Rule(
        "why.how_come",
        "how_come",
        re.compile(rf"how\s+come\s+{PAST}"),
        "asks why the author acted as they did",
    ),
    # --- veiled interrogation ---------------------------------------------------------------
    Rule(
        "veiled.reason",
        "reason reasons",
        re.compile(rf"reasons?\s+(?:why\s+|that\s+)?(?:{PAST}|for\s+not\b)"),
        "asks whether the author had a reason for their decision: a veiled why",
        left=_left(
            r"(?:(?:was|is|were)\s+there\s+(?:any|a|some)|(?:was|is|were)\s+there|any"
            r"|what\s+was\s+the|what's\s+the)(?:\s+(?:good|particular|specific|real|actual"
            r"|special))?"
        ),
    ),
    Rule(
        "veiled.surprised",
        "surprised",
        re.compile(
            r"surprised\s+(?:that\s+)?(?:you|u)\s+(?:didn't|didnt|did\s+not|never|hadn't|weren't"
            r"|wouldn't|couldn't)\s+(?!(?:get|have|receive|quit|leave|give|walk|break|collapse"
            r"|fall|crumble)\b)(?:even\s+)?\w+"
        ),
        "expresses surprise at what the author didn't do: a veiled judgement",
    ),
    Rule(
        "veiled.rationale",
        "what_was",
        re.compile(
            r"what\s+was\s+(?:your|ur|the)\s+(?:thought\s+process|thinking|reasoning|rationale"
            r"|logic)(?:\s+(?:behind|for|there|here|with))?\b(?!\s+(?:afterwards|after|since|now"
            r"|about))"
        ),
        "asks the author to justify their reasoning: a veiled why",
    ),
    Rule(
        "veiled.occur",
        "occur occurred cross crossed enter entered",
        re.compile(
            rf"(?:occur(?:red)?\s+to\s+{YOU}|cross(?:ed)?\s+your\s+mind"
            r"|enter(?:ed)?\s+your\s+(?:head|mind))"
        ),
        "implies the author should have thought of it",
        left=_left(
            r"did\s+it(?:\s+(?:not|never|ever))?|didn't\s+it|didnt\s+it|(?:has|had)\s+it\s+"
            r"(?:not|never)|it\s+(?:never|didn't|didnt|did\s+not|obviously\s+didn't"
            r"|clearly\s+didn't)"
        ),
    ),
    Rule(
        "veiled.what_made",
        "what_made what_led what_prompted what_drove what_caused what_possessed what_got"
        " what_stopped what_was what_exactly what_on what_ever",
        re.compile(
            r"what\s+(?:(?:exactly|on\s+earth|ever)\s+)?(?P<verb>made|led|prompted|drove|caused"
            rf"|possessed|got\s+into|stopped|was\s+stopping)\s+{YOU}(?:\s+(?:to|from))?"
        ),
        "asks what led the author to their decision",
        check="decision",
    ),
    Rule(
        "veiled.better_to",
        "better safer wiser smarter easier simpler quicker sensible prudent",
        re.compile(
            r"(?:better|safer|wiser|smarter|easier|simpler|quicker|sensible|prudent)\s+"
            rf"(?:(?:just\s+)?to\b(?!\s+(?:have|be)\b)|if\s+{YOU}|had\s+{YOU}"
            rf"|for\s+{YOU}\s+to\b(?!\s+(?:have|be)\b))"
        ),
        "suggests another choice would have been better: a veiled judgement",
        left=_left(
            r"(?:would(?:n't|nt)?\s+it\s+(?:not\s+)?(?:have|'ve)\s+been|it\s+(?:would|might)"
            r"(?:\s+have|'ve)\s+been|it'd\s+(?:have\s+)?been)(?:\s+(?:so|much|a\s+lot|far|way"
            r"|a\s+bit|maybe|perhaps|not|more))*"
        ),
        check="not_lacking",
    ),
    Rule(
        "veiled.made_sense",
        "sense",
        re.compile(
            rf"sense\s+(?:(?:just\s+)?to\b(?!\s+(?:have|be)\b)|if\s+{YOU}|for\s+{YOU}\s+to)"
        ),
        "suggests another choice would have made more sense: a veiled judgement",
        left=_left(
            r"(?:would(?:n't|nt)?\s+it\s+(?:not\s+)?(?:have|'ve)\s+made|it\s+would(?:\s+have|'ve)"
            r"\s+made)(?:\s+(?:more|much\s+more|a\s+lot\s+more|better))?"
        ),
    ),
    Rule(
        "veiled.obvious",
        "obvious",
        re.compile(r"obvious\b(?!\s+to\s+(?!you\b))"),
        "implies the author should have seen it",
        left=_left(
            r"(?:was|is)\s+it\s+not|(?:wasn't|wasnt|isn't|isnt)\s+it(?:\s+(?:pretty|really))?"
        ),
    ),
    Rule(
        "veiled.right_thing",
        "thing_to thing_would thing_was move_would move_was call_would call_was choice_would"
        " choice_was option_would option_was step_would step_was",
        re.compile(
            r"(?:thing|move|call|choice|option|step)\s+(?:to\s+do\s+)?"
            r"(?:would(?:\s+have|'ve)\s+been|was)\s+(?:(?:just|simply|clearly|obviously)\s+)?"
            r"to\b(?!\s+(?:have|be)\b)"
        ),
        "tells the author what the right choice would have been",
        left=_left(
            r"the\s+(?:obvious|right|sensible|safe|safer|correct|proper|smart|only|better|best)"
        ),
        check="not_praise",
    ),
    Rule(
        "veiled.did_you_check",
        "did_you did_u did_ya",
        re.compile(
            rf"did\s+{YOU}(?P<pointed>(?:\s+(?:not|even|actually|really|honestly|seriously|just))*)"
            r"\s+(?P<verb>check|verify|read|look|double[\s-]?check|confirm|consider|think(?:\s+to)?"
            r"|bother|stop\s+to\s+think|ask|call|escalate|see|notice|realise|realize)\b"
        ),
        "asks whether the author checked, which implies they should have",
        check="pointed_or_before",
    ),
    Rule(
        "veiled.didnt_you",
        "didn't didnt",
        re.compile(
            rf"didn'?t\s+{YOU}\s+(?:even\s+)?(?:check|think|consider|read|look|notice|see|realise"
            r"|realize|know|ask|call|double[\s-]?check|question|bother|learn|have\s+a\s+duty)\b"
        ),
        "asks the author why they didn't: a veiled why",
        left=re.compile(
            r"(?:\A|[.!?:;,(\"]|\b(?:but|so|and|mean|honestly|seriously|wait|well))\s*\Z"
        ),
    ),
    Rule(
        "veiled.you_didnt",
        "didn't didnt did_not never",
        re.compile(
            r"(?:didn't|didnt|did\s+not|never)\s+(?:even\s+)?(?:(?:think|bother|stop)\s+to\s+)?"
            r"(?:check|call|ask|escalate|read|look|double[\s-]?check|notice|tell|document|chart"
            r"|wait|stop|think|bother)\b"
        ),
        "puts the author's omission to them as a pointed question",
        left=_left(
            r"(?:you|u)(?P<sure>(?:\s+(?:just|simply|really|seriously|honestly|clearly"
            r"|obviously))*)"
        ),
        check="pointed_question",
    ),
    Rule(
        "veiled.taught",
        "teach taught",
        re.compile(rf"(?:teach\s+{YOU}|taught)"),
        "implies the author lacked basic training",
        left=_left(
            r"(?:didn't|didnt|don't|dont|doesn't)\s+(?:they|your\s+\w+|the\s+\w+|anyone)"
            r"|did\s+(?:nobody|no\s+one|they\s+not|anyone\s+not)(?:\s+ever)?|do\s+they\s+not"
            rf"|weren't\s+{YOU}|werent\s+{YOU}|were\s+{YOU}\s+(?:never|not)"
        ),
    ),
    Rule(
        "veiled.surely",
        "surely",
        re.compile(
            rf"surely\s*,?\s*{YOU}\s+(?:(?:(?:must|should|would|could)(?:\s+have|'ve)"
            r"|can't\s+have|cannot\s+have)\s+(?:known|realised|realized|noticed|seen|checked|read"
            r"|thought|spotted|asked|called)|knew|checked|realised|realized|noticed|saw|understood"
            r"|read|didn't|did\s+not)\b"
        ),
        "implies the author must have known better",
    ),
    Rule(
        "veiled.really_wise",
        "really",
        re.compile(
            r"really\s+(?:necessary|wise|sensible|appropriate|safe|the\s+best|the\s+right"
            r"|a\s+good\s+idea|okay|ok|needed|smart|clever|worth\s+it)\b(?!\s+for\b)"
        ),
        "questions whether the author's decision was wise",
        left=_left(r"was\s+(?:it|that|this)"),
    ),
    Rule(
        "veiled.think_wise",
        "think_that think_it think_this",
        re.compile(
            r"think\s+(?:that|it|this)\s+was\s+(?:really\s+)?(?:wise|safe|okay|ok|right|the\s+right"
            r"|a\s+good|appropriate|sensible|acceptable|fine|the\s+best|smart|professional"
            r"|necessary)\b"
        ),
        "questions whether the author's decision was wise",
        left=_left(rf"do\s+{YOU}(?:\s+(?:really|honestly|genuinely|seriously|actually))?"),
    ),
    # --- counterfactual judgement -----------------------------------------------------------
    Rule(
        "counterfactual.should_have",
        "should should've shouldve shoulda shouldn't shouldnt ought oughta",
        re.compile(
            rf"(?:should{_MODAL_HAVE}|should've|shouldve|shoulda|shouldn't(?:\s+have|'ve|ve)"
            r"|shouldnt(?:\s+have|ve)?|should\s+not\s+have|ought\s+to\s+(?:have|'ve|of)"
            r"|oughta\s+(?:have|of))(?![\w'])"
        ),
        "tells the author what they should have done: judgement with hindsight",
        left=_left(
            r"(?:you|u|ya|op|the\s+op|the\s+author)(?:\s+(?:really|honestly|definitely|probably"
            r"|obviously|clearly|absolutely|certainly|maybe|perhaps|still|also|seriously|so"
            r"|just|totally|literally|def|prob|tbh|imo|imho))*"
        ),
        check="counterfactual",
    ),
    Rule(
        "counterfactual.know_better",
        "know_better",
        re.compile(r"know\s+better\b"),
        "says the author should know better",
        left=_left(
            r"(?:you|u)(?:\s+(?:really|of\s+all\s+people|honestly|surely))?\s+should(?:\s+have"
            r"|'ve)?(?:\s+(?:really|honestly))?"
        ),
    ),
    Rule(
        "counterfactual.must_have_known",
        "must_have must've",
        re.compile(
            r"must(?:\s+have|'ve)\s+(?:known|realised|realized|noticed|seen|suspected)\b"
            r"|must've\s+(?:known|realised|realized|noticed|seen|suspected)\b"
        ),
        "says the author must have known: blame with hindsight",
        left=_left(r"(?:you|u)(?:\s+(?:surely|obviously|clearly|definitely))?"),
    ),
    Rule(
        "counterfactual.needed_to",
        "needed_to",
        re.compile(
            r"needed\s+to\s+(?:have\s+)?(?:" + CLINICAL_VERBS + r"|make|do|visit|review|send|act"
            r"|convey|clear|admit|transfer|examine|assess|screen|weigh|test|scan|monitor|observe"
            r"|record)\b"
        ),
        "tells the author what they needed to have done",
        left=_left(r"(?:you|u)(?:\s+(?:really|definitely|clearly|obviously|just|simply))*"),
    ),
    Rule(
        "counterfactual.could_have",
        "could could've couldve coulda",
        re.compile(rf"(?:could{_MODAL_HAVE}|could've|couldve|coulda)"),
        "tells the author what they could simply have done instead",
        left=_left(r"(?:you|u|ya)(?:\s+(?:really|honestly|probably|obviously|clearly|just))*"),
        check="could_simply",
    ),
    Rule(
        "counterfactual.couldnt_you",
        "couldn't couldnt could shouldn't shouldnt should",
        re.compile(
            r"(?:(?:could|should)(?:n't|nt)\s+(?:you|u)(?:\s+have|'ve)"
            r"|(?:could|should)\s+(?:you|u)\s+not\s+have)(?![\w'])"
        ),
        "asks why the author couldn't have acted differently",
        check="counterfactual",
    ),
    Rule(
        "counterfactual.if_you_had",
        "if",
        re.compile(r"if\s+(?P<only>only\s+)?(?:(?:you|u)(?:\s+had|'d)|youd)(?![\w'])"),
        "says things would have gone well if only the author had acted differently",
        check="if_you_had",
    ),
    Rule(
        "counterfactual.had_you",
        "had_you had_u",
        re.compile(rf"had\s+{YOU}\s+(?:just|only|simply|bothered\s+to|at\s+least)"),
        "says things would have gone well had the author acted differently",
        check="counterfactual",
    ),
    Rule(
        "counterfactual.killed_you",
        "would",
        re.compile(rf"would\s+it\s+(?:have|'ve)\s+killed\s+{YOU}\s+to"),
        "a sarcastic counterfactual about what the author should have done",
    ),
    Rule(
        "counterfactual.hurt_to",
        "hurt",
        re.compile(rf"hurt\s+(?:{YOU}\s+)?to"),
        "a counterfactual about what the author should have done",
        left=_left(r"it\s+(?:wouldn't|wouldnt|would\s+not)\s+(?:have|'ve)"),
    ),
    Rule(
        "counterfactual.least",
        "least",
        re.compile(rf"least\s+{YOU}\s+could(?:\s+have|'ve)"),
        "says the author failed to do even the least they could have",
        left=_left(r"the(?:\s+very)?"),
    ),
    Rule(
        "counterfactual.better_off",
        "better",
        re.compile(r"better\s+off\s+(?:just\s+)?\w+ing\b"),
        "tells the author what they would have been better off doing",
        left=_left(r"(?:you|u)(?:'d|\s+would|\s+might)(?:\s+have|'ve)?\s+been"),
    ),
    # --- rhetorical and condescending ---------------------------------------------------------
    Rule(
        "rhetorical.what_thinking",
        "what_were what_was what_on what_in what_the what_exactly",
        re.compile(
            r"what\s+(?:(?:on\s+earth|in\s+the\s+world|the\s+hell|exactly|in\s+god's\s+name)\s+)?"
            rf"(?:were|was)\s+{YOU}\s+(?:even\s+|actually\s+)?(?:thinking\b(?!\s+(?:about|now|after))"
            r"|waiting\s+for\b)"
        ),
        "a rhetorical question that belittles the author's judgement",
    ),
    Rule(
        "rhetorical.what_expect",
        "what_did",
        re.compile(rf"what\s+did\s+{YOU}\s+(?:expect|think\s+(?:would|was\s+going\s+to)\s+happen)"),
        "a rhetorical question that blames the author for the outcome",
    ),
    Rule(
        "rhetorical.how_could",
        "how_could how_can how_on how_in how_the",
        re.compile(
            r"how\s+(?:(?:on\s+earth|in\s+the\s+world|the\s+hell)\s+)?(?:could|can)\s+" + YOU
        ),
        "a rhetorical question that condemns the author's decision",
        check="knowable",
    ),
    Rule(
        "rhetorical.how_miss",
        "how_did how_on how_in how_the how_exactly",
        re.compile(
            rf"how\s+(?:(?:on\s+earth|in\s+the\s+world|the\s+hell|exactly)\s+)?did\s+{YOU}\s+"
            r"(?:(?:manage|fail)\s+to\s+|even\s+)?(?:miss|forget|overlook|mix|mess|let|ignore"
            r"|skip|lose|fail|not\b(?!\s+(?:fall|break|lose|get|give|quit|collapse|crumble|go|cry"
            r"|feel|be)\b))"
        ),
        "asks how the author could miss it: judgement put as a question",
    ),
    Rule(
        "rhetorical.how_on_earth",
        "how_on how_in how_the",
        re.compile(rf"how\s+(?:on\s+earth|in\s+the\s+world|the\s+hell)\s+did\s+{YOU}"),
        "a rhetorical question that condemns the author's decision",
        check="not_coping",
    ),
    Rule(
        "rhetorical.competent",
        "would would've knows know should gets get is are learns learn could can",
        re.compile(
            r"(?:would(?:\s+(?:have|know|never\s+have|not\s+have|of)|'ve|n't\s+have)|knows"
            r"|know\s+(?:to|that|better|not\s+to)|should\s+(?:know|have\s+known)|gets?\s+told"
            r"|(?:is|are)\s+(?:taught|drilled)|learns?\s+(?:to|that|this|in)"
            r"|(?:could|would|can)(?:\s+have|'ve)?\s+(?:tell|told)\s+(?:you|u|ya))(?![\w'])"
        ),
        "compares the author with what a competent colleague would have done",
        left=re.compile(
            r"(?<![\w'])(?:any|every|even|even\s+an?|even\s+the\s+(?:most\s+)?[\w-]+|any\s+other"
            r"|(?:an?|the)\s+(?:(?:more|better|half)[\s-]*)?(?:competent|decent|good|experienced"
            r"|sensible|reasonable|proper|qualified|trained|responsible|careful|safe|real"
            rf"|seasoned|capable|senior))\s+(?:[\w'-]+\s+){{0,3}}?(?:{_ROLE})"
            r"(?:\s+worth\s+(?:their|his|her|the)\s+salt)?\s+\Z"
            r"|(?<![\w'])(?:someone|anyone|a\s+\w+)\s+(?:with|of)\s+your\s+(?:experience|training"
            r"|seniority|background|level|qualifications)\s+\Z"
            r"|(?<![\w'])anyone(?:\s+with\s+(?:[\w'-]+\s+){1,4})?\s+\Z"
        ),
        check="not_shared",
        reach=72,
    ),
    Rule(
        "rhetorical.i_never",
        "never",
        re.compile(
            r"never\s+(?:(?:ever|in\s+a\s+million\s+years)\s+)?(?:have|'ve|would\s+have"
            r"|would've|would\s+of)(?![\w'])"
        ),
        "contrasts the author's decision with what the writer would have done",
        left=_left(
            r"(?P<modal>i(?:'d|\s+would|\s+would've)|i)"
            r"(?:\s+(?:personally|honestly|certainly|definitely|just|simply|myself))*"
        ),
        check="i_never",
    ),
    Rule(
        "rhetorical.i_wouldnt",
        "wouldn't wouldnt would",
        re.compile(r"(?:would(?:n't|nt)|would\s+not)\s+(?:have|'ve|of)(?![\w'])"),
        "contrasts the author's decision with what the writer would have done",
        left=_left(r"i(?:\s+(?:personally|honestly|certainly|definitely))*"),
        check="writer_would_not",
    ),
    Rule(
        "rhetorical.i_would_have",
        "i_would i'd_have i'd've",
        re.compile(
            r"i(?:'d|\s+would)(?:\s+have|'ve)\s+(?:(?:just|simply|definitely|certainly|immediately"
            r"|personally|always|straight\s+away)\s+)*(?P<act>" + CLINICAL_ACTS + r")\b"
        ),
        "contrasts the author's decision with what the writer would have done",
        check="writer_would_not",
    ),
    Rule(
        "rhetorical.personally",
        "personally",
        re.compile(r"personally\s*,?\s*i(?:'d|\s+would)(?:\s+have|'ve)(?![\w'])"),
        "contrasts the author's decision with what the writer would have done",
        check="writer_would_not",
    ),
    Rule(
        "rhetorical.cant_believe",
        "believe",
        re.compile(
            rf"believe\s+(?:that\s+)?{YOU}\s+(?:(?:actually|really|seriously|just)\s+)?(?:didn't"
            r"|didnt|did|would|gave|forgot|missed|let|never|left|skipped|signed|went|thought)\b"
        ),
        "expresses disbelief at the author's decision",
        left=_left(r"can't|cant|cannot|can\s+not|couldn't|still\s+can't"),
    ),
    Rule(
        "rhetorical.one_job",
        "job",
        re.compile(r"job\b"),
        "a sarcastic line that belittles the author",
        left=_left(rf"{YOU}\s+had(?:\s+literally)?\s+one"),
    ),
    Rule(
        "rhetorical.how_hard",
        "hard_is hard_can difficult_is difficult_can",
        re.compile(
            r"(?:hard|difficult)\s+(?:is|can)\s+it\s+(?:really\s+)?(?:be\s+)?to\s+(?:just\s+)?"
            r"(?:read|check|count|ask|call|look|double[\s-]?check|follow|listen|write|document"
            r"|chart|phone|ring|wait|stop|think|label|scan|pick\s+up|tell)\b"
        ),
        "a rhetorical question that calls the author's mistake easy to avoid",
        left=_left(r"how"),
    ),
    Rule(
        "rhetorical.rocket_science",
        "rocket",
        re.compile(r"rocket\s+science"),
        "calls the author's mistake easy to avoid",
        left=_left(r"not|isn't|isnt|wasn't|wasnt|hardly|ain't"),
    ),
    Rule(
        "rhetorical.basic",
        "basic",
        re.compile(
            r"basic(?=\s*(?:[.!?,;:)]|\Z|\s+(?:stuff|knowledge|pharmacology|nursing|safety"
            r"|practice|maths?|competence|common\s+sense|101|mistake|error)\b"
            r"|\s+[\w-]+\s+(?:mistake|error|slip)\b))"
        ),
        "calls what the author missed basic: condescending",
        left=_left(
            r"(?:it's|its|it\s+is|that's|thats|that\s+is|this\s+is|it\s+was|that\s+was|such"
            r"|pretty|really|very|so|super|absolutely|literally|fairly|(?:kind|sort|bit)\s+of"
            r"|quite)(?:\s+(?:a|such\s+a))?"
            r"(?:\s+(?:pretty|really|very|so|super|absolutely|literally|fairly))?"
        ),
        check="not_shared_blame",
    ),
    Rule(
        "rhetorical.101",
        "101",
        re.compile(r"101\b"),
        "calls what the author missed basic: condescending",
        left=_left(
            r"(?:is|was|it's|its|that's|thats|literally|basic|pure|just|straight)\s+(?:nursing"
            r"|pharmacology|pharmacy|medicine|med|paramedic|ems|emt|social\s+work|therapy"
            r"|counselling|counseling|safety|icu|ed|er|med\s+school|nursing\s+school"
            r"|[\w&-]+\s+[\w&-]+)"
        ),
    ),
    Rule(
        "rhetorical.ashamed",
        "ashamed",
        re.compile(r"ashamed\b"),
        "tells the author to be ashamed",
        left=_left(
            rf"{YOU}\s+(?:should|ought\s+to|oughta)(?:\s+(?:really|honestly))?\s+be"
            r"(?:\s+(?:really|very|so|deeply|a\s+bit|quite))?"
        ),
    ),
    Rule("rhetorical.shame", "shame", re.compile(rf"shame\s+on\s+{YOU}"), "shames the author"),
    Rule(
        "rhetorical.lesson",
        "lesson lessons",
        re.compile(r"lessons?\b"),
        "a line that lectures the author",
        left=_left(r"(?:learned|learnt|learn)\s+(?:your|ur)(?:\s+\w+)?"),
    ),
    Rule(
        "rhetorical.your_job",
        "job responsibility duty",
        re.compile(r"(?:job|responsibility|duty)\s+to\s+(?P<verb>\w+)"),
        "tells the author it was their job to prevent it",
        left=_left(
            r"(?:it\s+was|it's|its|it\s+is|that\s+was|that's|thats|that\s+is)(?:\s+(?:literally"
            r"|clearly|still|ultimately|simply|always|actually))?\s+(?:your|ur)"
        ),
        check="checking_verb",
    ),
    Rule(
        "rhetorical.bad_call",
        _BAD_ADJECTIVES,
        re.compile(
            rf"(?:{_BAD_ADJECTIVES.replace(' ', '|')})\s+(?:call|decision|choice|judge?ment)\b"
            r"(?!\s+(?:by|from|on\s+(?:the|their)))"
        ),
        "calls the author's decision a bad one",
        left=_left(
            r"(?:that|it|this)(?:\s+was|'s|\s+is|\s+sounds\s+like|\s+seems\s+like)"
            r"(?:\s+(?:a|an)(?:\s+(?:really|pretty|very|incredibly|such\s+a))?|\s+the)"
        ),
        check="not_shared_blame",
    ),
    Rule(
        "rhetorical.your_bad_call",
        "decision judgement judgment choice call_was call_is call_to",
        re.compile(
            r"(?:decision|judge?ment|choice|call)(?:\s+to(?:\s+[\w'-]+){1,6}?)?\s+(?:was|is)\s+"
            r"(?:(?:really|pretty|very|clearly|obviously|frankly|just)\s+)?(?:bad|poor|wrong"
            r"|questionable|flawed|terrible|dangerous|unsafe|reckless|careless|irresponsible"
            r"|negligent|naive|lazy|sloppy|inexcusable)\b"
        ),
        "calls the author's decision a bad one",
        left=_left(r"your|ur"),
        check="not_shared_blame",
    ),
    Rule(
        "rhetorical.on_you",
        "on_you on_u",
        re.compile(rf"on\s+{YOU}(?!\s+to\b)"),
        "puts the blame on the author",
        left=re.compile(
            r"(?:\A|[.!?:;,\n]|\b(?:but|and|so|honestly|frankly|ultimately|sorry))\s*"
            r"(?P<from>(?:this|that|it)(?:\s+one)?(?:\s+is|'s|\s+was|s)"
            r"(?:\s+(?:all|squarely|entirely|completely|totally|really))?)\s+\Z"
        ),
    ),
    Rule(
        "rhetorical.only_yourself",
        "only_yourself only_have",
        re.compile(r"only\s+(?:have\s+)?yourself\s+to\s+blame"),
        "blames the author",
        left=_left(r"(?:you|u)(?:'ve|\s+have|\s+had)?(?:\s+got)?"),
    ),
    Rule(
        "rhetorical.at_risk",
        "put",
        re.compile(
            r"put\s+(?!yourself)(?:\w+\s+){0,3}?(?:at\s+(?:serious\s+|real\s+)?risk|in\s+danger"
            r"|in\s+harm's\s+way)"
        ),
        "tells the author they endangered someone",
        left=_left(r"(?:you|u)(?:\s+(?:really|clearly|basically|literally|seriously|actually))*"),
    ),
    Rule(
        "rhetorical.negligence",
        "negligence malpractice neglect",
        re.compile(r"(?:negligence|malpractice|neglect)\b"),
        "calls the author's decision negligent",
        left=_left(
            r"(?:that|this|it)(?:\s+was|'s|\s+is|\s+sounds\s+like|\s+looks\s+like|\s+seems"
            r"\s+like|\s+borders\s+on|\s+bordered\s+on)(?:\s+(?:pretty|really|basically|frankly"
            r"|honestly|clearly|close\s+to|gross|bordering\s+on))*"
        ),
    ),
    Rule(
        "rhetorical.not_paying_attention",
        "paying concentrating focused focusing listening careful",
        re.compile(r"(?:paying\s+attention|concentrating|focused|focusing|listening|careful)\b"),
        "tells the author they weren't paying attention",
        left=_left(
            r"(?:you|u)(?P<sure>(?:\s+(?:clearly|obviously|simply|just))*)\s+(?:weren't|werent"
            r"|were\s+not|wasn't)(?:\s+(?:really|even|being))?"
            r"|(?P<asked>were\s+(?:you|u)(?:\s+(?:even|actually|really))?)"
        ),
        check="no_excuse",
    ),
    Rule(
        "rhetorical.rookie",
        "rookie schoolboy newbie amateur",
        re.compile(r"(?:rookie|schoolboy|newbie|amateur)\s+(?:mistake|error|move)\b"),
        "calls the author's mistake a beginner's one: condescending",
        check="not_own",
    ),
    Rule(
        "rhetorical.dropped_ball",
        "dropped",
        re.compile(r"dropped\s+the\s+ball\b"),
        "says the author dropped the ball",
        left=_left(r"(?:you|u)(?:\s+(?:really|totally|kind\s+of|clearly|just|completely))*"),
    ),
    Rule(
        "rhetorical.careless",
        _JUDGING_ADJECTIVES,
        re.compile(rf"(?:{_JUDGING_ADJECTIVES.replace(' ', '|')})\b"),
        "calls the author or their decision careless",
        left=_left(
            r"(?:(?P<you>you|u)\s+(?:were|was|are|'re)|(?P<youre>you're|youre)|(?:that|this|it)"
            r"(?:\s+was|'s|\s+is)|thats)(?:\s+(?:just|being|so|really|plain|frankly|honestly"
            r"|clearly|pretty|a\s+bit|quite|very|grossly|totally|simply|utterly|completely"
            r"|incredibly|extremely))*"
        ),
        check="judged_decision",
    ),
    # --- judgement without "you" or "why": passive counterfactuals, verdicts, veiled and
    # condescending lines (issue 14). Each rule names what it needs around it, so that system
    # blame ("the rota should never have left you alone") and comfort stay untouched.
    Rule(
        "counterfactual.passive",
        "should should've shouldve shoulda shouldn't shouldnt ought oughta needed_to needed",
        re.compile(
            r"(?:(?:should|ought\s+to|oughta)(?:\s+(?:never|not|really|definitely|clearly|always))?"
            r"(?:\s+(?:have|of)|'ve|ve)|should've|shouldve|shoulda|shouldn't(?:\s+have|'ve|ve)"
            r"|shouldnt(?:\s+have|ve)|needed\s+to|needed(?=\s+\w+ing\b))"
            r"(?:\s+(?:really|definitely|clearly|at\s+least))*"
            r"\s+(?:(?:been|be)\s+(?:(?:just|simply|properly|immediately|first|already|at\s+least"
            r"|straight\s+away|actually|also)\s+)*(?P<act>(?:double[\s-])?[\w-]+)"
            r"|(?P<gone>gone\s+(?:in|off|out|through|up))|(?P<gerund>\w+ing))\b"
        ),
        "says what should have been done in the author's event: a counterfactual in the passive",
        left=_left(
            r"(?:the|a|an|that|this|those|these|her|his|their|your|ur|each|every|any|both)"
            r"(?:\s+[\w'-]+){1,3}?(?:\s+(?:really|definitely|clearly|surely|honestly|also|just"
            r"|obviously|probably|at\s+least))*"
        ),
        check="passive_act",
    ),
    Rule(
        "counterfactual.meant_to",
        "meant supposed",
        re.compile(
            r"(?:meant|supposed)\s+to\s+(?:have\s+)?(?:be|been)\s+(?P<act>(?:double[\s-])?[\w-]+)"
        ),
        "says what was meant to be done in the author's event: a counterfactual in the passive",
        left=_left(
            r"(?:the|a|an|that|this|those|these|her|his|their|your|ur)(?:\s+[\w'-]+){1,3}?\s+"
            r"(?:was|were|is|are)(?:\s+(?:really|definitely|clearly|also|always))*"
        ),
        check="passive_act",
    ),
    Rule(
        "counterfactual.you_were_meant",
        "meant supposed expected required",
        re.compile(
            r"(?:meant|supposed|expected|required)\s+to\s+(?:have\s+)?(?:re)?(?:"
            + CLINICAL_VERBS
            + r"|recheck(?:ed)?|repeat(?:ed)?|chase(?:d)?|verify|verified|confirm(?:ed)?"
            r"|count(?:ed)?|escalate)\b"
        ),
        "reminds the author what they were supposed to do: a counterfactual",
        left=_left(r"(?:you|u)\s+(?:were|was|are)(?:\s+(?:literally|clearly|always|also|still))*"),
    ),
    Rule(
        "counterfactual.someone_should",
        "should should've shouldve ought",
        re.compile(
            r"(?:should(?:\s+(?:have|of)|'ve)|should've|shouldve|ought\s+to\s+(?:have|'ve))\s+"
            r"(?:(?:really|definitely|at\s+least)\s+)?(?:noticed|spotted|caught|checked"
            r"|double[\s-]?checked|escalated|verified|counted|questioned|recognised|recognized"
            r"|told|rung|rang|called|phoned|informed|picked\s+(?:it|this|that)\s+up)\b"
            r"(?!\s+(?:on|in|up\s+on|with|you|u|me|us)\b)"
        ),
        "says someone in the author's event should have caught it: a counterfactual",
        left=_left(
            r"(?:surely\s+)?(?:someone|somebody|anyone)(?:\s+(?:on|in)\s+(?:that|the)\s+\w+)?"
        ),
    ),
    Rule(
        "counterfactual.if_passive",
        "if had",
        re.compile(
            r"(?:if\s+(?:only\s+)?(?P<subject>(?:the|a|an|that|this|those|her|his|their|your)"
            r"(?:\s+[\w'-]+){1,3}?)(?:\s+had|'d)\s+been|had\s+(?:the|a|an|that|this|those|her"
            r"|his|their|your)(?:\s+[\w'-]+){1,3}?\s+been)\s+(?:(?:properly|actually|just|simply"
            r"|at\s+least)\s+)?(?P<act>(?:double[\s-])?[\w-]+)"
        ),
        "says things would have gone well had something been done in the author's event",
        check="passive_if",
    ),
    Rule(
        "counterfactual.had_you_then",
        "had_you had_u",
        re.compile(rf"had\s+{YOU}(?:\s+(?:actually|properly|really|even|not))?\s+(?P<act>\w+)"),
        "says things would have gone well had the author acted differently",
        check="had_you_then",
    ),
    Rule(
        "counterfactual.would_have_prevented",
        "would would've could could've might",
        re.compile(
            r"(?:would|could|might)(?:\s+have|'ve)\s+(?:(?:easily|probably|likely|definitely"
            r"|surely)\s+)?(?:prevented|avoided|saved|stopped|caught|averted|spared)\b"
        ),
        "says one small step by the author would have prevented it",
        left=_left(
            r"(?:a|one|just\s+a|even\s+a)\s+(?:glance|look|call|check|question|word|recheck"
            r"|conversation)(?:\s+[\w'-]+){0,7}?"
            r"|(?:a|one|just\s+a|even\s+a)\s+(?:quick|simple|single|basic|proper|two[\s-]second"
            r"|five[\s-]second|ten[\s-]second|thirty[\s-]second|one[\s-]minute|two[\s-]minute"
            r"|five[\s-]minute|second)(?:\s+[\w'-]+){1,7}?"
        ),
        reach=90,
    ),
    Rule(
        "verdict.preventable",
        "fully entirely completely totally easily wholly 100% eminently",
        re.compile(
            r"(?:fully|entirely|completely|totally|easily|wholly|100%|eminently)\s+"
            r"(?:preventable|avoidable)\b"
        ),
        "calls what the author did avoidable: a verdict",
        check="verdict",
        mention=False,
    ),
    Rule(
        "verdict.act",
        "naive irresponsible reckless cavalier lazy sloppy careless negligent dangerous unsafe"
        " risky hasty rash foolish complacent unprofessional inexcusable indefensible",
        re.compile(
            r"[a-z]+\s+(?:call|decision|choice|judge?ment|shortcut|short[\s-]cut|practice"
            r"|approach|assessment|checking|handling|attitude|omission|lapse|corner[\s-]cutting"
            r"|transfer|discharge|one)\b(?!\s+(?:by|from|on\s+the\s+part|of\s+(?:the|your)\s+"
            r"(?:manager|trust|ward|team|hospital|employer|management)))"
        ),
        "calls the author's decision or practice careless: a verdict",
        check="verdict",
        mention=False,
    ),
    Rule(
        "verdict.adjective",
        "avoidable preventable inexcusable unforgivable indefensible unacceptable",
        re.compile(
            r"(?:avoidable|preventable|inexcusable|unforgivable|indefensible|unacceptable)\b"
        ),
        "calls what the author did avoidable or inexcusable: a verdict",
        left=_left(
            r"(?:this|that|it|which)(?:\s+one)?(?:\s+was|'s|\s+is|s|\s+sounds|\s+seems)"
            r"(?:\s+(?:just|so|really|clearly|frankly|honestly|totally|entirely|completely"
            r"|fully|100%|pretty|very|quite|utterly))*"
        ),
        check="judged_decision",
        mention=False,
    ),
    Rule(
        "verdict.knew_it",
        "knew",
        re.compile(r"knew\s+it\b"),
        "calls the author's decision unsafe and says they knew it",
        left=_left(
            r"(?:unsafe|wrong|dangerous|risky|reckless|careless|a\s+risk|a\s+mistake|too\s+\w+)"
            r"\s+and\s+(?:you|u)(?:\s+(?:probably|surely|must\s+have))?"
        ),
    ),
    Rule(
        "verdict.yours",
        "yours",
        re.compile(r"yours\b(?!\s+to\s+(?:carry|bear|own\s+and))"),
        "puts the error on the author",
        left=_left(
            r"(?:the|this|that)\s+(?:error|mistake|fault|blame|failure|lapse|responsibility)"
            r"\s+(?:was|is|lies|lay|sits)(?:\s+(?:all|entirely|squarely|solely|clearly|really"
            r"|just|with|on|firmly))*"
        ),
    ),
    Rule(
        "verdict.somebody_was_you",
        "somebody someone",
        re.compile(rf"(?:somebody|someone)\s+(?:was|is)\s+{YOU}(?=\s*(?:[.!]|\Z))"),
        "says the one who should have done it was the author",
        left=_left(r"(?:that|the|this)"),
        check="someone_should",
        mention=False,
    ),
    Rule(
        "verdict.ie_you",
        "i.e ie",
        re.compile(rf"i\.?e\.?,?\s+{YOU}"),
        "points at the author as the one who didn't do it",
        left=re.compile(r"\(\s*\Z"),
        mention=False,
    ),
    Rule(
        "verdict.lapse",
        "lapse failure",
        re.compile(
            r"(?:lapse|failure)\s+(?:in|of)\s+(?:(?:your|ur)\s+(?:own\s+)?|basic\s+|simple\s+"
            r"|the\s+most\s+basic\s+)(?:assessment|checking|checks|care|practice|nursing"
            r"|observations?|obs|competence|attention|judge?ment|safety|knowledge"
            r"|professionalism|documentation|vigilance|diligence|duty)\b"
        ),
        "calls what the author did a failure of basic practice: a verdict",
        check="not_own",
        mention=False,
    ),
    Rule(
        "verdict.complacency",
        "complacency carelessness laziness sloppiness arrogance overconfidence",
        re.compile(r"(?:complacency|carelessness|laziness|sloppiness|arrogance|overconfidence)\b"),
        "calls what the author did complacent: a verdict",
        left=_left(
            r"(?:example|case|sign|bit|touch|whiff|hint|display)\s+of|pure|sheer|plain|just"
            r"|that's|thats|that\s+was|this\s+was|this\s+is|it's|it\s+was|simple"
        ),
        check="not_own",
        mention=False,
    ),
    Rule(
        "verdict.right_there",
        "mistake error failure",
        re.compile(r"(?:mistake|error|failure)\s+(?:right\s+)?there\b"),
        "points at the author's mistake: a verdict",
        left=_left(
            r"(?:that's|thats|that\s+is|there's|theres|there\s+is|which\s+is)\s+(?:the|your)"
            r"(?:\s+(?:whole|entire|real|actual|main|big|basic))?"
        ),
        mention=False,
    ),
    Rule(
        "veiled.one_wonders",
        "wonder wonders wondering",
        re.compile(r"wonder(?:s|ing)?\s+(?:whether|if|how|what|why)\b"),
        "wonders aloud whether the author did what they should have: veiled blame",
        left=_left(
            r"one|(?:one|you|u|we)\s+(?:has|have|had|got)\s+to|(?:makes?|made|making|got|gets)\s+"
            r"(?:me|one|you|us)|i\s+(?:do|did|really|just"
            r"|have\s+to|can't\s+help\s+but|cant\s+help\s+but|can't\s+help)|(?:can't|cant)\s+help"
            r"\s+but|(?:you|u|we)\s+(?:have|got)\s+to|i|i'm|im|i\s+am|i'm\s+left|left"
        ),
        check="wonder_event",
        reach=40,
    ),
    Rule(
        "veiled.thinking_was",
        "what_the what_your what_ur what_was",
        re.compile(
            r"what\s+(?:(?:the|your|ur)\s+(?:thinking|reasoning|rationale|logic|thought\s+process"
            r"|plan|idea|justification)\s+(?:was|were)\b(?!\s+(?:now|afterwards|after|since))"
            r"|was\s+going\s+(?:through|on\s+in)\s+(?:your|ur)\s+(?:head|mind)\b"
            r"(?!\s+(?:afterwards|after|since|now|that\s+night\s+at\s+home)))"
        ),
        "asks the author to justify their reasoning: a veiled why",
        left=_left(
            r"(?:curious|know|sure|understand|ask|idea|explain|wondering|wonder|hear|clue)"
            r"(?:\s+(?:as\s+to|about|on))?"
        ),
    ),
    Rule(
        "veiled.interesting_that",
        "interesting funny strange odd curious telling weird notable revealing",
        re.compile(
            r"(?:interesting|funny|strange|odd|curious|telling|weird|notable|revealing)\s+"
            rf"(?:that|how)\s+{YOU}\s+(?:(?:didn't|didnt|did\s+not|never)\s+(?!(?:forget|stop"
            r"|lose|give|quit)\b)|missed|forgot|failed|skipped|chose|decided|overlooked"
            r"|weren't|werent|wasn't|managed\s+to\s+miss)"
        ),
        "remarks on what the author didn't do: veiled blame",
    ),
    Rule(
        "veiled.shame_skipped",
        "shame pity",
        re.compile(
            r"(?:shame|pity)\s+(?:that\s+)?(?:the|a|your|ur|those|that)(?:\s+[\w'-]+){1,3}?\s+"
            r"(?:got|was|were)\s+(?:\w+\s+)?(?:skipped|missed|ignored|overlooked|forgotten|rushed"
            r"|dropped|left\s+out|not\s+done|never\s+done)\b"
        ),
        "regrets a check the author skipped: veiled blame",
        mention=False,
    ),
    Rule(
        "rhetorical.some_of_us",
        "taught trained told",
        re.compile(r"(?:taught|trained|told)\s+to\b"),
        "sets the writer's training against the author's: condescending",
        left=_left(
            r"(?:some\s+of\s+us|the\s+rest\s+of\s+us|those\s+of\s+us|most\s+of\s+us|some\s+people)"
            r"\s+(?:were|was|got|have\s+been|had\s+been)(?:\s+(?:actually|always|properly"
            r"|clearly|at\s+least))*"
        ),
    ),
    Rule(
        "rhetorical.my_unit",
        "nobody no_one no-one we'd we_would we_never you'd you_would",
        re.compile(
            r"(?:nobody|no\s+one|no-one)\s+(?:hangs|signs|gives|leaves|pushes|discharges|skips"
            r"|sends|lets|moves|transfers|crushes|draws)\b"
            r"|(?:(?:nobody|no\s+one|no-one)\s+(?:would|'d|ever)|we(?:'d|\s+would)\s+never|we\s+never"
            r"|you(?:'d|\s+would)\s+never)(?:\s+(?:have|ever|even|just|dream\s+of))*\s+(?:sign"
            r"|signed|give|given|hang|hung|push|pushed|leave|left|skip|skipped|discharge|discharged"
            r"|administer|administered|draw|drawn|send|sent|let|allow|allowed|accept|accepted"
            r"|start|started|crush|crushed|bolus|transfer|transferred|move|moved|dispense"
            r"|dispensed|release|released|go|gone|do|done|use|used|ignore|ignored|override"
            r"|overridden)\b(?!\s+(?:you|u)\b)"
            r"|you(?:'d|\s+would)\s+be\s+(?:sacked|fired|disciplined|struck\s+off|written\s+up"
            r"|pulled\s+up)\b"
        ),
        "sets the writer's workplace standard against the author's: condescending",
        left=_left(
            r"(?:(?:on|in|at)\s+(?:my|our)\s+[\w&-]+(?:\s+[\w&-]+)?|where\s+i\s+(?:work|trained"
            r"|worked|am))\s*,?"
        ),
        check="not_shared_blame",
    ),
    Rule(
        "rhetorical.expected",
        "expect expected",
        re.compile(
            r"expect(?:ed)?\s+(?:a|an|any|someone|somebody|anybody|anyone)(?:\s+[\w'-]+){0,3}?\s+to"
            r"\s+(?:have\s+)?(?:know|known|check|checked|escalate|escalated|spot|spotted|catch"
            r"|caught|notice|noticed|recognise|recognize|read|ask|call|question|understand)\b"
        ),
        "sets what a colleague of the author's level should know against what they did",
        left=_left(
            r"(?:i'd|i\s+would|i|honestly\s+i'd)(?:\s+(?:have|'ve|really|honestly|frankly))*"
        ),
        check="not_negated",
    ),
    Rule(
        "rhetorical.how_do_you_miss",
        "how_do how_does how_can",
        re.compile(
            r"how\s+(?:do|does|can)\s+(?:you|u|anyone|anybody|someone|somebody|one|a\s+[\w-]+)\s+"
            r"(?:even\s+|just\s+|possibly\s+)?(?:miss|overlook|misread|mix\s+up|skip|forget\s+to"
            r"|not\s+(?:see|notice|check|read|spot))\b"
        ),
        "asks how anyone could miss it: judgement put as a question",
        check="not_shared_blame",
    ),
    Rule(
        "rhetorical.who_without",
        "who",
        re.compile(
            r"who\s+(?:(?:on\s+earth|in\s+their\s+right\s+mind|actually|even|just)\s+)?"
            r"(?:gives|gave|hangs|hung|pushes|pushed|signs|signed|discharges|discharged|leaves"
            r"|left|sends|sent|administers|administered|draws\s+up|crushes|mixes|boluses|starts"
            r"|doses|prescribes|dispenses|transfers|moves|hands|handed|issues|issued|supplies"
            r"|supplied|releases|released|writes|wrote|puts|put|takes|took|lets|mobilises"
            r"|mobilizes|documents|documented|charts|charted|records|recorded|signs\s+off)\s+"
            r"(?!(?:you|u|ya)\b)(?:\"?[\w'-]+\"?\s+){0,5}?(?:without\s+"
            r"(?:first\s+|even\s+)?(?:checking|reading|scanning|counting|confirming|verifying"
            r"|asking|looking|double[\s-]?checking|a\s+(?:check|second))\b|un(?:labell?ed"
            r"|checked|signed|attended|scanned|supervised|locked|clamped)\b)"
        ),
        "a rhetorical question that calls the author's decision one nobody would make",
    ),
    Rule(
        "rhetorical.you_dont",
        "don't dont do_not never",
        re.compile(
            r"(?:don't|dont|do\s+not|never)\s+(?:ever\s+|just\s+)?(?:push|bolus|hang|crush"
            r"|administer|sign\s+for|give\s+(?:iv|potassium|kcl|insulin|a\s+\w+\s+without)"
            r"|leave\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:patient|woman|man|baby|child|kid|client"
            r"|resident|toddler|neonate|infant))\b"
        ),
        "states as a rule what the author did wrong: condescending",
        left=_left(
            r"(?:come\s+on|obviously|simply|look|seriously|sorry|honestly|but|because)?\s*,?\s*"
            r"(?:you|u)"
        ),
        check="maxim",
    ),
    Rule(
        "rhetorical.obviously_you",
        "obviously clearly of_course",
        re.compile(
            r"(?:obviously|clearly|of\s+course)\s*,?\s+(?:you|u|one|we)\s+(?:always\s+)?(?:check"
            r"|double[\s-]?check|read|confirm|verify|count|scan|ask|escalate|call|look|recheck"
            r"|weigh)\b(?!\s+(?:in\b|on\s+(?:yourself|you)|for\s+(?:support|help)|yourself))"
        ),
        "states as obvious what the author did not do: condescending",
    ),
    Rule(
        "rhetorical.day_one",
        "day day-one first-week first",
        re.compile(
            r"(?:day[\s-]?(?:one|1)|first[\s-]week|first[\s-]day)\s+(?:stuff|material|knowledge"
            r"|teaching|training|basics|rules?|lessons?|nursing|pharmacology|content|student"
            r"|of\s+(?:nursing|med(?:ical)?|pharmacy|paramedic|midwifery|training|uni|placement))\b"
        ),
        "calls what the author missed beginner's knowledge: condescending",
        check="not_own",
        mention=False,
    ),
    Rule(
        "verdict.was_adjective",
        "reckless negligent inexcusable unacceptable careless sloppy irresponsible indefensible"
        " unforgivable unprofessional",
        re.compile(
            r"(?:reckless|negligent|inexcusable|unacceptable|careless|sloppy|irresponsible"
            r"|indefensible|unforgivable|unprofessional)\b"
        ),
        "calls what the author did reckless or inexcusable: a verdict",
        left=_left(
            r"(?:is|was|were|are|'s|sounds|seems|looks|felt)(?:\s+(?:just|so|really|clearly"
            r"|frankly|honestly|totally|entirely|completely|pretty|very|quite|utterly|plain"
            r"|simply|bordering\s+on|a\s+bit|borderline|downright|genuinely))*"
        ),
        check="verdict_subject",
        mention=False,
    ),
    Rule(
        "verdict.not_acceptable",
        "not_acceptable",
        re.compile(r"not\s+acceptable\b"),
        "calls what the author did unacceptable: a verdict",
        left=re.compile(r"(?:\A|[.!?\n]|\b(?:just|simply|frankly|honestly|sorry|but)\s*,?)\s*\Z"),
        check="verdict",
        mention=False,
    ),
    Rule(
        "verdict.signs_there",
        "flags signs clues pieces",
        re.compile(
            r"(?:flags|signs|clues|pieces)\s+were\s+(?:all\s+|clearly\s+|plainly\s+|definitely\s+"
            r"|obviously\s+)?there\b|(?:flags|signs)\s+were\s+(?:pretty\s+|really\s+|very\s+"
            r"|quite\s+|so\s+|all\s+)?(?:loud|obvious|clear|glaring|blaring|screaming|staring)\b"
        ),
        "says the author had the warning signs in front of them",
        check="not_shared_blame",
        mention=False,
    ),
    Rule(
        "rhetorical.not_once_have_i",
        "not",
        re.compile(rf"not\s+once\s+(?:in\s+\w+\s+years\s+)?have\s+i\s+(?:ever\s+)?{_OWN_RECORD}"),
        "sets the writer's own record against the author's decision: condescending",
        check="not_shared_blame",
    ),
    Rule(
        "rhetorical.not_once",
        "never not",
        re.compile(rf"(?:never|not)\s+(?:once|ever)\s+(?:(?:in\s+\w+\s+years\s+)?){_OWN_RECORD}"),
        "sets the writer's own record against the author's decision: condescending",
        left=_left(r"(?:i(?:'ve|\s+have|\s+had)?|i've)(?:\s+(?:personally|honestly|literally))*"),
        check="not_shared_blame",
    ),
    Rule(
        "counterfactual.really_had_to",
        "had_to",
        re.compile(r"had\s+to\s+(?:" + CLINICAL_VERBS + r"|chase|recheck|repeat|escalate)\b"),
        "tells the author what they had to do and did not",
        left=_left(
            r"(?:you|u)\s+(?:really|absolutely|definitely|clearly|obviously|simply|just)"
            r"(?:\s+(?:really|absolutely|definitely|clearly|obviously|simply|just))*"
        ),
    ),
    Rule(
        "counterfactual.bare_should",
        "should should've shouldve shoulda",
        re.compile(r"(?:should've|shouldve|shoulda|should\s+(?:have|of))(?![\w'])"),
        "tells the author what they should have done: judgement with hindsight",
        left=re.compile(
            r"(?:\A|[.!?\n:]|\b(?:honestly|tbh|sorry|but|and|so|ngl|imo|just)\s*,?)\s*\Z"
        ),
        check="bare_counterfactual",
    ),
    Rule(
        "veiled.how_it_went",
        "how how_the how_that how_it how_a how_an how_this how_those how_her how_his how_their"
        " how_your how_they",
        re.compile(
            r"how\s+(?:(?:the|a|an|that|this|those|her|his|their|your)(?:\s+[\w'-]+){1,3}?|that"
            r"|it|they)\s+(?:(?:went|got|was|were|didn't\s+get|did\s+not\s+get|wasn't|weren't"
            r"|could\s+(?:go|get|be)|goes|gets)\s+(?:un\w+ed|missed|lost|skipped|overlooked"
            r"|ignored|checked|noticed|spotted|done|forgotten)|(?:gets|got|slipped|slips|went"
            r"|goes|made\s+it)\s+(?:past|through))\b"
        ),
        "asks how the author's event could happen: a veiled why",
        left=_left(
            r"(?:understand|sure|asking|ask|wonder(?:ing)?|see|explain|curious|idea|know|baffled"
            r"|puzzled|fathom|get)(?:\s+(?:as\s+to|about))?"
        ),
    ),
    Rule(
        "veiled.decision_was",
        "interesting funny strange odd curious telling weird notable revealing",
        re.compile(
            r"(?:interesting|funny|strange|odd|curious|telling|weird|notable|revealing)\s+that\s+"
            r"(?:the|your|ur)\s+(?:decision|choice|plan|call|instinct)\s+was\s+to\b"
        ),
        "remarks on the author's decision: veiled blame",
    ),
    Rule(
        "veiled.no_one_to_ask",
        "could've could couldve",
        re.compile(
            r"(?:could(?:'ve|\s+have)|couldve)\s+(?:asked|called|rung|phoned|bleeped|paged|got"
            r"|gotten|grabbed|escalated\s+to|checked\s+with|run|talked\s+to|spoken\s+to"
            r"|consulted)\b"
        ),
        "asks whether there was really nobody the author could have asked: a veiled why",
        left=_left(
            r"(?:there|no\s+one|nobody|no-one|anyone|anybody|someone|somebody)(?:\s+[\w'-]+){0,6}?"
            r"\s+(?:you|u)"
        ),
        check="asked",
    ),
    Rule(
        "verdict.opening",
        "reckless negligent inexcusable unacceptable careless sloppy irresponsible indefensible"
        " unforgivable",
        re.compile(
            r"(?:reckless|negligent|inexcusable|unacceptable|careless|sloppy|irresponsible"
            r"|indefensible|unforgivable)\b(?=\s*(?:[,.!]|to\b|of\s+you\b))"
        ),
        "opens with a verdict on what the author did",
        left=re.compile(r"(?:\A|[.!?\n]|\b(?:honestly|frankly|sorry|but)\s*,?)\s*\Z"),
        check="verdict",
        mention=False,
    ),
    Rule(
        "rhetorical.whole_point",
        "isn't_the isnt_the",
        re.compile(
            r"isn'?t\s+the\s+(?:whole\s+|entire\s+|very\s+)?point\s+of\s+[^.?!\n]{1,60}?\s+"
            r"(?:that\s+(?:you|u)|to\s+(?:check|see|catch|make\s+sure|confirm|spot))\b"
        ),
        "a rhetorical question that points at what the author skipped",
    ),
    Rule(
        "counterfactual.should_have_prompted",
        "should should've shouldve",
        re.compile(
            r"(?:should(?:\s+have|'ve)|should've|shouldve)\s+(?:triggered|prompted|rung\s+alarm"
            r"\s+bells|raised\s+(?:a\s+)?(?:flag|concern|alarm)s?|set\s+off\s+alarm\s+bells)\b"
        ),
        "says the sign should have prompted the author to act",
        check="not_system_after",
    ),
    Rule(
        "verdict.right_there_in",
        "right_there",
        re.compile(r"right\s+there\s+(?:in|on)\s+(?:your|ur|the)\b"),
        "says the author had it in front of them",
        left=_left(r"(?:was|were|is|are)(?:\s+(?:sitting|staring|written|documented|all))?"),
        check="not_shared_blame",
        mention=False,
    ),
    Rule(
        "rhetorical.going_to_be_ok",
        "how_was how_is",
        re.compile(
            r"how\s+(?:was|is)\s+(?:that|this|it)\s+(?:ever\s+)?(?:going\s+to|gonna|supposed\s+to)\s+"
            r"(?:be\s+(?:ok|okay|safe|fine|enough|acceptable)|work|end\s+well)\b"
        ),
        "a rhetorical question that condemns the author's plan",
    ),
    Rule(
        "verdict.lapse_serious",
        "serious clear basic major gross fundamental",
        re.compile(
            r"(?:serious|clear|basic|major|gross|fundamental)\s+(?:lapse|breach|omission"
            r"|failure)\b(?!\s+(?:by|of\s+(?:the\s+)?(?:system|trust|management|service)))"
        ),
        "calls what the author did a serious lapse: a verdict",
        check="verdict",
        mention=False,
    ),
    Rule(
        "verdict.asking_for_trouble",
        "asking going_to always",
        re.compile(
            r"(?:always\s+)?(?:asking\s+for\s+trouble|going\s+to\s+(?:bite|end\s+badly|go\s+wrong"
            r"|end\s+in\s+tears|be\s+(?:hard|difficult|tough)\s+to\s+(?:defend|justify)))\b"
            r"(?!\s+(?:yourself|urself|you|u)\b)"
        ),
        "says the author's decision was bound to go wrong: a verdict",
        left=_left(r"(?:was|is|'s|were)(?:\s+(?:just|really|frankly|always))*"),
        check="verdict_subject",
        mention=False,
    ),
    Rule(
        "verdict.grey_area",
        "grey gray",
        re.compile(r"(?:grey|gray)\s+area\b"),
        "says what the author did was plainly wrong",
        left=_left(r"(?:is|was|'s)\s+not\s+a|isn't\s+a|wasn't\s+a|isnt\s+a|wasnt\s+a"),
        check="verdict_subject",
        mention=False,
    ),
    Rule(
        "counterfactual.before_would_have",
        "would would've",
        re.compile(
            r"would(?:\s+have|'ve)\s+(?:caught|prevented|changed\s+everything|avoided|stopped"
            r"|picked\s+(?:this|it|that)\s+up)\b"
        ),
        "says one step before the author's decision would have prevented it",
        left=_left(r"(?:a|an|one)(?:\s+[\w'-]+){1,4}\s+before(?:\s+[\w'-]+){1,5}"),
        reach=100,
        check="not_system_around",
    ),
    Rule(
        "veiled.surely_youd",
        "surely",
        re.compile(
            r"surely\b(?:\s+[\w'-]+){0,8}?\s+(?:you'd|you\s+would|you\s+must|u'd)(?:\s+have|'ve)\s+"
            r"(?:noticed|seen|spotted|checked|realised|realized|known|picked|asked|caught)\b"
        ),
        "implies the author must have noticed: veiled blame",
    ),
    Rule(
        "veiled.understand_logic",
        "understand know hear follow",
        re.compile(
            r"(?:understand|know|hear|follow)\s+(?:the|your|ur)\s+(?:logic|reasoning|thinking"
            r"|rationale|thought\s+process)\b(?!\s+(?:now|going\s+forward|for\s+next))"
        ),
        "asks the author to justify their reasoning: a veiled why",
        left=_left(
            r"(?:i'd|i\s+would|id)\s+(?:love|like|want)\s+to|help\s+me|(?:trying|struggling)\s+to"
            r"|(?:can't|cannot|cant)"
        ),
    ),
    Rule(
        "rhetorical.everyone_knows",
        "everyone everybody",
        re.compile(r"(?:everyone|everybody)\s+knows\s+(?:that|this)(?=\s*(?:[,.!;]|\Z))"),
        "calls what the author missed common knowledge: condescending",
    ),
    Rule(
        "rhetorical.checklist_for",
        "isn't isnt is_that wasn't wasnt",
        re.compile(
            r"(?:isn't|isnt|is\s+that\s+not|wasn't|wasnt)\s+(?:[\w'-]+\s+){1,6}?(?:exactly\s+"
            r"|literally\s+)?what\s+(?:the|a|your|ur)\s+(?:[\w-]+\s+){0,2}?(?:checklist|check|checker|protocol"
            r"|policy|guideline|scanner|barcode|wristband|band|mar|chart|time[\s-]?out|sop"
            r"|procedure|pause|label|huddle|handover|briefing|alarm|monitor|scan|bleep|screen"
            r"|tool|score|form|bundle|assessment|sticker|chart|log)s?\s+"
            r"(?:is|are|was|were)\s+(?:there\s+)?for\b"
        ),
        "a rhetorical question that points at the check the author skipped",
    ),
]


# --- what guard._excused looks for: reasons a matched phrase is not the writer's verdict ---

# The rule named, not applied: "no 'why did you' replies", "the why-didn't-you crowd".
MENTION_BEFORE = re.compile(
    r"\b(?:no|any|the|those|these|without|avoid|avoiding|skip|skipping|fewer|of|a|your|their"
    r"|my|his|her|our)\s*[-'\"(]*\Z"
)
MENTION_AFTER = re.compile(
    r"['\")\s-]*(?:(?:type|kind|style|sort)\b|(?:replies|questions|comments|feedback|responses"
    r"|remarks|stuff|nonsense|lines|brigade|crowd|voices|things|routine|attitude|chorus|energy"
    r"|angle|approach|posts|messages|questioning|interrogation|judge?ment)\b)"
)

# Someone else asked it, and the phrase follows straight on: "she asked me, why didn't you
# call?", "everyone says you should have known". Not "that said, you should have".
# REPORTING_WORD is a cheap test tried first.
REPORTING_WORD = re.compile(
    r"ask|sa[iy]|told|tell|hear|question|know|demand|grill|interrog|yell|shout|snap|scream|wrote"
    r"|mail|text|messag|comment|repl|words|phrase"
)
REPORTED = re.compile(
    r"(?<!\byou\s)(?<!\bu\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bhaving\s)(?<!\bjust\s)\b(?:asked|asks"
    r"|(?:kept|keep|keeps|was|were|been|started)\s+asking|would\s+ask|used\s+to\s+ask"
    r"|wanted\s+to\s+know|demanded|questioned|grilled|interrogated|said|says|saying|told|tells"
    r"|yelled|shouted|snapped|screamed|wrote|emailed|texted|messaged|commented|replied"
    r"|hear(?:ing|d)?|the\s+question|that\s+question|the\s+words|the\s+phrase)"
    r"(?:\s+(?!but\b|so\b|and\b|though\b|however\b|yet\b)[\w']+){0,4}?[\s,:;\"'-]*\Z"
)

# Someone's thought rather than the writer's verdict: "you'll keep thinking you should have",
# "anyone who says you should have known", "it's easy to say you should have".
# THOUGHT_END is a cheap test tried first.
THOUGHT_END = re.compile(
    r"(?:wonder(?:ing)?|think(?:ing|s)?|thought|feel(?:ing|s)?|felt|believ(?:e|es|ing)"
    r"|worry(?:ing)?|replay(?:ing)?|yourself|myself|say(?:s|ing)?|said|tells?|told(?:\s+you)?"
    r"|claims?|suggest(?:s|ed)?|insists?|impl(?:y|ies|ied)|assume|look|seem|like|wonder"
    r"|(?:tell|tells|told)\s+(?:you|u))\s+(?:(?:that|what|how|whether)\s+)?(?:maybe\s+)?\Z"
)
NOT_ADDRESSED = re.compile(
    r"(?:(?<![\w'])(?:you|you're|youre|you'll|you've|you'd|u)\b[^.!?\n]{0,40}?\b(?:wonder(?:ing)?"
    r"|think(?:ing)?|thought|feel(?:ing)?|felt|believe|believing|worry(?:ing)?|replay(?:ing)?"
    r"|(?:tell(?:ing)?|ask(?:ing)?|question(?:ing)?|say(?:ing)?\s+to|blam(?:e|ing))\s+yourself)"
    r"|\b(?:who|people|someone|somebody|anyone|others|they|nobody|no\s+one|everyone|everybody"
    r"|colleagues?|managers?)\b[^.!?\n]{0,30}?(?<!\bi\s)(?<!\bi'd\s)(?<!\bwould\s)(?<!\bmust\s)"
    r"\b(?:think|thinks|thought|say|says|said|(?:tell|tells|told)(?:\s+(?:you|u))?|claims?"
    r"|believes?|suggest(?:s|ed)?|insists?|impl(?:y|ies|ied))"
    r"|\b(?:easy|tempting|natural|normal|human|common)\s+to\s+(?:say|think|feel|believe|assume"
    r"|wonder)"
    r"|\b(?:don't|do\s+not|never|try\s+not\s+to|stop)\s+(?:think(?:ing)?|tell(?:ing)?\s+yourself"
    r"|believ(?:e|ing)|let\s+anyone\s+tell\s+you|listen\s+to\s+anyone\s+who\s+says)"
    r"|\bhindsight\s+(?:says|tells\s+you|makes\s+(?:it\s+)?(?:look|seem|feel)(?:\s+like)?"
    r"|will\s+tell\s+you)"
    r"|\b(?:ask(?:ed|ing|s)?|tell(?:ing)?)\s+(?:myself|yourself)|\bvoice\s+(?:that|which)\s+says"
    r")\s+(?:(?:that|what|how|whether)\s+)?(?:maybe\s+)?\Z"
)

# Comfort after the phrase: "why would you blame yourself?", "how could you not feel guilty?"
COMFORT_WORD = re.compile(r"yourself|fault|blame|guilty|feel")
COMFORT_AFTER = re.compile(
    r"\b(?:(?:blam(?:e|ing)|forgiv(?:e|ing)|punish(?:ing)?|beat(?:ing)?|kind(?:er)?\s+to"
    r"|gentle\s+with|hard\s+on|easy\s+on|look\s+after|care\s+of|doubt(?:ing)?|hat(?:e|ing)"
    r"|about|to)"
    r"\s+yourself|your\s+fault|to\s+blame|guilty|feel(?:ing)?\s+(?:so\s+)?(?:bad|awful|terrible"
    r"|ashamed))\b"
)

# --- what the checks named in RULES look for -------------------------------------------------

# counterfactual: praise, not blame ("you did exactly what you should have done").
PRAISE = re.compile(r"\b(?:did|do|doing|done)\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+\Z")

# could_simply and if_you_had: "just", "simply" make it a judgement; "but you reported it"
# makes it praise; "could have killed someone" judges without them.
EASY = _words("just simply easily least always only")
BUT_YOU = re.compile(
    r"\b(?:but|and|instead)\s+(?:you|u)\s+(?:didn't|did\s+not|didnt|chose|decided|reported|told"
    r"|owned|came|spoke|stayed|went|said|flagged|wrote)\b"
)
# ...and so does pointing at whose job it was: "you could have asked your mentor, that's
# literally what they're there for".
THERE_FOR = re.compile(
    r"\bwhat\s+(?:they're|they\s+are|theyre|she's|he's|it's|its|it\s+is|we're|we\s+are"
    r"|(?:the|a|your)\s+\w+\s+(?:is|are))\s+(?:there\s+)?for\b"
)
HARMED = re.compile(r"\s+(?:killed|harmed|hurt)\s+(?:someone|somebody|him|her|them|the|a)\b")

# if_you_had: the writer shares it ("if you had asked me, I would have done the same").
SHARED_BLAME = re.compile(r"\b(?:i|i'd|i'm|we|we'd|me|us|anyone|any\s+of\s+us|everyone|same)\b")

# own_wondering: the author's own wondering ("you're lying awake wondering why you..."), or
# wondering called normal.
SECOND_PERSON = re.compile(
    r"\b(?:you're|youre|you'll|you've|you\s+(?:are|were|will|might|may|must|probably|keep|kept"
    r"|still|have|had|can|could))\b"
)
NORMAL = re.compile(
    r"\b(?:is|are|was)\s+(?:so\s+|completely\s+|totally\s+|very\s+)?(?:normal|natural|human"
    r"|understandable|common|expected|part\s+of)\b|\bhappens\b|\beveryone\s+does\b"
)

# not_negated: "I'm not going to ask why you..."
NEGATED = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}\Z")

# not_lacking: "it would have been better if you'd had a senior with you".
LACKING = re.compile(
    r"(?:'d|\s+had)\s+(?:had|got|been\s+(?:given|offered|supported|told|shown|allowed))\b"
)

# pointed_or_before and back_then: about the moment of the decision, not the future.
BEFOREHAND = re.compile(r"\b(?:before|beforehand|first|at\s+the\s+time)\b")
FUTURE = re.compile(r"\b(?:next\s+time|in\s+(?:the\s+)?future|going\s+forward|from\s+now\s+on)\b")
BACK_THEN = re.compile(
    r"\b(?:at\s+the\s+time|back\s+then|then\s+and\s+there|in\s+the\s+moment|that\s+(?:night"
    r"|day|shift|morning|evening|afternoon)|before\s+(?:you|giving|signing|discharging|pushing"
    r"|hanging|leaving))\b"
)

# not_career: "why did you choose nursing?", "why did you have no senior?"
CAREER = re.compile(
    r"\s+(?:(?:choose|pick)\s+(?:nursing|medicine|pharmacy|therapy|social\s+work|this|that"
    r"|to\s+(?:become|train|go\s+into|study))|(?:decide|want)\s+to\s+(?:become|train|go\s+into"
    r"|study|post|share|write)|go\s+into|get\s+into|become\s+an?\b|train\s+as|have\b"
    r"|get\s+(?:put|left|stuck|sent|given|assigned|told)\b)"
)

# no_excuse: "you weren't focused because you hadn't slept".
EXCUSE = re.compile(r"\b(?:because|since|after|when|as|with|given|cause|so\s+tired)\b")

# not_shared and writer_would_not: "I'd never have spotted it either"; and "if you had asked
# me then, I would have said no" answers a hypothetical (but "if I were you" compares).
TOO = re.compile(
    r"\b(?:too|either|as\s+well|back\s+then|at\s+(?:your|that)\s+stage|as\s+an?\s+(?:new|student"
    r"|junior|first))\b"
)
HYPOTHETICAL = re.compile(r"\b(?:if|had\s+i)\b(?!\s+i\s+(?:were|was)\s+(?:you|u)\b)")

# not_shared_blame: "a bad call, but one any of us would have made".
SHARED_BLAME_AFTER = re.compile(
    r"\b(?:anyone|any\s+of\s+us|we\s+all|everyone|all\s+of\s+us|i\s+would|i'd\s+have|i've\s+made"
    r"|i\s+made)\b"
)

# judged_decision: "that was careless." ends in the verdict; "it's lazy staffing" does not.
END_OF_VERDICT = re.compile(r"\s*(?:[.!?,;:]|\Z|of\s+(?:you|u)\b|and\b)")

# judged_decision: "this was avoidable, by the department" is said of the system.
BY_THE_SYSTEM = re.compile(
    r"[\s,]*(?:by|from|on\s+the\s+part\s+of)\s+(?:the\s+)?(?:department|trust|management"
    r"|hospital|ward|system|organisation|organization|employer|service|board|unit|rota|company)"
)
# judged_decision: "the way they treated you was unprofessional" is said of them.
DONE_TO_YOU = re.compile(r"\b(?:treated|left|put|told|made|let|gave|handled|spoke\s+to)\s+\Z")

# unsure: "not sure why you...", "no idea why you...".
NOT_BEFORE = re.compile(
    r"(?:\bnot|\bno|n't)(?:\s+(?:really|quite|entirely|totally|at\s+all))?\s+\Z"
)

# not_own: the writer's own mistake ("I made a rookie error too").
FIRST_PERSON = re.compile(r"\b(?:i|i've|i'd|i'm|we|we've|my|our)\b")


# --- what the issue-14 checks look for ------------------------------------------------------

# passive_act, passive_if, wonder_event: what a clinician does in the event itself. "Should
# have been changed", "been staffed", "been given support" are left alone: they are the
# system's part, or what the author lacked.
PASSIVE_ACTS = _words(
    """checked rechecked double-checked double-check cross-checked verified confirmed repeated
    chased escalated asked told informed called rung phoned bleeped paged documented charted
    recorded reviewed read counted scanned witnessed flushed labelled labeled mobilised
    mobilized given withheld omitted weighed measured monitored done taken referred reassessed
    assessed examined screened reconciled calculated handed re-checked re-done redone looked
    totalled totaled looped compared"""
)
# The head of the subject of a passive counterfactual that makes it the system's part.
SYSTEM_NOUNS = _words(
    """rota rotas ward wards unit trust system systems staffing pump pumps software policy
    policies protocol protocols packaging manufacturer manufacturers management
    department hospital service organisation organization board alarm alarms process workload
    caseload caseloads agency shift shifts"""
)
PRONOUNS = _words("""you u i we they he she it me us them him yourself""")
# wonder_event: the wondering is about the event ("whether the obs were being done").
WONDER_EVENT = re.compile(
    r"\bgot\s+(?P<got>missed|skipped|overlooked|lost|forgotten|ignored)\b|\b(?:signs|flags)"
    r"\s+were\s+(?P<there>there)\b|\b(?:was|were)\s+(?:(?:actually|really|even|ever|properly|being|all|always|even\s+being)"
    r"\s+)*(?P<act>[\w-]+)|\b(?:you|u)(?:'d|\s+would|\s+might)(?:\s+have|'ve)\s+(?P<have>\w+)"
    r"|\bhad\s+(?:you|u)\s+(?:(?:actually|even|properly|just|only)\s+)?(?P<had>\w+)"
    r"|\b(?:you|u)\s+(?:actually|even|really|ever|properly)\s+(?P<did>\w+ed)\b"
    r"|\ban?\s+(?:(?:proper|quick|closer|second|careful|better|earlier)\s+)?(?:look|check|call"
    r"|review|glance|read)\b[^.!?\n]{0,40}?\b(?:might|would|could)(?:\s+have|'ve)\s+"
    r"(?P<changed>changed|made|caught|prevented|saved)\b"
)
# someone_should: "somebody should have chased it ... that somebody was you".
SOMEONE_SHOULD = re.compile(r"\b(?:somebody|someone)\s+(?:should|ought|needed|had\s+to)\b")
# wonder_event: "whether anyone was actually watching it".
WATCHING = _words("watching checking monitoring reading looking listening paying")
# passive_if, had_you_then: the outcome clause that makes it a counterfactual.
OUTCOME = re.compile(r"\b(?:would|wouldn't|wouldnt|might|could|'d)\b")
# verdict_subject: what the verdict is said of. "Giving meds out of an unlabelled pot is
# reckless" judges; "the staffing was reckless" blames the system.
SYSTEM_WORDS = re.compile(
    r"\b(?:rota|staffing|system|management|managers?|trust|policy|protocol|pump|software"
    r"|workload|caseload|culture|department|hospital|organisation|organization|board|design"
    r"|label(?:l)?ing|packaging|manufacturer|situation|shift|they|them|he|she|nhs|government)\b"
    r"|\b(?:to|for)\s+(?:you|u)\b|\byou\s+were\s+(?:treated|left|put|spoken)"
)
# verdict: not a verdict on the author: negated, the writer's own, generic or someone else's.
NOT_A_VERDICT = re.compile(
    r"(?:\bnot|n't|\bnever|\bno|\bnor|such\s+thing\s+as|\bavoid(?:ing)?|\bwithout|instead\s+of"
    r"|rather\s+than|\btheir|\bhis|\bher|\bmanagement's|\btrust's|\bmy(?:\s+own)?|\bour"
    r"|\bmost|\bmany|\ball|\bevery)\s+(?:[\w'-]+\s+){0,4}\Z"
)
# ...nor one that names the system's cure ("preventable with better staffing") or the system as
# the one that could have avoided it ("avoidable at a *system* level").
SYSTEM_CURE = re.compile(
    r"\A\s*(?:with|by|through|given)\s+(?:better|proper|more|safer|decent)\b"
    r"|\A\s*at\s+(?:an?|the)\s+(?:system|systems|service|organi[sz]ational|trust|board)\s+level\b"
)
# passive_act: the writer says the author did it ("needed to be told, and you told them").
AND_YOU_DID = re.compile(
    r"\band\s+(?:you|u)\s+(?:did|told|called|rang|checked|escalated|asked|informed|documented"
    r"|reported|confirmed|repeated)\b"
)
SHARED_FAULT = re.compile(
    r"\b(?:any\s+of\s+us|we\s+all|all\s+of\s+us|anyone\s+(?:could|would|might|can)|i(?:'ve"
    r"|\s+have)?\s+made|i'd\s+have|i\s+would\s+have|happens\s+to|we've\s+all|everyone\s+has)\b"
)
OWN_DOING = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|\s+had|'d)?\s+(?:\w+\s+)?(?:made|make|took|take|done|did|do)\b"
    r"|\bmy\s+own\b|\bmine\b"
)
# maxim: a rule stated for next time, not a verdict on the last.
AHEAD = re.compile(
    r"\b(?:again|anymore|any\s+more|yourself|next\s+time|going\s+forward|in\s+(?:the\s+)?future"
    r"|from\s+now\s+on)\b"
)
