"""Child process of the merge crash test: merges THEIRS into MINE, saying when it writes.

Prints ``planned`` once the merge is planned (nothing written yet), then ``merged``
once the transaction is committed.
"""

from __future__ import annotations

import sys

from engine.store.merging import apply_merge, plan_merge
from engine.store.project_store import ProjectStore


def main(mine: str, theirs: str) -> None:
    with ProjectStore.open(mine) as store:
        store.author = "Crash test"
        found = plan_merge(store, theirs)
        print("planned", flush=True)
        apply_merge(store, found, "theirs", label="Merge")
        print("merged", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
