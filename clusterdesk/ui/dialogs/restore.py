"""File → Restore from backup…: the event file's automatic backups (time, why it was taken, size)
and, for the one selected, what it holds — people, check-ins, meetings, the last check-in — read
from the backup file on a worker. Restoring asks once, then says ``restoreRequested(path)``; the
restore itself (:func:`run_restore`) backs the event up first, so it can be undone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services import auto_backups as ab
from clusterdesk.ui.dialogs.confirm import confirm
from clusterdesk.ui.dialogs.progress import run_with_progress
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner, plain


def reason_text(reason: str) -> str:
    return {
        "open": translate("RestoreDialog", "when the event was opened"),
        "import": translate("RestoreDialog", "before an import"),
        "schedule": translate("RestoreDialog", "before a scheduler run"),
        "migration": translate("RestoreDialog", "before a schema update"),
        "interval": translate("RestoreDialog", "timed, at the check-in desk"),
        "restore": translate("RestoreDialog", "before a restore"),
    }.get(reason, "—")


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


class RestoreDialog(QDialog):
    restoreRequested = Signal(object)  # the backup's Path

    def __init__(self, event: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(640, 420)
        self.event_path, self.runner = event, runner
        self.backups: list[ab.BackupFile] = []
        self._seq = 0
        heading = QLabel(self.tr("Automatic backups of {0}, newest first:").format(event))
        heading.setWordWrap(True)
        self.now = QLabel(self.tr("Reading the event…"), self)
        self.now.setObjectName("eventNow")
        self.now.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupList")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemActivated.connect(lambda _item: self.ask())
        box = QGroupBox(self.tr("What this backup holds"), self)
        self.people, self.checked_in = QLabel("—"), QLabel("—")
        self.meetings, self.last = QLabel("—"), QLabel("—")
        self.note = QLabel(self.tr("Reading the backups…"))
        self.note.setObjectName("restoreNote")
        self.note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Participants:"), self.people)
        form.addRow(self.tr("Checked in:"), self.checked_in)
        form.addRow(self.tr("Meetings:"), self.meetings)
        form.addRow(self.tr("Last check-in:"), self.last)
        form.addRow(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(
            self.tr("Restore this backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.ask)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.now)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(buttons)
        runner.run(plain(ab.list_backups, event), on_result=self._listed, on_error=self._failed)
        runner.run(plain(ab.backup_contents, event), on_result=self._now, on_error=self._no_now)

    def _now(self, held: ab.BackupContents) -> None:
        self.now.setText(
            self.tr("The event now: {0} participants, {1} checked in, {2} meetings.").format(
                held.participants, held.checked_in, held.meetings
            )
        )

    def _no_now(self, error: BaseException) -> None:
        self.now.setText(
            self.tr("The event file cannot be read now: {0}").format(error_text(error))
        )

    def _listed(self, backups: list[ab.BackupFile]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, b in enumerate(backups):
            when = QTableWidgetItem(b.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            size = QTableWidgetItem(_size(b.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((when, QTableWidgetItem(reason_text(b.reason)), size)):
                self.table.setItem(row, column, item)
        if backups:
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.note.setText(self.tr("There are no backups of this event yet."))

    def _failed(self, error: BaseException) -> None:
        self.note.setText(error_text(error))

    def current(self) -> ab.BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows and rows[0].row() < len(self.backups) else None

    def _selected(self) -> None:
        chosen = self.current()
        self.restore_button.setEnabled(False)
        for label in (self.people, self.checked_in, self.meetings, self.last):
            label.setText("…")
        if chosen is None:
            return
        self._seq += 1
        seq = self._seq
        self.note.setText(self.tr("Reading {0}…").format(chosen.path.name))
        self.runner.run(
            plain(ab.backup_contents, chosen.path),
            on_result=lambda held: self._preview(seq, held),
            on_error=lambda exc: self._unreadable(seq, exc),
        )

    def _preview(self, seq: int, held: ab.BackupContents) -> None:
        if seq != self._seq:
            return  # another backup was selected meanwhile
        self.people.setText(str(held.participants))
        self.checked_in.setText(str(held.checked_in))
        self.meetings.setText(str(held.meetings))
        last = held.last_check_in
        self.last.setText(last.astimezone().strftime("%Y-%m-%d %H:%M:%S") if last else "—")
        chosen = self.current()
        self.note.setText(chosen.path.name if chosen else "")
        self.restore_button.setEnabled(True)

    def _unreadable(self, seq: int, error: BaseException) -> None:
        if seq == self._seq:
            for label in (self.people, self.checked_in, self.meetings, self.last):
                label.setText("—")
            self.note.setText(error_text(error))

    def ask(self) -> None:
        chosen = self.current()
        if chosen is None or not self.restore_button.isEnabled():
            return
        when = chosen.at.astimezone().strftime("%Y-%m-%d %H:%M")
        box = confirm(
            self,
            self.tr("Restore from backup"),
            self.tr("Replace the event with the backup taken {0}?").format(when),
            self.tr("Restore"),
            lambda: self._chosen(chosen.path),
            informative=self.tr(
                "The event as it is now is backed up first: restoring that backup undoes this."
            ),
        )
        box.setObjectName("confirmRestore")

    def _chosen(self, path: Path) -> None:
        self.accept()
        self.restoreRequested.emit(path)


def run_restore(
    parent: QWidget,
    runner: TaskRunner,
    event: Path,
    backup: Path,
    keep: int,
    reopen: Callable[[str], object],
    message: Callable[[str, int], object],
) -> None:
    """Restore ``backup`` over ``event`` (closed by the caller) on a worker, then reopen it."""

    def done(result: ab.Restored) -> None:
        note = translate("RestoreDialog", "Restored from {0}.").format(result.backup.name)
        message(note, 10_000)
        reopen(str(result.event))

    def failed(error: BaseException) -> None:
        show_error(parent, error, translate("RestoreDialog", "The backup was not restored"))

    run_with_progress(
        parent,
        runner,
        plain(ab.restore_backup, event, backup, keep),
        translate("RestoreDialog", "Restoring the backup…"),
        on_result=done,
        on_error=failed,
        cancellable=False,
    )
