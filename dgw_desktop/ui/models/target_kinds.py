"""How the two kinds of target (theme, challenge) are named and coloured in the views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from dgw_desktop.domain.entities import TargetKind

KIND_COLORS: dict[TargetKind, QColor] = {
    "theme": QColor("#1f6fb2"),
    "challenge": QColor("#d9822b"),
}


def kind_label(kind: TargetKind) -> str:
    if kind == "theme":
        return QCoreApplication.translate("TargetKind", "Theme")
    return QCoreApplication.translate("TargetKind", "Challenge")
