"""The Export page: every document and data file of the event, saved with progress and Cancel.

The save dialog starts in the last folder used (else the event file's folder); the export runs off
the GUI thread (``run_with_progress``); afterwards the page offers to open the file or its folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.errors import UserError
from clusterdesk.services.events import EventDB, event_info
from clusterdesk.services.exports import Exported
from clusterdesk.services.exports.requests import ExportRequest, run_export, suggested_name
from clusterdesk.ui.context import PageContext
from clusterdesk.ui.dialogs.progress import run_with_progress
from clusterdesk.ui.dialogs.saving import offer_open, open_location, start_folder
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.exports.choices import ExportChoices
from clusterdesk.ui.icons import icon
from clusterdesk.ui.keys import shortcut
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import Cancelled, Progress, Task

PRINT_TOPIC = "print"  # saved documents are logged as printed


class ExportPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.db: EventDB | None = None
        self.event_name = ""
        self.setObjectName("exportPage")
        self.task: Task | None = None
        self.dialog: QFileDialog | QMessageBox | None = None
        self.last: Exported | None = None

        title = QLabel(self.tr("Export"), self)
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Paper and files survive a dead Wi-Fi: agendas, schedules, table sheets, "
                "calendars, the meeting plan and spreadsheets, all made on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.choices = ExportChoices(self)
        self.export_button = QPushButton(icon("export"), self.tr("Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.setToolTip(self.tr("Choose where to save (Ctrl+E)"))
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.choices.side.addLayout(buttons)
        self.choices.side.addWidget(self.status)
        self.choices.side.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.choices, 1)
        self.export_button.clicked.connect(self.save_dialog)
        shortcut("Ctrl+E", self, self.save_dialog, description=self.tr("Export…"))
        self.choices.changed.connect(lambda: self.status.setText(""))

    # the page protocol -------------------------------------------------------------------
    def set_event(self, db: EventDB | None) -> None:
        self.db = db
        self.event_name = ""
        self.status.setText("")
        self.export_button.setEnabled(db is not None)
        if db is not None:
            self.context.runner.run(
                lambda _p, _c: event_info(db).name,
                on_result=self._named,
                on_error=self._error,
            )

    def _error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _named(self, name: str) -> None:
        self.event_name = name

    # saving --------------------------------------------------------------------------------
    def start_folder(self) -> Path:
        """The last folder used, else the event file's folder, else Documents."""
        return start_folder(self.context.settings, getattr(self.db, "path", None))

    def save_dialog(self) -> QFileDialog | None:
        if self.db is None:
            return None
        request = self.choices.request()
        start = self.start_folder() / suggested_name(request, self.event_name or "event")
        dialog = QFileDialog(self, self.tr("Export"), str(start))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if request.to_folder:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        else:
            dialog.setDefaultSuffix(request.suffix.lstrip("."))
            dialog.setNameFilter(
                self.tr("{0} files (*{1})").format(
                    request.suffix.lstrip(".").upper(), request.suffix
                )
            )
        dialog.fileSelected.connect(lambda chosen: self.export_to(Path(chosen), request))
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, target: Path, request: ExportRequest | None = None) -> Task | None:
        """Export into ``target`` off the GUI thread, with a progress dialog and Cancel."""
        db = self.db
        if db is None:
            return None
        request = request or self.choices.request()
        self.context.settings.set_last_folder(str(target if request.to_folder else target.parent))
        self.status.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)

        def job(progress: Progress, cancelled: Cancelled) -> Exported:
            return run_export(db, request, target, desk="app", progress=progress, cancel=cancelled)

        self.task, _dialog = run_with_progress(
            self,
            self.context.runner,
            job,
            self.tr("Exporting…"),
            on_result=self._done,
            on_error=self._failed,
        )
        self.task.on_cancelled = self._cancelled
        return self.task

    def _done(self, done: Exported) -> None:
        self.export_button.setEnabled(True)
        self.last = done
        if done.fmt == "pdf":
            self.context.bus.changed.emit(PRINT_TOPIC)
        first = done.files[0] if done.files else None
        where = str(first.parent if len(done.files) > 1 and first else first)
        if len(done.files) > 1:
            text = self.tr("{0} files saved in {1}").format(len(done.files), where)
        else:
            text = self.tr("Saved {0}").format(where)
        self.status.setText(text)
        self._offer_open(done, text)

    def _offer_open(self, done: Exported, text: str) -> QMessageBox:
        box = offer_open(
            self,
            self.tr("Export"),
            text,
            list(done.files),
            opener=lambda path: open_location(path),  # looked up at click time
            name="exportDoneBox",
        )
        self.dialog = box
        return box

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(
            error_text(exc) if isinstance(exc, UserError) else self.tr("Export failed.")
        )
        show_error(self, exc, self.tr("Export failed"))

    def _cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Export cancelled."))
