"""One writer per project: an OS lock on a file beside it, which names its holder and vanishes
when the holding process dies, so a stale lock file never blocks anybody."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap

from engine.store.lock import WriterLock
from tests.conftest import REPO


def test_the_lock_file_sits_beside_the_project_and_names_its_holder(tmp_path) -> None:
    lock = WriterLock(tmp_path / "lao.abnd")
    assert lock.path == tmp_path / "lao.abnd.lock"
    assert lock.acquire()
    assert lock.holder() == f"{os.getpid()} {socket.gethostname()}"
    lock.release()
    assert not lock.path.exists()
    assert lock.holder() == ""


def test_a_second_writer_is_refused_until_the_first_releases(tmp_path) -> None:
    first, second = WriterLock(tmp_path / "p.abnd"), WriterLock(tmp_path / "p.abnd")
    assert first.acquire()
    assert not second.acquire()
    assert second.holder() == f"{os.getpid()} {socket.gethostname()}"  # told who has it
    first.release()
    assert second.acquire()
    second.release()
    second.release()  # releasing twice is harmless


def test_a_killed_holder_leaves_a_lock_file_that_blocks_nobody(tmp_path) -> None:
    project = tmp_path / "p.abnd"
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from engine.store.lock import WriterLock
        lock = WriterLock(__import__("pathlib").Path({str(project)!r}))
        print("locked" if lock.acquire() else "refused", flush=True)
        sys.stdin.read()
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        mine = WriterLock(project)
        assert not mine.acquire()
        assert mine.holder().startswith(f"{holder.pid} ")
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
    assert (tmp_path / "p.abnd.lock").exists()  # the file stays...
    assert mine.acquire()  # ...but the lock went with the process
    assert mine.holder() == f"{os.getpid()} {socket.gethostname()}"
    mine.release()
