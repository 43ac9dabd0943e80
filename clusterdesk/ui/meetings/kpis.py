"""The KPI strip above the grid (scheduled / requested, breaks, tables used, unscheduled) and the
colour key under it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from clusterdesk.services.meeting_board import Board
from clusterdesk.ui.meetings.grid_model import status_text
from clusterdesk.ui.meetings.grid_view import grid_colours
from clusterdesk.ui.theme import css


class Kpi(QFrame):
    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(  # the palette's colours: readable in a light and a dark theme
            f"QFrame#{name} {{ background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        self.value.setStyleSheet("font-size: 17px; font-weight: 600; color: palette(text);")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class KpiBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheduled = Kpi("kpiScheduled", self.tr("meetings scheduled / requested"))
        self.breaks = Kpi("kpiBreaks", self.tr("breaks (idle gaps)"))
        self.tables = Kpi("kpiTables", self.tr("tables used"))
        self.waiting = Kpi("kpiWaiting", self.tr("requests unscheduled"))
        self._board: Board | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for k in (self.scheduled, self.breaks, self.tables, self.waiting):
            layout.addWidget(k)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def palette_changed(self) -> None:
        self.show_board(self._board)  # the unscheduled count's colour, for this theme

    def show_board(self, board: Board | None) -> None:
        self._board = board
        if board is None:
            for k in (self.scheduled, self.breaks, self.tables, self.waiting):
                k.value.setText("–")
            return
        self.scheduled.value.setText(f"{board.scheduled} / {board.requested}")
        self.breaks.value.setText(str(board.breaks))
        self.tables.value.setText(f"{board.tables_used} / {len(board.tables)}")
        self.waiting.value.setText(str(len(board.unplaced)))
        tile = self.waiting.palette().color(QPalette.ColorRole.AlternateBase)
        colour = css("#cf222e" if board.unplaced else "#1a7f37", tile)
        self.waiting.value.setStyleSheet(f"font-size: 17px; font-weight: 600; color: {colour};")


def colour_key() -> QLabel:
    """The key of the grid's colours under the grid (it wraps, never widens the page)."""
    chips = [
        f'<span style="color:{accent}">&#9632;</span>&nbsp;{status_text(status)}'
        for status, (_fill, accent) in grid_colours().statuses.items()
    ]
    found = QCoreApplication.translate("KpiBar", "found participant")
    locked = QCoreApplication.translate("KpiBar", "padlock: locked (the scheduler never moves it)")
    chips.append(f'<span style="color:#e16f24">&#9633;</span>&nbsp;{found}')
    chips.append(locked)
    chips.append(
        QCoreApplication.translate(
            "KpiBar",
            "1–4: how a held meeting went (keys on a meeting: H, 1–4, A, B, N, C; T: sheet)",
        )
    )
    key = QLabel("&nbsp;&nbsp;&nbsp; ".join(chips))
    key.setObjectName("legend")
    key.setTextFormat(Qt.TextFormat.RichText)
    key.setStyleSheet("color: palette(placeholder-text);")
    key.setWordWrap(True)  # a second line where the window is narrow (or the words long)
    key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return key
