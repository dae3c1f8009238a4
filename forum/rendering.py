"""Turn a post's Markdown source into sanitised HTML.

`render(source)` is the only public function. It is pure (no Flask, no database); it runs
when a post is written and in `forum rerender`, and its HTML is stored.

python-markdown (fenced code, sane lists; raw HTML, images and ``<a@b>`` autolinks off;
headings shifted so a post never has h1/h2), then bleach: tag/attribute/protocol
allow-list, bare http(s) URLs linked, ``rel="nofollow ugc noopener noreferrer"`` on every link.

Stock python-markdown takes seconds to minutes on some posts within the 20,000-character
limit, and it and bleach spend tens of microseconds per element. The guards below keep
every render linear and bounded without changing what ordinary posts render to; past the
limits (MAX_* and SLOW_SCANS), pathological content keeps its text but loses formatting.
"""

import re
import threading
from bisect import bisect_right
from functools import partial
from xml.etree import ElementTree as etree

import bleach
import markdown
from bleach.linkifier import LinkifyFilter
from markdown import blockprocessors as bp
from markdown.extensions.attr_list import get_attrs_and_remainder
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString
from markupsafe import Markup

__all__ = ["render"]

ALLOWED_TAGS = frozenset(
    ["p", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre", "a"]
    + ["h3", "h4", "h5", "h6", "hr", "br"]
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset(["http", "https", "mailto"])
LINK_REL = "nofollow ugc noopener noreferrer"

MAX_ELEMENTS = 1500  # blocks, list items and inline elements per post
MAX_NESTING = 20  # quotes and list items inside one another
MAX_DEPTH = 50  # elements of any kind inside one another
LINK_SCAN_LIMIT = 1000  # longest link text or destination, in characters
SLOW_SCANS = 200  # per post: tricky links, backtick runs without a partner

_HEADING_SHIFT = {f"h{level}": f"h{min(level + 2, 6)}" for level in range(1, 7)}
_URL = re.compile(r"\bhttps?://[^\s<>\"'`{}|\\^]+", re.IGNORECASE)
_TRICKY_DESTINATION = re.compile(r"[(<'\"]")
_TICKS = re.compile(r"`+")
_CODE = frozenset(["pre", "code"])
_FENCE = ("```", "~~~")
_FENCE_OPENER = re.compile(r"(?P<fence>`{3,}|~{3,}) *(?:\{(?P<attrs>.*)\}|\.?[\w#.+-]* *)")
_SEARCHING = (bp.HashHeaderProcessor, bp.HRProcessor, bp.BlockQuoteProcessor, bp.ReferenceProcessor)
_local = threading.local()


def render(source: str) -> Markup:
    """Render a post's Markdown ``source`` to sanitised, storable HTML."""
    html = _markdown().convert(source).replace("&gt;", ">")  # same DOM, much less for bleach
    return Markup(_cleaner().clean(html))


class _Budget:
    """What one render may still spend (see MAX_ELEMENTS and SLOW_SCANS)."""

    def __init__(self) -> None:
        self.elements, self.slow_scans = MAX_ELEMENTS, SLOW_SCANS

    def slow_scan(self) -> bool:
        """Whether one more scan to the end of a paragraph is allowed (and count it)."""
        self.slow_scans -= 1
        return self.slow_scans >= 0


def _markdown() -> markdown.Markdown:
    """A fresh Markdown instance with our guards installed (instances aren't thread-safe)."""
    md = markdown.Markdown(extensions=["fenced_code", "sane_lists"])
    budget = _Budget()
    md.preprocessors.deregister("html_block")  # raw HTML is shown as text
    md.preprocessors.register(_FenceGuard(md), "debrief_fences", 27)
    blocks = md.parser.blockprocessors
    blocks.register(_SetextHeaders(md.parser), "setextheader", 60)
    blocks["code"].detab = _detab
    for name in ("olist", "ulist"):
        blocks[name].get_items = partial(_limited_items, blocks[name].get_items, budget)
    md.parser.parseBlocks = partial(_parse_blocks, list(blocks), budget, [])
    for name in ("html", "automail", "image_link", "image_reference", "short_image_ref"):
        md.inlinePatterns.deregister(name)  # <b>, <a@b> and ![x](y) stay literal text
    for pattern in md.inlinePatterns:
        if hasattr(pattern, "getLink"):
            pattern.getText = partial(_get_text, pattern.getText, budget)
            pattern.getLink = partial(_get_link, pattern.getLink, budget)
        pattern.handleMatch = partial(_limited_match, pattern.handleMatch, budget)
    md.inlinePatterns["backtick"].find_code_spans = partial(_find_code_spans, budget)
    md.treeprocessors.register(_Tidy(md), "debrief_tidy", 15)  # after inline patterns
    return md


def _cleaner() -> bleach.Cleaner:
    """This thread's bleach Cleaner (they are not thread-safe)."""
    if not hasattr(_local, "cleaner"):
        linkify = partial(LinkifyFilter, callbacks=[_link_rel], skip_tags=_CODE, url_re=_URL)
        _local.cleaner = bleach.Cleaner(
            ALLOWED_TAGS, ALLOWED_ATTRIBUTES, ALLOWED_PROTOCOLS, strip=True, filters=[linkify]
        )
    return _local.cleaner


def _link_rel(attrs: dict, new: bool = False) -> dict | None:
    """Give every link our rel; unlink anchors whose href bleach removed."""
    if (None, "href") not in attrs:
        return None
    attrs[(None, "rel")] = LINK_REL
    return attrs


class _FenceGuard(Preprocessor):
    """Indent fence lines that are not part of a complete fenced block by one space.

    fenced_code's regex rescans the rest of the post from each such line (for minutes, if
    it has ``hl_lines``); indented, it is plain text, as it was anyway. Fenced blocks
    beyond MAX_ELEMENTS / 4 (each is four tags for bleach) are treated the same way.
    """

    def run(self, lines: list[str]) -> list[str]:
        closers: dict[str, list[int]] = {}
        for number, line in enumerate(lines):
            if line.startswith(_FENCE):
                closers.setdefault(line.rstrip(" "), []).append(number)
        lines, number, blocks_left = list(lines), 0, MAX_ELEMENTS // 4
        while number < len(lines):
            if lines[number].startswith(_FENCE):
                closing = self._closing_line(lines[number], number, closers)
                if closing is None or not blocks_left:
                    lines[number] = " " + lines[number]
                else:
                    number, blocks_left = closing, blocks_left - 1
            number += 1
        return lines

    @staticmethod
    def _closing_line(line: str, number: int, closers: dict[str, list[int]]) -> int | None:
        """The number of the line closing the block ``line`` opens, if it opens one."""
        opener = _FENCE_OPENER.fullmatch(line)
        if opener is None or (opener["attrs"] and get_attrs_and_remainder(opener["attrs"])[1]):
            return None
        candidates = closers.get(opener["fence"], [])
        index = bisect_right(candidates, number)
        return candidates[index] if index < len(candidates) else None


class _SetextHeaders(bp.SetextHeaderProcessor):
    """Markdown's setext headings, without re-splitting the rest of the block each time."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        title, underline, *rest = blocks.pop(0).split("\n", 2)
        heading = etree.SubElement(parent, "h1" if underline.startswith("=") else "h2")
        heading.text = title.strip()
        if rest:
            blocks.insert(0, rest[0])


def _detab(text: str, length: int = 4) -> tuple[str, str]:
    """BlockProcessor.detab, without splitting the (possibly long) rest of the block."""
    stop = re.compile(rf"^(?! {{{length}}})(?=[^\n]*\S)", re.MULTILINE).search(text)
    lines = text.split("\n") if stop is None else text[: stop.start()].split("\n")[:-1]
    code = "\n".join(line[length:] if line.startswith(" " * length) else "" for line in lines)
    return code, "" if stop is None else text[stop.start() :]


def _parse_blocks(processors, budget: _Budget, parents: list, parent, blocks: list[str]) -> None:
    """BlockParser.parseBlocks, linear and bounded.

    When a processor splits a block, the rest comes back as a new block which processors
    that found nothing would search again; a search that missed a block misses any tail
    of it, so those are skipped. Too deep or over budget: the rest becomes plain text.
    """
    nested = not parents or parents[-1] is not parent
    if nested:
        parents.append(parent)
    missed, previous = set(), ""
    while blocks and budget.elements > 0 and len(parents) <= MAX_NESTING + 1:
        budget.elements -= 1
        block, size = blocks[0], len(blocks[0])
        if not (size < len(previous) and previous.endswith(block) and previous[-size - 1] == "\n"):
            missed.clear()
        previous = block
        for processor in processors:
            if processor in missed:
                continue
            if processor.test(parent, block) and processor.run(parent, blocks) is not False:
                break
            if isinstance(processor, _SEARCHING):
                missed.add(processor)
    if blocks:
        text = AtomicString("\n\n".join(blocks).strip())
        if len(parent) or parent.text:
            etree.SubElement(parent, "p").text = text
        else:
            parent.text = text
        blocks.clear()
    if nested:
        parents.pop()


def _limited_items(get_items, budget: _Budget, block: str) -> list[str]:
    """A list's items; those beyond the element budget are merged into the last one."""
    items = get_items(block)
    keep = max(budget.elements, 1)
    if len(items) > keep:
        items[keep - 1 :] = ["\n".join(items[keep - 1 :])]
    return items


def _limited_match(handle_match, budget: _Budget, match: re.Match, data: str):
    """An inline pattern's handleMatch that stops matching once the budget is spent."""
    if budget.elements <= 0:
        return None, None, None
    node, start, end = handle_match(match, data)
    if node is not None:
        budget.elements -= 1 if isinstance(node, str) else sum(1 for _ in node.iter())
        if budget.elements < 0:
            return None, None, None
    return node, start, end


def _get_text(get_text, budget: _Budget, data: str, index: int):
    """LinkInlineProcessor.getText: ``str.find`` for the usual case, bounded otherwise."""
    end = data.find("]", index, index + LINK_SCAN_LIMIT)
    if end != -1 and data.find("[", index, end) == -1:
        return data[index:end], end + 1, True
    if end == -1 or not budget.slow_scan():
        return "", index, False
    # Only the window after the bracket: Markdown 3.11.4 maps every bracket of the string it
    # is given, so the whole text up to here would be scanned again at each bracket.
    text, stop, handled = get_text(data[index : index + LINK_SCAN_LIMIT], 0)
    return text, index + stop, handled


def _get_link(get_link, budget: _Budget, data: str, index: int):
    """LinkInlineProcessor.getLink, scanning at most LINK_SCAN_LIMIT characters."""
    end = data.find(")", index, index + LINK_SCAN_LIMIT)
    if end == -1 or not data.startswith("(", index):
        return "", None, index, False
    if not _TRICKY_DESTINATION.search(data, index + 1, end):
        href, title, stop, handled = get_link(data[index : end + 1], 0)
        return href, title, index + stop, handled
    if not budget.slow_scan():
        return "", None, index, False
    return get_link(data[: index + LINK_SCAN_LIMIT], index)


def _find_code_spans(budget: _Budget, start: int, text: str) -> tuple[int, int | None]:
    """BacktickInlineProcessor.find_code_spans by regex, not a per-character loop.

    A run with no partner searched the rest of the paragraph; after SLOW_SCANS of those
    the remaining runs stay literal.
    """
    ticks = _TICKS.match(text, start).end() - start
    start += ticks
    if budget.slow_scans > 0 and (closing := _tick_run(ticks).search(text, start)):
        return start, closing.start()
    if not budget.slow_scan() or re.compile(f"`{{{ticks},}}").search(text, start):
        return start + ticks, None
    if runs := _TICKS.findall(text, start):  # all shorter: pair with the first longest one
        longest = max(map(len, runs))
        return start - (ticks - longest), _tick_run(longest).search(text, start).start()
    return start + ticks, None


def _tick_run(length: int) -> re.Pattern:
    """A regex for a run of exactly ``length`` backticks."""
    return re.compile(f"(?<!`)`{{{length}}}(?!`)")


class _Tidy(Treeprocessor):
    """Shift headings down two levels (``#`` becomes h3, ``####`` or more h6); elements
    nested over MAX_DEPTH deep keep only their text (the serializer is recursive)."""

    def run(self, root: etree.Element) -> None:
        stack = [(root, 0)]
        while stack:
            element, depth = stack.pop()
            element.tag = _HEADING_SHIFT.get(element.tag, element.tag)
            if depth == MAX_DEPTH and len(element):
                element.text = "".join(element.itertext())
                del element[:]
            stack.extend((child, depth + 1) for child in element)
