"""Timing for the scanner benchmarks: run a function many times, report milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def timed(scan: Callable[[str], Any], text: str, repeats: int) -> tuple[list[float], Any]:
    """Milliseconds of `repeats` calls of `scan(text)`, sorted, and the last call's result.
    One call first, untimed, warms the regex cache."""
    result = scan(text)
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        result = scan(text)
        times.append((time.perf_counter() - began) * 1000)
    return sorted(times), result


def summary(times: list[float]) -> str:
    """Median, p95 and maximum of sorted `times`."""
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return f"median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms"
