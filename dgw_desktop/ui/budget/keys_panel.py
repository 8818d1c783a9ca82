"""Cost-sharing keys: the list (name and method in place), and the percentages of a custom key.

The percentages are a draft with a running sum; "Save percentages" hands them to the store,
which accepts them only when they add up to exactly 100% (else its message is shown and
nothing is written).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QHeaderView, QWidget

from dgw_desktop.domain.cost_split import HUNDRED, CostKey
from dgw_desktop.domain.formatting import format_percentage
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.budget_tab import (
    EDIT_TRIGGERS,
    compact_rows,
    keep_current_on_reset,
    keep_fitted,
    push_or_warn,
    warn,
)
from dgw_desktop.ui.budget.key_shares_model import MUNICIPALITY, PERCENTAGE, KeySharesModel
from dgw_desktop.ui.budget.key_table_model import METHOD, NAME, KeyTableModel, equal_shares
from dgw_desktop.ui.commands.budget_commands import (
    AddCostKeyCommand,
    DeleteCostKeyCommand,
    EditCostKeyCommand,
)
from dgw_desktop.ui.generated.ui_budget_keys_panel import Ui_BudgetKeysPanel
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut
from dgw_desktop.ui.widgets.choice_delegate import ChoiceDelegate
from dgw_desktop.ui.widgets.typed_text_delegate import TypedTextDelegate

OK_STYLE = "color: #2e7d32;"
WRONG_STYLE = "color: #b00020; font-weight: 600;"


class KeysPanel(QGroupBox):
    def __init__(self, source: BudgetSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = source.session
        self.ui = Ui_BudgetKeysPanel()
        self.ui.setupUi(self)
        self.keys_model = KeyTableModel(source, self)
        self.shares_model = KeySharesModel(self)
        for model in (self.keys_model, self.shares_model):
            model.refused.connect(self.show_refusal, Qt.ConnectionType.QueuedConnection)
        ui = self.ui
        keys = ui.keysView
        keys.setModel(self.keys_model)
        keys.setEditTriggers(EDIT_TRIGGERS)
        keys.setItemDelegateForColumn(METHOD, ChoiceDelegate(keys))
        keys.verticalHeader().setVisible(False)
        compact_rows(keys)
        keep_current_on_reset(keys, self.keys_model, lambda key: key.id)
        header = keys.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        shares = ui.sharesView
        shares.setModel(self.shares_model)
        shares.setEditTriggers(EDIT_TRIGGERS)
        shares.setItemDelegateForColumn(PERCENTAGE, TypedTextDelegate(shares))
        shares.verticalHeader().setVisible(False)
        compact_rows(shares)
        header = shares.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MUNICIPALITY, QHeaderView.ResizeMode.Stretch)
        keep_fitted(keys)
        keep_fitted(shares, min_rows=4)
        for method in ("equal", "inhabitants", "custom"):
            ui.keyMethodCombo.addItem(self.keys_model.method_text(method), method)
        ui.addKeyButton.clicked.connect(self.add_key)
        ui.keyNameEdit.returnPressed.connect(self.add_key)
        ui.deleteKeyButton.clicked.connect(self.delete_key)
        ui.saveSharesButton.clicked.connect(self.save_shares)
        ui.resetSharesButton.clicked.connect(self._show_key)
        keys.selectionModel().currentRowChanged.connect(self._show_key)
        self.shares_model.draft_changed.connect(self._show_sum)
        scoped_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), keys, self.delete_key)
        source.reloaded.connect(self._show_key)
        if self.keys_model.rowCount():
            keys.setCurrentIndex(self.keys_model.index(0, NAME))
        self._show_key()

    def show_refusal(self, message: str) -> None:
        warn(self, message)

    def current_key(self) -> CostKey | None:
        index = self.ui.keysView.currentIndex()
        return self.keys_model.row(index.row()) if index.isValid() else None

    def select_key(self, key_id: str) -> None:
        row = self.keys_model.row_of_key(key_id)
        if row >= 0:
            self.ui.keysView.setCurrentIndex(self.keys_model.index(row, NAME))

    # -- the percentages of the current key -------------------------------------------------------
    def _show_key(self) -> None:
        key = self.current_key()
        overview = self.source.overview
        self.shares_model.set_key(key, overview.municipalities)
        custom = key is not None and key.method == "custom"
        if key is None:
            info = self.tr("Choose a key.")
        elif key.method == "equal":
            info = self.tr("“{0}”: every partner of a scenario pays the same share.")
        elif key.method == "inhabitants":
            info = self.tr("“{0}”: partners pay in proportion to their inhabitants (CBS).")
        else:
            info = self.tr("“{0}”: these percentages, together exactly 100%.")
        self.ui.sharesInfoLabel.setText(info.format(key.name if key else ""))
        for widget in (self.ui.sharesView, self.ui.saveSharesButton, self.ui.resetSharesButton):
            widget.setVisible(custom)
        self.ui.sumLabel.setVisible(custom)
        self.ui.deleteKeyButton.setEnabled(key is not None)
        self._show_sum()

    def _show_sum(self) -> None:
        total = self.shares_model.total()
        text = self.tr("Sum {0}").format(format_percentage(total, 2))
        if total == HUNDRED:
            self.ui.sumLabel.setText(text + " ✓")
            self.ui.sumLabel.setStyleSheet(OK_STYLE)
        else:
            difference = format_percentage(abs(HUNDRED - total), 2)
            extra = (self.tr("{0} too much") if total > HUNDRED else self.tr("{0} short")).format(
                difference
            )
            self.ui.sumLabel.setText(f"{text} ({extra})")
            self.ui.sumLabel.setStyleSheet(WRONG_STYLE)
        modified = self.shares_model.is_modified()
        self.ui.saveSharesButton.setEnabled(modified)
        self.ui.resetSharesButton.setEnabled(modified)

    def save_shares(self) -> bool:
        before = self.shares_model.key
        if before is None:
            return False
        after = dataclasses.replace(before, shares=self.shares_model.shares())
        return push_or_warn(self, EditCostKeyCommand(self.session, before, after))

    # -- adding and deleting keys -----------------------------------------------------------------
    def add_key(self) -> None:
        ui = self.ui
        method = ui.keyMethodCombo.currentData()
        overview = self.source.overview
        key = CostKey(
            name=ui.keyNameEdit.text(),
            method=method,
            shares=equal_shares(list(overview.municipalities)) if method == "custom" else (),
            position=max((k.position for k in overview.keys), default=-1) + 1,
        )
        command = AddCostKeyCommand(self.session, key)
        if push_or_warn(self, command):
            ui.keyNameEdit.clear()
            self.select_key(command.item.id)
            if method == "custom":
                self.ui.sharesView.setFocus()
                self.ui.sharesView.setCurrentIndex(self.shares_model.index(0, PERCENTAGE))

    def delete_key(self) -> None:
        key = self.current_key()
        if key is not None:
            push_or_warn(self, DeleteCostKeyCommand(self.session, key))
