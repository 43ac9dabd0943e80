"""An id-based lazy table model over participants.

The model holds only the ordered list of ids of the current filter and sort. Rows are fetched by
id in blocks (``BLOCK`` rows around the one asked for) off the GUI thread (the task runner) and
kept in an LRU cache, so 20,000 participants scroll without loading 20,000 rows and without a
database read on the GUI thread: a row not read yet shows as "…" until its block arrives.
Sorting does not happen here: ``sort()`` emits ``sortRequested(key, descending)`` and the page
re-queries the ids in the search's order. Times are shown in the event's time zone (``tz``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from clusterdesk.services.participants import ParticipantRow
from clusterdesk.ui.countries import shown
from clusterdesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from clusterdesk.ui.workers import TaskRunner

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


PLACEHOLDER = "…"  # a row whose block is still being read


def _time(value: datetime | None, tz: tzinfo | None) -> str:
    if value is None:
        return ""
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")


class ParticipantTableModel(QAbstractTableModel):
    sortRequested = Signal(str, bool)  # (sort key, descending)

    def __init__(
        self,
        fetch_rows: RowFetcher | None = None,
        parent: Any = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch_rows
        self.runner = runner or TaskRunner(self, max_threads=1)
        self.tz: tzinfo | None = None  # the event's time zone (None: the computer's)
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: OrderedDict[int, ParticipantRow] = OrderedDict()
        self._pending: set[int] = set()  # ids on their way
        self._generation = 0  # answers for an older fetcher or id list are dropped

    # --- feeding -----------------------------------------------------------------------------
    def set_fetcher(self, fetch_rows: RowFetcher | None, tz: tzinfo | None = None) -> None:
        self.beginResetModel()
        self._fetch = fetch_rows
        self.tz = tz
        self._ids = []
        self._row_of = {}
        self._cache.clear()
        self._pending.clear()
        self._generation += 1
        self.endResetModel()

    def set_ids(self, ids: Sequence[int], rows: Sequence[ParticipantRow] = ()) -> None:
        """A new filter/sort result, with ``rows`` already read (e.g. the first screen, read off
        the GUI thread with the ids). Cached rows stay valid (rows are keyed by id)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = {pid: row for row, pid in enumerate(self._ids)}
        self._remember(rows)
        self.endResetModel()

    def invalidate(self, ids: Sequence[int] | None = None) -> None:
        """Forget cached rows (all, or those ids) and repaint them."""
        self._generation += 1  # rows being read now may be older than the change
        self._pending.clear()
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
        return self._row_of.get(pid, -1)

    def participant(self, row: int) -> ParticipantRow | None:
        """The row's participant, or None while its block is being read (it is then asked for;
        ``dataChanged`` follows when it arrives)."""
        pid = self.id_at(row)
        if pid is None:
            return None
        cached = self._cache.get(pid)
        if cached is not None:
            self._cache.move_to_end(pid)
            return cached
        self._load_block(row)
        return self._cache.get(pid)  # there already when the runner is synchronous

    def _load_block(self, row: int) -> None:
        fetch = self._fetch
        if fetch is None:
            return
        start = max(0, row - BLOCK // 4)
        wanted = [
            pid
            for pid in self._ids[start : start + BLOCK]
            if pid not in self._cache and pid not in self._pending
        ]
        if not wanted:
            return
        self._pending.update(wanted)
        generation = self._generation
        self.runner.run(
            lambda _p, _c: fetch(wanted),
            on_result=lambda rows: self._arrived(generation, wanted, rows),
            on_error=lambda _e: self._pending.difference_update(wanted),
        )

    def _arrived(self, generation: int, wanted: list[int], rows: Sequence[ParticipantRow]) -> None:
        if generation != self._generation:
            return
        self._pending.difference_update(wanted)
        self._remember(rows)
        shown = [self._row_of[pid] for pid in wanted if pid in self._row_of]
        if shown:
            self.dataChanged.emit(
                self.index(min(shown), 0), self.index(max(shown), len(COLUMNS) - 1)
            )

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
                return translate("ParticipantTableModel", COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        # painting asks ~7 roles per cell: answer the unhandled ones before touching any row
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        p = self.participant(index.row())
        if p is None:
            return PLACEHOLDER if role == _DISPLAY and index.column() == COL_NAME else None
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
            return shown(p.country)
        if col == COL_CATEGORY:
            return p.category
        if col == COL_EMAIL:
            return p.email
        if col == COL_STATUS:
            return (
                translate("ParticipantTableModel", "Cancelled")
                if p.cancelled
                else translate("ParticipantTableModel", "Registered")
            )
        if col == COL_CHECKED_IN:
            return _time(p.checked_in_at, self.tz)
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
