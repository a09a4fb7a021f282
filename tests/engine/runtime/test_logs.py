"""The one log file: internal errors with their tracebacks in ABND_LOG_DIR (else
~/.abnd-studio/logs), one rotating handler per folder, kept small by rotation."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from engine.runtime import logs


@pytest.fixture(autouse=True)
def no_handler_left() -> Iterator[None]:
    yield
    log = logging.getLogger(logs.LOGGER)
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def handlers() -> list[RotatingFileHandler]:
    return [
        h for h in logging.getLogger(logs.LOGGER).handlers if isinstance(h, RotatingFileHandler)
    ]


def raise_and_log(message: str) -> Path:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        return logs.log_internal_error()


def test_the_log_lives_in_abnd_log_dir_or_the_home_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ABND_LOG_DIR", str(tmp_path / "usb"))
    assert logs.log_path() == tmp_path / "usb" / "abnd-studio.log"
    monkeypatch.delenv("ABND_LOG_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    assert logs.log_path() == tmp_path / "me" / ".abnd-studio" / "logs" / "abnd-studio.log"


def test_an_internal_error_is_written_with_its_traceback(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ABND_LOG_DIR", str(tmp_path / "logs"))
    path = raise_and_log("boom in a handler")
    assert path == tmp_path / "logs" / "abnd-studio.log"
    text = path.read_text(encoding="utf-8")
    assert " ERROR internal error\nTraceback (most recent call last):" in text
    assert "RuntimeError: boom in a handler" in text
    assert "in raise_and_log" in text  # the frame where it happened


def test_an_error_passed_in_is_logged_and_no_error_says_so(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ABND_LOG_DIR", str(tmp_path))
    error = ValueError("from a worker thread")
    logs.log_internal_error((ValueError, error, None))
    logs.log_internal_error()  # called with no exception being handled
    text = (tmp_path / "abnd-studio.log").read_text(encoding="utf-8")
    assert "ValueError: from a worker thread" in text
    assert "internal error\n(no traceback)" in text


def test_one_handler_per_folder_and_a_new_folder_replaces_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ABND_LOG_DIR", str(tmp_path / "a"))
    first = logs.logger()
    assert logs.logger() is first and len(handlers()) == 1
    old = handlers()[0]
    monkeypatch.setenv("ABND_LOG_DIR", str(tmp_path / "b"))
    raise_and_log("now in b")
    (current,) = handlers()
    assert current is not old and Path(current.baseFilename) == tmp_path / "b" / "abnd-studio.log"
    assert old.stream is None  # the old file was closed
    assert not (tmp_path / "a" / "abnd-studio.log").exists()  # opened only when written
    assert first.propagate is False  # never printed on the console as well


def test_an_unwritable_folder_prints_the_traceback_instead(tmp_path, monkeypatch, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("ABND_LOG_DIR", str(blocker / "logs"))
    path = raise_and_log("nowhere to write")
    assert path == blocker / "logs" / "abnd-studio.log" and not path.exists()
    assert handlers() == []
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: nowhere to write" in err


def test_the_log_is_kept_small_by_rotation(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ABND_LOG_DIR", str(tmp_path))
    for i in range(12):  # 12 errors of 400 kB: far more than 4 files of 1 MB
        raise_and_log(f"{i}:" + "x" * 400_000)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["abnd-studio.log", *(f"abnd-studio.log.{n}" for n in (1, 2, 3))]
    assert all((tmp_path / name).stat().st_size <= logs.MAX_BYTES for name in files)
    assert "RuntimeError: 11:" in (tmp_path / "abnd-studio.log").read_text(encoding="utf-8")
