"""forum.textmask.mask_quotes_and_code: quotes, fenced, indented and inline code are blanked,
everything else is kept, and the result always has the original's length and line breaks."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from forum import textmask
from forum.textmask import mask_quotes_and_code


def hidden(text: str) -> str:
    """The characters of ``text`` that the mask blanked, as one string (newlines dropped)."""
    masked = mask_quotes_and_code(text)
    return "".join(o for o, m in zip(text, masked, strict=True) if o != m and o not in "\r\n")


def kept(text: str) -> str:
    return re.sub(r"\s+", " ", mask_quotes_and_code(text)).strip()


CASES = {
    "plain": "Nothing to hide here.\nSecond line.",
    "quote": "> why didn't you call?\nMe too.",
    "nested_quote": "  > quoted\n>> nested\nafter",
    "fence": "Before\n```\nsecret\n```\nafter",
    "tilde_fence": "~~~python\nsecret\n~~~\nafter",
    "unclosed_fence": "Before\n```\nsecret to the end\nstill secret",
    "indented": "Para.\n\n    code line\n    more code\n\nafter",
    "inline": "Use `code` and ``two `ticks` here`` then text.",
    "crlf": "a\r\n> quote\r\n```\r\ncode\r\n```\r\nb",
    "lone_cr": "a\r> quote\rb",
    "empty": "",
    "only_newlines": "\n\n\r\n",
    "odd_unicode": "😔🩺 > not a quote\n> נקודה \u202eRTL\u202c\x00 `x\u200by` 患者",
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_the_mask_always_keeps_length_and_every_line_break(text):
    masked = mask_quotes_and_code(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c in "\r\n"] == [
        i for i, c in enumerate(text) if c in "\r\n"
    ]
    assert all(m == o or m == " " for m, o in zip(masked, text, strict=True))


def test_plain_text_is_returned_unchanged():
    text = "I'm so sorry.\n\n- a list item\n- another\n\n1. numbered\n\nWhy now?"
    assert mask_quotes_and_code(text) == text


def test_empty_string_stays_empty():
    assert mask_quotes_and_code("") == ""


@pytest.mark.parametrize(
    ("text", "gone", "left"),
    [
        pytest.param("> why didn't you\nMe too.", "> why didn't you", "Me too.", id="quote"),
        pytest.param("   > three spaces\nok", ">threespaces", "ok", id="quote-indented"),
        pytest.param("a\n> q1\n> q2\nb", ">q1>q2", "a b", id="quote-block"),
        pytest.param("```\nx = 1\n```\ny", "```x=1```", "y", id="backtick-fence"),
        pytest.param("~~~~\nx\n~~~~\ny", "~~~~x~~~~", "y", id="tilde-fence"),
        pytest.param("```py\nx\n```\ny", "```pyx```", "y", id="fence-with-info"),
        pytest.param("t\n\n    code\n\n    more\nu", "codemore", "t u", id="indented-two-parts"),
        pytest.param("t\n\n\tcode\nu", "code", "t u", id="tab-indented"),
        pytest.param("say `you should have` now", "`youshouldhave`", "say now", id="inline"),
        pytest.param("a ``b ` c`` d", "``b`c``", "a d", id="inline-double-ticks"),
    ],
)
def test_each_construct_is_blanked(text, gone, left):
    assert re.sub(r"\s", "", hidden(text)) == gone.replace(" ", "")
    assert kept(text) == left


def test_a_closing_fence_must_use_the_same_character_and_be_at_least_as_long():
    text = "````\n```\n~~~~\nstill code\n````\nout"
    assert kept(text) == "out"


def test_a_fence_nested_in_a_longer_fence_does_not_close_it():
    text = "`````\n```\ninner\n```\nouter still\n`````\nvisible"
    assert kept(text) == "visible"


def test_an_unclosed_fence_runs_to_the_end():
    assert kept("Shown\n```\nhidden\n\nstill hidden") == "Shown"


def test_a_closing_fence_cannot_have_text_after_it():
    assert kept("```\ncode\n``` not a close\nstill code") == ""


def test_a_backtick_fence_with_a_backtick_in_its_info_string_is_inline_code():
    assert kept("```foo``` bar") == "bar"


def test_indented_text_after_a_paragraph_line_is_not_code():
    text = "A paragraph\n    continues here"
    assert mask_quotes_and_code(text) == text


def test_indented_text_inside_a_list_item_is_not_code():
    text = "- item\n\n    more of the item"
    assert mask_quotes_and_code(text) == text


def test_inline_code_needs_a_closing_run_of_the_same_length():
    assert mask_quotes_and_code("one `` two ` three") == "one `` two ` three"


def test_inline_code_does_not_cross_a_blank_line():
    text = "para `one\n\ntwo` end"
    assert mask_quotes_and_code(text) == text


def test_inline_code_may_cross_a_single_line_break():
    assert kept("a `b\nc` d") == "a d"


def test_an_escaped_backtick_does_not_open_inline_code():
    text = r"\`not code\` here"
    assert mask_quotes_and_code(text) == text


def test_crlf_line_endings_are_kept_and_blocks_still_found():
    text = "a\r\n> quote\r\n```\r\ncode\r\n```\r\nb"
    masked = mask_quotes_and_code(text)
    assert masked == "a\r\n       \r\n   \r\n    \r\n   \r\nb"


def test_odd_unicode_keeps_offsets():
    text = "👩🏽‍⚕️ said `נקודה` and \u202eRTL\u202c\x00 > not a quote"
    masked = mask_quotes_and_code(text)
    assert len(masked) == len(text)
    assert masked.index("said") == text.index("said")
    assert masked.index("and") == text.index("and")
    assert "נקודה" not in masked


def test_a_quote_marker_in_the_middle_of_a_line_is_not_a_quote():
    text = "5 > 3, and that's fine"
    assert mask_quotes_and_code(text) == text


def test_many_unmatched_backticks_are_quick():
    text = "` `` ``` " * 2_000
    assert len(mask_quotes_and_code(text)) == len(text)


def test_module_imports_only_the_standard_library():
    tree = ast.parse(Path(textmask.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            for name in names:
                top = (name or "").split(".")[0]
                assert top in sys.stdlib_module_names or top == "__future__", name
