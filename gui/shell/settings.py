"""Every setting the app keeps, through one typed wrapper over QSettings (an ini file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gui.shell import paths
from gui.shell.language import system_language

MAX_RECENT = 8


class Settings:
    """Window geometry, recent files, language, the user's name, workshop pins."""

    def __init__(self, path: Path | None = None) -> None:
        self._store = QSettings(str(path or paths.settings_file()), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._store.sync()

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def recent_files(self) -> list[str]:
        value = self._store.value("files/recent", [])
        items = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [str(item) for item in items if item]

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        items = [text] + [item for item in self.recent_files if item != text]
        self._store.setValue("files/recent", items[:MAX_RECENT])

    def forget_recent(self, path: str) -> None:
        self._store.setValue("files/recent", [i for i in self.recent_files if i != path])

    @property
    def last_project(self) -> str | None:
        recent = self.recent_files
        return recent[0] if recent else None

    @property
    def language(self) -> str:
        """The language chosen in View > Language; at the first start, the system's when it
        is English, Lao or French."""
        value = self._store.value("ui/language")
        return value if isinstance(value, str) and value else system_language()

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("ui/language", code)

    @property
    def font_scale(self) -> float:
        value = self._store.value("ui/font_scale", 1.0)
        try:
            scale = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return scale if 0.5 <= scale <= 4.0 else 1.0

    @font_scale.setter
    def font_scale(self, value: float) -> None:
        self._store.setValue("ui/font_scale", value)

    def folder(self, purpose: str) -> Path | None:
        """The folder last used to import or to export (None: never, or it is gone: a USB
        stick taken out)."""
        value = self._store.value(f"folders/{purpose}")
        if not isinstance(value, str) or not value:
            return None
        folder = Path(value)
        return folder if folder.is_dir() else None

    def set_folder(self, purpose: str, folder: Path) -> None:
        self._store.setValue(f"folders/{purpose}", str(folder))

    @property
    def author(self) -> str:
        """The user's name, recorded with each edit in a project's history ("" until asked)."""
        value = self._store.value("user/author", "")
        return value if isinstance(value, str) else ""

    @author.setter
    def author(self, name: str) -> None:
        self._store.setValue("user/author", name)

    def workshop_pins(self, project: str | Path) -> list[str] | None:
        """The assumptions pinned for workshop mode in this project (None: never chosen)."""
        value = self._store.value(f"workshop/{_key(project)}")
        if value is None:
            return None
        items = [value] if isinstance(value, str) else list(value)
        return [str(item) for item in items if item]

    def set_workshop_pins(self, project: str | Path, pins: list[str]) -> None:
        self._store.setValue(f"workshop/{_key(project)}", pins)


def _key(project: str | Path) -> str:
    """A settings key for a project file (QSettings keys cannot hold slashes)."""
    import hashlib

    return hashlib.sha1(str(Path(project).resolve()).encode("utf-8")).hexdigest()[:16]
