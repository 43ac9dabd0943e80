"""The grid's look and mouse behaviour: a painted cell per meeting (two short names, a status
colour, a lock), a two-row header (session and day above, slot time below), and dragging a meeting
to another cell (the page shows where it may go and performs the move)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from clusterdesk.ui.meetings.grid_model import GroupRole, MeetingGridModel
from clusterdesk.ui.theme import is_dark

# status -> (fill, accent)
COLOURS = {
    "scheduled": ("#e8f0fe", "#1f6feb"),
    "held": ("#dcfce7", "#1a7f37"),
    "no_show": ("#fff4d6", "#bf8700"),
    "cancelled": ("#f1f3f5", "#8c959f"),
}
# a held meeting's rating: the digit its key (1-4) enters, on a colour from grey to green
RATING_MARKS = {
    "no_interest": ("1", "#8c959f"),
    "informative": ("2", "#6e7781"),
    "cooperation": ("3", "#2da44e"),
    "agreement": ("4", "#116329"),
}
ALLOWED, REFUSED = QColor(34, 197, 94, 110), QColor(239, 68, 68, 42)


@dataclass(frozen=True)
class GridColours:
    """The grid's colours for one theme (every text colour ≥ 4.5:1 on what it is drawn on)."""

    statuses: dict[str, tuple[str, str]]  # status -> (fill, accent)
    rows: tuple[str, str]  # empty cells, even and odd rows
    ink: str  # names
    grey: str  # a cancelled meeting's names, the padlock
    select: str
    mark: str  # the found participant's meetings
    header: str  # the slot times' row
    header_line: str
    header_ink: str
    band: str  # the session/day band
    gridline: str


LIGHT = GridColours(
    COLOURS,
    ("#ffffff", "#fafbfc"),
    "#1f2328",
    "#57606a",
    "#0b3d91",
    "#e16f24",
    "#f6f8fa",
    "#d0d7de",
    "#1f2328",
    "#eaeef2",
    "#e1e4e8",
)
DARK = GridColours(
    {
        "scheduled": ("#1c2d4a", "#4c8dff"),
        "held": ("#173a26", "#3fb950"),
        "no_show": ("#3d3214", "#d29922"),
        "cancelled": ("#2d3036", "#8b949e"),
    },
    ("#1e1f22", "#232428"),
    "#e6edf3",
    "#9da7b3",
    "#79b8ff",
    "#f0883e",
    "#2d333b",
    "#444c56",
    "#e6edf3",
    "#373e47",
    "#3a3f45",
)


def grid_colours(palette: QPalette | None = None) -> GridColours:
    """The grid's colours for the palette in use (a dark system theme gets the dark ones)."""
    return DARK if is_dark(palette) else LIGHT


CELL_W, CELL_H = 118, 40


SELECTED = QStyle.StateFlag.State_Selected


def lock_path(x: float, y: float, s: float) -> tuple[QPainterPath, QPainterPath]:
    """A small padlock (body and shackle) with its top-left corner at (x, y), size s."""
    path = QPainterPath()
    path.addRoundedRect(x, y + s * 0.45, s, s * 0.55, s * 0.12, s * 0.12)
    shackle = QPainterPath()
    shackle.moveTo(x + s * 0.22, y + s * 0.45)
    shackle.lineTo(x + s * 0.22, y + s * 0.28)
    shackle.arcTo(x + s * 0.22, y, s * 0.56, s * 0.56, 180, -180)
    shackle.lineTo(x + s * 0.78, y + s * 0.45)
    return path, shackle


class CellDelegate(QStyledItemDelegate):
    """Paints a cell with as few Qt calls as possible (a 1,000 × 48 grid scrolls at once):
    colours are made once, elided names are cached, text is drawn at a baseline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._elided: dict[tuple[str, int], tuple[str, int]] = {}
        self._palette_key = -1
        self._use(grid_colours())

    def _use(self, colours: GridColours) -> None:
        """Make the theme's colours once (again when the palette changes)."""
        self._palette_key = QApplication.palette().cacheKey()
        self._fills = {k: (QColor(a), QColor(b)) for k, (a, b) in colours.statuses.items()}
        self._rows = (QColor(colours.rows[0]), QColor(colours.rows[1]))
        self._ink, self._grey = QColor(colours.ink), QColor(colours.grey)
        self._select = QPen(QColor(colours.select), 2)
        self._mark = QPen(QColor(colours.mark), 2)
        self._shackle = QPen(self._grey, 1.4)

    def _elide(self, fm: QFontMetrics, text: str, width: int) -> tuple[str, int]:
        key = (text, width)
        hit = self._elided.get(key)
        if hit is None:
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
            hit = self._elided[key] = (shown, fm.horizontalAdvance(shown))
            if len(self._elided) > 50_000:
                self._elided.clear()
        return hit

    def paint(
        self, p: QPainter, opt: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect: QRect = opt.rect
        # Ask the Python model directly: QModelIndex.data() turning an empty QVariant into None
        # drops a reference to None too many (PySide6 6.12 on Python 3.11), which crashes the
        # interpreter after enough empty cells.
        model = index.model()
        assert isinstance(model, MeetingGridModel)
        meeting = model.meeting_at(index)
        refusal = model.refusal(index)
        if QApplication.palette().cacheKey() != self._palette_key:
            self._use(grid_colours())
        p.fillRect(rect, self._rows[index.row() % 2])
        if meeting is not None:
            fill, accent = self._fills.get(meeting.status, self._fills["scheduled"])
            box = rect.adjusted(2, 2, -2, -2)
            p.fillRect(box, fill)
            p.fillRect(box.left(), box.top(), 4, box.height(), accent)
            names = model.names(meeting)
            cancelled = meeting.status == "cancelled"
            p.setPen(self._grey if cancelled else self._ink)
            fm = p.fontMetrics()
            left = box.left() + 8
            width = box.width() - (24 if meeting.locked or meeting.rating else 12)
            line = fm.height()
            top = box.top() + max(2, (box.height() - 2 * line) // 2)
            for i, name in enumerate(names):
                shown, advance = self._elide(fm, name, width)
                baseline = top + i * line + fm.ascent()
                p.drawText(left, baseline, shown)
                if cancelled:
                    y = baseline - fm.ascent() // 3
                    p.drawLine(left, y, left + advance, y)
            if meeting.locked:
                self._lock(p, box.right() - 12, box.top() + 4)
            if meeting.rating in RATING_MARKS:
                self._rating(p, box, meeting.rating)
        if refusal is not False:
            p.fillRect(rect, ALLOWED if refusal is None else REFUSED)
        if meeting is not None and model.highlight in (meeting.a, meeting.b):
            p.save()
            p.setPen(self._mark)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(3, 3, -3, -3))
            p.restore()
        if opt.state & SELECTED:
            p.save()
            p.setPen(self._select)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
            p.restore()

    def _rating(self, p: QPainter, box: QRect, rating: str) -> None:
        digit, colour = RATING_MARKS[rating]
        mark = QRect(box.right() - 14, box.bottom() - 14, 13, 13)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawEllipse(mark)
        font = QFont(p.font())
        font.setBold(True)
        font.setPixelSize(9)
        p.setFont(font)
        p.setPen(QColor("#ffffff"))
        p.drawText(mark, Qt.AlignmentFlag.AlignCenter, digit)
        p.restore()

    def _lock(self, p: QPainter, x: int, y: int) -> None:
        body, shackle = lock_path(x, y, 9)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(self._shackle)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(shackle)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._grey)
        p.drawPath(body)
        p.restore()

    def sizeHint(
        self, opt: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(CELL_W, CELL_H)


class GroupedHeader(QHeaderView):
    """A horizontal header of two rows: the session/day band over each run of its slots, and the
    slot start time under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSectionsClickable(True)

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        size.setHeight(2 * self.fontMetrics().height() + 14)
        return size

    def paintSection(self, p: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        half = rect.height() // 2
        low = QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
        colours = grid_colours()
        p.save()
        p.fillRect(rect, QColor(colours.header))
        p.setPen(QColor(colours.header_line))
        p.drawLine(low.topLeft(), low.topRight())
        p.drawLine(low.topRight(), low.bottomRight())
        p.drawLine(rect.bottomLeft(), rect.bottomRight())
        model = self.model()
        text = model.headerData(logical, Qt.Orientation.Horizontal) if model else ""
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(colours.header_ink))
        p.drawText(low, Qt.AlignmentFlag.AlignCenter, str(text or ""))
        p.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.columnCount() == 0:
            return
        p = QPainter(self.viewport())
        colours = grid_colours()
        half = self.height() // 2
        first = max(0, self.visualIndexAt(0))
        last = self.visualIndexAt(self.viewport().width())
        last = model.columnCount() - 1 if last < 0 else last
        col = first
        while col <= last:
            group = model.headerData(col, Qt.Orientation.Horizontal, GroupRole)
            end = col
            while end + 1 < model.columnCount() and (
                model.headerData(end + 1, Qt.Orientation.Horizontal, GroupRole) == group
            ):
                end += 1
            x0 = self.sectionViewportPosition(col)
            while (
                x0 > 0
                and col > 0
                and (  # the band starts at the group's first column
                    model.headerData(col - 1, Qt.Orientation.Horizontal, GroupRole) == group
                )
            ):
                col -= 1
                x0 = self.sectionViewportPosition(col)
            x1 = self.sectionViewportPosition(end) + self.sectionSize(end)
            band = QRect(x0, 0, x1 - x0, half)
            p.fillRect(band.adjusted(0, 0, -1, 0), QColor(colours.band))
            p.setPen(QColor(colours.header_line))
            p.drawLine(band.topRight(), band.bottomRight())
            p.drawLine(band.bottomLeft(), band.bottomRight())
            p.setPen(QColor(colours.header_ink))
            visible = band.intersected(self.viewport().rect()).adjusted(6, 0, -6, 0)
            label = self.fontMetrics().elidedText(
                str(group or ""), Qt.TextElideMode.ElideRight, visible.width()
            )
            p.drawText(visible, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            col = end + 1
        p.end()


class MeetingGridView(QTableView):
    """The grid. Dragging a meeting with the mouse emits ``dragStarted(index)`` and, on release
    over a cell, ``dropped(index)``; Esc emits ``escaped``."""

    dragStarted = Signal(QModelIndex)
    dropped = Signal(QModelIndex)
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(GroupedHeader(self))
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setGridStyle(Qt.PenStyle.SolidLine)
        self.setShowGrid(True)
        self.setWordWrap(False)
        self.setStyleSheet(f"QTableView {{ gridline-color: {grid_colours().gridline}; }}")
        self.horizontalHeader().setDefaultSectionSize(CELL_W)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh = self.verticalHeader()
        vh.setDefaultSectionSize(CELL_H)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        vh.setMinimumWidth(56)
        bold = QFont(vh.font())
        bold.setBold(True)
        vh.setFont(bold)
        self._press: QPoint | None = None
        self._press_index = QModelIndex()
        self.dragging = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            index = self.indexAt(self._press)
            model = self.model()
            has_meeting = (
                index.isValid()
                and isinstance(model, MeetingGridModel)
                and model.meeting_at(index) is not None
            )
            self._press_index = QModelIndex(index) if has_meeting else QModelIndex()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self.dragging:
            index = self.indexAt(pos)
            if index.isValid():
                self.setCurrentIndex(index)
            return
        if (
            self._press is not None
            and self._press_index.isValid()
            and event.buttons() & Qt.MouseButton.LeftButton
            and (pos - self._press).manhattanLength() >= QApplication.startDragDistance()
        ):
            self.dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.dragStarted.emit(self._press_index)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragging:
            self.dragging = False
            self.unsetCursor()
            index = self.indexAt(event.position().toPoint())
            self._press = None
            if index.isValid():
                self.dropped.emit(index)
            else:
                self.escaped.emit()
            return
        self._press = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)
