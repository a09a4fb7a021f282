"""Eligible persons of scenarios ``covered_by`` others, re-evaluated under a take-up shock.

When take-up moves, the covering schemes' beneficiaries move, and so do the people
they leave eligible elsewhere. This re-runs the engine's exclusion (eligible.py)
age by age and sex by sex for each draw, in the engine's costing order, so that
chains (a covered by b, b covered by c) and the cap at everyone stay exact. With
every shock at zero it gives the engine's numbers. Population shocks scale every
cell alike, so they leave the shares covered as they are (the caller scales N).
A covered scenario paid by age tiers also gets its average amount A again, since the
mix of ages left eligible moves with the shock.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from engine.domain.dependencies import costing_order
from engine.domain.model import Project
from engine.method.compute import Results
from engine.method.scenarios import ScenarioTerms

Array = NDArray[np.float64]
CELL_BUDGET = 4_000_000  # draws x years x cells held at once (about 32 MB of floats)


class Coverage:
    """The scenarios linked by ``covered_by``, ready to be re-evaluated per draw."""

    def __init__(self, project: Project, results: Results) -> None:
        scenarios = project.scenarios
        linked = {s.id for s in scenarios if s.covered_by} | {
            other for s in scenarios for other in (s.covered_by or ())
        }
        self.order = [
            scenarios[i].id
            for i in costing_order(scenarios)
            if scenarios[i].id in linked and scenarios[i].id in results.terms
        ]
        self.covered_by = {s.id: tuple(s.covered_by or ()) for s in scenarios}
        self.terms = {key: results.terms[key] for key in self.order}
        persons = np.nan_to_num(results.context.persons)
        self.population = persons
        self.covered = [key for key in self.order if self.covered_by[key]]
        self.annual_by_age = {
            key: _annual_by_age(self.terms[key], persons.shape[1])
            for key in self.covered
            if self.terms[key].tiers
        }
        self.central = self._eligible(np.zeros(1)) if self.covered else {}

    @property
    def active(self) -> bool:
        return bool(self.covered)

    def chunk(self, years: int) -> int:
        """How many draws to evaluate at once within the memory budget."""
        return max(1, CELL_BUDGET // (years * int(self.population[0].size)))

    def eligible(self, take_up_shock: Array) -> dict[str, tuple[Array, Array]]:
        """N and A per draw and year [draws, years] of each covered scenario: the engine's
        values plus the change the shock makes (so exactly the engine's when it is 0)."""
        moved = self._eligible(take_up_shock)
        result = {}
        for key, (eligible, annual) in moved.items():
            terms = self.terms[key]
            central_eligible, central_annual = self.central[key]
            result[key] = (
                terms.eligible[None, :] + (eligible - central_eligible),
                terms.annual_benefit[None, :] + (annual - central_annual),
            )
        return result

    def _eligible(self, take_up_shock: Array) -> dict[str, tuple[Array, Array]]:
        result: dict[str, tuple[Array, Array]] = {}
        beneficiaries: dict[str, Array] = {}
        population = self.population[None, :, :, :]
        for key in self.order:
            terms = self.terms[key]
            take_up = np.minimum(terms.take_up[None, :] * (1.0 + take_up_shock[:, None]), 1.0)
            if self.covered_by[key]:
                covered = np.add.reduce([beneficiaries[other] for other in self.covered_by[key]])
                share = np.minimum(
                    1.0,
                    np.divide(
                        covered, population, out=np.zeros_like(covered), where=population > 0
                    ),
                )
                assert terms.targeted_cells is not None
                cells = terms.targeted_cells[None, :, :, :] * (1.0 - share)
                eligible = cells.sum(axis=(2, 3))
                annual = np.broadcast_to(terms.annual_benefit, eligible.shape)
                if key in self.annual_by_age:  # sum over ages of N x A, over N
                    paid = (cells.sum(axis=3) * self.annual_by_age[key][None, :, :]).sum(axis=2)
                    annual = np.divide(paid, eligible, out=annual.copy(), where=eligible > 0)
                result[key] = (eligible, annual)
            else:
                assert terms.eligible_cells is not None
                cells = terms.eligible_cells[None, :, :, :]
            if terms.eligible_cells is not None:  # other scenarios exclude its beneficiaries
                beneficiaries[key] = take_up[:, :, None, None] * cells
        return result


def _annual_by_age(terms: ScenarioTerms, ages: int) -> Array:
    """A tiered benefit's annual amount per age and calendar year [t, age]."""
    assert terms.months is not None
    share = 1.0 if terms.year_share is None else terms.year_share
    annual = np.zeros((len(terms.eligible), ages))
    for tier in terms.tiers:
        low, high = tier.ages
        annual[:, low : high + 1] = (tier.monthly_benefit * terms.months * share)[:, None]
    return annual
