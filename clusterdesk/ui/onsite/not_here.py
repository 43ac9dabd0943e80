"""“Not here yet”: the people not checked in who have meetings from a chosen time on (the next
round by default), soonest first, each with their meetings and partners; one action to go to the
person on the grid, to see how to call them, or to mark them absent. Read off the GUI thread."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo

from PySide6.QtCore import Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.arrivals import Contact, Missing, NotHere, not_here
from clusterdesk.services.events import EventDB
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.keys import shortcut
from clusterdesk.ui.onsite.words import contact_lines, hm, upcoming_line
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner, plain

PERSON_ROLE = Qt.ItemDataRole.UserRole + 20
EXPAND_ALL = 15  # up to this many people, every person's meetings are shown


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
        self.tree = QTreeWidget()
        self.tree.setObjectName("notHereList")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                translate("onsite", "Participant"),
                translate("onsite", "First meeting"),
                translate("onsite", "Meetings"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (1, 2):  # as wide as their heading and times, in any language
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
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
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.contact)
        layout.addLayout(buttons)
        self.resize(760, 560)

        next_round.clicked.connect(self.show_next_round)
        refresh.clicked.connect(self.reload)
        self.time.editingFinished.connect(self._time_chosen)
        self.tree.currentItemChanged.connect(lambda *_: self._selected())
        self.tree.itemActivated.connect(lambda *_: self.go_to())
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
            plain(not_here, self.db, by=self._by), on_result=self._loaded, on_error=self._failed
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
        self.tree.clear()
        self.people = {m.person.id: m.person for m in found.people}
        for missing in found.people:
            item = self._item(missing)
            self.tree.addTopLevelItem(item)
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None:
                    child.setFirstColumnSpanned(True)
            # a short list shows every meeting; a long one the selected person's
            item.setExpanded(len(found.people) <= EXPAND_ALL)
            if missing.person.id == keep:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.count.setText(translate("onsite", "%1 not here").replace("%1", str(len(found.people))))
        self._selected()

    def _item(self, missing: Missing) -> QTreeWidgetItem:
        p = missing.person
        label = f"{p.name} — {p.organization}" if p.organization else p.name
        item = QTreeWidgetItem(
            [label, hm(missing.first_start, self.tz), str(len(missing.meetings))]
        )
        item.setData(0, PERSON_ROLE, p.id)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for up in missing.meetings:
            child = QTreeWidgetItem([upcoming_line(up, self.tz)])
            child.setData(0, PERSON_ROLE, p.id)
            item.addChild(child)
        return item

    # --- actions -------------------------------------------------------------------------------
    def current_person(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, PERSON_ROLE)) if item is not None else None

    def _selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.parent() is None:
            item.setExpanded(True)
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
