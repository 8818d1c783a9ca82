"""Funding sources (dekking) as an editable table: name, kind, amount, municipality, scenario.

Each cell edit is one ``EditFundingCommand``; amounts are typed the Dutch way and parsed by
``parse_money``; the store refuses a negative amount, or a municipality's own budget without
the municipality.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from dgw_desktop.domain.cost_split import FUNDING_KINDS, FundingSource
from dgw_desktop.domain.formatting import format_money, parse_money
from dgw_desktop.domain.messages import UserError
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.budget.line_table_model import money_text
from dgw_desktop.ui.commands.budget_commands import EditFundingCommand
from dgw_desktop.ui.commands.store_command import push_edit, translate_error
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.widgets.choice_delegate import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
NAME, KIND, AMOUNT, MUNICIPALITY, SCENARIO = range(5)
CHOICE_COLUMNS = (KIND, MUNICIPALITY, SCENARIO)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FundingTableModel(KeyedTableModel[FundingSource]):
    def __init__(self, source: BudgetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = source.session
        source.reloaded.connect(self.refresh)
        self.reload()

    def reload(self) -> None:
        sources = self.source.overview.funding
        self.replace_rows(sources, [s.id for s in sources], 5)

    def kind_text(self, kind: str) -> str:
        return {
            "municipal": self.tr("Municipality's own budget"),
            "provincial": self.tr("Provincial subsidy"),
            "regional": self.tr("Regional fund"),
            "other": self.tr("Other"),
        }.get(kind, kind)

    def general_text(self) -> str:
        return self.tr("General (split by key)")

    def all_scenarios_text(self) -> str:
        return self.tr("All scenarios")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Funding source"),
                self.tr("Kind"),
                self.tr("Amount"),
                self.tr("Of municipality"),
                self.tr("Counts in"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                MUNICIPALITY: self.tr(
                    "Money of one municipality counts for it; general funding is divided "
                    "over a scenario's partners by the scenario's key."
                ),
                SCENARIO: self.tr("A source can count in every scenario or only in one."),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section == AMOUNT:
            return int(RIGHT)
        return None

    def _display(self, source: FundingSource, column: int) -> str:
        overview = self.source.overview
        if column == NAME:
            return source.name
        if column == KIND:
            return self.kind_text(source.kind)
        if column == AMOUNT:
            return format_money(source.amount_cents)
        if column == MUNICIPALITY:
            return overview.municipality_name(source.municipality_id) or self.general_text()
        return overview.scenario_name(source.scenario_id) or self.all_scenarios_text()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self.row(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(source, column)
        if role == Qt.ItemDataRole.EditRole:
            return {
                NAME: source.name,
                KIND: source.kind,
                AMOUNT: money_text(source.amount_cents),
                MUNICIPALITY: source.municipality_id,
                SCENARIO: source.scenario_id,
            }[column]
        if role == CHOICES_ROLE:
            return self._choices(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return int(RIGHT)
        return None

    def _choices(self, column: int) -> list[tuple[str, Any]]:
        overview = self.source.overview
        if column == KIND:
            return [(self.kind_text(kind), kind) for kind in FUNDING_KINDS]
        if column == MUNICIPALITY:
            return [(self.general_text(), None), *((m.name, m.id) for m in overview.municipalities)]
        if column == SCENARIO:
            scenarios = ((s.scenario.name, s.scenario.id) for s in overview.scenarios)
            return [(self.all_scenarios_text(), None), *scenarios]
        return []

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        before = self.row(index.row())
        column = index.column()
        replace = dataclasses.replace
        try:
            if column == NAME:
                after = replace(before, name=str(value))
            elif column == KIND:
                after = replace(before, kind=value)
            elif column == AMOUNT:
                after = replace(before, amount_cents=parse_money(str(value)))
            elif column == MUNICIPALITY:
                after = replace(before, municipality_id=value)
            else:
                after = replace(before, scenario_id=value)
        except UserError as error:
            self.refused.emit(translate_error(error))
            return False
        if after == before:
            return True
        error_text = push_edit(self.session, EditFundingCommand(self.session, before, after))
        if error_text:
            self.refused.emit(error_text)
            return False
        return True
