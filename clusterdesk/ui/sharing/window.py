"""Sharing in the main window: the Share and Join commands, the connection state of the open
event (status bar + banner), resuming a shared file, stopping the server when the app quits.

The main window calls :meth:`event_shown` / :meth:`event_closed` / :meth:`quitting` and gives
the event controller :meth:`intercept_open`; everything else lives here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox

from clusterdesk.core.database_url import is_database_url, parse_database_url
from clusterdesk.services.events import EventDB, EventInfo, event_info, open_event
from clusterdesk.services.sharing.host import SharedEvent, Unshared
from clusterdesk.services.sharing.join import is_joined_url, open_joined
from clusterdesk.services.sharing.recent import reconnect_url, remember_joined
from clusterdesk.ui.dialogs.confirm import confirm
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.sharing.banner import ConnectionBanner, status_text
from clusterdesk.ui.sharing.connection import ConnectionMonitor
from clusterdesk.ui.sharing.host_controller import HostController
from clusterdesk.ui.sharing.host_dialog import ShareDialog
from clusterdesk.ui.sharing.join_dialog import JoinDialog

if TYPE_CHECKING:
    from clusterdesk.ui.main_window import MainWindow


def _open_with_info(target: str, joined: bool) -> tuple[EventDB, EventInfo]:
    db = open_joined(target) if joined else open_event(target)
    try:
        return db, event_info(db)
    except Exception:
        db.dispose()
        raise


class WindowSharing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.host = HostController(window.runner, self)
        self.host.hosting.connect(self._hosting)
        self.host.unshared.connect(self._unshared)
        self.host.stopping.connect(window.close_event)
        self.host.failed.connect(lambda exc: show_error(window, exc))
        self.monitor: ConnectionMonitor | None = None
        self.share_dialog: ShareDialog | None = None
        self.banner = ConnectionBanner(window)
        self.banner.closeRequested.connect(window.close_event)
        self.label = QLabel(window)
        self.label.setObjectName("statusConnection")
        window.statusBar().addPermanentWidget(self.label)
        self.event_file = ""  # the open event's file (while it is a file or hosted)

    # --- the open event ----------------------------------------------------------------------
    def event_shown(self, db: EventDB, target: str) -> None:
        self.event_closed()
        self.event_file = target if not is_database_url(target) else ""
        if db.is_sqlite:
            return
        place = db.describe()
        if self.host.shared is not None:
            place = self.host.shared.join.address
        self.monitor = ConnectionMonitor(db, self)
        self.monitor.stateChanged.connect(lambda state, detail: self._state(state, detail, place))

    def _state(self, state: str, detail: str, place: str) -> None:
        self.label.setText(status_text(state, place))
        hosting = self.host.shared is not None
        self.banner.show_state("" if hosting and state != "lost" else state, detail)

    def event_closed(self) -> None:
        if self.monitor is not None:
            self.monitor.close()
            self.monitor = None
        self.label.clear()
        self.banner.hide()

    def quitting(self) -> None:
        self.event_closed()
        self.host.suspend()

    # --- hosting -----------------------------------------------------------------------------
    def share(self) -> None:
        """File → Share this event on the network…"""
        if self.host.shared is None and not self.event_file:
            return
        if self.share_dialog is None:
            name = self.w.info.name if self.w.info else ""
            file = str(self.host.shared.event_file) if self.host.shared else self.event_file
            self.share_dialog = ShareDialog(self.host, name, file, self.w)
            self.share_dialog.finished.connect(self._dialog_closed)
        self.share_dialog.show()
        self.share_dialog.raise_()

    def _dialog_closed(self) -> None:
        if self.share_dialog is not None and self.host.shared is None:
            self.share_dialog.deleteLater()
            self.share_dialog = None

    def _hosting(self, shared: SharedEvent) -> None:
        """Sharing runs: this window works on the server's event from now on."""

        def show(result: tuple[EventDB, EventInfo]) -> None:
            self.w.show_event(result[0], result[1], str(shared.event_file))
            self.w.statusBar().showMessage(
                translate("WindowSharing", "Sharing on {0}").format(shared.join.address), 8000
            )

        self.w.runner.run(
            lambda _p, _c: _open_with_info(shared.local_url(), False),
            on_result=show,
            on_error=lambda exc: show_error(self.w, exc),
        )

    def _unshared(self, event_file: str, result: Unshared) -> None:
        self.w.controller.open_event(event_file)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("WindowSharing", "Sharing stopped"),
            translate("WindowSharing", "The event is back in its file:\n{0}").format(event_file),
            QMessageBox.StandardButton.Ok,
            self.w,
        )
        box.setObjectName("sharingStopped")
        box.setInformativeText(
            translate("WindowSharing", "The file as it was before sharing is kept as\n{0}").format(
                result.backup
            )
        )
        box.open()
        if self.share_dialog is not None:
            self.share_dialog.deleteLater()
            self.share_dialog = None

    # --- opening -----------------------------------------------------------------------------
    def intercept_open(self, target: str) -> bool:
        """Handle what the event controller should not open as it is: a shared file (resume
        sharing) or a recent joined event (reconnect). True when handled here."""
        if is_joined_url(target):
            self._reconnect(target)
            return True
        if is_database_url(target) or not Path(target).is_file():
            return False
        if not self.host.is_shared(target):
            return False
        hosted = self.host.shared
        if hosted is not None and str(hosted.event_file) == str(Path(target).resolve()):
            if self.w.db is None:  # hosted here, its window closed: show it again
                self._hosting(hosted)
            return True
        confirm(
            self.w,
            translate("WindowSharing", "Shared event"),
            translate(
                "WindowSharing",
                "This event is shared on the network: the desks work on it at this computer.",
            ),
            translate("WindowSharing", "Resume sharing"),
            lambda: self.host.start(str(Path(target).resolve())),
            informative=translate(
                "WindowSharing",
                "Resuming starts the sharing server again on the same address and port, so the "
                "desks reconnect by themselves. To bring the event back into its file, resume "
                "and then choose Stop sharing.",
            ),
        )
        return True

    def _reconnect(self, target: str) -> None:
        url = reconnect_url(target)
        if url is None:
            self.join(address=parse_database_url(target).place.rsplit("/", 1)[0])
            return
        self.w.runner.run(
            lambda _p, _c: _open_with_info(url, True),
            on_result=lambda r: self.w.show_event(r[0], r[1], remember_joined(url)),
            on_error=lambda exc: self._reconnect_failed(exc, target),
        )

    def _reconnect_failed(self, error: BaseException, target: str) -> None:
        show_error(self.w, error)
        self.join(address=parse_database_url(target).place.rsplit("/", 1)[0])

    # --- joining -----------------------------------------------------------------------------
    def _name_desk(self, desk: str) -> None:
        """The check-in desk records check-ins under the name this desk joined with."""
        page = self.w.event_view.pages.get("checkin")
        if desk and page is not None and hasattr(page, "desk"):
            page.desk = desk

    def join(self, address: str = "") -> JoinDialog:
        dialog = JoinDialog(self.w.runner, self.w.settings, self.w)
        if address:
            dialog.set_address(address)

        def joined() -> None:
            if dialog.db is not None and dialog.info is not None:
                self._name_desk(dialog.desk.text().strip())
                self.w.show_event(dialog.db, dialog.info, remember_joined(dialog.url))

        dialog.accepted.connect(joined)
        dialog.open()
        return dialog
