"""Varied post text for `forum seed-bench`, so that searching the bench database is realistic.

Sentences come from templates (`forum.benchwords`) whose slots are filled with clinical terms
and everyday words (`forum.benchlexicon`, some misspelt) drawn with Zipf-like weights, and
numbers (doses, times, observations). In a million posts the index holds about 50,000 words,
and half the phrases of six words are in 1 post, of five words in at most 7, of four words
in at most 42 (a template's fixed words and the commonest terms repeat). Bodies are
plain paragraphs, sometimes with a quoted sentence, a list or one emphasised word, and their
HTML is built here: `forum.rendering.render` takes about 0.45 ms a body (7 to 8 minutes for a
million, several times the rest of the seed) and gives exactly the same HTML for this text
(tests/test_benchtext.py checks a sample; 20,000 bodies matched when it was written).
"""

from __future__ import annotations

import re
from itertools import accumulate
from random import Random

from .benchwords import EVERYDAY, LIST_ITEMS, NOTES, REPLY, SLOTS, STORY

ZIPF = 0.8  # the exponent: the first term of a list 40 times as frequent as the hundredth
EVEN_BELOW = 40  # terms: a shorter list is drawn evenly
NOTES_WEIGHT = 1  # shorthand sentences: each of NOTES as often as each of the others
EVERYDAY_WEIGHT = 2  # sentences of everyday life: twice each of EVERYDAY
MISSPELT = ("thing", "did", "quality", "how")  # the everyday words, where typos go
TYPOS = 0.02  # of those words drawn, misspelt: a letter dropped, doubled or swapped
BUFFER = 512  # terms drawn at a time per slot: one call of Random.choices for many
_PART = re.compile(r"\{(\w+\??)\}|\[([^\]]*)\]")
_NUMBER = re.compile(r"[\d.:]+")


class _Draw:
    """Draws one of `choices` (texts, or parts to expand) with Zipf-like weights by rank
    (`exponent` 0: evenly), a buffer at a time."""

    __slots__ = ("choices", "cum_weights", "rng", "buffer", "expand")

    def __init__(self, choices: list, rng: Random, exponent: float, expand: bool):
        self.choices, self.rng, self.buffer, self.expand = choices, rng, [], expand
        self.cum_weights = list(accumulate(_weights(choices, exponent))) if exponent else None

    def __call__(self) -> str:
        if not self.buffer:
            self.buffer = self.rng.choices(self.choices, cum_weights=self.cum_weights, k=BUFFER)
        chosen = self.buffer.pop()
        if self.expand:  # a template: its text with each slot's draw in place
            return chosen[0].format(*[draw() for draw in chosen[1]])
        return chosen


class _Misspelt(_Draw):
    """Draws a word as _Draw does, misspelt one time in 1 / TYPOS: the long tail of words
    that a forum's index holds once or twice."""

    __slots__ = ()

    def __call__(self) -> str:
        word = super().__call__()
        if self.rng.random() >= TYPOS or len(word) < 4:
            return word
        at = self.rng.randrange(1, len(word) - 1)
        kind = self.rng.randrange(3)
        if kind == 0:
            return word[:at] + word[at + 1 :]
        if kind == 1:
            return word[:at] + word[at] + word[at:]
        return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]


class Writer:
    """Post bodies as (Markdown, HTML) pairs; the same seed writes the same bodies."""

    def __init__(self, seed: int):
        self.rng = Random(seed)
        self.slots: dict[str, _Draw] = {}
        # Terms without slots first: the terms with slots name only those.
        for nested in (False, True):
            for name, terms in SLOTS.items():
                if any("{" in term or "[" in term for term in terms) != nested:
                    continue
                # Numbers and short lists of connecting words evenly; lists of terms by rank.
                numeric = all(_NUMBER.fullmatch(term) for term in terms)
                even = (numeric and name != "amount") or len(terms) < EVEN_BELOW
                exponent = 0.0 if even else ZIPF
                choices = [self._parts(t) for t in terms] if nested else terms
                kind = _Misspelt if name in MISSPELT else _Draw
                self.slots[name] = kind(choices, self.rng, exponent, nested)
        self.story_sentence = self._sentences(STORY)
        self.reply_sentence = self._sentences(REPLY)
        self.list_item = self._sentences(LIST_ITEMS, framed=False)

    def story(self) -> tuple[str, str]:
        return self._body((3, 6), (2, 5), self.story_sentence)

    def reply(self) -> tuple[str, str]:
        return self._body((1, 3), (1, 4), self.reply_sentence)

    # --- bodies ----------------------------------------------------------------------

    def _body(self, paragraphs, per_paragraph, sentence) -> tuple[str, str]:
        """Paragraphs of sentences; one body in seven gets a list, one in ten starts with
        a quoted sentence, one in ten has an emphasised word."""
        rng = self.rng
        texts = [
            " ".join([sentence() for _ in range(rng.randint(*per_paragraph))])
            for _ in range(rng.randint(*paragraphs))
        ]
        markdown = texts[:]
        html = [f"<p>{_escape(text)}</p>" for text in texts]
        extra = rng.random()
        if extra < 0.15:
            items = [self.list_item() for _ in range(rng.randint(2, 4))]
            at = rng.randint(1, len(texts))
            markdown.insert(at, "\n".join(f"- {item}" for item in items))
            html.insert(at, "<ul>\n" + "".join(f"<li>{_escape(i)}</li>\n" for i in items) + "</ul>")
        elif extra < 0.25:
            quoted = sentence()
            markdown.insert(0, "> " + quoted)
            html.insert(0, f"<blockquote>\n<p>{_escape(quoted)}</p>\n</blockquote>")
        elif extra < 0.35:
            words = texts[0].split(" ")
            at = rng.randrange(len(words))
            if words[at].isalpha():
                word = words[at]
                words[at] = f"*{word}*"
                markdown[0] = " ".join(words)
                words = [_escape(w) for w in words]
                words[at] = f"<em>{word}</em>"
                html[0] = f"<p>{' '.join(words)}</p>"
        return "\n\n".join(markdown), "\n".join(html)

    # --- templates -------------------------------------------------------------------

    def _parts(self, template: str) -> tuple[str, list[_Draw]]:
        """A template as a format string with a `{}` for each slot, and the slots' draws."""
        draws: list[_Draw] = []

        def slot(found: re.Match) -> str:
            name, choices = found.groups()
            if name is not None and name.endswith("?"):
                draws.append(self._optional(name[:-1]))
            elif name is not None:
                draws.append(self.slots[name])
            else:
                draws.append(_Draw(choices.split("|"), self.rng, 0.0, False))
            return "{}"

        return _PART.sub(slot, template), draws

    def _optional(self, name: str) -> _Draw:
        """A term of the slot (weighted as the slot weighs it) and a space, or nothing: half
        the time."""
        slot = self.slots[name]
        weights = list(_weights(slot.choices)) if slot.cum_weights else [1.0] * len(slot.choices)
        draw = _Draw(["", *(term + " " for term in slot.choices)], self.rng, 0.0, False)
        draw.cum_weights = list(accumulate([sum(weights), *weights]))
        return draw

    def _sentences(self, templates: list[str], framed: bool = True):
        """A function that writes one sentence of these templates (chosen evenly), with
        its first letter a capital."""
        if framed:  # an opener and a tail around each, and the notes as they are
            templates = ["{opener} " + t[:-1] + "{tail}" + t[-1] for t in templates]
            templates += NOTES * NOTES_WEIGHT + EVERYDAY * EVERYDAY_WEIGHT
        draw = _Draw([self._parts(t) for t in templates], self.rng, 0.0, True)

        def sentence() -> str:
            text = draw().lstrip()
            return text[0].upper() + text[1:]

        return sentence


def _weights(choices: list, exponent: float = ZIPF):
    """Zipf-like weights by rank: the first choice most often."""
    return (1 / rank**exponent for rank in range(1, len(choices) + 1))


def _escape(text: str) -> str:
    """What python-markdown and bleach do to plain text: &, < and > as entities."""
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text
