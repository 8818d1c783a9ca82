"""Undoable edits of topics: add, update (title, domain, question, description, origins),
delete, change of status by the project group, and the mark "propose to the committee".

The rules live in ``domain.topics`` and ``store.topics``; a refused edit never becomes an
undo step (see ``push_edit``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dgw_desktop.domain.topics import TOPIC_CONTEXT, Topic, TopicStatus, status_label
from dgw_desktop.store import topics
from dgw_desktop.ui.commands.store_command import StoreCommand
from dgw_desktop.ui.session import ProjectSession


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AddTopicCommand(StoreCommand):
    def __init__(self, session: ProjectSession, topic: Topic) -> None:
        text = QCoreApplication.translate("TopicCommands", "New topic “{0}”")
        super().__init__(session, text.format(_short(topic.title)))
        self._topic = topic

    @property
    def topic(self) -> Topic:
        return self._topic

    def apply(self) -> None:
        self._topic = topics.add_topic(self.session.project_file, self._topic)

    def revert(self) -> None:
        topics.delete_topic(self.session.project_file, self._topic.id)


class UpdateTopicCommand(StoreCommand):
    """Change what ``store.topics.update_topic`` changes; undo writes the topic as it was."""

    def __init__(self, session: ProjectSession, before: Topic, after: Topic, text: str) -> None:
        super().__init__(session, text)
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._after = topics.update_topic(self.session.project_file, self._after)

    def revert(self) -> None:
        topics.update_topic(self.session.project_file, self._before)


class DeleteTopicCommand(StoreCommand):
    def __init__(self, session: ProjectSession, topic: Topic) -> None:
        text = QCoreApplication.translate("TopicCommands", "Delete topic “{0}”")
        super().__init__(session, text.format(_short(topic.title)))
        self._id = topic.id
        self._removed: topics.RemovedTopic | None = None

    def apply(self) -> None:
        self._removed = topics.delete_topic(self.session.project_file, self._id)

    def revert(self) -> None:
        assert self._removed is not None
        topics.restore_topic(self.session.project_file, self._removed)


class ChangeTopicStatusCommand(StoreCommand):
    """The project group's change of status; undo puts the previous status back."""

    def __init__(self, session: ProjectSession, topic_id: str, status: TopicStatus) -> None:
        label = QCoreApplication.translate(TOPIC_CONTEXT, status_label(status))
        text = QCoreApplication.translate("TopicCommands", "Status “{0}”")
        super().__init__(session, text.format(label))
        self._id = topic_id
        self._status = status
        self._previous = status

    def apply(self) -> None:
        self._previous = topics.change_topic_status(
            self.session.project_file, self._id, self._status
        )

    def revert(self) -> None:
        topics.restore_topic_status(self.session.project_file, self._id, self._previous)


class SetMarkedForProposalCommand(StoreCommand):
    def __init__(self, session: ProjectSession, topic: Topic, marked: bool) -> None:
        text = (
            QCoreApplication.translate("TopicCommands", "Propose “{0}”")
            if marked
            else QCoreApplication.translate("TopicCommands", "Do not propose “{0}”")
        )
        super().__init__(session, text.format(_short(topic.title)))
        self._id = topic.id
        self._marked = marked
        self._previous = topic.marked_for_proposal

    def apply(self) -> None:
        self._previous = topics.set_marked_for_proposal(
            self.session.project_file, self._id, self._marked
        )

    def revert(self) -> None:
        topics.set_marked_for_proposal(self.session.project_file, self._id, self._previous)
