"""Wizard steps 4 and 5: validate (a dry run that lists every problem) and import."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from clusterdesk.core.errors import InputFileError, UserError
from clusterdesk.services.events import EventDB
from clusterdesk.services.people_import import (
    ImportReport,
    import_participants,
    import_programme,
    import_requests,
)
from clusterdesk.ui.import_wizard.state import PARTICIPANTS, PROGRAMME, ImportState
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
    fn = {
        PARTICIPANTS: import_participants,
        PROGRAMME: import_programme,
    }.get(state.kind, import_requests)
    return fn(
        db,
        state.path,
        encoding=state.encoding,
        delimiter=state.delimiter,
        mapping=state.mapping(),
        update=state.update,
        dry_run=dry_run,
        progress=progress,
        table=state.table,
    )


def counts_text(page: QWizardPage, report: ImportReport, dry_run: bool) -> str:
    if dry_run:
        return page.tr("{0} rows checked: {1} to create, {2} to update, {3} unchanged.").format(
            report.rows, report.created, report.updated, report.unchanged
        )
    return page.tr("{0} rows imported: {1} created, {2} updated, {3} unchanged.").format(
        report.rows, report.created, report.updated, report.unchanged
    )


class ValidationPage(QWizardPage):
    def __init__(self, state: ImportState, runner: TaskRunner, db: EventDB) -> None:
        super().__init__()
        self.state, self.runner, self.db = state, runner, db
        self._task: Task | None = None
        self.setTitle(self.tr("Check"))
        self.setSubTitle(
            self.tr(
                "Every row is checked before anything is written. Fix the "
                "file and go back to re-read it, or change the columns."
            )
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("validationSummary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setObjectName("validationProblems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().hide()
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)

    def initializePage(self) -> None:
        self.state.dry_run = None
        self.problems.setRowCount(0)
        self.problems.hide()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking every row…"))
        self._task = self.runner.run(
            lambda _p, _c: run_import(self.db, self.state, dry_run=True),
            on_result=self._checked,
            on_error=self._failed,
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        if not isinstance(error, UserError):
            raise error
        if isinstance(error, InputFileError):
            self._list(error.problems)
        self.summary.setStyleSheet("color: #b42318;")
        self.summary.setText(str(error).split("\n", 1)[0])
        self.completeChanged.emit()

    def _checked(self, report: ImportReport) -> None:
        self._task = None
        self.state.dry_run = report
        if report.problems:
            self.summary.setStyleSheet("color: #b42318;")
            self.summary.setText(
                self.tr(
                    "%n problem(s) found; nothing can be imported until they are fixed.",
                    "",
                    len(report.problems),
                )
            )
            self._list(report.problems)
        else:
            self.summary.setStyleSheet("color: #1a7f37;")
            self.summary.setText(
                counts_text(self, report, dry_run=True) + " " + self.tr("No problems found.")
            )
        self.completeChanged.emit()

    def _list(self, problems: list[Any]) -> None:
        self.problems.show()
        self.problems.setRowCount(len(problems))
        for i, p in enumerate(problems):
            for c, value in enumerate((str(p.row), p.column, p.message)):
                self.problems.setItem(i, c, QTableWidgetItem(value))

    @property
    def busy(self) -> bool:
        return self._task is not None

    def isComplete(self) -> bool:
        report = self.state.dry_run
        return self._task is None and report is not None and not report.problems


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
        self.done = False
        self.setTitle(self.tr("Import"))
        self.setFinalPage(True)
        self.bar = QProgressBar(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
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
        self.summary.setText(counts_text(self, report, dry_run=False))
        self.on_imported(report)
        self.completeChanged.emit()

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
            self.summary.setText(self.tr("Nothing was imported: {0}").format(error))
        else:
            raise error
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
