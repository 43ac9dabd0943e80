"""The one input of the desk: a barcode scanner and a person typing both end up here.

A USB scanner "types" the code within milliseconds and usually presses Enter (some send Tab, some
send nothing). The input reports what happened and the page decides:

* ``submitted(text, scanner_speed)`` on Enter or Tab (Tab only when there is text: otherwise it
  moves the focus as usual);
* ``idle(text, scanner_speed)`` when no key came for :attr:`IDLE_MS` after the last one (a scanner
  that sends no Enter);
* ``navigate(step)`` for ↑/↓/PgUp/PgDn (to move through the search results);
* ``cleared()`` on Escape; ``undo_requested()`` on Ctrl+Z (the desk's undo, not the text's).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

IDLE_MS = 300
SCANNER_MS_PER_KEY = 30.0  # a scanner types much faster than any person
MIN_SCANNER_KEYS = 8


class ScanInput(QLineEdit):
    submitted = Signal(str, bool)
    idle = Signal(str, bool)
    navigate = Signal(int)
    cleared = Signal()
    undo_requested = Signal()  # Ctrl+Z: this desk's last check-in, not the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanInput")
        font = QFont(self.font())
        font.setPointSize(22)
        self.setFont(font)
        self.setMinimumHeight(56)
        self.setClearButtonEnabled(True)
        self._stamps: list[float] = []  # when each key of the current text came (ms)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._on_idle)
        self.textChanged.connect(self._on_text_changed)

    def scanner_speed(self) -> bool:
        """True when the current text came in at scanner speed (not a person typing)."""
        stamps = self._stamps
        if len(stamps) < MIN_SCANNER_KEYS:
            return False
        per_key = (stamps[-1] - stamps[0]) / (len(stamps) - 1)
        return per_key < SCANNER_MS_PER_KEY

    def reset(self) -> None:
        """Empty the input for the next person (keeps the focus)."""
        self._idle.stop()
        self._stamps.clear()
        self.clear()

    def _on_text_changed(self, text: str) -> None:
        if not text:
            self._stamps.clear()
            self._idle.stop()

    def _on_idle(self) -> None:
        text = self.text()
        if text.strip():
            self.idle.emit(text, self.scanner_speed())

    def event(self, e: QEvent) -> bool:
        # Tab must be seen before QWidget turns it into a focus change.
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            if e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.text().strip():
                self._submit()
                return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = e.key()
        if e.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5}.get(
                Qt.Key(key), 5
            )
            self.navigate.emit(step)
            return
        if key == Qt.Key.Key_Escape:
            self.reset()
            self.cleared.emit()
            return
        before = self.text()
        super().keyPressEvent(e)
        if e.text() and e.text().isprintable() and self.text() != before:
            if not before:
                self._stamps.clear()
            # when the key was pressed (ms), not when it was handled: a person typing while the
            # desk is busy for a moment stays a person; platforms without key times: now
            pressed = e.timestamp()
            self._stamps.append(float(pressed) if pressed else time.monotonic() * 1000)
            self._idle.start()

    def _submit(self) -> None:
        self._idle.stop()
        self.submitted.emit(self.text(), self.scanner_speed())
