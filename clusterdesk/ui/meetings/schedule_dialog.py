"""Running the scheduler from the GUI: the options dialog (keep what is placed, or plan every
unlocked meeting anew; a time limit) and the progress dialog (phase, meetings placed, breaks,
elapsed time, Cancel — which keeps the best valid plan found so far)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.scheduling.problem import Progress
from clusterdesk.services.events import EventDB
from clusterdesk.services.meetings import MeetingPlan, schedule_meetings
from clusterdesk.ui.workers import Task, TaskRunner


class ScheduleOptionsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, time_limit: int = 10) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleOptions")
        self.setWindowTitle(self.tr("Schedule meetings"))
        self.keep = QRadioButton(self.tr("Keep what is placed; add the unscheduled requests only"))
        self.keep.setObjectName("keepExisting")
        self.all = QRadioButton(self.tr("Plan every unlocked meeting anew"))
        self.all.setObjectName("planAll")
        self.keep.setChecked(True)
        self.limit = QSpinBox()
        self.limit.setObjectName("timeLimit")
        self.limit.setRange(1, 600)
        self.limit.setSuffix(self.tr(" s"))
        self.limit.setValue(time_limit)
        note = QLabel(self.tr("Locked, held and no-show meetings never move."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Time limit:"), self.limit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Schedule"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.keep, self.all):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @property
    def keep_existing(self) -> bool:
        return self.keep.isChecked()


class _Relay(QObject):
    """Carries the solver's progress from the worker thread to the GUI thread (queued)."""

    progressed = Signal(object)


class ScheduleProgressDialog(QDialog):
    """Shows the scheduler at work; Cancel asks it to stop and keep the best plan so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleProgress")
        self.setWindowTitle(self.tr("Scheduling meetings"))
        self.setModal(True)
        self.phase = QLabel(self.tr("Starting…"))
        self.phase.setObjectName("phase")
        self.placed = QLabel("0")
        self.placed.setObjectName("placed")
        self.breaks = QLabel("–")
        self.breaks.setObjectName("breaks")
        self.elapsed = QLabel("0.0 s")
        self.elapsed.setObjectName("elapsed")
        form = QFormLayout()
        form.addRow(self.tr("Phase:"), self.phase)
        form.addRow(self.tr("Meetings placed:"), self.placed)
        form.addRow(self.tr("Breaks:"), self.breaks)
        form.addRow(self.tr("Elapsed:"), self.elapsed)
        self.cancel_button = QPushButton(self.tr("Stop and keep the best plan"))
        self.cancel_button.setObjectName("cancelSchedule")
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.stop = threading.Event()
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(200)

    def _tick(self) -> None:
        self.elapsed.setText(self.tr("{0:.1f} s").format(self._clock.elapsed() / 1000))

    def _cancel(self) -> None:
        self.stop.set()
        self.cancel_button.setEnabled(False)
        self.phase.setText(self.tr("Stopping — keeping the best plan found so far…"))

    def reject(self) -> None:  # Esc or the window's close button: stop, don't vanish
        self._cancel()

    def show_progress(self, p: Progress) -> None:
        if not self.stop.is_set():
            self.phase.setText(p.phase)
        self.placed.setText(str(p.scheduled))
        self.breaks.setText(str(p.breaks))

    def finish(self) -> None:
        self._timer.stop()
        self.done(QDialog.DialogCode.Accepted)


def run_schedule(
    runner: TaskRunner,
    db: EventDB,
    dialog: ScheduleProgressDialog,
    *,
    keep_existing: bool,
    time_limit: float,
    only: set[int] | None = None,
    on_result: Callable[[MeetingPlan], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Run the scheduler on the runner, reporting to ``dialog``; the dialog's Cancel stops it
    early and the best valid plan is written and delivered like a finished one."""
    relay = _Relay(dialog)
    relay.progressed.connect(dialog.show_progress, Qt.ConnectionType.QueuedConnection)

    def job(_progress: object, _cancelled: object) -> MeetingPlan:
        return schedule_meetings(
            db,
            keep_existing=keep_existing,
            time_limit=time_limit,
            only=only,
            progress=relay.progressed.emit,
            cancel=dialog.stop.is_set,
        )

    def done(plan: object) -> None:
        dialog.finish()
        assert isinstance(plan, MeetingPlan)
        on_result(plan)

    def failed(error: BaseException) -> None:
        dialog.finish()
        on_error(error)

    dialog.open()
    return runner.run(job, on_result=done, on_error=failed)
