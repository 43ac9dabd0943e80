"""Opening the big screen: choose the screen (a projector, a TV), the gong, the page time and
which tables it shows (all, or a part of the room when several screens share it).

``BigScreenLauncher`` belongs to the main window: ``choose()`` (the menu's "Big screen…",
Ctrl+Shift+B) opens :class:`BigScreenDialog`; ``show_on(screen, ...)`` opens the big screen on
that screen (or changes the one already there); ``set_event(None)`` closes them all when the
event closes. The choices are remembered in the settings (the screen by name and size).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.events import EventDB
from clusterdesk.ui.bigscreen.board import WHOLE_ROOM, Clock, Part, system_clock
from clusterdesk.ui.bigscreen.window import BigScreenWindow
from clusterdesk.ui.context import PageContext

SCREEN_KEY, GONG_KEY, PAGE_KEY = "bigscreen/screen", "bigscreen/gong", "bigscreen/page_seconds"


def screen_key(screen: QScreen) -> str:
    """How a screen is remembered: its name and size (two X screens may share one name)."""
    size = screen.geometry()
    return f"{screen.name()} {size.width()}x{size.height()}"


class BigScreenDialog(QDialog):
    """``chosen(screen, gong, page_seconds)`` when the user presses Show."""

    chosen = Signal(QScreen, bool, int, object)  # screen, gong, page seconds, Part

    def __init__(self, parent: QWidget, *, screen_name: str, gong: bool, page_seconds: int) -> None:
        super().__init__(parent)
        self.setObjectName("bigScreenDialog")
        self.setWindowTitle(self.tr("Big screen"))
        intro = QLabel(
            self.tr(
                "Shows the current and the next round (who meets at which table) and the time "
                "left, full screen, for the room. Choose the projector or TV:"
            )
        )
        intro.setWordWrap(True)
        self.screens = QListWidget(self)
        self.screens.setObjectName("screens")
        here = parent.screen()
        best = -1
        for n, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            text = self.tr("Screen {0}: {1} ({2}×{3})").format(
                n + 1, screen.name() or screen.model(), size.width(), size.height()
            )
            if screen is here:
                text += " " + self.tr("— this window")
            item = QListWidgetItem(text, self.screens)
            item.setData(256, n)
            if screen_key(screen) == screen_name:
                best = n
            elif best < 0 and screen is not here:
                best = n
        self.screens.setCurrentRow(max(0, best))
        single = QLabel(
            self.tr(
                "Only this screen is connected: the big screen will cover this window until "
                "you press Esc. Connect the projector and open this again to use it there."
            )
        )
        single.setObjectName("singleScreen")
        single.setWordWrap(True)
        single.setVisible(len(QGuiApplication.screens()) < 2)
        self.gong = QCheckBox(self.tr("Ring a &gong when a round starts and ends"), self)
        self.gong.setChecked(gong)
        self.page_seconds = QSpinBox(self)
        self.page_seconds.setRange(4, 120)
        self.page_seconds.setSuffix(self.tr(" s"))
        self.page_seconds.setValue(page_seconds)
        self.part = QComboBox(self)
        self.part.setObjectName("part")
        self.part.addItem(self.tr("All tables"), WHOLE_ROOM)
        for n in range(2, 5):
            for k in range(n):
                self.part.addItem(self.tr("Part {0} of {1} of the tables").format(k + 1, n), (k, n))
        form = QFormLayout()
        form.addRow(self.tr("&Turn the page of tables every"), self.page_seconds)
        form.addRow(self.tr("Tables on this screen"), self.part)
        keys = QLabel(
            self.tr(
                "On the big screen: Esc leaves full screen, F goes back to it, ← → turn the "
                "pages, M turns the gong off and on, Ctrl+W closes it. For a large room, open "
                "the big screen on several screens, each with its part of the tables."
            )
        )
        keys.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        show = buttons.addButton(self.tr("&Show"), QDialogButtonBox.ButtonRole.AcceptRole)
        show.setObjectName("showBigScreen")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.screens)
        layout.addWidget(single)
        layout.addWidget(self.gong)
        layout.addLayout(form)
        layout.addWidget(keys)
        layout.addWidget(buttons)

    def accept(self) -> None:
        screens = QGuiApplication.screens()
        row = self.screens.currentRow()
        screen = screens[row] if 0 <= row < len(screens) else QGuiApplication.primaryScreen()
        super().accept()
        part = self.part.currentData()
        self.chosen.emit(
            screen, self.gong.isChecked(), self.page_seconds.value(), tuple(part or WHOLE_ROOM)
        )


class BigScreenLauncher(QObject):
    """The big screens of the open event: at most one per screen."""

    def __init__(self, context: PageContext, clock: Clock = system_clock) -> None:
        super().__init__(context.window)
        self.context, self.clock = context, clock
        self.db: EventDB | None = None
        self.windows: dict[str, tuple[BigScreenWindow, QScreen]] = {}  # by screen_key
        self.window: BigScreenWindow | None = None  # the one shown last
        self.dialog: BigScreenDialog | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._screen_removed)

    def set_event(self, db: EventDB | None) -> None:
        if db is not self.db:
            self.close()
        self.db = db

    def choose(self) -> BigScreenDialog | None:
        if self.db is None:
            return None
        q = self.context.settings.q
        self.dialog = BigScreenDialog(
            self.context.window,
            screen_name=str(q.value(SCREEN_KEY, "")),
            gong=str(q.value(GONG_KEY, "true")).lower() == "true",
            page_seconds=int(str(q.value(PAGE_KEY, 10)) or 10),
        )
        self.dialog.chosen.connect(self.show_on)
        self.dialog.open()
        return self.dialog

    def show_on(
        self,
        screen: QScreen,
        gong: bool = True,
        page_seconds: int = 10,
        part: Part = WHOLE_ROOM,
    ) -> BigScreenWindow | None:
        if self.db is None:
            return None
        key = screen_key(screen)
        q = self.context.settings.q
        q.setValue(SCREEN_KEY, key)
        q.setValue(GONG_KEY, "true" if gong else "false")
        q.setValue(PAGE_KEY, page_seconds)
        if key in self.windows:
            w = self.windows[key][0]
            w.gong, w.page_seconds = gong, page_seconds
            w.set_part(part)
        else:
            w = BigScreenWindow(
                self.context,
                self.db,
                clock=self.clock,
                page_seconds=page_seconds,
                gong=gong,
                part=part,
            )
            w.closed.connect(lambda: self._window_closed(key))
            self.windows[key] = (w, screen)
        self.window = w
        if w.isFullScreen():
            w.showNormal()
        w.setScreen(screen)
        w.setGeometry(screen.geometry())
        w.showFullScreen()
        w.raise_()
        return w

    def close(self) -> None:
        for w, _ in list(self.windows.values()):
            w.close()

    def _window_closed(self, key: str) -> None:
        w, _ = self.windows.pop(key, (None, None))
        if w is self.window:
            self.window = None
        if w is not None:
            w.deleteLater()

    def _screen_removed(self, screen: QScreen) -> None:
        """A projector was unplugged: its big screen must not cover the main window."""
        for w, where in self.windows.values():
            if where is screen:
                w.leave_full_screen()
