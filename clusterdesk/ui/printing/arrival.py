"""Print-on-arrival at the check-in desk: one badge, the chosen label layout, the remembered
printer, no dialog.

:class:`ArrivalPrinter` is a print-pipeline sink (``services.printing.Sink``): ``deliver`` renders
the prepared badge and sends it to the printer. It blocks until the page is sent, so call it **off
the GUI thread** — :func:`print_arrival_badge` does that through the page context's task runner and
records the print in the print log::

    from clusterdesk.ui.printing.arrival import print_arrival_badge
    print_arrival_badge(context, db, participant_id, desk="Desk 1",
                        on_done=lambda log_id: ..., on_error=lambda exc: ...)
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from clusterdesk.core.errors import UserError
from clusterdesk.documents.output import Cancel, Progress, RenderStats
from clusterdesk.services.checkin import print_badge
from clusterdesk.services.events import EventDB
from clusterdesk.services.printing import PreparedJob, render
from clusterdesk.ui.context import PARTICIPANTS, PageContext
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.printing.prefs import ARRIVAL, PrintPrefs
from clusterdesk.ui.printing.printer import fit_printer_to, known_printer, page_size_of, print_pdf
from clusterdesk.ui.settings import AppSettings
from clusterdesk.ui.workers import Task

PRINT_TOPIC = "print"


class ArrivalPrinter:
    """Prints one participant's badge on the desk's label printer (or into ``output_file``, a PDF,
    which is how the tests and a "print to file" desk work)."""

    def __init__(
        self,
        db: EventDB,
        *,
        layout: str,
        printer_name: str = "",
        output_file: str | Path | None = None,
    ) -> None:
        self.db = db
        self.layout = layout
        self.printer_name = printer_name
        self.output_file = Path(output_file) if output_file else None

    @property
    def label(self) -> str:
        """What the print log records as the printer."""
        return f"PDF: {self.output_file}" if self.output_file else self.printer_name

    def problem(self) -> str:
        """Why printing cannot work right now ("" when it can)."""
        if self.output_file is None and not self.printer_name:
            return translate(
                "ArrivalPrinter",
                "No badge printer is chosen for the check-in desk (Print page → Check-in desk).",
            )
        if self.output_file is None and not known_printer(self.printer_name):
            return translate(
                "ArrivalPrinter", "The badge printer “{0}” is not available on this computer."
            ).format(self.printer_name)
        return ""

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.output_file is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.output_file))
        else:
            printer.setPrinterName(self.printer_name)
        return printer

    def deliver(
        self, job: PreparedJob, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> RenderStats:
        """Render the job and print every page on this desk's printer (raises on failure)."""
        problem = self.problem()
        if problem:
            raise UserError(problem)
        with tempfile.TemporaryDirectory(prefix="clusterdesk-badge-") as folder:
            pdf = Path(folder) / "badge.pdf"
            stats = render(job, pdf, progress=progress, cancel=cancel)
            printer = self._printer()
            fit_printer_to(printer, page_size_of(pdf))
            print_pdf(pdf, printer)
        return stats


def arrival_printer(settings: AppSettings, db: EventDB) -> ArrivalPrinter:
    """The desk's printer as chosen on the Print page (layout and printer are remembered)."""
    prefs = PrintPrefs(settings)
    return ArrivalPrinter(db, layout=prefs.layout(ARRIVAL), printer_name=prefs.printer(ARRIVAL))


def print_arrival_badge(
    context: PageContext,
    db: EventDB,
    participant_id: int,
    *,
    desk: str = "",
    printer: ArrivalPrinter | None = None,
    on_done: Callable[[int], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Print the badge off the GUI thread, log it, then announce it on the bus.

    ``on_done(print_log_id)`` / ``on_error(exc)`` run on the GUI thread; on error nothing is logged.
    """
    chosen = printer or arrival_printer(context.settings, db)

    def job(_progress: object, _cancelled: object) -> int:
        return print_badge(db, chosen, participant_id, desk=desk, layout=chosen.layout)

    def done(log_id: int) -> None:
        context.bus.changed.emit(PARTICIPANTS)
        context.bus.changed.emit(PRINT_TOPIC)
        if on_done is not None:
            on_done(log_id)

    return context.runner.run(job, on_result=done, on_error=on_error)
