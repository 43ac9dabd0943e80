"""The New event dialog: name, dates, time zone, venue, the documents' language and where the
event file goes."""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.ui.i18n import translate

DEFAULT_TZ = "Europe/Vilnius"
SUFFIX = ".cdesk"


@dataclass(frozen=True)
class NewEventSpec:
    target: str  # file path, or the database URL when creating on a server
    name: str
    start: date
    end: date
    timezone: str
    venue: str
    language: str = "en"  # the documents' language and the alphabetical order


def europe_zones() -> list[str]:
    return sorted(z for z in zoneinfo.available_timezones() if z.startswith("Europe/"))


def language_choice(parent: QWidget) -> QComboBox:
    """The event's language: badges, agendas and lists are printed and sorted in it."""
    box = QComboBox(parent)
    box.setObjectName("eventLanguage")
    box.addItem(translate("EventLanguage", "English"), "en")
    box.addItem(translate("EventLanguage", "Lithuanian (lietuvių)"), "lt")
    box.setToolTip(
        translate(
            "EventLanguage",
            "Badges, agendas, table cards and reports are printed in this language, and names "
            "are sorted in its alphabetical order (Š after S in Lithuanian).",
        )
    )
    return box


def file_name_for(name: str) -> str:
    slug = re.sub(r"[^\w\- ]+", "", name).strip()
    return (re.sub(r"\s+", " ", slug) or "event") + SUFFIX


def _qdate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class NewEventDialog(QDialog):
    """With ``server_target`` the event is created in that (empty) database, not in a file."""

    def __init__(
        self, parent: QWidget | None = None, folder: str = "", server_target: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newEventDialog")
        self.setWindowTitle(self.tr("New event"))
        self.setMinimumWidth(540)
        self.server_target = server_target
        self.folder = folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._path_edited = False

        self.name = QLineEdit(self)
        self.name.setObjectName("eventName")
        self.name.setPlaceholderText(self.tr("e.g. Baltic Cluster Forum 2026"))
        today = QDate.currentDate()
        self.start = QDateEdit(today, self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start.dateChanged.connect(self._start_changed)
        self.timezone = QComboBox(self)
        self.timezone.addItems(europe_zones())
        self.timezone.setCurrentText(DEFAULT_TZ)
        self.venue = QLineEdit(self)
        self.venue.setPlaceholderText(self.tr("e.g. Vilnius, LITEXPO"))
        self.language = language_choice(self)
        self.path = QLineEdit(self)
        self.path.setObjectName("eventPath")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Ends"), self.end)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Documents' language"), self.language)
        if server_target:
            where = QLabel(server_target.rsplit("@", 1)[-1], self)
            form.addRow(self.tr("Database"), where)
            browse.hide()
            self.path.hide()
        else:
            form.addRow(self.tr("Event file"), path_row)
        self.message = QLabel(self)
        self.message.setObjectName("newEventMessage")
        self.message.setStyleSheet("color: #b42318;")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create event"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.name.textChanged.connect(self._name_changed)
        self.path.textEdited.connect(self._path_typed)
        for signal in (self.path.textChanged, self.end.dateChanged):
            signal.connect(self.validate)
        self.validate()

    def _start_changed(self, value: QDate) -> None:
        if self.end.date() < value:
            self.end.setDate(value)
        self.validate()

    def _name_changed(self, text: str) -> None:
        if not self._path_edited:
            self.path.setText(str(Path(self.folder) / file_name_for(text)))
        self.validate()

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Event file"),
            self.path.text() or self.folder,
            self.tr("ClusterDesk events (*.cdesk)"),
        )
        if chosen:
            self._path_edited = True
            self.path.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def problems(self) -> list[str]:
        out = []
        if not self.name.text().strip():
            out.append(self.tr("Enter the event's name."))
        if self.end.date() < self.start.date():
            out.append(self.tr("The event cannot end before it starts."))
        if not self.server_target:
            text = self.path.text().strip()
            if not text:
                out.append(self.tr("Choose where to save the event file."))
            elif Path(self._target_path()).exists():
                out.append(self.tr("A file with this name already exists; choose another."))
        return out

    def validate(self) -> bool:
        problems = self.problems()
        shown = problems if self.name.text().strip() or self.path.text().strip() else []
        self.message.setText("\n".join(shown))
        self.message.setVisible(bool(shown))
        self.ok.setEnabled(not problems)
        return not problems

    def _target_path(self) -> str:
        text = self.path.text().strip()
        return text if text.endswith(SUFFIX) else text + SUFFIX

    def spec(self) -> NewEventSpec:
        return NewEventSpec(
            target=self.server_target or self._target_path(),
            name=self.name.text().strip(),
            start=_qdate(self.start.date()),
            end=_qdate(self.end.date()),
            timezone=self.timezone.currentText(),
            venue=self.venue.text().strip(),
            language=str(self.language.currentData()),
        )

    def _accept(self) -> None:
        if self.validate():
            self.accept()
