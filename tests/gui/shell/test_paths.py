"""Where ABND Studio keeps its own files: ABND_HOME (else "~/ABND Studio"), created on use,
with the settings file and the projects folder inside."""

from __future__ import annotations

from gui.shell import paths


def test_abnd_home_holds_settings_and_projects(tmp_path, monkeypatch) -> None:
    home = tmp_path / "usb" / "abnd"
    monkeypatch.setenv("ABND_HOME", str(home))
    assert paths.home() == home and home.is_dir()  # made on first use
    assert paths.settings_file() == home / "settings.ini"
    assert paths.projects_dir() == home / "projects" and (home / "projects").is_dir()


def test_without_abnd_home_it_is_a_folder_in_the_users_home(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("ABND_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.home() == tmp_path / "ABND Studio"
    assert (tmp_path / "ABND Studio").is_dir()
    monkeypatch.setenv("ABND_HOME", "")  # empty counts as not set
    assert paths.home() == tmp_path / "ABND Studio"
