"""Badge printing from the desk: print-on-arrival and reprint, off the GUI thread, logged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from clusterdesk.services.checkin import print_badge
from clusterdesk.services.events import EventDB
from clusterdesk.services.printing import Sink
from clusterdesk.ui.context import PageContext
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner, plain


class DeskPrinting(QObject):
    """Sends one badge to the printer; ``status`` says what happened (for the desk's status line).

    ``printer`` (a print-pipeline sink) wins when set; otherwise the check-in desk printer chosen
    on the Print page is used (when the app gave us its context).
    """

    status = Signal(str)

    def __init__(self, context: PageContext | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = context.runner if context else TaskRunner(self, max_threads=1)
        self.printer: Sink | None = None

    def print_badge(self, db: EventDB, participant_id: int, desk: str) -> None:
        done: Callable[[object], None] = lambda _log_id: self.status.emit(  # noqa: E731
            self.tr("Badge printed.")
        )
        failed: Callable[[BaseException], None] = lambda exc: self.status.emit(  # noqa: E731
            self.tr("Badge not printed: %1").replace("%1", error_text(exc))
        )
        if self.printer is not None:
            self.status.emit(self.tr("Printing the badge…"))
            job = plain(print_badge, db, self.printer, participant_id, desk=desk)
            self.runner.run(job, on_result=done, on_error=failed)
        elif self.context is not None:
            from clusterdesk.ui.printing.arrival import print_arrival_badge

            self.status.emit(self.tr("Printing the badge…"))
            print_arrival_badge(
                self.context, db, participant_id, desk=desk, on_done=done, on_error=failed
            )
        else:
            self.status.emit(self.tr("No badge printer is connected to this desk."))
