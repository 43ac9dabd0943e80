"""“Not here yet”: the people not checked in who have meetings from a chosen time on (the next
round by default), soonest first, and the selected person's meetings and partners; one action to
go to the person on the grid, to see how to call them, or to mark them absent. Read off the GUI
thread; shown through a table model (see not_here_model)."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo

from PySide6.QtCore import Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.heap import quiet_gc
from clusterdesk.services.arrivals import Contact, NotHere, not_here
from clusterdesk.services.events import EventDB
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.keys import shortcut
from clusterdesk.ui.onsite.not_here_model import PERSON_ROLE, NotHereModel
from clusterdesk.ui.onsite.words import contact_lines, upcoming_line
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner, plain


def read_not_here(db: EventDB, by: datetime | None) -> NotHere:
    """The list (a job for the runner): 5,000 people and their 70,000 meetings seen from each
    side are made with the collector paused, so no full pass over them holds the interpreter
    lock (and the GUI thread) for 100-250 ms, as measured before."""
    with quiet_gc():
        return not_here(db, by=by)


class NotHereDialog(QDialog):
    goTo = Signal(int)  # participant id: show them on the grid
    markAbsent = Signal(int, str)  # participant id, name

    def __init__(
        self, db: EventDB, runner: TaskRunner, tz: tzinfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notHereDialog")
        self.setWindowTitle(translate("onsite", "Not here yet"))
        self.db, self.runner, self.tz = db, runner, tz
        self.found: NotHere | None = None
        self.people: dict[int, Contact] = {}
        self._by: datetime | None = None  # None: the next round
        self._loading = False
        self.time = QTimeEdit()
        self.time.setObjectName("notHereTime")
        self.time.setDisplayFormat("HH:mm")
        self.time.setToolTip(translate("onsite", "Meetings from this time on (event time)"))
        next_round = QPushButton(translate("onsite", "Next round"))
        next_round.setObjectName("notHereNextRound")
        refresh = QPushButton(translate("onsite", "Refresh"))
        refresh.setObjectName("notHereRefresh")
        self.count = QLabel()
        self.count.setObjectName("notHereCount")
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("onsite", "Not checked in, with meetings from")))
        top.addWidget(self.time)
        top.addWidget(next_round)
        top.addWidget(refresh)
        top.addStretch(1)
        top.addWidget(self.count)
        self.model = NotHereModel(self)
        self.table = QTableView()
        self.table.setObjectName("notHereList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(rows.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)  # one line of text
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        # as wide as their heading and a time or a count, in any language; fixed, so that no
        # row is measured (sizing to contents measured rows on the GUI thread: 20-40 ms)
        fm = header.fontMetrics()
        for column, sample in ((1, "00:00"), (2, "999")):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(column, header.ResizeMode.Fixed)
            header.resizeSection(
                column, max(fm.horizontalAdvance(title), fm.horizontalAdvance(sample)) + 24
            )
        self.meetings = QListWidget()  # the selected person's meetings from the chosen time
        self.meetings.setObjectName("notHereMeetings")
        self.meetings.setAccessibleName(translate("onsite", "Their meetings"))
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(self.table)
        lists.addWidget(self.meetings)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 1)
        self.contact = QLabel(translate("onsite", "Select a person to see how to reach them."))
        self.contact.setObjectName("notHereContact")
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact.setStyleSheet(
            "QLabel#notHereContact { background: #f6f8fa; border: 1px solid #d0d7de;"
            " border-radius: 6px; padding: 8px; }"
        )
        self.go = QPushButton(translate("onsite", "Go to person"))
        self.go.setObjectName("notHereGoTo")
        self.go.setToolTip(translate("onsite", "Show their meetings on the grid (Enter)"))
        self.copy = QPushButton(translate("onsite", "Copy phone"))
        self.copy.setObjectName("notHereCopyPhone")
        self.mail = QPushButton(translate("onsite", "E-mail…"))
        self.mail.setObjectName("notHereMail")
        self.absent = QPushButton(translate("onsite", "Mark absent…"))
        self.absent.setObjectName("notHereAbsent")
        self.absent.setToolTip(
            translate("onsite", "Free their meetings and re-place their partners (Ctrl+Shift+A)")
        )
        buttons = QHBoxLayout()
        for b in (self.go, self.copy, self.mail):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.absent)
        heading = QLabel(translate("onsite", "Not here yet"))
        heading.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(lists, 1)
        layout.addWidget(self.contact)
        layout.addLayout(buttons)
        self.resize(760, 560)

        next_round.clicked.connect(self.show_next_round)
        refresh.clicked.connect(self.reload)
        self.time.editingFinished.connect(self._time_chosen)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._selected())
        self.table.activated.connect(lambda *_: self.go_to())
        self.go.clicked.connect(self.go_to)
        self.copy.clicked.connect(self.copy_phone)
        self.mail.clicked.connect(self.send_mail)
        self.absent.clicked.connect(self.mark_absent)
        shortcut("Ctrl+Shift+A", self, self.mark_absent, description=self.absent.text())
        self._selected()
        self.reload()

    # --- loading -------------------------------------------------------------------------------
    def show_next_round(self) -> None:
        self._by = None
        self.reload()

    def _time_chosen(self) -> None:
        if self.found is None:
            return
        day: date = self.found.by.astimezone(self.tz).date()
        t = self.time.time()
        chosen = datetime.combine(day, time(t.hour(), t.minute()), self.tz)
        if chosen != self.found.by:
            self._by = chosen
            self.reload()

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.count.setText(translate("onsite", "Loading…"))
        self.runner.run(
            plain(read_not_here, self.db, self._by), on_result=self._loaded, on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.count.setText(error_text(exc))

    def _loaded(self, found: NotHere) -> None:
        self._loading = False
        keep = self.current_person()
        self.found = found
        local = found.by.astimezone(self.tz)
        self.time.blockSignals(True)
        self.time.setTime(QTime(local.hour, local.minute))
        self.time.blockSignals(False)
        self.people = {m.person.id: m.person for m in found.people}
        self.model.set_people(found.people, self.tz)
        current = self.model.row_of(keep)
        if not current.isValid() and found.people:
            current = self.model.index(0, 0)
        self.table.setCurrentIndex(current)
        self.count.setText(translate("onsite", "%1 not here").replace("%1", str(len(found.people))))
        self._selected()

    # --- actions -------------------------------------------------------------------------------
    def current_person(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(PERSON_ROLE)) if index.isValid() else None

    def _selected(self) -> None:
        missing = self.model.missing_at(self.table.currentIndex())
        self.meetings.clear()
        if missing is not None:
            self.meetings.addItems([upcoming_line(up, self.tz) for up in missing.meetings])
        pid = self.current_person()
        person = self.people.get(pid) if pid is not None else None
        for b in (self.go, self.absent, self.copy, self.mail):
            b.setEnabled(person is not None)
        if person is None:
            self.contact.setText(translate("onsite", "Select a person to see how to reach them."))
            return
        self.copy.setEnabled(bool(person.phone))
        self.mail.setEnabled(bool(person.email))
        self.contact.setText(f"{person.name}\n{contact_lines(person)}")

    def go_to(self) -> None:
        pid = self.current_person()
        if pid is not None:
            self.goTo.emit(pid)

    def copy_phone(self) -> None:
        pid = self.current_person()
        if pid is not None and self.people[pid].phone:
            QGuiApplication.clipboard().setText(self.people[pid].phone)

    def send_mail(self) -> None:
        pid = self.current_person()
        if pid is not None and self.people[pid].email:
            QDesktopServices.openUrl(QUrl(f"mailto:{self.people[pid].email}"))

    def mark_absent(self) -> None:
        pid = self.current_person()
        if pid is not None:
            self.markAbsent.emit(pid, self.people[pid].name)
