"""Time forum.anonymity.identifiers.scan on a realistic 20,000-character story.

Run from the repository root: ``python bench/identifiers_speed.py [repeats]``. The story is
assembled from the labeled corpus (safe and identifying texts interleaved, in paragraphs,
with a quoted line and a code block), cut to the 20,000-character limit. It uses the first 84
texts of each list, as the corpus held when the first figures were taken, so that figures
from before and after a change compare.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import summary, timed  # noqa: E402

from forum.anonymity.identifiers import scan  # noqa: E402
from tests.anonymity.identifier_corpus import IDENTIFYING, SAFE  # noqa: E402

SIZE = 20_000
TEXTS = 84  # of each of SAFE and IDENTIFYING


def story(size: int = SIZE) -> str:
    pairs = zip(SAFE[:TEXTS], IDENTIFYING[:TEXTS], strict=True)
    texts = [text for pair in pairs for text, _ in pair]
    paragraphs = [" ".join(texts[i : i + 4]) for i in range(0, len(texts), 4)]
    paragraphs.insert(3, "> Quoting the original post: Dr Okafor was on call.")
    paragraphs.insert(6, "```\nMRN 4471823\n```")
    body = "\n\n".join(paragraphs)
    return (body * (size // len(body) + 1))[:size]


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    text = story()
    times, findings = timed(scan, text, repeats)
    print(f"{len(text)} characters, {len(findings)} findings, {repeats} runs")
    print(summary(times))


if __name__ == "__main__":
    main()
