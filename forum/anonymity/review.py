"""The checks before publishing: a post's texts are scanned (for identifying details, or by the
guard), and a writer who was shown the findings may confirm exactly the text they saw.

Pure: no Flask, no database. Views pass the texts and the writer's confirmation."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .identifiers import Finding, scan


@dataclass(frozen=True)
class Segment:
    text: str
    finding: Finding | None  # the finding this piece of text is, or None for plain text
    number: int = 0  # the finding's number in the review, from 1


@dataclass(frozen=True)
class ReviewedText:
    label: str
    segments: list[Segment]
    findings: list[Finding]


@dataclass(frozen=True)
class Review:
    texts: list[ReviewedText]  # only the texts with findings
    digest: str  # what "Publish as is" sends back to confirm these exact texts

    @property
    def count(self) -> int:
        return sum(len(t.findings) for t in self.texts)


def digest(texts: list[tuple[str, str]]) -> str:
    joined = "\0".join(f"{label}\0{text}" for label, text in texts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def review(
    texts: list[tuple[str, str]], confirmed: str | None = None, *, scan=scan
) -> Review | None:
    """None when the texts may be published: nothing was found, or `confirmed` is the digest of
    exactly these texts (the writer saw the findings and chose "Publish as is"). Otherwise the
    findings to show, numbered from 1 across the texts.

    `scan` is the identifying-details scanner unless another pure scanner (the guard) is given.
    """
    found = [(label, text, scan(text)) for label, text in texts]
    if not any(findings for _, _, findings in found):
        return None
    current = digest(texts)
    if confirmed == current:
        return None
    reviewed, number = [], 0
    for label, text, findings in found:
        if findings:
            reviewed.append(ReviewedText(label, segments(text, findings, number), findings))
            number += len(findings)
    return Review(reviewed, current)


def segments(text: str, findings: list, numbered_from: int = 0) -> list[Segment]:
    """The text cut into plain pieces and findings (anything with start and end that do not
    overlap: identifying details, the guard's findings), in order, numbered from 1."""
    segments, at = [], 0
    for n, finding in enumerate(sorted(findings, key=lambda f: f.start), numbered_from + 1):
        if finding.start > at:
            segments.append(Segment(text[at : finding.start], None))
        segments.append(Segment(text[finding.start : finding.end], finding, n))
        at = finding.end
    if at < len(text):
        segments.append(Segment(text[at:], None))
    return segments
