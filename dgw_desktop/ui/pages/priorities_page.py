"""Prioriteren: dot voting, weighted criteria scoring and the impact–effort map, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dgw_desktop.ui.generated.ui_priorities_page import Ui_PrioritiesPage
from dgw_desktop.ui.priorities.impact_map_tab import ImpactMapTab
from dgw_desktop.ui.priorities.scoring_tab import ScoringTab
from dgw_desktop.ui.priorities.voting_tab import VotingTab
from dgw_desktop.ui.session import ProjectSession


class PrioritiesPage(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_PrioritiesPage()
        self.ui.setupUi(self)
        self.voting_tab = VotingTab(session)
        self.scoring_tab = ScoringTab(session)
        self.impact_map_tab = ImpactMapTab(session)
        tabs = self.ui.tabWidget
        tabs.addTab(self.voting_tab, self.tr("&Dot voting"))
        tabs.addTab(self.scoring_tab, self.tr("Criteria &scoring"))
        tabs.addTab(self.impact_map_tab, self.tr("&Impact–effort map"))

    def show_tab(self, tab: QWidget) -> None:
        self.ui.tabWidget.setCurrentWidget(tab)
