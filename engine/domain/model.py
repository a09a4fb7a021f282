"""Domain types of a project, mirroring the JSON exchange format (version 3).

All types are frozen dataclasses. Optional inputs that a file leaves out stay
``None`` here (defaults are applied when computing), so that a project read
from JSON writes back to the same JSON. Units are in the docstrings; money is
local currency units (LCU), rates and shares are fractions (0.05 = 5 %).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

Guarantee = Literal["health", "children", "working_age", "elderly"]
Status = Literal["existing", "proposed"]
Sex = Literal["both", "female", "male"]
Kind = Literal[
    "age_cash",
    "disability",
    "maternity",
    "unemployed",
    "public_works",
    "contribution_subsidy",
    "health_per_capita",
    "health_staffing",
    "custom",
]
Indexation = Literal["none", "prices", "wages", "gdp_per_capita"]
Anchor = Literal["poverty_line", "minimum_wage", "average_wage", "gdp_per_capita"]

# The options of the ILO handbook on fiscal space for social protection (Ortiz et al. 2019),
# and "other" (a version-2 envelope migrates to one).
FinancingKind = Literal[
    "reallocation",
    "tax_revenue",
    "social_security_contributions",
    "aid_and_transfers",
    "illicit_financial_flows",
    "reserves",
    "debt",
    "macroeconomic_framework",
    "other",
]
FinancingUnit = Literal["pct_gdp", "pct_gov_revenue", "lcu"]
WageAnchor = Literal["minimum_wage", "average_wage"]
# The consultation steps a recommendation goes through, in order.
MatrixStatus = Literal["draft", "discussed", "validated", "endorsed"]
BirthsEstimate = Literal["aged_0", "aged_0_centred"]

# The options of each choice, in order (a file's words; the window's lists).
GUARANTEES: tuple[str, ...] = get_args(Guarantee)
STATUSES: tuple[str, ...] = get_args(Status)
SEXES: tuple[str, ...] = get_args(Sex)
KINDS: tuple[str, ...] = get_args(Kind)
INDEXATIONS: tuple[str, ...] = get_args(Indexation)
ANCHORS: tuple[str, ...] = get_args(Anchor)
FINANCING_KINDS: tuple[str, ...] = get_args(FinancingKind)
FINANCING_UNITS: tuple[str, ...] = get_args(FinancingUnit)
WAGE_ANCHORS: tuple[str, ...] = get_args(WageAnchor)
MATRIX_STATUSES: tuple[str, ...] = get_args(MatrixStatus)
BIRTHS_ESTIMATES: tuple[str, ...] = get_args(BirthsEstimate)

MAX_AGE = 100  # single ages 0..100, where 100 means 100 and over
N_AGES = MAX_AGE + 1


@dataclass(frozen=True)
class Series:
    """A value for every year: one ``constant``, or ``by_year`` values.

    ``by_year`` holds (year, value) pairs sorted by year; years in between are
    carried forward from the last given year (JSON: ``{"2031": 0.5}``).
    """

    constant: float | None = None
    by_year: tuple[tuple[int, float], ...] = ()

    @staticmethod
    def of(value: float) -> Series:
        return Series(constant=value)

    @staticmethod
    def per_year(values: dict[int, float]) -> Series:
        return Series(by_year=tuple(sorted(values.items())))

    def first_year(self) -> int | None:
        return self.by_year[0][0] if self.by_year else None


@dataclass(frozen=True)
class AgeBand:
    """A series that applies to ages ``ages[0]..ages[1]`` (inclusive)."""

    ages: tuple[int, int]
    value: Series


@dataclass(frozen=True)
class Rate:
    """A targeting rate or share: one series for all ages, or one per age band."""

    all_ages: Series | None = None
    bands: tuple[AgeBand, ...] = ()


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    currency: str


@dataclass(frozen=True)
class Years:
    """Projection years, base to end inclusive (calendar years: every input is per calendar year).

    ``fiscal_year_start_month`` (1-12, ``None`` = 1, the calendar year): results are
    reported per fiscal year, named by the calendar year in which it ends.
    """

    base: int
    end: int
    fiscal_year_start_month: int | None = None

    @property
    def count(self) -> int:
        return self.end - self.base + 1

    @property
    def fiscal_month(self) -> int:
        return self.fiscal_year_start_month or 1


@dataclass(frozen=True)
class PopulationRow:
    """Mid-year population of one cell: a single ``age`` or an ``age_group``."""

    year: int
    sex: Sex
    value: float
    age: int | None = None
    age_group: str | None = None


@dataclass(frozen=True, eq=False)
class Population:
    """Population rows in ``unit`` (persons or thousands) and optional births (persons).

    ``births_estimate``: how births are estimated when none are given: ``aged_0``
    (the population aged 0, what format version 1 meant) or ``aged_0_centred``
    (the default: the mean of the population aged 0 in the year and the next).
    Compared by identity (``eq=False``): a project's population holds thousands
    of rows, and the engine caches its prepared arrays per object.
    """

    unit: Literal["persons", "thousands"]
    rows: tuple[PopulationRow, ...]
    births: Series | None = None
    births_estimate: BirthsEstimate | None = None


@dataclass(frozen=True)
class Economy:
    """Macro-economic inputs (ECO, GGO) and benefit anchors.

    ``gdp_nominal_base``: nominal GDP in the base year, LCU. ``gdp_nominal``:
    explicit nominal GDP for later years (LCU), which wins over the growth path.
    Growth rates and shares are fractions; anchors are LCU per person per month
    in the base year.
    """

    gdp_nominal_base: float
    # Required, except in a one-year project (base = end), which never uses them.
    real_gdp_growth: Series | None
    gdp_deflator_growth: Series | None
    cpi_inflation: Series | None
    gdp_nominal: Series | None = None
    gov_expenditure_share_gdp: Series | None = None
    gov_revenue_share_gdp: Series | None = None
    real_wage_growth: Series | None = None
    poverty_line_monthly: float | None = None
    minimum_wage_monthly: float | None = None
    average_wage_monthly: float | None = None


@dataclass(frozen=True)
class ParticipationRow:
    """Labour-force participation rate (fraction) for a sex and a single ``age``
    or an ``age_group`` ("15-64"), for every year or from ``year`` on."""

    sex: Sex
    value: float
    age: int | None = None
    age_group: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Labour:
    participation_rate: tuple[ParticipationRow, ...] = ()
    unemployment_rate: Series | None = None
    informality_share: Series | None = None


@dataclass(frozen=True)
class Tier:
    """One age band of a tiered benefit: ``monthly_amount`` (fixed) or ``percent`` (anchor)."""

    ages: tuple[int, int]
    monthly_amount: float | None = None
    percent: float | None = None


@dataclass(frozen=True)
class Benefit:
    """Monthly benefit: a fixed base-year amount with indexation, or a percent of an anchor.

    With ``tiers`` (disjoint age bands covering the scenario's ages exactly), each
    band has its own amount or percent, and ``monthly_amount``/``percent`` stay ``None``.
    """

    type: Literal["fixed", "anchor"]
    monthly_amount: float | None = None
    indexation: Indexation | None = None
    anchor: Anchor | None = None
    percent: float | None = None
    tiers: tuple[Tier, ...] = ()


@dataclass(frozen=True)
class Ramp:
    """Linear take-up: 0 before ``start_year``, ``start`` then, ``target`` from ``target_year``."""

    start: float
    target: float
    start_year: int
    target_year: int


@dataclass(frozen=True)
class TakeUp:
    """Take-up as a series (0 before its first given year) or as a ramp."""

    series: Series | None = None
    ramp: Ramp | None = None


@dataclass(frozen=True)
class Scenario:
    """One benefit scenario (a RAP BS sheet). Fields a kind does not use stay ``None``."""

    id: str
    name: str
    guarantee: Guarantee
    status: Status
    kind: Kind
    take_up: TakeUp
    ages: tuple[int, int] | None = None
    sex: Sex | None = None
    target_share: Rate | None = None
    prevalence: Rate | None = None
    covered_share: Rate | None = None
    benefit: Benefit | None = None
    months_per_year: float | None = None
    admin_rate: float | None = None
    fixed_admin: Series | None = None
    replaces: str | None = None
    # the month (1-12) the scheme starts paying in its first year (the take-up's first year)
    start_month: int | None = None
    # schemes whose beneficiaries (by age, sex and year) are not eligible here
    covered_by: tuple[str, ...] | None = None
    # public_works
    days_per_year: float | None = None
    wage_percent_of_minimum_wage: float | None = None
    working_days_per_month: float | None = None
    nonwage_share: float | None = None
    # health_per_capita
    annual_cost_per_person: float | None = None
    excess_health_inflation: float | None = None
    # health_staffing
    staff_per_1000_target: float | None = None
    staff_per_1000_now: float | None = None
    salary_multiple_of_average_wage: float | None = None
    nonstaff_ratio: float | None = None
    # custom
    beneficiaries: Series | None = None
    # documentation
    rationale: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Package:
    """A named set of scenarios and the financing sources chosen for it (their ids): its
    fiscal space is the sum of those sources."""

    id: str
    name: str
    scenarios: tuple[str, ...]
    financing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Amount:
    """A financing source's amount per year: a series (0 before its first given year) or a
    ramp (0 before ``start_year``, linear from ``start`` to ``target``), like take-up."""

    series: Series | None = None
    ramp: Ramp | None = None


@dataclass(frozen=True)
class Contributions:
    """Contributions collected from a scheme's members: members (its beneficiaries) x
    monthly wage (``wage_percent`` % of the anchor) x 12 x ``rate`` (a fraction)."""

    scenario: str
    wage_anchor: WageAnchor
    wage_percent: float
    rate: float


@dataclass(frozen=True)
class ShiftRange:
    """How sure an amount is: relative shifts (-0.3 = 30 % less) for sensitivity."""

    low: float
    high: float
    distribution: Literal["uniform", "triangular"] = "triangular"


@dataclass(frozen=True)
class FinancingSource:
    """One way to pay for the floor: an amount in ``unit`` (percent of GDP, percent of
    government revenue, or nominal LCU a year), or ``contributions`` computed from a
    scheme; ``source`` and ``feasibility`` are the notes a reader needs."""

    id: str
    name: str
    kind: FinancingKind
    unit: FinancingUnit | None = None
    amount: Amount | None = None
    contributions: Contributions | None = None
    range: ShiftRange | None = None
    source: str | None = None
    feasibility: str | None = None


@dataclass(frozen=True)
class Comment:
    """A comment on a matrix row from the consultation: by an agency, with its date
    (ISO, ``YYYY-MM-DD``) and the person who typed it."""

    id: str
    agency: str
    text: str
    author: str = ""
    date: str = ""


@dataclass(frozen=True)
class MatrixRow:
    """One row of the assessment matrix, with its consultation record: a status
    (``None`` = never set, read as draft) with its date, and comments by agency."""

    id: str
    guarantee: Guarantee
    existing_provision: str = ""
    policy_gap: str = ""
    implementation_issue: str = ""
    recommendation: str = ""
    costable: bool = False
    scenario_ids: tuple[str, ...] = ()
    priority: int | None = None
    agencies: tuple[str, ...] = ()
    notes: str = ""
    status: MatrixStatus | None = None
    status_date: str | None = None
    comments: tuple[Comment, ...] = ()


@dataclass(frozen=True)
class Range:
    """An assumption's range for sensitivity and uncertainty (0 is the central value).

    Points for growth, inflation and the administration rate (0.02 = 2 points),
    relative for take-up and the benefit level (0.2 = +20 %), and for population
    a position between the WPP 2024 bounds (-1 the low bound, +1 the high bound).
    """

    assumption: str
    low: float
    high: float
    distribution: Literal["uniform", "triangular"] = "triangular"


@dataclass(frozen=True)
class Uncertainty:
    """The ranges a project doubts, and how many draws (seeded, so reproducible)."""

    ranges: tuple[Range, ...] = ()
    draws: int = 10_000
    seed: int = 1


@dataclass(frozen=True)
class Project:
    """A whole project: country data, scenarios, packages and the assessment matrix."""

    name: str
    country: Country
    years: Years
    population: Population
    economy: Economy
    labour: Labour | None = None
    scenarios: tuple[Scenario, ...] = ()
    packages: tuple[Package, ...] = ()
    matrix: Sequence[MatrixRow] = ()  # a tuple, or rows decoded when read (engine.store)
    sources: tuple[tuple[str, str], ...] = field(default=())
    uncertainty: Uncertainty | None = None
    financing_sources: tuple[FinancingSource, ...] = ()

    def scenario(self, scenario_id: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.id == scenario_id:
                return scenario
        raise KeyError(scenario_id)

    def package(self, package_id: str) -> Package:
        for package in self.packages:
            if package.id == package_id:
                return package
        raise KeyError(package_id)

    def financing_source(self, source_id: str) -> FinancingSource:
        for source in self.financing_sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)
