"""The DGW wheel of a topic: the wheel drawn beside three tables, one per segment.

Data sources (name, owner, municipality, availability, quality and privacy remarks), People
(role needed, person named, hours a week) and Actions (action, owner, due date, done). The
readiness comes from ``domain.wheel`` over the rows shown, so the wheel redraws with every
edit; the rule is shown in words next to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dgw_desktop.domain.wheel import READINESS_RULE, WHEEL_CONTEXT, Segment, wheel_readiness
from dgw_desktop.store import wheel
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.ui.commands.topic_item_commands import ACTIONS, DATA_SOURCES, ROLES
from dgw_desktop.ui.generated.ui_wheel_tab import Ui_WheelTab
from dgw_desktop.ui.models import topic_item_columns as columns
from dgw_desktop.ui.models.topic_item_model import TopicItemModel
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.topics.item_table import ItemTable
from dgw_desktop.ui.widgets.combo_box_delegate import ComboBoxDelegate
from dgw_desktop.ui.widgets.dgw_wheel import DgwWheel, segment_label

SEGMENT_TABS = (Segment.DATA, Segment.PEOPLE, Segment.ACTIONS)


class WheelTab(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_WheelTab()
        self.ui.setupUi(self)
        self._municipalities: dict[str, str] = {}
        self.source_model = TopicItemModel(
            session,
            DATA_SOURCES,
            columns.source_columns(self._municipality_name),
            wheel.list_data_sources,
            self,
            also_watch=frozenset({"municipality"}),
        )
        self.role_model = TopicItemModel(
            session, ROLES, columns.role_columns(), wheel.list_roles, self
        )
        self.action_model = TopicItemModel(
            session, ACTIONS, columns.action_columns(), wheel.list_actions, self
        )
        self.source_table = ItemTable(
            self.source_model, columns.new_source, self.tr("&Add data source")
        )
        self.role_table = ItemTable(self.role_model, columns.new_role, self.tr("&Add role"))
        self.action_table = ItemTable(self.action_model, columns.new_action, self.tr("&Add action"))
        view = self.source_table.view
        view.setItemDelegateForColumn(
            columns.SOURCE_MUNICIPALITY, ComboBoxDelegate(self._municipality_choices, view)
        )
        view.setItemDelegateForColumn(
            columns.SOURCE_AVAILABILITY, ComboBoxDelegate(columns.availability_choices, view)
        )
        self.source_table.set_stretch_columns({0: 220, 1: 150, 2: 120, 3: 140, 4: 200})
        self.role_table.set_stretch_columns({0: 240, 1: 240})
        self.action_table.set_stretch_columns({0: 360, 1: 160, 2: 100})
        tabs = self.ui.segmentTabs
        for table in (self.source_table, self.role_table, self.action_table):
            tabs.addTab(table, "")
        self.wheel = DgwWheel(self)
        self.wheel.setObjectName("dgwWheel")
        self.ui.wheelLayout.insertWidget(0, self.wheel, 1)
        self.wheel.segment_clicked.connect(self.show_segment)
        self.ui.ruleLabel.setText(QCoreApplication.translate(WHEEL_CONTEXT, READINESS_RULE))
        for model in (self.source_model, self.role_model, self.action_model):
            model.modelReset.connect(self._update_wheel)
            model.dataChanged.connect(self._update_wheel)
        self._reload_municipalities()
        session.changed.connect(self._on_changed)
        self._update_wheel()

    # -- municipalities -------------------------------------------------------------------------
    def _reload_municipalities(self) -> None:
        self._municipalities = {
            m.id: m.name for m in list_municipalities(self.session.project_file)
        }

    def _on_changed(self, table: str) -> None:
        if table == "municipality":
            self._reload_municipalities()

    def _municipality_name(self, municipality_id: str | None) -> str:
        if municipality_id is None:
            return self.tr("All partners")
        return self._municipalities.get(municipality_id, "?")

    def _municipality_choices(self) -> list[tuple[str, Any]]:
        choices: list[tuple[str, Any]] = [(self.tr("All partners"), None)]
        return choices + [(name, key) for key, name in self._municipalities.items()]

    # -- topic and readiness ---------------------------------------------------------------------
    def set_topic(self, topic_id: str | None) -> None:
        for model in (self.source_model, self.role_model, self.action_model):
            model.set_topic(topic_id)
        self._update_wheel()

    def readiness(self) -> Any:
        return wheel_readiness(
            self.source_model.rows(), self.role_model.rows(), self.action_model.rows()
        )

    def _update_wheel(self) -> None:
        readiness = self.readiness()
        self.wheel.set_readiness(readiness)
        titles = (
            self.tr("Data &sources — {0} %"),
            self.tr("Peop&le — {0} %"),
            self.tr("A&ctions — {0} %"),
        )
        for tab, (title, segment) in enumerate(zip(titles, SEGMENT_TABS, strict=True)):
            self.ui.segmentTabs.setTabText(tab, title.format(readiness.segment(segment).percent))
            self.ui.segmentTabs.setTabToolTip(tab, self.wheel.segment_tooltip(segment))
        parts = [f"{segment_label(s.segment)} {s.percent} %" for s in readiness.segments]
        self.ui.figuresLabel.setText(
            self.tr("Wheel {0} % ready").format(readiness.percent) + "\n" + " · ".join(parts)
        )

    def show_segment(self, segment: Segment) -> None:
        table = self.ui.segmentTabs.widget(SEGMENT_TABS.index(segment))
        self.ui.segmentTabs.setCurrentWidget(table)
        assert isinstance(table, ItemTable)
        table.view.setFocus()
