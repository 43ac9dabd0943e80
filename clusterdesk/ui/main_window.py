"""The main window: the welcome screen or the open event, the menus and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk import __version__
from clusterdesk.core.database_url import is_database_url
from clusterdesk.services.events import EventDB, EventInfo
from clusterdesk.ui.bigscreen.launcher import BigScreenLauncher
from clusterdesk.ui.context import EventBus, PageContext
from clusterdesk.ui.controller import EventController
from clusterdesk.ui.event_view import EventView
from clusterdesk.ui.help.tour import is_first_run, set_first_run_done
from clusterdesk.ui.icons import icon
from clusterdesk.ui.menus import MenuCommands, WindowActions
from clusterdesk.ui.pages.registry import PageEntry
from clusterdesk.ui.settings import AppSettings
from clusterdesk.ui.sharing.window import WindowSharing
from clusterdesk.ui.theme import make_muted_text_readable
from clusterdesk.ui.welcome import WelcomeView
from clusterdesk.ui.workers import TaskRunner

APP_STYLE = """
QLabel#pageTitle { font-size: 19px; font-weight: 600; }
QLabel#pageSubtitle { color: palette(placeholder-text); }
QStatusBar QLabel { padding: 0 8px; }
"""


def first_run_size(widget: QWidget) -> QSize:
    """1280×800 where the screen has room, else the screen's free area (a 1366×768 laptop)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    if free is None or free.isEmpty():
        return QSize(1200, 760)
    return QSize(min(1280, free.width()), min(800, free.height()))


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: AppSettings | None = None,
        runner: TaskRunner | None = None,
        entries: list[PageEntry] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("clusterdesk"))
        self.setStyleSheet(APP_STYLE)
        self.settings = settings or AppSettings()
        self.runner = runner or TaskRunner(self)
        self.bus = EventBus(self)
        self.context = PageContext(self.runner, self.settings, self.bus, self)
        self.db: EventDB | None = None
        self.info: EventInfo | None = None
        self.target = ""
        self._retranslating = False
        self._restyling = False
        self._styled_for = QGuiApplication.palette().cacheKey()

        self.controller = EventController(self.runner, self.settings, self)
        self.big_screen = BigScreenLauncher(self.context)
        self.entries = entries
        self.central = QStackedWidget(self)
        self.welcome = self._make_welcome()
        self.event_view = self._make_event_view()
        self.sharing = WindowSharing(self)
        controller = self.controller
        controller.open_hook = self.sharing.intercept_open
        controller.restore_hook = self.open_restore
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.sharing.banner)
        column.addWidget(self.central, 1)
        self.setCentralWidget(body)
        self.window_actions = self._make_menus()
        controller.ready.connect(self.show_event)
        controller.recentChanged.connect(self.refresh_recent)
        controller.message.connect(self.statusBar().showMessage)

        self.event_label = QLabel(self)
        self.event_label.setObjectName("statusEvent")
        self.db_label = QLabel(self)
        self.db_label.setObjectName("statusDatabase")
        self.statusBar().addWidget(self.event_label)
        self.statusBar().addPermanentWidget(self.db_label)

        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_run_size(self))
        self.show_welcome()

    # --- the views (built again when the language changes) -------------------------------
    def _make_welcome(self) -> WelcomeView:
        welcome = WelcomeView(self)
        controller = self.controller
        welcome.newRequested.connect(controller.new_event)
        welcome.openRequested.connect(controller.choose_and_open)
        welcome.demoRequested.connect(controller.open_demo)
        welcome.connectRequested.connect(controller.connect_dialog)
        welcome.joinRequested.connect(lambda: self.sharing.join())
        welcome.recentRequested.connect(controller.open_recent)
        welcome.forgetRequested.connect(self.settings.remove_recent)
        welcome.tourRequested.connect(self.start_tour)
        welcome.firstRunDismissed.connect(lambda: set_first_run_done(self.settings))
        self.central.insertWidget(0, welcome)
        return welcome

    def _make_event_view(self) -> EventView:
        view = EventView(self.context, self.entries)
        view.pageChanged.connect(self._page_changed)
        self.central.insertWidget(1, view)
        return view

    def _make_menus(self) -> WindowActions:
        controller = self.controller
        return WindowActions(
            self,
            MenuCommands(
                new_event=controller.new_event,
                open_event=controller.choose_and_open,
                connect=controller.connect_dialog,
                share=self.sharing.share,
                join=self.sharing.join,
                open_demo=controller.open_demo,
                import_people=self.open_import,
                backup=self.backup,
                close_event=self.close_event,
                quit=self.close,
                about=self.show_about,
                fill_recent=self.fill_recent_menu,
                set_language=self.set_language,
                language=self.settings.language(),
                big_screen=self.big_screen.choose,
                event_settings=self.open_event_settings,
                preferences=self.open_preferences,
                restore=self.open_restore,
                shortcuts=self.show_shortcuts,
                tour=self.start_tour,
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        palette_change = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in palette_change and not self._restyling:
            # the system switched between light and dark: style sheets naming palette colours
            # are resolved when set, so set them again (once, after the change settles)
            self._restyling = True
            QTimer.singleShot(0, self, self.restyle)
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            # translators are swapped one by one, each sending this event: rebuild once, after
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)  # never after the window is gone
        super().changeEvent(event)

    def restyle(self) -> None:
        """Follow a new palette: readable muted text, and every style sheet resolved again."""
        self._restyling = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            make_muted_text_readable(app)
        if QGuiApplication.palette().cacheKey() == self._styled_for:
            return  # (a widget's own palette changed, or this palette was followed already)
        self._styled_for = QGuiApplication.palette().cacheKey()
        for widget in [self, *self.findChildren(QWidget)]:
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)
        for widget in self.findChildren(QWidget):
            follow = getattr(widget, "palette_changed", None)  # colours computed for a theme
            if callable(follow):
                follow()

    def retranslate(self) -> None:
        """Show everything in the language now installed: the menus, the welcome screen and the
        pages are built again (the open event stays open, on the same page)."""
        self._retranslating = False
        page = self.event_view.current_key()
        self.runner.cancel_all()
        self.runner.wait()
        self.window_actions.dispose()
        self.setMenuBar(QMenuBar(self))
        self.window_actions = self._make_menus()
        self.event_view.set_event(None)
        for old in (self.welcome, self.event_view):
            self.central.removeWidget(old)
            old.deleteLater()
        self.welcome = self._make_welcome()
        self.event_view = self._make_event_view()
        if self.db is None or self.info is None:
            self.show_welcome()
            return
        self.event_view.set_event(self.db)
        self.central.setCurrentWidget(self.event_view)
        self._describe_event(self.db, self.info)
        self.window_actions.set_event_open(True)
        self._file_only_actions()
        self.event_view.show_page(page or self.settings.last_page())

    # --- what is shown -----------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.refresh_recent()
        self.welcome.set_first_run(is_first_run(self.settings))
        self.central.setCurrentWidget(self.welcome)
        self.setWindowTitle(self.tr("ClusterDesk"))
        self.event_label.setText(self.tr("No event open"))
        self.db_label.setText("")
        self.window_actions.set_event_open(False)
        self.window_actions.yield_shortcuts([])

    def refresh_recent(self) -> None:
        self.welcome.set_recent(self.settings.recent_events())

    def show_event(self, db: EventDB, info: EventInfo, target: str) -> None:
        """Show a freshly opened event (closing the previous one)."""
        if self.db is not None:
            self.close_event()
        self.db, self.info, self.target = db, info, target
        self.settings.add_recent(target)
        self.event_view.set_event(db)
        self.big_screen.set_event(db)
        self.central.setCurrentWidget(self.event_view)
        self._describe_event(db, info)
        self.window_actions.set_event_open(True)
        self.sharing.event_shown(db, target)
        self._file_only_actions()
        self.event_view.show_page(self.settings.last_page())
        if not self.event_view.current_key():
            self.event_view.nav.setCurrentRow(0)

    def _file_only_actions(self) -> None:
        is_file = not is_database_url(self.target)
        self.window_actions.share.setEnabled(is_file)
        self.window_actions.restore.setEnabled(is_file)

    def _describe_event(self, db: EventDB, info: EventInfo) -> None:
        self.setWindowTitle(self.tr("{0} — ClusterDesk").format(info.name))
        self.event_label.setText(info.name)
        if db.is_sqlite:
            self.db_label.setText(self.tr("File: {0}").format(info.location))
        else:
            self.db_label.setText(self.tr("Server: {0}").format(info.location))
        self.db_label.setToolTip(info.location)

    def close_event(self) -> None:
        db = self.db
        if db is None:
            return
        self.settings.set_last_page(self.event_view.current_key() or "participants")
        self.db = self.info = None
        self.target = ""
        self.sharing.event_closed()
        self.event_view.set_event(None)
        self.big_screen.set_event(None)
        self.runner.cancel_all()
        self.runner.wait()
        db.dispose()
        self.show_welcome()

    def open_event(self, target: str) -> None:
        """Open an event file or database URL (off the GUI thread)."""
        self.controller.open_event(target)

    def show_page(self, key: str) -> QWidget | None:
        return self.event_view.show_page(key)

    def _page_changed(self, key: str, page: QWidget) -> None:
        self.settings.set_last_page(key)
        self.window_actions.yield_shortcuts(list(getattr(page, "claimed_shortcuts", [])))

    # --- menus -------------------------------------------------------------------------------
    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        targets = self.settings.recent_events()
        for n, target in enumerate(targets, 1):
            kind = icon("server" if is_database_url(target) else "open")
            action = menu.addAction(kind, f"&{n % 10} {target}" if n <= 10 else target)
            action.triggered.connect(lambda _c=False, t=target: self.controller.open_recent(t))
        if not targets:
            menu.addAction(icon("recent"), self.tr("No recent events")).setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(icon("delete"), self.tr("Clear the list"))
            clear.triggered.connect(self.controller.clear_recent)

    def backup(self) -> None:
        if self.db is not None:
            self.controller.choose_backup(self.db)

    def open_import(self) -> None:
        if self.db is None:
            return
        from clusterdesk.ui.import_wizard import open_import_wizard

        open_import_wizard(self.context, self.db)

    def open_event_settings(self) -> QWidget | None:
        if self.db is None or self.info is None:
            return None
        from clusterdesk.ui.context import EVENT, PARTICIPANTS
        from clusterdesk.ui.dialogs.event_settings import EventSettingsDialog

        def saved(info: EventInfo) -> None:
            self.info = info
            self.setWindowTitle(self.tr("{0} — ClusterDesk").format(info.name))
            self.event_label.setText(info.name)
            self.bus.changed.emit(EVENT)
            self.bus.changed.emit(PARTICIPANTS)  # the lists' alphabetical order may change

        dialog = EventSettingsDialog(self.db, self.info, self.runner, saved, self)
        dialog.open()
        return dialog

    def open_preferences(self) -> QWidget:
        from clusterdesk.ui.context import SETTINGS
        from clusterdesk.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self, set_language=self.set_language)
        dialog.saved.connect(lambda: self.bus.changed.emit(SETTINGS))
        dialog.open()
        return dialog

    def open_restore(self, event: Path | None = None) -> QWidget | None:
        """The backups of ``event`` (default: the open event file) to restore one from."""
        from clusterdesk.ui.dialogs.restore import RestoreDialog

        if event is None:
            if self.db is None or self.db.path is None:
                return None
            event = self.db.path
        target = event
        dialog = RestoreDialog(target, self.runner, self)
        dialog.restoreRequested.connect(lambda backup: self.restore_backup(target, backup))
        dialog.open()
        return dialog

    def restore_backup(self, event: Path, backup: Path) -> None:
        """Close the event if it is open, restore the backup over it, open it again."""
        from clusterdesk.ui.dialogs.restore import run_restore

        if self.db is not None and self.db.path == event:
            self.close_event()
        run_restore(
            self,
            self.runner,
            event,
            backup,
            self.settings.backup_keep(),
            self.controller.open_event,
            self.statusBar().showMessage,
        )

    def set_language(self, code: str) -> None:
        """Switch the UI's language now (and at the next start): Qt's ``LanguageChange`` event
        then rebuilds the window in it (:meth:`retranslate`)."""
        if code == self.settings.language():
            return
        self.settings.set_language(code)
        self.settings.sync()
        from clusterdesk.ui.app import install_translators, language_code

        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translators(app, language_code(self.settings))

    def show_shortcuts(self) -> QWidget:
        from clusterdesk.ui.help.shortcuts import show_shortcuts

        return show_shortcuts(self)

    def start_tour(self) -> None:
        """Help → Guided tour (with no event open: on the demo event, opened first)."""
        from clusterdesk.ui.help.tour import start_tour

        start_tour(self)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setIconPixmap(icon("clusterdesk").pixmap(64, 64))
        box.setWindowTitle(self.tr("About ClusterDesk"))
        box.setText(self.tr("<b>ClusterDesk</b> {0}").format(__version__))
        box.setInformativeText(
            self.tr(
                "The offline event desk for cluster matchmaking forums: participants, "
                "check-in, badges and B2B meetings."
            )
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.close_event()
        self.runner.wait()
        self.sharing.quitting()
        self.settings.sync()
        super().closeEvent(event)
