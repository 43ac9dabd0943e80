"""The possible duplicates of an import (same name and organisation, another e-mail), each with
the user's decision: keep both, merge into the registered person, or leave the repeated row out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.people_import import ImportReport
from clusterdesk.services.people_import.duplicates import PossibleDuplicate

KEEP, MERGE, LEAVE_OUT = "keep", "merge", "leave_out"


class DuplicatesBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesBox")
        self.setTitle(self.tr("Possible duplicates"))
        self.items: list[PossibleDuplicate] = []
        self.note = QLabel(
            self.tr(
                "These rows have the name and organisation of someone else, with another e-mail "
                "address: the same person registered twice? Choose for each."
            )
        )
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("duplicatesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("In the file"), self.tr("Looks like"), self.tr("Decision")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self.combos: list[QComboBox] = []

    def show_report(self, report: ImportReport) -> None:
        self.items = list(report.duplicates)
        self.combos = []
        self.table.setRowCount(len(self.items))
        for i, d in enumerate(self.items):
            mine = f"{d.name}, {d.organization} — {d.email}"
            if d.other_id is not None:
                other = self.tr("{0}, registered with {1}").format(d.name, d.other_email)
            else:
                other = self.tr("row {0} of this file, with {1}").format(d.other_row, d.other_email)
            for c, text in enumerate((str(d.row), mine, other)):
                self.table.setItem(i, c, QTableWidgetItem(text))
            combo = QComboBox(self.table)
            combo.setObjectName(f"duplicateDecision{d.row}")
            combo.addItem(self.tr("Keep both"), KEEP)
            if d.other_id is not None:
                combo.addItem(self.tr("Merge: update the registered person"), MERGE)
            else:
                combo.addItem(self.tr("Leave this row out"), LEAVE_OUT)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(i, 3, combo)
            self.combos.append(combo)
        self.table.resizeRowsToContents()
        self.setVisible(bool(self.items))
        self.changed.emit()

    def decisions(self) -> tuple[dict[int, int], set[int]]:
        """(rows to merge -> participant id, rows to leave out)."""
        merge: dict[int, int] = {}
        leave_out: set[int] = set()
        for d, combo in zip(self.items, self.combos, strict=True):
            choice = combo.currentData()
            if choice == MERGE and d.other_id is not None:
                merge[d.row] = d.other_id
            elif choice == LEAVE_OUT:
                leave_out.add(d.row)
        return merge, leave_out
