"""The scenario tab's editors on the Lao sample, with numbers in English conventions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from engine.store.project_store import ProjectStore
from gui.document.project_document import ProjectDocument

NBSP = "\u00a0"  # between a number and its unit


@pytest.fixture(autouse=True)
def english_numbers(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def document(qtbot, sample_file) -> Iterator[ProjectDocument]:
    opened = ProjectDocument(ProjectStore.open(sample_file))
    yield opened
    opened.close()
