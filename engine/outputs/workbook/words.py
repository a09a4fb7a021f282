"""Words the workbook shows for the project's keys (an anchor, a rate, a kind...), in the
language of the catalogue installed (engine.domain.i18n): the keys stay in the file format,
the reader sees the words."""

from __future__ import annotations

from engine.domain.i18n import QT_TRANSLATE_NOOP, translate

ANCHORS = {
    "poverty_line": QT_TRANSLATE_NOOP("Workbook", "poverty line"),
    "minimum_wage": QT_TRANSLATE_NOOP("Workbook", "minimum wage"),
    "average_wage": QT_TRANSLATE_NOOP("Workbook", "average wage"),
    "gdp_per_capita": QT_TRANSLATE_NOOP("Workbook", "GDP per person"),
}
RATES = {
    "target_share": QT_TRANSLATE_NOOP("Workbook", "share targeted"),
    "prevalence": QT_TRANSLATE_NOOP("Workbook", "prevalence"),
    "covered_share": QT_TRANSLATE_NOOP("Workbook", "share already covered"),
}
INDEXATIONS = {
    "none": QT_TRANSLATE_NOOP("Workbook", "not indexed"),
    "prices": QT_TRANSLATE_NOOP("Workbook", "prices"),
    "wages": QT_TRANSLATE_NOOP("Workbook", "wages"),
    "gdp_per_capita": QT_TRANSLATE_NOOP("Workbook", "GDP per person"),
}
KINDS = {
    "age_cash": QT_TRANSLATE_NOOP("Workbook", "cash benefit by age"),
    "disability": QT_TRANSLATE_NOOP("Workbook", "disability benefit"),
    "maternity": QT_TRANSLATE_NOOP("Workbook", "maternity benefit"),
    "unemployed": QT_TRANSLATE_NOOP("Workbook", "unemployment benefit"),
    "public_works": QT_TRANSLATE_NOOP("Workbook", "public works"),
    "contribution_subsidy": QT_TRANSLATE_NOOP("Workbook", "contribution subsidy"),
    "health_per_capita": QT_TRANSLATE_NOOP("Workbook", "health: cost per person"),
    "health_staffing": QT_TRANSLATE_NOOP("Workbook", "health: staffing"),
    "custom": QT_TRANSLATE_NOOP("Workbook", "custom beneficiaries"),
}
STATUSES = {
    "existing": QT_TRANSLATE_NOOP("Workbook", "existing"),
    "proposed": QT_TRANSLATE_NOOP("Workbook", "proposed"),
}
MATRIX_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Workbook", "draft"),
    "discussed": QT_TRANSLATE_NOOP("Workbook", "discussed"),
    "validated": QT_TRANSLATE_NOOP("Workbook", "validated"),
    "endorsed": QT_TRANSLATE_NOOP("Workbook", "endorsed"),
}

GUARANTEES = {
    "health": QT_TRANSLATE_NOOP("Workbook", "health care"),
    "children": QT_TRANSLATE_NOOP("Workbook", "children"),
    "working_age": QT_TRANSLATE_NOOP("Workbook", "working age"),
    "elderly": QT_TRANSLATE_NOOP("Workbook", "older persons"),
}
MATRIX_HEADINGS = {  # the MATRIX sheet's columns (engine.format.keys.MATRIX_KEYS)
    "guarantee": QT_TRANSLATE_NOOP("Workbook", "guarantee"),
    "existing_provision": QT_TRANSLATE_NOOP("Workbook", "existing provision"),
    "policy_gap": QT_TRANSLATE_NOOP("Workbook", "policy gap"),
    "implementation_issue": QT_TRANSLATE_NOOP("Workbook", "implementation issue"),
    "recommendation": QT_TRANSLATE_NOOP("Workbook", "recommendation"),
    "costable": QT_TRANSLATE_NOOP("Workbook", "costable"),
    "scenario_ids": QT_TRANSLATE_NOOP("Workbook", "scenarios"),
    "priority": QT_TRANSLATE_NOOP("Workbook", "priority"),
    "agencies": QT_TRANSLATE_NOOP("Workbook", "agencies"),
    "notes": QT_TRANSLATE_NOOP("Workbook", "notes"),
    "status": QT_TRANSLATE_NOOP("Workbook", "status"),
    "status_date": QT_TRANSLATE_NOOP("Workbook", "status date"),
}

ASSUMPTIONS = {  # the tornado's bars (engine.analysis.uncertainty.LABELS)
    "real_growth": QT_TRANSLATE_NOOP("Workbook", "real GDP growth"),
    "inflation": QT_TRANSLATE_NOOP("Workbook", "inflation (CPI and GDP deflator)"),
    "take_up": QT_TRANSLATE_NOOP("Workbook", "take-up"),
    "benefit_level": QT_TRANSLATE_NOOP("Workbook", "benefit level"),
    "admin_rate": QT_TRANSLATE_NOOP("Workbook", "administration rate"),
    "population": QT_TRANSLATE_NOOP("Workbook", "population (WPP 2024 bounds)"),
}
RANGES_SOURCES = {  # engine.analysis.setup.StoredSettings.source
    "the project's ranges": QT_TRANSLATE_NOOP("Workbook", "the project's ranges"),
    "default ranges": QT_TRANSLATE_NOOP("Workbook", "default ranges"),
}

FINANCING_KINDS = {  # the fiscal-space options of the ILO handbook, as the report names them
    "reallocation": QT_TRANSLATE_NOOP("Workbook", "Re-allocating public expenditure"),
    "tax_revenue": QT_TRANSLATE_NOOP("Workbook", "Increasing tax revenue"),
    "social_security_contributions": QT_TRANSLATE_NOOP(
        "Workbook", "Social security coverage and contributions"
    ),
    "aid_and_transfers": QT_TRANSLATE_NOOP("Workbook", "Aid and transfers"),
    "illicit_financial_flows": QT_TRANSLATE_NOOP("Workbook", "Eliminating illicit financial flows"),
    "reserves": QT_TRANSLATE_NOOP("Workbook", "Fiscal and foreign exchange reserves"),
    "debt": QT_TRANSLATE_NOOP("Workbook", "Borrowing or restructuring debt"),
    "macroeconomic_framework": QT_TRANSLATE_NOOP(
        "Workbook", "A more accommodating macroeconomic framework"
    ),
    "other": QT_TRANSLATE_NOOP("Workbook", "Other"),
}


def word(table: dict[str, str], key: str) -> str:
    """The word for ``key`` in the installed language (a key the table lacks, as it is)."""
    return translate("Workbook", table[key]) if key in table else key
