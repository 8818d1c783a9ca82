"""Onderwerpen: candidate pilot topics, each with its editor, and the comparison.

Tab "Topics": the list (title, domain, status, marked for proposal, wheel readiness) above
the editor of the selected topic (general, origins, risks, KPIs, DGW wheel). Tab
"Comparison": the topics side by side, where the topics to propose are marked. Keys: Insert
a new topic, Delete the selected topic (in the list); every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QMessageBox, QWidget

from dgw_desktop.domain.topics import Topic
from dgw_desktop.store.themes import theme_summaries
from dgw_desktop.ui.commands.store_command import StoreCommand, push_edit
from dgw_desktop.ui.commands.topic_commands import AddTopicCommand, DeleteTopicCommand
from dgw_desktop.ui.dialogs.origin_chooser_dialog import OriginChooserDialog
from dgw_desktop.ui.generated.ui_topics_page import Ui_TopicsPage
from dgw_desktop.ui.models.entity_table_model import ID_ROLE
from dgw_desktop.ui.models.filter_proxy import TableFilterProxy
from dgw_desktop.ui.models.topic_list_model import (
    DOMAIN,
    MARKED,
    STATUS,
    TITLE,
    WHEEL,
    TopicListModel,
)
from dgw_desktop.ui.pages.comparison_page import ComparisonPage
from dgw_desktop.ui.priorities.shortcuts import scoped_shortcut
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.topics.topic_editor import TopicEditor

# Where the readiness dashboard's items lead (``domain.readiness.PAGE_*``).
COMPARISON_KEY = "comparison"

_SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class TopicsPage(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_TopicsPage()
        self.ui.setupUi(self)
        self.model = TopicListModel(session, self)
        self.proxy = TableFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.topicView
        view.setModel(self.proxy)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DOMAIN, STATUS, MARKED, WHEEL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.editor = TopicEditor(session)
        self.ui.editorLayout.addWidget(self.editor, 1)
        self.comparison_page = ComparisonPage(session)
        self.ui.pageTabs.addTab(self.comparison_page, self.tr("C&omparison"))
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([150, 600])

        self._current_id: str | None = None
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self.ui.newButton.clicked.connect(self.new_topic)
        self.ui.newFromThemeButton.clicked.connect(self.new_topic_from_themes)
        self.ui.deleteButton.clicked.connect(self.delete_topic)
        scoped_shortcut(QKeySequence(Qt.Key.Key_Insert), self.ui.listPanel, self.new_topic)
        scoped_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), view, self.delete_topic)
        self._restore()

    # -- selection ------------------------------------------------------------------------------
    def current_topic_id(self) -> str | None:
        return self._current_id

    def select_topic(self, topic_id: str | None) -> None:
        view = self.ui.topicView
        row = self.model.row_of(topic_id) if topic_id else -1
        if row < 0:
            if self.proxy.rowCount():
                view.selectionModel().setCurrentIndex(self.proxy.index(0, 0), _SELECT)
            else:
                self._show(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        view.selectionModel().setCurrentIndex(index, _SELECT)
        view.scrollTo(index)
        self._show(topic_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(str(current.data(ID_ROLE)) if current.isValid() else None)

    def _show(self, topic_id: str | None) -> None:
        if topic_id == self._current_id and self.editor.topic is not None:
            return
        self._current_id = topic_id
        self.editor.set_topic(topic_id)
        self.ui.emptyLabel.setVisible(topic_id is None)
        self.editor.setVisible(topic_id is not None)
        self._update()

    def _remember(self) -> None:
        self._remembered = self._current_id

    def _restore(self) -> None:
        remembered = getattr(self, "_remembered", None)
        if remembered is not None and self.model.row_of(remembered) < 0:
            self._current_id = None  # it was deleted (or its addition undone)
        self.select_topic(remembered)
        self._update()

    def _update(self) -> None:
        has_topic = self._current_id is not None
        self.ui.deleteButton.setEnabled(has_topic)
        self.ui.countLabel.setText(self.tr("{0} topics").format(self.model.rowCount()))

    # -- actions --------------------------------------------------------------------------------
    def new_topic(self) -> None:
        title, accepted = QInputDialog.getText(self, self.tr("New topic"), self.tr("Title:"))
        if not accepted:
            return
        self._add(Topic(title=title))

    def new_topic_from_themes(self) -> None:
        """Nieuw onderwerp uit thema…: a topic grown from the themes chosen."""
        dialog = OriginChooserDialog(
            self.session.project_file,
            self.tr("Which themes does the new topic grow from? The themes stay as they are."),
            themes_only=True,
            parent=self,
        )
        dialog.setWindowTitle(self.tr("New topic from theme"))
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen:
            return
        domains = {t.id: t.domain_id for t in theme_summaries(self.session.project_file)}
        chosen_domains = {domains.get(row.target.id) for row in dialog.chosen}
        topic = Topic(
            title=" / ".join(row.text for row in dialog.chosen),
            domain_id=chosen_domains.pop() if len(chosen_domains) == 1 else None,
            origins=tuple(row.target for row in dialog.chosen),
        )
        self._add(topic)

    def _add(self, topic: Topic) -> None:
        command = AddTopicCommand(self.session, topic)
        if self._push(command):
            self.ui.pageTabs.setCurrentIndex(0)
            self.select_topic(command.topic.id)
            self.editor.ui.editorTabs.setCurrentIndex(0)
            self.editor.ui.titleEdit.setFocus()
            self.editor.ui.titleEdit.selectAll()

    def delete_topic(self) -> None:
        topic = self.editor.topic
        if topic is not None:
            self._push(DeleteTopicCommand(self.session, topic))

    # -- from the readiness dashboard -------------------------------------------------------------
    def navigate_to(self, key: str, target_id: str | None = None) -> None:
        """Show what a readiness item points at: the comparison, or a topic's editor."""
        if key == COMPARISON_KEY:
            self.ui.pageTabs.setCurrentWidget(self.comparison_page)
            self.comparison_page.focus_proposals()
            return
        self.ui.pageTabs.setCurrentIndex(0)
        if target_id:
            self.select_topic(target_id)
        self.ui.topicView.setFocus()

    # -- messages -------------------------------------------------------------------------------
    def _push(self, command: StoreCommand) -> bool:
        error = push_edit(self.session, command)
        if error:
            QMessageBox.warning(self, self.tr("Not saved"), error)
            return False
        return True
