"""Typed edit builders: each change does what it says, keeps everything else, and undoes."""

from __future__ import annotations

import pytest

from engine.domain.model import Range, Uncertainty
from engine.edits import builders as b
from engine.edits.apply import apply
from engine.format.write import project_to_dict
from engine.method.compute import compute
from tests.engine.builders import build, scenario, source


@pytest.fixture
def project():
    benefit = {"type": "fixed", "monthly_amount": 100}
    pension = scenario("pension", "age_cash", ages=[65, 100], status="existing", benefit=benefit)
    child = scenario("child", "age_cash", ages=[0, 2], benefit=benefit, replaces="pension")
    linked = {"id": "m1", "guarantee": "elderly", "recommendation": "Pension"}
    return build(
        scenarios=[pension, child],
        packages=[{"id": "all", "name": "All", "scenarios": ["pension", "child"]}],
        matrix=[
            {**linked, "scenario_ids": ["pension"]},
            {"id": "m2", "guarantee": "children", "policy_gap": "No child benefit"},
        ],
    )


def round_trip(project, command):
    """Apply, check the inverse restores the project exactly, return the changed project."""
    changed, inverse = apply(project, command)
    restored, _ = apply(changed, inverse)
    assert project_to_dict(restored) == project_to_dict(project)
    return changed


def test_a_scenario_field_is_set_and_removed(project) -> None:
    changed = round_trip(project, b.set_scenario_field(project, "child", "admin_rate", 0.1))
    assert changed.scenario("child").admin_rate == 0.1
    assert changed.scenario("pension") == project.scenario("pension")
    removed = round_trip(changed, b.set_scenario_field(changed, "child", "admin_rate", None))
    assert removed.scenario("child").admin_rate is None


def test_deleting_a_scenario_takes_its_links_in_one_edit(project) -> None:
    command = b.delete_scenario(project, "pension")
    changed = round_trip(project, command)
    assert [s.id for s in changed.scenarios] == ["child"]
    assert changed.package("all").scenarios == ("child",)
    assert changed.matrix[0].scenario_ids == ()
    assert changed.scenario("child").replaces is None


def test_new_and_duplicated_scenarios_get_free_ids_and_cost(project) -> None:
    added = round_trip(project, b.new_scenario(project, "age_cash", "New pension"))
    assert added.scenarios[-1].id == "age-cash" and added.scenarios[-1].name == "New pension"
    again = round_trip(added, b.new_scenario(added, "age_cash", "Another"))
    assert again.scenarios[-1].id == "age-cash-2"
    copied = round_trip(project, b.duplicate_scenario(project, "child", "Child (copy)"))
    copy = copied.scenarios[-1]
    assert copy.id == "child-copy" and copy.name == "Child (copy)"
    results = compute(copied)
    assert list(results.scenarios["child-copy"]["total_cost"]) == list(
        results.scenarios["child"]["total_cost"]
    )


def test_package_membership_follows_project_order(project) -> None:
    out = round_trip(project, b.set_package_member(project, "all", "pension", False))
    assert out.package("all").scenarios == ("child",)
    back = round_trip(out, b.set_package_member(out, "all", "pension", True))
    assert back.package("all").scenarios == ("pension", "child")
    fresh = round_trip(project, b.new_package(project, "Everything"))
    assert fresh.packages[-1].id == "package-1"
    assert fresh.packages[-1].scenarios == ("pension", "child")
    gone = round_trip(fresh, b.delete_package("package-1"))
    assert [p.id for p in gone.packages] == ["all"]


def test_matrix_rows_are_added_edited_moved_cleared_and_deleted(project) -> None:
    (row_id,) = b.new_matrix_ids(project, 1)
    assert row_id == "row-1"
    added = round_trip(project, b.add_matrix_row(row_id, "health", {"notes": "n"}, position=0))
    assert [r.id for r in added.matrix] == ["row-1", "m1", "m2"]
    edited = round_trip(added, b.set_matrix_cells(added, "m2", {"priority": 2, "notes": "x"}))
    assert edited.matrix[2].priority == 2 and edited.matrix[2].notes == "x"
    moved = round_trip(edited, b.move_matrix_row("row-1", 2))
    assert [r.id for r in moved.matrix] == ["m1", "m2", "row-1"]
    cleared = round_trip(
        moved, b.clear_matrix_cells(moved, {"m1": ["recommendation", "guarantee"]})
    )
    assert cleared.matrix[0].recommendation == "" and cleared.matrix[0].guarantee == "elderly"
    deleted = round_trip(cleared, b.delete_matrix_rows(["m1", "row-1"]))
    assert [r.id for r in deleted.matrix] == ["m2"]
    with pytest.raises(KeyError):
        b.set_matrix_cells(project, "m1", {"id": "other"})


def test_country_data_edits(project) -> None:
    one_year = round_trip(project, b.set_economy_year(project, "cpi_inflation", 2026, 0.1))
    assert dict(one_year.economy.cpi_inflation.by_year) == {2025: 0.03, 2026: 0.1, 2027: 0.03}
    level = round_trip(project, b.set_economy_value(project, "poverty_line_monthly", 150.0))
    assert level.economy.poverty_line_monthly == 150.0
    cell = round_trip(project, b.set_population_cell(project, 2025, "female", 3, 1234.0))
    row = next(r for r in cell.population.rows if (r.year, r.sex, r.age) == (2025, "female", 3))
    assert row.value == 1234.0
    labour = round_trip(project, b.set_labour_value(project, "unemployment_rate", 0.04))
    assert labour.labour is not None and labour.labour.unemployment_rate is not None
    noted = round_trip(project, b.set_source_note(project, "economy.cpi_inflation", "IMF"))
    assert dict(noted.sources)["economy.cpi_inflation"] == "IMF"
    ranges = Uncertainty((Range("take_up", -0.1, 0.1),), 500, 3)
    doubted = round_trip(project, b.set_uncertainty(ranges))
    assert doubted.uncertainty == ranges


def test_series_in_year_changes_one_year_only() -> None:
    assert b.series_in_year(0.05, 2027, 0.1, 2025) == {"2025": 0.05, "2027": 0.1, "2028": 0.05}
    # a value for every year, changed in the base year: later years keep the old value
    assert b.series_in_year(0.05, 2025, 0.07, 2025) == {"2025": 0.07, "2026": 0.05}


def test_new_ids_stay_within_the_id_pattern() -> None:
    from engine.edits.builders import unique_id
    from engine.format.validate import ID_PATTERN

    long = "a" * 64
    taken = [long, "a" * 62 + "-2"]
    made = unique_id(taken, long)
    assert ID_PATTERN.fullmatch(made) and made not in taken and len(made) == 64


def test_benefit_tiers_are_set_and_removed(project) -> None:
    assert b.benefit_tiers(project, "pension") == [(65, 100, 100.0)]
    tiers = [(65, 79, 600.0), (80, 100, 800.0)]
    tiered = round_trip(project, b.set_benefit_tiers(project, "pension", tiers))
    benefit = tiered.scenario("pension").benefit
    assert benefit is not None and benefit.monthly_amount is None
    assert b.benefit_tiers(tiered, "pension") == tiers
    single = round_trip(tiered, b.set_benefit_tiers(tiered, "pension", None))
    assert single.scenario("pension").benefit == benefit.__class__("fixed", monthly_amount=600)


def test_coverage_start_month_and_fiscal_year_edits(project) -> None:
    covered = round_trip(project, b.set_covered_by(project, "child", ["pension"]))
    assert covered.scenario("child").covered_by == ("pension",)
    # Deleting the covering scheme takes the link too, in the same edit.
    gone = round_trip(covered, b.delete_scenario(covered, "pension"))
    assert gone.scenario("child").covered_by is None
    uncovered = round_trip(covered, b.set_covered_by(covered, "child", []))
    assert uncovered.scenario("child").covered_by is None
    ramp = b.set_scenario_field(
        project,
        "child",
        "take_up",
        {"start": 1, "target": 1, "start_year": 2026, "target_year": 2026},
    )
    july = round_trip(project, b.Batch((ramp,)))
    july = round_trip(july, b.set_start_month(july, "child", 7))
    assert july.scenario("child").start_month == 7
    fiscal = round_trip(project, b.set_fiscal_year_start_month(project, 10))
    assert fiscal.years.fiscal_month == 10 and compute(fiscal).years.tolist() == [2026, 2027]
    estimated = round_trip(project, b.set_births_estimate(project, "aged_0"))
    assert estimated.population.births_estimate == "aged_0"


@pytest.fixture
def financed():
    benefit = {"type": "fixed", "monthly_amount": 20}
    subsidy = scenario("sub", "contribution_subsidy", ages=[15, 64], benefit=benefit)
    members = {
        "id": "members",
        "name": "Members",
        "kind": "social_security_contributions",
        "contributions": {
            "scenario": "sub",
            "wage_anchor": "minimum_wage",
            "wage_percent": 100,
            "rate": 0.05,
        },
    }
    return build(
        scenarios=[subsidy],
        packages=[
            {"id": "a", "name": "A", "scenarios": ["sub"], "financing": ["members"]},
            {"id": "b", "name": "B", "scenarios": []},
        ],
        financing_sources=[members, source("aid", "lcu", 1e6, kind="aid_and_transfers")],
    )


def test_sources_are_chosen_for_a_package_in_the_project_order(financed) -> None:
    both = round_trip(financed, b.set_package_source(financed, "a", "aid", True))
    assert both.package("a").financing == ("members", "aid")
    first = round_trip(both, b.set_package_source(both, "a", "members", False))
    assert first.package("a").financing == ("aid",)
    none = round_trip(first, b.set_package_source(first, "a", "aid", False))
    assert none.package("a").financing == ()
    assert "financing" not in project_to_dict(none)["packages"][0]  # left out, not []


def test_a_new_source_costs_and_its_amount_and_notes_are_edited(financed) -> None:
    added = round_trip(financed, b.new_financing_source(financed, "Tax"))
    new = added.financing_sources[-1]
    assert (new.id, new.name, new.kind, new.unit) == ("source-1", "Tax", "other", "pct_gdp")
    ramp = {"start": 0.5, "target": 2.0, "start_year": 2025, "target_year": 2027}
    typed = round_trip(added, b.set_financing_amount(added, "source-1", "pct_gov_revenue", ramp))
    assert typed.financing_source("source-1").unit == "pct_gov_revenue"
    noted = round_trip(typed, b.set_financing_field(typed, "source-1", "feasibility", "Agreed"))
    assert noted.financing_source("source-1").feasibility == "Agreed"
    chosen = round_trip(noted, b.set_package_source(noted, "b", "source-1", True))
    # 2 % of revenue (18 % of GDP) in 2027: 0.36 % of GDP
    assert compute(chosen).packages["b"]["financing_pct_gdp"][-1] == pytest.approx(0.36)


def test_a_typed_amount_and_computed_contributions_replace_each_other(financed) -> None:
    typed = round_trip(financed, b.set_financing_amount(financed, "members", "lcu", 5e5))
    assert typed.financing_source("members").contributions is None
    assert typed.financing_source("members").kind == "social_security_contributions"
    computed = {"scenario": "sub", "wage_anchor": "average_wage", "wage_percent": 50, "rate": 0.1}
    again = round_trip(typed, b.set_contributions(typed, "aid", computed))
    aid = again.financing_source("aid")
    assert aid.kind == "social_security_contributions" and aid.unit is None
    assert aid.contributions is not None and aid.contributions.wage_anchor == "average_wage"


def test_deleting_a_source_takes_it_out_of_its_packages(financed) -> None:
    changed = round_trip(financed, b.delete_financing_source(financed, "members"))
    assert [s.id for s in changed.financing_sources] == ["aid"]
    assert changed.package("a").financing == ()


def test_deleting_a_scheme_takes_the_contributions_computed_from_it(financed) -> None:
    changed = round_trip(financed, b.delete_scenario(financed, "sub"))
    assert [s.id for s in changed.financing_sources] == ["aid"]
    assert changed.package("a").scenarios == () and changed.package("a").financing == ()


# ------------------------------------------------------------------ the consultation record


def test_a_status_with_its_date_and_comments_by_agency() -> None:
    from engine.edits.apply import apply
    from engine.edits.builders import add_matrix_comment, delete_matrix_comment, set_matrix_status
    from tests.engine.builders import build as build_project

    project = build_project(matrix=[{"id": "m1", "guarantee": "children"}])
    project, _ = apply(project, set_matrix_status(project, "m1", "validated", "2025-09-12"))
    assert (project.matrix[0].status, project.matrix[0].status_date) == ("validated", "2025-09-12")
    project, _ = apply(
        project, add_matrix_comment(project, "m1", "MoF", "Agreed", "Noy", "2025-05-03")
    )
    project, _ = apply(project, add_matrix_comment(project, "m1", "ILO", "Costed", "", ""))
    first, second = project.matrix[0].comments
    assert (first.agency, first.text, first.author, first.date) == (
        "MoF",
        "Agreed",
        "Noy",
        "2025-05-03",
    )
    assert first.id.startswith("c-") and first.id != second.id  # random: copies never clash
    assert (second.author, second.date) == ("", "")
    project, _ = apply(project, delete_matrix_comment(project, "m1", first.id))
    assert [c.agency for c in project.matrix[0].comments] == ["ILO"]
    project, _ = apply(project, set_matrix_status(project, "m1", None, None))
    assert project.matrix[0].status is None and project.matrix[0].status_date is None
