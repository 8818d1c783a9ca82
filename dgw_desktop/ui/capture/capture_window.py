"""Live capture: type, Enter, next. Full screen and readable on a projector.

Keys: Enter adds the line to the workshop; Ctrl+1…9 tag (or untag) municipality 1…9 and
Ctrl+0 clears the tags; Ctrl+Z undoes the last capture, Ctrl+Shift+Z redoes it; Ctrl+= and
Ctrl+- zoom; Ctrl+R records who said it; Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from dgw_desktop.domain.entities import Challenge, Municipality, Workshop
from dgw_desktop.store.domains import list_domains
from dgw_desktop.store.municipalities import list_municipalities
from dgw_desktop.ui.capture.recent_captures_model import RecentCapturesModel
from dgw_desktop.ui.commands.challenge_commands import AddChallengesCommand
from dgw_desktop.ui.commands.store_command import push_edit
from dgw_desktop.ui.generated.ui_capture_window import Ui_CaptureWindow
from dgw_desktop.ui.session import ProjectSession

MIN_POINT_SIZE, MAX_POINT_SIZE, DEFAULT_POINT_SIZE = 12, 64, 26
TAG_STYLE_ON = "background: #1f6fb2; color: white; border-radius: 8px; padding: 6px 14px;"
TAG_STYLE_OFF = "background: #e4e8ee; color: #333; border-radius: 8px; padding: 6px 14px;"


class CaptureWindow(QWidget):
    closed = Signal()

    def __init__(
        self, session: ProjectSession, workshop: Workshop, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.workshop = workshop
        self.ui = Ui_CaptureWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Live capture — {0}").format(workshop.title))
        self.point_size = DEFAULT_POINT_SIZE
        self.tagged: list[str] = []
        self.municipalities = self._taggable_municipalities()
        self.tag_labels: list[QLabel] = []
        for number, municipality in enumerate(self.municipalities[:9], start=1):
            label = QLabel(f"{number}  {municipality.name}", self)
            self.ui.tagLayout.addWidget(label)
            self.tag_labels.append(label)
        self.ui.tagLayout.addStretch(1)
        domain = next(
            (d.name for d in list_domains(session.project_file) if d.id == workshop.domain_id), ""
        )
        self.ui.headerLabel.setText(f"{workshop.title} · {domain}")
        self.model = RecentCapturesModel(session, workshop.id, self)
        self.ui.recentView.setModel(self.model)
        self.model.rowsInserted.connect(self._show_newest)
        self.model.rowsRemoved.connect(self._update_status)
        self.ui.saidByEdit.setVisible(False)
        self.ui.hintLabel.setText(
            self.tr(
                "Enter: add  ·  Ctrl+1…9: tag municipality  ·  Ctrl+0: clear tags  ·  "
                "Ctrl+Z: undo last  ·  Ctrl+= / Ctrl+-: zoom  ·  Ctrl+R: record who said it  ·  "
                "Esc: leave"
            )
        )
        self.ui.inputEdit.returnPressed.connect(self.capture)
        # The line edit would take Ctrl+Z and Ctrl+digits for itself; the filter claims them.
        self.ui.inputEdit.installEventFilter(self)
        self.ui.saidByEdit.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._apply_zoom()
        self._update_tags()
        self.ui.recentView.setSpacing(4)
        self._update_status()
        self.ui.recentView.scrollToBottom()
        self.ui.inputEdit.setFocus()

    def _taggable_municipalities(self) -> list[Municipality]:
        everyone = list_municipalities(self.session.project_file)
        taking_part = [m for m in everyone if m.id in self.workshop.municipality_ids]
        return taking_part or [m for m in everyone if m.is_partner] or everyone

    # -- actions ------------------------------------------------------------------------------
    def capture(self) -> bool:
        text = self.ui.inputEdit.text().strip()
        if not text:
            return False
        challenge = Challenge(
            text=text,
            domain_id=self.workshop.domain_id,
            workshop_id=self.workshop.id,
            municipality_ids=tuple(self.tagged),
            # Anonymous unless the facilitator chose to record who said it (Ctrl+R).
            said_by=self.ui.saidByEdit.text().strip() if self.recording_speaker else "",
        )
        error = push_edit(self.session, AddChallengesCommand(self.session, [challenge]))
        if error:
            self.ui.statusLabel.setText(error)
            return False
        # Only now, with the row committed, does the line clear: nothing typed is lost.
        self.ui.inputEdit.clear()
        self.ui.saidByEdit.clear()
        self.tagged = []
        self._update_tags()
        self._update_status(saved=True)
        return True

    def toggle_tag(self, number: int) -> None:
        if not 1 <= number <= len(self.municipalities[:9]):
            return
        municipality_id = self.municipalities[number - 1].id
        if municipality_id in self.tagged:
            self.tagged.remove(municipality_id)
        else:
            self.tagged.append(municipality_id)
        self._update_tags()

    def clear_tags(self) -> None:
        self.tagged = []
        self._update_tags()

    def zoom(self, steps: int) -> None:
        self.point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, self.point_size + 2 * steps))
        self._apply_zoom()

    @property
    def recording_speaker(self) -> bool:
        return not self.ui.saidByEdit.isHidden()

    def toggle_said_by(self) -> None:
        self.ui.saidByEdit.setVisible(not self.recording_speaker)
        if not self.recording_speaker:
            self.ui.saidByEdit.clear()
            self.ui.inputEdit.setFocus()

    # -- keyboard ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            handled = self._handle_key(event, act=event.type() == QEvent.Type.KeyPress)
            if handled:
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent, *, act: bool) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        control = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        if modifiers not in (control, control | shift):
            return False
        actions = {
            Qt.Key.Key_Z: (
                self.session.undo_stack.redo if modifiers & shift else self.session.undo_stack.undo
            ),
            Qt.Key.Key_Y: self.session.undo_stack.redo,
            Qt.Key.Key_Plus: lambda: self.zoom(1),
            Qt.Key.Key_Equal: lambda: self.zoom(1),
            Qt.Key.Key_Minus: lambda: self.zoom(-1),
            Qt.Key.Key_0: self.clear_tags,
            Qt.Key.Key_R: self.toggle_said_by,
        }
        action = actions.get(Qt.Key(key))
        if action is None and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            number = key - Qt.Key.Key_0
            action = lambda: self.toggle_tag(number)  # noqa: E731
        if action is None:
            return False
        if act:
            action()
        return True

    # -- display -------------------------------------------------------------------------------
    def _apply_zoom(self) -> None:
        font = QFont(self.font())
        font.setPointSize(self.point_size)
        for widget in (self.ui.inputEdit, self.ui.recentView, self.ui.saidByEdit):
            widget.setFont(font)
        header = QFont(font)
        header.setPointSize(max(MIN_POINT_SIZE, self.point_size - 4))
        header.setBold(True)
        self.ui.headerLabel.setFont(header)
        small = QFont(font)
        small.setPointSize(max(10, self.point_size // 2))
        for label in (self.ui.hintLabel, self.ui.statusLabel, *self.tag_labels):
            label.setFont(small)

    def _update_tags(self) -> None:
        for label, municipality in zip(self.tag_labels, self.municipalities, strict=False):
            label.setStyleSheet(TAG_STYLE_ON if municipality.id in self.tagged else TAG_STYLE_OFF)

    def _update_status(self, *_args: object, saved: bool = False) -> None:
        text = self.tr("{0} challenges in this workshop").format(self.model.total)
        if saved:
            text = self.tr("✓ Saved") + "  ·  " + text
        self.ui.statusLabel.setText(text)

    def _show_newest(self, *_args: object) -> None:
        self.ui.recentView.scrollToBottom()
        self._update_status(saved=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
