"""A QR code on screen, big and crisp enough for a USB scanner to read it off the display."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from clusterdesk.documents.qr import QUIET, QrMatrix, qr_matrix


class QrView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinQr")
        self.matrix: QrMatrix | None = None
        self.text = ""
        self.setMinimumSize(QSize(220, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        self.text = text
        self.matrix = qr_matrix(text, "M") if text else None
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(300, 300)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return width

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        side = min(self.width(), self.height())
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        m = self.matrix
        if m is None:
            return
        unit = int(side // m.total) or 1  # whole pixels per module: sharp edges for a camera
        offset_x = left + (side - unit * m.total) / 2 + QUIET * unit
        offset_y = top + (side - unit * m.total) / 2 + QUIET * unit
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for r in range(m.count):
            for c in range(m.count):
                if m.dark(r, c):
                    painter.drawRect(QRectF(offset_x + c * unit, offset_y + r * unit, unit, unit))
        painter.end()
