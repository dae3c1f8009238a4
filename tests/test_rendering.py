"""forum.rendering: Markdown in, sanitised HTML out, in bounded, linear work."""

import gc
import random
import re
import string
import sys
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import markdown
import pytest
from markupsafe import Markup

from forum import rendering
from forum.rendering import render

THREAD_LIMIT = 20_000  # characters allowed in a thread body
REPLY_LIMIT = 10_000  # characters allowed in a reply
# The issue asks for proof that no post can stall a worker. Tests never time anything
# (bench/render_worst_case.py does); they count the Python calls a render makes, which is
# the same on every machine. Stock python-markdown spends tens of millions on the inputs
# below; an ordinary 20,000-character post about 0.5 million.
CALLS_PER_CHARACTER = 100

LINK_REL = "nofollow ugc noopener noreferrer"
ALLOWED_TAGS = {"p", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre", "a"}
ALLOWED_TAGS |= {"h3", "h4", "h5", "h6", "hr", "br"}
START_TAG = re.compile(r'<[a-z][a-z0-9]*(?:\s+[^\s"=<>]+(?:="[^"]*")?)*\s*/?>')


class _Elements(HTMLParser):
    """Collects (tag, attributes) for every start tag in a fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.elements


def assert_sanitised(html) -> None:
    """Nothing in ``html`` can run script, load anything or restyle the page."""
    assert isinstance(html, Markup)
    lowered = html.lower()
    for needle in ("<script", "<img", "<iframe", "<style", "<svg", "<object", "<embed"):
        assert needle not in lowered
    for tag in START_TAG.findall(html):  # text never holds a raw "<", so these are all tags
        without_values = re.sub(r'"[^"]*"', '""', tag)
        assert not re.search(r"\son\w+\s*=|\sstyle\s*=", without_values, re.IGNORECASE), tag
    for tag, attrs in elements(html):
        assert tag in ALLOWED_TAGS, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs and "class" not in attrs, (tag, attrs)
        if tag != "a":
            assert not attrs, (tag, attrs)
            continue
        assert set(attrs) <= {"href", "title", "rel"}, attrs
        assert attrs["rel"] == LINK_REL
        href = re.sub(r"[\x00-\x20]", "", attrs["href"]).lower()  # browsers ignore these
        assert "javascript:" not in href
        assert urlsplit(href).scheme in ("", "http", "https", "mailto"), href


def fill(unit: str, size: int = THREAD_LIMIT) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


# --- ordinary Markdown -----------------------------------------------------------------


def test_render_returns_markup():
    assert isinstance(render("hello"), Markup)
    assert render("") == Markup("")


def test_paragraphs_are_separated_by_blank_lines():
    assert render("one\ntwo\n\nthree") == "<p>one\ntwo</p>\n<p>three</p>"


def test_emphasis_and_strong_emphasis():
    assert render("*soft* and **hard** and _also_") == (
        "<p><em>soft</em> and <strong>hard</strong> and <em>also</em></p>"
    )


def test_bulleted_and_numbered_lists():
    html = render("- a\n- b\n\n1. one\n2. two")
    assert html == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>"


def test_nested_lists_are_indented_four_spaces_and_sane_lists_keep_kinds_apart():
    assert render("- a\n    - b\n- c") == (
        "<ul>\n<li>a<ul>\n<li>b</li>\n</ul>\n</li>\n<li>c</li>\n</ul>"
    )
    assert render("1. one\n\n- bullet") == "<ol>\n<li>one</li>\n</ol>\n<ul>\n<li>bullet</li>\n</ul>"


def test_blockquotes_can_nest():
    assert render("> said\n>> before") == (
        "<blockquote>\n<p>said</p>\n<blockquote>\n<p>before</p>\n</blockquote>\n</blockquote>"
    )


def test_fenced_code_keeps_html_escaped_and_drops_the_language_class():
    html = render("```python\n<b>not bold</b> & http://x.org\n```")
    assert html == "<pre><code>&lt;b&gt;not bold&lt;/b&gt; &amp; http://x.org\n</code></pre>"


def test_inline_code_keeps_html_escaped():
    assert render("use `<b>` here") == "<p>use <code>&lt;b&gt;</code> here</p>"


def test_headings_are_shifted_so_posts_never_have_h1_or_h2():
    html = render("# a\n## b\n### c\n#### d\n##### e\n###### f\n\nS\n=\n\nT\n-")
    assert re.findall(r"<(h\d)>", html) == ["h3", "h4", "h5", "h6", "h6", "h6", "h3", "h4"]


def test_links_get_nofollow_ugc_noopener_noreferrer():
    assert render("[site](https://example.org/a?b=1&c=2)") == (
        f'<p><a href="https://example.org/a?b=1&amp;c=2" rel="{LINK_REL}">site</a></p>'
    )
    assert LINK_REL == "nofollow ugc noopener noreferrer"


def test_mailto_https_and_relative_links_are_allowed():
    html = render("[m](mailto:a@example.org) [h](https://x.org) [r](/threads/1) <http://y.org>")
    hrefs = [attrs["href"] for tag, attrs in elements(html) if tag == "a"]
    assert hrefs == ["mailto:a@example.org", "https://x.org", "/threads/1", "http://y.org"]
    assert_sanitised(html)


def test_bare_urls_are_linked_but_not_inside_code():
    html = render("see https://example.org/x_y, or `http://in.code`\n\n    http://in.block")
    assert '<a href="https://example.org/x_y" rel="nofollow ugc noopener noreferrer">' in html
    assert "<code>http://in.code</code>" in html
    assert "<code>http://in.block\n</code>" in html
    assert html.count("<a ") == 1


def test_only_http_urls_are_linked_when_bare():
    assert render("javascript:alert(1) ftp://x.org www.example.com") == (
        "<p>javascript:alert(1) ftp://x.org www.example.com</p>"
    )


def test_images_never_produce_img_tags():
    html = render("![a cat](https://example.org/cat.png) ![x][ref]\n\n[ref]: https://e.org/x.png")
    assert "<img" not in html
    assert "![a cat](" in html
    assert_sanitised(html)


# --- hostile input ---------------------------------------------------------------------

HOSTILE = {
    "script tag": "<script>alert(1)</script>",
    "img onerror": "<img src=x onerror=alert(1)>",
    "raw javascript link": '<a href="javascript:alert(1)">x</a>',
    "javascript link": "[x](javascript:alert(1))",
    "mixed-case javascript link": "[x](JaVaScRiPt:alert(1))",
    "entity-obfuscated javascript": "[x](&#106;avascript:alert(1))",
    "hex-entity javascript": "[x](&#x6A;avascript&#x3A;alert(1))",
    "tab inside javascript": "[x](java&#x09;script:alert(1))",
    "javascript in angle brackets": "[x](<javascript:alert(1)>)",
    "javascript reference": "[x][r]\n\n[r]: javascript:alert(1)",
    "javascript autolink": "<javascript://%0aalert(1)>",
    "data url": "[x](data:text/html,<script>alert(1)</script>)",
    "base64 data url": "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "vbscript": "[x](vbscript:msgbox(1))",
    "iframe": '<iframe src="https://evil.example"></iframe>',
    "style tag": "<style>body{display:none}</style>",
    "style attribute": '<p style="position:fixed" onclick="alert(1)">x</p>',
    "svg onload": "<svg onload=alert(1)>",
    "title attribute injection": '[x](http://a "onmouseover=alert(1)")',
    "title quote breakout": '[x](http://a "x\\" onmouseover=\\"alert(1)")',
    "image onerror": '![x" onerror="alert(1)](http://a/x.png)',
    "html comment": "<!-- <script>alert(1)</script> -->",
    "markdown inside html": "<div onclick=alert(1)>*x*</div>",
    "attr_list heading": "# Title {: onclick=alert(1) style=color:red }",
    "attr_list link": "[x](http://a){: onclick=alert(1) }",
    "fenced code attrs": "``` { #id .cls onclick=alert(1) }\ncode\n```",
}


@pytest.mark.parametrize("source", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_never_produces_executable_markup(source):
    assert_sanitised(render(source))


def test_script_tags_are_shown_as_text_not_run():
    assert render("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"


def test_javascript_links_lose_their_href_but_keep_their_text():
    assert render("[click me](javascript:alert(1))") == "<p>click me</p>"


def test_link_titles_cannot_break_out_of_their_attribute():
    paragraph, (tag, attrs) = elements(render('[x](http://a "onmouseover=alert(1)")'))
    assert paragraph == ("p", {}) and tag == "a"
    assert attrs == {"href": "http://a", "title": "onmouseover=alert(1)", "rel": LINK_REL}


# --- pathological input ----------------------------------------------------------------


def _backtick_runs_of_every_length(size: int) -> str:
    runs, length = [], 1
    while sum(map(len, runs)) < size:
        runs.append("`" * length + "a")
        length += 1
    return "".join(runs)[:size]


def _nested_list_ladder(size: int) -> str:
    return "".join("\t" * depth + "- a\n" for depth in range(size))[:size]


def _nested_emphasis(depth: int, size: int = 0) -> str:
    """``_a *a _a … a_ a* a_``: emphasis ``depth`` levels deep, padded to ``size``."""
    marks = ["*" if level % 2 else "_" for level in range(depth)]
    nested = " ".join(m + "a" for m in marks) + " " + " ".join("a" + m for m in reversed(marks))
    return nested + fill(" b", max(size - len(nested), 0))


PATHOLOGICAL = {
    "open brackets": "[" * THREAD_LIMIT,
    "nested brackets": "[" * (THREAD_LIMIT // 2) + "]" * (THREAD_LIMIT // 2),
    "image openers": fill("!["),
    "bracketed words": fill("[a "),
    "unclosed link destinations": fill("[a]("),
    "unclosed angle destinations": fill("[a](<"),
    "nested parentheses in destinations": fill("[a](b("),
    "unclosed link titles": fill('[a](b "'),
    "emphasis before brackets": fill("*[a"),
    "asterisk run": "*" * THREAD_LIMIT,
    "asterisks with text": fill("*a"),
    "underscores with text": fill("_a*b"),
    "unpaired emphasis": "*a " * 3300 + "a* " * 3300,  # see HALVES
    "emphasis nested 990 deep": _nested_emphasis(990, THREAD_LIMIT),
    "deeply nested quotes": ">" * THREAD_LIMIT,
    "spaced nested quotes": fill("> "),
    "nested list markers": fill("1. "),
    "mixed nested list markers": fill("* - + "),
    "tab-indented list ladder": _nested_list_ladder(THREAD_LIMIT),
    "backtick run": "`" * THREAD_LIMIT,
    "backtick runs of every length": _backtick_runs_of_every_length(THREAD_LIMIT),
    "escaped backtick before each run": fill("\\```a "),
    "less-than run": "<" * THREAD_LIMIT,
    "ampersand run": "&" * THREAD_LIMIT,
    "entities": fill("&amp;"),
    "table with thousands of columns": "|" + "a|" * 5000 + "\n|" + "-|" * 4999,
    "setext dash underlines": fill("a\n-\n"),
    "setext equals underlines": fill("a\n=\n"),
    "dash lines": fill("-\n"),
    "rule lines": fill("***\n"),
    "hash lines": fill("#\n"),
    "reference definitions and headings": fill("[a]: b\nc\n-\n"),
    "code lines alternating with headings": fill("    a\nb\n-\n"),
    "unclosed fences": fill("```a\n"),
    "fences with hl_lines": fill("```hl_lines='\n"),
    "fences with broken attributes": fill("```{}}\n"),
    "many fenced blocks": fill("```\nx\n```\n"),
    "dense links": fill("[a](b) "),
    "dense autolinks": fill("<http://a.b> "),
    "email autolinks": fill("<a@b.c> "),
    "dense list items": fill("- a\n"),
    "dense paragraphs": fill("a\n\n"),
    "dense code spans": fill("`a` "),
    "backslash escapes": fill("\\*"),
    "hard line breaks": fill("a  \n"),
    "reply: open brackets": "[" * REPLY_LIMIT,
    "reply: unclosed destinations": fill("[a](", REPLY_LIMIT),
    "reply: setext underlines": fill("a\n-\n", REPLY_LIMIT),
    "reply: nested quotes": fill("> ", REPLY_LIMIT),
    "reply: fences with hl_lines": fill("```hl_lines='\n", REPLY_LIMIT),
}


# Calls inside the re package are not counted: compiling a pattern costs the same whatever
# the post, and whether it happens depends on what else filled re's cache of 512 patterns.
RE_PACKAGE = str(Path(re.__file__).parent)


def calls_to_render(source: str) -> tuple[Markup, int]:
    """``render(source)`` and the number of Python and builtin calls it made, once warm."""
    render(source)  # the first render in a process also compiles patterns and fills caches
    gc.collect()  # and no finalizer of another test's garbage runs while counting
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call") and not frame.f_code.co_filename.startswith(RE_PACKAGE):
            calls += 1

    gc.disable()
    sys.setprofile(count)
    try:
        html = render(source)
    finally:
        sys.setprofile(None)
        gc.enable()
    return html, calls


def assert_bounded_work(source: str) -> Markup:
    html, calls = calls_to_render(source)
    assert calls <= CALLS_PER_CHARACTER * max(len(source), 100), f"{calls:,} calls"
    return html


# Half of each input, for the linearity check: its first half unless that is another kind.
HALVES = {
    "unpaired emphasis": "*a " * 1650 + "a* " * 1650,
    # The first half of the nested brackets has no closing one, so no bracket is matched.
    "nested brackets": "[" * (THREAD_LIMIT // 4) + "]" * (THREAD_LIMIT // 4),
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_input_renders_in_bounded_linear_work(name):
    source = PATHOLOGICAL[name]
    html, calls = calls_to_render(source)
    assert calls <= CALLS_PER_CHARACTER * len(source), f"{calls:,} calls"
    assert_sanitised(html)
    _, calls_for_half = calls_to_render(HALVES.get(name, source[: len(source) // 2]))
    assert calls <= 2.5 * calls_for_half + 1000, "work grows faster than the input"


FUZZ_ALPHABET = "[]()<>!*_`>#-=|&\n \t" + string.ascii_letters


@pytest.mark.parametrize("seed", range(30))
def test_random_markdown_soup_renders_in_bounded_work(seed):
    rng = random.Random(seed)  # some seeds draw from fewer letters, so symbols are denser
    alphabet = rng.choice([FUZZ_ALPHABET, "[]()<>!*_`>#-=|&\n \ta", "[]()!*_`\n a"])
    source = "".join(rng.choices(alphabet, k=THREAD_LIMIT))
    assert_sanitised(assert_bounded_work(source))


def test_content_beyond_the_element_budget_is_kept_as_text():
    html = render("".join(f"- item{n}\n" for n in range(3000)))
    assert html.count("<li>") <= rendering.MAX_ELEMENTS
    assert "item0<" in html and "item2999" in html


def test_quotes_nested_too_deep_keep_their_text():
    html = render("> " * 200 + "deep words")
    assert html.count("<blockquote>") <= rendering.MAX_NESTING + 1
    assert "deep words" in html


def test_emphasis_nested_too_deep_keeps_its_text():
    html = render(_nested_emphasis(300))
    assert html.count("<em>") == rendering.MAX_DEPTH - 1
    assert re.sub(r"<[^>]+>", "", html).split() == ["a"] * 600


def test_a_link_longer_than_the_scan_limit_stays_text_but_its_url_is_linked():
    url = "https://example.org/" + "a" * rendering.LINK_SCAN_LIMIT
    assert render(f"[x]({url})") == f'<p>[x](<a href="{url}" rel="{LINK_REL}">{url}</a>)</p>'


def test_unclosed_fence_is_shown_as_text():
    assert render("```python\nprint(1)") == "<p>```python\nprint(1)</p>"


# --- ordinary posts are untouched by the guards ---------------------------------------

NORMAL_POST = """\
## What happened

I was covering nights on a *busy* surgical ward when a patient's potassium came back at
6.8. I read it as **5.8** and, because it was "only mildly raised", I [re-checked the
guideline](https://example.org/guidelines/hyperkalaemia_(adult)) *after* the ward round.

> The lab had phoned it through, but the call went to the wrong bleep.
> Nobody wrote it down.

What I changed afterwards:

1. I read every critical result back, digit by digit.
2. I ask for the value **and** the units:
    - mmol/L, not "about six";
    - the time it was taken.
3. I check the trend, e.g. with `=AVERAGE(B2:B9)` in the handover sheet.

```text
K+  6.8 mmol/L   (ref 3.5-5.3)   <-- critical
```

Useful reading: https://example.org/critical-results and [the audit][audit].
Questions? [Email the group](mailto:group@example.org "Clinical governance").

---

[audit]: https://example.org/audit "Critical results audit"
"""


def _shift_heading(match: re.Match) -> str:
    return f"<{match[1]}h{min(int(match[2]) + 2, 6)}>"


def _stock_render(source: str) -> str:
    """Stock python-markdown with the same features switched off, then the module's own
    bleach step: only the guards differ from what render() does."""
    md = markdown.Markdown(extensions=["fenced_code", "sane_lists"])
    md.preprocessors.deregister("html_block")
    for name in ("html", "automail", "image_link", "image_reference", "short_image_ref"):
        md.inlinePatterns.deregister(name)
    html = re.sub(r"<(/?)h([1-6])>", _shift_heading, md.convert(source))
    return rendering._cleaner().clean(html)


def test_normal_posts_render_exactly_as_stock_markdown_would():
    html = render(NORMAL_POST)
    assert html == _stock_render(NORMAL_POST)
    assert "<h4>What happened</h4>" in html
    assert "<blockquote>" in html and "<ol>" in html and "<ul>" in html and "<hr>" in html
    assert '<a href="https://example.org/guidelines/hyperkalaemia_(adult)"' in html
    assert "&lt;-- critical" in html
    assert_sanitised(html)


def test_a_long_normal_post_renders_exactly_as_stock_markdown_would():
    post = "\n\n".join([NORMAL_POST.replace("## What happened", f"## Part {n}") for n in range(12)])
    assert len(post) <= THREAD_LIMIT
    assert render(post) == _stock_render(post)


def test_render_is_safe_to_call_from_several_threads():
    posts = [NORMAL_POST, fill("*a", 5000), fill("[a](", 5000), fill("a\n-\n", 5000)] * 3
    expected = [render(post) for post in posts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(render, posts)) == expected
