"""The panel beside the grid: the selected meeting's details, the accepted requests still waiting
(with the reason), and one participant's agenda (search a name)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.meeting_board import Board, BoardMeeting
from clusterdesk.ui.countries import shown
from clusterdesk.ui.meetings.grid_model import state_text, status_text
from clusterdesk.ui.meetings.unplaced_list import ID_ROLE, UnplacedList


class SidePanel(QWidget):
    quickSchedule = Signal(int)  # request id
    placeRequest = Signal(int)  # request id: choose its cell on the grid
    scheduleSelected = Signal(list)  # request ids
    showMeeting = Signal(int)  # meeting id
    personChosen = Signal(int)  # participant id, or -1: outline their meetings on the grid
    absentRequested = Signal(int, str)  # participant id, name: mark them absent
    findWanted = Signal(str)  # the search text: the page asks the app's search, then show_found
    searchShown = Signal()  # the participant tab came up: the search may get ready

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self._want: int | None = None  # a participant to select when the search answers
        self.details = QLabel()
        self.details.setObjectName("meetingDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(110)
        self.details.setStyleSheet(
            "QLabel#meetingDetails { background: palette(alternate-base);"
            " color: palette(text); border: 1px solid palette(mid);"
            " border-radius: 6px; padding: 8px; }"
        )
        self.waiting = UnplacedList()
        quick = QPushButton(self.tr("Quick-schedule"))
        quick.setObjectName("quickSchedule")
        quick.setToolTip(self.tr("Place it in the first shared free slot and table"))
        quick.clicked.connect(self._quick)
        place = QPushButton(self.tr("Place on grid…"))
        place.setObjectName("placeRequest")
        place.clicked.connect(self._place)
        selected = QPushButton(self.tr("Schedule selected"))
        selected.setObjectName("scheduleSelected")
        selected.clicked.connect(self._selected)
        row = QGridLayout()
        row.addWidget(quick, 0, 0)
        row.addWidget(place, 0, 1)
        row.addWidget(selected, 1, 0, 1, 2)
        waiting_page = QWidget()
        wl = QVBoxLayout(waiting_page)
        wl.setContentsMargins(0, 4, 0, 0)
        wl.addWidget(self.waiting)
        wl.addLayout(row)

        self.search = QLineEdit()
        self.search.setObjectName("agendaSearch")
        self.search.setPlaceholderText(self.tr("Find a participant…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._find)
        self.people = QListWidget()
        self.people.setObjectName("agendaPeople")
        self.people.currentItemChanged.connect(lambda *_: self._agenda())
        self.agenda = QListWidget()
        self.agenda.setObjectName("agendaList")
        self.agenda.itemActivated.connect(self._activated)
        agenda_page = QWidget()
        al = QVBoxLayout(agenda_page)
        al.setContentsMargins(0, 4, 0, 0)
        al.addWidget(self.search)
        al.addWidget(self.people, 1)
        al.addWidget(self.agenda, 2)
        absent = QPushButton(self.tr("Mark absent…"))
        absent.setObjectName("agendaAbsent")
        absent.setToolTip(self.tr("Free this person's remaining meetings and re-place partners"))
        absent.clicked.connect(self._absent)
        al.addWidget(absent)

        self.tabs = QTabWidget()
        self.tabs.addTab(waiting_page, self.tr("Unscheduled"))
        self.tabs.addTab(agenda_page, self.tr("Participant"))
        self.tabs.currentChanged.connect(lambda i: self.searchShown.emit() if i == 1 else None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        self.show_meeting(None, "")

    # --- filling ------------------------------------------------------------------------------
    def set_board(self, board: Board | None) -> None:
        old, self.board = self.board, board
        if (
            old is not None
            and board is not None
            and board.unplaced is old.unplaced
            and board.people is old.people
        ):
            self.waiting.list_model.board = board
            self._agenda()  # a move, swap or mark: only the agenda shown may have changed
            return
        self.waiting.list_model.set_board(board)
        count = len(board.unplaced) if board else 0
        self.tabs.setTabText(0, self.tr("Unscheduled ({0})").format(count))
        self._find(self.search.text())

    def show_meeting(self, meeting: BoardMeeting | None, where: str) -> None:
        if meeting is None or self.board is None:
            self.details.setText(where or self.tr("Select a meeting to see its details."))
            return
        lines = [where]
        for pid in (meeting.a, meeting.b):
            p = self.board.people[pid]
            extra = ", ".join(x for x in (p.organization, shown(p.country)) if x)
            lines.append(f"• {p.name}" + (f" — {extra}" if extra else ""))
        lines.append(state_text(self.board, meeting))
        self.details.setText("\n".join(lines))

    # --- unscheduled requests ----------------------------------------------------------------
    def selected_requests(self) -> list[int]:
        return self.waiting.selected_requests()

    def _quick(self) -> None:
        for rid in self.selected_requests()[:1]:
            self.quickSchedule.emit(rid)

    def _place(self) -> None:
        for rid in self.selected_requests()[:1]:
            self.placeRequest.emit(rid)

    def _selected(self) -> None:
        ids = self.selected_requests()
        if ids:
            self.scheduleSelected.emit(ids)

    # --- a participant's agenda --------------------------------------------------------------
    def _find(self, text: str) -> None:
        self.findWanted.emit(text)  # an empty text is answered at once, with nobody

    def show_found(self, text: str, ids: list[int]) -> None:
        """The search's answer for ``text`` (dropped when the search box says something else by
        now), best first; the one chosen before stays chosen."""
        if text != self.search.text():
            return
        current = self.people.currentItem()
        keep = self._want
        if keep is None and current is not None:
            keep = int(current.data(ID_ROLE))
        self.people.clear()
        self.agenda.clear()
        people = self.board.people if self.board is not None else {}
        for pid in [pid for pid in ids if pid in people]:
            p = people[pid]
            item = QListWidgetItem(f"{p.name} — {p.organization}" if p.organization else p.name)
            item.setData(ID_ROLE, p.id)
            self.people.addItem(item)
            if p.id == keep:
                self.people.setCurrentItem(item)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)
        self._want = None

    def _agenda(self) -> None:
        self.agenda.clear()
        item = self.people.currentItem()
        if item is None or self.board is None:
            self.personChosen.emit(-1)
            return
        pid = int(item.data(ID_ROLE))
        self.personChosen.emit(pid)
        slots = {s.id: s for s in self.board.slots}
        tables = {t.id: t.label for t in self.board.tables}
        days = len({s.day for s in self.board.slots}) > 1  # then each line says its day too
        for m in self.board.agenda(pid):
            other = self.board.people[m.b if m.a == pid else m.a]
            slot = slots[m.slot_id]
            state = status_text(m.status)
            if pid in m.did_not_come():
                state = self.tr("no-show: did not come")
            elif m.did_not_come():
                state = self.tr("no-show: {0} did not come").format(other.name)
            when = f"{slot.starts_at:%H:%M}"
            if days:
                day = QDate(slot.day.year, slot.day.month, slot.day.day)
                when = f"{QLocale().toString(day, 'ddd d MMM')} {when}"  # the UI's language
            text = self.tr("{0}  table {1}  with {2} ({3})").format(
                when, tables.get(m.table_id or -1, "—"), other.name, state
            )
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, m.id)
            self.agenda.addItem(entry)
        if not self.agenda.count():
            empty = QListWidgetItem(self.tr("No meetings."))
            empty.setData(ID_ROLE, -1)
            self.agenda.addItem(empty)

    def show_person(self, pid: int) -> None:
        """Show this participant's agenda (and their meetings outlined on the grid)."""
        if self.board is None or pid not in self.board.people:
            return
        self.tabs.setCurrentIndex(1)
        self._want = pid  # chosen when the search answers
        if self.search.text() == self.board.people[pid].name:
            self._find(self.search.text())
        else:
            self.search.setText(self.board.people[pid].name)

    def _absent(self) -> None:
        item = self.people.currentItem()
        if item is not None and self.board is not None:
            pid = int(item.data(ID_ROLE))
            self.absentRequested.emit(pid, self.board.people[pid].name)

    def _activated(self, item: QListWidgetItem) -> None:
        mid = int(item.data(ID_ROLE))
        if mid >= 0:
            self.showMeeting.emit(mid)
