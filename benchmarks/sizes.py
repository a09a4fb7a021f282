"""Projects at the sizes users reach: the Lao sample grown to N scenarios and M matrix rows.

The sample's five scenarios are copied (new ids and names, same inputs) until there
are ``scenarios`` of them, every copy in the "high" package; its nine matrix rows are
copied until there are ``rows``, each copy linked to the copies of its scenarios.
The child benefit (what the edit benchmark types into) stays the first scenario.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from engine.runtime.resources import SAMPLE_PROJECT, resource_path


@cache
def _sample() -> str:
    return resource_path(*SAMPLE_PROJECT).read_text(encoding="utf-8")


def grown_sample(scenarios: int = 5, rows: int = 9) -> dict[str, Any]:
    """The Lao sample with ``scenarios`` scenarios and ``rows`` matrix rows."""
    document: dict[str, Any] = json.loads(_sample())
    base = document["scenarios"]
    grown = []
    for i in range(scenarios):
        item = copy.deepcopy(base[i % len(base)])
        copy_number = i // len(base)
        if copy_number:
            item["id"] = f"{item['id']}-{copy_number + 1}"
            item["name"] = f"{item['name']} ({copy_number + 1})"
        grown.append(item)
    document["scenarios"] = grown
    ids = {s["id"] for s in grown}
    for package in document["packages"]:
        package["scenarios"] = [s for s in package["scenarios"] if s in ids]
    high = next(p for p in document["packages"] if p["id"] == "high")
    high["scenarios"] = [s["id"] for s in grown]
    base_rows = document["matrix"]
    matrix = []
    for i in range(rows):
        row = copy.deepcopy(base_rows[i % len(base_rows)])
        copy_number = i // len(base_rows)
        if copy_number:
            row["id"] = f"{row['id']}-{copy_number + 1}"
            linked = [f"{s}-{copy_number + 1}" for s in row.get("scenario_ids", [])]
            row["scenario_ids"] = [s for s in linked if s in ids] or [
                s for s in row.get("scenario_ids", []) if s in ids
            ]
        else:
            row["scenario_ids"] = [s for s in row.get("scenario_ids", []) if s in ids]
        matrix.append(row)
    document["matrix"] = matrix
    return document


def write_grown_sample(path: Path, scenarios: int, rows: int) -> Path:
    """The grown sample as a JSON project file at ``path``."""
    path.write_text(json.dumps(grown_sample(scenarios, rows), ensure_ascii=False), "utf-8")
    return path
