"""Uitdagingen: every captured challenge, with filter, add, edit and delete."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from dgw_desktop.domain.entities import Challenge
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.store.workshops import list_workshops
from dgw_desktop.ui.commands.challenge_commands import (
    AddChallengesCommand,
    DeleteChallengesCommand,
    EditChallengeCommand,
)
from dgw_desktop.ui.dialogs.challenge_dialog import ChallengeDialog
from dgw_desktop.ui.models.challenge_list_model import ChallengeListModel
from dgw_desktop.ui.pages.table_page import TablePage
from dgw_desktop.ui.session import ProjectSession
from dgw_desktop.ui.widgets.challenge_filter_bar import ChallengeFilterBar


class ChallengesPage(TablePage):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, ChallengeListModel(session), "", parent)
        self.ui.titleLabel.setText(self.tr("Challenges"))
        self.ui.addButton.setText(self.tr("&New challenge…"))
        self.filter_bar = ChallengeFilterBar(session, self)
        # The choices and the text filter share a row under the buttons, so the page still
        # fits a 1280-pixel screen.
        self.ui.toolLayout.removeWidget(self.ui.filterEdit)
        self.filter_bar.add_trailing(self.ui.filterEdit)
        self.ui.mainLayout.insertWidget(2, self.filter_bar)
        self.filter_bar.changed.connect(self._apply_choices)
        self.model.edit_failed.connect(self._show_edit_error)
        view = self.ui.tableView
        view.setEditTriggers(
            view.EditTrigger.EditKeyPressed  # F2
            | view.EditTrigger.SelectedClicked
        )
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        # The statement gets the room; the full text is in the tooltip and the dialog.
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column, width in ((1, 105), (2, 135), (3, 150), (4, 165), (5, 120)):
            header.resizeSection(column, width)
        # Two lines per row: most statements fit, and rows stay a fixed height for speed.
        view.setWordWrap(True)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() * 2 + 10)

    def _apply_choices(self) -> None:
        self.model.set_filter(
            dataclasses.replace(self.model.current_filter, **self.filter_bar.choices())
        )
        self._update_count()

    def _show_edit_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("{0} of {1} challenges shown").format(shown, total)

    def _dialog(self, challenge: Challenge) -> ChallengeDialog:
        project_file = self.session.project_file
        return ChallengeDialog(
            challenge,
            list_domains(project_file),
            list_workshops(project_file),
            list_municipalities(project_file),
            self,
        )

    def add(self) -> None:
        domains = list_domains(self.session.project_file)
        if not domains:
            return
        dialog = self._dialog(Challenge(text="", domain_id=domains[0].id))
        dialog.setWindowTitle(self.tr("New challenge"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_challenge:
            if self.push(AddChallengesCommand(self.session, [dialog.result_challenge])):
                self.select_id(dialog.result_challenge.id)

    def edit_row(self, row: int) -> None:
        before = self.model.entity(row)
        dialog = self._dialog(before)
        dialog.setWindowTitle(self.tr("Edit challenge"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_challenge:
            after = dialog.result_challenge
            if after != before and self.push(EditChallengeCommand(self.session, before, after)):
                self.select_id(after.id)

    def delete_rows(self, rows: list[int]) -> None:
        ids = [self.model.entity(row).id for row in rows]
        self.push(DeleteChallengesCommand(self.session, ids))
