"""Costs against funding: a row per scenario with its members below it.

Figures are the ``ScenarioSplit`` of the overview: a member's costs (its share of the pool and
the lines it bears alone), its own funding (sources of that municipality), its part of the
general funding (divided by the scenario's key), and the balance, funding minus costs —
negative is a gap, positive a surplus. The members' balances add up to the scenario's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dgw_desktop.domain.budget_overview import MunicipalityShare, ScenarioSplit
from dgw_desktop.domain.formatting import format_money
from dgw_desktop.ui.budget.budget_source import BudgetSource

Index = QModelIndex | QPersistentModelIndex
NAME, COSTS, OWN_FUNDING, GENERAL_FUNDING, BALANCE = range(5)
COLUMN_COUNT = 5
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GAP_COLOR = QColor("#b00020")
SURPLUS_COLOR = QColor("#2e7d32")
SCENARIO_COLOR = QColor("#eef3f8")
TOP = 0  # internal id of a scenario row; a member row has its scenario's row + 1


def balance_text(cents: int) -> str:
    """``-150000`` → ``gap € 1.500,00``; ``2500`` → ``surplus € 25,00``."""
    if cents < 0:
        return QCoreApplication.translate("Balance", "gap {0}").format(format_money(-cents))
    if cents > 0:
        return QCoreApplication.translate("Balance", "surplus {0}").format(format_money(cents))
    return QCoreApplication.translate("Balance", "balanced")


class BalanceTreeModel(QAbstractItemModel):
    def __init__(self, source: BudgetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.splits: tuple[ScenarioSplit, ...] = ()
        self._shape: list[tuple[str, tuple[str, ...]]] = []
        source.reloaded.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        splits = self.source.overview.scenarios
        shape = [(s.scenario.id, tuple(m.municipality.id for m in s.members)) for s in splits]
        if shape == self._shape:
            self.splits = splits
            for row, split in enumerate(splits):
                last = len(split.members) - 1
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
                if last >= 0:
                    parent = self.index(row, 0)
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(last, COLUMN_COUNT - 1, parent)
                    )
            return
        self.beginResetModel()
        self.splits = splits
        self._shape = shape
        self.endResetModel()

    # -- structure --------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.splits)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self.splits[parent.row()].members)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def item(self, index: Index) -> tuple[ScenarioSplit, MunicipalityShare | None]:
        if index.internalId() == TOP:
            return self.splits[index.row()], None
        split = self.splits[index.internalId() - 1]
        return split, split.members[index.row()]

    # -- data -------------------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Scenario / municipality"),
                self.tr("Costs"),
                self.tr("Own funding"),
                self.tr("General funding"),
                self.tr("Gap or surplus"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == GENERAL_FUNDING:
            return self.tr("Funding of no one municipality, divided by the scenario's key")
        if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME:
            return int(RIGHT)
        return None

    def cents(self, index: Index) -> int:
        split, share = self.item(index)
        column = index.column()
        if share is None:
            own = sum(m.own_funding_cents for m in split.members)
            figures = (split.total_cents, own, split.general_funding_cents, split.balance_cents)
        else:
            figures = (
                share.total_cents,
                share.own_funding_cents,
                share.general_funding_cents,
                share.balance_cents,
            )
        return figures[column - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        split, share = self.item(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                if share is not None:
                    return share.municipality.name
                return split.scenario.name + (" ★" if split.scenario.is_proposal else "")
            cents = self.cents(index)
            return balance_text(cents) if column == BALANCE else format_money(cents)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and column == BALANCE:
            cents = self.cents(index)
            if cents:
                return QBrush(GAP_COLOR if cents < 0 else SURPLUS_COLOR)
        if role == Qt.ItemDataRole.FontRole and (share is None or column == BALANCE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and share is None:
            return QBrush(SCENARIO_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(split, share)
        return None

    def _tooltip(self, split: ScenarioSplit, share: MunicipalityShare | None) -> str:
        if share is None:
            sources = split.funding_sources
        else:
            municipality_id = share.municipality.id
            sources = tuple(
                s for s in split.funding_sources if s.municipality_id == municipality_id
            )
        lines = [f"{s.name}: {format_money(s.amount_cents)}" for s in sources]
        if share is not None and share.general_funding_cents:
            lines.append(
                self.tr("Part of the general funding: {0}").format(
                    format_money(share.general_funding_cents)
                )
            )
        return "\n".join(lines) or self.tr("No funding counts here yet.")
