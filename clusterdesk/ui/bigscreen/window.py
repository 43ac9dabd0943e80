"""The big screen: a window of its own (full screen on the chosen screen) that follows the clock.

Every tick asks the injected clock what time it is: the countdowns follow it, the rounds shown
change when it passes a round boundary (a gong rings then, when wanted), and the pages of tables
turn every ``page_seconds`` of it. The plan is read on the task runner (never on the GUI thread):
when the window opens, when this app announces a change of meetings or people, and when the
event's plan stamp (one small query, every :data:`POLL_MS`) shows that another desk changed it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from clusterdesk.core.errors import UserError
from clusterdesk.services.events import EventDB
from clusterdesk.services.rounds import Rounds, load_rounds, plan_stamp
from clusterdesk.ui.bigscreen import board
from clusterdesk.ui.bigscreen.board import Clock, Moment, system_clock
from clusterdesk.ui.bigscreen.view import NOW, SOON, BigScreenView
from clusterdesk.ui.checkin.sounds import DeskSounds
from clusterdesk.ui.context import EVENT, MEETINGS, PARTICIPANTS, PageContext
from clusterdesk.ui.i18n import short_day
from clusterdesk.ui.keys import shortcut
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import plain

log = logging.getLogger(__name__)
TICK_MS = 200
POLL_MS = 10_000
LAST_MINUTE = timedelta(minutes=1)
FAR = timedelta(hours=12)  # a next round further away than this shows its day and time


class BigScreenWindow(QWidget):
    """``bell`` when the clock passes a round's start or end (the gong rings if it is on);
    ``loaded`` after each read of the plan."""

    bell = Signal()
    loaded = Signal()
    closed = Signal()

    def __init__(
        self,
        context: PageContext,
        db: EventDB,
        *,
        clock: Clock = system_clock,
        page_seconds: int = 10,
        gong: bool = True,
        part: board.Part = board.WHOLE_ROOM,
        sounds: DeskSounds | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("bigScreen")
        self.setWindowTitle(self.tr("ClusterDesk — big screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.context, self.db, self.clock = context, db, clock
        self.page_seconds = page_seconds
        self.gong = gong
        self.part = part
        self.sounds = sounds if sounds is not None else DeskSounds(self, names=("gong",))
        self.rounds: Rounds | None = None
        self.moment: Moment | None = None
        self.page = 0
        self.page_since: datetime | None = None
        self.last_now: datetime | None = None
        self.bells = 0
        self._loading = False
        self._reload_again = False
        self._stopped = False
        self._boundaries: list[datetime] = []
        self._key: tuple[datetime | None, datetime | None] | None = None
        self.view = BigScreenView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.head_table.setText(self.tr("Table"))
        self.view.show_message(self.tr("Loading the plan…"))

        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.poller = QTimer(self)
        self.poller.setInterval(POLL_MS)
        self.poller.timeout.connect(self.check_for_changes)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(400)
        self.debounce.timeout.connect(self.reload)
        context.bus.changed.connect(self._changed)
        window = Qt.ShortcutContext.WindowShortcut
        shortcut(
            Qt.Key.Key_Escape, self, self.leave_full_screen, window, self.tr("Leave full screen")
        )
        for key in (Qt.Key.Key_F11, Qt.Key.Key_F):
            shortcut(key, self, self.toggle_full_screen, window, self.tr("Full screen on/off"))
        for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            shortcut(key, self, lambda: self.turn(1), window, self.tr("Next page of tables"))
        for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            shortcut(key, self, lambda: self.turn(-1), window, self.tr("Previous page of tables"))
        shortcut(Qt.Key.Key_M, self, self.toggle_gong, window, self.tr("Gong on/off"))
        shortcut(
            QKeySequence.StandardKey.Close,
            self,
            self.close,
            window,
            self.tr("Close the big screen"),
        )
        self.ticker.start()
        self.poller.start()
        self.reload()

    # --- the plan ----------------------------------------------------------------------------
    def reload(self) -> None:
        if self._stopped:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.context.runner.run(
            plain(load_rounds, self.db),
            on_result=self._loaded,
            on_error=self._load_failed,
            on_finished=self._load_finished,
        )

    def _loaded(self, rounds: Rounds) -> None:
        if self._stopped:
            return
        self.rounds = rounds
        self._boundaries = rounds.boundaries()
        self.moment = None  # recomputed at once
        self.tick()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        """Keep showing the plan read last (the next poll tries again); say so only when there
        is none yet."""
        if not isinstance(error, UserError):
            log.error("big screen: reading the plan failed", exc_info=error)
        if self.rounds is None and not self._stopped:
            reason = (
                error_text(error) if isinstance(error, UserError) else self.tr("see the log file")
            )
            self.view.show_message(self.tr("The plan could not be read: {0}").format(reason))

    def _load_finished(self) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def check_for_changes(self) -> None:
        if self._stopped or self._loading or self.rounds is None:
            return
        known = self.rounds.stamp
        self.context.runner.run(
            plain(plan_stamp, self.db),
            on_result=lambda stamp: self.reload() if stamp != known else None,
            on_error=lambda _error: None,  # the next poll tries again; the screen keeps its plan
        )

    def _changed(self, topic: str) -> None:
        if topic in (MEETINGS, PARTICIPANTS, EVENT):
            self.debounce.start()

    # --- the clock ---------------------------------------------------------------------------
    def tick(self) -> None:
        now = self.clock()
        before, self.last_now = self.last_now, now
        if self.rounds is None:
            return
        if before is not None and board.bells_between(self._boundaries, before, now):
            self.ring()
        current, upcoming = board.rounds_at(self.rounds, now)
        key = (current.starts_at if current else None, upcoming.starts_at if upcoming else None)
        if self.moment is None or self.moment.key != key:
            rows = board.table_rows(current, upcoming, self.part, self.rounds.table_count)
            self.moment = Moment(current, upcoming, rows)
            if key != self._key:  # other rounds: from the first page (a reload keeps the page)
                self._key = key
                self.page, self.page_since = 0, now
            self._show_moment()
        elif self.page_since is not None and now - self.page_since >= timedelta(
            seconds=self.page_seconds
        ):
            self.turn(1, now)
        self._show_times(now)

    def set_part(self, part: board.Part) -> None:
        """Show only this part of the room's tables (another screen shows the rest)."""
        if part != self.part:
            self.part, self.moment, self._key = part, None, None
            self.tick()

    def ring(self) -> None:
        self.bells += 1
        self.bell.emit()
        if self.gong:
            self.sounds.play("gong")

    def turn(self, step: int, now: datetime | None = None) -> None:
        """Show the next (or previous) page of tables; the page timer starts again."""
        if self.moment is None:
            return
        pages = self.view.pages
        self.page = (self.page + step) % pages if pages > 1 else 0
        self.page_since = now or self.clock()
        self._show_moment()

    def _show_moment(self) -> None:
        m = self.moment
        assert m is not None and self.rounds is not None
        if m.current is None and m.next is None:
            if not self.rounds.rounds:
                self.view.show_message(self.tr("No meeting rounds are planned yet."))
            else:
                self.view.show_message(self.tr("The meetings are over. Thank you!"))
        else:
            self.view.show_rounds(m.current, m.next, m.rows, self.page)
            self.page = self.view.page
        self._footer()

    def _footer(self) -> None:
        view = self.view
        rows = len(view.all_rows)
        if view.empty_text or rows == 0:
            text = "" if view.empty_text else self.tr("No meetings at the tables")
        elif view.pages > 1:
            first, last = view.page_rows[0], view.page_rows[-1]
            text = self.tr("Page {0} of {1} · tables {2}–{3}").format(
                view.page + 1, view.pages, first.table or "–", last.table or "–"
            )
        else:
            text = self.tr("Tables: {0}").format(rows)
        k, n = self.part
        if n > 1:
            text = self.tr("Part {0} of {1}").format(k + 1, n) + (f" · {text}" if text else "")
        view.set_footer(text)
        view.hint.setText(self.tr("Esc: leave full screen") if self.isFullScreen() else "")

    def _show_times(self, now: datetime) -> None:
        assert self.rounds is not None
        view = self.view
        view.title.setText(self.rounds.event_name)
        view.clock.setText(f"{now.astimezone(self.rounds.tz):%H:%M}")
        m = self.moment
        if m is None:
            return
        if m.current is not None:
            r = m.current
            view.set_caption(view.now_caption, self.tr("Now: round {0} · ends in").format(r.number))
            view.set_count(view.now_count, board.countdown(r.ends_at, now))
            soon = r.ends_at - now <= LAST_MINUTE
            view.colour(view.now_count, SOON if soon else NOW)
        if m.next is not None:
            r = m.next
            if r.starts_at - now > FAR:
                view.set_caption(
                    view.next_caption,
                    self.tr("Next: round {0} · {1} at").format(
                        r.number, short_day(r.starts_at.date())
                    ),
                )
                view.set_count(view.next_count, f"{r.starts_at:%H:%M}")
            else:
                view.set_caption(
                    view.next_caption,
                    self.tr("Next: round {0} · {1} · in").format(r.number, f"{r.starts_at:%H:%M}"),
                )
                view.set_count(view.next_count, board.countdown(r.starts_at, now))

    # --- the window --------------------------------------------------------------------------
    def toggle_gong(self) -> None:
        self.gong = not self.gong
        self.setWindowTitle(
            self.tr("ClusterDesk — big screen") + ("" if self.gong else self.tr(" (gong off)"))
        )

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
            screen = self.screen().availableGeometry()
            self.setGeometry(
                screen.x() + screen.width() // 8,
                screen.y() + screen.height() // 8,
                screen.width() * 3 // 4,
                screen.height() * 3 // 4,
            )
        self._footer()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self.showFullScreen()
            self._footer()

    def stop(self) -> None:
        """Stop following the clock and the plan (closing does this)."""
        if self._stopped:
            return
        self._stopped = True
        self.ticker.stop()
        self.poller.stop()
        self.debounce.stop()
        try:
            self.context.bus.changed.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        self.closed.emit()
        super().closeEvent(event)
