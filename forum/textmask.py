"""Blank out Markdown quotes and code with spaces, so scanners read only the writer's own words
while every offset they find still points into the original text."""

from __future__ import annotations

import re
from bisect import bisect_right

_LONE_CR = re.compile(r"\r(?!\n)")
_OTHER_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")  # str.splitlines' extras
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_QUOTE = re.compile(r"^ {0,3}>")
_INDENTED = re.compile(r"^(?: {4}| {0,3}\t)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
_TICKS = re.compile(r"``*")  # not "`+": a leading literal lets the regex engine search fast
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)")
_NOT_NEWLINE = re.compile(r"[^\r\n]")


def mask_quotes_and_code(text: str) -> str:
    """``text`` with quoted lines, fenced and indented code and inline code spans replaced by
    spaces. Line endings are kept, so the result has the same length and line structure."""
    return _mask_code_spans(_mask_blocks(text))


def mask_code(text: str) -> str:
    """``text`` with fenced and indented code and inline code spans replaced by spaces, and
    quoted lines kept (``quoted_lines`` finds them)."""
    return _mask_code_spans(_mask_blocks(text, quotes=False))


def quoted_lines(masked: str) -> list[tuple[int, int]]:
    """The (start, end) of each quoted line of ``mask_code``'s result, line ending excluded."""
    spans, at = [], 0
    for line in _lines(masked) if ">" in masked else []:
        if _QUOTE.match(line):
            spans.append((at, at + len(line.rstrip("\r\n"))))
        at += len(line)
    return spans


def _blank(part: str) -> str:
    return _NOT_NEWLINE.sub(" ", part)


def _lines(text: str) -> list[str]:
    """The lines of ``text`` with their endings (``\\n``, ``\\r\\n`` or ``\\r``) attached."""
    if not _OTHER_BREAKS.search(text):  # then str.splitlines splits exactly there, and faster
        return text.splitlines(keepends=True)
    lines = _LINE.findall(text)
    if lines and not lines[-1]:
        lines.pop()
    return lines


def _opening_fence(body: str) -> str:
    """The fence marker that opens a code block on this line, or "" if it opens none."""
    match = _FENCE.match(body)
    if not match or (match.group(1)[0] == "`" and "`" in match.group(2)):
        return ""  # CommonMark: a backtick fence's info string may not contain a backtick
    return match.group(1)


def _closes(body: str, fence: str) -> bool:
    """CommonMark's closing fence: the same character, at least as long, nothing after it."""
    match = _FENCE.match(body)
    if not match or match.group(2).strip():
        return False
    marker = match.group(1)
    return marker[0] == fence[0] and len(marker) >= len(fence)


# Lines starting with anything else are plain paragraph text, whatever the state.
_MAY_START_A_BLOCK = frozenset(" \t\r\n>`~-*+0123456789") | {""}
_ANY_BLOCK = re.compile(r"^(?: {0,3}(?:>|```|~~~)| {4}| {0,3}\t)", re.MULTILINE)


def _mask_blocks(text: str, quotes: bool = True) -> str:
    """Blank quoted lines (unless ``quotes`` is false), fenced code (unclosed fences run to the
    end) and indented code."""
    if not _ANY_BLOCK.search(text) and not _LONE_CR.search(text):
        return text
    out: list[str] = []
    fence = ""  # the open fence's marker, or "" outside a fenced block
    previous_blank, in_code, in_list = True, False, False
    for line in _lines(text):
        if not fence and line[:1] not in _MAY_START_A_BLOCK:
            # A paragraph line (the common case): it ends any code block and any list.
            previous_blank = in_code = in_list = False
            out.append(line)
            continue
        body = line.rstrip("\r\n")
        blank = not body.strip()
        indented = not blank and bool(_INDENTED.match(body))
        if fence:
            hide = True
            if _closes(body, fence):
                fence = ""
        elif opening := _opening_fence(body):
            fence, hide = opening, True
        else:
            # Indented code cannot interrupt a paragraph, and inside a list item it is a
            # continuation paragraph instead.
            hide = (quotes and bool(_QUOTE.match(body))) or (
                indented and (in_code or (previous_blank and not in_list))
            )
        in_code = (hide and indented and not fence) or (blank and in_code)
        if not blank and not indented:
            in_list = bool(_LIST_ITEM.match(body))
        previous_blank = blank
        out.append(_blank(line) if hide else line)
    return "".join(out)


def _mask_code_spans(text: str) -> str:
    """Blank inline code: a backtick run up to the next run of the same length in the same
    paragraph. A run without such a partner is literal text, as in CommonMark."""
    if "`" not in text:
        return text
    runs = [(match.start(), match.end()) for match in _TICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    pieces, done, index = [], 0, 0
    while index < len(runs):
        start, end = runs[index]
        start += _escaped(text, start)  # "\\`" is a literal backtick; the rest of the run counts
        same = by_length.get(end - start, [])
        after = bisect_right(same, index)
        closer = same[after] if after < len(same) else None
        if start == end or closer is None or _PARAGRAPH_BREAK.search(text, end, runs[closer][0]):
            index += 1
            continue
        close_end = runs[closer][1]
        pieces += [text[done:start], _blank(text[start:close_end])]
        done, index = close_end, closer + 1
    pieces.append(text[done:])
    return "".join(pieces)


def _escaped(text: str, position: int) -> int:
    """1 if the character at ``position`` follows an odd number of backslashes, else 0."""
    slashes = 0
    while position > slashes and text[position - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2
