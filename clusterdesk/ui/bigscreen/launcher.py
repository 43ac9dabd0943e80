"""Opening the big screen: choose the screen (a projector, a TV), the gong and the page time.

``BigScreenLauncher`` belongs to the main window: ``choose()`` (the menu's "Big screen…",
Ctrl+Shift+B) opens :class:`BigScreenDialog`; ``show_on(screen, ...)`` opens or moves the one
big screen window; ``set_event(None)`` closes it when the event closes. The choices are
remembered in the settings (the screen by name).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
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
from clusterdesk.ui.bigscreen.board import Clock, system_clock
from clusterdesk.ui.bigscreen.window import BigScreenWindow
from clusterdesk.ui.context import PageContext

SCREEN_KEY, GONG_KEY, PAGE_KEY = "bigscreen/screen", "bigscreen/gong", "bigscreen/page_seconds"


def screen_key(screen: QScreen) -> str:
    """How a screen is remembered: its name and size (two X screens may share one name)."""
    size = screen.geometry()
    return f"{screen.name()} {size.width()}x{size.height()}"


class BigScreenDialog(QDialog):
    """``chosen(screen, gong, page_seconds)`` when the user presses Show."""

    chosen = Signal(QScreen, bool, int)

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
        form = QFormLayout()
        form.addRow(self.tr("&Turn the page of tables every"), self.page_seconds)
        keys = QLabel(
            self.tr(
                "On the big screen: Esc leaves full screen, F goes back to it, ← → turn the "
                "pages, M turns the gong off and on, Ctrl+W closes it."
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
        self.chosen.emit(screen, self.gong.isChecked(), self.page_seconds.value())


class BigScreenLauncher(QObject):
    def __init__(self, context: PageContext, clock: Clock = system_clock) -> None:
        super().__init__(context.window)
        self.context, self.clock = context, clock
        self.db: EventDB | None = None
        self.window: BigScreenWindow | None = None
        self.screen: QScreen | None = None  # where the big screen was put
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
        self, screen: QScreen, gong: bool = True, page_seconds: int = 10
    ) -> BigScreenWindow | None:
        if self.db is None:
            return None
        q = self.context.settings.q
        q.setValue(SCREEN_KEY, screen_key(screen))
        q.setValue(GONG_KEY, "true" if gong else "false")
        q.setValue(PAGE_KEY, page_seconds)
        if self.window is None:
            self.window = BigScreenWindow(
                self.context, self.db, clock=self.clock, page_seconds=page_seconds, gong=gong
            )
            self.window.closed.connect(self._window_closed)
        else:
            self.window.gong, self.window.page_seconds = gong, page_seconds
        w = self.window
        if w.isFullScreen():
            w.showNormal()
        self.screen = screen
        w.setScreen(screen)
        w.setGeometry(screen.geometry())
        w.showFullScreen()
        w.raise_()
        return w

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def _window_closed(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()

    def _screen_removed(self, screen: QScreen) -> None:
        """The projector was unplugged: the big screen must not cover the main window."""
        if self.window is not None and screen is self.screen:
            self.screen = None
            self.window.leave_full_screen()
