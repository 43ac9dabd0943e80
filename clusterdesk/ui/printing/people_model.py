"""The tick list of participants: plain (id, label) rows, checked ids in a set, a filter of ids.

A list model over Python lists, so loading 20,000 people or filtering them is one model reset
(no per-item widgets to create or delete on the GUI thread).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleModel(QAbstractListModel):
    toggled = Signal(int, bool)  # participant id, now checked

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.people: list[tuple[int, str]] = []
        self.rows: list[tuple[int, str]] = []  # the shown subset, in order
        self.checked: set[int] = set()
        self.shown: set[int] | None = None

    def set_people(self, people: Iterable[tuple[int, str]]) -> None:
        self.people = list(people)
        self._refilter()

    def set_shown(self, ids: Iterable[int] | None) -> None:
        self.shown = None if ids is None else set(ids)
        self._refilter()

    def set_checked(self, ids: Iterable[int]) -> None:
        self.checked = set(ids)
        if self.rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self.rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def _refilter(self) -> None:
        self.beginResetModel()
        keep = self.shown
        self.rows = self.people if keep is None else [p for p in self.people if p[0] in keep]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        pid, label = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if pid in self.checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return pid
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        pid = self.rows[index.row()][0]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on:
            self.checked.add(pid)
        else:
            self.checked.discard(pid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(pid, on)
        return True

    def row_of(self, pid: int) -> int:
        return next((i for i, (p, _label) in enumerate(self.rows) if p == pid), -1)
