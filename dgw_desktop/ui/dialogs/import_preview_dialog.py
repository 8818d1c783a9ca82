"""Before an import writes anything: what would be added, and every problem and warning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QWidget

from dgw_desktop.ui.generated.ui_import_preview_dialog import Ui_ImportPreviewDialog
from dgw_desktop.ui.models.import_preview_models import ImportIssueModel, PlannedChallengeModel

if TYPE_CHECKING:
    from dgw_desktop.imports.challenges import ImportPlan
    from dgw_desktop.imports.matching import ImportTargets


class ImportPreviewDialog(QDialog):
    """Accepted means: add ``plan.challenges``. The Import button only works without problems.

    ``readable`` False: the file could not be read as a challenge list at all; the plan then
    holds only its problems.
    """

    def __init__(
        self,
        file_name: str,
        plan: ImportPlan,
        targets: ImportTargets,
        parent: QWidget | None = None,
        *,
        readable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPreviewDialog()
        self.ui.setupUi(self)
        self.plan = plan
        self.issue_model = ImportIssueModel(plan, self)
        self.challenge_model = PlannedChallengeModel(plan, targets, self)
        self._setup_view(self.ui.issueView, self.issue_model)
        self._setup_view(self.ui.challengeView, self.challenge_model)
        issues = self.ui.issueView.horizontalHeader()
        issues.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if self.issue_model.rowCount() <= 2000:  # long messages wrap; measuring all is slow
            rows = self.ui.issueView.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            rows.setMinimumSectionSize(self.fontMetrics().height() + 10)
        challenges = self.ui.challengeView.horizontalHeader()
        challenges.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 130), (3, 220), (4, 200)):
            challenges.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            challenges.resizeSection(column, width)

        problems = len(plan.problems)
        warnings = len(plan.duplicates)
        count = len(plan.challenges)
        self.ui.summaryLabel.setText(self._summary(file_name, problems, count, readable))
        self.ui.issuesGroup.setTitle(self._issues_title(problems, warnings))
        self.ui.issuesGroup.setVisible(bool(problems or warnings))
        self.ui.copyButton.setVisible(bool(problems))
        self.ui.copyButton.clicked.connect(self.copy_problems)
        if problems:
            title = self.tr("Rows without problems: {0}").format(count)
        else:
            title = self.tr("Challenges to add: {0}").format(count)
        self.ui.challengesGroup.setTitle(title)
        self.ui.challengesGroup.setVisible(readable and count > 0)
        self.ui.blockedLabel.setVisible(bool(problems))

        self.import_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if problems:
            self.import_button.setText(self.tr("&Import"))
        elif count == 1:
            self.import_button.setText(self.tr("&Import 1 challenge"))
        else:
            self.import_button.setText(self.tr("&Import {0} challenges").format(count))
        self.import_button.setEnabled(not problems and count > 0)
        if problems:
            self.import_button.setToolTip(self.tr("Nothing is added while there are problems."))
            cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("&Close"))
            cancel.setDefault(True)
            self.ui.splitter.setSizes([420, 160])
        else:
            self.ui.splitter.setSizes([140, 440])
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        (self.ui.issueView if problems else self.ui.challengeView).setFocus()

    def _setup_view(self, view: QTableView, model: object) -> None:
        view.setModel(model)  # type: ignore[arg-type]
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _issues_title(self, problems: int, warnings: int) -> str:
        if problems and warnings:
            return self.tr("Problems: {0}   Warnings: {1}").format(problems, warnings)
        if problems:
            return self.tr("Problems: {0}").format(problems)
        return self.tr("Warnings: {0}").format(warnings)

    def _summary(self, name: str, problems: int, count: int, readable: bool) -> str:
        if not readable:
            return self.tr(
                "{0} cannot be read as a list of challenges; nothing has been added."
            ).format(name)
        if problems:
            return self.tr(
                "{0} cannot be imported yet: {1} problems. Nothing has been added."
            ).format(name, problems)
        return self.tr(
            "{0}: {1} challenges will be added in one step; one undo removes them all."
        ).format(name, count)

    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.issue_model.problem_lines()))

    def accept(self) -> None:
        if self.plan.problems or not self.plan.challenges:
            return  # the button is disabled; Enter must not get around it either
        super().accept()
