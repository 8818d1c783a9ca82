"""Let a short table take only the height of its rows, so what follows sits right below it."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def fit_height_to_rows(view: QTableView) -> None:
    """Cap the view's height at its header and rows; call again after the model changes.

    With little room the layout still makes it smaller, and the view scrolls.
    """
    model = view.model()
    rows = model.rowCount() if model is not None else 0
    header = view.horizontalHeader()
    height = max(header.height(), header.sizeHint().height()) if not header.isHidden() else 0
    default = view.verticalHeader().defaultSectionSize()
    height += sum(view.rowHeight(row) or default for row in range(rows)) or default
    view.setMaximumHeight(height + 2 * view.frameWidth())
