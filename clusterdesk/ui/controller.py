"""Opening, creating, connecting and backing up events — one small function per action.

Every database step runs off the GUI thread. The controller knows no window: it parents its
dialogs to the widget it is given and reports through signals (``ready`` with the opened event,
``failed``, ``recentChanged``, ``message``); the main window listens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from clusterdesk.core.database_url import is_database_url
from clusterdesk.core.errors import DamagedEventError, NotAnEventError
from clusterdesk.core.paths import demo_event_path
from clusterdesk.services.auto_backups import newest_good
from clusterdesk.services.backup import backup_event, opened_backup
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import EventDB, EventInfo, create_event, event_info, open_event
from clusterdesk.ui.dialogs.confirm import confirm
from clusterdesk.ui.dialogs.connect import ConnectDialog
from clusterdesk.ui.dialogs.new_event import NewEventDialog, NewEventSpec
from clusterdesk.ui.dialogs.progress import run_with_progress
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.settings import AppSettings
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner, plain


def _open(target: str) -> tuple[EventDB, EventInfo]:
    db = open_event(target)
    try:
        info = event_info(db)
        opened_backup(db)  # the automatic backup a damaged file's error can offer later
        return db, info
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
        language=spec.language,
    )
    return db, event_info(db)


class EventController(QObject):
    """``ready(db, info, target)`` when an event was opened or created (the listener shows it and
    owns ``db`` from then on); ``opened(target)`` after that; ``failed(message)`` when opening
    failed; ``recentChanged()`` when the recent list changed; ``message(text, ms)`` for the
    status bar."""

    ready = Signal(object, object, str)
    opened = Signal(str)
    failed = Signal(str)
    recentChanged = Signal()
    message = Signal(str, int)

    def __init__(self, runner: TaskRunner, settings: AppSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = runner
        self.settings = settings
        # asked first with every event to open: True when it took the event over (a shared
        # event file resumes sharing, a recent joined event reconnects)
        self.open_hook: Callable[[str], bool] | None = None
        # File → Restore from backup… for an event file (offered when one cannot be opened)
        self.restore_hook: Callable[[Path], object] | None = None

    def _ready(self, db: EventDB, info: EventInfo, target: str) -> None:
        self.ready.emit(db, info, target)
        self.opened.emit(target)

    def _error(self, exc: BaseException) -> None:
        show_error(self.parent_widget, exc)

    # --- opening -----------------------------------------------------------------------------
    def open_event(self, target: str | Path) -> None:
        target = str(target)
        if self.open_hook is not None and self.open_hook(target):
            return
        self._run(lambda: _open(target), self.tr("Opening the event…"), target)

    def _run(self, fn: Callable[[], tuple[EventDB, EventInfo]], label: str, target: str) -> None:
        def done(result: tuple[EventDB, EventInfo]) -> None:
            db, info = result
            self._ready(db, info, target)

        def error(exc: BaseException) -> None:
            if isinstance(exc, DamagedEventError) and exc.backup is not None:
                self.offer_backup(exc, exc.backup)
            elif isinstance(exc, NotAnEventError) and not is_database_url(target):
                self._look_for_backup(exc, Path(target).expanduser().resolve())
            else:
                self._error(exc)
            self.failed.emit(error_text(exc))

        run_with_progress(
            self.parent_widget,
            self.runner,
            lambda _p, _c: fn(),
            label,
            on_result=done,
            on_error=error,
            cancellable=False,
        )

    def _look_for_backup(self, exc: NotAnEventError, path: Path) -> None:
        """A file that is no event (overwritten, truncated …): its newest good backup, looked
        for on a worker, is offered when there is one."""

        def found(backup: Path | None) -> None:
            if backup is None:
                self._error(exc)
            else:
                self.offer_backup(exc, backup, path)

        self.runner.run(
            plain(newest_good, path), on_result=found, on_error=lambda _e: self._error(exc)
        )

    def offer_backup(
        self, exc: NotAnEventError, backup: Path, path: Path | None = None
    ) -> QMessageBox:
        """A damaged event (or a file that is no event): say so, and offer its newest good
        backup — to open as it is, or to choose a backup to restore in its place."""
        path = path or getattr(exc, "path", None) or backup
        damaged = isinstance(exc, DamagedEventError)
        text = (
            self.tr("The event file {0} is damaged; nothing was changed.")
            if damaged
            else self.tr("The file {0} cannot be opened as an event; nothing was changed.")
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Damaged event file") if damaged else self.tr("Not an event file"),
            text.format(path),
            QMessageBox.StandardButton.Cancel,
            self.parent_widget,
        )
        box.setInformativeText(
            self.tr("The newest good backup of it is\n{0}\nOpen the backup instead?").format(backup)
        )
        box.setDetailedText(error_text(exc))
        opener = box.addButton(self.tr("Open the backup"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(opener)
        box.setObjectName("damagedEventBox")
        restorer = None
        if self.restore_hook is not None:
            restorer = box.addButton(
                self.tr("Restore a backup in its place…"), QMessageBox.ButtonRole.ActionRole
            )
            restorer.setObjectName("restoreInstead")
        hook = self.restore_hook

        def clicked(button: object) -> None:
            if button is opener:
                self.open_event(backup)
            elif button is restorer and hook is not None:
                hook(path)

        box.buttonClicked.connect(clicked)
        box.open()
        return box

    def choose_and_open(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Open event"),
            self.settings.last_folder(),
            self.tr("ClusterDesk events (*.cdesk);;All files (*)"),
        )
        if path:
            self.settings.set_last_folder(str(Path(path).parent))
            self.open_event(path)

    def open_recent(self, target: str) -> None:
        if self.open_hook is not None and self.open_hook(target):
            return
        if is_database_url(target):
            self.connect_dialog(target)
        elif not Path(target).exists():
            confirm(
                self.parent_widget,
                self.tr("Event not found"),
                self.tr("{0} no longer exists. Remove it from the recent events?").format(target),
                self.tr("Remove"),
                lambda: self.forget_recent(target),
            )
        else:
            self.open_event(target)

    def forget_recent(self, target: str) -> None:
        self.settings.remove_recent(target)
        self.recentChanged.emit()

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self.recentChanged.emit()

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
            self._ready(result[0], result[1], str(path))

        run_with_progress(
            self.parent_widget,
            self.runner,
            build,
            self.tr("Creating the demo event…"),
            on_result=done,
            on_error=self._error,
            cancellable=False,
            delay_ms=0,
        )

    # --- creating ----------------------------------------------------------------------------
    def new_event(self, server_target: str = "") -> NewEventDialog:
        dialog = NewEventDialog(self.parent_widget, self.settings.last_folder(), server_target)
        dialog.accepted.connect(lambda: self.create_event(dialog.spec()))
        dialog.open()
        return dialog

    def create_event(self, spec: NewEventSpec) -> None:
        if not is_database_url(spec.target):
            self.settings.set_last_folder(str(Path(spec.target).parent))
        self._run(lambda: _create(spec), self.tr("Creating the event…"), spec.target)

    # --- shared database ---------------------------------------------------------------------
    def connect_dialog(self, url: str = "") -> ConnectDialog:
        dialog = ConnectDialog(self.runner, self.parent_widget, url)
        dialog.accepted.connect(lambda: self._connected(dialog))
        dialog.open()
        return dialog

    def _connected(self, dialog: ConnectDialog) -> None:
        target = dialog.connected_target
        db = dialog.db
        if db is not None:

            def show(info: EventInfo) -> None:
                self._ready(db, info, target)

            self.runner.run(lambda _p, _c: event_info(db), on_result=show, on_error=self._error)
            return
        confirm(
            self.parent_widget,
            self.tr("Empty database"),
            self.tr("The database holds no event yet. Create a new event in it?"),
            self.tr("Create event…"),
            lambda: self._new_event_on_server(target),
        )

    def _new_event_on_server(self, target: str) -> None:
        self.new_event(server_target=target)

    # --- backup ------------------------------------------------------------------------------
    def choose_backup(self, db: EventDB) -> None:
        stem = Path(db.path).stem if db.path else "event"
        suggested = str(Path(self.settings.last_folder() or Path.home()) / f"{stem}-backup.cdesk")
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Back up the event"),
            suggested,
            self.tr("ClusterDesk events (*.cdesk)"),
        )
        if path:
            self.backup_to(db, path)

    def backup_to(self, db: EventDB, path: str | Path) -> None:
        def done(dest: Path) -> None:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Backup"),
                self.tr("The event was backed up to\n{0}").format(dest),
                QMessageBox.StandardButton.Ok,
                self.parent_widget,
            )
            box.setObjectName("backupDone")
            box.open()
            self.message.emit(self.tr("Backup written"), 5000)

        run_with_progress(
            self.parent_widget,
            self.runner,
            lambda _p, _c: backup_event(db, path),
            self.tr("Backing up the event…"),
            on_result=done,
            on_error=self._error,
            cancellable=False,
        )
