"""The shared layout of list pages: New/Edit/Delete, filter as you type, a sortable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from dgw_desktop.ui.commands.store_command import StoreCommand, push_edit
from dgw_desktop.ui.generated.ui_table_page import Ui_TablePage
from dgw_desktop.ui.models.entity_table_model import ID_ROLE
from dgw_desktop.ui.models.filter_proxy import TableFilterProxy
from dgw_desktop.ui.session import ProjectSession


class TablePage(QWidget):
    """Subclasses set up the model and implement ``add``, ``edit_row`` and ``delete_rows``.

    Small tables are filtered and sorted by a proxy. A model that filters itself (large
    tables) offers ``set_text_filter``, ``sort``, ``row_of`` and ``total_count`` instead.
    """

    def __init__(
        self,
        session: ProjectSession,
        model: Any,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.ui = Ui_TablePage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(title)
        self.filters_itself = hasattr(model, "set_text_filter")
        self.proxy: QAbstractItemModel
        if self.filters_itself:
            self.proxy = model
        else:
            proxy = TableFilterProxy(self)
            proxy.setSourceModel(model)
            self.proxy = proxy
        view = self.ui.tableView
        view.setModel(self.proxy)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(self._edit_index)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.filterEdit.textChanged.connect(self._set_text_filter)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        # Page shortcuts act only while focus is in this page, never in another window.
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, target, slot in (
            (QKeySequence(QKeySequence.StandardKey.Find), self, self.ui.filterEdit.setFocus),
            (QKeySequence(QKeySequence.StandardKey.Delete), view, self.delete_selected),
            (QKeySequence(Qt.Key.Key_Return), view, self.edit_current),
            (QKeySequence(Qt.Key.Key_Insert), self, self.add),
        ):
            # PySide6 6.12 ignores ``context=`` together with a slot: set it on its own.
            shortcut = QShortcut(keys, target)
            shortcut.setContext(within)
            shortcut.activated.connect(slot)
        self._update_buttons()
        self._update_count()

    # -- to implement -------------------------------------------------------------------------
    def add(self) -> None:
        raise NotImplementedError

    def edit_row(self, row: int) -> None:
        raise NotImplementedError

    def delete_rows(self, rows: list[int]) -> None:
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("{0} of {1} shown").format(shown, total)

    # -- shared behaviour ---------------------------------------------------------------------
    def source_row(self, index: QModelIndex | QPersistentModelIndex) -> int:
        if isinstance(self.proxy, QSortFilterProxyModel):
            return self.proxy.mapToSource(index).row()
        return index.row()

    def selected_rows(self) -> list[int]:
        rows = {
            self.source_row(index) for index in self.ui.tableView.selectionModel().selectedRows()
        }
        return sorted(rows)

    def _set_text_filter(self, text: str) -> None:
        if isinstance(self.proxy, QSortFilterProxyModel):
            self.proxy.setFilterFixedString(text)
        else:
            self.model.set_text_filter(text)

    def edit_current(self) -> None:
        index = self.ui.tableView.currentIndex()
        if index.isValid():
            self._edit_index(index)

    def _edit_index(self, index: QModelIndex) -> None:
        self.edit_row(self.source_row(index))

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.delete_rows(rows)

    def select_id(self, entity_id: str) -> None:
        """Select and show the row of an entity, e.g. the one just added."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == entity_id:
                self.ui.tableView.selectRow(row)
                self.ui.tableView.scrollTo(index)
                return

    def push(self, command: StoreCommand) -> bool:
        error = push_edit(self.session, command)
        if error:
            QMessageBox.warning(self, self.tr("Not saved"), error)
            return False
        return True

    def _update_buttons(self) -> None:
        has_selection = bool(self.ui.tableView.selectionModel().selectedRows())
        self.ui.editButton.setEnabled(has_selection)
        self.ui.deleteButton.setEnabled(has_selection)

    def _update_count(self) -> None:
        total = self.model.total_count() if self.filters_itself else self.model.rowCount()
        self.ui.countLabel.setText(self.count_text(self.proxy.rowCount(), total))
