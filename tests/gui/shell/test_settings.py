"""Every setting the app keeps, in one ini file: window geometry, recent files (newest first,
no repeats, at most eight), language, text size and workshop pins per project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from gui.shell.language import system_language
from gui.shell.settings import MAX_RECENT, Settings


def reopened(path: Path, settings: Settings) -> Settings:
    settings.sync()
    return Settings(path)


def test_defaults_before_anything_is_kept(qapp, tmp_path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    assert settings.geometry is None
    assert settings.recent_files == [] and settings.last_project is None
    assert settings.language == system_language() and settings.font_scale == 1.0
    assert settings.workshop_pins(tmp_path / "p.abnd") is None


def test_the_default_file_is_in_abnd_home(qapp, abnd_home) -> None:
    settings = Settings()
    settings.language = "lo"
    settings.sync()
    assert "language=lo" in (abnd_home / "settings.ini").read_text(encoding="utf-8")


def test_values_survive_a_restart(qapp, tmp_path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.geometry = QByteArray(b"\x01\x02geometry")
    settings.language = "fr"
    settings.font_scale = 1.25
    again = reopened(path, settings)
    assert again.geometry == QByteArray(b"\x01\x02geometry")
    assert (again.language, again.font_scale) == ("fr", 1.25)


def test_recent_files_are_newest_first_resolved_unique_and_eight_at_most(
    qapp, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    monkeypatch.chdir(tmp_path)
    for i in range(10):
        settings.add_recent(f"p{i}.abnd")  # relative: kept as an absolute path
    settings.add_recent(tmp_path / "p5.abnd")  # again: moves to the top, not repeated
    expected = [str(tmp_path / f"p{i}.abnd") for i in (5, 9, 8, 7, 6, 4, 3, 2)]
    assert settings.recent_files == expected and len(expected) == MAX_RECENT
    assert settings.last_project == str(tmp_path / "p5.abnd")
    settings.forget_recent(str(tmp_path / "p9.abnd"))
    again = reopened(path, settings)
    assert again.recent_files == [e for e in expected if not e.endswith("p9.abnd")]


def test_a_single_recent_file_written_by_hand_is_read(qapp, tmp_path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[files]\nrecent=/projects/lao.abnd\n", encoding="utf-8")
    assert Settings(path).recent_files == ["/projects/lao.abnd"]


def test_workshop_pins_are_kept_per_project_file(qapp, tmp_path, monkeypatch) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    lao, other = tmp_path / "lao.abnd", tmp_path / "other.abnd"
    settings.set_workshop_pins(lao, ["child-benefit:benefit", "child-benefit:take_up"])
    settings.set_workshop_pins(other, [])
    again = reopened(path, settings)
    assert again.workshop_pins(lao) == ["child-benefit:benefit", "child-benefit:take_up"]
    assert again.workshop_pins(other) == []  # chosen: none, unlike never chosen (None)
    monkeypatch.chdir(tmp_path)
    assert again.workshop_pins("lao.abnd") == again.workshop_pins(lao)  # the same file
    assert "/" not in path.read_text(encoding="utf-8").split("[workshop]")[1]  # keys are hashes


def test_a_text_size_written_wrong_by_hand_reads_as_normal(qapp, tmp_path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[ui]\nfont_scale=abc\n", encoding="utf-8")
    assert Settings(path).font_scale == 1.0
    path.write_text("[ui]\nfont_scale=0\n", encoding="utf-8")
    assert Settings(path).font_scale == 1.0  # a scale of 0 would make the text vanish
