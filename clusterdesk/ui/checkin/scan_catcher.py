"""A scanner's keys reach the desk's scan field wherever the focus is on the desk's window.

A USB scanner is a keyboard: it types into whatever has the focus. While the check-in page is
shown, :class:`ScanCatcher` (an application event filter) looks at every key pressed in its window:

* focus on something that does not take text (the result banner's frame, the recent list, a
  button, the navigation list, the page's scroll area): the key goes to the scan field, which
  takes the focus back — a scan ends up where it belongs, Enter included;
* focus in another text field of the page (the walk-in form): the keys go there as typed, but a
  *burst* — at least ``MIN_SCANNER_KEYS`` keys, each within ``SCANNER_MS_PER_KEY`` of the
  previous, ending in Enter or Tab (or a complete badge code followed by quiet) — is a scan: the
  field gets its text back and the code is handed to the desk (``scanned``).

A click on the page outside a text field gives the focus back to the scan field.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from clusterdesk.core.badge_codes import looks_like_code
from clusterdesk.ui.checkin.scan_input import IDLE_MS, MIN_SCANNER_KEYS, SCANNER_MS_PER_KEY

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
# keys a scanner presses around the characters (Shift for capitals): they neither add to a burst
# nor break it
SHIFTS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
    }
)


def key_time(e: QKeyEvent) -> float:
    """When the key was pressed (ms); platforms without key times: now."""
    return float(e.timestamp()) if e.timestamp() else time.monotonic() * 1000


@dataclass
class Burst:
    """Keys typed into one text field, judged by their times: a scanner or a person?"""

    stamps: list[float] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    before: str = ""  # the field's text before the burst began
    cursor: int = 0

    def add(self, stamp: float, char: str, edit: QLineEdit) -> None:
        if self.stamps and stamp - self.stamps[-1] > SCANNER_MS_PER_KEY:
            self.clear()
        if not self.stamps:
            self.before, self.cursor = edit.text(), edit.cursorPosition()
        self.stamps.append(stamp)
        self.text.append(char)

    def is_scan(self) -> bool:
        return len(self.stamps) >= MIN_SCANNER_KEYS and all(
            b - a <= SCANNER_MS_PER_KEY for a, b in zip(self.stamps, self.stamps[1:], strict=False)
        )

    def clear(self) -> None:
        self.stamps.clear()
        self.text.clear()


class ScanCatcher(QObject):
    scanned = Signal(str)  # a scan typed into another text field of the page

    def __init__(
        self,
        page: QWidget,
        scan_field: QWidget,
        in_form: Callable[[QWidget], bool],
        refocus: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.scan_field = scan_field
        self.in_form = in_form  # a widget of the page's form (its text fields take typing)
        self.refocus = refocus
        self.burst = Burst()
        self._burst_field: QLineEdit | None = None
        self._quiet = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._quiet.timeout.connect(self._quiet_after_burst)
        self.active = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.active:
            app.installEventFilter(self)
            self.active = True

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self.active:
            app.removeEventFilter(self)
            self.active = False
        self._quiet.stop()
        self.burst.clear()

    # --- the filter ------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key(obj, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.MouseButtonRelease:
            self._clicked(obj)
        return False

    def _ours(self, obj: QObject) -> QWidget | None:
        """The widget, when it belongs to the page's window and the page is on screen."""
        if not isinstance(obj, QWidget) or not self.page.isVisible():
            return None
        if obj.window() is not self.page.window():
            return None  # a dialog, a menu, another window
        return obj

    def _key(self, obj: QObject, e: QKeyEvent) -> bool:
        widget = self._ours(obj)
        if widget is None or widget is self.scan_field:
            return False
        focus = QApplication.focusWidget()
        if widget is not (focus or widget.window()):
            return False  # the same key passed on to a parent: seen already
        if e.modifiers() & _MODIFIERS or e.key() in SHIFTS:
            return False  # shortcuts, and Shift on its own
        if isinstance(widget, QLineEdit) and self.in_form(widget):
            return self._typed(widget, e)
        inside = widget is self.page or self.page.isAncestorOf(widget)
        text = e.text()
        typed = bool(text) and text.isprintable()
        ends = e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
            e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and bool(self._scan_text())
        )
        if not (typed or ends or inside):
            return False  # arrows in the navigation list still move through the pages
        self._forward(e)
        return True

    def _scan_text(self) -> str:
        return self.scan_field.text() if isinstance(self.scan_field, QLineEdit) else ""

    def _forward(self, e: QKeyEvent) -> None:
        self.refocus()
        copy = QKeyEvent(e.type(), e.key(), e.modifiers(), e.text(), e.isAutoRepeat(), e.count())
        copy.setTimestamp(e.timestamp())
        QApplication.sendEvent(self.scan_field, copy)

    def _typed(self, edit: QLineEdit, e: QKeyEvent) -> bool:
        if edit is not self._burst_field:
            self.burst.clear()
            self._burst_field = edit
        text = e.text()
        if e.key() in SHIFTS:
            return False
        if e.key() in _ENDS:
            if self.burst.is_scan():
                self._take_back(edit)
                return True
            self.burst.clear()
            return False
        if text and text.isprintable():
            self.burst.add(key_time(e), text, edit)
            self._quiet.start()
        else:
            self.burst.clear()
        return False

    def _quiet_after_burst(self) -> None:
        edit = self._burst_field
        if edit is not None and self.burst.is_scan() and looks_like_code("".join(self.burst.text)):
            self._take_back(edit)  # a scanner that sends no Enter

    def _take_back(self, edit: QLineEdit) -> None:
        code = "".join(self.burst.text)
        edit.setText(self.burst.before)
        edit.setCursorPosition(self.burst.cursor)
        self.burst.clear()
        self._quiet.stop()
        self.scanned.emit(code)

    def _clicked(self, obj: QObject) -> None:
        widget = self._ours(obj)
        if widget is None or not (widget is self.page or self.page.isAncestorOf(widget)):
            return
        if widget is self.scan_field or self.in_form(widget):
            return  # a click into the scan field itself, or into the walk-in form
        QTimer.singleShot(0, self.refocus)
