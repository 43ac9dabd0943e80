"""The accepted requests still waiting, as a list model over the board: thousands of them cost no
items and no layout (a view asks only for the rows it shows, all of one height)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from clusterdesk.services.meeting_board import Board, Unplaced
from clusterdesk.ui.words import unplaced_reason

ID_ROLE = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex


class UnplacedModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self.rows: list[Unplaced] = []

    def set_board(self, board: Board | None) -> None:
        self.beginResetModel()
        self.board = board
        self.rows = board.unplaced if board is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.board is None or not index.isValid() or index.row() >= len(self.rows):
            return None
        u = self.rows[index.row()]
        if role == ID_ROLE:
            return u.request_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        a, b = self.board.people[u.a], self.board.people[u.b]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{a.name} — {b.name}\n    {unplaced_reason(u.reason)}"
        return f"{a.name} ({a.organization})\n{b.name} ({b.organization})"


class UnplacedList(QListView):
    """The list of waiting requests (several may be selected)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unscheduledList")
        self.list_model = UnplacedModel(self)
        self.setModel(self.list_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(True)  # every row is two lines: no per-row layout
        # the view still walks every row to lay them out (two calls into the model each): in
        # batches between events, so 6,000 waiting requests never hold the GUI thread
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(400)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long pair is cut, never scrolled
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)

    def count(self) -> int:
        return self.list_model.rowCount()

    def text(self, row: int) -> str:
        return str(self.list_model.data(self.list_model.index(row)))

    def selected_requests(self) -> list[int]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        return [self.list_model.rows[r].request_id for r in rows]
