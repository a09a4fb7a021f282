"""Format version 3 from 2: each package's envelope becomes one financing source."""

from __future__ import annotations

from engine.format.upgrade import envelope_source_id, envelopes_to_sources, upgrade_document


def test_an_envelope_becomes_a_plain_source_with_its_note() -> None:
    packages = [
        {"id": "low", "name": "Low", "scenarios": ["a"], "fiscal_space_percent_gdp": 0.5},
        {"id": "bare", "name": "Bare", "scenarios": []},
    ]
    notes = {"population": "WPP", "packages.low": "MoF circular"}
    upgraded, moved, sources = envelopes_to_sources(packages, notes)
    assert upgraded == [
        {"id": "low", "name": "Low", "scenarios": ["a"], "financing": ["envelope-low"]},
        {"id": "bare", "name": "Bare", "scenarios": []},
    ]
    assert sources == [
        {
            "id": "envelope-low",
            "name": "Fiscal space envelope: Low",
            "kind": "other",
            "unit": "pct_gdp",
            "amount": 0.5,
            "source": "MoF circular",
        }
    ]
    assert moved == {"population": "WPP"}
    assert upgraded[1] is packages[1] and "fiscal_space_percent_gdp" in packages[0]  # copies


def test_source_ids_stay_ids_and_unique() -> None:
    long_id = "p" * 64
    assert envelope_source_id(long_id, set()) == ("envelope-" + long_id)[:64]
    taken = {("envelope-" + long_id)[:64]}
    assert envelope_source_id(long_id, taken) == ("envelope-" + long_id)[:62] + "-2"
    packages = [
        {"id": "p" * 64, "name": "A", "scenarios": [], "fiscal_space_percent_gdp": 1},
        {"id": "p" * 63 + "q", "name": "B", "scenarios": [], "fiscal_space_percent_gdp": 2},
    ]
    _, _, sources = envelopes_to_sources(packages, None)
    assert len({s["id"] for s in sources}) == 2 and all(len(s["id"]) <= 64 for s in sources)


def test_a_document_whose_notes_all_move_keeps_no_empty_sources_object() -> None:
    document = {
        "packages": [{"id": "p", "name": "P", "scenarios": [], "fiscal_space_percent_gdp": 1}],
        "sources": {"packages.p": "note"},
    }
    upgraded = upgrade_document(document)
    assert "sources" not in upgraded
    assert upgraded["financing_sources"][0]["source"] == "note"
    assert document["packages"][0]["fiscal_space_percent_gdp"] == 1  # the original unchanged


def test_what_it_does_not_recognise_it_leaves_for_the_reader() -> None:
    junk = ["not a package", {"name": "no id", "fiscal_space_percent_gdp": 1}, 7]
    assert envelopes_to_sources(junk, "not notes") == (junk, "not notes", [])
    assert envelopes_to_sources("not a list", None) == ("not a list", None, [])
