"""The “Not here yet” list as a table model: a row per person (name, first meeting, how many
meetings). Nothing is made per row and a table lays out no rows (a view asks only for what it
shows): the 5,000 people of a large forum cost no items. A tree widget of the people and their
40,000 meetings held the GUI thread for 53 s; a tree model still walks every row to lay them out
(0.2 s); the selected person's meetings are listed beside the table instead."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from clusterdesk.services.arrivals import Missing
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.onsite.words import hm

PERSON_ROLE = Qt.ItemDataRole.UserRole + 20
Index = QModelIndex | QPersistentModelIndex


class NotHereModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.people: tuple[Missing, ...] = ()
        self.tz: tzinfo | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_people(self, people: tuple[Missing, ...], tz: tzinfo | None) -> None:
        self.beginResetModel()
        self.people, self.tz = people, tz
        self.endResetModel()

    def row_of(self, person: int | None) -> QModelIndex:
        """The row of a person (invalid when they are not listed)."""
        for row, missing in enumerate(self.people):
            if missing.person.id == person:
                return self.index(row, 0)
        return QModelIndex()

    def missing_at(self, index: Index) -> Missing | None:
        return self.people[index.row()] if index.isValid() else None

    # --- the model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.people):
            return None
        missing = self.people[index.row()]
        if role == PERSON_ROLE:
            return missing.person.id
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            return self._bold
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        p = missing.person
        if index.column() == 0:
            return f"{p.name} — {p.organization}" if p.organization else p.name
        if index.column() == 1:
            return hm(missing.first_start, self.tz)
        return str(len(missing.meetings))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("onsite", "Participant"),
            translate("onsite", "First meeting"),
            translate("onsite", "Meetings"),
        )[section]
