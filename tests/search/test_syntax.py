"""The search box's syntax (forum/search/syntax.py): what a query means, and that nothing a
member types reaches FTS5's or PostgreSQL's own query language. Pure: no app, no database."""

from __future__ import annotations

import ast
import random
import re
import unicodedata
from pathlib import Path

import pytest

from forum.search import syntax
from forum.search.syntax import MAX_CLAUSES, MAX_QUERY, Query, fts5, parse, tsquery


def test_every_word_is_required_in_both_engines():
    query = parse("insulin night shift")
    assert query.words == ("insulin", "night", "shift")
    assert fts5(query) == '"insulin" AND "night" AND "shift"'
    assert tsquery(query) == "'insulin' & 'night' & 'shift'"


def test_words_are_casefolded_and_repeats_count_once():
    assert parse("Insulin INSULIN insulin Straße").words == ("insulin", "strasse")


def test_stop_words_are_dropped_outside_phrases():
    assert parse("why did the dose go wrong").words == ("dose", "go", "wrong")


def test_a_phrase_drops_its_stop_words_at_either_end():
    query = parse('"why did you give" dose')
    assert query.phrases == (("why", "did", "you", "give"),)
    assert query.words == ("dose",)
    assert fts5(query) == '"dose" AND "give"'
    assert tsquery(query) == "'dose' & ('why' <-> 'did' <-> 'you' <-> 'give')"  # the same there


def test_stop_words_inside_a_phrase_hold_their_places():
    # As PostgreSQL's phrase operator does: the words on either side of a stop word must be
    # that far apart. FTS5 says so with NEAR, counting the words between the first part's
    # end and the last part's start (in either order: the one looseness).
    query = parse('"safety contract for confidentiality"')
    assert fts5(query) == 'NEAR("safety contract" "confidentiality", 1)'
    query = parse('"gave the wrong dose to the wrong patient" insulin')
    assert fts5(query) == '"insulin" AND NEAR("gave" "wrong dose" "wrong patient", 5)'


def test_a_phrase_of_stop_words_alone_is_left_out_as_postgresql_would():
    query = parse('"why did you" dose')
    assert query.phrases == () and query.words == ("dose",)


def test_only_stop_words_is_a_problem_that_says_so():
    query = parse("Why did you")
    assert query.problem and "common words" in query.problem
    assert fts5(query) is None and tsquery(query) is None


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "\x00", "\u200f"])
def test_an_empty_query_has_an_empty_problem(text):
    assert parse(text) == Query(problem="")


def test_an_exact_phrase():
    query = parse('"wrong patient" insulin')
    assert query.phrases == (("wrong", "patient"),)
    assert fts5(query) == '"insulin" AND "wrong patient"'
    assert tsquery(query) == "'insulin' & ('wrong' <-> 'patient')"


def test_a_one_word_phrase_is_a_phrase_of_one():
    query = parse('"insulin"')
    assert query.phrases == (("insulin",),) and query.problem is None


def test_nothing_but_punctuation_asks_for_a_word():
    for text in ("-", "*", '""', "🙂", "%"):
        assert parse(text).problem == "Search looks for words: type one, in letters or digits."
    assert "common words" in parse('"the"').problem


def test_an_excluded_word():
    query = parse("insulin -pump")
    assert query.words == ("insulin",)
    assert query.excluded == (("pump",),)
    assert fts5(query) == '("insulin") NOT "pump"'
    assert tsquery(query) == "'insulin' & !'pump'"


def test_an_excluded_phrase():
    query = parse('insulin -"sliding scale"')
    assert query.excluded == (("sliding", "scale"),)
    assert fts5(query) == '("insulin") NOT "sliding scale"'
    assert tsquery(query) == "'insulin' & !('sliding' <-> 'scale')"


def test_several_exclusions_nest():
    query = parse("insulin -pump -pen")
    assert fts5(query) == '(("insulin") NOT "pump") NOT "pen"'
    assert tsquery(query) == "'insulin' & !'pump' & !'pen'"


def test_excluded_words_are_not_highlighted():
    assert parse('insulin -pump "wrong dose"').highlighted == ("insulin", "wrong", "dose")


def test_a_left_out_stop_word_is_dropped_as_any_stop_word_is():
    # PostgreSQL drops it from the query; FTS5 would leave out every post that has "the".
    query = parse('insulin -the -"the pump"')
    assert query.excluded == (("the", "pump"),)
    assert fts5(query) == '("insulin") NOT "pump"'
    assert fts5(parse('insulin -"pump in the fridge"')) == (
        '("insulin") NOT NEAR("pump" "fridge", 2)'
    )


def test_only_exclusions_is_a_problem():
    query = parse('-pump -"sliding scale"')
    assert query.problem and "minus sign" in query.problem
    assert fts5(query) is None and tsquery(query) is None


def test_a_prefix():
    query = parse("insul*")
    assert query.prefixes == ("insul",) and query.words == ()
    assert fts5(query) == '"insul"*'
    assert tsquery(query) == "'insul':*"


@pytest.mark.parametrize("text", ["ab*", "x*", "AB*"])
def test_a_prefix_shorter_than_the_minimum_is_a_plain_word(text):
    query = parse(text)
    assert query.prefixes == ()
    assert query.words == (text[:-1].lower(),)


def test_a_too_short_prefix_that_is_a_stop_word_is_dropped():
    assert parse("an* insulin").words == ("insulin",)


def test_the_shortest_prefix_allowed():
    assert parse("abc*").prefixes == ("abc",)
    assert syntax.MIN_PREFIX == 3


def test_a_star_inside_or_before_a_word_is_not_a_prefix():
    assert parse("*insulin").words == ("insulin",)
    assert parse("ins*ulin").phrases == (("ins", "ulin"),)


def test_author_names_a_member():
    query = parse("author:Wren_Alder insulin")
    assert query.author == "Wren_Alder"
    assert query.words == ("insulin",)


def test_author_alone_is_a_search_without_words():
    query = parse("AUTHOR:wren")
    assert query.author == "wren" and query.problem is None
    assert fts5(query) is None and tsquery(query) is None


def test_an_empty_author_is_ignored():
    query = parse("author: insulin")
    assert query.author is None and query.words == ("insulin",)


def test_author_in_quotes_or_after_a_minus_is_text():
    assert parse('"author:wren"').phrases == (("author", "wren"),)
    assert parse("insulin -author:wren").excluded == (("author", "wren"),)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("co-sign", ("co", "sign")),
        ("24/7", ("24", "7")),
        ("mg/kg", ("mg", "kg")),
        ("0.5", ("0", "5")),
        ("O'Brien", ("o", "brien")),
        ("x-ray", ("x", "ray")),
    ],
)
def test_a_word_with_inner_punctuation_is_a_phrase(text, phrase):
    query = parse(text)
    assert query.phrases == (phrase,)
    assert query.words == ()


def test_an_unbalanced_quote_runs_to_the_end():
    query = parse('insulin "wrong patient')
    assert query.words == ("insulin",)
    assert query.phrases == (("wrong", "patient"),)


@pytest.mark.parametrize("text", ["-", "*", "-*", '"', '""', "- * ( ) ^ :", "😀", "…"])
def test_punctuation_alone_is_a_problem_not_a_search(text):
    query = parse(text)
    assert query.problem  # a message, never an empty problem (which means "nothing typed")
    assert fts5(query) is None and tsquery(query) is None


def test_or_is_a_stop_word_not_an_operator():
    query = parse("insulin OR heparin")
    assert query.words == ("insulin", "heparin")
    assert " OR " not in fts5(query) and "|" not in tsquery(query)


@pytest.mark.parametrize(
    ("text", "words", "phrases"),
    [
        ("AND NOT NEAR", ("near",), ()),
        ("NEAR(insulin heparin)", ("heparin",), (("near", "insulin"),)),
        ('insulin"', ("insulin",), ()),
        ("^insulin", ("insulin",), ()),
        ("title:insulin", (), (("title", "insulin"),)),
        ("(insulin)", ("insulin",), ()),
        ("insulin:*", (), ()),  # a prefix: see below
        ("insulin & !heparin | <->", ("insulin", "heparin"), ()),
        ("{insulin}", ("insulin",), ()),
    ],
)
def test_engine_operators_are_read_as_words(text, words, phrases):
    query = parse(text)
    assert query.words == words
    assert query.phrases == phrases


def test_a_tsquery_prefix_mark_is_just_a_prefix():
    assert parse("insulin:*").prefixes == ("insulin",)


def test_sql_metacharacters_are_words_too():
    query = parse("'; DROP TABLE posts; --")
    assert query.words == ("drop", "table", "posts")
    assert fts5(query) == '"drop" AND "table" AND "posts"'
    assert tsquery(query) == "'drop' & 'table' & 'posts'"


def test_a_query_longer_than_the_limit_is_a_problem():
    query = parse("insulin " * 1250)  # 10,000 characters
    assert query.problem == f"Search for at most {MAX_QUERY} characters."
    assert fts5(query) is None and tsquery(query) is None


def test_a_query_at_the_limit_is_searched():
    text = ("x" * 9 + " ") * (MAX_QUERY // 10)
    assert len(text.strip()) <= MAX_QUERY
    assert parse(text).words == ("x" * 9,)


def test_the_length_is_counted_after_spaces_are_collapsed():
    assert parse("insulin" + " " * 1000 + "heparin").words == ("insulin", "heparin")


def test_more_clauses_than_the_limit_is_a_problem():
    text = " ".join(f"word{n}" for n in range(MAX_CLAUSES + 1))
    assert parse(text).problem == f"Search for at most {MAX_CLAUSES} words and phrases at a time."
    assert parse(" ".join(f"word{n}" for n in range(MAX_CLAUSES))).problem is None


def test_nul_and_control_characters_are_removed():
    assert syntax.clean("in\x00su\x07lin\x1b[31m") == "insulin[31m"
    assert parse("in\x00sulin").words == ("insulin",)


def test_line_breaks_and_tabs_become_single_spaces():
    assert syntax.clean(" insulin\r\n\theparin\u2028pump ") == "insulin heparin pump"


def test_invisible_format_characters_are_removed():
    # Right-to-left and zero-width marks would otherwise split or hide a word.
    assert syntax.clean("insu\u200blin\u200f") == "insulin"


def test_decomposed_accents_are_composed():
    assert parse("cafe\u0301 nai\u0308ve").words == ("café", "naïve")


def test_emoji_are_separators():
    assert parse("insulin😀heparin").phrases == (("insulin", "heparin"),)
    assert parse("😀 insulin").words == ("insulin",)


def test_right_to_left_and_other_scripts_are_words():
    query = parse("שלום مريض 患者")
    assert query.words == ("שלום", "مريض", "患者")
    assert fts5(query) == '"שלום" AND "مريض" AND "患者"'


# ---------------------------------------------------------------------------------------
# Nothing but quoted runs and the compiler's own operators ever reaches an engine.

# A run: letters and digits. Casefolding may add a combining mark ("İ" -> "i" + U+0307),
# which means nothing to either engine and stays inside the quotes.
_RUN = r"(?:[^\W_]|[\u0300-\u036f])+"
_FTS5_PHRASE = rf'"{_RUN}(?: {_RUN})*"'
_FTS5_NEAR = rf"NEAR\({_FTS5_PHRASE}(?: {_FTS5_PHRASE})+, \d+\)"
_FTS5_TERM = rf"(?:{_FTS5_PHRASE}\*?|{_FTS5_NEAR})"
_FTS5 = re.compile(
    rf"(?:\()*{_FTS5_TERM}(?: AND {_FTS5_TERM})*(?:\) NOT (?:{_FTS5_PHRASE}|{_FTS5_NEAR}))*",
)
_TS_LEXEME = rf"'{_RUN}'"
_TS_TERM = rf"!?(?:{_TS_LEXEME}(?::\*)?|\({_TS_LEXEME}(?: <-> {_TS_LEXEME})+\))"
_TSQUERY = re.compile(rf"{_TS_TERM}(?: & {_TS_TERM})*")

ODD_INPUTS = [
    "",
    '"',
    '""',
    '"""',
    '" "',
    '-"',
    '-""',
    "--insulin",
    "-",
    "*",
    "**",
    "***insulin***",
    "OR",
    "AND",
    "NOT",
    "NEAR(",
    "NEAR(a b, 3)",
    "(",
    ")",
    "()",
    "^",
    ":",
    "insulin:",
    "title:insulin",
    "{title body}: insulin",
    "'",
    "''",
    "'insulin'",
    "\\",
    "\\'",
    "insulin\\",
    "!insulin",
    "insulin <-> heparin",
    "insulin <2> heparin",
    "insulin & heparin | pump",
    "'; DROP TABLE posts; --",
    '"; DROP TABLE posts; --',
    "1' OR '1'='1",
    "author:",
    "author:'; DROP",
    'author:"x" insulin',
    "-author:x",
    "a" * 400,
    "insulin " * 1250,
    "in\x00sulin",
    "\x00\x01\x02\x7f",
    "cafe\u0301",
    "İstanbul",
    "ΐ",
    "ǅ",
    "ß",
    "ﬁne",
    "½ dose",
    "x²",
    "٣ doses",
    "😀",
    "👩‍⚕️ nurse",
    "\u202eevil\u202c",
    "שלום",
    "مريض",
    "患者",
    "नमस्ते",
    "\ue000insulin\ue001",
    "co-sign 24/7 mg/kg 0.5",
]

_ALPHABET = (
    "abcxyzABCXYZ0123456789 -*\"'():^&|!<>\\/.,;_{}+~=@#%`"
    "éüßİıΐçñ٣½²шщ患者שמ\u0301\u0308\u200b\u200f\u202e\x00\x07\t\n😀👩‍⚕️\ue000"
)


def _generated(count: int = 3000) -> list[str]:
    rng = random.Random(13)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_compiles_to_quoted_runs_only(text):
    _check(text)


def test_thousands_of_random_inputs_compile_to_quoted_runs_only():
    for text in _generated():
        _check(text)


def _check(text: str) -> None:
    query = parse(text)
    assert query.problem is None or isinstance(query.problem, str)
    match, ts = fts5(query), tsquery(query)
    if query.problem is not None:
        assert query == Query(problem=query.problem), text
        return
    assert (match is None) == (ts is None) == (query.author is not None and not _wanted(query))
    if match is not None:
        assert _FTS5.fullmatch(match), (text, match)
        assert _TSQUERY.fullmatch(ts), (text, ts)
    for run in _runs(query):
        assert run and not any(c in run for c in "\"'\\ \t\n\x00*:()"), (text, run)
        assert all(unicodedata.category(c)[0] in "LNM" for c in run), (text, run)


def _wanted(query: Query) -> bool:
    return bool(query.words or query.prefixes or query.phrases)


def _runs(query: Query) -> list[str]:
    nested = [*query.phrases, *query.excluded]
    return [*query.words, *query.prefixes, *(run for runs in nested for run in runs)]


def test_the_module_imports_nothing_but_the_standard_library():
    source = Path(syntax.__file__).read_text()
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0] if not node.level else ".")
    assert imported <= {"__future__", "re", "unicodedata", "dataclasses"}
