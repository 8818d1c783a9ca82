"""What the Budget tabs share: the budget source, pushing edits, refusals, keeping the place.

Refusals are shown with ``QMessageBox.warning``; a model's refusal is queued, so the warning
never opens while an item editor is still committing.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QTableView, QWidget

from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.commands.store_command import StoreCommand, push_edit
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.widgets.table_sizing import fit_height_to_rows

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


class BudgetTab(QWidget):
    def __init__(self, source: BudgetSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = source.session

    def watch_models(self, models: Sequence[KeyedTableModel[Any]]) -> None:
        for model in models:
            model.refused.connect(self.show_refusal, Qt.ConnectionType.QueuedConnection)

    def push(self, command: StoreCommand) -> bool:
        return push_or_warn(self, command)

    def show_refusal(self, message: str) -> None:
        warn(self, message)


def warn(parent: QWidget, message: str) -> None:
    title = QCoreApplication.translate("BudgetTab", "Not saved")
    QMessageBox.warning(parent, title, message)


def push_or_warn(parent: QWidget, command: StoreCommand) -> bool:
    """Apply ``command`` as an undo step; a refusal is shown and nothing is written."""
    error = push_edit(command.session, command)
    if error:
        warn(parent, error)
        return False
    return True


def keep_current_on_reset(
    view: QTableView, model: KeyedTableModel[Any], key: Callable[[Any], Hashable]
) -> None:
    """After a reset (rows added, removed or reordered) the same row stays the current one."""
    remembered: list[tuple[Hashable, int]] = []

    def before() -> None:
        remembered.clear()
        index = view.currentIndex()
        if index.isValid() and index.row() < model.rowCount():
            remembered.append((key(model.row(index.row())), index.column()))

    def after() -> None:
        if not remembered:
            return
        wanted, column = remembered.pop()
        for row in range(model.rowCount()):
            if key(model.row(row)) == wanted:
                view.setCurrentIndex(model.index(row, column))
                view.scrollTo(model.index(row, column))
                return

    model.modelAboutToBeReset.connect(before)
    model.modelReset.connect(after)


def selected_rows(view: QTableView) -> list[int]:
    """The rows of the selected cells (or of the current cell), top to bottom."""
    selection = view.selectionModel()
    rows = {index.row() for index in selection.selectedIndexes()} if selection else set()
    if not rows and view.currentIndex().isValid():
        rows = {view.currentIndex().row()}
    return sorted(rows)


def compact_rows(view: QTableView) -> None:
    """Rows as high as a line of text plus a little air, so more of a table fits."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.verticalHeader().setMinimumSectionSize(view.fontMetrics().height() + 4)


def keep_fitted(view: QTableView, min_rows: int | None = None) -> None:
    """The view as high as its rows (``fit_height_to_rows``), also after resets and layout.

    It does not shrink below that height (a splitter would otherwise give it only its default
    size hint), or below ``min_rows`` rows when given, so a long list can still scroll.
    """

    def fit() -> None:
        fit_height_to_rows(view)
        fitted = view.maximumHeight()
        if min_rows is not None:
            header = view.horizontalHeader().sizeHint().height()
            rows = view.verticalHeader().defaultSectionSize() * min_rows
            fitted = min(fitted, header + rows + 2 * view.frameWidth())
        view.setMinimumHeight(fitted)

    view.model().modelReset.connect(fit)
    view.horizontalHeader().geometriesChanged.connect(fit)
    fit()


def start_editing(view: QTableView, index: QModelIndex) -> None:
    view.setFocus()
    view.setCurrentIndex(index)
    view.scrollTo(index)
    view.edit(index)
