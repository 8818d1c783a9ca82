"""A short list of themes to pick one from, filtered as you type."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from dgw_desktop.store.themes import ThemeSummary
from dgw_desktop.ui.models.entity_table_model import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class ThemeChoiceModel(QAbstractListModel):
    def __init__(self, themes: Sequence[ThemeSummary], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._themes = list(themes)
        self._shown = list(self._themes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        theme = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{0}  —  {1}, {2} challenges").format(
                theme.name, theme.domain_name or self.tr("across domains"), theme.challenge_count
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return theme.description or theme.name
        if role == ID_ROLE:
            return theme.id
        return None

    def theme(self, row: int) -> ThemeSummary:
        return self._shown[row]

    def row_of(self, theme_id: str) -> int:
        return next((row for row, t in enumerate(self._shown) if t.id == theme_id), -1)

    def set_text_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        self.beginResetModel()
        self._shown = [
            theme
            for theme in self._themes
            if needle in f"{theme.name}\n{theme.domain_name}".casefold()
        ]
        self.endResetModel()
