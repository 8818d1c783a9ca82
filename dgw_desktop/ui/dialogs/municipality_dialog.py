"""Add or edit one municipality."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QWidget

from dgw_desktop.domain.entities import Municipality
from dgw_desktop.domain.messages import ValidationError
from dgw_desktop.domain.validation import validate_municipality
from dgw_desktop.ui.dialogs.form_helpers import show_validation_error
from dgw_desktop.ui.generated.ui_municipality_dialog import Ui_MunicipalityDialog


class MunicipalityDialog(QDialog):
    def __init__(
        self,
        municipality: Municipality,
        others: list[Municipality],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MunicipalityDialog()
        self.ui.setupUi(self)
        self._original = municipality
        self._others = others
        self.result_municipality: Municipality | None = None
        self.ui.nameEdit.setText(municipality.name)
        self.ui.cbsCodeEdit.setText(municipality.cbs_code)
        self.ui.inhabitantsSpin.setValue(municipality.inhabitants)
        self.ui.partnerCheck.setChecked(municipality.is_partner)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.setFocus()

    def edited(self) -> Municipality:
        return dataclasses.replace(
            self._original,
            name=self.ui.nameEdit.text(),
            cbs_code=self.ui.cbsCodeEdit.text(),
            inhabitants=self.ui.inhabitantsSpin.value(),
            is_partner=self.ui.partnerCheck.isChecked(),
        )

    def accept(self) -> None:
        try:
            self.result_municipality = validate_municipality(self.edited(), self._others)
        except ValidationError as error:
            show_validation_error(
                self.ui.errorLabel,
                error,
                {
                    "name": self.ui.nameEdit,
                    "cbs_code": self.ui.cbsCodeEdit,
                    "inhabitants": self.ui.inhabitantsSpin,
                },
            )
            return
        super().accept()
