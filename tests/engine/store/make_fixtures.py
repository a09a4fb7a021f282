"""Write the project-file fixture of the current schema version from its JSON twin.

Run once when a new schema version is introduced (older fixtures stay as they
are, so that every version ever released keeps opening):

    python -m tests.engine.store.make_fixtures
"""

from __future__ import annotations

from engine.format.json_file import load_project
from engine.store.schema import SCHEMA_VERSION
from engine.store.whole_file import write_new_file
from tests.conftest import DATA


def main() -> None:
    source = DATA / f"schema-v{SCHEMA_VERSION}.json"
    target = DATA / f"schema-v{SCHEMA_VERSION}.abnd"
    target.unlink(missing_ok=True)
    write_new_file(target, load_project(source))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
