"""Bundled resources live beside the code, or under sys._MEIPASS in the one-file executable."""

from __future__ import annotations

import sys

from engine.runtime.resources import SAMPLE_PROJECT, resource_path, resources_dir
from tests.conftest import REPO


def test_resources_are_beside_the_code() -> None:
    assert resources_dir() == REPO / "resources"
    assert (
        resource_path("help", "method-annex.md") == REPO / "resources" / "help" / "method-annex.md"
    )
    assert resource_path(*SAMPLE_PROJECT).is_file()
    assert resource_path("help", "method-annex.md").is_file()


def test_the_executable_unpacks_them_under_meipass(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert (
        resource_path("fonts", "DejaVuSans.ttf")
        == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
    )
