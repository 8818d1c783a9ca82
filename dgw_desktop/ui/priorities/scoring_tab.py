"""Weighted criteria scoring: criteria and weights, 1–5 scores, the ranking with dissent.

Keys in the score grid: 1–5 sets the score of the current cell and moves on, Delete or 0
clears it, F2 opens the editor. Every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from dgw_desktop.domain.entities import Criterion, Target
from dgw_desktop.domain.scoring import DISSENT_RULE
from dgw_desktop.domain.validation import MAX_WEIGHT, SCORE_MAX, SCORE_MIN
from dgw_desktop.store.priority_targets import missing_default_criteria, workshop_targets
from dgw_desktop.store.scoring import list_criteria
from dgw_desktop.ui.commands.priority_commands import (
    AddCriterionCommand,
    AddDefaultCriteriaCommand,
    DeleteCriterionCommand,
)
from dgw_desktop.ui.generated.ui_scoring_tab import Ui_ScoringTab
from dgw_desktop.ui.models.criteria_table_model import NAME, WEIGHT, CriteriaTableModel
from dgw_desktop.ui.models.ranking_table_model import (
    DISSENT,
    KIND,
    RANK,
    SCORE,
    TEXT,
    RankingTableModel,
)
from dgw_desktop.ui.models.score_grid_model import ScoreGridModel
from dgw_desktop.ui.models.target_kinds import kind_label
from dgw_desktop.ui.priorities.choosers import current_id, fill_combo, workshop_entries
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut
from dgw_desktop.ui.priorities.tab_base import PriorityTab
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets.spin_box_delegate import SpinBoxDelegate

TARGET_WATCHED = frozenset({"challenge", "theme"})


def target_key(target: Target) -> str:
    return f"{target.kind}:{target.id}"


def key_target(key: str | None) -> Target | None:
    if not key:
        return None
    kind, _, target_id = key.partition(":")
    return Target.theme(target_id) if kind == "theme" else Target.challenge(target_id)


class ScoringTab(PriorityTab):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_ScoringTab()
        self.ui.setupUi(self)
        self.criteria_model = CriteriaTableModel(session, self)
        self.score_model = ScoreGridModel(session, self)
        self.ranking_model = RankingTableModel(session, self)
        self._setup_views()
        self.watch_models([self.criteria_model, self.score_model, self.ranking_model])
        self.ui.workshopCombo.currentIndexChanged.connect(self._workshop_chosen)
        self.ui.targetCombo.currentIndexChanged.connect(self._target_chosen)
        self.ui.wholeProjectCheck.toggled.connect(self._scope_changed)
        self.ui.addCriterionButton.clicked.connect(self.add_criterion)
        self.ui.criterionNameEdit.returnPressed.connect(self.add_criterion)
        self.ui.removeCriterionButton.clicked.connect(self.remove_criterion)
        self.ui.defaultCriteriaButton.clicked.connect(self.add_default_criteria)
        self.ui.rankingView.activated.connect(self._score_ranked)
        self.ui.criteriaView.selectionModel().selectionChanged.connect(self._update_buttons)
        scoped_shortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.ui.criteriaView,
            self.remove_criterion,
        )
        rule = QCoreApplication.translate("Scoring", DISSENT_RULE)
        self.ui.dissentLegendLabel.setText("⚠ " + rule)
        self.ui.dissentLegendLabel.setToolTip(rule)
        self._refill_workshops()
        self._update_buttons()

    def _setup_views(self) -> None:
        criteria = self.ui.criteriaView
        criteria.setModel(self.criteria_model)
        criteria.verticalHeader().setVisible(False)
        criteria.setItemDelegateForColumn(WEIGHT, SpinBoxDelegate(1, MAX_WEIGHT, criteria))
        criteria.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        criteria.horizontalHeader().setSectionResizeMode(
            WEIGHT, QHeaderView.ResizeMode.ResizeToContents
        )
        scores = self.ui.scoreView
        scores.setModel(self.score_model)
        scores.setItemDelegate(SpinBoxDelegate(SCORE_MIN, SCORE_MAX, scores, empty_text="–"))
        triggers = QAbstractItemView.EditTrigger
        scores.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed)
        scores.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        scores.horizontalHeader().setMinimumSectionSize(80)
        scores.horizontalHeader().setStretchLastSection(True)
        scores.verticalHeader().setDefaultSectionSize(scores.fontMetrics().height() + 10)
        scores.installEventFilter(self)
        self.score_model.modelReset.connect(self._start_in_consensus_row)
        ranking = self.ui.rankingView
        ranking.setModel(self.ranking_model)
        ranking.verticalHeader().setVisible(False)
        header = ranking.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (RANK, KIND, SCORE, DISSENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.topSplitter.setStretchFactor(0, 2)
        self.ui.topSplitter.setStretchFactor(1, 3)
        self.ui.topSplitter.setSizes([380, 760])
        self.ui.verticalSplitter.setStretchFactor(0, 3)
        self.ui.verticalSplitter.setStretchFactor(1, 2)

    # -- choosing ------------------------------------------------------------------------------
    @property
    def workshop_id(self) -> str | None:
        return current_id(self.ui.workshopCombo)

    @property
    def target(self) -> Target | None:
        return key_target(current_id(self.ui.targetCombo))

    def _refill_workshops(self) -> None:
        fill_combo(
            self.ui.workshopCombo, workshop_entries(self.session.project_file), self.workshop_id
        )
        self._workshop_chosen()

    def _workshop_chosen(self) -> None:
        self._refill_targets()
        self._scope_changed()

    def _refill_targets(self) -> None:
        infos = (
            workshop_targets(self.session.project_file, self.workshop_id)
            if self.workshop_id
            else []
        )
        entries = [(f"{kind_label(i.kind)}: {i.text}", target_key(i.target)) for i in infos]
        fill_combo(self.ui.targetCombo, entries, current_id(self.ui.targetCombo))
        self._target_chosen()

    def _target_chosen(self) -> None:
        if (self.score_model.workshop_id, self.score_model.target) != (
            self.workshop_id,
            self.target,
        ):
            self.score_model.set_target(self.workshop_id, self.target)

    def select_target(self, target: Target) -> bool:
        index = self.ui.targetCombo.findData(target_key(target))
        if index >= 0:
            self.ui.targetCombo.setCurrentIndex(index)
        return index >= 0

    def _scope_changed(self) -> None:
        self.ranking_model.set_scope(self.workshop_id, self.ui.wholeProjectCheck.isChecked())

    def _score_ranked(self, index: QModelIndex) -> None:
        if self.select_target(self.ranking_model.row(index.row()).target):
            self.ui.scoreView.setFocus()

    def catch_up(self) -> None:
        self._refill_workshops()
        self._update_buttons()

    def on_changed(self, table: str) -> None:
        if table == "workshop":
            self._refill_workshops()
        elif table in TARGET_WATCHED:
            self._refill_targets()
        elif table == "criterion":
            self._update_buttons()

    # -- criteria ------------------------------------------------------------------------------
    def add_criterion(self) -> None:
        name = self.ui.criterionNameEdit.text()
        existing = list_criteria(self.session.project_file)
        criterion = Criterion(
            name=name,
            weight=self.ui.weightSpin.value(),
            position=max((c.position for c in existing), default=-1) + 1,
        )
        if self.push(AddCriterionCommand(self.session, criterion)):
            self.ui.criterionNameEdit.clear()
            self.ui.weightSpin.setValue(1)

    def remove_criterion(self) -> None:
        rows = self.ui.criteriaView.selectionModel().selectedRows()
        if rows:
            criterion = self.criteria_model.row(rows[0].row())
            self.push(DeleteCriterionCommand(self.session, criterion.id))

    def add_default_criteria(self) -> None:
        if missing_default_criteria(self.session.project_file):
            self.push(AddDefaultCriteriaCommand(self.session))

    def _update_buttons(self) -> None:
        has_selection = bool(self.ui.criteriaView.selectionModel().selectedRows())
        self.ui.removeCriterionButton.setEnabled(has_selection)
        missing = missing_default_criteria(self.session.project_file)
        self.ui.defaultCriteriaButton.setEnabled(bool(missing))
        self.ui.defaultCriteriaButton.setToolTip(", ".join(missing))

    # -- keyboard entry in the score grid ------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.ui.scoreView
        if (
            watched is view
            and event.type() == QEvent.Type.KeyPress
            and view.state() != QAbstractItemView.State.EditingState
        ):
            assert isinstance(event, QKeyEvent)
            if self._score_key(event):
                return True
        return super().eventFilter(watched, event)

    def _score_key(self, event: QKeyEvent) -> bool:
        index = self.ui.scoreView.currentIndex()
        if not index.isValid() or self.score_model.is_result_row(index.row()):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        text = event.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or text == "0":
            self.score_model.set_score(index.row(), index.column(), None)
            return True
        if text.isdigit():  # 6–9 are refused by the store, with its message
            if self.score_model.set_score(index.row(), index.column(), int(text)):
                self._advance(index)
            return True
        return False

    def _start_in_consensus_row(self) -> None:
        if self.score_model.rowCount() > 1 and self.score_model.columnCount():
            self.ui.scoreView.setCurrentIndex(self.score_model.index(1, 0))

    def _advance(self, index: QModelIndex) -> None:
        """Move to the next criterion, or to the next participant's first criterion."""
        model = self.score_model
        row, column = index.row(), index.column() + 1
        if column >= model.columnCount():
            row, column = row + 1, 0
        if row < model.rowCount() and not model.is_result_row(row):
            self.ui.scoreView.setCurrentIndex(model.index(row, column))
