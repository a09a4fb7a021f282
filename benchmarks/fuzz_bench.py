"""``python -m benchmarks.fuzz_bench [--mutants N] [--seed S]``: hostile variants of valid
projects, each run through the real command line; every outcome must be exit 0, or
exit 2 with exactly one line on stderr (never an internal error, a traceback, a
second line or a warning). Prints the counts (quoted in docs/project-file.md).

Mutants: JSON documents with a value replaced (huge and tiny numbers, control
characters, deep nesting, wrong types), a key removed or added, bytes flipped,
cut or inserted; ``.abnd`` files with a stored body or a population cell
replaced, or bytes of the file flipped or cut. ``make fuzz`` runs 5,000.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import shutil
import sqlite3
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from engine.cli.main import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT / "tests" / "data" / name for name in ("schema-v1.json", "thailand-child-2010.json")]
SEED_ABND = ROOT / "tests" / "data" / "schema-v1.abnd"
ODD_TEXT = ["", " ", "\n", "a\nb", "\x1b[31mred", "\x00", "\u2028", "=1+1", "é" * 300, "-", "0"]
DEEP = "__nested__"
ODD_NUMBERS = [0, -1, 1e308, -1e308, 1e-320, 10**30, 2**63, 0.5, 1.5, 2025, 1e18, 1e10 + 1]


def odd_value(rng: random.Random, depth: int = 0) -> Any:
    """A hostile JSON value."""
    roll = rng.random()
    if roll < 0.3:
        return rng.choice(ODD_NUMBERS) * rng.choice([1, -1])
    if roll < 0.5:
        return rng.choice(ODD_TEXT)
    if roll < 0.6:
        return rng.choice([None, True, False, [], {}])
    if roll < 0.7 and depth < 3:
        return [odd_value(rng, depth + 1) for _ in range(rng.randint(1, 3))]
    if roll < 0.8 and depth < 3:
        return {rng.choice(["id", "x", "2030", "value", "\n"]): odd_value(rng, depth + 1)}
    if roll < 0.85:
        return f"{DEEP}{rng.choice([40, 1000, 100_000])}"  # nested lists, spliced in as text
    return rng.uniform(-2, 2)


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node[:6]):  # population rows: the first few are enough
            found += _places(value, (*path, i))
    return found


def dumps(document: Any, ascii_only: bool = True) -> str:
    """JSON text, with each deep-nesting marker replaced by that many nested lists."""
    text = json.dumps(document, ensure_ascii=ascii_only)
    while (start := text.find(f'"{DEEP}')) >= 0:
        end = text.index('"', start + 1)
        depth = int(text[start + 1 + len(DEEP) : end])
        text = text[:start] + "[" * depth + "]" * depth + text[end + 1 :]
    return text


def mutate_document(document: Any, rng: random.Random, steps: int) -> Any:
    for _ in range(steps):
        places = _places(document)[1:]
        if not places:
            return document
        path = rng.choice(places)
        parent = document
        for part in path[:-1]:
            parent = parent[part]
        last = path[-1]
        roll = rng.random()
        if roll < 0.65:
            parent[last] = odd_value(rng)
        elif roll < 0.8 and isinstance(parent, dict):
            del parent[last]
        elif isinstance(parent, dict):
            parent[rng.choice(["extra", "id", "\x1bkey", "value"])] = odd_value(rng)
        else:
            parent.append(odd_value(rng))
    return document


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not buffer:
            break
        roll, at = rng.random(), rng.randrange(len(buffer))
        if roll < 0.4:
            buffer[at] = rng.randrange(256)
        elif roll < 0.6:
            del buffer[at:]
        elif roll < 0.8:
            buffer[at:at] = rng.choice([b"\x00", b"\xff\xfe", b'"', b"{", b"]", b"\n", b"9" * 400])
        else:
            del buffer[at : at + rng.randint(1, 64)]
    return bytes(buffer)


def json_mutant(rng: random.Random, folder: Path) -> Path:
    seed = rng.choice(SEEDS)
    path = folder / "mutant.json"
    if rng.random() < 0.75:
        document = mutate_document(json.loads(seed.read_text("utf-8")), rng, rng.randint(1, 3))
        path.write_text(dumps(document, rng.random() < 0.5), encoding="utf-8")
    else:
        path.write_bytes(mutate_bytes(seed.read_bytes(), rng))
    return path


def abnd_mutant(rng: random.Random, folder: Path) -> Path:
    path = folder / "mutant.abnd"
    shutil.copy(SEED_ABND, path)
    roll = rng.random()
    if roll < 0.7:
        connection = sqlite3.connect(path)
        try:
            table = rng.choice(["project_field", "scenario", "package", "matrix_row"])
            rows = connection.execute(f"SELECT key, body FROM {table}").fetchall()
            if rows:
                key, body = rng.choice(rows)
                if rng.random() < 0.6:
                    changed = dumps(mutate_document({"v": json.loads(body)}, rng, 2).get("v"))
                else:
                    changed = mutate_bytes(body.encode(), rng).decode("utf-8", "replace")
                connection.execute(f"UPDATE {table} SET body = ? WHERE key = ?", (changed, key))
        except sqlite3.Error:
            pass
        finally:
            connection.commit()
            connection.close()
    elif roll < 0.8:
        connection = sqlite3.connect(path)
        try:
            value = rng.choice(ODD_NUMBERS + ODD_TEXT)
            connection.execute("UPDATE population_row SET value = ? WHERE rowid = 1", (value,))
        except (sqlite3.Error, OverflowError):
            pass
        connection.commit()
        connection.close()
    else:
        path.write_bytes(mutate_bytes(path.read_bytes(), rng))
    return path


def outcome(argv: list[str]) -> tuple[str, str]:
    """Run one command in this process: ("ok" | "refused" | "FAILED: why", stderr)."""
    err = io.StringIO()
    with (
        warnings.catch_warnings(record=True) as caught,
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(err),
    ):
        warnings.simplefilter("always")
        try:
            code = run(argv)
        except SystemExit as stop:  # argparse
            code = int(stop.code or 0)
    text = err.getvalue()
    lines = text.splitlines()
    if caught:
        return f"FAILED: warning {caught[0].message}", text
    if code == 0 and not text:
        return "ok", text
    if code == 2 and len(lines) == 1 and text.endswith("\n"):
        return "refused", text
    return f"FAILED: exit {code}, {len(lines)} line(s) on stderr", text


def run_mutants(
    count: int, seed: int, on_failure: Callable[[str, str, Path], None]
) -> Counter[str]:
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="abnd-fuzz-") as name:
        folder = Path(name)
        for _ in range(count):
            kind = "abnd" if rng.random() < 0.4 else "json"
            path = abnd_mutant(rng, folder) if kind == "abnd" else json_mutant(rng, folder)
            result, text = outcome(["compute", str(path)])
            counts[f"{kind} {result if not result.startswith('FAILED') else 'FAILED'}"] += 1
            if result.startswith("FAILED"):
                on_failure(result, text, path)
            for sidecar in folder.glob("mutant.abnd*"):
                sidecar.unlink()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    started = time.perf_counter()
    failures: list[str] = []

    def keep(result: str, text: str, path: Path) -> None:
        failures.append(f"{result}: {text.strip()[:300]}")

    counts = run_mutants(args.mutants, args.seed, keep)
    elapsed = time.perf_counter() - started
    print(f"{args.mutants:,} mutants (seed {args.seed}) in {elapsed:.0f} s")
    for key in sorted(counts):
        print(f"  {key:<16} {counts[key]:>6,}")
    total_failed = sum(v for k, v in counts.items() if k.endswith("FAILED"))
    print(
        f"  exit 0: {sum(v for k, v in counts.items() if k.endswith('ok')):,}, "
        f"exit 2 with one line: {sum(v for k, v in counts.items() if k.endswith('refused')):,}, "
        f"anything else: {total_failed:,}"
    )
    for line in failures[:20]:
        print("  " + line)
    raise SystemExit(1 if total_failed else 0)


if __name__ == "__main__":
    main()
