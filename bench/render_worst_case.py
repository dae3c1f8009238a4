"""Time forum.rendering.render on pathological Markdown and on a realistic post.

Run from the repository root: ``python bench/render_worst_case.py [repeats]``.
"""

import statistics
import sys
import time

from forum.rendering import render

SIZE = 20_000  # longest thread body


def fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


MARKS = ["*_"[depth % 2] for depth in range(990)]
DEEP_EMPHASIS = " ".join(m + "a" for m in MARKS) + " " + " ".join("a" + m for m in MARKS[::-1])
REALISTIC = fill(
    "## What happened\n\nI was covering nights when a *critical* potassium came back; I read "
    "it as **5.8**, not 6.8, and [re-checked the guideline](https://example.org/k_(adult)) "
    "too late.\n\n> The call went to the wrong bleep.\n\n1. Read results back.\n2. Ask for "
    "units:\n    - mmol/L;\n    - the time taken.\n\n```text\nK+ 6.8 mmol/L  <-- critical\n```"
    "\n\nMore at https://example.org/critical-results.\n\n",
    5_000,
)

INPUTS = {
    "realistic post": REALISTIC,
    "[ run": "[" * SIZE,
    "[[[ ]]]": "[" * (SIZE // 2) + "]" * (SIZE // 2),
    "![ run": fill("!["),
    "[a words": fill("[a "),
    "[a]( unclosed": fill("[a]("),
    '[a](b " unclosed title': fill('[a](b "'),
    "*[a": fill("*[a"),
    "*a emphasis": fill("*a"),
    "emphasis 990 deep": DEEP_EMPHASIS,
    "> nesting": ">" * SIZE,
    "1. nesting": fill("1. "),
    "tab list ladder": "".join("\t" * n + "- a\n" for n in range(SIZE))[:SIZE],
    "` run": "`" * SIZE,
    "\\``` runs": fill("\\```a "),
    "< run": "<" * SIZE,
    "& run": "&" * SIZE,
    "&amp; entities": fill("&amp;"),
    "5000-column table": "|" + "a|" * 5000 + "\n|" + "-|" * 4999,
    "setext a/-": fill("a\n-\n"),
    "--- rules": fill("---\n"),
    "    code/setext": fill("    a\nb\n-\n"),
    "```a unclosed": fill("```a\n"),
    "```hl_lines='": fill("```hl_lines='\n"),
    "dense links": fill("[a](b) "),
    "dense list items": fill("- a\n"),
    "dense paragraphs": fill("a\n\n"),
}


def main(repeats: int) -> None:
    print(f"{'input':26} {'chars':>6} {'median ms':>10} {'max ms':>8}")
    for name, source in INPUTS.items():
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            render(source)
            times.append((time.perf_counter() - started) * 1000)
        print(f"{name:26} {len(source):6} {statistics.median(times):10.1f} {max(times):8.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
