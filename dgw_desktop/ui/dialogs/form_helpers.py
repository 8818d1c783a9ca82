"""Small helpers shared by the entity dialogs."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget

from dgw_desktop.domain.entities import Domain, Municipality
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.ui.commands.store_command import translate_error

ID_ROLE = Qt.ItemDataRole.UserRole


def fill_domains(combo: QComboBox, domains: Iterable[Domain], selected_id: str | None) -> None:
    combo.clear()
    for domain in domains:
        combo.addItem(domain.name, domain.id)
    index = combo.findData(selected_id)
    combo.setCurrentIndex(max(index, 0))


def fill_municipalities(
    widget: QListWidget, municipalities: Iterable[Municipality], checked_ids: Iterable[str]
) -> None:
    checked = set(checked_ids)
    widget.clear()
    for municipality in municipalities:
        item = QListWidgetItem(municipality.name, widget)
        item.setData(ID_ROLE, municipality.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if municipality.id in checked else Qt.CheckState.Unchecked
        )


def checked_ids(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(widget.item(row).data(ID_ROLE))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )


def show_validation_error(
    label: QLabel, error: ValidationError, fields: dict[str, QWidget]
) -> None:
    """Show the message under the form and put the cursor in the field at fault."""
    label.setText(translate_error(error))
    widget = fields.get(error.field)
    if widget is not None:
        widget.setFocus()
