"""The layout of the check-in page (behaviour lives in page.py).

It fits a 1280×720 screen (nothing cut, no horizontal scrolling) and gives the banner the room of
a large screen: the banner's text scales with it. Only the scan field (and the walk-in form when it
is open) takes the focus; everything else is clicked or reached by its shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.checkin import ScanAlarm
from clusterdesk.ui.checkin.banner import BannerContent, ResultBanner
from clusterdesk.ui.checkin.results import SearchResults
from clusterdesk.ui.checkin.scan_input import ScanInput
from clusterdesk.ui.checkin.side_panel import SidePanel
from clusterdesk.ui.checkin.walkin_form import WalkInForm
from clusterdesk.ui.icons import icon
from clusterdesk.ui.theme import css

ALARM_STYLE = (
    "QLabel#scanAlarm { background: #ffebe9; color: #82071e; border: 2px solid #cf222e;"
    " border-radius: 6px; padding: 6px 10px; font-weight: bold; }"
)


def _no_focus(*widgets: QWidget) -> None:
    for w in widgets:
        w.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan input keeps the focus


class DeskView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinPage")
        self.input = ScanInput()
        self.input.setPlaceholderText(self.tr("Scan a badge or type a name"))
        self.input.setToolTip(
            self.tr("Scan a badge, or type a name, organisation or e-mail (Ctrl+F comes back here)")
        )
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.results = SearchResults()
        self.results.hide()
        self.walkin = WalkInForm()
        self.walkin.hide()
        self.banner = ResultBanner()
        self.status = QLabel()
        self.status.setObjectName("deskStatus")
        self.status.setWordWrap(True)
        self.alarm = QLabel()
        self.alarm.setObjectName("scanAlarm")
        self.alarm.setStyleSheet(ALARM_STYLE)
        self.alarm.setWordWrap(True)
        self.alarm.hide()
        self.side = SidePanel()

        self.desk_button = QToolButton()
        self.desk_button.setObjectName("deskButton")
        self.desk_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.desk_button.setToolTip(
            self.tr("Name this desk and choose when results clear (Ctrl+D)")
        )
        self.mute = QCheckBox(self.tr("Mute sounds (Ctrl+M)"))
        self.mute.setObjectName("muteSounds")
        self.sound_note = QLabel(self.tr("Sounds are off: this computer has no audio output."))
        self.sound_note.setObjectName("soundsOff")
        self.sound_note.setWordWrap(True)
        self.palette_changed()
        self.sound_note.hide()
        self.print_on_arrival = QCheckBox(self.tr("Print badge on arrival (Ctrl+B)"))
        self.print_on_arrival.setObjectName("printOnArrival")
        self.undo_button = QPushButton(self.tr("Undo last (Ctrl+Z)"))
        self.undo_button.setObjectName("undoButton")
        self.walkin_button = QPushButton(self.tr("Walk-in (Ctrl+N)"))
        self.walkin_button.setObjectName("walkInButton")
        self.reprint_button = QPushButton(self.tr("Reprint badge (Ctrl+P)"))
        self.reprint_button.setObjectName("reprintButton")
        self.meeting_button = QPushButton(self.tr("Book a meeting (Ctrl+G)"))
        self.meeting_button.setObjectName("bookMeetingButton")
        self.meeting_button.setToolTip(
            self.tr("A meeting for the person on the banner: the first round both are free")
        )
        for button, name in (
            (self.desk_button, "desk"),
            (self.undo_button, "undo"),
            (self.walkin_button, "walkin"),
            (self.reprint_button, "print"),
            (self.meeting_button, "meetings"),
        ):
            button.setIcon(icon(name))
        self.desk_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        _no_focus(
            self.desk_button,
            self.mute,
            self.print_on_arrival,
            self.undo_button,
            self.walkin_button,
            self.reprint_button,
            self.meeting_button,
        )

        title = QLabel(self.tr("Check-in"))
        title.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.desk_button)
        top.addStretch(1)
        for button in (
            self.walkin_button,
            self.meeting_button,
            self.reprint_button,
            self.undo_button,
        ):
            top.addWidget(button)

        left = QVBoxLayout()
        left.addWidget(self.input)
        left.addWidget(self.hint)
        left.addWidget(self.results)
        left.addWidget(self.walkin)
        left.addWidget(self.banner, 1)
        left.addWidget(self.status)
        options = QVBoxLayout()
        options.setContentsMargins(12, 0, 4, 0)
        for w in (self.print_on_arrival, self.mute, self.sound_note):
            options.addWidget(w)
        right = QVBoxLayout()
        right.addWidget(self.side, 1)
        right.addLayout(options)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 10)
        outer.addLayout(top)
        outer.addWidget(self.alarm)
        outer.addLayout(body, 1)

    def palette_changed(self) -> None:
        """The warning's amber, readable on this theme's window colour (again after a change)."""
        window = self.palette().color(QPalette.ColorRole.Window)
        self.sound_note.setStyleSheet(f"color: {css('#9a6700', window)}; font-weight: bold;")

    def show_banner(self, content: BannerContent, stamp: str = "") -> None:
        self.banner.show_content(content, stamp)

    def show_alarm(self, alarm: ScanAlarm | None) -> None:
        """Many failed scans just now (brute-force scanning?): a warning the operator sees."""
        if alarm is None:
            self.alarm.hide()
            return
        desks = ", ".join(f"{d or '?'}: {n}" for d, n in alarm.by_desk)
        self.alarm.setText(
            self.tr(
                "⚠ %1 failed scans in the last minute (%2). Someone may be trying made-up or "
                "copied badge codes: look at who is scanning and check their badge."
            )
            .replace("%1", str(alarm.failed))
            .replace("%2", desks)
        )
        self.alarm.show()
