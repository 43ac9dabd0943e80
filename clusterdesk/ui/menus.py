"""The main window's menu bar and its actions. The menus know no window or controller: they get
the menu bar's window and the commands they trigger (:class:`MenuCommands`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from clusterdesk.ui.i18n import translate
from clusterdesk.ui.icons import icon

Command = Callable[[], object]


# (code, name in that language); "" = follow the system. Names are not translated on purpose.
LANGUAGES = [("", ""), ("en", "English"), ("lt", "Lietuvių")]


@dataclass(frozen=True)
class MenuCommands:
    """What the menu entries trigger."""

    new_event: Command
    open_event: Command
    connect: Command
    share: Command
    join: Command
    open_demo: Command
    import_people: Command
    backup: Command
    close_event: Command
    quit: Command
    about: Command
    fill_recent: Callable[[QMenu], None]  # fills "Open recent" each time it opens
    set_language: Callable[[str], None]
    language: str  # the language chosen now ("" = the system's)
    big_screen: Command | None = None  # the room's big screen (projector, TV)
    event_settings: Command | None = None  # the open event's name, venue, zone and language
    preferences: Command | None = None  # the app's own settings (Settings → Preferences…)
    restore: Command | None = None  # File → Restore from backup…
    shortcuts: Command | None = None  # Help → Keyboard shortcuts (the list of every key)
    tour: Command | None = None  # Help → Guided tour of the pages


Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
EVENT_SETTINGS_KEY = "Ctrl+,"


def preferences_key() -> QKeySequence:
    """The platform's Preferences shortcut (KDE: Ctrl+Shift+,; macOS: Cmd+, — taken here by Event
    settings), else Ctrl+Shift+, where the platform has none (Windows, GNOME)."""
    taken = QKeySequence(EVENT_SETTINGS_KEY)
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    usable = [k for k in keys if not k.isEmpty() and k != taken]
    return usable[0] if usable else QKeySequence("Ctrl+Shift+,")


class WindowActions:
    """Every window-level action, so pages and tests can reach them by name."""

    def __init__(self, w: QMainWindow, do: MenuCommands) -> None:
        def make(
            text: str, slot: Command, shortcut: Shortcut = None, icon_name: str = ""
        ) -> QAction:
            action = QAction(icon(icon_name), text, w) if icon_name else QAction(text, w)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.new = make(
            translate("WindowMenus", "&New event…"),
            do.new_event,
            QKeySequence.StandardKey.New,
            "new",
        )
        self.open = make(
            translate("WindowMenus", "&Open event…"),
            do.open_event,
            QKeySequence.StandardKey.Open,
            "open",
        )
        self.connect = make(
            translate("WindowMenus", "&Connect to shared database…"), do.connect, icon_name="server"
        )
        self.demo = make(
            translate("WindowMenus", "Open the &demo event"), do.open_demo, icon_name="demo"
        )
        self.share = make(
            translate("WindowMenus", "&Share this event on the network…"),
            do.share,
            icon_name="share",
        )
        self.join = make(
            translate("WindowMenus", "&Join a shared event…"), do.join, "Ctrl+J", "join"
        )
        self.import_ = make(
            translate("WindowMenus", "&Import participants or requests…"),
            do.import_people,
            "Ctrl+I",
            "import",
        )
        self.backup = make(translate("WindowMenus", "&Backup…"), do.backup, icon_name="backup")
        self.close = make(
            translate("WindowMenus", "&Close event"),
            do.close_event,
            QKeySequence.StandardKey.Close,
            "close",
        )
        self.quit = make(
            translate("WindowMenus", "&Quit"), do.quit, QKeySequence.StandardKey.Quit, "quit"
        )
        self.about = make(
            translate("WindowMenus", "&About ClusterDesk"), do.about, icon_name="about"
        )
        self.shortcuts = make(
            translate("WindowMenus", "&Keyboard shortcuts…"),
            do.shortcuts or (lambda: None),
            icon_name="keyboard",
        )
        # F1 (the usual help key) and Ctrl+/ (as in many editors); neither is used elsewhere
        self.shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.shortcuts.setObjectName("shortcutsAction")
        self.tour = make(
            translate("WindowMenus", "&Guided tour"), do.tour or (lambda: None), icon_name="tour"
        )
        self.tour.setObjectName("tourAction")
        self.big_screen = make(
            translate("WindowMenus", "&Big screen for the room…"),
            do.big_screen or (lambda: None),
            icon_name="bigscreen",
        )
        self.big_screen.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.event_settings = make(
            translate("WindowMenus", "Event &settings…"),
            do.event_settings or (lambda: None),
            EVENT_SETTINGS_KEY,
            "settings",
        )
        self.event_settings.setObjectName("eventSettingsAction")
        self.preferences = make(
            translate("WindowMenus", "&Preferences…"),
            do.preferences or (lambda: None),
            preferences_key(),
            "settings",
        )
        self.preferences.setObjectName("preferencesAction")
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.restore = make(
            translate("WindowMenus", "&Restore from backup…"),
            do.restore or (lambda: None),
            icon_name="restore",
        )
        self.restore.setObjectName("restoreAction")
        self.event_actions = [self.import_, self.backup, self.share, self.close, self.big_screen]
        self.event_actions.append(self.event_settings)
        self.event_actions.append(self.restore)
        self.defaults = {a: a.shortcut() for a in (self.new, self.open, self.import_, self.close)}

        bar = w.menuBar()
        file_menu = bar.addMenu(translate("WindowMenus", "&File"))
        file_menu.addAction(self.new)
        file_menu.addAction(self.open)
        self.recent_menu = file_menu.addMenu(
            icon("recent"), translate("WindowMenus", "Open &recent")
        )
        self.recent_menu.aboutToShow.connect(lambda: do.fill_recent(self.recent_menu))
        file_menu.addAction(self.connect)
        file_menu.addAction(self.demo)
        file_menu.addSeparator()
        file_menu.addAction(self.share)
        file_menu.addAction(self.join)
        file_menu.addSeparator()
        file_menu.addAction(self.import_)
        file_menu.addAction(self.backup)
        file_menu.addAction(self.restore)
        file_menu.addAction(self.event_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.close)
        file_menu.addAction(self.quit)
        view_menu = bar.addMenu(translate("WindowMenus", "&View"))
        view_menu.addAction(self.big_screen)
        settings_menu = bar.addMenu(translate("WindowMenus", "&Settings"))
        settings_menu.addAction(self.preferences)
        self.language_menu = settings_menu.addMenu(
            icon("language"), translate("WindowMenus", "&Language")
        )
        self.language_group = QActionGroup(w)
        current = do.language
        for code, name in LANGUAGES:
            label = name or translate("WindowMenus", "System language")
            action = self.language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_group.addAction(action)
        self.language_group.triggered.connect(lambda a: do.set_language(str(a.data())))
        help_menu = bar.addMenu(translate("WindowMenus", "&Help"))
        help_menu.addAction(self.shortcuts)
        help_menu.addAction(self.tour)
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def dispose(self) -> None:
        """Delete every action (the window builds new ones in another language)."""
        for action in self.__dict__.values():
            if isinstance(action, (QAction, QActionGroup)):
                action.deleteLater()
        for action in self.language_group.actions():
            action.deleteLater()

    def set_event_open(self, is_open: bool) -> None:
        for action in self.event_actions:
            action.setEnabled(is_open)

    def yield_shortcuts(self, claimed: list[QKeySequence]) -> None:
        """Give up window shortcuts that the visible page uses itself (and restore the rest)."""
        for action, default in self.defaults.items():
            action.setShortcut(QKeySequence() if default in claimed else default)
