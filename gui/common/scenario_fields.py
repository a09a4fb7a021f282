"""What the scenario form shows for each field: label, editor shape, unit, and defaults.

The fields a kind uses come from ``engine.domain.kinds`` (docs/rap-method.md section 4); this
table only says how each is shown and typed. Percent fields show percents and
store fractions, as the exchange format wants.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.domain.kinds import allowed_fields
from engine.domain.months import month_name
from gui.common.numbers import Quantity


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # marked with QT_TRANSLATE_NOOP; shown through :meth:`text`
    # text, choice, ages, percent (a share, in %), percent_of (a percent stored as such),
    # number, rate (a share per year or age band, in %), series, benefit, take_up,
    # replaces, paragraph, covered_by (a picker of the project's other scenarios), month
    shape: str
    unit: str = ""
    hint: str = ""

    @property
    def quantity(self) -> Quantity:
        """How the field's numbers are typed and stored (a share is typed in percent)."""
        if self.shape in ("percent", "rate"):
            return Quantity.SHARE
        if self.shape == "percent_of":
            return Quantity.PERCENT
        return Quantity.PLAIN

    @staticmethod
    def text(source: str) -> str:
        """One of this table's strings in the user's language."""
        return QCoreApplication.translate("ScenarioFields", source) if source else ""


FIELDS: dict[str, Field] = {
    f.key: f
    for f in (
        Field("name", QT_TRANSLATE_NOOP("ScenarioFields", "Name"), "text"),
        Field("guarantee", QT_TRANSLATE_NOOP("ScenarioFields", "Guarantee"), "choice"),
        Field("status", QT_TRANSLATE_NOOP("ScenarioFields", "Status"), "choice"),
        Field(
            "ages",
            QT_TRANSLATE_NOOP("ScenarioFields", "Ages"),
            "ages",
            QT_TRANSLATE_NOOP("ScenarioFields", "from - to"),
        ),
        Field("sex", QT_TRANSLATE_NOOP("ScenarioFields", "Sex"), "choice"),
        Field(
            "target_share",
            QT_TRANSLATE_NOOP("ScenarioFields", "Target share"),
            "rate",
            "",
            QT_TRANSLATE_NOOP("ScenarioFields", "30 %, or 2026: 30 %; 2030: 50 %, or 0-14: 20 %"),
        ),
        Field(
            "prevalence",
            QT_TRANSLATE_NOOP("ScenarioFields", "Prevalence"),
            "rate",
            "",
            QT_TRANSLATE_NOOP(
                "ScenarioFields", "share of the age band, e.g. 2.8 % or 15-64: 2.8 %"
            ),
        ),
        Field(
            "covered_share",
            QT_TRANSLATE_NOOP("ScenarioFields", "Already covered"),
            "rate",
            "",
            QT_TRANSLATE_NOOP("ScenarioFields", "share already covered by other schemes"),
        ),
        Field(
            "covered_by",
            QT_TRANSLATE_NOOP("ScenarioFields", "Not eligible if receiving"),
            "covered_by",
            "",
            QT_TRANSLATE_NOOP(
                "ScenarioFields", "their beneficiaries, by age, sex and year, are not eligible here"
            ),
        ),
        Field("benefit", QT_TRANSLATE_NOOP("ScenarioFields", "Benefit"), "benefit"),
        Field(
            "months_per_year",
            QT_TRANSLATE_NOOP("ScenarioFields", "Months paid a year"),
            "number",
            QT_TRANSLATE_NOOP("ScenarioFields", "months"),
        ),
        Field(
            "days_per_year",
            QT_TRANSLATE_NOOP("ScenarioFields", "Days of work a year"),
            "number",
            QT_TRANSLATE_NOOP("ScenarioFields", "days"),
        ),
        Field(
            "wage_percent_of_minimum_wage",
            QT_TRANSLATE_NOOP("ScenarioFields", "Daily wage"),
            "percent_of",
            QT_TRANSLATE_NOOP("ScenarioFields", "% of the minimum wage"),
        ),
        Field(
            "working_days_per_month",
            QT_TRANSLATE_NOOP("ScenarioFields", "Working days a month"),
            "number",
            QT_TRANSLATE_NOOP("ScenarioFields", "days (default 22)"),
        ),
        Field(
            "nonwage_share",
            QT_TRANSLATE_NOOP("ScenarioFields", "Non-wage costs"),
            "percent",
            QT_TRANSLATE_NOOP("ScenarioFields", "% of total cost"),
        ),
        Field(
            "annual_cost_per_person",
            QT_TRANSLATE_NOOP("ScenarioFields", "Cost per person a year"),
            "number",
            QT_TRANSLATE_NOOP("ScenarioFields", "{currency}, base year"),
        ),
        Field(
            "excess_health_inflation",
            QT_TRANSLATE_NOOP("ScenarioFields", "Health inflation above CPI"),
            "percent",
            QT_TRANSLATE_NOOP("ScenarioFields", "% a year"),
        ),
        Field(
            "staff_per_1000_target",
            QT_TRANSLATE_NOOP("ScenarioFields", "Health workers per 1,000, target"),
            "number",
            QT_TRANSLATE_NOOP("ScenarioFields", "per 1,000"),
        ),
        Field(
            "staff_per_1000_now",
            QT_TRANSLATE_NOOP("ScenarioFields", "Health workers per 1,000, today"),
            "number",
            QT_TRANSLATE_NOOP("ScenarioFields", "per 1,000"),
        ),
        Field(
            "salary_multiple_of_average_wage",
            QT_TRANSLATE_NOOP("ScenarioFields", "Salary"),
            "number",
            QT_TRANSLATE_NOOP("ScenarioFields", "x the average wage"),
        ),
        Field(
            "nonstaff_ratio",
            QT_TRANSLATE_NOOP("ScenarioFields", "Non-staff costs"),
            "number",
            QT_TRANSLATE_NOOP("ScenarioFields", "x the salary bill"),
        ),
        Field(
            "beneficiaries",
            QT_TRANSLATE_NOOP("ScenarioFields", "Beneficiaries"),
            "series",
            QT_TRANSLATE_NOOP("ScenarioFields", "persons"),
            QT_TRANSLATE_NOOP("ScenarioFields", "1200 or 2026: 1000; 2030: 5000"),
        ),
        Field("take_up", QT_TRANSLATE_NOOP("ScenarioFields", "Take-up"), "take_up"),
        Field(
            "start_month",
            QT_TRANSLATE_NOOP("ScenarioFields", "Starts paying in"),
            "month",
            "",
            QT_TRANSLATE_NOOP(
                "ScenarioFields",
                "the month the scheme starts in its first year (the take-up's first year)",
            ),
        ),
        Field(
            "admin_rate",
            QT_TRANSLATE_NOOP("ScenarioFields", "Administration"),
            "percent",
            QT_TRANSLATE_NOOP("ScenarioFields", "% of benefits"),
        ),
        Field(
            "fixed_admin",
            QT_TRANSLATE_NOOP("ScenarioFields", "Fixed administration"),
            "series",
            QT_TRANSLATE_NOOP("ScenarioFields", "{currency} a year"),
            QT_TRANSLATE_NOOP("ScenarioFields", "e.g. 2026: 5e9"),
        ),
        Field(
            "replaces", QT_TRANSLATE_NOOP("ScenarioFields", "Replaces existing scheme"), "replaces"
        ),
        Field("rationale", QT_TRANSLATE_NOOP("ScenarioFields", "Rationale"), "paragraph"),
        Field("source", QT_TRANSLATE_NOOP("ScenarioFields", "Source of the numbers"), "paragraph"),
    )
}

HIDDEN = ("id", "kind")  # shown in the form's heading, not as fields


def form_fields(kind: str) -> list[Field]:
    """The fields a scenario of ``kind`` shows, in a reading order."""
    allowed = set(allowed_fields(kind)) - set(HIDDEN)
    return [field for key, field in FIELDS.items() if key in allowed]


def kind_label(kind: str) -> str:
    return {
        "age_cash": QCoreApplication.translate("ScenarioFields", "Cash benefit by age"),
        "disability": QCoreApplication.translate("ScenarioFields", "Disability benefit"),
        "maternity": QCoreApplication.translate("ScenarioFields", "Maternity benefit"),
        "unemployed": QCoreApplication.translate("ScenarioFields", "Unemployment benefit"),
        "public_works": QCoreApplication.translate("ScenarioFields", "Public works"),
        "contribution_subsidy": QCoreApplication.translate(
            "ScenarioFields", "Contribution subsidy"
        ),
        "health_per_capita": QCoreApplication.translate(
            "ScenarioFields", "Health: cost per person"
        ),
        "health_staffing": QCoreApplication.translate("ScenarioFields", "Health: staffing"),
        "custom": QCoreApplication.translate("ScenarioFields", "Custom beneficiaries"),
    }.get(kind, kind)


def month_options() -> list[tuple[int | None, str]]:
    """(stored value, label): January is no start month at all (a whole first year)."""
    first = QCoreApplication.translate("ScenarioFields", "January (a whole first year)")
    return [(None, first), *((month, month_name(month)) for month in range(2, 13))]


def choice_options(key: str) -> list[tuple[str, str]]:
    """(stored value, label) for the choice fields."""
    from gui.common.labels import guarantee_label

    if key == "guarantee":
        return [(g, guarantee_label(g)) for g in ("health", "children", "working_age", "elderly")]
    if key == "status":
        return [
            ("proposed", QCoreApplication.translate("ScenarioFields", "Proposed")),
            ("existing", QCoreApplication.translate("ScenarioFields", "Existing scheme")),
        ]
    if key == "sex":
        return [
            ("both", QCoreApplication.translate("ScenarioFields", "Both sexes")),
            ("female", QCoreApplication.translate("ScenarioFields", "Women")),
            ("male", QCoreApplication.translate("ScenarioFields", "Men")),
        ]
    if key == "indexation":
        return [
            ("prices", QCoreApplication.translate("ScenarioFields", "prices (CPI)")),
            ("wages", QCoreApplication.translate("ScenarioFields", "wages")),
            ("gdp_per_capita", QCoreApplication.translate("ScenarioFields", "GDP per person")),
            ("none", QCoreApplication.translate("ScenarioFields", "none (fixed in money)")),
        ]
    if key == "anchor":
        return [
            ("poverty_line", QCoreApplication.translate("ScenarioFields", "the poverty line")),
            ("minimum_wage", QCoreApplication.translate("ScenarioFields", "the minimum wage")),
            ("average_wage", QCoreApplication.translate("ScenarioFields", "the average wage")),
            (
                "gdp_per_capita",
                QCoreApplication.translate("ScenarioFields", "GDP per person (monthly)"),
            ),
        ]
    raise KeyError(key)


# What each field means, with its unit and an example: the tooltip of its editors.
TIPS = {
    "name": QT_TRANSLATE_NOOP(
        "ScenarioFields", "The scenario's name in every table, chart and report"
    ),
    "guarantee": QT_TRANSLATE_NOOP(
        "ScenarioFields", "The guarantee of the Social Protection Floor the scheme serves"
    ),
    "status": QT_TRANSLATE_NOOP(
        "ScenarioFields",
        "Existing: a scheme paid today; proposed: a recommendation being costed",
    ),
    "ages": QT_TRANSLATE_NOOP(
        "ScenarioFields", "The ages eligible, in whole years, both included (e.g. 0 to 5)"
    ),
    "sex": QT_TRANSLATE_NOOP("ScenarioFields", "Who is eligible: women, men or both"),
    "target_share": QT_TRANSLATE_NOOP(
        "ScenarioFields",
        "The share of the age band targeted, in % (e.g. 30 % for the poorest 30 %)",
    ),
    "prevalence": QT_TRANSLATE_NOOP(
        "ScenarioFields", "The share of the age band with the condition, in % (e.g. 2.8 %)"
    ),
    "covered_share": QT_TRANSLATE_NOOP(
        "ScenarioFields", "The share already covered by other schemes, in % (not eligible here)"
    ),
    "covered_by": QT_TRANSLATE_NOOP(
        "ScenarioFields", "People receiving these schemes are not eligible here"
    ),
    "benefit": QT_TRANSLATE_NOOP(
        "ScenarioFields",
        "The benefit a month: a % of an anchor (the poverty line, a wage) or a fixed amount "
        "in the currency at base-year prices",
    ),
    "months_per_year": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Months the benefit is paid in a year (12 for a monthly benefit)"
    ),
    "days_per_year": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Days of work offered to each participant in a year (e.g. 60)"
    ),
    "wage_percent_of_minimum_wage": QT_TRANSLATE_NOOP(
        "ScenarioFields", "The daily wage, in % of the minimum wage (e.g. 100 %)"
    ),
    "working_days_per_month": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Working days in a month, to turn the monthly wage into a daily one"
    ),
    "nonwage_share": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Materials and management, in % of the total cost (e.g. 30 %)"
    ),
    "annual_cost_per_person": QT_TRANSLATE_NOOP(
        "ScenarioFields", "The cost of care per person covered a year, base-year prices"
    ),
    "excess_health_inflation": QT_TRANSLATE_NOOP(
        "ScenarioFields", "How much faster health costs rise than consumer prices, % a year"
    ),
    "staff_per_1000_target": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Health workers per 1,000 people to reach (e.g. 4.45, the WHO threshold)"
    ),
    "staff_per_1000_now": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Health workers per 1,000 people today"
    ),
    "salary_multiple_of_average_wage": QT_TRANSLATE_NOOP(
        "ScenarioFields", "A health worker's salary, as a multiple of the average wage"
    ),
    "nonstaff_ratio": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Other costs, as a multiple of the salary bill (e.g. 0.5)"
    ),
    "beneficiaries": QT_TRANSLATE_NOOP(
        "ScenarioFields", "The number of beneficiaries, one number or by year"
    ),
    "take_up": QT_TRANSLATE_NOOP(
        "ScenarioFields",
        "The share of the eligible who receive the benefit, in %: a ramp from a first year "
        "to a target year, or values by year",
    ),
    "start_month": QT_TRANSLATE_NOOP(
        "ScenarioFields", "The month payments start in the first year (later months only)"
    ),
    "admin_rate": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Administration costs, in % of the benefits paid (e.g. 5 %)"
    ),
    "fixed_admin": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Administration costs that do not grow with benefits, a year"
    ),
    "replaces": QT_TRANSLATE_NOOP(
        "ScenarioFields", "An existing scheme this one replaces (its cost is taken off packages)"
    ),
    "rationale": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Why this scenario: the recommendation and who agreed it"
    ),
    "source": QT_TRANSLATE_NOOP(
        "ScenarioFields", "Where the numbers come from (a decree, a survey, a ministry letter)"
    ),
}


def tip(field: Field) -> str:
    """A field's tooltip: what it means, with its unit and an example."""
    text = Field.text(TIPS.get(field.key, ""))
    example = Field.text(field.hint)
    return f"{text}\n{example}" if text and example else text or example
