"""Which fields each scenario kind uses (docs/rap-method.md section 4).

One table serves the JSON reader (unknown or foreign fields are rejected with
their path) and, later, the scenario editor (a form shows exactly these fields).
"""

from __future__ import annotations

COMMON_FIELDS: tuple[str, ...] = (
    "id",
    "name",
    "guarantee",
    "status",
    "kind",
    "take_up",
    "admin_rate",
    "fixed_admin",
    "replaces",
    "rationale",
    "source",
)
COMMON_REQUIRED: tuple[str, ...] = ("id", "name", "guarantee", "status", "kind", "take_up")

_TARGETING = ("target_share", "covered_share")
_CASH = ("benefit", "months_per_year")

# kind -> (fields it may have beyond the common ones, fields it must have)
KIND_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "age_cash": (("ages", "sex", *_TARGETING, *_CASH), ("ages", "benefit")),
    "disability": (
        ("ages", "sex", "prevalence", *_TARGETING, *_CASH),
        ("ages", "prevalence", "benefit"),
    ),
    "maternity": ((*_TARGETING, *_CASH), ("benefit", "months_per_year")),
    "unemployed": (("ages", "sex", *_TARGETING, *_CASH), ("ages", "benefit")),
    "public_works": (
        (
            "ages",
            "sex",
            *_TARGETING,
            "days_per_year",
            "wage_percent_of_minimum_wage",
            "working_days_per_month",
            "nonwage_share",
        ),
        ("ages", "days_per_year", "wage_percent_of_minimum_wage"),
    ),
    "contribution_subsidy": (("ages", "sex", *_TARGETING, *_CASH), ("ages", "benefit")),
    "health_per_capita": (
        ("ages", "sex", *_TARGETING, "annual_cost_per_person", "excess_health_inflation"),
        ("annual_cost_per_person",),
    ),
    "health_staffing": (
        (
            "ages",
            "staff_per_1000_target",
            "staff_per_1000_now",
            "salary_multiple_of_average_wage",
            "nonstaff_ratio",
        ),
        ("staff_per_1000_target", "staff_per_1000_now", "salary_multiple_of_average_wage"),
    ),
    "custom": (("beneficiaries", *_CASH), ("beneficiaries", "benefit")),
}

# Defaults applied when computing (the file keeps what the user wrote).
DEFAULT_MONTHS_PER_YEAR = 12.0
DEFAULT_ADMIN_RATE = 0.0  # the ILO SPF calculator used 0
DEFAULT_WORKING_DAYS_PER_MONTH = 22.0
DEFAULT_INDEXATION = "none"


def allowed_fields(kind: str) -> tuple[str, ...]:
    return COMMON_FIELDS + KIND_FIELDS[kind][0]


def required_fields(kind: str) -> tuple[str, ...]:
    return COMMON_REQUIRED + KIND_FIELDS[kind][1]
