"""Choose the topics put to a steering-committee meeting.

The topics marked for proposal (on the comparison) come first; any other topic can be shown
and ticked too. Topics the status rules do not let be proposed are shown greyed out, with
the rule's own message as the reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from dgw_desktop.domain.messages import UserError
from dgw_desktop.domain.topics import Topic, TopicStatus, check_manual_transition
from dgw_desktop.ui.commands.store_command import translate_error
from dgw_desktop.ui.dialogs.form_helpers import ID_ROLE
from dgw_desktop.ui.generated.ui_proposals_dialog import Ui_ProposalsDialog
from dgw_desktop.ui.models.proposal_table_model import status_text


def _refusal(topic: Topic) -> str:
    """Why the topic cannot be put to a meeting, or "" when it can."""
    try:
        check_manual_transition(topic, TopicStatus.PROPOSED)
    except UserError as error:
        return translate_error(error)
    return ""


class ProposalsDialog(QDialog):
    def __init__(
        self,
        topics: Sequence[Topic],
        current_ids: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProposalsDialog()
        self.ui.setupUi(self)
        self.chosen_ids: tuple[str, ...] = tuple(current_ids)
        by_id = {topic.id: topic for topic in topics}
        current = [by_id[i] for i in current_ids if i in by_id]
        marked = [t for t in topics if t.marked_for_proposal and t.id not in current_ids]
        others = [t for t in topics if not t.marked_for_proposal and t.id not in current_ids]
        self._shown_always = {t.id for t in (*current, *marked)}
        for topic in (*current, *marked, *others):
            self._add_item(topic, topic.id in current_ids)
        self.ui.allCheck.setChecked(not marked)  # nothing marked yet: offer every topic
        self.ui.allCheck.toggled.connect(self._show_all)
        self._show_all(self.ui.allCheck.isChecked())
        self.ui.noteLabel.setText(
            self.tr("Taking a topic off the meeting keeps its status.")
            if current
            else self.tr("Marked for proposal: the topics chosen on the comparison.")
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.topicList.setFocus()
        self._start_on_first_choice()

    def _start_on_first_choice(self) -> None:
        widget = self.ui.topicList
        for row in range(widget.count()):
            item = widget.item(row)
            if not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                widget.setCurrentRow(row)
                return

    def _add_item(self, topic: Topic, checked: bool) -> None:
        text = f"{topic.title}  —  {status_text(topic.status)}"
        if topic.marked_for_proposal:
            text += "  ·  " + self.tr("marked for proposal")
        item = QListWidgetItem(text, self.ui.topicList)
        item.setData(ID_ROLE, topic.id)
        reason = _refusal(topic)
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if reason and not checked:
            flags &= ~Qt.ItemFlag.ItemIsEnabled
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        question = topic.strategic_question or self.tr("(no strategic question yet)")
        item.setToolTip(f"{question}\n{reason}".strip())

    def _show_all(self, show: bool) -> None:
        widget = self.ui.topicList
        for row in range(widget.count()):
            item = widget.item(row)
            optional = item.data(ID_ROLE) not in self._shown_always
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setHidden(not show and optional and not ticked)

    def checked_ids(self) -> tuple[str, ...]:
        widget = self.ui.topicList
        return tuple(
            str(widget.item(row).data(ID_ROLE))
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        )

    def accept(self) -> None:
        self.chosen_ids = self.checked_ids()
        super().accept()
