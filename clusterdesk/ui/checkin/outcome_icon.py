"""One shape per check-in outcome, so the result reads without colour: a tick in a circle
(checked in), a warning triangle (attention), a circular "again" arrow (already checked in), a
stop octagon with a cross (rejected), a back arrow (undone), an "i" (information) and scanner
corners (ready)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

# the shape drawn for each banner state (banner.py's state names)
SHAPES = {
    "idle": "corners",
    "checked_in": "tick",
    "attention": "triangle",
    "already": "again",
    "rejected": "octagon",
    "undone": "back",
    "info": "info",
}


class OutcomeIcon(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeIcon")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.shape = "corners"
        self.colour = QColor("#ffffff")
        self.setFixedSize(84, 84)

    def set_state(self, state: str, colour: QColor) -> None:
        self.shape = SHAPES.get(state, "info")
        self.colour = QColor(colour)
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        r = QRectF(0, 0, side, side).adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06)
        pen = QPen(self.colour, max(3.0, side * 0.085))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        getattr(self, f"_{self.shape}")(p, r, side)
        p.end()

    # --- the shapes ----------------------------------------------------------------------------
    def _corners(self, p: QPainter, r: QRectF, side: float) -> None:
        k = side * 0.22
        for cx, cy, dx, dy in (
            (r.left(), r.top(), 1, 1),
            (r.right(), r.top(), -1, 1),
            (r.left(), r.bottom(), 1, -1),
            (r.right(), r.bottom(), -1, -1),
        ):
            p.drawLine(QPointF(cx, cy), QPointF(cx + dx * k, cy))
            p.drawLine(QPointF(cx, cy), QPointF(cx, cy + dy * k))
        p.drawLine(
            QPointF(r.left() + k * 0.6, r.center().y()),
            QPointF(r.right() - k * 0.6, r.center().y()),
        )

    def _tick(self, p: QPainter, r: QRectF, side: float) -> None:
        p.drawEllipse(r)
        path = QPainterPath(QPointF(r.left() + side * 0.25, r.top() + side * 0.50))
        path.lineTo(QPointF(r.left() + side * 0.40, r.top() + side * 0.64))
        path.lineTo(QPointF(r.left() + side * 0.66, r.top() + side * 0.30))
        p.drawPath(path)

    def _triangle(self, p: QPainter, r: QRectF, side: float) -> None:
        tri = QPolygonF(
            [
                QPointF(r.center().x(), r.top()),
                QPointF(r.right(), r.bottom()),
                QPointF(r.left(), r.bottom()),
            ]
        )
        p.drawPolygon(tri)
        x = r.center().x()
        p.drawLine(QPointF(x, r.top() + side * 0.32), QPointF(x, r.top() + side * 0.58))
        p.drawPoint(QPointF(x, r.top() + side * 0.72))

    def _again(self, p: QPainter, r: QRectF, side: float) -> None:
        inner = r.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1)
        p.drawArc(inner, 60 * 16, 290 * 16)  # an almost closed circle…
        angle = math.radians(60)
        cx, cy = inner.center().x(), inner.center().y()
        end = QPointF(
            cx + inner.width() / 2 * math.cos(angle), cy - inner.height() / 2 * math.sin(angle)
        )
        k = side * 0.16
        p.drawLine(end, QPointF(end.x() - k, end.y() - k * 0.15))  # …with an arrow head
        p.drawLine(end, QPointF(end.x() + k * 0.1, end.y() + k))
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(int(side * 0.34))
        p.setFont(font)
        p.drawText(inner, Qt.AlignmentFlag.AlignCenter, "2×")

    def _octagon(self, p: QPainter, r: QRectF, side: float) -> None:
        cx, cy, rad = r.center().x(), r.center().y(), r.width() / 2
        points = [
            QPointF(
                cx + rad * math.cos(math.radians(22.5 + 45 * i)),
                cy + rad * math.sin(math.radians(22.5 + 45 * i)),
            )
            for i in range(8)
        ]
        p.drawPolygon(QPolygonF(points))
        k = side * 0.2
        p.drawLine(QPointF(cx - k, cy - k), QPointF(cx + k, cy + k))
        p.drawLine(QPointF(cx + k, cy - k), QPointF(cx - k, cy + k))

    def _back(self, p: QPainter, r: QRectF, side: float) -> None:
        inner = r.adjusted(side * 0.12, side * 0.2, -side * 0.08, -side * 0.1)
        path = QPainterPath(QPointF(inner.left(), inner.top() + side * 0.18))
        path.lineTo(QPointF(inner.right() - side * 0.2, inner.top() + side * 0.18))
        path.arcTo(
            QRectF(
                inner.right() - side * 0.42, inner.top() + side * 0.18, side * 0.42, side * 0.42
            ),
            90,
            -180,
        )
        path.lineTo(QPointF(inner.left() + side * 0.15, inner.top() + side * 0.6))
        p.drawPath(path)
        tip = QPointF(inner.left(), inner.top() + side * 0.18)
        k = side * 0.14
        p.drawLine(tip, QPointF(tip.x() + k, tip.y() - k))
        p.drawLine(tip, QPointF(tip.x() + k, tip.y() + k))

    def _info(self, p: QPainter, r: QRectF, side: float) -> None:
        p.drawEllipse(r)
        x = r.center().x()
        p.drawLine(QPointF(x, r.top() + side * 0.42), QPointF(x, r.top() + side * 0.70))
        p.drawPoint(QPointF(x, r.top() + side * 0.26))
