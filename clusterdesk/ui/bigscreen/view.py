"""The big screen's drawing: every size follows the screen's height, so the smallest text (the
names and organisations, the footer) is 1/36 of it — readable from 10 m on a projector or TV,
above the 1/40 the room needs. Labels are placed by hand (no layouts) so the rows that fit are
known exactly and a page never scrolls or clips."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from clusterdesk.services.rounds import Round, TableMeeting
from clusterdesk.ui.bigscreen.board import Row

BACKGROUND = "#0b1d33"
PANEL = "#14305a"
STRIPE = "#10284a"
TEXT = "#ffffff"
MUTED = "#a9bdd6"
NOW = "#56d364"
SOON = "#f0b429"  # the last minute of a round
NEXT = "#79c0ff"

# sizes as fractions of the screen's height: 1 / divisor
TITLE, CAPTION, COUNT, TABLE, TEXT_LINE, FOOTER, MESSAGE = 24, 32, 11, 24, 36, 36, 16
SMALLEST_DIVISOR = max(TITLE, CAPTION, COUNT, TABLE, TEXT_LINE, FOOTER, MESSAGE)


def size(height: int, divisor: int) -> int:
    return max(6, math.ceil(height / divisor))


def fit_person(fm: QFontMetrics, name: str, organization: str, width: int) -> str:
    """ "Name · Organisation", shortening the organisation first, then the name."""
    full = f"{name} · {organization}" if organization else name
    if fm.horizontalAdvance(full) <= width:
        return full
    lead = f"{name} · "
    room = width - fm.horizontalAdvance(lead)
    if organization and room >= fm.horizontalAdvance("MMMM…"):
        return lead + fm.elidedText(organization, Qt.TextElideMode.ElideRight, room)
    return fm.elidedText(name, Qt.TextElideMode.ElideRight, width)


@dataclass
class _RowLabels:
    stripe: QFrame
    table: QLabel
    lines: list[QLabel]  # now a, now b, next a, next b


class BigScreenView(QWidget):
    """Draws one moment; :class:`~clusterdesk.ui.bigscreen.window.BigScreenWindow` drives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bigScreenView")
        self._colours: dict[int, str] = {}
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"#bigScreenView {{ background: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}"
            f" QFrame#panel {{ background: {PANEL}; border-radius: 12px; }}"
            f" QFrame#stripe {{ background: {STRIPE}; border-radius: 6px; }}"
        )
        self.title = self._label("title", bold=True)
        self.clock = self._label("clock", bold=True, align=Qt.AlignmentFlag.AlignRight)
        self.now_panel = self._panel()
        self.next_panel = self._panel()
        self.now_caption = self._label("nowCaption", parent=self.now_panel, colour=MUTED)
        self.now_count = self._label("nowCount", bold=True, parent=self.now_panel, colour=NOW)
        self.next_caption = self._label("nextCaption", parent=self.next_panel, colour=MUTED)
        self.next_count = self._label("nextCount", bold=True, parent=self.next_panel, colour=NEXT)
        self.head_table = self._label("headTable", bold=True, colour=MUTED)
        self.footer = self._label("footer", colour=MUTED)
        self.hint = self._label("hint", colour=MUTED, align=Qt.AlignmentFlag.AlignRight)
        self.message = self._label("message", bold=True, align=Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.rows: list[_RowLabels] = []
        self.rows_per_page = 1
        self.current: Round | None = None
        self.upcoming: Round | None = None
        self.all_rows: tuple[Row, ...] = ()
        self.page_rows: tuple[Row, ...] = ()
        self.page = 0
        self.pages = 1
        self.empty_text = ""

    # --- building blocks ---------------------------------------------------------------------
    def _label(
        self,
        name: str,
        *,
        bold: bool = False,
        colour: str = TEXT,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        parent: QWidget | None = None,
    ) -> QLabel:
        label = QLabel(parent or self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self._colours[id(label)] = colour
        label.setStyleSheet(f"color: {colour}; background: transparent;")
        font = QFont(self.font())
        font.setBold(bold)
        label.setFont(font)
        return label

    def _panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("panel")
        return panel

    def _sized(self, label: QLabel, divisor: int) -> int:
        """Give the label its pixel size for this screen height; returns its line height."""
        font = QFont(label.font())
        font.setPixelSize(size(self.height(), divisor))
        label.setFont(font)
        return QFontMetrics(font).height()

    # --- what is shown -----------------------------------------------------------------------
    def show_rounds(
        self, current: Round | None, upcoming: Round | None, rows: tuple[Row, ...], page: int
    ) -> None:
        """Show the two rounds' tables, page ``page`` of them (clamped to the pages that exist:
        :attr:`pages` says how many there are at this size)."""
        self.current, self.upcoming, self.all_rows = current, upcoming, rows
        self.page = page
        self.empty_text = ""
        self._relayout()

    def show_message(self, text: str) -> None:
        self.current = self.upcoming = None
        self.all_rows = ()
        self.page = 0
        self.empty_text = text
        self._relayout()

    def colour(self, label: QLabel, colour: str) -> None:
        if self._colours.get(id(label)) != colour:
            self._colours[id(label)] = colour
            label.setStyleSheet(f"color: {colour}; background: transparent;")

    def set_footer(self, text: str) -> None:
        self.footer.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def visible_texts(self) -> list[QLabel]:
        """Every label showing text now (for the readability check)."""
        return [
            label
            for label in self.findChildren(QLabel)
            if label.isVisibleTo(self) and label.text().strip()
        ]

    # --- geometry ----------------------------------------------------------------------------
    def _relayout(self) -> None:
        w, h = self.width(), self.height()
        margin, gap = size(h, 40), size(h, 70)
        inner = w - 2 * margin
        y = margin
        line = max(self._sized(self.title, TITLE), self._sized(self.clock, TITLE))
        clock_w = QFontMetrics(self.clock.font()).horizontalAdvance("00:00") + gap
        self.title.setGeometry(margin, y, inner - clock_w - gap, line)
        self.clock.setGeometry(w - margin - clock_w, y, clock_w, line)
        y += line + gap
        bottom_line = max(self._sized(self.footer, FOOTER), self._sized(self.hint, FOOTER))
        bottom = h - margin - bottom_line
        self.footer.setGeometry(margin, bottom, inner * 2 // 3, bottom_line)
        self.hint.setGeometry(margin + inner * 2 // 3, bottom, inner - inner * 2 // 3, bottom_line)
        showing = not self.empty_text
        self.head_table.setVisible(showing)
        self.message.setVisible(not showing)
        if not showing:
            self.now_panel.hide()
            self.next_panel.hide()
            self._sized(self.message, MESSAGE)
            self.message.setText(self.empty_text)
            self.message.setGeometry(margin, y, inner, bottom - gap - y)
            self.page_rows = ()
            self._place_rows(0, 0, 0, 0)
            return
        panel_h = self._panel_height(gap)
        self._paginate(bottom - gap - (y + panel_h + gap))
        self._place_panels(margin, y, inner, gap, panel_h)
        self._place_rows(margin, y + panel_h + gap, inner, bottom - gap - y - panel_h - gap)

    def _panel_height(self, pad: int) -> int:
        for label in (self.now_caption, self.next_caption, self.head_table):
            self._sized(label, CAPTION)
        count = max(self._sized(lbl, COUNT) for lbl in (self.now_count, self.next_count))
        return count + 2 * pad

    def _place_panels(self, x: int, y: int, width: int, gap: int, height: int) -> None:
        """The countdowns head the columns they time: "now" over the current round's tables,
        "next" over the next round's."""
        tx, table_w, cols = self._columns(x, width, gap)
        caption = QFontMetrics(self.head_table.font()).height()
        self.head_table.setGeometry(tx, y + height - caption - gap, table_w, caption)
        for panel, cap, big, (cx, cw) in (
            (self.now_panel, self.now_caption, self.now_count, cols[0]),
            (self.next_panel, self.next_caption, self.next_count, cols[1]),
        ):
            panel.setVisible(cw > 0)
            if cw <= 0:
                continue
            panel.setGeometry(cx - gap, y, cw + 2 * gap, height)
            count_w = QFontMetrics(big.font()).horizontalAdvance(big.text() or "00:00") + gap
            big.setGeometry(cw + 2 * gap - gap - count_w, 0, count_w, height)
            big.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            room = cw - count_w - gap
            cap.setGeometry(gap, 0, max(0, room), height)
            self._fit(cap, room)

    def _fit(self, label: QLabel, width: int) -> None:
        """Shorten the label's full text (kept in its tooltip role) to its width."""
        full = str(label.property("fullText") or label.text())
        label.setProperty("fullText", full)
        fm = QFontMetrics(label.font())
        label.setText(fm.elidedText(full, Qt.TextElideMode.ElideRight, max(0, width)))

    def set_caption(self, label: QLabel, text: str) -> None:
        """Set a countdown's caption (shortened to its panel when the panel is narrow)."""
        label.setProperty("fullText", text)
        label.setText(text)
        self._fit(label, label.width())

    def set_count(self, label: QLabel, text: str) -> None:
        """Set a countdown; the panel is laid out again when the text no longer fits."""
        label.setText(text)
        if QFontMetrics(label.font()).horizontalAdvance(text) > label.width():
            self._relayout()

    def _columns(self, x: int, width: int, gap: int) -> tuple[int, int, list[tuple[int, int]]]:
        """(table column x, its width, [(x, width)] of the now / next columns; 0 wide = none)."""
        fm = QFontMetrics(self._table_font())
        widest = max([fm.horizontalAdvance(r.table) for r in self.page_rows] or [0])
        head = QFontMetrics(self.head_table.font()).horizontalAdvance(self.head_table.text())
        table_w = min(max(widest, head, fm.horizontalAdvance("T00")) + gap, width // 4)
        rest = width - table_w - gap
        shown = [r is not None for r in (self.current, self.upcoming)]
        if all(shown):
            half = (rest - 2 * gap) // 2
            cols = [(x + table_w + 2 * gap, half), (x + table_w + 4 * gap + half, half - gap)]
        else:
            cols = [(x + table_w + 2 * gap, rest - 2 * gap) if on else (0, 0) for on in shown]
        return x, table_w, cols

    def _table_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(size(self.height(), TABLE))
        return font

    def _row_height(self) -> tuple[int, int, int]:
        """(row height, text line height, padding) at this screen height."""
        probe = QFont(self.font())
        probe.setPixelSize(size(self.height(), TEXT_LINE))
        line = QFontMetrics(probe).height()
        pad = max(2, size(self.height(), 160))
        return max(2 * line, QFontMetrics(self._table_font()).height()) + 2 * pad, line, pad

    def _paginate(self, height: int) -> None:
        row_h, _, pad = self._row_height()
        self.rows_per_page = max(1, height // row_h) if height > 0 else 1
        self.pages = max(1, -(-len(self.all_rows) // self.rows_per_page))
        self.page = min(max(0, self.page), self.pages - 1)
        first = self.page * self.rows_per_page
        self.page_rows = self.all_rows[first : first + self.rows_per_page]

    def _place_rows(self, x: int, y: int, width: int, height: int) -> None:
        rows = self.page_rows
        row_h, line, pad = self._row_height()
        probe = QFont(self.font())
        probe.setPixelSize(size(self.height(), TEXT_LINE))
        while len(self.rows) < len(rows):
            self.rows.append(self._new_row())
        _, table_w, cols = self._columns(x, width, size(self.height(), 70))
        step = row_h
        for n, labels in enumerate(self.rows):
            row = rows[n] if n < len(rows) else None
            for widget in (labels.table, *labels.lines):
                widget.setVisible(row is not None)
            labels.stripe.setVisible(row is not None and n % 2 == 0)
            if row is None:
                continue
            top = y + n * step
            labels.stripe.setGeometry(x - pad, top, width + 2 * pad, row_h)
            labels.table.setFont(self._table_font())
            labels.table.setGeometry(x, top, table_w, row_h)
            labels.table.setText(
                QFontMetrics(labels.table.font()).elidedText(
                    row.table or "–", Qt.TextElideMode.ElideRight, table_w
                )
            )
            for column, ((cx, cw), meeting) in enumerate(
                zip(cols, (row.now, row.next), strict=True)
            ):
                self._place_meeting(
                    labels.lines[2 * column : 2 * column + 2],
                    meeting,
                    cx,
                    cw,
                    top + pad,
                    line,
                    probe,
                )

    def _place_meeting(
        self,
        lines: list[QLabel],
        meeting: TableMeeting | None,
        x: int,
        width: int,
        top: int,
        line: int,
        font: QFont,
    ) -> None:
        fm = QFontMetrics(font)
        if width <= 0:
            for label in lines:
                label.hide()
            return
        people = [meeting.a, meeting.b] if meeting is not None else []
        for k, label in enumerate(lines):
            label.setFont(font)
            label.setGeometry(x, top + k * line, width, line)
            if meeting is None:
                label.setText(self.tr("free") if k == 0 else "")
                self.colour(label, MUTED)
            else:
                seat = people[k]
                label.setText(fit_person(fm, seat.name, seat.organization, width))
                self.colour(label, TEXT)

    def _new_row(self) -> _RowLabels:
        stripe = QFrame(self)
        stripe.setObjectName("stripe")
        stripe.lower()
        table = self._label("tableLabel", bold=True)
        lines = [self._label("personLine") for _ in range(4)]
        return _RowLabels(stripe, table, lines)
