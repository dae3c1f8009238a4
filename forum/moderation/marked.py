"""A post's text as its thread shows it (forum.rendering.render), with findings marked: each
finding of the guard becomes <mark>…<sup>n</sup></mark> in the rendered HTML.

Pure: no Flask, no database. The findings are places in the Markdown source; private-use
characters mark them there, survive the rendering as text, and become tags afterwards, in
text only (never inside a tag or its attributes), and closed and reopened around the tags a
finding crosses (a finding over "*did* you" stays well-nested)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

from ..rendering import render
from . import guard

_START, _END = "\ue000", "\ue001"  # a finding starts; it ends, followed by its number
_DIGITS = "".join(chr(0xE010 + n) for n in range(10))  # its number, one of these a digit
_SENTINELS = re.compile(f"[{_START}{_END}{_DIGITS}]")
_ENCODED = re.compile(r"%EE%80%(?:8[01]|9\d)", re.IGNORECASE)  # the same, in a link's address
_EVENT = re.compile(f"{_START}|{_END}([{_DIGITS}]*)")
# A tag of bleach's output: attribute values are quoted, and may hold ">".
_TAG = re.compile(r"""(<[^>"']*(?:"[^"]*"[^>"']*|'[^']*'[^>"']*)*>)""")


@dataclass(frozen=True)
class Marked:
    html: Markup  # the rendered text with the findings marked
    findings: list[tuple[int, str, object]]  # (number, the text found, the finding)


def render_marked(source: str, findings: list) -> Marked:
    """`source` rendered, with `findings` (anything with start and end that do not overlap)
    marked and numbered from 1 in the order of the text."""
    ordered = sorted(findings, key=lambda f: f.start)
    text = _SENTINELS.sub("\ufffd", source)  # one character for one: the places hold
    pieces, at = [], 0
    for number, finding in enumerate(ordered, 1):
        pieces += [text[at : finding.start], _START, text[finding.start : finding.end]]
        pieces += [_END, str(number).translate(_TO_SENTINEL_DIGITS)]
        at = finding.end
    pieces.append(text[at:])
    listed = [(n, source[f.start : f.end], f) for n, f in enumerate(ordered, 1)]
    return Marked(_marks(str(render("".join(pieces)))), listed)


def post_text(post) -> Marked:
    """A post's text for the moderators: its stored HTML (exactly what its thread shows)
    when the guard finds nothing, else rendered again with the guard's findings marked."""
    findings = guard.scan(post.body_md)
    if not findings:
        return Marked(Markup(post.body_html), [])
    return render_marked(post.body_md, findings)


_TO_SENTINEL_DIGITS = str.maketrans("0123456789", _DIGITS)
_FROM_SENTINEL_DIGITS = str.maketrans(_DIGITS, "0123456789")


def _marks(html: str) -> Markup:
    out, open_ = [], False
    for part in _TAG.split(html):
        if part.startswith("<"):
            out.append(_ENCODED.sub("", _SENTINELS.sub("", part)))
            continue
        text, open_ = _text_marks(part, open_)
        out.append(text)
    return Markup("".join(out))


def _text_marks(text: str, open_: bool) -> tuple[str, bool]:
    """One run of text between tags, marked; whether a finding is still open at its end.
    Whitespace between blocks is left alone (a <mark> may not stand between list items)."""
    if not _SENTINELS.sub("", text).strip():
        for match in _EVENT.finditer(text):
            open_ = match.group(0) == _START
        return _SENTINELS.sub("", text), open_
    out = ["<mark>"] if open_ else []
    at = 0
    for match in _EVENT.finditer(text):
        out.append(text[at : match.start()])
        if match.group(0) == _START:
            if not open_:
                out.append("<mark>")
            open_ = True
        else:
            number = match.group(1).translate(_FROM_SENTINEL_DIGITS)
            if number:
                out.append(f"<sup>{number}</sup>")
            if open_:
                out.append("</mark>")
            open_ = False
        at = match.end()
    out.append(text[at:])
    if open_:
        out.append("</mark>")
    return _strip_empty("".join(out)), open_


def _strip_empty(html: str) -> str:
    return html.replace("<mark></mark>", "")
