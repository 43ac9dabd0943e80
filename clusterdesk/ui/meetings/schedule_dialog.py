"""Running the scheduler from the GUI: the options dialog (keep what is placed, or plan every
unlocked meeting anew; a time limit, automatic by default; fair sharing of breaks) and the
progress dialog (phase, meetings placed, breaks, the best a plan could do as far as proven,
elapsed time of the limit, Stop — which keeps the best valid plan found so far). When the run
ends the progress dialog stays open, no longer modal, with the outcome: proven optimal or how
far from perfect the plan can be at most."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
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

AUTOMATIC = 0
"""Time limit spin box value meaning "by the size of the event"."""
DEFAULT_FAIRNESS = 2
UNAVOIDABLE_SHOWN = 5


class ScheduleOptionsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        time_limit: int = AUTOMATIC,
        fairness: int | None = None,
    ) -> None:
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
        self.limit.setRange(AUTOMATIC, 600)
        self.limit.setSuffix(self.tr(" s"))
        self.limit.setSpecialValueText(self.tr("Automatic"))
        self.limit.setValue(time_limit)
        self.limit.setToolTip(
            self.tr(
                "Automatic: 10 s for a forum of a few hundred meetings, more for large events "
                "(60 s for 50,000 requests). The run ends earlier when the plan is proven best."
            )
        )
        self.fair = QCheckBox(self.tr("Share breaks fairly: nobody has more than"))
        self.fair.setObjectName("fairBreaks")
        self.fair_d = QSpinBox()
        self.fair_d.setObjectName("fairnessLimit")
        self.fair_d.setRange(0, 20)
        self.fair_d.setValue(DEFAULT_FAIRNESS if fairness is None else fairness)
        self.fair_d.setSuffix(self.tr(" breaks more than anyone else"))
        self.fair.setChecked(fairness is not None)
        self.fair_d.setEnabled(fairness is not None)
        self.fair.toggled.connect(self.fair_d.setEnabled)
        fair_row = QHBoxLayout()
        fair_row.addWidget(self.fair)
        fair_row.addWidget(self.fair_d, 1)
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
        layout.addLayout(fair_row)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @property
    def keep_existing(self) -> bool:
        return self.keep.isChecked()

    @property
    def time_limit(self) -> float | None:
        """Seconds, or None for automatic."""
        return None if self.limit.value() == AUTOMATIC else float(self.limit.value())

    @property
    def fairness(self) -> int | None:
        return self.fair_d.value() if self.fair.isChecked() else None


class _Relay(QObject):
    """Carries the solver's progress from the worker thread to the GUI thread (queued)."""

    progressed = Signal(object)


class ScheduleProgressDialog(QDialog):
    """Shows the scheduler at work; Stop asks it to stop and keep the best plan so far. At the
    end it shows the outcome until closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleProgress")
        self.setWindowTitle(self.tr("Scheduling meetings"))
        self.setModal(True)
        self.setMinimumWidth(460)
        self.phase = QLabel(self.tr("Starting…"))
        self.phase.setObjectName("phase")
        self.placed = QLabel("0")
        self.placed.setObjectName("placed")
        self.breaks = QLabel("–")
        self.breaks.setObjectName("breaks")
        self.bound = QLabel(self.tr("not known yet"))
        self.bound.setObjectName("bound")
        self.bound.setWordWrap(True)
        self.elapsed = QLabel("0.0 s")
        self.elapsed.setObjectName("elapsed")
        self.unavoidable = QLabel()
        self.unavoidable.setObjectName("unavoidable")
        self.unavoidable.setWordWrap(True)
        self.unavoidable.hide()
        self.bar = QProgressBar()
        self.bar.setObjectName("timeBar")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Phase:"), self.phase)
        form.addRow(self.tr("Meetings placed:"), self.placed)
        form.addRow(self.tr("Breaks:"), self.breaks)
        form.addRow(self.tr("Best possible:"), self.bound)
        form.addRow(self.tr("Time:"), self.elapsed)
        form.addRow(self.unavoidable)
        self.cancel_button = QPushButton(self.tr("Stop and keep the best plan"))
        self.cancel_button.setObjectName("cancelSchedule")
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeSchedule")
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.stop = threading.Event()
        self.limit = 0.0
        self.finished_run = False
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(200)

    def _tick(self) -> None:
        seconds = self._clock.elapsed() / 1000
        if self.limit:
            self.elapsed.setText(self.tr("{0:.1f} s of {1:.0f} s").format(seconds, self.limit))
            self.bar.setValue(min(1000, int(1000 * seconds / self.limit)))
        else:
            self.elapsed.setText(self.tr("{0:.1f} s").format(seconds))

    def _cancel(self) -> None:
        self.stop.set()
        self.cancel_button.setEnabled(False)
        self.phase.setText(self.tr("Stopping — keeping the best plan found so far…"))

    def reject(self) -> None:  # Esc or the window's close button: stop; after the run, close
        if self.finished_run:
            super().reject()
        else:
            self._cancel()

    def phase_text(self, phase: str) -> str:
        names = {
            "construct": self.tr("Building a first plan"),
            "repair": self.tr("Placing the requests left over"),
            "descend": self.tr("Improving the first plan"),
            "exact": self.tr("Improving (exact solver)"),
            "lns": self.tr("Improving (search)"),
            "placement-proven": self.tr("Most meetings possible: proven"),
            "bound": self.tr("Proving how few breaks are possible"),
            "optimal": self.tr("Proven optimal"),
            "done": self.tr("Writing the plan"),
        }
        return names.get(phase, phase)

    def show_progress(self, p: Progress) -> None:
        if p.limit:
            self.limit = p.limit
        if not self.stop.is_set():
            self.phase.setText(self.phase_text(p.phase))
        self.placed.setText(str(p.scheduled))
        self.breaks.setText(str(p.breaks))
        if p.optimal:
            self.bound.setText(self.tr("this plan — proven optimal"))
        elif p.lower_bound is not None:
            self.bound.setText(self.tr("at least {0} breaks").format(p.lower_bound))

    def reason_text(self, reason: str) -> str:
        names = {
            "availability": self.tr("availability"),
            "session": self.tr("session restriction"),
            "fixed table": self.tr("fixed table"),
            "kept": self.tr("locked meetings"),
        }
        return names.get(reason, reason)

    def show_outcome(self, plan: MeetingPlan) -> None:
        """The run is over: the outcome stays visible (no longer modal) until closed."""
        self._timer.stop()
        self.finished_run = True
        if plan.time_limit:
            self.limit = plan.time_limit
        self.setWindowTitle(self.tr("Meetings scheduled"))
        self.placed.setText(
            self.tr("{0} ({1} unscheduled)").format(plan.scheduled, len(plan.unscheduled))
        )
        self.breaks.setText(str(plan.breaks))
        if plan.optimal:
            self.phase.setText(self.tr("Done: the plan is proven optimal"))
            self.bound.setText(self.tr("this plan — proven optimal"))
        else:
            self.phase.setText(
                self.tr("Stopped early: the best plan found so far was kept")
                if self.stop.is_set()
                else self.tr("Done: time limit reached")
            )
            if plan.lower_bound is not None:
                self.bound.setText(
                    self.tr("at least {0} breaks (this plan: at most {1} more)").format(
                        plan.lower_bound, plan.breaks - plan.lower_bound
                    )
                )
            else:
                self.bound.setText(self.tr("not proven"))
        if plan.fairness is not None:
            low, high = plan.spread
            fair = self.tr("met") if plan.fair else self.tr("not met")
            self.phase.setText(
                self.phase.text()
                + "\n"
                + self.tr("Fair sharing ({0}): {1}, breaks per participant {2}–{3}").format(
                    plan.fairness, fair, low, high
                )
            )
        self.elapsed.setText(self.tr("{0:.1f} s of {1:.0f} s").format(plan.seconds, self.limit))
        forced = [b for b in plan.participants if b.unavoidable]
        if forced:
            lines = [
                self.tr("{0}: {1} ({2})").format(
                    b.name or b.email,
                    b.unavoidable,
                    ", ".join(self.reason_text(r) for r in b.reasons),
                )
                for b in forced[:UNAVOIDABLE_SHOWN]
            ]
            if len(forced) > UNAVOIDABLE_SHOWN:
                lines.append(self.tr("and {0} more").format(len(forced) - UNAVOIDABLE_SHOWN))
            self.unavoidable.setText(
                self.tr("Breaks no plan could avoid, with the meetings they have:")
                + "\n"
                + "\n".join(lines)
            )
            self.unavoidable.show()
        self.bar.setValue(
            1000 if plan.optimal else min(1000, int(1000 * plan.seconds / self.limit))
        )
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        visible = self.isVisible()
        self.hide()  # a shown window keeps its modality: hide, change, show again
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        if visible:
            self.show()
        self.close_button.setFocus()

    def finish(self) -> None:
        self._timer.stop()
        self.finished_run = True
        self.done(QDialog.DialogCode.Accepted)


def run_schedule(
    runner: TaskRunner,
    db: EventDB,
    dialog: ScheduleProgressDialog,
    *,
    keep_existing: bool,
    time_limit: float | None,
    only: set[int] | None = None,
    fairness: int | None = None,
    on_result: Callable[[MeetingPlan], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Run the scheduler on the runner, reporting to ``dialog``; the dialog's Stop ends it early
    and the best valid plan is written and delivered like a finished one. ``time_limit`` None
    (or 0): by the size of the event."""
    relay = _Relay(dialog)
    relay.progressed.connect(dialog.show_progress, Qt.ConnectionType.QueuedConnection)

    def job(_progress: object, _cancelled: object) -> MeetingPlan:
        return schedule_meetings(
            db,
            keep_existing=keep_existing,
            time_limit=time_limit or None,
            only=only,
            fairness=fairness,
            progress=relay.progressed.emit,
            cancel=dialog.stop.is_set,
        )

    def done(plan: object) -> None:
        assert isinstance(plan, MeetingPlan)
        dialog.show_outcome(plan)
        on_result(plan)

    def failed(error: BaseException) -> None:
        dialog.finish()
        on_error(error)

    parent = dialog.parentWidget()
    if parent is not None:  # the outcome of an earlier run is replaced by this one
        for old in parent.findChildren(ScheduleProgressDialog):
            if old is not dialog and old.finished_run:
                old.close()
    dialog.open()
    return runner.run(job, on_result=done, on_error=failed)
