"""Set up the B2B grid: add a session (name, date, start, end, slot length, breaks) and make sure
the meeting tables exist (count and label prefix). Checked by the same services as the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.timeslots import parse_pauses
from clusterdesk.services.events import EventDB
from clusterdesk.services.sessions import SessionInfo, add_session, ensure_tables


@dataclass(frozen=True)
class SessionRequest:
    name: str
    day: date
    start: time
    end: time
    slot_minutes: int
    pauses: str
    tables: int
    prefix: str

    def apply(self, db: EventDB) -> tuple[SessionInfo | None, int]:
        """Add the session (when named) and the tables; the breaks text is checked first."""
        pauses = parse_pauses(self.pauses)
        info = None
        if self.name.strip():
            info = add_session(
                db,
                name=self.name,
                day=self.day,
                start=self.start,
                end=self.end,
                slot_minutes=self.slot_minutes,
                pauses=pauses,
            )
        labels = ensure_tables(db, self.tables, self.prefix or "T") if self.tables else []
        return info, len(labels)


class SessionDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, *, day: date, existing: list[SessionInfo], tables: int
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setWindowTitle(self.tr("B2B sessions and tables"))
        self.name = QLineEdit()
        self.name.setObjectName("sessionName")
        self.name.setPlaceholderText(self.tr("e.g. B2B matchmaking"))
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(QTime(13, 0))
        self.end = QTimeEdit(QTime(17, 0))
        for w in (self.start, self.end):
            w.setDisplayFormat("HH:mm")
        self.slot = QSpinBox()
        self.slot.setRange(5, 240)
        self.slot.setValue(20)
        self.slot.setSuffix(self.tr(" min"))
        self.pauses = QLineEdit()
        self.pauses.setObjectName("sessionBreaks")
        self.pauses.setPlaceholderText(self.tr("HH:MM-HH:MM; HH:MM-HH:MM"))
        self.tables = QSpinBox()
        self.tables.setObjectName("tableCount")
        self.tables.setRange(0, 5000)
        self.tables.setValue(tables)
        self.prefix = QLineEdit("T")
        self.prefix.setMaxLength(20)

        session_box = QGroupBox(self.tr("Add a session"))
        form = QFormLayout(session_box)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Date:"), self.day)
        form.addRow(self.tr("Starts:"), self.start)
        form.addRow(self.tr("Ends:"), self.end)
        form.addRow(self.tr("Slot length:"), self.slot)
        form.addRow(self.tr("Breaks:"), self.pauses)
        table_box = QGroupBox(self.tr("Meeting tables"))
        tform = QFormLayout(table_box)
        tform.addRow(self.tr("Number of tables:"), self.tables)
        tform.addRow(self.tr("Label prefix:"), self.prefix)
        now = QLabel(self._existing_text(existing))
        now.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(now)
        layout.addWidget(session_box)
        layout.addWidget(table_box)
        layout.addWidget(buttons)

    def _existing_text(self, existing: list[SessionInfo]) -> str:
        if not existing:
            return self.tr("No sessions yet.")
        lines = [self.tr("Sessions now:")]
        for s in existing:
            lines.append(
                self.tr("{0}: {1} {2}–{3}, {4} slots of {5} min").format(
                    s.name,
                    s.day.isoformat(),
                    f"{s.start:%H:%M}",
                    f"{s.end:%H:%M}",
                    s.slots,
                    s.slot_minutes,
                )
            )
        return "\n".join(lines)

    def request(self) -> SessionRequest:
        d, a, b = self.day.date(), self.start.time(), self.end.time()
        return SessionRequest(
            name=self.name.text(),
            day=date(d.year(), d.month(), d.day()),
            start=time(a.hour(), a.minute()),
            end=time(b.hour(), b.minute()),
            slot_minutes=self.slot.value(),
            pauses=self.pauses.text(),
            tables=self.tables.value(),
            prefix=self.prefix.text().strip(),
        )
