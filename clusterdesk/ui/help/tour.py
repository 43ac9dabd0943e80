"""The guided tour: a callout over the main window that steps through the pages, one or two
sentences each, with Back / Next / Skip (Esc leaves). It is a child widget, not a dialog: the
window stays usable behind it, and it only shows pages (their own loading runs on workers).

Help → Guided tour starts it again; with no event open it opens the demo event first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from clusterdesk.ui.icons import icon
from clusterdesk.ui.keys import shortcut
from clusterdesk.ui.settings import AppSettings

if TYPE_CHECKING:
    from clusterdesk.ui.main_window import MainWindow

FIRST_RUN_KEY = "ui/first_run_done"

# What the tour says on each page (by page key), in the pages' order; pages not named here are
# not toured. Context "GuidedTour".
PAGE_TEXTS = {
    "dashboard": QT_TRANSLATE_NOOP(
        "GuidedTour",
        "The event at a glance: who registered and arrived, badges printed, meetings "
        "scheduled and held. It refreshes each time you come here.",
    ),
    "participants": QT_TRANSLATE_NOOP(
        "GuidedTour",
        "Everyone registered. Import them from CSV or Excel (Ctrl+I), search (Ctrl+F), add "
        "(Ctrl+N) and edit people (Enter).",
    ),
    "checkin": QT_TRANSLATE_NOOP(
        "GuidedTour",
        "The registration desk: scan a badge with a USB scanner or type a name. Ctrl+Z undoes "
        "the last check-in, Ctrl+N registers a walk-in.",
    ),
    "meetings": QT_TRANSLATE_NOOP(
        "GuidedTour",
        "B2B meetings on a tables × time slots grid. Set up sessions and tables, schedule "
        "automatically (F9), then move meetings and record outcomes on site.",
    ),
    "print": QT_TRANSLATE_NOOP(
        "GuidedTour",
        "Badges and table cards for everyone or a selection, to a printer or a PDF file.",
    ),
    "programme": QT_TRANSLATE_NOOP(
        "GuidedTour",
        "The event's agenda: talks, breaks and sessions, printed on the agendas.",
    ),
    "export": QT_TRANSLATE_NOOP(
        "GuidedTour",
        "Files to take away, made offline: participant lists, personal agendas and the "
        "meeting plan (Ctrl+E).",
    ),
}


def is_first_run(settings: AppSettings) -> bool:
    """No event was ever opened here and the tour was never offered to the end."""
    done = str(settings.q.value(FIRST_RUN_KEY, "false")).lower() == "true"
    return not done and not settings.recent_events()


def set_first_run_done(settings: AppSettings) -> None:
    settings.q.setValue(FIRST_RUN_KEY, True)
    settings.q.sync()


@dataclass(frozen=True)
class Step:
    page: str  # page key ("" = no page: the closing words)
    title: str
    text: str


def tour_steps(window: MainWindow) -> list[Step]:
    steps = [
        Step(entry.key, entry.display_title(), translate("GuidedTour", PAGE_TEXTS[entry.key]))
        for entry in window.event_view.entries
        if entry.key in PAGE_TEXTS
    ]
    steps.append(
        Step(
            "",
            translate("GuidedTour", "That's the tour"),
            translate(
                "GuidedTour",
                "Help → Keyboard shortcuts (F1) lists every key. Help → Guided tour shows "
                "this tour again.",
            ),
        )
    )
    return steps


CALLOUT_STYLE = """
QFrame#tourCallout { background: palette(base); border: 2px solid palette(highlight);
                     border-radius: 10px; }
QLabel#tourTitle { font-size: 16px; font-weight: 600; }
QLabel#tourCount { color: palette(placeholder-text); }
"""


class TourCallout(QFrame):
    """The callout: title, text, "2 of 8", Back / Next / Skip."""

    nextRequested = Signal()
    backRequested = Signal()
    skipRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourCallout")
        self.setStyleSheet(CALLOUT_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(24)
        shadow.setOffset(0, 4)
        shadow.setColor(QColor(0, 0, 0, 110))
        self.setGraphicsEffect(shadow)
        self.setFixedWidth(380)
        mark = QLabel(self)
        mark.setPixmap(icon("tour").pixmap(QSize(22, 22)))
        self.title = QLabel(self)
        self.title.setObjectName("tourTitle")
        self.count = QLabel(self)
        self.count.setObjectName("tourCount")
        head = QHBoxLayout()
        head.addWidget(mark)
        head.addWidget(self.title, 1)
        head.addWidget(self.count)
        self.text = QLabel(self)
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.skip = QPushButton(self.tr("Skip tour"), self)
        self.skip.setObjectName("tourSkip")
        self.skip.setFlat(True)
        self.back = QPushButton(self.tr("Back"), self)
        self.back.setObjectName("tourBack")
        self.next = QPushButton(self.tr("Next"), self)
        self.next.setObjectName("tourNext")
        self.next.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.skip.clicked.connect(self.skipRequested.emit)
        self.back.clicked.connect(self.backRequested.emit)
        self.next.clicked.connect(self.nextRequested.emit)

    def show_step(self, step: Step, n: int, total: int) -> None:
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.count.setText(self.tr("{0} of {1}").format(n + 1, total))
        self.back.setEnabled(n > 0)
        last = n == total - 1
        self.next.setText(self.tr("Done") if last else self.tr("Next"))
        self.skip.setVisible(not last)
        self.adjustSize()


class GuidedTour(QObject):
    """Runs the tour over ``window``: shows each page and points the callout at its entry in the
    navigation. ``finished`` when it ends (done, skipped, Esc, or the event closed)."""

    finished = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.steps = tour_steps(window)
        self.index = 0
        self.callout = TourCallout(window)
        self.callout.nextRequested.connect(self.next)
        self.callout.backRequested.connect(self.back)
        self.callout.skipRequested.connect(self.stop)
        self.keys: list[QShortcut] = [
            shortcut(
                Qt.Key.Key_Escape,
                window,
                self.stop,
                description=translate("GuidedTour", "Leave the guided tour"),
            ),
            shortcut(QKeySequence("Alt+Right"), window, self.next),
            shortcut(QKeySequence("Alt+Left"), window, self.back),
        ]
        self.keys[1].setWhatsThis(translate("GuidedTour", "Next step of the guided tour"))
        self.keys[2].setWhatsThis(translate("GuidedTour", "Previous step of the guided tour"))
        self._turning = False  # the tour itself is changing the page
        window.installEventFilter(self)
        window.central.currentChanged.connect(self._view_changed)
        window.event_view.pageChanged.connect(self._page_chosen)

    def start(self) -> None:
        self.index = 0
        self._show()

    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.stop()
            return
        self.index += 1
        self._show()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show()

    def stop(self) -> None:
        if self.callout is None:
            return
        self.window.removeEventFilter(self)
        self.window.central.currentChanged.disconnect(self._view_changed)
        self.window.event_view.pageChanged.disconnect(self._page_chosen)
        for key in self.keys:
            key.setEnabled(False)
            key.deleteLater()
        self.callout.hide()
        self.callout.deleteLater()
        self.callout = None  # type: ignore[assignment]
        set_first_run_done(self.window.settings)
        self.finished.emit()
        self.deleteLater()

    @property
    def active(self) -> bool:
        return self.callout is not None

    def current(self) -> Step:
        return self.steps[self.index]

    def _show(self) -> None:
        step = self.current()
        if step.page:
            self._turning = True
            try:
                self.window.show_page(step.page)
            finally:
                self._turning = False
        self.callout.show_step(step, self.index, len(self.steps))
        self.callout.show()
        self.callout.raise_()
        self._place()
        self.callout.next.setFocus()

    def _place(self) -> None:
        """Beside the page's entry in the navigation (or in the middle for the closing words),
        kept inside the window."""
        window = self.window
        callout = self.callout
        callout.adjustSize()
        size = callout.size()
        nav = window.event_view.nav
        row = next(
            (r for r, e in enumerate(window.event_view.entries) if e.key == self.current().page),
            -1,
        )
        if row >= 0 and nav.isVisible():
            item = nav.visualItemRect(nav.item(row))
            anchor = nav.viewport().mapTo(window, QPoint(item.right() + 14, item.top()))
            x, y = anchor.x(), anchor.y() - 8
        else:
            x = (window.width() - size.width()) // 2
            y = (window.height() - size.height()) // 3
        x = max(8, min(x, window.width() - size.width() - 8))
        y = max(8, min(y, window.height() - size.height() - 8))
        callout.move(x, y)

    def _view_changed(self, _index: int) -> None:
        if self.active and self.window.central.currentWidget() is not self.window.event_view:
            self.stop()  # the event closed (or the window is rebuilt in another language)

    def _page_chosen(self, key: str, _page: QWidget) -> None:
        """The user went to another page themselves (Ctrl+number, a click): the tour steps
        aside rather than pointing at a page that is no longer shown."""
        if self.active and not self._turning and key != self.current().page:
            self.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize and self.active:
            self._place()
        return False


def start_tour(window: MainWindow) -> GuidedTour | None:
    """Start the tour on the open event; with none open, open the demo and start once shown."""
    running = window.findChild(GuidedTour)
    if running is not None and running.active:
        running.start()
        return running
    if window.db is None:
        window.controller.ready.connect(
            lambda *_: start_tour(window) if window.db is not None else None,
            Qt.ConnectionType.SingleShotConnection,
        )
        window.controller.open_demo()
        return None
    tour = GuidedTour(window)
    tour.start()
    return tour
