"""The municipalities of a project as a table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from dgw_desktop.domain.entities import Municipality
from dgw_desktop.domain.formatting import format_integer
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.ui.models.entity_table_model import Column, EntityTableModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MunicipalityTableModel(EntityTableModel[Municipality]):
    watched_tables = frozenset({"municipality"})

    def load(self) -> list[Municipality]:
        return list_municipalities(self.session.project_file)

    def columns(self) -> Sequence[Column[Municipality]]:
        return (
            Column(self.tr("Municipality"), lambda m: m.name),
            Column(self.tr("CBS code"), lambda m: m.cbs_code),
            Column(
                self.tr("Inhabitants"),
                lambda m: format_integer(m.inhabitants),
                lambda m: m.inhabitants,
                _RIGHT,
            ),
            Column(
                self.tr("Role"),
                lambda m: self.tr("Partner") if m.is_partner else self.tr("Possible partner"),
                lambda m: not m.is_partner,
            ),
        )
