"""Results files never hold Infinity or NaN (issue 15): a writer refuses a value that is not
finite with one line naming the scenario and the column, and writes nothing."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.method.compute import compute
from engine.outputs.results_files import write_results
from tests.engine.builders import build, scenario

CASH = {"type": "fixed", "monthly_amount": 100}


@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx"])
def test_a_value_that_is_not_finite_is_refused_naming_scenario_and_column(tmp_path, suffix) -> None:
    results = compute(build(scenarios=[scenario("child", "age_cash", ages=[0, 5], benefit=CASH)]))
    table = results.scenarios["child"]
    broken = dict(table.columns, admin_cost=np.array([1.0, np.inf, 2.0]))
    results = dataclasses.replace(
        results, scenarios={"child": dataclasses.replace(table, columns=broken)}
    )
    out = tmp_path / f"r{suffix}"
    with pytest.raises(InputError) as refused:
        write_results(results, out)
    assert refused.value.one_line() == (
        "scenario child: admin_cost in 2026 is not a finite number; nothing was written"
    )
    assert not out.exists() and list(tmp_path.iterdir()) == []
