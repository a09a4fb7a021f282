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
    "start_month",
)
COMMON_REQUIRED: tuple[str, ...] = ("id", "name", "guarantee", "status", "kind", "take_up")

# covered_by: kinds whose eligible persons are people of an age and sex (not births,
# health workers or a given count), so that another scheme's beneficiaries can be removed.
_TARGETING = ("target_share", "covered_share", "covered_by")
_CASH = ("benefit", "months_per_year")

# kind -> (fields it may have beyond the common ones, fields it must have)
KIND_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "age_cash": (("ages", "sex", *_TARGETING, *_CASH), ("ages", "benefit")),
    "disability": (
        ("ages", "sex", "prevalence", *_TARGETING, *_CASH),
        ("ages", "prevalence", "benefit"),
    ),
    "maternity": (("target_share", "covered_share", *_CASH), ("benefit", "months_per_year")),
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

# Kinds whose eligible persons have an age and sex: they may be named in covered_by
# and may have benefit tiers (for those that pay a benefit).
AGE_SEX_KINDS: tuple[str, ...] = tuple(
    k for k, (fields, _) in KIND_FIELDS.items() if "covered_by" in fields
)
TIER_KINDS: tuple[str, ...] = tuple(k for k in AGE_SEX_KINDS if "benefit" in KIND_FIELDS[k][0])
# Kinds whose beneficiaries are members paying contributions, so that a financing source can
# compute the contributions they pay (docs/method.md, "Contributions collected"): the informal
# workers whose contribution a subsidy shares, and a custom count of new insured members.
# The other kinds pay children, older persons, persons with disabilities, mothers, the
# unemployed, public works participants or health care, who are not contributors as such.
CONTRIBUTOR_KINDS: tuple[str, ...] = ("contribution_subsidy", "custom")

# Defaults applied when computing (the file keeps what the user wrote).
DEFAULT_MONTHS_PER_YEAR = 12.0
DEFAULT_ADMIN_RATE = 0.0  # the ILO SPF calculator used 0
DEFAULT_WORKING_DAYS_PER_MONTH = 22.0
DEFAULT_INDEXATION = "none"
DEFAULT_FISCAL_YEAR_START_MONTH = 1  # the calendar year


def allowed_fields(kind: str) -> tuple[str, ...]:
    return COMMON_FIELDS + KIND_FIELDS[kind][0]


def required_fields(kind: str) -> tuple[str, ...]:
    return COMMON_REQUIRED + KIND_FIELDS[kind][1]
