"""The outcome sheet: one table's meetings of one session, their outcomes entered by keyboard
alone (the grid's keys: H, 1–4, A, B, N, C, Backspace; each moves to the next meeting), then
saved in one change (:func:`clusterdesk.services.meeting_outcomes.record_outcomes`) that the
Meetings page's Ctrl+Z undoes. A refused save names the line and changes nothing."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.meeting_edits import Change
from clusterdesk.services.meeting_outcomes import Outcome, SheetLine, record_outcomes, table_sheet
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.keys import shortcut
from clusterdesk.ui.meetings.grid_model import rating_text, status_text
from clusterdesk.ui.meetings.outcome_keys import KEYS, OutcomeKey
from clusterdesk.ui.theme import css
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import plain

if TYPE_CHECKING:
    from clusterdesk.ui.meetings.page import MeetingsPage


_BY_KEY = {getattr(Qt.Key, f"Key_{k.key}"): k for k in KEYS}


class SheetTable(QTableWidget):
    """The sheet's rows; an outcome key on a row emits ``keyed(row, key)``."""

    keyed = Signal(int, object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        k = _BY_KEY.get(Qt.Key(event.key()))
        plain_key = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if k is not None and plain_key and self.currentRow() >= 0:
            self.keyed.emit(self.currentRow(), k)
            event.accept()
            return
        super().keyPressEvent(event)


def outcome_words(o: Outcome | SheetLine, names: tuple[str, str]) -> str:
    text = status_text(o.status)
    if o.status == "no_show" and o.absent:
        who = {"a": names[0], "b": names[1], "both": translate("OutcomeSheet", "neither came")}[
            o.absent
        ]
        text += ": " + (
            who if o.absent == "both" else translate("OutcomeSheet", "{0} did not come").format(who)
        )
    if o.rating:
        text += " · " + rating_text(o.rating)
    return text


class OutcomeSheet(QDialog):
    def __init__(self, page: MeetingsPage, table_id: int, session_id: int) -> None:
        super().__init__(page)
        self.setObjectName("outcomeSheet")
        self.setWindowTitle(translate("OutcomeSheet", "Outcome sheet"))
        self.page = page
        self.lines: list[SheetLine] = []
        self.staged: dict[int, Outcome] = {}
        self._saving = False
        board = page.board
        assert board is not None
        self.session = QComboBox()
        self.session.setObjectName("sheetSession")
        sessions: dict[int, str] = {}
        for slot in board.slots:
            sessions.setdefault(slot.session_id, f"{slot.session} · {slot.day:%Y-%m-%d}")
        for sid, name in sessions.items():
            self.session.addItem(name, sid)
        self.table_box = QComboBox()
        self.table_box.setObjectName("sheetTable")
        for t in board.tables:
            self.table_box.addItem(translate("OutcomeSheet", "Table {0}").format(t.label), t.id)
        self.session.setCurrentIndex(max(0, self.session.findData(session_id)))
        self.table_box.setCurrentIndex(max(0, self.table_box.findData(table_id)))
        pick = QFormLayout()
        pick.addRow(translate("OutcomeSheet", "Session"), self.session)
        pick.addRow(translate("OutcomeSheet", "Table"), self.table_box)

        self.rows = SheetTable(0, 4)
        self.rows.setObjectName("sheetRows")
        self.rows.setHorizontalHeaderLabels(
            [
                translate("OutcomeSheet", "Time"),
                translate("OutcomeSheet", "First participant"),
                translate("OutcomeSheet", "Second participant"),
                translate("OutcomeSheet", "Outcome"),
            ]
        )
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.verticalHeader().hide()
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rows.keyed.connect(self._keyed)

        legend = QLabel(
            translate(
                "OutcomeSheet",
                "Keys: H held · 1 insufficient interest · 2 informative, no cooperation planned · "
                "3 cooperation possible · 4 agreement reached · A / B the first / second "
                "participant did not come · N neither came · C cancelled · Backspace back to "
                "scheduled. Ctrl+Enter saves.",
            )
        )
        legend.setWordWrap(True)
        legend.setObjectName("sheetLegend")
        self.message = QLabel()
        self.message.setObjectName("sheetMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {css('#cf222e', self.palette().window().color())};")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("OutcomeSheet", "Save outcomes")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, self, self.save, description=translate("OutcomeSheet", "Save outcomes"))
        top = QHBoxLayout()
        top.addLayout(pick)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rows, 1)
        layout.addWidget(legend)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(860, 520)
        self.session.currentIndexChanged.connect(lambda _i: self._switch())
        self.table_box.currentIndexChanged.connect(lambda _i: self._switch())
        page.edits.done.connect(self._saved)
        page.edits.refused.connect(self._refused)
        self.load()

    # --- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        db = self.page.db
        if db is None:
            return
        job = plain(
            table_sheet, db, int(self.table_box.currentData()), int(self.session.currentData())
        )
        self.page.context.runner.run(job, on_result=self._show, on_error=self._failed)

    def _switch(self) -> None:
        if self.staged and not self._discard_ok():
            return
        self.staged.clear()
        self.load()

    def _show(self, lines: list[SheetLine]) -> None:
        self.lines = lines
        self.rows.setRowCount(len(lines))
        for i, line in enumerate(lines):
            when = f"{line.starts_at:%H:%M}–{line.ends_at:%H:%M}"
            for col, text in enumerate((when, *line.names)):
                self.rows.setItem(i, col, QTableWidgetItem(text))
            self._paint(i)
        if lines:
            self.rows.setCurrentCell(0, 3)
        else:
            self.message.setText(
                translate("OutcomeSheet", "This table has no meetings in this session.")
            )
            self.message.show()
        self.rows.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
        self.message.show()

    def _paint(self, row: int) -> None:
        line = self.lines[row]
        shown: Outcome | SheetLine = self.staged.get(line.meeting_id, line)
        item = QTableWidgetItem(outcome_words(shown, line.names))
        if line.meeting_id in self.staged:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(translate("OutcomeSheet", "Not saved yet"))
        self.rows.setItem(row, 3, item)

    # --- entry ---------------------------------------------------------------------------------
    def _keyed(self, row: int, k: OutcomeKey) -> None:
        line = self.lines[row]
        rating = k.rating
        if rating is None:  # H: keep the rating given before
            rating = line.rating if line.status == "held" else ""
        self.staged[line.meeting_id] = Outcome(line.meeting_id, k.status, k.absent, rating, row + 1)
        self.message.hide()
        self._paint(row)
        if row + 1 < self.rows.rowCount():
            self.rows.setCurrentCell(row + 1, 3)

    def save(self) -> None:
        if self._saving:
            return
        if not self.staged:
            self.accept()
            return
        self._saving = True
        outcomes = [
            self.staged[line.meeting_id] for line in self.lines if line.meeting_id in self.staged
        ]
        label = self.table_box.currentText()
        self.page.edits.run(partial(record_outcomes, outcomes=outcomes, source=label))

    def _saved(self, change: object) -> None:
        if self._saving and isinstance(change, Change):
            self._saving = False
            self.staged.clear()
            self.accept()

    def _refused(self, text: str) -> None:
        if self._saving:
            self._saving = False
            self.message.setText(text)
            self.message.show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.rows.setFocus()  # keyboard entry starts at once

    def _discard_ok(self) -> bool:
        answer = QMessageBox.question(
            self,
            translate("OutcomeSheet", "Outcome sheet"),
            self.tr("Discard the %n outcome(s) not saved yet?", "", len(self.staged)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.staged and not self._discard_ok():
            return
        self.staged.clear()
        super().reject()

    def done(self, result: int) -> None:
        self.page.edits.done.disconnect(self._saved)
        self.page.edits.refused.disconnect(self._refused)
        super().done(result)
        self.page.grid.setFocus()  # back to the grid: its keys and Ctrl+Z work again


def open_sheet(page: MeetingsPage, parent: QWidget | None = None) -> OutcomeSheet | None:
    """The sheet of the selected cell's table and session (the first ones when none)."""
    board = page.board
    if board is None or not board.tables or not board.slots:
        page.say(translate("OutcomeSheet", "Set up sessions and tables first."), ok=False)
        return None
    index = page.grid.currentIndex()
    table_id = board.tables[index.row()].id if index.isValid() else board.tables[0].id
    slot = page.model.slot_at(index.column()) if index.isValid() else board.slots[0]
    sheet = OutcomeSheet(page, table_id, slot.session_id)
    sheet.open()
    return sheet
