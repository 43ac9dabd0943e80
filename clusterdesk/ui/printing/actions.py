"""Print… and Save as PDF…: send the rendered PDF to a printer (off the GUI thread, with progress
and Cancel) or to a file, then record what was printed and announce it on the bus."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from clusterdesk.core.errors import UserError
from clusterdesk.services.printing import BADGE, PreparedJob, record
from clusterdesk.ui.context import PARTICIPANTS, PageContext
from clusterdesk.ui.dialogs.progress import run_with_progress
from clusterdesk.ui.dialogs.saving import offer_open, open_location, start_folder
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.printing.pipeline import PreviewPipeline
from clusterdesk.ui.printing.prefs import PrintPrefs
from clusterdesk.ui.printing.print_process import PrintProcess
from clusterdesk.ui.printing.print_worker import printer_job
from clusterdesk.ui.printing.printer import (
    fit_printer_to,
    known_printer,
    page_size_of,
    print_pdf,
    printer_label,
)
from clusterdesk.ui.workers import Task

PRINT_TOPIC = "print"


def show_modal(dialog: QDialog) -> None:
    """Window-modal and non-blocking (PySide's ``open()`` of these dialogs wants a receiver)."""
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()


def progress_dialog(parent: QWidget, title: str, total: int) -> QProgressDialog:
    dialog = QProgressDialog(title, translate("PrintActions", "Cancel"), 0, max(1, total), parent)
    dialog.setObjectName("printProgress")
    dialog.setWindowTitle(title.rstrip("…."))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


class PrintActions(QObject):
    message = Signal(str)  # a short status line for the page
    recorded = Signal(int, int)  # items logged, of which reprints

    def __init__(self, context: PageContext, pipeline: PreviewPipeline, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.pipeline = pipeline
        self.prefs = PrintPrefs(context.settings)
        self.widget = parent
        self.task: Task | None = None
        self.process: PrintProcess | None = None
        self.dialog: QPrintDialog | QFileDialog | QMessageBox | None = None

    def _current(self) -> tuple[PreparedJob, Path] | None:
        job, path = self.pipeline.job, self.pipeline.path
        if not self.pipeline.ready or job is None or path is None:
            self.message.emit(self.tr("Wait for the preview to finish, then try again."))
            return None
        return job, path

    # printing ----------------------------------------------------------------------------
    def new_printer(self, job: PreparedJob) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = self.prefs.printer(job.choices.kind)
        if known_printer(remembered):
            printer.setPrinterName(remembered)
        printer.setDocName(self.tr("ClusterDesk — {0}").format(job.layout_title))
        return printer

    def print_dialog(self) -> QPrintDialog | None:
        current = self._current()
        if current is None:
            return None
        job, path = current
        printer = self.new_printer(job)
        fit_printer_to(printer, page_size_of(path))
        dialog = QPrintDialog(printer, self.widget)
        dialog.setWindowTitle(self.tr("Print {0}").format(job.layout_title))
        dialog.setMinMax(1, max(1, job.pages))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.dialog = dialog
        show_modal(dialog)
        return dialog

    def print_to(self, printer: QPrinter) -> Task | PrintProcess | None:
        """Print the current PDF on ``printer`` (as chosen in the dialog, or a test's PDF printer).

        The pages are rasterised and spooled in the print worker process; progress and Cancel
        come back through signals. Returns the running job (``cancel()``, ``done``).
        """
        current = self._current()
        if current is None:
            return None
        job, path = current
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            self.prefs.set_printer(job.choices.kind, printer.printerName())
        if not printer.fullPage():  # not prepared by print_dialog (e.g. a PDF printer)
            fit_printer_to(printer, page_size_of(path))
        pages = range(job.pages)
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            pages = range(printer.fromPage() - 1, min(job.pages, printer.toPage()))
        label = printer_label(printer)
        title = self.tr("Printing {0} pages…").format(len(pages))

        def printed(_pages: object) -> None:
            self._record(job, label, job.ids_on_pages(pages))

        def cancelled() -> None:
            self.message.emit(self.tr("Printing cancelled: nothing was recorded as printed."))

        if not PrintProcess.available():  # a frozen build: a worker thread instead
            self.task, _dialog = run_with_progress(
                self.widget,
                self.context.runner,
                lambda progress, stop: print_pdf(path, printer, progress, stop, pages=pages),
                title,
                on_result=printed,
                on_error=lambda exc: show_error(self.widget, exc, self.tr("Printing failed")),
            )
            self.task.on_cancelled = cancelled
            return self.task
        own = self.pipeline.keep_copy(path)  # the preview may move on while this prints
        process = PrintProcess(printer_job(printer, own, pages), self)
        dialog = progress_dialog(self.widget, title, len(pages))
        dialog.canceled.connect(process.cancel)
        process.progressed.connect(lambda done, total: dialog.setValue(min(done, total)))
        process.succeeded.connect(printed)
        process.cancelled.connect(cancelled)
        process.failed.connect(
            lambda text: show_error(
                self.widget, UserError(self.tr("Printing failed: {0}").format(text))
            )
        )

        def finished(*_args: object) -> None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
            own.unlink(missing_ok=True)

        for signal in (process.succeeded, process.failed, process.cancelled):
            signal.connect(finished)
        self.process = process
        process.start()
        return process

    # saving ------------------------------------------------------------------------------
    def save_dialog(self) -> QFileDialog | None:
        current = self._current()
        if current is None:
            return None
        job, _path = current
        name = {
            "badge": "badges.pdf",
            "table_card": "table-cards.pdf",
            "agenda": "agendas.pdf",
            "table_sheet": "table-sheets.pdf",
            "master_schedule": "master-schedule.pdf",
            "catalogue": "participants.pdf",
        }.get(job.kind, "document.pdf")
        folder = start_folder(self.context.settings, getattr(self.pipeline.db, "path", None))
        dialog = QFileDialog(self.widget, self.tr("Save as PDF"), str(folder / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.fileSelected.connect(lambda chosen: self._ask_and_save(Path(chosen)))
        self.dialog = dialog
        show_modal(dialog)
        return dialog

    def _ask_and_save(self, target: Path) -> None:
        self.context.settings.set_last_folder(str(target.parent))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Save as PDF"),
            self.tr(
                "Will this file be printed? Then it is recorded as printed "
                '(and left out of "only … not printed yet").'
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.widget,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(
            lambda result: self.save_to(
                target, record_print=result == QMessageBox.StandardButton.Yes
            )
        )
        self.dialog = box
        show_modal(box)

    def save_to(self, target: Path, *, record_print: bool) -> Task | None:
        """Copy the rendered PDF to ``target``; with ``record_print`` log it as printed."""
        current = self._current()
        if current is None:
            return None
        job, path = current

        def done(_result: object) -> None:
            said = self.tr("Saved {0}").format(str(target))
            self.message.emit(said)
            if record_print:
                self._record(job, f"PDF: {target}", job.ids)
            self.dialog = offer_open(
                self.widget,
                self.tr("Save as PDF"),
                said,
                [target],
                opener=lambda path: open_location(path),
                name="pdfSavedBox",
            )

        self.task = self.context.runner.run(
            lambda _p, _c: shutil.copyfile(path, target),
            on_result=done,
            on_error=lambda exc: show_error(self.widget, exc, self.tr("Saving failed")),
        )
        return self.task

    # the print log -----------------------------------------------------------------------
    def _record(self, job: PreparedJob, printer: str, ids: list[int]) -> None:
        db = self.pipeline.db
        if db is None:
            return

        def announce(reprints: int) -> None:
            if job.choices.kind == BADGE:
                self.context.bus.changed.emit(PARTICIPANTS)
            self.context.bus.changed.emit(PRINT_TOPIC)
            self.recorded.emit(len(ids), reprints)

        self.context.runner.run(
            lambda _p, _c: record(db, job, printer=printer, ids=ids),
            on_result=announce,
            on_error=lambda exc: show_error(self.widget, exc),
        )
