"""The search results under the input: who, from where, and whether already checked in."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from clusterdesk.services.participants import ParticipantRow
from clusterdesk.ui.countries import shown
from clusterdesk.ui.theme import readable


class SearchResults(QTableWidget):
    """Rows are chosen with the keys of the scan input; the table itself never takes the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("searchResults")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Country"),
                self.tr("Category"),
                self.tr("Status"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        font = QFont(self.font())
        font.setPointSize(13)
        self.setFont(font)
        self.rows: list[ParticipantRow] = []
        self.explicit = False  # a row was chosen with the arrow keys (or the mouse)

    def show_rows(self, rows: list[ParticipantRow], tz: tzinfo | None) -> None:
        self.rows = rows
        self.explicit = False
        self.setRowCount(len(rows))
        for i, r in enumerate(rows):
            if r.cancelled:
                status, colour = self.tr("Cancelled"), "#b3131b"
            elif r.checked_in_at is not None:
                when = r.checked_in_at.astimezone(tz).strftime("%H:%M")
                status = (
                    self.tr("Checked in %1 · %2")
                    .replace("%1", when)
                    .replace("%2", r.checked_in_desk)
                )
                colour = "#5a32a3"
            else:
                status, colour = self.tr("Expected"), "#116329"
            name = r.full_name + (f"  ⚑ {r.attention}" if r.attention else "")
            for col, text in enumerate(
                (name, r.organization, shown(r.country), r.category, status)
            ):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setForeground(QBrush(readable(colour)))
                self.setItem(i, col, item)
        self.clearSelection()
        # as tall as its rows (at most ten), so the banner keeps the room
        rows_shown = max(1, min(len(rows), 10))
        height = (
            self.horizontalHeader().height()
            + rows_shown * self.verticalHeader().defaultSectionSize()
        )
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def step_selection(self, step: int) -> None:
        """Select the row ``step`` rows down (up when negative) from the chosen one."""
        if not self.rows:
            return
        current = self.currentRow() if self.explicit else (-1 if step > 0 else len(self.rows))
        row = max(0, min(len(self.rows) - 1, current + step))
        self.selectRow(row)
        self.explicit = True

    def choose(self, row: int) -> None:
        """A row clicked with the mouse: Enter in the scan field checks this one in."""
        if 0 <= row < len(self.rows):
            self.selectRow(row)
            self.explicit = True

    def chosen(self) -> ParticipantRow | None:
        row = self.currentRow()
        if self.explicit and 0 <= row < len(self.rows):
            return self.rows[row]
        return None

    def clear_rows(self) -> None:
        self.show_rows([], None)
