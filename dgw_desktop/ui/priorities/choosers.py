"""Filling the workshop, round and target choosers of the Prioritising tabs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox

from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.workshops import list_workshops


def fill_combo(combo: QComboBox, entries: Sequence[tuple[str, str]], keep: str | None) -> bool:
    """Put (text, id) entries in ``combo``, keeping the entry with id ``keep`` current if it is
    still there (else the first). No signals while filling; True when the current id changed.
    """
    with QSignalBlocker(combo):
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
    return current_id(combo) != keep


def current_id(combo: QComboBox) -> str | None:
    data = combo.currentData()
    return str(data) if data is not None else None


def workshop_entries(project_file: ProjectFile) -> list[tuple[str, str]]:
    return [(workshop.title, workshop.id) for workshop in list_workshops(project_file)]
