"""Run a print job in the print worker process (see ``print_worker``), with progress and Cancel.

Signals arrive on the GUI thread (QProcess is event driven); the GUI never waits for the printer.
The frozen bundle's executable runs ``-m MODULE`` like Python (clusterdesk.frozen); a frozen build
without that entry point falls back to a worker thread.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, Signal


class PrintProcess(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(int)  # pages sent
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    def __init__(self, job: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.done = False
        self._cancelled = False
        self._pages = 0
        self._buffer = b""
        self._file = tempfile.NamedTemporaryFile(  # noqa: SIM115 - lives as long as the process
            "w", suffix=".json", prefix="clusterdesk-print-", delete=False, encoding="utf-8"
        )
        json.dump(job, self._file)
        self._file.close()
        self.process = QProcess(self)
        self.process.setProgram(sys.executable)
        self.process.setArguments(["-m", "clusterdesk.ui.printing.print_worker", self._file.name])
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)

    @staticmethod
    def available() -> bool:
        """Python runs ``-m MODULE``, and so does the frozen bundle (clusterdesk.frozen)."""
        return not getattr(sys, "frozen", False) or "clusterdesk.frozen" in sys.modules

    def start(self) -> None:
        self.process.start()

    def cancel(self) -> None:
        if self.done:
            return
        self._cancelled = True
        self.process.kill()

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            parts = line.decode("utf-8", "replace").split()
            if len(parts) == 3 and parts[0] == "progress":
                self.progressed.emit(int(parts[1]), int(parts[2]))
            elif len(parts) == 2 and parts[0] == "done":
                self._pages = int(parts[1])

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self.done:
            return
        self.done = True
        self._read()
        Path(self._file.name).unlink(missing_ok=True)
        if self._cancelled:
            if self.job.get("output_file"):
                Path(self.job["output_file"]).unlink(missing_ok=True)  # a partial file
            self.cancelled.emit()
        elif status == QProcess.ExitStatus.NormalExit and code == 0:
            self.succeeded.emit(self._pages)
        else:
            message = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
            self.failed.emit(
                message.strip().splitlines()[-1] if message.strip() else f"exit code {code}"
            )

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self.done:
            self.done = True
            Path(self._file.name).unlink(missing_ok=True)
            self.failed.emit(self.process.errorString())
