"""Mark a participant absent: from when, re-place the partners or not, may other meetings move;
a preview worked out off the GUI thread as the options change; then one change on the Meetings
page's undo stack, and the changed agendas to reprint (the Print page, the one pipeline)."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.absence import AbsenceChange, AbsenceReport, mark_absent, preview_absence
from clusterdesk.services.events import EventDB
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.meetings.edits import EditRunner
from clusterdesk.ui.onsite.words import report_lines
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner, plain


class AbsentDialog(QDialog):
    """``reprint(ids)``: the user asked to print these people's agendas."""

    reprint = Signal(list)

    def __init__(
        self,
        db: EventDB,
        runner: TaskRunner,
        edits: EditRunner,
        person: tuple[int, str],
        when: tuple[date, tzinfo | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("absentDialog")
        self.db, self.runner, self.edits = db, runner, edits
        self.day, self.tz = when  # the day a chosen time is on (the event's day)
        self.person_id, name = person
        self.report: AbsenceReport | None = None
        self.done_report: AbsenceReport | None = None
        self.setWindowTitle(translate("onsite", "Absent: %1").replace("%1", name))
        title = QLabel(translate("onsite", "%1 is absent").replace("%1", name))
        title.setObjectName("pageTitle")
        self.from_now = QCheckBox(translate("onsite", "From now"))
        self.from_now.setObjectName("absentFromNow")
        self.from_now.setChecked(True)
        self.since = QTimeEdit()
        self.since.setObjectName("absentSince")
        self.since.setDisplayFormat("HH:mm")
        now = datetime.now(self.tz)
        self.since.setTime(QTime(now.hour, now.minute))
        self.since.setEnabled(False)
        self.replan = QCheckBox(
            translate("onsite", "Re-place the freed partners' waiting requests in free cells")
        )
        self.replan.setObjectName("absentReplan")
        self.replan.setChecked(True)
        self.moves = QCheckBox(
            translate("onsite", "Other meetings may move to make room (one per request)")
        )
        self.moves.setObjectName("absentAllowMoves")
        since_row = QHBoxLayout()
        since_row.addWidget(self.from_now)
        since_row.addWidget(self.since)
        since_row.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("onsite", "Absent"), since_row)
        form.addRow("", self.replan)
        form.addRow("", self.moves)
        self.lines = QListWidget()
        self.lines.setObjectName("absentPreview")
        self.lines.setWordWrap(True)
        self.lines.setMinimumHeight(220)
        self.state = QLabel(translate("onsite", "Working out what changes…"))
        self.state.setObjectName("absentState")
        self.state.setWordWrap(True)
        self.apply = QPushButton(translate("onsite", "Mark absent"))
        self.apply.setObjectName("absentApply")
        self.apply.setDefault(True)
        self.apply.setEnabled(False)
        self.print_button = QPushButton(translate("onsite", "Reprint changed agendas…"))
        self.print_button.setObjectName("absentReprint")
        self.print_button.setEnabled(False)
        close = QPushButton(translate("onsite", "Close"))
        close.setObjectName("absentClose")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("onsite", "What changes:")))
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.resize(640, 520)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.from_now.toggled.connect(self.since.setDisabled)
        for box in (self.from_now, self.replan, self.moves):
            box.toggled.connect(lambda _on: self._debounce.start())
        self.replan.toggled.connect(self.moves.setEnabled)
        self.since.timeChanged.connect(lambda _t: self._debounce.start())
        self.apply.clicked.connect(self.do_apply)
        self.print_button.clicked.connect(self._reprint)
        close.clicked.connect(self.close)
        edits.done.connect(self._done)
        edits.refused.connect(self._refused)
        self.refresh()

    # --- options → preview ---------------------------------------------------------------------
    def since_value(self) -> datetime | None:
        if self.from_now.isChecked():
            return None
        t = self.since.time()
        return datetime.combine(self.day, time(t.hour(), t.minute()), self.tz)

    def options(self) -> dict[str, Any]:
        return {
            "since": self.since_value(),
            "replan": self.replan.isChecked(),
            "allow_moves": self.replan.isChecked() and self.moves.isChecked(),
        }

    def refresh(self) -> None:
        if self.done_report is not None:
            return
        self.apply.setEnabled(False)
        self.state.setText(translate("onsite", "Working out what changes…"))
        job = plain(preview_absence, self.db, self.person_id, **self.options())
        self.runner.run(job, on_result=self._previewed, on_error=self._failed)

    def _previewed(self, report: AbsenceReport) -> None:
        if self.done_report is not None:
            return
        self.report = report
        self._show(report)
        self.apply.setEnabled(bool(report.freed))
        self.state.setText(
            translate(
                "onsite",
                "Nothing is changed until you press “Mark absent”; Ctrl+Z on the grid undoes it.",
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.state.setText(error_text(exc))

    def _show(self, report: AbsenceReport) -> None:
        self.lines.clear()
        for line in report_lines(report, self.tz):
            self.lines.addItem(line)

    # --- doing it ------------------------------------------------------------------------------
    def do_apply(self) -> None:
        if not self.apply.isEnabled():
            return
        self.apply.setEnabled(False)
        self.state.setText(translate("onsite", "Marking absent…"))
        self.edits.run(partial(mark_absent, participant_id=self.person_id, **self.options()))

    def _done(self, change: object) -> None:
        if not isinstance(change, AbsenceChange) or change.report is None:
            return
        if change.report.person.id != self.person_id:
            return
        self.done_report = change.report
        self._show(change.report)
        self.print_button.setEnabled(bool(change.report.changed))
        self.state.setText(
            translate(
                "onsite",
                "Done. Ctrl+Z on the Meetings page (or Undo) puts everything back as it was.",
            )
        )

    def _refused(self, text: str) -> None:
        if self.isVisible() and self.done_report is None:
            self.state.setText(text)
            self.apply.setEnabled(True)

    def _reprint(self) -> None:
        if self.done_report is not None:
            self.reprint.emit([c.id for c in self.done_report.changed])
            self.close()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.done_report is None:
            self.do_apply()
            return
        super().keyPressEvent(event)
