"""Wizard steps 4 and 5: validate (a dry run that lists every problem) and import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from clusterdesk.core.errors import UserError
from clusterdesk.services.auto_backups import IMPORT, BackupAttempt, backup_before
from clusterdesk.services.events import EventDB
from clusterdesk.services.people_import import (
    ImportReport,
    import_participants,
    import_programme,
    import_requests,
)
from clusterdesk.ui.dialogs.saving import open_location
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.import_wizard.state import PARTICIPANTS, PROGRAMME, ImportState
from clusterdesk.ui.words import describe, error_text
from clusterdesk.ui.workers import Task, TaskRunner


class ImportCancelled(Exception):
    """Raised inside the import's transaction to roll it back when the user cancels."""


def run_import(
    db: EventDB,
    state: ImportState,
    *,
    dry_run: bool,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """The import of ``state`` (a dry run checks every row, and with the file's problems also
    counts what importing the valid rows would do, and lists possible duplicates)."""
    common: dict[str, Any] = {
        "encoding": state.encoding,
        "delimiter": state.delimiter,
        "mapping": state.mapping(),
        "update": state.update,
        "dry_run": dry_run,
        "progress": progress,
        "table": state.table,
    }
    if state.kind == PROGRAMME:
        return import_programme(db, state.path, **common)
    skipping: dict[str, Any] = {
        "skip_invalid": dry_run or state.skip_invalid,
        "skipped_file": state.skipped_file or None,
        "words": describe,
    }
    if state.kind == PARTICIPANTS:
        return import_participants(
            db,
            state.path,
            **common,
            **skipping,
            merge=state.merge,
            leave_out=state.leave_out,
        )
    return import_requests(db, state.path, **common, **skipping)


def counts_text(page: QWizardPage, report: ImportReport, dry_run: bool) -> str:
    if dry_run:
        return translate(
            "ImportSummary", "{0} rows checked: {1} to create, {2} to update, {3} unchanged."
        ).format(report.rows, report.created, report.updated, report.unchanged)
    return translate(
        "ImportSummary", "{0} rows read: {1} created, {2} updated, {3} unchanged."
    ).format(report.rows, report.created, report.updated, report.unchanged)


class ImportPage(QWizardPage):
    """Runs the import (cancel rolls it back) and then shows what was done."""

    def __init__(
        self,
        state: ImportState,
        runner: TaskRunner,
        db: EventDB,
        on_imported: Callable[[ImportReport], None],
    ) -> None:
        super().__init__()
        self.state, self.runner, self.db = state, runner, db
        self.on_imported = on_imported
        self.task: Task | None = None
        self.backup: BackupAttempt | None = None  # the automatic backup before the import
        self.done = False
        self.setTitle(self.tr("Import"))
        self.setFinalPage(True)
        self.bar = QProgressBar(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.open_skipped = QPushButton(self.tr("Open the skipped rows"), self)
        self.open_skipped.setObjectName("openSkipped")
        self.open_skipped.hide()
        self.open_skipped.clicked.connect(self._open_skipped)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.open_skipped, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.done = False
        self.state.report = None
        self.bar.setRange(0, 0)
        self.bar.show()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Importing…"))

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            def report(done: int, total: int) -> None:
                if cancelled():
                    raise ImportCancelled
                progress(done, total)

            self.backup = backup_before(self.db, IMPORT)  # failing, it warns and lets it go on
            return run_import(self.db, self.state, dry_run=False, progress=report)

        self.task = self.runner.run(
            job,
            on_result=self._imported,
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _imported(self, report: ImportReport) -> None:
        self.task = None
        self.done = True
        self.state.report = report
        self.bar.hide()
        self.summary.setStyleSheet("color: #1a7f37;")
        text = counts_text(self, report, dry_run=False)
        if report.merged:
            text += " " + self.tr(
                "%n row(s) merged into people already registered.", "", report.merged
            )
        if report.skipped:
            text += "\n" + self.tr(
                "%n row(s) with problems were skipped; fix them in {0} and import that file.",
                "",
                len(report.skipped),
            ).format(report.skipped_file)
        if self.backup is not None and self.backup.error is not None:
            self.summary.setStyleSheet("color: #9a6700;")
            text += "\n" + self.tr(
                "Warning: the automatic backup before the import failed ({0}); the import was "
                "done without it."
            ).format(error_text(self.backup.error))
        self.summary.setText(text)
        self.open_skipped.setVisible(bool(report.skipped_file))
        self.on_imported(report)
        self.completeChanged.emit()

    def _open_skipped(self) -> None:
        report = self.state.report
        if report is not None and report.skipped_file:
            open_location(Path(report.skipped_file))

    def _cancelled(self) -> None:
        self._failed(ImportCancelled())

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.done = True
        self.bar.hide()
        if isinstance(error, ImportCancelled):
            self.summary.setText(self.tr("Cancelled; nothing was imported."))
        elif isinstance(error, UserError):
            self.summary.setStyleSheet("color: #b42318;")
            self.summary.setText(self.tr("Nothing was imported: {0}").format(error_text(error)))
        else:
            raise error
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
