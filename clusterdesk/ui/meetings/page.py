"""The Meetings page: KPIs, the tables × slots grid, the side panel, scheduling and on-site
changes (move by drag or Ctrl+X / Ctrl+V with red/green cells, lock, held, no-show, cancel,
outcomes by key or on a table's outcome sheet, undo). All database work runs on the task
runner; the grid is a plain item model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.heap import quiet_gc
from clusterdesk.services import meeting_edits, meeting_manual
from clusterdesk.services.events import EventDB
from clusterdesk.services.meeting_board import Board, BoardMeeting, refreshed
from clusterdesk.services.meeting_rules import Feasibility
from clusterdesk.ui.context import CHECKINS, EVENT, MEETINGS, PARTICIPANTS, PageContext
from clusterdesk.ui.errors import report_bug, show_error
from clusterdesk.ui.icons import icon
from clusterdesk.ui.meetings import onsite, scheduling
from clusterdesk.ui.meetings.actions import make_actions
from clusterdesk.ui.meetings.edits import EditRunner
from clusterdesk.ui.meetings.grid_model import MeetingGridModel
from clusterdesk.ui.meetings.grid_view import MeetingGridView
from clusterdesk.ui.meetings.kpis import KpiBar, colour_key
from clusterdesk.ui.meetings.outcome_keys import OutcomeKeys
from clusterdesk.ui.meetings.outcome_sheet import open_sheet
from clusterdesk.ui.meetings.people_finder import PeopleFinder
from clusterdesk.ui.meetings.plan_undo import Loaded, PlanUndo, load_with_plan
from clusterdesk.ui.meetings.schedule_dialog import (
    ScheduleProgressDialog,
)
from clusterdesk.ui.meetings.setup import open_setup
from clusterdesk.ui.meetings.side_panel import SidePanel
from clusterdesk.ui.onsite.not_here import NotHereDialog
from clusterdesk.ui.words import describe
from clusterdesk.ui.workers import plain


def refreshed_quietly(db: EventDB, board: Board, changed: tuple[int, ...]) -> Board:
    """``refreshed`` without a garbage-collector pass over the board (see core.heap)."""
    with quiet_gc():
        return refreshed(db, board, changed)


class MeetingsPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context.window)
        self.setObjectName("meetingsPage")
        self.context = context
        self.db: EventDB | None = None
        self.board: Board | None = None
        self.time_limit = 0  # automatic: by the size of the event
        self.fairness: int | None = None
        self.moving: tuple[str, int] | None = None  # ("meeting", id) or ("request", id)
        self._focus: int | None = None
        self._loading = False
        self.progress: ScheduleProgressDialog | None = None
        self.setup_dialog: QDialog | None = None  # the sessions-and-tables dialog, once opened
        self.tz: tzinfo | None = None  # the event's time zone, with the board
        self.not_here: NotHereDialog | None = None
        self.absent_dialog: QDialog | None = None
        self.walkin_dialog: QDialog | None = None
        self.edits = EditRunner(context.runner, self)
        self.finder = PeopleFinder(context.runner, self)
        self.plan_undo = PlanUndo(context, self)
        self.actions_ = make_actions(self)
        self.claimed_shortcuts = self.actions_.shortcuts()

        self.kpis = KpiBar(self)
        self.message = QLabel()
        self.message.setObjectName("messageBar")
        self.message.setWordWrap(True)
        self.message.hide()
        self.model = MeetingGridModel(self)
        self.grid = MeetingGridView(self)
        self.grid.setObjectName("meetingGrid")
        self.grid.setModel(self.model)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.outcomes = OutcomeKeys(self)
        self.side = SidePanel(self)
        self.empty = QLabel(
            self.tr("No B2B session or tables yet. Use “Sessions and tables…” to set up the grid.")
        )
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        title = QLabel(self.tr("Meetings"))
        title.setObjectName("pageTitle")
        bar = QHBoxLayout()
        bar.addWidget(self.kpis, 1)
        for action in (self.actions_.schedule, self.actions_.setup, self.actions_.undo):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            bar.addWidget(button)
        more = QToolButton()
        more.setText(self.tr("More"))
        more.setIcon(icon("more"))
        more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMinimumWidth(more.sizeHint().width() + 12)  # room for the menu arrow
        menu = QMenu(more)
        menu.addAction(self.actions_.unschedule_all)
        menu.addAction(self.actions_.restore_plan)
        menu.addAction(self.actions_.find)
        menu.addAction(self.outcomes.sheet)
        more.setMenu(menu)
        bar.addWidget(more)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.grid)
        ll.addWidget(self.empty)
        ll.addWidget(colour_key())
        split.addWidget(left)
        split.addWidget(self.side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 300])
        said = QHBoxLayout()
        said.addWidget(self.message, 1)
        said.addWidget(self.plan_undo.button)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        for action in (self.actions_.not_here, self.actions_.walkin):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
            heading.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(bar)
        layout.addLayout(said)
        layout.addWidget(split, 1)
        self._connect()
        self._enable()

    # --- wiring ------------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.actions_
        a.cut.triggered.connect(self.start_move)
        a.paste.triggered.connect(self.paste)
        a.lock.triggered.connect(self.toggle_lock)
        a.held.triggered.connect(lambda: self._status("held"))
        a.no_show.triggered.connect(self.ask_no_show)
        a.cancel.triggered.connect(lambda: self._status("cancelled"))
        a.restore.triggered.connect(lambda: self._status("scheduled"))
        a.unschedule.triggered.connect(lambda: self._on_meeting(meeting_manual.unschedule_meeting))
        a.delete.triggered.connect(lambda: self._on_meeting(meeting_manual.delete_meeting))
        a.undo.triggered.connect(self.undo)
        a.find.triggered.connect(self.find_participant)
        a.schedule.triggered.connect(self.ask_schedule)
        a.setup.triggered.connect(lambda: open_setup(self))
        a.unschedule_all.triggered.connect(self.ask_unschedule_all)
        a.restore_plan.triggered.connect(self.plan_undo.ask_restore)
        self.outcomes.sheet.triggered.connect(lambda: open_sheet(self))
        self.plan_undo.restored.connect(self._plan_restored)
        a.not_here.triggered.connect(lambda: onsite.open_not_here(self))
        a.walkin.triggered.connect(lambda: onsite.open_walkin(self))
        self.side.absentRequested.connect(lambda pid, name: onsite.open_absent(self, pid, name))
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._selection())
        self.grid.dragStarted.connect(self._drag_started)
        self.grid.dropped.connect(self._dropped)
        self.grid.escaped.connect(self.stop_move)
        self.grid.customContextMenuRequested.connect(self._context_menu)
        self.side.quickSchedule.connect(
            lambda rid: self.edits.run(partial(meeting_manual.add_meeting, request_id=rid))
        )
        self.side.placeRequest.connect(self.start_place)
        self.side.scheduleSelected.connect(lambda ids: self.schedule(True, set(ids)))
        self.side.showMeeting.connect(self.select_meeting)
        self.side.findWanted.connect(self.finder.find)
        self.side.searchShown.connect(self.finder.warm)
        self.finder.found.connect(self.side.show_found)
        self.finder.failed.connect(lambda exc: report_bug(self, exc))
        self.side.personChosen.connect(
            lambda pid: self.model.set_highlight(pid if pid >= 0 else None)
        )
        self.edits.done.connect(self._edit_done)
        self.edits.refused.connect(lambda text: self.say(text, ok=False))
        self.edits.failed.connect(lambda exc: report_bug(self, exc))
        self.edits.undoAvailable.connect(self.actions_.undo.setEnabled)
        self.context.bus.changed.connect(self._bus_changed)

    def _enable(self) -> None:
        has_event = self.db is not None
        for action in self.actions_.all():
            action.setEnabled(has_event)
        self.actions_.undo.setEnabled(has_event and bool(self.edits.stack))
        self.outcomes.set_enabled(has_event)

    def heightForWidth(self, _width: int) -> int:  # noqa: N802 - Qt API
        # The page fills the window and the grid scrolls inside it. Its word-wrapped labels
        # would make the page's holder ask for the page's preferred height (the whole grid's)
        # and scroll the page itself: no height for a width, only the minimum size counts.
        return -1

    # --- the page protocol -------------------------------------------------------------------
    def set_event(self, db: EventDB | None) -> None:
        self.db = db
        self.edits.set_db(db)
        self.finder.set_db(db)
        self.plan_undo.set_db(db)
        self.stop_move()
        for dialog in (self.not_here, self.absent_dialog, self.walkin_dialog):
            if dialog is not None:
                dialog.close()
        self.not_here = self.absent_dialog = self.walkin_dialog = None
        self.board = None
        self.model.set_board(None)
        self.side.set_board(None)
        self.kpis.show_board(None)
        self.message.hide()
        self._enable()
        if db is not None:
            self.reload()

    def on_shown(self) -> None:
        if self.db is not None and not self._loading:
            self.reload()

    def reload(self) -> None:
        if self.db is None:
            return
        self._loading = True
        self.context.runner.run(
            plain(load_with_plan, self.db), on_result=self._loaded_all, on_error=self._failed
        )

    def _loaded_all(self, found: Loaded) -> None:
        board, latest, tz = found
        self.tz = tz
        self.plan_undo.known(latest, tz)
        self._loaded(board)

    def _loaded(self, board: object, changed: tuple[int, ...] | None = None) -> None:
        """Show a board read anew, or (``changed``) the shown one with these meetings changed."""
        self._loading = False
        assert isinstance(board, Board)
        current = self.grid.currentIndex()
        keep = (current.row(), current.column()) if current.isValid() else None
        self.board = board
        self.moving = None
        if changed is None:
            self.model.set_board(board)
        else:
            self.model.patch(board, changed)
        self.side.set_board(board)
        self.kpis.show_board(board)
        empty = not board.slots or not board.tables
        self.empty.setVisible(empty)
        self.grid.setVisible(not empty)
        if self._focus is not None and self.model.index_of(self._focus).isValid():
            self.grid.setCurrentIndex(self.model.index_of(self._focus))
        elif (
            keep is not None
            and keep[0] < self.model.rowCount()
            and keep[1] < self.model.columnCount()
        ):
            self.grid.setCurrentIndex(self.model.index(*keep))
        self._focus = None
        self._selection()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        show_error(self, exc)

    def _bus_changed(self, topic: str) -> None:
        if topic in (PARTICIPANTS, EVENT) and self.isVisible():
            self.reload()
        if (
            topic in (CHECKINS, MEETINGS)
            and self.not_here is not None
            and self.not_here.isVisible()
        ):
            self.not_here.reload()

    # --- feedback ----------------------------------------------------------------------------
    def say(self, text: str, *, ok: bool = True) -> None:
        colour = ("#dafbe1", "#1a7f37") if ok else ("#ffebe9", "#cf222e")
        self.message.setStyleSheet(
            f"QLabel#messageBar {{ background: {colour[0]}; border: 1px solid {colour[1]};"
            f" border-radius: 6px; padding: 6px 10px; color: #1f2328; }}"
        )
        self.message.setProperty("ok", ok)
        self.message.setText(text)
        self.message.show()

    def current_meeting(self) -> BoardMeeting | None:
        return self.model.meeting_at(self.grid.currentIndex())

    def _where(self, index: QModelIndex) -> str:
        if not index.isValid() or self.board is None:
            return ""
        slot = self.model.slot_at(index.column())
        table = self.board.tables[index.row()].label
        return self.tr("Table {0} · {1} {2}–{3}").format(
            table, slot.session, f"{slot.starts_at:%H:%M}", f"{slot.ends_at:%H:%M}"
        )

    def _selection(self) -> None:
        index = self.grid.currentIndex()
        self.side.show_meeting(self.model.meeting_at(index), self._where(index))

    def select_meeting(self, meeting_id: int) -> None:
        index = self.model.index_of(meeting_id)
        if index.isValid():
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)
            self.grid.setFocus()

    def focus_on(self, meeting_id: int) -> None:
        """Keep this meeting selected when the grid is next refreshed."""
        self._focus = meeting_id

    def _need_meeting(self) -> BoardMeeting | None:
        m = self.current_meeting()
        if m is None:
            self.say(self.tr("Select a meeting on the grid first."), ok=False)
        return m

    # --- moving ------------------------------------------------------------------------------
    def start_move(self) -> None:
        m = self._need_meeting()
        if m is None or self.db is None:
            return
        self.moving = ("meeting", m.id)
        self._show_feasibility(partial(meeting_edits.feasibility, self.db, meeting_id=m.id), m.id)
        self.say(
            self.tr(
                "Moving the meeting: go to a green cell and press Ctrl+V "
                "(a cell with a meeting swaps the two); Esc stops."
            )
        )

    def start_place(self, request_id: int) -> None:
        if self.db is None:
            return
        self.moving = ("request", request_id)
        self._show_feasibility(
            partial(meeting_edits.feasibility, self.db, request_id=request_id), None
        )
        self.grid.setFocus()
        self.say(self.tr("Placing the request: go to a green cell and press Ctrl+V; Esc stops."))

    def _show_feasibility(self, job: Callable[[], Feasibility], moving: int | None) -> None:
        def show(f: Feasibility) -> None:
            if self.moving is not None:
                self.model.set_overlay(moving, f)

        self.context.runner.run(plain(job), on_result=show, on_error=self._failed)

    def stop_move(self, *, keep_message: bool = False) -> None:
        """End a move (Esc). ``keep_message``: the hint stays until the change's own message
        replaces it (hiding the bar and showing it again moves the grid twice: every visible
        cell and the header repainted)."""
        if self.moving is not None:
            self.moving = None
            self.model.set_overlay(None, None)
            if not keep_message:
                self.message.hide()

    def paste(self) -> None:
        index = self.grid.currentIndex()
        if self.moving is None:
            self.say(self.tr("Cut a meeting first (Ctrl+X), then paste it on a cell."), ok=False)
            return
        if not index.isValid():
            return
        kind, source = self.moving
        slot = self.model.slot_at(index.column()).id
        table = self.model.table_id_at(index.row())
        there = self.model.meeting_at(index)
        self.stop_move(keep_message=True)
        if kind == "request":
            self.edits.run(
                partial(meeting_manual.add_meeting, request_id=source, slot_id=slot, table_id=table)
            )
        elif there is not None and there.active and there.id != source:
            self._focus = source
            self.edits.run(partial(meeting_edits.swap_meetings, first=source, second=there.id))
        elif there is None or there.id != source:
            self._focus = source
            self.edits.run(
                partial(meeting_edits.move_meeting, meeting_id=source, slot_id=slot, table_id=table)
            )
        else:  # put back where it was: nothing to say
            self.message.hide()

    def _drag_started(self, index: QModelIndex) -> None:
        self.grid.setCurrentIndex(index)
        self.start_move()

    def _dropped(self, index: QModelIndex) -> None:
        self.grid.setCurrentIndex(index)
        self.paste()

    # --- marking -----------------------------------------------------------------------------
    def toggle_lock(self) -> None:
        m = self._need_meeting()
        if m is not None:
            self._focus = m.id
            self.edits.run(partial(meeting_edits.set_locked, meeting_id=m.id, locked=not m.locked))

    def _status(self, status: str, absent: str = "") -> None:
        m = self._need_meeting()
        if m is not None:
            self._focus = m.id
            self.edits.run(
                partial(meeting_edits.set_status, meeting_id=m.id, status=status, absent=absent)
            )

    def _on_meeting(self, edit: Callable[[EventDB, int], meeting_edits.Change]) -> None:
        m = self._need_meeting()
        if m is not None:
            meeting_id = m.id
            self.edits.run(lambda db: edit(db, meeting_id))

    def ask_no_show(self) -> None:
        m = self._need_meeting()
        if m is None or self.board is None:
            return
        menu = QMenu(self)
        menu.setObjectName("noShowMenu")
        a, b = self.board.people[m.a].name, self.board.people[m.b].name
        for text, side in (
            (self.tr("{0} did not come").format(a), "a"),
            (self.tr("{0} did not come").format(b), "b"),
            (self.tr("Neither came"), "both"),
        ):
            action = menu.addAction(icon("noshow"), text)
            action.triggered.connect(partial(self._status, "no_show", side))
        rect = self.grid.visualRect(self.grid.currentIndex())
        menu.popup(self.grid.viewport().mapToGlobal(rect.bottomLeft()))

    def undo(self) -> None:
        if not self.edits.undo():
            self.say(self.tr("Nothing to undo."), ok=False)

    def _edit_done(self, change: meeting_edits.Change) -> None:
        self.say(describe(change.summary))
        if self._focus is None and change.meeting_ids:
            self._focus = change.meeting_ids[0]
        self.context.bus.changed.emit(MEETINGS)
        if change.requests_changed or self.board is None or self.db is None:
            self.reload()
            return
        # a move, swap, lock or mark: read the changed meetings again, repaint their cells only
        changed = change.meeting_ids
        self.context.runner.run(
            plain(refreshed_quietly, self.db, self.board, changed),
            on_result=lambda board: self._loaded(board, changed),
            on_error=self._failed,
        )

    def _context_menu(self, pos: QPoint) -> None:
        index = self.grid.indexAt(pos)
        if not index.isValid():
            return
        self.grid.setCurrentIndex(index)
        a = self.actions_
        menu = QMenu(self)
        menu.setObjectName("gridMenu")
        if self.moving is not None:
            menu.addAction(a.paste)
        if self.current_meeting() is not None:
            for action in (
                a.cut,
                a.lock,
                None,
                a.held,
                a.no_show,
                a.cancel,
                a.restore,
                None,
                a.unschedule,
                a.delete,
            ):
                menu.addSeparator() if action is None else menu.addAction(action)
            menu.addMenu(self.outcomes.menu(menu))
        menu.addAction(self.outcomes.sheet)
        menu.addSeparator()
        menu.addAction(a.undo)
        menu.popup(self.grid.viewport().mapToGlobal(pos))

    def find_participant(self) -> None:
        self.side.tabs.setCurrentIndex(1)
        self.side.search.setFocus()
        self.side.search.selectAll()

    # --- scheduling (ui/meetings/scheduling.py) ---------------------------------------------------
    def ask_schedule(self) -> None:
        scheduling.ask_schedule(self)

    def schedule(self, keep_existing: bool, only: set[int] | None = None) -> None:
        scheduling.schedule(self, keep_existing, only)

    def ask_unschedule_all(self) -> None:
        scheduling.ask_unschedule_all(self)

    def _plan_restored(self, text: str) -> None:
        scheduling.plan_restored(self, text)
