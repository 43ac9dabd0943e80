"""Add or edit one programme item: title, day, start, end, room, speakers, description."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.events import EventDB
from clusterdesk.services.programme import ProgrammeInput, ProgrammeRow, add_item, update_item
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.words import capitalised, describe
from clusterdesk.ui.workers import TaskRunner, plain

ERROR_STYLE = "color: #b42318;"


class ProgrammeDialog(QDialog):
    """``saved(item_id)`` is emitted after the item was written; the dialog then closes."""

    saved = Signal(int)

    def __init__(
        self,
        db: EventDB,
        runner: TaskRunner,
        day: date,
        row: ProgrammeRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.runner, self.row = db, runner, row
        self.setObjectName("programmeDialog")
        self.setWindowTitle(
            self.tr("Edit programme item") if row else self.tr("Add programme item")
        )
        self.setMinimumWidth(480)
        self.title = QLineEdit(self)
        self.title.setObjectName("field_title")
        self.day = QDateEdit(self)
        self.day.setObjectName("field_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(self)
        self.start.setObjectName("field_start")
        self.end = QTimeEdit(self)
        self.end.setObjectName("field_end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.room = QLineEdit(self)
        self.room.setObjectName("field_room")
        self.speakers = QLineEdit(self)
        self.speakers.setObjectName("field_speakers")
        self.speakers.setPlaceholderText(self.tr("e.g. Kęstutis Šetkus, Олена Фесенко"))
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("field_description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.message = QLabel(self)
        self.message.setObjectName("programmeProblems")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Ends"), self.end)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Speakers"), self.speakers)
        form.addRow(self.tr("Description"), self.description)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if row is not None:
            self.title.setText(row.title)
            day = row.starts_at.date()
            self._times(row.starts_at.time(), row.ends_at.time())
            self.room.setText(row.room)
            self.speakers.setText(row.speakers)
            self.description.setPlainText(row.description)
        else:
            self._times(time(9, 0), time(10, 0))
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.title.textChanged.connect(self._revalidate)
        self.room.textChanged.connect(self._revalidate)
        self.start.timeChanged.connect(self._revalidate)
        self.end.timeChanged.connect(self._revalidate)
        self._revalidate()
        self.title.setFocus()

    def _times(self, start: time, end: time) -> None:
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))

    def value(self) -> ProgrammeInput:
        d, s, e = self.day.date(), self.start.time(), self.end.time()
        return ProgrammeInput(
            self.title.text(),
            date(d.year(), d.month(), d.day()),
            time(s.hour(), s.minute()),
            time(e.hour(), e.minute()),
            self.room.text(),
            self.speakers.text(),
            self.description.toPlainText(),
        )

    def _revalidate(self) -> None:
        problems = self.value().problems()
        self.message.setText("\n".join(capitalised(describe(m)) for _f, m in problems))
        self.save_button.setEnabled(not problems)

    def save(self) -> None:
        data = self.value()
        if data.problems():
            return
        self.save_button.setEnabled(False)
        if self.row is None:
            job = plain(add_item, self.db, data)
        else:
            item_id = self.row.id

            def update() -> int:
                update_item(self.db, item_id, data)
                return item_id

            job = plain(update)
        self.runner.run(job, on_result=self._saved, on_error=self._failed)

    def _saved(self, item_id: int) -> None:
        self.saved.emit(item_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, error)
