"""An id-based lazy table model over participants.

The model holds only the ordered list of ids of the current filter and sort. Rows are fetched by
id in blocks (``BLOCK`` rows around the one asked for) and kept in an LRU cache, so 20,000
participants scroll without loading 20,000 rows. Sorting does not happen here: ``sort()`` emits
``sortRequested(key, descending)`` and the page re-queries the ids in SQL order.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from clusterdesk.services.participants import ParticipantRow
from clusterdesk.ui.i18n import QT_TRANSLATE_NOOP

BLOCK = 200
CACHE_ROWS = 4000

# (title, sort key of services.search.SORTS, or None when not sortable)
COLUMNS: list[tuple[str, str | None]] = [
    (QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("ParticipantTableModel", "Organisation"), "organization"),
    (QT_TRANSLATE_NOOP("ParticipantTableModel", "Country"), "country"),
    (QT_TRANSLATE_NOOP("ParticipantTableModel", "Category"), "category"),
    (QT_TRANSLATE_NOOP("ParticipantTableModel", "E-mail"), "email"),
    (QT_TRANSLATE_NOOP("ParticipantTableModel", "Status"), "status"),
    (QT_TRANSLATE_NOOP("ParticipantTableModel", "Checked in"), None),
]
COL_NAME, COL_ORG, COL_COUNTRY, COL_CATEGORY, COL_EMAIL, COL_STATUS, COL_CHECKED_IN = range(7)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ROLES = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _FOREGROUND, _FONT, _USER})

RowFetcher = Callable[[Sequence[int]], list[ParticipantRow]]
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantTableModel", text)


def _time(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class ParticipantTableModel(QAbstractTableModel):
    sortRequested = Signal(str, bool)  # (sort key, descending)

    def __init__(self, fetch_rows: RowFetcher | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch_rows
        self._ids: list[int] = []
        self._cache: OrderedDict[int, ParticipantRow] = OrderedDict()

    # --- feeding -----------------------------------------------------------------------------
    def set_fetcher(self, fetch_rows: RowFetcher | None) -> None:
        self.beginResetModel()
        self._fetch = fetch_rows
        self._ids = []
        self._cache.clear()
        self.endResetModel()

    def set_ids(self, ids: Sequence[int], rows: Sequence[ParticipantRow] = ()) -> None:
        """A new filter/sort result, with ``rows`` already read (e.g. the first screen, read off
        the GUI thread with the ids). Cached rows stay valid (rows are keyed by id)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._remember(rows)
        self.endResetModel()

    def invalidate(self, ids: Sequence[int] | None = None) -> None:
        """Forget cached rows (all, or those ids) and repaint them."""
        if ids is None:
            self._cache.clear()
        else:
            for pid in ids:
                self._cache.pop(pid, None)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, pid: int) -> int:
        try:
            return self._ids.index(pid)
        except ValueError:
            return -1

    def participant(self, row: int) -> ParticipantRow | None:
        pid = self.id_at(row)
        if pid is None:
            return None
        cached = self._cache.get(pid)
        if cached is not None:
            self._cache.move_to_end(pid)
            return cached
        self._load_block(row)
        return self._cache.get(pid)

    def _load_block(self, row: int) -> None:
        if self._fetch is None:
            return
        start = max(0, row - BLOCK // 4)
        wanted = [pid for pid in self._ids[start : start + BLOCK] if pid not in self._cache]
        if not wanted:
            return
        self._remember(self._fetch(wanted))

    def _remember(self, rows: Sequence[ParticipantRow]) -> None:
        for r in rows:
            self._cache[r.id] = r
            self._cache.move_to_end(r.id)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        # painting asks ~7 roles per cell: answer the unhandled ones before touching any row
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        p = self.participant(index.row())
        if p is None:
            return None
        col = index.column()
        if role == _DISPLAY:
            return self._display(p, col)
        if role == _DECORATION:
            return QColor(p.category_colour) if col == COL_CATEGORY and p.category_colour else None
        if role == _USER:
            return p.id
        if role == _TOOLTIP:
            return p.attention if col == COL_NAME and p.attention else None
        if not p.cancelled:
            return None
        if role == _FOREGROUND:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == _FONT and col in (COL_NAME, COL_STATUS):
            font = QFont()
            font.setStrikeOut(col == COL_NAME)
            font.setItalic(col == COL_STATUS)
            return font
        return None

    def _display(self, p: ParticipantRow, col: int) -> str:
        if col == COL_NAME:
            return p.full_name
        if col == COL_ORG:
            return p.organization
        if col == COL_COUNTRY:
            return p.country
        if col == COL_CATEGORY:
            return p.category
        if col == COL_EMAIL:
            return p.email
        if col == COL_STATUS:
            return _tr("Cancelled") if p.cancelled else _tr("Registered")
        if col == COL_CHECKED_IN:
            return _time(p.checked_in_at)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS) and COLUMNS[column][1] is not None:
            key = COLUMNS[column][1]
            assert key is not None
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)

    @staticmethod
    def column_of(key: str) -> int:
        for i, (_title, sort_key) in enumerate(COLUMNS):
            if sort_key == key:
                return i
        return 0
