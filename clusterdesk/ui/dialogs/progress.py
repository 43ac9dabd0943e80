"""Run a job off the GUI thread behind a progress dialog with Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from clusterdesk.ui.i18n import translate
from clusterdesk.ui.workers import Job, Task, TaskRunner


def run_with_progress(
    parent: QWidget | None,
    runner: TaskRunner,
    job: Job,
    label: str,
    *,
    on_result: Callable[[Any], object],
    on_error: Callable[[BaseException], object],
    cancellable: bool = True,
    delay_ms: int = 300,
) -> tuple[Task, QProgressDialog]:
    """The dialog appears only when the job takes longer than ``delay_ms``."""
    dialog = QProgressDialog(label, translate("ProgressDialog", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(label.rstrip("…."))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)
    if not cancellable:
        dialog.setCancelButton(None)

    def progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def finished() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    task = runner.run(
        job,
        on_result=on_result,
        on_error=on_error,
        on_progress=progress,
        on_finished=finished,
    )
    dialog.canceled.connect(task.cancel)
    dialog.setValue(0)
    return task, dialog
