"""Fuzzing (issue 15): hypothesis mutates valid projects, JSON and .abnd; every outcome of
``compute`` is exit 0, or exit 2 with exactly one line on stderr and no warning.

The same mutations run by the thousand in ``make fuzz`` (benchmarks/fuzz_bench.py).
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.fuzz_bench import abnd_mutant, json_mutant, outcome

FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(rng=st.randoms(use_true_random=False), kind=st.sampled_from(["json", "abnd"]))
def test_a_mutated_project_is_computed_or_refused_in_one_line(tmp_path, rng, kind) -> None:
    for leftover in tmp_path.iterdir():
        leftover.unlink()
    make = json_mutant if kind == "json" else abnd_mutant
    path = make(rng, tmp_path)
    result, stderr = outcome(["compute", str(path)])
    assert result in ("ok", "refused"), (result, stderr)


@FUZZ
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_a_mutated_project_converts_or_is_refused_in_one_line(tmp_path, seed) -> None:
    for leftover in tmp_path.iterdir():
        leftover.unlink()
    rng = random.Random(seed)
    path = abnd_mutant(rng, tmp_path) if seed % 2 else json_mutant(rng, tmp_path)
    out = tmp_path / ("out.json" if path.suffix == ".abnd" else "out.abnd")
    result, stderr = outcome(["convert", str(path), str(out)])
    assert result in ("ok", "refused"), (result, stderr)
    if result == "refused":
        assert not out.exists()
