"""A costed scenario described in sentences, from its parameters and the values the engine
used (``Results.terms``): who is eligible, the benefit in money and as a share of its
anchor in a named year, take-up, indexation, administration, what it replaces, its cost.

Every sentence is one translatable template with named placeholders, so a translation
can put the parts in its own order; the values put into it are numbers, names and
short noun phrases, each itself one template.
"""

from __future__ import annotations

import numpy as np

from engine.domain.i18n import translate
from engine.domain.kinds import DEFAULT_MONTHS_PER_YEAR, DEFAULT_WORKING_DAYS_PER_MONTH
from engine.domain.model import MAX_AGE, Benefit, Rate, Scenario, Series
from engine.domain.months import month_name
from engine.method.scenarios import ScenarioTerms
from engine.report.context import ReportContext
from engine.report.text import join_list

LABOUR_KINDS = ("unemployed", "contribution_subsidy")


def anchor_name(key: str) -> str:
    """An anchor as it follows "of" ("20 % of the poverty line")."""
    return {
        "poverty_line": translate("Report", "the poverty line"),
        "minimum_wage": translate("Report", "the minimum wage"),
        "average_wage": translate("Report", "the average wage"),
        "gdp_per_capita": translate("Report", "GDP per person"),
    }[key]


def indexation_phrase(key: str) -> str:
    return {
        "none": translate("Report", "not indexed (it keeps its nominal value)"),
        "prices": translate("Report", "indexed to consumer prices"),
        "wages": translate("Report", "indexed to wages"),
        "gdp_per_capita": translate("Report", "indexed to GDP per person"),
    }[key]


def ages_phrase(ages: tuple[int, int]) -> str:
    low, high = ages
    if high >= MAX_AGE:
        return translate("Report", "{low} and over").format(low=low)
    return translate("Report", "{low} to {high}").format(low=low, high=high)


def describe(context: ReportContext, scenario: Scenario) -> tuple[str, ...]:
    """The paragraphs describing a costed scenario (one that has terms and results)."""
    terms = context.results.terms[scenario.id]
    year = named_year(context, terms)
    who = [status_sentence(scenario), *eligibility(context, scenario, terms, year)]
    benefit = benefit_sentences(context, scenario, terms, year)
    design = [
        take_up_sentence(context, scenario),
        administration_sentence(context, scenario, terms, year),
        *design_sentences(context, scenario),
    ]
    paragraphs = [" ".join(who), " ".join(benefit), " ".join(s for s in design if s)]
    paragraphs.append(cost_sentence(context, scenario.id))
    return tuple(p for p in paragraphs if p)


def named_year(context: ReportContext, terms: ScenarioTerms) -> int:
    """The calendar year the amounts are given for: the scheme's first year of payment
    (its take-up above 0), else the base year."""
    calendar = [int(y) for y in context.results.calendar_years]
    paying = np.flatnonzero(terms.take_up > 0)
    return calendar[int(paying[0])] if paying.size else calendar[0]


def _t(context: ReportContext, year: int) -> int:
    return year - int(context.results.calendar_years[0])


def status_sentence(scenario: Scenario) -> str:
    if scenario.status == "existing":
        return translate("Report", "An existing scheme, costed as it stands.")
    return translate("Report", "A proposed scheme.")


def eligibility(
    context: ReportContext, scenario: Scenario, terms: ScenarioTerms, year: int
) -> list[str]:
    number, t = context.number, _t(context, year)
    kind = scenario.kind
    sentences: list[str] = []
    if kind == "maternity":
        sentences.append(translate("Report", "It pays mothers at each birth."))
    elif kind == "custom":
        sentences.append(
            translate(
                "Report", "The project gives the number of people eligible: {count} in {year}."
            ).format(count=number.count(terms.eligible[t]), year=year)
        )
        return sentences
    elif kind == "health_staffing":
        return sentences
    elif (scenario.ages or (0, MAX_AGE)) == (0, MAX_AGE) and kind in (
        "age_cash",
        "health_per_capita",
    ):
        sentences.append(
            translate("Report", "It covers the whole population.")
            if kind == "health_per_capita"
            else translate("Report", "It is for people of every age.")
        )
        sentences += sex_sentences(scenario)
    else:
        ages = ages_phrase(scenario.ages or (0, MAX_AGE))
        if kind == "unemployed":
            who = translate("Report", "It is for unemployed people aged {ages}.")
        elif kind == "contribution_subsidy":
            who = translate("Report", "It is for informal workers aged {ages}.")
        elif kind == "public_works":
            who = translate("Report", "It offers work to people aged {ages}.")
        elif kind == "health_per_capita":
            who = translate("Report", "It covers people aged {ages}.")
        elif kind == "disability":
            who = translate("Report", "It is for people with a disability aged {ages}.")
        else:
            who = translate("Report", "It is for people aged {ages}.")
        sentences.append(who.format(ages=ages))
        sentences += sex_sentences(scenario)
    sentences += targeting_sentences(context, scenario, year)
    counted = (
        translate(
            "Report", "In {year}, {eligible} births are eligible and {beneficiaries} receive it."
        )
        if kind == "maternity"
        else translate(
            "Report", "In {year}, {eligible} people are eligible and {beneficiaries} receive it."
        )
    )
    sentences.append(
        counted.format(
            year=year,
            eligible=number.count(terms.eligible[t]),
            beneficiaries=number.count(terms.beneficiaries[t]),
        )
    )
    return sentences


def sex_sentences(scenario: Scenario) -> list[str]:
    if scenario.sex == "female":
        return [translate("Report", "Only women are eligible.")]
    if scenario.sex == "male":
        return [translate("Report", "Only men are eligible.")]
    return []


def rate_text(context: ReportContext, rate: Rate, year: int) -> str:
    """A rate in the named year: "80 %", or per age band "80 % at ages 60 to 74, ..."."""
    number = context.number
    if rate.all_ages is not None:
        return number.share(series_value(rate.all_ages, year))
    return join_list(
        [
            translate("Report", "{share} at ages {ages}").format(
                share=number.share(series_value(band.value, year)), ages=ages_phrase(band.ages)
            )
            for band in rate.bands
        ]
    )


def everyone() -> Rate:
    return Rate(all_ages=Series(constant=1.0))


def series_value(series: Series, year: int) -> float:
    """A series' value in ``year``, carried forward from the last year given (0 before)."""
    if series.constant is not None:
        return series.constant
    value = series.by_year[0][1] if series.by_year else 0.0
    for given, amount in series.by_year:
        if given <= year:
            value = amount
    return value


def targeting_sentences(context: ReportContext, scenario: Scenario, year: int) -> list[str]:
    sentences = []
    if scenario.prevalence is not None:
        sentences.append(
            translate("Report", "The share with a severe disability is {share}.").format(
                share=rate_text(context, scenario.prevalence, year)
            )
        )
    if scenario.target_share is not None and scenario.target_share != everyone():
        sentences.append(
            translate("Report", "It targets {share} of them.").format(
                share=rate_text(context, scenario.target_share, year)
            )
        )
    if scenario.covered_share is not None:
        sentences.append(
            translate(
                "Report", "Those already covered by another scheme ({share}) are left out."
            ).format(share=rate_text(context, scenario.covered_share, year))
        )
    return sentences


def benefit_sentences(
    context: ReportContext, scenario: Scenario, terms: ScenarioTerms, year: int
) -> list[str]:
    kind = scenario.kind
    if kind == "public_works":
        return [public_works_sentence(context, scenario, terms, year)]
    if kind == "health_per_capita":
        return [health_cost_sentence(context, scenario, terms, year)]
    if kind == "health_staffing":
        return [staffing_sentence(context, scenario, terms, year)]
    benefit = scenario.benefit
    if benefit is None or terms.monthly_benefit is None:
        return []
    sentences = (
        tier_sentences(context, benefit, terms, year)
        if benefit.tiers
        else level_sentences(context, benefit, terms, year)
    )
    months = scenario.months_per_year
    if kind == "maternity":
        sentences.append(
            translate("Report", "It is paid for {months} months per birth.").format(
                months=context.number.exact(months or DEFAULT_MONTHS_PER_YEAR)
            )
        )
    elif months is not None and months != DEFAULT_MONTHS_PER_YEAR:
        sentences.append(
            translate("Report", "It is paid {months} months a year.").format(
                months=context.number.exact(months)
            )
        )
    return sentences


def level_sentences(
    context: ReportContext, benefit: Benefit, terms: ScenarioTerms, year: int
) -> list[str]:
    number, currency, t = context.number, context.currency, _t(context, year)
    assert terms.monthly_benefit is not None
    amount = number.amount(float(terms.monthly_benefit[t]), currency)
    if benefit.type == "anchor":
        assert benefit.anchor is not None and benefit.percent is not None
        return [
            translate(
                "Report",
                "The benefit is {percent} of {anchor}: {amount} a month in {year}.",
            ).format(
                percent=number.exact_percent(benefit.percent),
                anchor=anchor_name(benefit.anchor),
                amount=amount,
                year=year,
            )
        ]
    assert benefit.monthly_amount is not None
    base = int(context.results.calendar_years[0])
    sentences = [
        translate("Report", "The benefit is {amount} a month in {base}, {indexation}.").format(
            amount=number.amount(benefit.monthly_amount, currency),
            base=base,
            indexation=indexation_phrase(benefit.indexation or "none"),
        )
    ]
    share = anchor_share(context, float(terms.monthly_benefit[t]), year)
    if year != base:
        template = (
            translate("Report", "In {year} it is {amount} a month, {share} of {anchor}.")
            if share
            else translate("Report", "In {year} it is {amount} a month.")
        )
    else:
        template = translate("Report", "That is {share} of {anchor}.") if share else ""
    if template:
        anchor, value = share or ("", "")
        sentences.append(template.format(year=year, amount=amount, share=value, anchor=anchor))
    return sentences


def anchor_share(context: ReportContext, monthly: float, year: int) -> tuple[str, str] | None:
    """A fixed amount against the poverty line (else GDP per person) in ``year``."""
    anchors = context.results.context.economy.anchors
    for key in ("poverty_line", "gdp_per_capita"):
        values = anchors.get(key)
        if values is not None:
            level = float(values[_t(context, year)])
            if level > 0:
                return anchor_name(key), context.number.share(monthly / level)
    return None


def tier_sentences(
    context: ReportContext, benefit: Benefit, terms: ScenarioTerms, year: int
) -> list[str]:
    number, currency, t = context.number, context.currency, _t(context, year)
    bands = []
    for tier, tier_terms in zip(benefit.tiers, terms.tiers, strict=True):
        amount = number.amount(float(tier_terms.monthly_benefit[t]), currency)
        if benefit.type == "fixed":
            level = amount
        else:
            assert benefit.anchor is not None and tier.percent is not None
            level = translate("Report", "{percent} of {anchor} ({amount})").format(
                percent=number.exact_percent(tier.percent),
                anchor=anchor_name(benefit.anchor),
                amount=amount,
            )
        bands.append(
            translate("Report", "ages {ages}: {level}").format(
                ages=ages_phrase(tier.ages), level=level
            )
        )
    sentences = [
        translate("Report", "The monthly benefit depends on age, in {year}: {bands}.").format(
            year=year, bands="; ".join(bands)
        )
    ]
    if benefit.type == "fixed":
        sentences.append(
            translate("Report", "The amounts are {indexation}.").format(
                indexation=indexation_phrase(benefit.indexation or "none")
            )
        )
    assert terms.monthly_benefit is not None
    sentences.append(
        translate(
            "Report", "On average over the people eligible, it is {amount} a month in {year}."
        ).format(amount=number.amount(float(terms.monthly_benefit[t]), currency), year=year)
    )
    return sentences


def public_works_sentence(
    context: ReportContext, scenario: Scenario, terms: ScenarioTerms, year: int
) -> str:
    number, currency, t = context.number, context.currency, _t(context, year)
    assert scenario.days_per_year is not None
    assert scenario.wage_percent_of_minimum_wage is not None
    daily = terms.details["daily_wage"]
    sentence = translate(
        "Report",
        "Participants work {days} days a year at {wage} of the minimum wage "
        "({working_days} working days a month): {daily} a day in {year}.",
    ).format(
        days=number.exact(scenario.days_per_year),
        wage=number.exact_percent(scenario.wage_percent_of_minimum_wage),
        working_days=number.exact(
            scenario.working_days_per_month or DEFAULT_WORKING_DAYS_PER_MONTH
        ),
        daily=number.amount(float(daily[t]), currency),
        year=year,
    )
    if scenario.nonwage_share:
        sentence += " " + translate(
            "Report", "Tools, materials and supervision add {share} to the wages."
        ).format(share=number.share(scenario.nonwage_share))
    return sentence


def health_cost_sentence(
    context: ReportContext, scenario: Scenario, terms: ScenarioTerms, year: int
) -> str:
    number, currency, t = context.number, context.currency, _t(context, year)
    assert scenario.annual_cost_per_person is not None
    base = int(context.results.calendar_years[0])
    if scenario.excess_health_inflation:
        template = translate(
            "Report",
            "Care costs {cost} per person a year at {base} prices, rising with consumer "
            "prices and {excess} a year faster: {cost_then} in {year}.",
        )
    else:
        template = translate(
            "Report",
            "Care costs {cost} per person a year at {base} prices, rising with consumer "
            "prices: {cost_then} in {year}.",
        )
    return template.format(
        cost=number.amount(scenario.annual_cost_per_person, currency),
        base=base,
        excess=number.share(scenario.excess_health_inflation or 0.0),
        cost_then=number.amount(float(terms.annual_benefit[t]), currency),
        year=year,
    )


def staffing_sentence(
    context: ReportContext, scenario: Scenario, terms: ScenarioTerms, year: int
) -> str:
    number, currency, t = context.number, context.currency, _t(context, year)
    assert scenario.staff_per_1000_target is not None and scenario.staff_per_1000_now is not None
    assert scenario.salary_multiple_of_average_wage is not None
    sentence = translate(
        "Report",
        "It adds health workers to reach {target} per 1,000 people, from {now} today: "
        "{workers} more workers in {year}, each paid {multiple} times the average wage "
        "({salary} a year).",
    ).format(
        target=number.exact(scenario.staff_per_1000_target),
        now=number.exact(scenario.staff_per_1000_now),
        workers=number.count(terms.eligible[t]),
        year=year,
        multiple=number.exact(scenario.salary_multiple_of_average_wage),
        salary=number.amount(float(terms.details["annual_salary"][t]), currency),
    )
    if scenario.nonstaff_ratio:
        sentence += " " + translate("Report", "Other costs add {share} to the salaries.").format(
            share=number.share(scenario.nonstaff_ratio)
        )
    return sentence


def take_up_sentence(context: ReportContext, scenario: Scenario) -> str:
    number = context.number
    ramp, series = scenario.take_up.ramp, scenario.take_up.series
    if ramp is not None:
        if ramp.start_year == ramp.target_year or ramp.start == ramp.target:
            return translate("Report", "Take-up is {share} from {year}.").format(
                share=number.share(ramp.target), year=ramp.start_year
            )
        return translate(
            "Report",
            "Take-up starts at {start} of the people eligible in {start_year} and rises "
            "evenly to {target} in {target_year}.",
        ).format(
            start=number.share(ramp.start),
            start_year=ramp.start_year,
            target=number.share(ramp.target),
            target_year=ramp.target_year,
        )
    assert series is not None
    if series.constant is not None:
        return translate("Report", "Take-up is {share} of the people eligible every year.").format(
            share=number.share(series.constant)
        )
    steps = [
        translate("Report", "{share} from {year}").format(share=number.share(value), year=year)
        for year, value in series.by_year
    ]
    return translate("Report", "Take-up of the people eligible: {steps}.").format(
        steps=join_list(steps)
    )


def administration_sentence(
    context: ReportContext, scenario: Scenario, terms: ScenarioTerms, year: int
) -> str:
    number, t = context.number, _t(context, year)
    fixed = float(terms.fixed_admin[t])
    rate = terms.admin_rate
    if rate and fixed:
        template = translate(
            "Report",
            "Administration costs {rate} of the benefits paid, plus {fixed} in {year}.",
        )
    elif rate:
        template = translate("Report", "Administration costs {rate} of the benefits paid.")
    elif fixed:
        template = translate("Report", "Administration costs {fixed} in {year}.")
    else:
        template = translate("Report", "No administration cost is counted.")
    return template.format(
        rate=number.share(rate), fixed=number.money(fixed, context.currency), year=year
    )


def design_sentences(context: ReportContext, scenario: Scenario) -> list[str]:
    """What it replaces, the schemes it is covered by, its start month."""
    project, sentences = context.project, []
    if scenario.replaces and scenario.status == "proposed":
        sentences.append(
            translate(
                "Report",
                "It replaces {name}: in a package, the cost of {name} is subtracted to give "
                "the additional cost.",
            ).format(name=project.scenario(scenario.replaces).name)
        )
    if scenario.covered_by:
        names = join_list([project.scenario(other).name for other in scenario.covered_by])
        sentences.append(
            translate(
                "Report",
                "People who receive {names} are not eligible: their beneficiaries are removed "
                "age by age, sex by sex and year by year.",
            ).format(names=names)
        )
    if scenario.start_month is not None and scenario.start_month > 1:
        sentences.append(
            translate(
                "Report",
                "The scheme starts paying in {month} of its first year, so it pays {paid} of "
                "12 months that year.",
            ).format(month=month_name(scenario.start_month), paid=13 - scenario.start_month)
        )
    return sentences


def cost_items(context: ReportContext, table_id: str, package: bool = False) -> list[str]:
    """The cost in each stated year: "0.30 % of GDP in 2030 (2,134 billion LAK)"."""
    number, results = context.number, context.results
    table = results.packages[table_id] if package else results.scenarios[table_id]
    items = []
    for year in context.stated:
        expenditure = context.at(table, "pct_gov_expenditure", year)
        template = (
            translate(
                "Report",
                "{pct_gdp} of GDP in {year} ({money}; {pct_expenditure} of government expenditure)",
            )
            if np.isfinite(expenditure)
            else translate("Report", "{pct_gdp} of GDP in {year} ({money})")
        )
        items.append(
            template.format(
                pct_gdp=number.percent(context.at(table, "pct_gdp", year)),
                year=year,
                money=number.money(context.at(table, "total_cost", year), context.currency),
                pct_expenditure=number.percent(expenditure),
            )
        )
    return items


def cost_sentence(context: ReportContext, scenario_id: str) -> str:
    return translate("Report", "It costs {costs}.").format(
        costs=join_list(cost_items(context, scenario_id))
    )
