"""The editor of one topic: general fields and status, origins, risks, KPIs and the wheel.

A field is saved when the user leaves it (Tab, or another field); each save, status change,
origin change and row edit is one undo step through the store. The status offers only the
changes the project group may make (``domain.topics.MANUAL_TRANSITIONS``) and shows the rule;
a refused change shows the domain's message.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from dgw_desktop.domain.topics import (
    MANUAL_TRANSITIONS,
    STATUS_RULE,
    TOPIC_CONTEXT,
    Topic,
    TopicStatus,
)
from dgw_desktop.store import topic_details
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.topics import get_topic
from dgw_desktop.ui.commands.store_command import StoreCommand, push_edit
from dgw_desktop.ui.commands.topic_commands import ChangeTopicStatusCommand, UpdateTopicCommand
from dgw_desktop.ui.commands.topic_item_commands import KPIS, RISKS
from dgw_desktop.ui.dialogs.origin_chooser_dialog import OriginChooserDialog
from dgw_desktop.ui.generated.ui_topic_editor import Ui_TopicEditor
from dgw_desktop.ui.models import topic_item_columns as columns
from dgw_desktop.ui.models.origin_models import FEEDS, KIND, TEXT, OriginListModel
from dgw_desktop.ui.models.topic_item_model import TopicItemModel
from dgw_desktop.ui.models.topic_list_model import status_text
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.topics.item_table import ItemTable
from dgw_desktop.ui.topics.wheel_tab import WheelTab
from dgw_desktop.ui.widgets.spin_box_delegate import SpinBoxDelegate

GENERAL_TAB, ORIGINS_TAB, RISKS_TAB, KPIS_TAB, WHEEL_TAB = range(5)


class TopicEditor(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_TopicEditor()
        self.ui.setupUi(self)
        self.topic: Topic | None = None
        ui = self.ui
        ui.statusRuleLabel.setText(QCoreApplication.translate(TOPIC_CONTEXT, STATUS_RULE))

        self.origin_model = OriginListModel(session.project_file, self)
        view = ui.originView
        view.setModel(self.origin_model)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FEEDS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FEEDS, 240)

        self.risk_model = TopicItemModel(
            session, RISKS, columns.risk_columns(), topic_details.list_risks, self
        )
        self.kpi_model = TopicItemModel(
            session, KPIS, columns.kpi_columns(), topic_details.list_kpis, self
        )
        self.risk_table = ItemTable(self.risk_model, columns.new_risk, self.tr("&Add risk"))
        self.kpi_table = ItemTable(self.kpi_model, columns.new_kpi, self.tr("&Add KPI"))
        risk_view = self.risk_table.view
        for column in (columns.RISK_LIKELIHOOD, columns.RISK_IMPACT):
            risk_view.setItemDelegateForColumn(column, SpinBoxDelegate(1, 5, risk_view))
        self.risk_table.set_stretch_columns({0: 380, 1: 90, 2: 80, 3: 70})
        self.kpi_table.set_stretch_columns({0: 330, 1: 90, 2: 120, 3: 170, 4: 70, 5: 70})
        ui.risksLayout.addWidget(self.risk_table)
        ui.kpisLayout.addWidget(self.kpi_table)
        self.wheel_tab = WheelTab(session)
        ui.editorTabs.addTab(self.wheel_tab, self.tr("DGW &wheel"))

        ui.titleEdit.editingFinished.connect(self._save_fields)
        ui.questionEdit.installEventFilter(self)
        ui.descriptionEdit.installEventFilter(self)
        ui.domainCombo.activated.connect(lambda _row: self._save_fields())
        ui.statusCombo.activated.connect(self._status_chosen)
        ui.addOriginButton.clicked.connect(self.add_origins)
        ui.removeOriginButton.clicked.connect(self.remove_origins)
        scoped_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), view, self.remove_origins)
        scoped_shortcut(QKeySequence(Qt.Key.Key_Insert), view, self.add_origins)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        session.changed.connect(self._on_changed)
        self._fill_domains()
        self.set_topic(None)

    # -- loading --------------------------------------------------------------------------------
    def set_topic(self, topic_id: str | None) -> None:
        """Show this topic (None: nothing to edit)."""
        if self.topic is not None and topic_id != self.topic.id:
            self._save_fields()  # a field left by a click on another topic
        self.topic = get_topic(self.session.project_file, topic_id) if topic_id else None
        self._show_topic()
        current = self.topic.id if self.topic else None
        for model in (self.risk_model, self.kpi_model):
            model.set_topic(current)
        self.wheel_tab.set_topic(current)

    def _show_topic(self) -> None:
        ui, topic = self.ui, self.topic
        self.setEnabled(topic is not None)
        with QSignalBlocker(ui.domainCombo), QSignalBlocker(ui.statusCombo):
            if topic is None:
                ui.titleEdit.clear()
                ui.questionEdit.clear()
                ui.descriptionEdit.clear()
                ui.statusCombo.clear()
                ui.markedLabel.clear()
            else:
                self._set_text(topic)
                ui.domainCombo.setCurrentIndex(max(ui.domainCombo.findData(topic.domain_id), 0))
                self._fill_statuses(topic)
        self.origin_model.set_topic(topic)
        ui.originView.resizeRowsToContents()
        self._update_buttons()

    def _set_text(self, topic: Topic) -> None:
        ui = self.ui
        if ui.titleEdit.text().strip() != topic.title:
            ui.titleEdit.setText(topic.title)
        if ui.questionEdit.toPlainText().strip() != topic.strategic_question:
            ui.questionEdit.setPlainText(topic.strategic_question)
        if ui.descriptionEdit.toPlainText().strip() != topic.description:
            ui.descriptionEdit.setPlainText(topic.description)
        marked = self.tr("✔ Marked to propose to the steering committee")
        ui.markedLabel.setText(marked if topic.marked_for_proposal else "")

    def _fill_statuses(self, topic: Topic) -> None:
        combo = self.ui.statusCombo
        combo.clear()
        allowed = MANUAL_TRANSITIONS[topic.status]
        for status in TopicStatus:
            if status is topic.status or status in allowed:
                combo.addItem(status_text(status), status)
        combo.setCurrentIndex(combo.findData(topic.status))
        combo.setEnabled(bool(allowed))
        tip = QCoreApplication.translate(TOPIC_CONTEXT, STATUS_RULE)
        if not allowed:
            tip = self.tr("Only the steering committee changes a chosen topic.") + "\n" + tip
        combo.setToolTip(tip)

    def _fill_domains(self) -> None:
        combo = self.ui.domainCombo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("Across domains"), None)
            for domain in list_domains(self.session.project_file):
                combo.addItem(domain.name, domain.id)
            if self.topic is not None:
                combo.setCurrentIndex(max(combo.findData(self.topic.domain_id), 0))

    def _on_changed(self, table: str) -> None:
        if table == "domain":
            self._fill_domains()
        elif table in ("topic", "theme") and self.topic is not None:
            topic = get_topic(self.session.project_file, self.topic.id)
            if topic is not None:
                self.topic = topic
                self._show_topic()

    # -- saving ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (
            self.ui.questionEdit,
            self.ui.descriptionEdit,
        ):
            self._save_fields()
        return super().eventFilter(watched, event)

    def _save_fields(self) -> None:
        before = self.topic
        if before is None:
            return
        ui = self.ui
        after = dataclasses.replace(
            before,
            title=ui.titleEdit.text(),
            domain_id=ui.domainCombo.currentData(),
            strategic_question=ui.questionEdit.toPlainText(),
            description=ui.descriptionEdit.toPlainText(),
        )
        stripped = (
            after.title.strip(),
            after.strategic_question.strip(),
            after.description.strip(),
        )
        if stripped == (before.title, before.strategic_question, before.description) and (
            after.domain_id == before.domain_id
        ):
            return
        text = self.tr("Edit topic “{0}”").format(before.title)
        if not self._push(UpdateTopicCommand(self.session, before, after, text)):
            self._show_topic()

    def _status_chosen(self, row: int) -> None:
        topic = self.topic
        status = self.ui.statusCombo.itemData(row)
        if topic is None or status is None or status == topic.status:
            return
        self._save_fields()  # a question typed just now counts for the proposal
        if not self._push(ChangeTopicStatusCommand(self.session, topic.id, status)):
            with QSignalBlocker(self.ui.statusCombo):
                self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(topic.status))

    # -- origins --------------------------------------------------------------------------------
    def add_origins(self) -> None:
        topic = self.topic
        if topic is None:
            return
        dialog = OriginChooserDialog(
            self.session.project_file,
            self.tr("Which themes or challenges did “{0}” grow from?").format(topic.title),
            exclude=topic.origins,
            parent=self,
        )
        dialog.setWindowTitle(self.tr("Add origins"))
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen:
            return
        after = dataclasses.replace(
            topic, origins=topic.origins + tuple(row.target for row in dialog.chosen)
        )
        self._push(UpdateTopicCommand(self.session, topic, after, self.tr("Add origins")))

    def remove_origins(self) -> None:
        topic = self.topic
        rows = {i.row() for i in self.ui.originView.selectionModel().selectedRows()}
        if topic is None or not rows:
            return
        gone = {self.origin_model.origin(row).target for row in rows}
        after = dataclasses.replace(topic, origins=tuple(o for o in topic.origins if o not in gone))
        self._push(UpdateTopicCommand(self.session, topic, after, self.tr("Remove origins")))

    def _update_buttons(self) -> None:
        selected = bool(self.ui.originView.selectionModel().selectedRows())
        self.ui.removeOriginButton.setEnabled(self.topic is not None and selected)

    # -- messages -------------------------------------------------------------------------------
    def _push(self, command: StoreCommand) -> bool:
        error = push_edit(self.session, command)
        if error:
            QMessageBox.warning(self, self.tr("Not saved"), error)
            return False
        return True
