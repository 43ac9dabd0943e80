"""A meeting arranged on site: pick two people (search by name), see the rounds to come where
both are free and a table is (the first one chosen), book it, show the slip and print their
agendas. Searches and bookings run off the GUI thread; the booking is an undoable change."""

from __future__ import annotations

from datetime import tzinfo
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.arrivals import Contact
from clusterdesk.services.events import EventDB
from clusterdesk.services.meeting_edits import Change
from clusterdesk.services.walkin_meeting import (
    Options,
    WalkinChange,
    book_walkin,
    find_people,
    walkin_options,
)
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.meetings.edits import EditRunner
from clusterdesk.ui.onsite.words import hm, with_org
from clusterdesk.ui.words import error_text, unplaced_reason
from clusterdesk.ui.workers import TaskRunner, plain

DATA = Qt.ItemDataRole.UserRole + 30


class PersonPicker(QWidget):
    """A search field and the people it finds; ``chosen`` when one is picked."""

    chosen = Signal()

    def __init__(self, runner: TaskRunner, db: EventDB, name: str, label: str) -> None:
        super().__init__()
        self.runner, self.db = runner, db
        self.people: dict[int, Contact] = {}
        self._seq = 0
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setPlaceholderText(translate("onsite", "Type a name…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(label))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._find)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._find)
        self.list.currentItemChanged.connect(lambda *_: self.chosen.emit())

    def preset(self, person: Contact) -> None:
        self.people = {person.id: person}
        self.search.setText(person.name)
        self.list.clear()
        self._add(person)
        self.list.setCurrentRow(0)

    def _find(self) -> None:
        self._seq += 1
        seq = self._seq
        self.runner.run(
            plain(find_people, self.db, self.search.text()),
            on_result=lambda found: self._found(seq, found),
        )

    def _found(self, seq: int, found: list[Contact]) -> None:
        if seq != self._seq:
            return  # an older search answered late
        self.people = {p.id: p for p in found}
        self.list.clear()
        for p in found:
            self._add(p)
        if found:
            self.list.setCurrentRow(0)

    def _add(self, p: Contact) -> None:
        item = QListWidgetItem(with_org(p))
        item.setData(DATA, p.id)
        self.list.addItem(item)

    def current(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(DATA)) if item is not None else None


class WalkinMeetingDialog(QDialog):
    """``printAgendas(ids)``: print these two people's agendas (the Print page)."""

    printAgendas = Signal(list)

    def __init__(
        self,
        db: EventDB,
        runner: TaskRunner,
        edits: EditRunner,
        tz: tzinfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("walkinMeetingDialog")
        self.setWindowTitle(translate("onsite", "Walk-in meeting"))
        self.db, self.runner, self.edits, self.tz = db, runner, edits, tz
        self.found: Options | None = None
        self.booked: WalkinChange | None = None
        self.first = PersonPicker(runner, db, "walkinFirst", translate("onsite", "First person"))
        self.second = PersonPicker(runner, db, "walkinSecond", translate("onsite", "Second person"))
        self.rounds = QListWidget()
        self.rounds.setObjectName("walkinRounds")
        self.state = QLabel(translate("onsite", "Choose two people."))
        self.state.setObjectName("walkinState")
        self.state.setWordWrap(True)
        self.slip = QLabel()
        self.slip.setObjectName("walkinSlip")
        self.slip.setWordWrap(True)
        self.slip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.slip.setStyleSheet(
            "QLabel#walkinSlip { background: #dafbe1; border: 2px solid #1a7f37;"
            " border-radius: 8px; padding: 12px; font-size: 16pt; }"
        )
        self.slip.hide()
        self.book = QPushButton(translate("onsite", "Book this round"))
        self.book.setObjectName("walkinBook")
        self.book.setEnabled(False)
        self.print_button = QPushButton(translate("onsite", "Print their agendas…"))
        self.print_button.setObjectName("walkinPrint")
        self.print_button.setEnabled(False)
        self.undo = QPushButton(translate("onsite", "Undo booking"))
        self.undo.setObjectName("walkinUndo")
        self.undo.setEnabled(False)
        close = QPushButton(translate("onsite", "Close"))
        for button in (self.book, self.print_button, self.undo, close):
            button.setAutoDefault(False)  # Enter in a search field searches, it books nothing
        heading = QLabel(translate("onsite", "Walk-in meeting"))
        heading.setObjectName("pageTitle")
        pickers = QGridLayout()
        pickers.addWidget(self.first, 0, 0)
        pickers.addWidget(self.second, 0, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.undo)
        buttons.addStretch(1)
        buttons.addWidget(self.book)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(pickers, 2)
        layout.addWidget(
            QLabel(translate("onsite", "Rounds to come where both are free (the first is chosen):"))
        )
        layout.addWidget(self.rounds, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.slip)
        layout.addLayout(buttons)
        self.resize(720, 600)
        self.first.chosen.connect(self._people_changed)
        self.second.chosen.connect(self._people_changed)
        self.book.clicked.connect(self.do_book)
        self.rounds.itemActivated.connect(lambda _item: self.do_book())
        self.print_button.clicked.connect(self._print)
        self.undo.clicked.connect(self._undo)
        close.clicked.connect(self.close)
        edits.done.connect(self._done)
        edits.refused.connect(self._refused)

    def preset(self, person: Contact) -> None:
        """A participant just registered or checked in: they are the first person."""
        self.first.preset(person)
        self.second.search.setFocus()

    def _people_changed(self) -> None:
        self.rounds.clear()
        self.book.setEnabled(False)
        a, b = self.first.current(), self.second.current()
        if a is None or b is None:
            self.state.setText(translate("onsite", "Choose two people."))
            return
        if a == b:
            self.state.setText(translate("onsite", "Choose two different people."))
            return
        self.state.setText(translate("onsite", "Looking for free rounds…"))
        self.runner.run(
            plain(walkin_options, self.db, a, b),
            on_result=self._options,
            on_error=lambda exc: self.state.setText(error_text(exc)),
        )

    def _options(self, found: Options) -> None:
        if (found.a.id, found.b.id) != (self.first.current(), self.second.current()):
            return  # the choice changed meanwhile
        self.found = found
        self.rounds.clear()
        for o in found.options:
            text = (
                translate("onsite", "%1–%2 · table %3 · %4 tables free · %5")
                .replace("%1", hm(o.starts_at, self.tz))
                .replace("%2", hm(o.ends_at, self.tz))
                .replace("%3", o.table)
                .replace("%4", str(o.free_tables))
                .replace("%5", o.session)
            )
            item = QListWidgetItem(text)
            item.setData(DATA, o.slot_id)
            self.rounds.addItem(item)
        if found.existing is not None:
            self.state.setText(translate("onsite", "These two have a meeting already."))
        elif not found.options:
            self.state.setText(
                translate("onsite", "No round to come has room for both: %1").replace(
                    "%1", unplaced_reason(found.reason)
                )
            )
        else:
            self.rounds.setCurrentRow(0)
            self.state.setText(translate("onsite", "Press “Book this round”, or Enter on a round."))
            self.book.setEnabled(True)

    def do_book(self) -> None:
        item = self.rounds.currentItem()
        if self.found is None or item is None or not self.book.isEnabled():
            return
        self.book.setEnabled(False)
        self.edits.run(
            partial(book_walkin, a=self.found.a.id, b=self.found.b.id, slot_id=int(item.data(DATA)))
        )

    def _undo(self) -> None:
        if self.booked is not None and self.edits.stack and self.edits.stack[-1] is self.booked:
            self.undo.setEnabled(False)
            self.edits.undo()
        else:
            self.state.setText(
                translate(
                    "onsite", "Something else was changed since; undo it on the Meetings page."
                )
            )

    def _done(self, change: object) -> None:
        if (
            self.booked is not None
            and not isinstance(change, WalkinChange)
            and isinstance(change, Change)
            and change.meeting_ids == self.booked.meeting_ids
        ):
            self.booked = None
            self.slip.hide()
            self.print_button.setEnabled(False)
            self.state.setText(translate("onsite", "The booking was taken back."))
            self._people_changed()
            return
        if not isinstance(change, WalkinChange) or change.slip is None:
            return
        self.booked = change
        s = change.slip
        self.slip.setText(
            translate("onsite", "%1–%2 · Table %3\n%4 — %5")
            .replace("%1", hm(s.starts_at, self.tz))
            .replace("%2", hm(s.ends_at, self.tz))
            .replace("%3", s.table)
            .replace("%4", s.a.name)
            .replace("%5", s.b.name)
        )
        self.slip.show()
        self.print_button.setEnabled(True)
        self.undo.setEnabled(True)
        self.state.setText(translate("onsite", "Booked: show or print the slip for both."))

    def _refused(self, text: str) -> None:
        if self.isVisible():
            self.state.setText(text)
            self.book.setEnabled(True)

    def _print(self) -> None:
        if self.booked is not None and self.booked.slip is not None:
            self.printAgendas.emit([self.booked.slip.a.id, self.booked.slip.b.id])
