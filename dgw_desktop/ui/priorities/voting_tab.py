"""Dot voting: choose a workshop and a round, enter the dots, see the ranked results.

Keys in the dots table: a number opens the editor, + and − give or take one dot, Delete
takes all dots away. Every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from dgw_desktop.domain.entities import VoteRound
from dgw_desktop.domain.formatting import format_integer
from dgw_desktop.store.participants import list_participants
from dgw_desktop.store.voting import dots_budget, get_round, list_rounds, vote_results
from dgw_desktop.ui.commands.priority_commands import (
    AddRoundCommand,
    DeleteRoundCommand,
    EditRoundCommand,
)
from dgw_desktop.ui.dialogs.vote_round_dialog import VoteRoundDialog
from dgw_desktop.ui.generated.ui_voting_tab import Ui_VotingTab
from dgw_desktop.ui.models.filter_proxy import TableFilterProxy
from dgw_desktop.ui.models.target_kinds import KIND_COLORS, kind_label
from dgw_desktop.ui.models.vote_table_model import DOTS, KIND, TEXT, VoteTableModel
from dgw_desktop.ui.priorities.choosers import current_id, fill_combo, workshop_entries
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut
from dgw_desktop.ui.priorities.tab_base import PriorityTab
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets.bar_chart import Bar, BarChart
from dgw_desktop.ui.widgets.spin_box_delegate import SpinBoxDelegate

MAX_DOTS_TYPED = 9999  # the store decides what fits; the editor only keeps typing sane
PLUS_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
MINUS_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class VotingTab(PriorityTab):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_VotingTab()
        self.ui.setupUi(self)
        self.model = VoteTableModel(session, self)
        self.proxy = TableFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.voteView
        view.setModel(self.proxy)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setVisible(False)
        view.setItemDelegateForColumn(DOTS, SpinBoxDelegate(0, MAX_DOTS_TYPED, view))
        triggers = QAbstractItemView.EditTrigger
        view.setEditTriggers(
            triggers.DoubleClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
            | triggers.SelectedClicked
        )
        header = view.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DOTS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(DOTS, 90)
        view.installEventFilter(self)
        self.chart = BarChart()
        self.chart.setObjectName("voteChart")
        self.chart.set_legend(
            [
                (kind_label("theme"), KIND_COLORS["theme"]),
                (kind_label("challenge"), KIND_COLORS["challenge"]),
            ]
        )
        self.ui.chartArea.setWidget(self.chart)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([640, 480])

        self.watch_models([self.model])
        self.proxy.modelReset.connect(self._keep_current_cell)
        self.ui.filterEdit.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.workshopCombo.currentIndexChanged.connect(self._workshop_chosen)
        self.ui.roundCombo.currentIndexChanged.connect(self._round_chosen)
        self.ui.newRoundButton.clicked.connect(self.new_round)
        self.ui.editRoundButton.clicked.connect(self.edit_round)
        self.ui.deleteRoundButton.clicked.connect(self.delete_round)
        scoped_shortcut(
            QKeySequence(QKeySequence.StandardKey.Find), self, self.ui.filterEdit.setFocus
        )
        self._refill_workshops()

    # -- choosing ------------------------------------------------------------------------------
    @property
    def workshop_id(self) -> str | None:
        return current_id(self.ui.workshopCombo)

    @property
    def round_id(self) -> str | None:
        return current_id(self.ui.roundCombo)

    def _refill_workshops(self) -> None:
        fill_combo(
            self.ui.workshopCombo, workshop_entries(self.session.project_file), self.workshop_id
        )
        self._refill_rounds()

    def _refill_rounds(self, keep: str | None = None) -> None:
        rounds = (
            list_rounds(self.session.project_file, self.workshop_id) if self.workshop_id else []
        )
        entries = [
            (self.tr("{0} ({1} dots each)").format(r.name, r.dots_per_participant), r.id)
            for r in rounds
        ]
        fill_combo(self.ui.roundCombo, entries, keep or self.round_id)
        self._round_chosen()

    def _workshop_chosen(self) -> None:
        self._refill_rounds()

    def _round_chosen(self) -> None:
        if (self.model.workshop_id, self.model.round_id) != (self.workshop_id, self.round_id):
            self.model.set_round(self.workshop_id, self.round_id)
        has_round = self.round_id is not None
        self.ui.newRoundButton.setEnabled(self.workshop_id is not None)
        self.ui.editRoundButton.setEnabled(has_round)
        self.ui.deleteRoundButton.setEnabled(has_round)
        self._show_results()

    def select_round(self, round_id: str) -> None:
        index = self.ui.roundCombo.findData(round_id)
        if index >= 0:
            self.ui.roundCombo.setCurrentIndex(index)

    def on_changed(self, table: str) -> None:
        if table == "workshop":
            self._refill_workshops()
        elif table == "vote_round":
            self._refill_rounds()
        elif table in ("vote", "participant", "challenge", "theme"):
            self._show_results()

    def catch_up(self) -> None:
        self._refill_workshops()

    # -- rounds ------------------------------------------------------------------------------
    def _participants(self) -> int:
        workshop_id = self.workshop_id
        return len(list_participants(self.session.project_file, workshop_id)) if workshop_id else 0

    def new_round(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        rounds = list_rounds(self.session.project_file, workshop_id)
        proposal = VoteRound(
            workshop_id=workshop_id,
            name=self.tr("Round {0}").format(len(rounds) + 1),
            position=max((r.position for r in rounds), default=-1) + 1,
        )
        dialog = VoteRoundDialog(proposal, self._participants(), self)
        dialog.setWindowTitle(self.tr("New voting round"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_round:
            if self.push(AddRoundCommand(self.session, dialog.result_round)):
                self.select_round(dialog.result_round.id)

    def edit_round(self) -> None:
        if self.round_id is None:
            return
        before = get_round(self.session.project_file, self.round_id)
        dialog = VoteRoundDialog(before, self._participants(), self)
        dialog.setWindowTitle(self.tr("Edit voting round"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_round:
            if dialog.result_round != before:
                self.push(EditRoundCommand(self.session, before, dialog.result_round))

    def delete_round(self) -> None:
        if self.round_id is not None:
            self.push(DeleteRoundCommand(self.session, self.round_id))

    # -- keyboard entry ------------------------------------------------------------------------
    def current_source_row(self) -> int:
        index = self.ui.voteView.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.ui.voteView
        if watched is view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if view.state() != QAbstractItemView.State.EditingState and self._key(event):
                return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        row = self.current_source_row()
        key = event.key()
        if row < 0:
            return False
        if key in PLUS_KEYS:
            self.model.add_dots(row, 1)
            return True
        if key in MINUS_KEYS:
            self.model.add_dots(row, -1)
            return True
        if key in CLEAR_KEYS:
            self.model.set_dots(row, 0)
            return True
        if event.text().isdigit() or key == Qt.Key.Key_F2:
            # Typing a number edits the dots, whichever cell of the row is current.
            current = self.ui.voteView.currentIndex()
            if current.column() != DOTS:
                self.ui.voteView.setCurrentIndex(current.siblingAtColumn(DOTS))
        return False

    def _keep_current_cell(self) -> None:
        view = self.ui.voteView
        if not view.currentIndex().isValid() and self.proxy.rowCount():
            view.setCurrentIndex(self.proxy.index(0, DOTS))

    # -- budget and results --------------------------------------------------------------------
    def _show_results(self) -> None:
        round_id = self.round_id
        project_file = self.session.project_file
        if round_id is None:
            if self.workshop_id is None:
                self.ui.budgetLabel.setText(self.tr("Add a workshop first."))
            else:
                self.ui.budgetLabel.setText(
                    self.tr("No voting round in this workshop yet: make one with New round.")
                )
            self.chart.set_bars([])
            self.chart.set_empty_text(self.tr("No voting round chosen."))
            return
        budget = dots_budget(project_file, round_id)
        color = "#1b7f3b" if budget.left > 0 else "#b00020"
        self.ui.budgetLabel.setText(
            self.tr(
                "Dots used: <b>{0}</b> of {1} ({2} participants × {3})"
                " &nbsp;·&nbsp; left: <b style='color:{4}'>{5}</b>"
            ).format(
                format_integer(budget.used),
                format_integer(budget.available),
                format_integer(budget.participants),
                format_integer(budget.dots_per_participant),
                color,
                format_integer(budget.left),
            )
        )
        bars: list[Bar] = []
        rank = 0
        results = vote_results(project_file, round_id)
        for position, result in enumerate(results, start=1):
            if position == 1 or result.dots != results[position - 2].dots:
                rank = position  # equal dots share a rank: 1, 2, 2, 4
            bars.append(
                Bar(
                    label=f"{rank}. {result.text}",
                    value=result.dots,
                    color=KIND_COLORS[result.target.kind],
                    tooltip=self.tr("{0} ({1}): {2} dots").format(
                        result.text, kind_label(result.target.kind), format_integer(result.dots)
                    ),
                )
            )
        self.chart.set_empty_text(self.tr("No dots given in this round yet."))
        self.chart.set_bars(bars)
