"""Project fields named in words for the report: source notes and the engine's warnings."""

from __future__ import annotations

from engine.domain import messages
from engine.domain.numbers import CONVENTIONS
from engine.report.fields import field_name, plain_words
from tests.engine.builders import build, scenario


def test_fields_scenarios_and_packages_are_named_in_words() -> None:
    project = build(
        scenarios=[
            scenario(
                "kids", "age_cash", ages=[0, 4], benefit={"type": "fixed", "monthly_amount": 1}
            )
        ],
        packages=[{"id": "p", "name": "Kids only", "scenarios": ["kids"]}],
    )
    assert field_name("economy.cpi_inflation", project) == "CPI inflation"
    assert field_name("economy.real_gdp_growth.2031", project) == "Real GDP growth, 2031"
    assert field_name("population.rows[3].value", project) == "Population"
    assert field_name("scenarios[0].take_up", project) == 'Scenario "Kids"'
    assert field_name("packages.p", project) == 'Package "Kids only"'
    assert field_name("packages[0].fiscal_space_percent_gdp", project) == (
        'Package "Kids only": Fiscal space, % of GDP'
    )
    assert field_name("something.else", project) == "something.else"


def test_a_message_reads_in_the_reports_conventions_with_fields_in_words() -> None:
    project = build()
    message = messages.translate(
        "Engine", "{field} is {value:,.1f} in {year}", "test.value"
    ).format(field=messages.field("economy.cpi_inflation"), value=1234.5, year=2030)
    assert plain_words(message, project, CONVENTIONS["lo"]) == ("CPI inflation is 1.234,5 in 2030")
    assert plain_words("plain text", project, CONVENTIONS["en"]) == "plain text"
