"""Writing domain types back to the JSON format (version 3); optional inputs left out stay out."""

from __future__ import annotations

import dataclasses
from typing import Any

from engine.domain.kinds import allowed_fields
from engine.domain.model import (
    Amount,
    Benefit,
    Comment,
    FinancingSource,
    Labour,
    MatrixRow,
    Package,
    Population,
    PopulationRow,
    Project,
    Rate,
    Scenario,
    Series,
    TakeUp,
    Uncertainty,
    Years,
)
from engine.format.keys import (
    ECONOMY_KEYS,
    FORMAT,
    FORMAT_VERSION,
    MATRIX_KEYS,
    VERSION_3_FIELDS,
)

CONSULTATION_KEYS = VERSION_3_FIELDS["matrix_row"]


def project_to_dict(project: Project) -> dict[str, Any]:
    """The JSON document of a project; optional inputs left out stay out."""
    result: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "name": project.name,
        "country": {
            "iso3": project.country.iso3,
            "name": project.country.name,
            "currency": project.country.currency,
        },
        "years": years_to_dict(project.years),
        "population": population_to_dict(project.population),
        "economy": economy_to_dict(project),
    }
    if project.labour is not None:
        result["labour"] = labour_to_dict(project.labour)
    result["scenarios"] = [scenario_to_dict(s) for s in project.scenarios]
    result["packages"] = [package_to_dict(p) for p in project.packages]
    if project.financing_sources:
        result["financing_sources"] = [
            financing_source_to_dict(s) for s in project.financing_sources
        ]
    result["matrix"] = [matrix_row_to_dict(m) for m in project.matrix]
    if project.sources:
        result["sources"] = dict(project.sources)
    if project.uncertainty is not None:
        result["uncertainty"] = uncertainty_to_dict(project.uncertainty)
    return result


def years_to_dict(years: Years) -> dict[str, Any]:
    result: dict[str, Any] = {"base": years.base, "end": years.end}
    if years.fiscal_year_start_month is not None:
        result["fiscal_year_start_month"] = years.fiscal_year_start_month
    return result


def series_to_json(series: Series) -> Any:
    if series.constant is not None:
        return series.constant
    return {str(year): value for year, value in series.by_year}


def population_to_dict(population: Population) -> dict[str, Any]:
    result: dict[str, Any] = {
        "unit": population.unit,
        "rows": [population_row_to_dict(row) for row in population.rows],
    }
    if population.births is not None:
        result["births"] = series_to_json(population.births)
    if population.births_estimate is not None:
        result["births_estimate"] = population.births_estimate
    return result


def population_row_to_dict(row: PopulationRow) -> dict[str, Any]:
    item: dict[str, Any] = {"year": row.year, "sex": row.sex}
    if row.age is not None:
        item["age"] = row.age
    else:
        item["age_group"] = row.age_group
    item["value"] = row.value
    return item


def economy_to_dict(project: Project) -> dict[str, Any]:
    economy = project.economy
    result: dict[str, Any] = {}
    for key in ECONOMY_KEYS:
        value = getattr(economy, key)
        if value is None:
            continue
        result[key] = series_to_json(value) if isinstance(value, Series) else value
    return result


def labour_to_dict(labour: Labour) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if labour.participation_rate:
        result["participation_rate"] = [
            _drop_none(
                {
                    "sex": row.sex,
                    "age": row.age,
                    "age_group": row.age_group,
                    "value": row.value,
                    "year": row.year,
                }
            )
            for row in labour.participation_rate
        ]
    if labour.unemployment_rate is not None:
        result["unemployment_rate"] = series_to_json(labour.unemployment_rate)
    if labour.informality_share is not None:
        result["informality_share"] = series_to_json(labour.informality_share)
    return result


def _rate_to_json(rate: Rate) -> Any:
    if rate.all_ages is not None:
        return series_to_json(rate.all_ages)
    return [{"ages": list(band.ages), "value": series_to_json(band.value)} for band in rate.bands]


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key in allowed_fields(scenario.kind):
        value = getattr(scenario, key)
        if value is None:
            continue
        if isinstance(value, Series):
            value = series_to_json(value)
        elif isinstance(value, Rate):
            value = _rate_to_json(value)
        elif isinstance(value, TakeUp):
            value = _take_up_to_json(value)
        elif isinstance(value, Benefit):
            value = benefit_to_dict(value)
        elif isinstance(value, tuple):
            value = list(value)
        result[key] = value
    return result


def benefit_to_dict(benefit: Benefit) -> dict[str, Any]:
    result = _drop_none(
        {
            k: getattr(benefit, k)
            for k in ("type", "monthly_amount", "indexation", "anchor", "percent")
        }
    )
    if benefit.tiers:
        result["tiers"] = [
            _drop_none(
                {
                    "ages": list(tier.ages),
                    "monthly_amount": tier.monthly_amount,
                    "percent": tier.percent,
                }
            )
            for tier in benefit.tiers
        ]
    return result


def _take_up_to_json(take_up: TakeUp) -> Any:
    if take_up.series is not None:
        return series_to_json(take_up.series)
    assert take_up.ramp is not None
    return dataclasses.asdict(take_up.ramp)


def package_to_dict(package: Package) -> dict[str, Any]:
    result: dict[str, Any] = {
        "id": package.id,
        "name": package.name,
        "scenarios": list(package.scenarios),
    }
    if package.financing:
        result["financing"] = list(package.financing)
    return result


def financing_source_to_dict(source: FinancingSource) -> dict[str, Any]:
    result: dict[str, Any] = {"id": source.id, "name": source.name, "kind": source.kind}
    if source.contributions is not None:
        result["contributions"] = dataclasses.asdict(source.contributions)
    else:
        assert source.unit is not None and source.amount is not None
        result["unit"] = source.unit
        result["amount"] = amount_to_json(source.amount)
    if source.range is not None:
        result["range"] = dataclasses.asdict(source.range)
    for key in ("source", "feasibility"):
        value = getattr(source, key)
        if value is not None:
            result[key] = value
    return result


def amount_to_json(amount: Amount) -> Any:
    if amount.series is not None:
        return series_to_json(amount.series)
    assert amount.ramp is not None
    return dataclasses.asdict(amount.ramp)


def matrix_row_to_dict(row: MatrixRow) -> dict[str, Any]:
    """Every field of the matrix itself; the consultation record only where it is set."""
    result = {key: getattr(row, key) for key in MATRIX_KEYS if key not in CONSULTATION_KEYS}
    result["scenario_ids"] = list(row.scenario_ids)
    result["agencies"] = list(row.agencies)
    if row.status is not None:
        result["status"] = row.status
    if row.status_date is not None:
        result["status_date"] = row.status_date
    if row.comments:
        result["comments"] = [comment_to_dict(c) for c in row.comments]
    return result


def comment_to_dict(comment: Comment) -> dict[str, Any]:
    result: dict[str, Any] = {"id": comment.id, "agency": comment.agency}
    if comment.author:
        result["author"] = comment.author
    if comment.date:
        result["date"] = comment.date
    result["text"] = comment.text
    return result


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}


def uncertainty_to_dict(uncertainty: Uncertainty) -> dict[str, Any]:
    return {
        "ranges": [
            {
                "assumption": r.assumption,
                "low": r.low,
                "high": r.high,
                "distribution": r.distribution,
            }
            for r in uncertainty.ranges
        ],
        "draws": uncertainty.draws,
        "seed": uncertainty.seed,
    }
