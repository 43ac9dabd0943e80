"""Runs on-site changes off the GUI thread and keeps the undo stack (each change's inverse)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from clusterdesk.core.errors import UserError
from clusterdesk.services.events import EventDB
from clusterdesk.services.meeting_edits import Change
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner, plain

UNDO_DEPTH = 30
Edit = Callable[[EventDB], Change]


class EditRunner(QObject):
    """``run(edit)`` applies a change; ``done(change)`` or ``refused(message)`` follow (on the
    GUI thread). ``undo()`` applies the inverse of the last change that has one."""

    done = Signal(object)  # Change
    refused = Signal(str)
    failed = Signal(object)  # an unexpected exception (a bug)
    undoAvailable = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.db: EventDB | None = None
        self.stack: list[Change] = []
        self.busy = False

    def set_db(self, db: EventDB | None) -> None:
        self.db = db
        self.stack.clear()
        self.undoAvailable.emit(False)

    def run(self, edit: Edit, *, undoable: bool = True) -> None:
        if self.db is None or self.busy:
            return
        self.busy = True
        db = self.db

        def ok(change: object) -> None:
            self.busy = False
            assert isinstance(change, Change)
            if undoable and change.undo is not None:
                self.stack.append(change)
                del self.stack[:-UNDO_DEPTH]
            self.undoAvailable.emit(bool(self.stack))
            self.done.emit(change)

        def error(exc: BaseException) -> None:
            self.busy = False
            if isinstance(exc, UserError):
                self.refused.emit(error_text(exc))
            else:
                self.failed.emit(exc)

        self.runner.run(plain(edit, db), on_result=ok, on_error=error)

    def undo(self) -> bool:
        if not self.stack or self.busy:
            return False
        change = self.stack.pop()
        self.undoAvailable.emit(bool(self.stack))
        assert change.undo is not None
        self.run(change.undo, undoable=False)
        return True
