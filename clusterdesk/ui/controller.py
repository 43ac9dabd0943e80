"""Opening, creating, connecting, backing up and closing events — one small function per action.

Every database step runs off the GUI thread; the window is told what to show when it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clusterdesk.core.database_url import is_database_url
from clusterdesk.core.paths import demo_event_path
from clusterdesk.services.backup import backup_event
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import EventDB, EventInfo, create_event, event_info, open_event
from clusterdesk.ui.dialogs.confirm import confirm
from clusterdesk.ui.dialogs.connect import ConnectDialog
from clusterdesk.ui.dialogs.new_event import NewEventDialog, NewEventSpec
from clusterdesk.ui.dialogs.progress import run_with_progress
from clusterdesk.ui.errors import show_error

if TYPE_CHECKING:
    from clusterdesk.ui.main_window import MainWindow


def _open(target: str) -> tuple[EventDB, EventInfo]:
    db = open_event(target)
    try:
        return db, event_info(db)
    except Exception:
        db.dispose()
        raise


def _create(spec: NewEventSpec) -> tuple[EventDB, EventInfo]:
    db = create_event(
        spec.target,
        name=spec.name,
        start=spec.start,
        end=spec.end,
        timezone=spec.timezone,
        venue=spec.venue,
    )
    return db, event_info(db)


class EventController(QObject):
    """``opened(target)`` after an event is shown; ``failed(message)`` when opening failed."""

    opened = Signal(str)
    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = window.runner
        self.settings = window.settings

    # --- opening -----------------------------------------------------------------------------
    def open_event(self, target: str | Path) -> None:
        target = str(target)
        self._run(lambda: _open(target), self.window.tr("Opening the event…"), target)

    def _run(self, fn: Callable[[], tuple[EventDB, EventInfo]], label: str, target: str) -> None:
        def done(result: tuple[EventDB, EventInfo]) -> None:
            db, info = result
            self.window.show_event(db, info, target)
            self.opened.emit(target)

        def error(exc: BaseException) -> None:
            show_error(self.window, exc)
            self.failed.emit(str(exc))

        run_with_progress(
            self.window,
            self.runner,
            lambda _p, _c: fn(),
            label,
            on_result=done,
            on_error=error,
            cancellable=False,
        )

    def choose_and_open(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.window.tr("Open event"),
            self.settings.last_folder(),
            self.window.tr("ClusterDesk events (*.cdesk);;All files (*)"),
        )
        if path:
            self.settings.set_last_folder(str(Path(path).parent))
            self.open_event(path)

    def open_recent(self, target: str) -> None:
        if is_database_url(target):
            self.connect_dialog(target)
        elif not Path(target).exists():
            confirm(
                self.window,
                self.window.tr("Event not found"),
                self.window.tr("{0} no longer exists. Remove it from the recent events?").format(
                    target
                ),
                self.window.tr("Remove"),
                lambda: self._forget(target),
            )
        else:
            self.open_event(target)

    def _forget(self, target: str) -> None:
        self.settings.remove_recent(target)
        self.window.refresh_recent()

    def open_demo(self) -> None:
        path = demo_event_path()
        if path.exists():
            self.open_event(path)
            return

        def build(_p: object, _c: object) -> tuple[EventDB, EventInfo]:
            # built beside and renamed when complete: a killed first start leaves no half demo
            partial = path.with_name(path.stem + ".building.cdesk")
            for suffix in ("", "-wal", "-shm"):
                Path(str(partial) + suffix).unlink(missing_ok=True)
            build_demo(partial)
            partial.replace(path)
            return _open(str(path))

        def done(result: tuple[EventDB, EventInfo]) -> None:
            self.window.show_event(result[0], result[1], str(path))
            self.opened.emit(str(path))

        run_with_progress(
            self.window,
            self.runner,
            build,
            self.window.tr("Creating the demo event…"),
            on_result=done,
            on_error=lambda e: show_error(self.window, e),
            cancellable=False,
            delay_ms=0,
        )

    # --- creating ----------------------------------------------------------------------------
    def new_event(self, server_target: str = "") -> NewEventDialog:
        dialog = NewEventDialog(self.window, self.settings.last_folder(), server_target)
        dialog.accepted.connect(lambda: self.create_event(dialog.spec()))
        dialog.open()
        return dialog

    def create_event(self, spec: NewEventSpec) -> None:
        if not is_database_url(spec.target):
            self.settings.set_last_folder(str(Path(spec.target).parent))
        self._run(lambda: _create(spec), self.window.tr("Creating the event…"), spec.target)

    # --- shared database ---------------------------------------------------------------------
    def connect_dialog(self, url: str = "") -> ConnectDialog:
        dialog = ConnectDialog(self.runner, self.window, url)
        dialog.accepted.connect(lambda: self._connected(dialog))
        dialog.open()
        return dialog

    def _connected(self, dialog: ConnectDialog) -> None:
        target = dialog.connected_target
        if dialog.db is not None:
            db = dialog.db
            self.runner.run(
                lambda _p, _c: event_info(db),
                on_result=lambda info: (
                    self.window.show_event(db, info, target),
                    self.opened.emit(target),
                ),
                on_error=lambda e: show_error(self.window, e),
            )
            return
        confirm(
            self.window,
            self.window.tr("Empty database"),
            self.window.tr("The database holds no event yet. Create a new event in it?"),
            self.window.tr("Create event…"),
            lambda: self.new_event(server_target=target),
        )

    # --- backup ------------------------------------------------------------------------------
    def choose_backup(self) -> None:
        db = self.window.db
        if db is None:
            return
        stem = Path(db.path).stem if db.path else "event"
        suggested = str(Path(self.settings.last_folder() or Path.home()) / f"{stem}-backup.cdesk")
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.window.tr("Back up the event"),
            suggested,
            self.window.tr("ClusterDesk events (*.cdesk)"),
        )
        if path:
            self.backup_to(path)

    def backup_to(self, path: str | Path) -> None:
        db = self.window.db
        if db is None:
            return

        def done(dest: Path) -> None:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.window.tr("Backup"),
                self.window.tr("The event was backed up to\n{0}").format(dest),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("backupDone")
            box.open()
            self.window.statusBar().showMessage(self.window.tr("Backup written"), 5000)

        run_with_progress(
            self.window,
            self.runner,
            lambda _p, _c: backup_event(db, path),
            self.window.tr("Backing up the event…"),
            on_result=done,
            on_error=lambda e: show_error(self.window, e),
            cancellable=False,
        )
