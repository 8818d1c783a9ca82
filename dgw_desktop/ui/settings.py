"""Settings kept between runs: window geometry, recent files, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
DEFAULT_LANGUAGE = "nl"


def app_settings() -> QSettings:
    return QSettings()


def recent_files() -> list[str]:
    value = app_settings().value("recentFiles", [])
    paths = [value] if isinstance(value, str) else list(value or [])
    return [str(path) for path in paths if Path(str(path)).exists()]


def remember_file(path: str) -> None:
    resolved = str(Path(path).resolve())
    paths = [resolved] + [p for p in recent_files() if p != resolved]
    app_settings().setValue("recentFiles", paths[:MAX_RECENT])


def forget_file(path: str) -> None:
    resolved = str(Path(path).resolve())
    app_settings().setValue("recentFiles", [p for p in recent_files() if p != resolved])


def language() -> str:
    return str(app_settings().value("language", DEFAULT_LANGUAGE))


def set_language(code: str) -> None:
    app_settings().setValue("language", code)
