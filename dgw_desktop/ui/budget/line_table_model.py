"""The budget lines as an editable table, over the budget overview.

Each cell edit is one ``EditBudgetLineCommand``. Numbers are typed the Dutch way and parsed
by ``domain.formatting`` (hours with ``parse_decimal``, amounts with ``parse_money``); the
store validates the line (no negative hours or amounts, a usable rate). A refused edit writes
nothing and ``refused`` carries the message. Amounts are never computed here: the column
shows ``LineAmount.amount_cents`` from the overview.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dgw_desktop.domain.budget import BudgetLine, LineAmount
from dgw_desktop.domain.budget_overview import BudgetOverview
from dgw_desktop.domain.formatting import (
    format_decimal,
    format_integer,
    format_money,
    parse_decimal,
    parse_integer,
    parse_money,
)
from dgw_desktop.domain.messages import UserError
from dgw_desktop.ui.budget.budget_source import BudgetSource
from dgw_desktop.ui.commands.budget_commands import EditBudgetLineCommand
from dgw_desktop.ui.commands.store_command import push_edit, translate_error
from dgw_desktop.ui.models.keyed_table_model import KeyedTableModel
from dgw_desktop.ui.widgets.choice_delegate import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
# The figures a reader needs first; the kind of line (visible anyway: grey cells do not apply)
# and the details of hours asked (whose staff, role, hours per week × weeks) on the right.
(
    DESCRIPTION,
    PHASE,
    CATEGORY,
    HOURS,
    RATE,
    AMOUNT,
    BORNE_BY,
    KIND,
    STAFF,
    ROLE,
    PER_WEEK,
    WEEKS,
) = range(12)
COLUMN_COUNT = 12
CHOICE_COLUMNS = (PHASE, CATEGORY, KIND, RATE, BORNE_BY, STAFF)
NUMBER_COLUMNS = (PER_WEEK, WEEKS, HOURS, AMOUNT)
HOURS_ONLY = (PER_WEEK, WEEKS, HOURS, RATE, ROLE, STAFF)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DIMMED = QColor("#f4f4f4")


def money_text(cents: int) -> str:
    """What a money editor starts with: ``1.234,56`` (``parse_money`` reads it back)."""
    return format_money(cents).removeprefix("€ ")


class LineTableModel(KeyedTableModel[LineAmount]):
    def __init__(self, source: BudgetSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = source.session
        source.reloaded.connect(self.refresh)
        self.reload()

    @property
    def overview(self) -> BudgetOverview:
        return self.source.overview

    def reload(self) -> None:
        lines = self.overview.lines
        self.replace_rows(lines, [item.line.id for item in lines], COLUMN_COUNT)

    def line(self, row: int) -> BudgetLine:
        return self.row(row).line

    def row_of_line(self, line_id: str) -> int:
        return self.row_of_key(line_id)

    # -- texts ----------------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                DESCRIPTION: self.tr("Description"),
                PHASE: self.tr("Phase"),
                CATEGORY: self.tr("Category"),
                HOURS: self.tr("Hours"),
                RATE: self.tr("Hourly rate"),
                AMOUNT: self.tr("Amount"),
                BORNE_BY: self.tr("Borne by"),
                KIND: self.tr("Kind"),
                STAFF: self.tr("Staff of"),
                ROLE: self.tr("Role"),
                PER_WEEK: self.tr("Hours/week"),
                WEEKS: self.tr("Weeks"),
            }[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                PER_WEEK: self.tr("Hours per week; with weeks they give the hours."),
                WEEKS: self.tr("Number of weeks; with hours per week they give the hours."),
                BORNE_BY: self.tr("The shared pool is split between a scenario's partners."),
                STAFF: self.tr("Whose employee works these hours (hours asked)."),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMBER_COLUMNS:
            return int(RIGHT)
        return None

    def kind_text(self, line: BudgetLine) -> str:
        return self.tr("Hours") if line.is_hours else self.tr("Fixed amount")

    def shared_text(self) -> str:
        return self.tr("Shared pool")

    def rate_text(self, rate_id: str | None) -> str:
        """A rate's name; None: the default internal rate's (shown in italics)."""
        overview = self.overview
        rate = overview.rate(overview.default_rate_id if rate_id is None else rate_id)
        return rate.name if rate else "?"

    def default_rate_choice(self) -> str:
        return self.tr("Default: {0}").format(self.rate_text(None))

    def _display(self, item: LineAmount, column: int) -> str:
        line = item.line
        overview = self.overview
        if column == DESCRIPTION:
            return line.description
        if column == PHASE:
            return overview.phase_name(line.phase_id)
        if column == CATEGORY:
            return overview.category_name(line.category_id)
        if column == KIND:
            return self.kind_text(line)
        if column == AMOUNT:
            return format_money(item.amount_cents)
        if column == BORNE_BY:
            return overview.municipality_name(line.borne_by_id) or self.shared_text()
        if not line.is_hours:
            return ""
        if column == PER_WEEK:
            return "" if line.hours_per_week is None else format_decimal(line.hours_per_week, 2)
        if column == WEEKS:
            return "" if line.weeks is None else format_integer(line.weeks)
        if column == HOURS:
            return format_decimal(line.hours, 2)
        if column == RATE:
            return self.rate_text(line.rate_id)
        if column == ROLE:
            return line.role
        if column == STAFF:
            return overview.municipality_name(line.municipality_id)
        return ""

    def _edit_value(self, item: LineAmount, column: int) -> Any:
        line = item.line
        values: dict[int, Any] = {
            PHASE: line.phase_id,
            CATEGORY: line.category_id,
            KIND: line.kind,
            RATE: line.rate_id,
            BORNE_BY: line.borne_by_id,
            STAFF: line.municipality_id,
            AMOUNT: money_text(item.amount_cents),
        }
        return values.get(column, self._display(item, column))

    def choices(self, item: LineAmount, column: int) -> list[tuple[str, Any]]:
        overview = self.overview
        towns = [(m.name, m.id) for m in overview.municipalities]
        if column == PHASE:
            return [(p.name, p.id) for p in overview.phases]
        if column == CATEGORY:
            return [(c.name, c.id) for c in overview.categories]
        if column == KIND:
            return [(self.tr("Hours"), "hours"), (self.tr("Fixed amount"), "fixed")]
        if column == RATE:
            entries: list[tuple[str, Any]] = []
            if overview.default_rate_id is not None:
                entries.append((self.default_rate_choice(), None))
            entries += [(f"{r.name} · {format_money(r.cents)}", r.id) for r in overview.rates]
            return entries
        if column == BORNE_BY:
            return [(self.shared_text(), None), *towns]
        if column == STAFF:
            return [("—", None), *towns]
        return []

    # -- Qt model API -----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, column)
        if role == CHOICES_ROLE:
            return self.choices(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and not self._editable(item.line, column):
            return QBrush(DIMMED)
        if role == Qt.ItemDataRole.FontRole and column == RATE and item.line.rate_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, item: LineAmount, column: int) -> str | None:
        line = item.line
        if column == AMOUNT and line.is_hours and item.rate_cents is not None:
            return self.tr("{0} hours × {1} = {2}").format(
                format_decimal(line.hours, 2),
                format_money(item.rate_cents),
                format_money(item.amount_cents),
            )
        if column == HOURS and line.hours_per_week is not None and line.weeks is not None:
            return self.tr("{0} hours per week × {1} weeks").format(
                format_decimal(line.hours_per_week, 2), format_integer(line.weeks)
            )
        if column == RATE and line.is_hours and line.rate_id is None:
            return self.tr("{0}: the project's default internal rate").format(self.rate_text(None))
        text = self._display(item, column)
        return text or None

    def _editable(self, line: BudgetLine, column: int) -> bool:
        if column == AMOUNT:
            return not line.is_hours
        return line.is_hours or column not in HOURS_ONLY

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._editable(self.line(index.row()), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self.row(index.row())
        try:
            after = self.changed_line(item, index.column(), value)
        except UserError as error:
            self.refused.emit(translate_error(error))
            return False
        if after == item.line:
            return True
        error_text = push_edit(self.session, EditBudgetLineCommand(self.session, item.line, after))
        if error_text:
            self.refused.emit(error_text)
            return False
        return True

    def changed_line(self, item: LineAmount, column: int, value: Any) -> BudgetLine:
        """The line with one cell changed; typed numbers parsed (raises on unreadable text)."""
        line = item.line
        replace = dataclasses.replace
        if column == DESCRIPTION:
            return replace(line, description=str(value))
        if column == PHASE:
            return replace(line, phase_id=str(value))
        if column == CATEGORY:
            return replace(line, category_id=str(value))
        if column == KIND:
            if value == line.kind:
                return line
            if value == "fixed":  # keep what the line costs now
                return replace(line, kind="fixed", fixed_cents=item.amount_cents)
            return replace(line, kind="hours", hours=Decimal(0), rate_id=None, fixed_cents=0)
        if column == PER_WEEK:
            return replace(line, hours_per_week=_optional_decimal(str(value)))
        if column == WEEKS:
            text = str(value).strip()
            return replace(line, weeks=parse_integer(text) if text else None)
        if column == HOURS:
            hours = parse_decimal(str(value))
            # Typed hours win over hours per week × weeks (else the store would recompute).
            weeks = None if line.hours_per_week is not None else line.weeks
            return replace(line, hours=hours, weeks=weeks)
        if column == RATE:
            return replace(line, rate_id=value)
        if column == AMOUNT:
            return replace(line, fixed_cents=parse_money(str(value)))
        if column == BORNE_BY:
            return replace(line, borne_by_id=value)
        if column == ROLE:
            return replace(line, role=str(value))
        if column == STAFF:
            return replace(line, municipality_id=value)
        return line


def _optional_decimal(text: str) -> Decimal | None:
    return parse_decimal(text) if text.strip() else None
