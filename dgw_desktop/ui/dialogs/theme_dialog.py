"""A new theme: name, domain, and whether the selected challenges go in it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from dgw_desktop.domain.entities import Domain, Theme
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.validation import validate_theme
from dgw_desktop.ui.dialogs.form_helpers import show_validation_error
from dgw_desktop.ui.generated.ui_theme_dialog import Ui_ThemeDialog


class ThemeDialog(QDialog):
    def __init__(
        self,
        domains: Sequence[Domain],
        others: Sequence[Theme],
        domain_id: str | None,
        selected_count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ThemeDialog()
        self.ui.setupUi(self)
        self._domains = list(domains)
        self._others = list(others)
        self.result_theme: Theme | None = None
        for domain in domains:
            self.ui.domainCombo.addItem(domain.name, domain.id)
        self.ui.domainCombo.addItem(self.tr("Across domains"), None)
        self.ui.domainCombo.setCurrentIndex(max(self.ui.domainCombo.findData(domain_id), 0))
        self.ui.withSelectionCheck.setText(
            self.tr("&Put the selected challenge in it")
            if selected_count == 1
            else self.tr("&Put the {0} selected challenges in it").format(selected_count)
        )
        self.ui.withSelectionCheck.setVisible(selected_count > 0)
        self.ui.withSelectionCheck.setChecked(selected_count > 0)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.setFocus()

    @property
    def with_selection(self) -> bool:
        return self.ui.withSelectionCheck.isChecked()

    def accept(self) -> None:
        theme = Theme(name=self.ui.nameEdit.text(), domain_id=self.ui.domainCombo.currentData())
        try:
            self.result_theme = validate_theme(theme, {d.id for d in self._domains}, self._others)
        except ValidationError as error:
            show_validation_error(
                self.ui.errorLabel,
                error,
                {"name": self.ui.nameEdit, "domain_id": self.ui.domainCombo},
            )
            return
        super().accept()
