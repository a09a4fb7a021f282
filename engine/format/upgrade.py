"""Format version 3 from version 2: each package's fiscal-space envelope becomes a source.

Versions 1 and 2 gave a package one number per year, ``fiscal_space_percent_gdp``
(percent of GDP). Version 3 lists financing sources at the top level and lets a
package choose several. The envelope keeps its meaning as one plain source:
kind ``other``, unit ``pct_gdp``, the envelope as its amount, and its source note
(``sources["packages.ID"]``) as the source's ``source``; the package is financed by
that source alone. So the fiscal space, the gap and every result stay the same.

The same step serves a JSON file being read and a project file being migrated
(``engine.store.schema``): it works on raw JSON values and leaves anything it does
not recognise as it is, for the reader to refuse with its own words.
"""

from __future__ import annotations

from typing import Any

from engine.format.keys import ENVELOPE_KEY

MAX_ID = 64
MAX_NAME = 500
ENVELOPE_KIND = "other"


def envelope_source_id(package_id: str, taken: set[str]) -> str:
    """``envelope-<package id>``, shortened to an id's 64 characters and made unique."""
    stem = f"envelope-{package_id}"
    candidate, number = stem[:MAX_ID], 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = stem[: MAX_ID - len(suffix)] + suffix
        number += 1
    return candidate


def envelopes_to_sources(
    packages: Any, notes: Any, sources: list[Any] | None = None
) -> tuple[Any, Any, list[Any]]:
    """(packages, source notes, financing sources) with every envelope turned into a source.

    ``packages``: the list of package bodies; ``notes``: the ``sources`` object (or None);
    ``sources``: financing sources already there (none in a version-2 document). Bodies
    are copied, never changed in place.
    """
    financing = list(sources or [])
    if not isinstance(packages, list):
        return packages, notes, financing
    taken = {s["id"] for s in financing if isinstance(s, dict) and isinstance(s.get("id"), str)}
    moved_notes = dict(notes) if isinstance(notes, dict) else notes
    upgraded = []
    for package in packages:
        if not (
            isinstance(package, dict)
            and ENVELOPE_KEY in package
            and isinstance(package.get("id"), str)
        ):
            upgraded.append(package)
            continue
        package_id = package["id"]
        source_id = envelope_source_id(package_id, taken)
        taken.add(source_id)
        name = package.get("name") if isinstance(package.get("name"), str) else package_id
        source: dict[str, Any] = {
            "id": source_id,
            "name": f"Fiscal space envelope: {name}"[:MAX_NAME],
            "kind": ENVELOPE_KIND,
            "unit": "pct_gdp",
            "amount": package[ENVELOPE_KEY],
        }
        note_key = f"packages.{package_id}"
        if isinstance(moved_notes, dict) and isinstance(moved_notes.get(note_key), str):
            source["source"] = moved_notes.pop(note_key)
        financing.append(source)
        changed = {key: value for key, value in package.items() if key != ENVELOPE_KEY}
        changed["financing"] = [source_id]
        upgraded.append(changed)
    if isinstance(moved_notes, dict) and not moved_notes and isinstance(notes, dict) and notes:
        moved_notes = None  # every note moved: no empty "sources" object left behind
    return upgraded, moved_notes, financing


def upgrade_document(document: dict[str, Any]) -> dict[str, Any]:
    """A version-1 or version-2 document's envelopes as version 3 says them (a copy)."""
    packages, notes, financing = envelopes_to_sources(
        document.get("packages", []), document.get("sources")
    )
    upgraded = dict(document)
    if "packages" in document:
        upgraded["packages"] = packages
    if notes is None:
        upgraded.pop("sources", None)
    elif "sources" in document:
        upgraded["sources"] = notes
    if financing:
        upgraded["financing_sources"] = financing
    return upgraded
