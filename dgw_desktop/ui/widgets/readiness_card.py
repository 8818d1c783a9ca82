"""One card of the readiness dashboard: a strategic challenge (Inhoud, Team or Middelen),
green / amber / red, with its summary and the concrete items still missing.

Every missing item is a link (mouse, or Tab and Enter) to the page that fixes it; an item
whose page is not in this version is shown as plain text with a tooltip saying so.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from dgw_desktop.domain.readiness import (
    NOT_STARTED_LABEL,
    READINESS_CONTEXT,
    ChallengeReadiness,
    ReadinessItem,
)
from dgw_desktop.domain.wheel import TRAFFIC_LIGHT_LABELS, WHEEL_CONTEXT
from dgw_desktop.ui.widgets.dgw_wheel import TRAFFIC_COLORS, TRAFFIC_TEXT_COLORS
from dgw_desktop.ui.widgets.link_label import LinkLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate(READINESS_CONTEXT, text)


class ReadinessCard(QFrame):
    """``link_activated(page, target_id)``: the user follows an item ("" for no target)."""

    link_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessCard")
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.status_label = QLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setStyleSheet("font-weight: 600;")
        self._items_widget = QWidget()
        self._items_layout = QVBoxLayout(self._items_widget)
        self._items_layout.setContentsMargins(0, 0, 4, 0)
        self._items_layout.setSpacing(3)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._items_widget)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll = scroll
        header = QVBoxLayout()
        header.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary_label)
        layout.addWidget(scroll, 1)
        self.readiness: ChallengeReadiness | None = None
        self.item_labels: list[tuple[ReadinessItem, QLabel]] = []

    def show_readiness(
        self, readiness: ChallengeReadiness, page_available: Callable[[str], bool]
    ) -> None:
        self.readiness = readiness
        color = TRAFFIC_COLORS[readiness.status]
        self.setStyleSheet(
            "QFrame#readinessCard { border: 1px solid #c8c8c8; border-radius: 4px; "
            f"border-left: 7px solid {color.name()}; }}"
        )
        self.title_label.setText(_tr(readiness.label))
        status = (
            _tr(NOT_STARTED_LABEL)
            if not readiness.started
            else QCoreApplication.translate(WHEEL_CONTEXT, TRAFFIC_LIGHT_LABELS[readiness.status])
        )
        self.status_label.setText(status)
        self.status_label.setStyleSheet(
            f"background: {color.name()}; color: {TRAFFIC_TEXT_COLORS[readiness.status].name()};"
            " padding: 1px 8px; border-radius: 3px; font-weight: 600;"
        )
        self.summary_label.setText(readiness.summary.translated(QCoreApplication.translate))
        self.summary_label.setVisible(readiness.started)  # else it repeats "not started"
        tips = [item.translated(QCoreApplication.translate) for item in readiness.done]
        if readiness.reason:
            tips.insert(0, _tr(readiness.reason))
        self.setToolTip(
            "\n".join(f"✔ {tip}" for tip in tips) if readiness.done else "\n".join(tips)
        )
        self._fill_items(readiness, page_available)

    def _fill_items(
        self, readiness: ChallengeReadiness, page_available: Callable[[str], bool]
    ) -> None:
        while self._items_layout.count():
            child = self._items_layout.takeAt(0).widget()
            if child is not None:
                child.deleteLater()
        self.item_labels = []
        for item in readiness.missing:
            label = self._item_label(item, page_available(item.page))
            self._items_layout.addWidget(label)
            self.item_labels.append((item, label))
        if readiness.reason:
            reason = QLabel(_tr(readiness.reason), self._items_widget)
            reason.setWordWrap(True)
            reason.setStyleSheet("color: #666;")
            self._items_layout.addWidget(reason)
        self._items_layout.addStretch(1)

    def _item_label(self, item: ReadinessItem, linked: bool) -> QLabel:
        text = html.escape(item.translated(QCoreApplication.translate))
        if not linked:
            label = QLabel(f"• {text}", self._items_widget)
            label.setWordWrap(True)
            label.setEnabled(False)
            label.setToolTip(self.tr("This part of DGW Desktop is not available yet."))
            return label
        link = LinkLabel(f'• <a href="{html.escape(item.page)}">{text}</a>', self._items_widget)
        link.followed.connect(
            lambda item=item: self.link_activated.emit(item.page, item.target_id or "")
        )
        link.setToolTip(self.tr("Go to the page where this is done (Enter)"))
        return link
