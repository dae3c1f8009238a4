"""Time forum.moderation.guard.scan on 10,000-character replies assembled from its corpus.

Run from the repository root: ``python bench/guard_speed.py [repeats]``. "realistic" is mostly
support and peer stories with one interrogating sentence in six, in paragraphs, with a quoted
line and a code block; "dense" is a stress case: half hard negatives, a quarter interrogating.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import summary, timed  # noqa: E402

from forum.moderation.guard import scan  # noqa: E402
from tests.moderation.guard_corpus import (  # noqa: E402
    HARD_NEGATIVES,
    INTERROGATING,
    SUPPORTIVE,
)

SIZE = 10_000


def assemble(texts: list[str], size: int = SIZE) -> str:
    paragraphs = [" ".join(texts[i : i + 3]) for i in range(0, len(texts), 3)]
    paragraphs.insert(2, "> Quoting the post: why didn't you call the registrar?")
    paragraphs.insert(5, "```\nyou should have checked\n```")
    body = "\n\n".join(paragraphs)
    return (body * (size // len(body) + 1))[:size]


def texts(labeled) -> list[str]:
    return [text for text, _ in labeled]


def realistic() -> str:
    """Support (the long, several-paragraph replies first) and hard negatives in turn, with
    one interrogating sentence after every five."""
    pairs = zip(texts(SUPPORTIVE)[::-1], texts(HARD_NEGATIVES)[::3], strict=False)
    acceptable = [text for pair in pairs for text in pair]
    mixed = []
    for number, start in enumerate(range(0, len(acceptable), 5)):
        mixed += [*acceptable[start : start + 5], INTERROGATING[number][0]]
    return assemble(mixed)


def dense() -> str:
    groups = zip(SUPPORTIVE, HARD_NEGATIVES, HARD_NEGATIVES[1::2], INTERROGATING, strict=False)
    return assemble([text for group in groups for text, _ in group])


def measure(name: str, text: str, repeats: int) -> None:
    times, findings = timed(scan, text, repeats)
    print(f"{name}: {len(text)} characters, {len(findings)} findings, {repeats} runs:")
    print(f"  {summary(times)}")


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    measure("realistic", realistic(), repeats)
    measure("dense", dense(), repeats)


if __name__ == "__main__":
    main()
