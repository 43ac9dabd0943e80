"""The Export page's choices: which export, and its few options, as an ``ExportRequest``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.exports.requests import ExportRequest


class ExportChoices(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("exportKinds")
        self.kinds.setAlternatingRowColors(True)
        for key, title, detail in self._catalogue():
            item = QListWidgetItem(f"{title}\n{detail}")
            item.setData(256, key)  # Qt.UserRole
            item.setToolTip(detail)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.kinds.setMinimumHeight(300)
        self.kinds.setMaximumWidth(640)  # wide screens: the options stay beside the list
        self.kinds.setSpacing(2)

        self.agenda_group = QButtonGroup(self)
        self.agenda_all = QRadioButton(self.tr("Everybody"), self)
        self.agenda_all.setObjectName("agendasAll")
        self.agenda_meetings = QRadioButton(self.tr("Only people with meetings"), self)
        self.agenda_meetings.setObjectName("agendasWithMeetings")
        self.agenda_changed = QRadioButton(self.tr("Only agendas changed since last printed"), self)
        self.agenda_changed.setObjectName("agendasChanged")
        for i, b in enumerate((self.agenda_all, self.agenda_meetings, self.agenda_changed)):
            self.agenda_group.addButton(b, i)
        self.agenda_all.setChecked(True)
        self.group_by = QComboBox(self)
        self.group_by.setObjectName("catalogueGroupBy")
        self.group_by.addItem(self.tr("Country"), "country")
        self.group_by.addItem(self.tr("Category"), "category")
        self.what = QComboBox(self)
        self.what.setObjectName("exportWhat")
        for label, key in (
            (self.tr("Participants"), "participants"),
            (self.tr("Meetings"), "meetings"),
            (self.tr("Check-ins"), "checkins"),
            (self.tr("Programme"), "programme"),
        ):
            self.what.addItem(label, key)

        self.options = QFormLayout()
        self.options.addRow(self.tr("Agendas for"), self.agenda_all)
        self.options.addRow("", self.agenda_meetings)
        self.options.addRow("", self.agenda_changed)
        self.options.addRow(self.tr("Group by"), self.group_by)
        self.options.addRow(self.tr("Data"), self.what)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("exportNote")
        self.options_box = QGroupBox(self.tr("Options"), self)
        self.options_box.setLayout(self.options)
        self.side = QVBoxLayout()
        self.side.addWidget(self.options_box)
        self.side.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kinds, 3)
        layout.addLayout(self.side, 2)
        layout.addStretch(1)

        self.kinds.currentRowChanged.connect(lambda _r: self._sync())
        self.agenda_group.idToggled.connect(lambda *_: self.changed.emit())
        self.group_by.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.what.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._sync()

    def _catalogue(self) -> list[tuple[str, str, str]]:
        return [
            (
                "agendas",
                self.tr("Personal agendas (PDF)"),
                self.tr("One A4 page per person: meetings, breaks, programme, badge QR code"),
            ),
            (
                "master_schedule",
                self.tr("Master schedule (PDF)"),
                self.tr("Tables × slots: who meets whom, when and where (landscape)"),
            ),
            (
                "table_sheets",
                self.tr("Table sheets (PDF)"),
                self.tr("One sheet per table with tick boxes: took place / no-show"),
            ),
            (
                "catalogue",
                self.tr("Participant catalogue (PDF)"),
                self.tr("Everybody with organisation, country, category and notes"),
            ),
            (
                "report",
                self.tr("Statistics report (PDF)"),
                self.tr("Key figures and charts for the funders"),
            ),
            (
                "html",
                self.tr("Meeting plan (HTML)"),
                self.tr("One self-contained file: search by name, works offline and on phones"),
            ),
            (
                "ics",
                self.tr("Calendar for the event (iCalendar)"),
                self.tr("Programme and every meeting in one .ics file"),
            ),
            (
                "ics_people",
                self.tr("Calendars per participant (iCalendar)"),
                self.tr("One .ics file per person into a folder"),
            ),
            ("csv", self.tr("Spreadsheet (CSV)"), self.tr("UTF-8 with BOM; formulas neutralised")),
            (
                "xlsx",
                self.tr("Spreadsheet (Excel .xlsx)"),
                self.tr("Every cell as text, never a formula"),
            ),
        ]

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return str(item.data(256)) if item is not None else "agendas"

    def choose(self, kind: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(256) == kind:
                self.kinds.setCurrentRow(row)
                return

    def request(self) -> ExportRequest:
        agendas = ("all", "with_meetings", "changed")[max(0, self.agenda_group.checkedId())]
        return ExportRequest(
            self.kind(),
            what=str(self.what.currentData()),
            agendas=agendas,
            group_by=str(self.group_by.currentData()),
        )

    def _sync(self) -> None:
        kind = self.kind()
        for w in (self.agenda_all, self.agenda_meetings, self.agenda_changed):
            self.options.setRowVisible(w, kind == "agendas")
        self.options.setRowVisible(self.group_by, kind == "catalogue")
        self.options.setRowVisible(self.what, kind in ("csv", "xlsx"))
        self.options_box.setVisible(kind in ("agendas", "catalogue", "csv", "xlsx"))
        notes = {
            "agendas": self.tr(
                "Saved agendas are recorded as printed, so “changed since last printed” finds the ones to reprint after on-site changes."
            ),
            "ics_people": self.tr("Choose a folder: one file per participant is written into it."),
        }
        self.note.setText(notes.get(kind, ""))
        self.changed.emit()
