"""Write the project-file fixture of the current schema version from its JSON twin.

Run once when a new schema version is introduced (older fixtures stay as they
are, so that every version ever released keeps opening):

    python -m tests.engine.store.make_fixtures

From version 3 on the fixture also holds a history (two edits by "Fixture
author" that end where they started, so the content stays its JSON twin's) and
one saved version.
"""

from __future__ import annotations

from engine.edits.builders import set_matrix_cells
from engine.format.json_file import load_project
from engine.store.project_store import ProjectStore
from engine.store.schema import SCHEMA_VERSION
from engine.store.whole_file import write_new_file
from tests.conftest import DATA


def main() -> None:
    source = DATA / f"schema-v{SCHEMA_VERSION}.json"
    target = DATA / f"schema-v{SCHEMA_VERSION}.abnd"
    target.unlink(missing_ok=True)
    write_new_file(target, load_project(source))
    with ProjectStore.open(target) as store:
        store.author = "Fixture author"
        row = store.project.matrix[0]
        store.apply(
            set_matrix_cells(store.project, row.id, {"notes": "to be checked"}),
            label="Edit notes",
            comment="per the fixture's letter",
        )
        store.apply(set_matrix_cells(store.project, row.id, {"notes": row.notes}), label="Undo")
        store.save_version("Fixture version")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
