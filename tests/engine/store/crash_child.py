"""Child process of the crash test: applies random edits, printing each acknowledgement.

Each edit is a batch of (a random change, name := "edits: N"), so the file's
name says how many edits it holds. Before each edit it prints ``try N KIND KEY``,
after its commit ``ack N``.
"""

from __future__ import annotations

import random
import sys

from engine.edits.commands import FIELD, Batch, Delete, Move, Put
from engine.store.project_store import ProjectStore


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    store = ProjectStore.open(path)
    done = int(store.project.name.split(": ")[1])
    while True:
        done += 1
        rows = [m.id for m in store.project.matrix]
        choice = rng.random()
        if choice < 0.5 or len(rows) < 3:
            change = Put(
                "matrix_row",
                f"r{done}",
                {"id": f"r{done}", "guarantee": "health", "notes": f"edit {done}"},
                rng.randint(0, len(rows)),
            )
        elif choice < 0.7:
            change = Move("matrix_row", rng.choice(rows), rng.randrange(len(rows)))
        elif choice < 0.85:
            change = Delete("matrix_row", rng.choice(rows))
        else:
            change = Put(FIELD, "sources", {"population": f"note {done}"})
        print(f"try {done} {type(change).__name__} {change.key}", flush=True)
        store.apply(Batch((change, Put(FIELD, "name", f"edits: {done}"))))
        print(f"ack {done}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
