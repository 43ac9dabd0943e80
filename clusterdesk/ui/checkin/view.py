"""The layout of the check-in page (behaviour lives in page.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.ui.checkin.banner import BannerContent, ResultBanner
from clusterdesk.ui.checkin.results import SearchResults
from clusterdesk.ui.checkin.scan_input import ScanInput
from clusterdesk.ui.checkin.side_panel import SidePanel
from clusterdesk.ui.checkin.walkin_form import WalkInForm


def _no_focus(*widgets: QWidget) -> None:
    for w in widgets:
        w.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan input keeps the focus


class DeskView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinPage")
        self.input = ScanInput()
        self.input.setPlaceholderText(
            self.tr("Scan a badge, or type a name, organisation or e-mail")
        )
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.results = SearchResults()
        self.results.setMaximumHeight(300)
        self.results.hide()
        self.walkin = WalkInForm()
        self.walkin.hide()
        self.banner = ResultBanner()
        self.status = QLabel()
        self.status.setObjectName("deskStatus")
        self.side = SidePanel()

        self.desk_name = QLineEdit()
        self.desk_name.setObjectName("deskName")
        self.desk_name.setMaximumWidth(180)
        self.mute = QCheckBox(self.tr("Mute sounds (Ctrl+M)"))
        self.mute.setObjectName("muteSounds")
        self.print_on_arrival = QCheckBox(self.tr("Print badge on arrival (Ctrl+B)"))
        self.print_on_arrival.setObjectName("printOnArrival")
        self.undo_button = QPushButton(self.tr("Undo last (Ctrl+Z)"))
        self.walkin_button = QPushButton(self.tr("Walk-in (Ctrl+N)"))
        self.reprint_button = QPushButton(self.tr("Reprint badge (Ctrl+P)"))
        _no_focus(
            self.mute,
            self.print_on_arrival,
            self.undo_button,
            self.walkin_button,
            self.reprint_button,
        )

        title = QLabel(self.tr("Check-in"))
        font = QFont(title.font())
        font.setPointSize(18)
        font.setBold(True)
        title.setFont(font)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        desk_label = QLabel(self.tr("Desk (Ctrl+D):"))
        desk_label.setBuddy(self.desk_name)
        top.addWidget(desk_label)
        top.addWidget(self.desk_name)
        top.addStretch(1)
        for w in (
            self.print_on_arrival,
            self.mute,
            self.walkin_button,
            self.reprint_button,
            self.undo_button,
        ):
            top.addWidget(w)

        left = QVBoxLayout()
        left.addWidget(self.input)
        left.addWidget(self.hint)
        left.addWidget(self.results)
        left.addWidget(self.walkin)
        left.addWidget(self.banner, 1)
        left.addWidget(self.status)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.side, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addLayout(body, 1)

    def show_banner(self, content: BannerContent) -> None:
        self.banner.show_content(content)
