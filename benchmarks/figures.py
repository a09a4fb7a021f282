"""A measured figure: every sample kept, printed as its median with its spread, next to its
target and whether the target is met.

The machine is shared and its timings are noisy, so no figure is a single run: each is the
median of repeated runs, with the 5th and 95th percentiles beside it (the spread).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """``samples``: every run's value; ``limit``: the median's target (None: for
    information); ``p95_limit``: a target for the 95th percentile too."""

    name: str
    samples: tuple[float, ...]
    unit: str
    limit: float | None = None
    p95_limit: float | None = None
    target_text: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def percentile(self, p: float) -> float:
        """The ``p``-th percentile of the samples (nearest rank)."""
        ordered = sorted(self.samples)
        rank = max(1, round(p / 100 * len(ordered)))
        return ordered[min(rank, len(ordered)) - 1]

    @property
    def target(self) -> str:
        if self.target_text:
            return self.target_text
        if self.limit is None:
            return "info"
        text = f"<= {self.limit:g} {self.unit}"
        if self.p95_limit is not None:
            text += f", p95 <= {self.p95_limit:g}"
        return text

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        if self.median > self.limit:
            return False
        return self.p95_limit is None or self.percentile(95) <= self.p95_limit

    def line(self) -> str:
        spread = (
            f"p5-p95 {self.percentile(5):.3g}-{self.percentile(95):.3g}, n={len(self.samples)}"
            if len(self.samples) > 1
            else ""
        )
        verdict = {None: "", True: "met", False: "MISSED"}[self.met]
        return (
            f"{self.name:<66} {self.median:10.3f} {self.unit:<3} {spread:<28} "
            f"target {self.target} {verdict}".rstrip()
        )


def single(name: str, value: float, unit: str, target: str = "info") -> Figure:
    """A figure measured once (a size, a count, a ratio of two medians)."""
    return Figure(name, (value,), unit, target_text=target)


def timed_ms(
    action: Callable[[], object], repeats: int, setup: Callable[[], None] | None = None
) -> tuple[float, ...]:
    """Milliseconds of each of ``repeats`` runs of ``action`` (``setup`` before each, untimed)."""
    samples = []
    for _ in range(repeats):
        if setup:
            setup()
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return tuple(samples)
