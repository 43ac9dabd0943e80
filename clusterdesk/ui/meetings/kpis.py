"""The KPI strip above the grid: scheduled / requested, breaks, tables used, unscheduled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clusterdesk.services.meeting_board import Board


class Kpi(QFrame):
    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: #f6f8fa; border: 1px solid #d0d7de;"
            " border-radius: 6px; }"
        )
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        self.value.setStyleSheet("font-size: 17px; font-weight: 600; color: #1f2328;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #57606a;")
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for k in (self.scheduled, self.breaks, self.tables, self.waiting):
            layout.addWidget(k)
        layout.addStretch(1)
        layout.addWidget(self._legend())
        layout.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _legend(self) -> QLabel:
        from clusterdesk.ui.meetings.grid_model import status_text
        from clusterdesk.ui.meetings.grid_view import COLOURS

        chips = [
            f'<span style="color:{accent}">&#9632;</span>&nbsp;{status_text(status)}'
            for status, (_fill, accent) in COLOURS.items()
        ]
        chips.append(
            f'<span style="color:#e16f24">&#9633;</span>&nbsp;{self.tr("found participant")}'
        )
        legend = QLabel("&nbsp;&nbsp; ".join(chips))
        legend.setObjectName("legend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setStyleSheet("color: #57606a;")
        return legend

    def show_board(self, board: Board | None) -> None:
        if board is None:
            for k in (self.scheduled, self.breaks, self.tables, self.waiting):
                k.value.setText("–")
            return
        self.scheduled.value.setText(f"{board.scheduled} / {board.requested}")
        self.breaks.value.setText(str(board.breaks))
        self.tables.value.setText(f"{board.tables_used} / {len(board.tables)}")
        self.waiting.value.setText(str(len(board.unplaced)))
        colour = "#cf222e" if board.unplaced else "#1a7f37"
        self.waiting.value.setStyleSheet(f"font-size: 17px; font-weight: 600; color: {colour};")
