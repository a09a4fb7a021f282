"""What the scenario form shows for each field: label, editor shape, unit, and defaults.

The fields a kind uses come from ``engine.domain.kinds`` (docs/rap-method.md section 4); this
table only says how each is shown and typed. Percent fields show percents and
store fractions, as the exchange format wants.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from engine.domain.kinds import allowed_fields


def tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioFields", text)


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # untranslated, shown through tr()
    # text, choice, ages, percent, number, rate, series, benefit, take_up, replaces, paragraph,
    # covered_by (a picker of the project's other scenarios), month
    shape: str
    unit: str = ""
    hint: str = ""


FIELDS: dict[str, Field] = {
    f.key: f
    for f in (
        Field("name", "Name", "text"),
        Field("guarantee", "Guarantee", "choice"),
        Field("status", "Status", "choice"),
        Field("ages", "Ages", "ages", "from - to"),
        Field("sex", "Sex", "choice"),
        Field(
            "target_share",
            "Target share",
            "rate",
            "",
            "0.3, 30 %, 2026: 0.3; 2030: 0.5, or 0-14: 0.2",
        ),
        Field(
            "prevalence",
            "Prevalence",
            "rate",
            "",
            "share of the age band, e.g. 2.8 % or 15-64: 0.028",
        ),
        Field(
            "covered_share", "Already covered", "rate", "", "share already covered by other schemes"
        ),
        Field(
            "covered_by",
            "Not eligible if receiving",
            "covered_by",
            "",
            "their beneficiaries, by age, sex and year, are not eligible here",
        ),
        Field("benefit", "Benefit", "benefit"),
        Field("months_per_year", "Months paid a year", "number", "months"),
        Field("days_per_year", "Days of work a year", "number", "days"),
        Field("wage_percent_of_minimum_wage", "Daily wage", "number", "% of the minimum wage"),
        Field("working_days_per_month", "Working days a month", "number", "days (default 22)"),
        Field("nonwage_share", "Non-wage costs", "percent", "% of total cost"),
        Field(
            "annual_cost_per_person", "Cost per person a year", "number", "{currency}, base year"
        ),
        Field("excess_health_inflation", "Health inflation above CPI", "percent", "% a year"),
        Field("staff_per_1000_target", "Health workers per 1,000, target", "number", "per 1,000"),
        Field("staff_per_1000_now", "Health workers per 1,000, today", "number", "per 1,000"),
        Field("salary_multiple_of_average_wage", "Salary", "number", "x the average wage"),
        Field("nonstaff_ratio", "Non-staff costs", "number", "x the salary bill"),
        Field(
            "beneficiaries", "Beneficiaries", "series", "persons", "1200 or 2026: 1000; 2030: 5000"
        ),
        Field("take_up", "Take-up", "take_up"),
        Field(
            "start_month",
            "Starts paying in",
            "month",
            "",
            "the month the scheme starts in its first year (the take-up's first year)",
        ),
        Field("admin_rate", "Administration", "percent", "% of benefits"),
        Field(
            "fixed_admin", "Fixed administration", "series", "{currency} a year", "e.g. 2026: 5e9"
        ),
        Field("replaces", "Replaces existing scheme", "replaces"),
        Field("rationale", "Rationale", "paragraph"),
        Field("source", "Source of the numbers", "paragraph"),
    )
}
HIDDEN = ("id", "kind")  # shown in the form's heading, not as fields


def form_fields(kind: str) -> list[Field]:
    """The fields a scenario of ``kind`` shows, in a reading order."""
    allowed = set(allowed_fields(kind)) - set(HIDDEN)
    return [field for key, field in FIELDS.items() if key in allowed]


def kind_label(kind: str) -> str:
    return {
        "age_cash": tr("Cash benefit by age"),
        "disability": tr("Disability benefit"),
        "maternity": tr("Maternity benefit"),
        "unemployed": tr("Unemployment benefit"),
        "public_works": tr("Public works"),
        "contribution_subsidy": tr("Contribution subsidy"),
        "health_per_capita": tr("Health: cost per person"),
        "health_staffing": tr("Health: staffing"),
        "custom": tr("Custom beneficiaries"),
    }.get(kind, kind)


def month_options() -> list[tuple[int | None, str]]:
    """(stored value, label): January is no start month at all (a whole first year)."""
    names = (
        tr("January (a whole first year)"),
        tr("February"),
        tr("March"),
        tr("April"),
        tr("May"),
        tr("June"),
        tr("July"),
        tr("August"),
        tr("September"),
        tr("October"),
        tr("November"),
        tr("December"),
    )
    return [(None if month == 1 else month, name) for month, name in enumerate(names, 1)]


def choice_options(key: str) -> list[tuple[str, str]]:
    """(stored value, label) for the choice fields."""
    from gui.common.labels import guarantee_label

    if key == "guarantee":
        return [(g, guarantee_label(g)) for g in ("health", "children", "working_age", "elderly")]
    if key == "status":
        return [("proposed", tr("Proposed")), ("existing", tr("Existing scheme"))]
    if key == "sex":
        return [("both", tr("Both sexes")), ("female", tr("Women")), ("male", tr("Men"))]
    if key == "indexation":
        return [
            ("prices", tr("prices (CPI)")),
            ("wages", tr("wages")),
            ("gdp_per_capita", tr("GDP per person")),
            ("none", tr("none (fixed in money)")),
        ]
    if key == "anchor":
        return [
            ("poverty_line", tr("the poverty line")),
            ("minimum_wage", tr("the minimum wage")),
            ("average_wage", tr("the average wage")),
            ("gdp_per_capita", tr("GDP per person (monthly)")),
        ]
    raise KeyError(key)
