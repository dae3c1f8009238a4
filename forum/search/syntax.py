"""The search box's syntax, read once and written out for each engine.

Words must all match; `"an exact phrase"`; `-left out` (a word or a phrase); `prefix*`;
`author:username` (named posts only). Stop words are dropped; inside a phrase they hold
their places, as in PostgreSQL's phrase search. The user's text never reaches the engine's
own query language: every word is a run of letters and digits, quoted on the way out, so
FTS5's and PostgreSQL's operators cannot be typed in.
A pure module: no Flask, no database.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY = 300  # characters; longer queries get a message, not a search
MIN_PREFIX = 3  # `ab*` would match half the dictionary: shorter prefixes are plain words
MAX_CLAUSES = 12  # words, phrases and exclusions together

# PostgreSQL's English stop words (its tsearch_data/english.stop), so both engines leave
# out the same words.
_STOP_WORDS = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves what
    which who whom this that these those am is are was were be been being have has had
    having do does did doing a an the and but if or because as until while of at by for
    with about against between into through during before after above below to from up
    down in out on off over under again further then once here there when where why how
    all any both each few more most other some such no nor not only own same so than too
    very s t can will just don should now
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[^\W_]+")  # letters and digits: what both engines index as a word
_AUTHOR = re.compile(r"(?i)^author:(\S*)$")


@dataclass(frozen=True)
class Query:
    """A search as the engines need it; `problem` says why there is nothing to search for."""

    words: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    excluded: tuple[tuple[str, ...], ...] = ()  # each a word (one item) or a phrase
    author: str | None = None
    problem: str | None = None

    @property
    def highlighted(self) -> tuple[str, ...]:
        """The words a snippet marks: every word looked for, none of the left-out ones."""
        return self.words + self.prefixes + tuple(w for phrase in self.phrases for w in phrase)


def clean(text: str) -> str:
    """The query as typed, minus NULs and control characters, composed (NFC), one line."""
    text = unicodedata.normalize("NFC", text)
    return " ".join("".join(c for c in text if c.isprintable() or c.isspace()).split())


def parse(text: str) -> Query:
    text = clean(text)
    if len(text) > MAX_QUERY:
        return Query(problem=f"Search for at most {MAX_QUERY} characters.")
    words: list[str] = []
    prefixes: list[str] = []
    phrases: list[tuple[str, ...]] = []
    excluded: list[tuple[str, ...]] = []
    author = None
    common = False  # a word was left out as too common
    for minus, quoted, bare in _TOKEN.findall(text):
        if bare:
            found = _AUTHOR.match(bare)
            if found:
                author = found.group(1) or author
                continue
            minus, bare = ("-", bare[1:]) if bare.startswith("-") else ("", bare)
        runs = tuple(run.casefold() for run in _WORD.findall(quoted or bare))
        if not runs:
            continue
        if bare.endswith("*") and not minus and len(runs) == 1 and len(runs[0]) >= MIN_PREFIX:
            prefixes.append(runs[0])  # "over*" finds "overdose": a prefix is no stop word
        elif all(run in STOP_WORDS for run in runs):
            # PostgreSQL keeps no stop word, not even in a phrase ("why did you") or after a
            # minus sign: both engines leave them out, so they find the same posts.
            common = True
        elif minus:
            excluded.append(runs)
        elif quoted or len(runs) > 1:
            # "co-sign" and "24/7" keep their parts together, as a phrase does.
            phrases.append(runs)
        else:
            words.append(runs[0])
    query = Query(
        tuple(dict.fromkeys(words)),
        tuple(dict.fromkeys(prefixes)),
        tuple(dict.fromkeys(phrases)),
        tuple(dict.fromkeys(excluded)),
        author,
    )
    if len(query.words) + len(query.prefixes) + len(query.phrases) + len(query.excluded) > (
        MAX_CLAUSES
    ):
        return Query(problem=f"Search for at most {MAX_CLAUSES} words and phrases at a time.")
    if not (query.words or query.prefixes or query.phrases or query.author):
        if query.excluded:
            return Query(problem="Add a word to look for: a minus sign only leaves words out.")
        if common:
            return Query(
                problem="Those are all very common words (like “the” or “why”), which search "
                "leaves out. Add a word that says what happened."
            )
        if text:
            return Query(problem="Search looks for words: type one, in letters or digits.")
        return Query(problem="")
    return query


def fts5(query: Query) -> str | None:
    """The FTS5 MATCH expression, or None when only an author was asked for."""

    wanted = [_quoted((w,)) for w in query.words]
    wanted += [_quoted((p,)) + "*" for p in query.prefixes]
    wanted += [_fts5_phrase(phrase) for phrase in query.phrases]
    if not wanted:
        return None
    expression = " AND ".join(wanted)
    for runs in query.excluded:
        expression = f"({expression}) NOT {_fts5_phrase(runs)}"
    return expression


def _quoted(runs: tuple[str, ...] | list[str]) -> str:
    return '"' + " ".join(runs) + '"'  # runs hold letters and digits only


def _fts5_phrase(runs: tuple[str, ...]) -> str:
    """A phrase as PostgreSQL reads it: its stop words left out but holding their places.
    Stop words at either end go; inside, they split the phrase into parts that must stand
    as far apart as they do (FTS5's NEAR, which also admits the parts in another order).
    A phrase of stop words alone never gets here: `parse` drops it."""
    kept = [i for i, run in enumerate(runs) if run not in STOP_WORDS]
    runs = runs[kept[0] : kept[-1] + 1]
    parts: list[list[str]] = [[]]
    for run in runs:
        if run in STOP_WORDS:
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(run)
    if len(parts) == 1:
        return _quoted(parts[0])
    between = len(runs) - len(parts[0]) - len(parts[-1])
    return f"NEAR({' '.join(_quoted(part) for part in parts)}, {between})"


def tsquery(query: Query) -> str | None:
    """The text for PostgreSQL's to_tsquery, or None when only an author was asked for."""

    def lexemes(runs: tuple[str, ...]) -> str:
        inner = " <-> ".join(f"'{run}'" for run in runs)
        return f"({inner})" if len(runs) > 1 else inner

    wanted = [lexemes((w,)) for w in query.words]
    wanted += [f"'{p}':*" for p in query.prefixes]
    wanted += [lexemes(phrase) for phrase in query.phrases]
    if not wanted:
        return None
    wanted += [f"!{lexemes(runs)}" for runs in query.excluded]
    return " & ".join(wanted)
