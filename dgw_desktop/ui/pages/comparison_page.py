"""Vergelijking: the topics side by side, and which ones to propose to the steering committee.

Columns are topics; rows are the strategic question, domain, municipalities sharing the
underlying challenges, votes, weighted score, the DGW wheel (drawn small) and its segments,
risks, KPIs and origins, all from ``store.comparison.compare_topics``. The first row ticks a
topic to propose (Space on the cell); each tick is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from dgw_desktop.ui.generated.ui_comparison_page import Ui_ComparisonPage
from dgw_desktop.ui.models.comparison_model import PROPOSE, WHEEL, WHEEL_ROLE, ComparisonModel
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets.wheel_delegate import WheelDelegate

STRETCH_UP_TO = 4  # with more topics the columns keep a readable width and scroll


class ComparisonPage(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ComparisonPage()
        self.ui.setupUi(self)
        self.model = ComparisonModel(session, self)
        view = self.ui.comparisonView
        view.setModel(self.model)
        view.setItemDelegateForRow(WHEEL, WheelDelegate(WHEEL_ROLE, view))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        view.horizontalHeader().setMinimumSectionSize(220)
        self.model.refused.connect(self._warn, Qt.ConnectionType.QueuedConnection)
        self.model.modelReset.connect(self._layout)
        self.model.dataChanged.connect(self._update_label)
        self.model.set_paused(True)
        self._layout()

    def _layout(self) -> None:
        header = self.ui.comparisonView.horizontalHeader()
        count = self.model.columnCount()
        mode = (
            QHeaderView.ResizeMode.Stretch
            if count <= STRETCH_UP_TO
            else QHeaderView.ResizeMode.Interactive
        )
        header.setSectionResizeMode(mode)
        if mode is QHeaderView.ResizeMode.Interactive:
            for column in range(count):
                header.resizeSection(column, 260)
        self._update_label()

    def _update_label(self) -> None:
        marked = [c.topic.title for c in self.model.comparisons() if c.topic.marked_for_proposal]
        if not self.model.columnCount():
            text = self.tr("There are no topics yet.")
        elif not marked:
            text = self.tr("No topic is marked to propose yet.")
        else:
            text = self.tr("Marked to propose ({0}): {1}").format(len(marked), "; ".join(marked))
        self.ui.markedLabel.setText(text)

    def focus_proposals(self) -> None:
        """Put the keyboard on the first topic's tick box."""
        view = self.ui.comparisonView
        if self.model.columnCount():
            view.setCurrentIndex(self.model.index(PROPOSE, 0))
        view.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        self.model.set_paused(False)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_paused(True)
        super().hideEvent(event)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)
