"""Every output is written atomically (issue 15): under SIGKILL at random moments the final
name holds the old file or a complete new one, never a part; on a full disk the command
exits 2 with one line, the old file is untouched and no temporary file is left."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from engine.domain.errors import InputError
from engine.runtime import atomic
from engine.store.files import read_project, write_project
from tests.cli_run import run_cli
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"
OLD = b"the old file, which must survive\n"


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)

    def full(handle) -> None:
        handle.write(b"x" * 10_000)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(InputError) as refused:
        atomic.write_with(target, full)
    assert refused.value.one_line() == (
        f"the disk is full: {target} was not written; nothing was changed"
    )
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_new_file_gets_the_old_files_mode_or_rw_r_r(tmp_path) -> None:
    atomic.write_text(tmp_path / "new.txt", "a")
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644
    (tmp_path / "old.txt").write_text("b")
    (tmp_path / "old.txt").chmod(0o600)
    atomic.write_text(tmp_path / "old.txt", "c")
    assert (tmp_path / "old.txt").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "old.txt").read_text() == "c"


# ------------------------------------------------------------------ a real full disk


@contextmanager
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "stick"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(folder: Path, leave: int) -> None:
    """Fill the file system until ``leave`` bytes remain (then any export overflows it)."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with (folder / "filler").open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


EXPORTS = {
    "results csv": (["compute", "{project}", "--out", "{out}"], "r.csv", True),
    "results json": (["compute", "{project}", "--out", "{out}"], "r.json", True),
    "results xlsx": (["compute", "{project}", "--out", "{out}"], "r.xlsx", True),
    "workbook": (["export-workbook", "{project}", "{out}"], "w.xlsx", True),
    "report pdf": (["report", "{project}", "{out}"], "r.pdf", True),
    "report odt": (["report", "{project}", "{out}"], "r.odt", True),
    "template": (["template", "{out}"], "t.xlsx", False),
    "convert json": (["convert", "{project}", "{out}"], "p.json", False),
    "convert abnd": (["convert", "{project}", "{out}"], "p.abnd", False),
    "new": (["new", "--country", "LAO", "{out}"], "n.abnd", False),
}


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small file system needs root")
def test_every_export_on_a_full_disk_is_one_line_and_changes_nothing(tmp_path) -> None:
    project = tmp_path / "lao.abnd"
    write_project(read_project(SAMPLE), project)
    with small_disk(tmp_path) as disk:
        for name, (argv, out_name, overwrites) in EXPORTS.items():
            out = disk / out_name
            if overwrites:
                out.write_bytes(OLD)
            fill(disk, leave=12 * 1024)
            args = [a.format(project=project, out=out) for a in argv]
            outcome = run_cli(*args, timeout=120)
            (disk / "filler").unlink()
            assert outcome.code == 2, (name, outcome)
            assert len(outcome.err_lines) == 1, (name, outcome.err)
            assert "the disk is full" in outcome.err and str(out) in outcome.err, (name, outcome)
            if overwrites:
                assert out.read_bytes() == OLD, name
                out.unlink()
            assert list(disk.iterdir()) == [], (name, list(disk.iterdir()))


# ------------------------------------------------------------------ SIGKILL at random moments


def complete(path: Path) -> bool:
    """A whole file of its kind: every zip member's checksum right, a PDF's end marker,
    a JSON document that parses, a CSV that ends its last line."""
    data = path.read_bytes()
    suffix = path.suffix
    if suffix in (".xlsx", ".odt"):
        try:
            with zipfile.ZipFile(path) as archive:
                return archive.testzip() is None
        except zipfile.BadZipFile:
            return False
    if suffix == ".pdf":
        return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    if suffix == ".json":
        import json

        try:
            json.loads(data)
        except ValueError:
            return False
        return True
    return data.endswith(b"\n") and data.count(b"\n") > 10


KILLED = ["results csv", "results xlsx", "workbook", "report pdf", "report odt", "convert json"]
KILLS_EACH = 6


def test_killed_at_random_moments_an_export_is_old_or_whole(tmp_path) -> None:
    project = tmp_path / "lao.abnd"
    write_project(read_project(SAMPLE), project)
    rng = random.Random(15)
    outcomes: dict[str, list[str]] = {}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in KILLED:
        argv, out_name, _ = EXPORTS[name]
        out = tmp_path / out_name
        args = [sys.executable, str(REPO / "main.py")]
        args += [a.format(project=project, out=out) for a in argv]
        started = time.perf_counter()
        subprocess.run(args, check=True, env=env, cwd=REPO, capture_output=True)
        whole = time.perf_counter() - started
        for _ in range(KILLS_EACH):
            out.unlink(missing_ok=True)
            if name != "convert json":
                out.write_bytes(OLD)
            child = subprocess.Popen(
                args, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(rng.uniform(0.5, 1.05) * whole)  # the second half: when it writes
            child.send_signal(signal.SIGKILL)
            child.wait()
            if not out.exists():
                state = "absent"
            elif out.read_bytes() == OLD:
                state = "old"
            else:
                state = "whole" if complete(out) else "PART"
            outcomes.setdefault(name, []).append(state)
    print(outcomes)
    assert not any("PART" in states for states in outcomes.values()), outcomes
    assert any("whole" in states for states in outcomes.values())  # some kills came late
