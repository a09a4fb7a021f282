"""Keys of the JSON format, shared by its reader, writer and the project file."""

from __future__ import annotations

FORMAT = "abnd-project"
FORMAT_VERSION = 3  # what the writer writes
READABLE_VERSIONS = (1, 2, 3)
MAX_FILE_BYTES = 200 * 1024 * 1024

TOP_KEYS = (
    "format",
    "format_version",
    "name",
    "country",
    "years",
    "population",
    "economy",
    "labour",
    "scenarios",
    "packages",
    "matrix",
    "sources",
    "uncertainty",
    "financing_sources",
)
ECONOMY_SERIES = (
    "real_gdp_growth",
    "gdp_deflator_growth",
    "cpi_inflation",
    "gov_expenditure_share_gdp",
    "gov_revenue_share_gdp",
    "real_wage_growth",
)
ECONOMY_LEVELS = ("poverty_line_monthly", "minimum_wage_monthly", "average_wage_monthly")
ECONOMY_KEYS = ("gdp_nominal_base", "gdp_nominal", *ECONOMY_SERIES, *ECONOMY_LEVELS)
GROWTH_KEYS = ("real_gdp_growth", "gdp_deflator_growth", "cpi_inflation", "real_wage_growth")
LABOUR_KEYS = ("participation_rate", "unemployment_rate", "informality_share")
MATRIX_KEYS = (
    "id",
    "guarantee",
    "existing_provision",
    "policy_gap",
    "implementation_issue",
    "recommendation",
    "costable",
    "scenario_ids",
    "priority",
    "agencies",
    "notes",
    "status",
    "status_date",
    "comments",
)
COMMENT_KEYS = ("id", "agency", "author", "date", "text")
RAMP_KEYS = ("start", "target", "start_year", "target_year")
YEARS_KEYS = ("base", "end", "fiscal_year_start_month")
POPULATION_KEYS = ("unit", "rows", "births", "births_estimate")
# Fields that format version 2 added, by where they live: a version-1 file holding one
# is refused (it would not mean what version 1 meant). The financing issue adds its own.
VERSION_2_FIELDS = {
    "years": ("fiscal_year_start_month",),
    "population": ("births_estimate",),
    "scenario": ("covered_by", "start_month"),
    "benefit": ("tiers",),
}
# Fields that format version 3 added (docs/json-format.md): financing, and the consultation
# record of a matrix row. A version-1 or version-2 file holding one is refused; its
# fiscal-space envelopes migrate instead.
VERSION_3_FIELDS = {
    "top": ("financing_sources",),
    "package": ("financing",),
    "matrix_row": ("status", "status_date", "comments"),
}
PACKAGE_KEYS = ("id", "name", "scenarios", "financing")
ENVELOPE_KEY = "fiscal_space_percent_gdp"  # a package's envelope in versions 1 and 2
FINANCING_SOURCE_KEYS = (
    "id",
    "name",
    "kind",
    "unit",
    "amount",
    "contributions",
    "range",
    "source",
    "feasibility",
)
CONTRIBUTIONS_KEYS = ("scenario", "wage_anchor", "wage_percent", "rate")
SHIFT_RANGE_KEYS = ("low", "high", "distribution")
# Input series that may carry a source note (``sources`` keys).
SOURCE_KEYS = (
    "years.fiscal_year_start_month",
    "population",
    "population.births",
    *(f"economy.{key}" for key in ECONOMY_KEYS),
    *(f"labour.{key}" for key in LABOUR_KEYS),
)
UNCERTAINTY_KEYS = ("ranges", "draws", "seed")
RANGE_KEYS = ("assumption", "low", "high", "distribution")
ASSUMPTION_NAMES = (
    "real_growth",
    "inflation",
    "take_up",
    "benefit_level",
    "admin_rate",
    "population",
)
