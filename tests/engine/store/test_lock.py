"""One writer per project (issue 15): no race, links share the lock, odd lock paths are
harmless, and a project that cannot be locked opens read-only with one sentence."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from engine.domain.errors import InputError
from engine.edits.commands import FIELD, Put
from engine.store.lock import WriterLock
from engine.store.project_store import ProjectLockedError, ProjectReadOnlyError, ProjectStore
from engine.store.schema import SCHEMA_VERSION
from tests.cli_run import run_cli
from tests.conftest import DATA, REPO

FIXTURE = DATA / f"schema-v{SCHEMA_VERSION}.abnd"


def project_in(folder: Path) -> Path:
    path = folder / "project.abnd"
    shutil.copy(FIXTURE, path)
    return path


def test_four_processes_thousands_of_acquisitions_never_two_holders(tmp_path) -> None:
    project, marker = project_in(tmp_path), tmp_path / "holder"
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.engine.store.lock_child",
                str(project),
                str(marker),
                "600",
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    counts = [tuple(map(int, child.communicate(timeout=120)[0].split())) for child in children]
    acquired = sum(c[0] for c in counts)
    doubles = sum(c[1] for c in counts)
    assert acquired >= 2000, counts  # thousands of real acquisitions
    assert doubles == 0, counts


def test_a_symlink_and_a_hard_link_share_the_lock(tmp_path) -> None:
    project = project_in(tmp_path)
    (tmp_path / "sym.abnd").symlink_to(project)
    os.link(project, tmp_path / "hard.abnd")
    other = tmp_path / "elsewhere"
    other.mkdir()
    os.link(project, other / "far.abnd")
    with ProjectStore.open(project) as writer:
        for alias in (tmp_path / "sym.abnd", tmp_path / "hard.abnd", other / "far.abnd"):
            with pytest.raises(ProjectLockedError):
                ProjectStore.open(alias)
        writer.apply(Put(FIELD, "name", "kept"))
    with ProjectStore.open(tmp_path / "hard.abnd") as second:  # released with the first
        assert second.project.name == "kept"


def test_a_symlinked_lock_file_is_never_followed(tmp_path) -> None:
    project = project_in(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious\n")
    (tmp_path / "project.abnd.lock").symlink_to(victim)
    with ProjectStore.open(project) as store:
        store.apply(Put(FIELD, "name", "edited"))
    assert victim.read_bytes() == b"precious\n"


def test_a_lock_path_that_is_a_directory_is_harmless(tmp_path) -> None:
    project = project_in(tmp_path)
    (tmp_path / "project.abnd.lock").mkdir()
    outcome = run_cli("compute", str(project))
    assert outcome.code == 0, outcome.err
    with ProjectStore.open(project) as store:
        store.apply(Put(FIELD, "name", "edited"))
    assert (tmp_path / "project.abnd.lock").is_dir()


@contextmanager
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write: a read-only tmpfs as root, else a folder without write bits."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], check=True)
        try:
            project_in(folder)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=True)
    else:
        project_in(folder)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


def test_a_project_in_a_read_only_folder_opens_read_only_with_one_sentence(tmp_path) -> None:
    with read_only_folder(tmp_path) as folder:
        project = folder / "project.abnd"
        before = project.read_bytes()
        with pytest.raises(ProjectReadOnlyError) as refused:
            ProjectStore.open(project)
        line = refused.value.one_line()
        assert "\n" not in line and "read-only" in line and line.startswith(str(project))
        with ProjectStore.open(project, read_only=True) as reader:
            assert reader.project.name
        outcome = run_cli("compute", str(project))
        assert outcome.code == 0, outcome.err
        outcome = run_cli("import", str(project), str(DATA / "schema-v1.json"))
        assert outcome.code == 2 and len(outcome.err_lines) == 1, outcome
        assert "Traceback" not in outcome.err
        assert project.read_bytes() == before


def test_the_window_opens_a_locked_project_read_only_and_says_why(tmp_path, qtbot) -> None:
    from gui.document.project_document import ProjectDocument

    project = project_in(tmp_path)
    with ProjectStore.open(project):
        document = ProjectDocument.open(project, tmp_path)
        try:
            assert document.store.read_only
            assert document.notice and "read-only" in document.notice
            with pytest.raises(InputError, match="read-only"):
                document.apply(Put(FIELD, "name", "X"), "rename")
        finally:
            document.close()


def test_the_lock_goes_with_the_process_even_killed(tmp_path) -> None:
    project = project_in(tmp_path)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from pathlib import Path; from engine.store.lock import WriterLock; "
            "l = WriterLock(Path(sys.argv[1])); print(l.acquire(), flush=True); time.sleep(60)",
            str(project),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "True"
    assert WriterLock(project).acquire() is False
    child.kill()
    child.communicate()
    lock = WriterLock(project)
    assert lock.acquire() is True
    lock.release()


@pytest.mark.parametrize("kind", ["directory", "fifo", "missing"])
def test_an_odd_project_path_is_one_line_never_a_hang(tmp_path, kind) -> None:
    path = tmp_path / "odd.abnd"
    if kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # opening a pipe to read would wait for a writer forever
    for command in (["compute", str(path)], ["import", str(path), str(DATA / "schema-v1.json")]):
        outcome = run_cli(*command, timeout=30)
        assert outcome.code == 2 and len(outcome.err_lines) == 1, outcome
        assert outcome.err_lines[0] == f"{path}: does not exist or is not a file"
