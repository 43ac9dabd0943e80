"""Undoing a scheduler run on the Meetings page: the plan is stored before every run
(``services.plan_backups``), and afterwards the page offers to bring it back — a button beside the
run's summary, and "Restore the plan before the last scheduler run…" in the More menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from clusterdesk.core.heap import quiet_gc
from clusterdesk.core.messages import Msg
from clusterdesk.services import plan_backups
from clusterdesk.services.auto_backups import SCHEDULE, BackupAttempt, backup_before
from clusterdesk.services.events import EventDB, event_info
from clusterdesk.services.meeting_board import Board, load_board
from clusterdesk.services.plan_backups import PlanBackupInfo, Restored
from clusterdesk.ui.context import MEETINGS, PageContext
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.icons import icon
from clusterdesk.ui.words import describe, error_text
from clusterdesk.ui.workers import plain

Loaded = tuple[Board, PlanBackupInfo | None, tzinfo]


def backed_up_and_stored(db: EventDB, summary: str) -> tuple[PlanBackupInfo, BackupAttempt]:
    """Before a scheduler run: the automatic backup of the event file (the CLI's too), then the
    plan as it is (a job for the runner). A failed backup does not stop the run."""
    attempt = backup_before(db, SCHEDULE)
    return plan_backups.save_plan(db, summary, actor="app"), attempt


def load_with_plan(db: EventDB) -> Loaded:
    """The board, the newest stored plan and the event's time zone (a job for the runner)."""
    with quiet_gc():  # a 40,000-meeting board: no collector pass may stall the GUI thread
        board = load_board(db)
        latest = plan_backups.latest_plan(db)  # reads the stored plan: as many rows again
    return board, latest, event_info(db).tz


class PlanUndo(QObject):
    """``restored(text)`` after a stored plan came back (the page reloads and says so)."""

    restored = Signal(str)

    def __init__(self, context: PageContext, page: QWidget) -> None:
        super().__init__(page)
        self.context = context
        self.page = page
        self.db: Any = None
        self.latest: PlanBackupInfo | None = None
        self.tz: tzinfo | None = None  # the event's
        self.button = QPushButton(
            icon("history"), self.tr("Restore the plan before this run"), page
        )
        self.button.setObjectName("restorePlanButton")
        self.button.hide()
        self.button.clicked.connect(self.ask_restore)
        self.box: QMessageBox | None = None

    def set_db(self, db: Any) -> None:
        self.db = db
        self.latest = None
        self.button.hide()

    def known(self, latest: PlanBackupInfo | None, tz: tzinfo) -> None:
        """The newest stored plan and the event's time zone (read with the board)."""
        self.latest, self.tz = latest, tz

    def before_run(
        self,
        summary: Msg,
        then: Callable[[], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Store the plan as it is, then start the run (``then``)."""
        db = self.db
        if db is None:
            return

        def stored(result: tuple[PlanBackupInfo, BackupAttempt]) -> None:
            self.latest, attempt = result
            if attempt.error is not None:
                self.warn(attempt.error)
            then()

        self.context.runner.run(
            plain(backed_up_and_stored, db, summary),
            on_result=stored,
            on_error=failed,
        )

    def warn(self, error: BaseException) -> None:
        """A failed automatic backup: said in the status bar, the run goes on."""
        bar = getattr(self.context.window, "statusBar", None)
        text = self.tr(
            "The automatic backup before the scheduler run failed ({0}); the run goes on without it."
        ).format(error_text(error))
        if callable(bar):
            bar().showMessage(text, 30_000)

    def offer(self) -> None:
        self.button.setVisible(self.latest is not None)

    def ask_restore(self) -> QMessageBox | None:
        latest, db = self.latest, self.db
        if latest is None or db is None:
            QMessageBox.information(
                self.page,
                self.tr("Restore a plan"),
                self.tr("No plan has been stored yet: one is kept before every scheduler run."),
            )
            return None
        when = f"{latest.at.astimezone(self.tz):%Y-%m-%d %H:%M}"
        board = getattr(self.page, "board", None)
        now = (
            sum(1 for m in board.meetings if m.status == "scheduled" and not m.locked)
            if board
            else 0
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore the previous plan"),
            self.tr("Bring back the plan stored at {0}, {1}?").format(
                when, describe(latest.summary)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.page,
        )
        box.setObjectName("restorePlanBox")
        box.setInformativeText(
            self.tr(
                "Its {0} scheduled meetings replace the {1} unlocked scheduled meetings on the "
                "grid now. Locked, held, no-show and cancelled meetings stay as they are. The "
                "current plan is stored first, so this can be undone the same way."
            ).format(latest.movable, now)
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda b: self.restore(latest.id) if b is yes else None)
        self.box = box
        box.open()
        return box

    def restore(self, backup_id: int) -> None:
        db = self.db
        if db is None:
            return
        self.button.hide()
        self.context.runner.run(
            plain(plan_backups.restore_plan, db, backup_id, actor="app"),
            on_result=self._done,
            on_error=lambda exc: show_error(self.page, exc, self.tr("Restore a plan")),
        )

    def _done(self, result: Restored) -> None:
        text = self.tr("The previous plan is back: {0} meetings restored.").format(result.restored)
        if result.left_out:
            text += " " + self.tr("Left out (changed since): {0}").format(
                "; ".join(describe(why) for why in result.left_out[:5])
                + ("…" if len(result.left_out) > 5 else "")
            )
        self.context.bus.changed.emit(MEETINGS)
        self.restored.emit(text)
