"""Wizard step 4: check every row (a dry run that lists every problem), before anything is written.

The file is read again each time (the user may have fixed it meanwhile; "Re-read the file" does
it on demand). With problems the user chooses: import nothing until the file is fixed, or import
the valid rows now and skip the listed ones (written to a file beside it, to fix and import
later). Possible duplicates that e-mail matching misses are listed to keep, merge or leave out.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from clusterdesk.core.errors import InputFileError, UserError
from clusterdesk.services.events import EventDB
from clusterdesk.services.people_import import ImportReport, RawTable, read_table
from clusterdesk.services.people_import.skipping import skipped_file_for
from clusterdesk.ui.import_wizard.duplicates_box import DuplicatesBox
from clusterdesk.ui.import_wizard.run_pages import counts_text, run_import
from clusterdesk.ui.import_wizard.state import PROGRAMME, ImportState
from clusterdesk.ui.words import describe, error_text
from clusterdesk.ui.workers import Task, TaskRunner

BAD = "color: #b42318;"
GOOD = "color: #1a7f37;"
WARN = "color: #9a6700;"


class ValidationPage(QWizardPage):
    def __init__(self, state: ImportState, runner: TaskRunner, db: EventDB) -> None:
        super().__init__()
        self.state, self.runner, self.db = state, runner, db
        self._task: Task | None = None
        self.can_skip = False  # the valid rows may be imported without the others
        self.setTitle(self.tr("Check"))
        self.setSubTitle(
            self.tr(
                "Every row is checked before anything is written; the file is read again each "
                "time. Fix the file and re-read it, or change the columns."
            )
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("validationSummary")
        self.summary.setWordWrap(True)
        self.reread = QPushButton(self.tr("Re-read the file"), self)
        self.reread.setObjectName("rereadButton")
        self.reread.setToolTip(self.tr("After fixing the file: read it again and check it"))
        self.reread.clicked.connect(self.initializePage)
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
        self.all_or_nothing = QRadioButton(self)
        self.all_or_nothing.setObjectName("importNothing")
        self.skip_rows = QRadioButton(self)
        self.skip_rows.setObjectName("skipInvalidRows")
        self.choice = QButtonGroup(self)
        for button in (self.all_or_nothing, self.skip_rows):
            self.choice.addButton(button)
        self.all_or_nothing.setChecked(True)
        self.choice.buttonToggled.connect(lambda *_: self._chosen())
        self.duplicates = DuplicatesBox(self)
        self.duplicates.changed.connect(self._decisions)
        self.countries = QLabel(self)  # a warning: countries kept as written
        self.countries.setObjectName("unknownCountries")
        self.countries.setWordWrap(True)
        self.countries.setStyleSheet(WARN)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.reread)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.countries)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.skip_rows)
        layout.addWidget(self.duplicates, 1)

    # --- checking ------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        state = self.state
        state.dry_run = None
        self.can_skip = False
        self.problems.setRowCount(0)
        for w in (
            self.problems,
            self.all_or_nothing,
            self.skip_rows,
            self.duplicates,
            self.countries,
        ):
            w.hide()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading the file and checking every row…"))
        self.reread.setEnabled(False)
        chosen = state.table

        def job(_p: object, _c: object) -> tuple[RawTable, ImportReport]:
            table = read_table(state.path, encoding=state.encoding, delimiter=state.delimiter)
            if chosen is not None and table.headers != chosen.headers:
                raise UserError(
                    "The file's columns have changed since they were chosen: go back to "
                    "Columns (Back) and check them."
                )
            # read here, fresh: what is checked is what is imported
            return table, run_import(self.db, replace(state, table=table), dry_run=True)

        if self._task is not None:
            self._task.cancel()
        self._task = self.runner.run(job, on_result=self._checked, on_error=self._failed)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.reread.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        if isinstance(error, InputFileError):
            self._list(error.problems)
        self.summary.setStyleSheet(BAD)
        self.summary.setText(error_text(error).split("\n", 1)[0])
        self.completeChanged.emit()

    def _checked(self, found: tuple[RawTable, ImportReport]) -> None:
        self._task = None
        self.reread.setEnabled(True)
        table, report = found
        state = self.state
        state.table, state.dry_run = table, report
        state.merge, state.leave_out = {}, set()
        state.skipped_file = str(skipped_file_for(state.path))
        self.duplicates.show_report(report)
        if report.unknown_countries:
            self.countries.setText(
                self.tr(
                    "Countries not recognised (kept as written; use a country's name or its "
                    "ISO code to have it recognised): {0}"
                ).format(", ".join(report.unknown_countries))
            )
            self.countries.show()
        if report.problems:
            self.summary.setStyleSheet(BAD)
            self.summary.setText(
                self.tr("%n problem(s) found in the rows listed below.", "", len(report.problems))
            )
            self._list(report.problems)
            self._offer_choice(report)
        else:
            self.summary.setStyleSheet(GOOD)
            self.summary.setText(
                counts_text(self, report, dry_run=True) + " " + self.tr("No problems found.")
            )
        self.completeChanged.emit()

    def _offer_choice(self, report: ImportReport) -> None:
        valid = report.created + report.updated + report.unchanged
        if self.state.kind == PROGRAMME or not report.skipped or not valid:
            return
        self.all_or_nothing.setText(self.tr("Import nothing until the file is fixed"))
        self.skip_rows.setText(
            self.tr(
                "Import the {0} valid rows now and skip the {1} listed ones (saved to {2} to "
                "fix and import later)"
            ).format(valid, len(report.skipped), self.state.skipped_file)
        )
        self.all_or_nothing.setChecked(not self.state.skip_invalid)
        self.skip_rows.setChecked(self.state.skip_invalid)
        self.all_or_nothing.show()
        self.skip_rows.show()
        self.can_skip = True

    def _list(self, problems: list[Any]) -> None:
        self.problems.show()
        self.problems.setRowCount(len(problems))
        for i, p in enumerate(problems):
            what = describe(p.msg) if p.msg is not None else p.message
            for c, value in enumerate((str(p.row), p.column, what)):
                self.problems.setItem(i, c, QTableWidgetItem(value))

    # --- the user's choices --------------------------------------------------------------------
    def _chosen(self) -> None:
        self.state.skip_invalid = self.skip_rows.isChecked()
        self.completeChanged.emit()

    def _decisions(self) -> None:
        self.state.merge, self.state.leave_out = self.duplicates.decisions()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        report = self.state.dry_run
        if self._task is not None or report is None:
            return False
        return not report.problems or (self.can_skip and self.state.skip_invalid)
