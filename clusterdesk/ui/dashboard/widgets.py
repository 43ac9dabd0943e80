"""Dashboard building blocks: a KPI tile and a list of labelled horizontal bars."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

TILE_STYLE = """
QFrame#kpiTile { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QLabel#kpiValue { font-size: 26px; font-weight: 600; }
QLabel#kpiTitle { color: palette(placeholder-text); }
"""


class KpiTile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setStyleSheet(TILE_STYLE)
        self.value = QLabel("—", self)
        self.value.setObjectName("kpiValue")
        self.title = QLabel(title, self)
        self.title.setObjectName("kpiTitle")
        self.detail = QLabel("", self)
        self.detail.setObjectName("kpiTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setMinimumWidth(150)

    def set_value(self, value: int | str, detail: str = "") -> None:
        self.value.setText(f"{value:,}".replace(",", "\u202f") if isinstance(value, int) else value)
        self.detail.setText(detail)


class BarList(QWidget):
    """Label, bar and count per item, largest first; at most ``limit`` rows then "others"."""

    ROW = 24

    def __init__(self, parent: QWidget | None = None, limit: int = 12) -> None:
        super().__init__(parent)
        self.limit = limit
        self.items: list[tuple[str, int, str]] = []  # (label, count, colour)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(
        self, items: list[tuple[str, int, str]], others_label: str = "", *, ranked: bool = True
    ) -> None:
        """``ranked``: largest first; otherwise in the order given (a scale)."""
        if ranked:
            items = sorted(items, key=lambda it: (-it[1], it[0]))
        if len(items) > self.limit:
            rest = sum(n for _label, n, _c in items[self.limit - 1 :])
            items = items[: self.limit - 1] + [(others_label, rest, "")]
        self.items = items
        self.setFixedHeight(max(1, len(items)) * self.ROW + 4)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.items)) * self.ROW + 4)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        label_w = min(  # up to half the width: "Pasiektas susitarimas" is read whole, not elided
            self.width() // 2,
            max((fm.horizontalAdvance(t) for t, _n, _c in self.items), default=0) + 12,
        )
        count_w = fm.horizontalAdvance("00000") + 8
        bar_w = max(10, self.width() - label_w - count_w - 8)
        biggest = max((n for _t, n, _c in self.items), default=1) or 1
        accent = pal.color(QPalette.ColorRole.Highlight)
        for i, (label, n, colour) in enumerate(self.items):
            y = i * self.ROW + 2
            text_rect = QRectF(0, y, label_w - 8, self.ROW)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            elided = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )
            width = bar_w * n / biggest
            bar = QRectF(label_w, y + 5, max(2.0, width), self.ROW - 10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour) if colour else accent)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(label_w + width + 6, y, count_w, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(n),
            )
        painter.end()
