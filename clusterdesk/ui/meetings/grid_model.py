"""The tables × slots grid as a Qt item model: rows are tables, columns are slots (in time order,
grouped by session and day), a cell is the meeting placed there. Nothing but plain data is held
(a :class:`~clusterdesk.services.meeting_board.Board` and dicts built from it), so 1,000 tables ×
48 slots cost no widgets and scroll like any table.

While a meeting is being moved, ``set_overlay`` adds the verdict of every cell (green: allowed,
red: refused, with the reason in the tooltip)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from clusterdesk.core.messages import Msg
from clusterdesk.services.meeting_board import Board, BoardMeeting, BoardSlot
from clusterdesk.services.meeting_rules import Feasibility
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.words import describe

MeetingRole = Qt.ItemDataRole.UserRole + 1  # the BoardMeeting in the cell, or None
VerdictRole = Qt.ItemDataRole.UserRole + 2  # None (no move going on), "" (allowed) or a reason
GroupRole = Qt.ItemDataRole.UserRole + 3  # header: the session/day a slot column belongs to
NamesRole = Qt.ItemDataRole.UserRole + 4  # (short name a, short name b)
Index = QModelIndex | QPersistentModelIndex
CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


def status_text(status: str) -> str:
    return {
        "scheduled": translate("MeetingGrid", "Scheduled"),
        "held": translate("MeetingGrid", "Held"),
        "no_show": translate("MeetingGrid", "No-show"),
        "cancelled": translate("MeetingGrid", "Cancelled"),
    }.get(status, status)


def rating_text(rating: str) -> str:
    """How a held meeting went, in the platforms' words."""
    return {
        "not_held": translate("MeetingGrid", "Did not take place"),
        "no_interest": translate("MeetingGrid", "Insufficient interest"),
        "informative": translate("MeetingGrid", "Informative, no cooperation planned"),
        "cooperation": translate("MeetingGrid", "Cooperation possible"),
        "agreement": translate("MeetingGrid", "Agreement reached"),
    }.get(rating, rating)


def state_text(board: Board, m: BoardMeeting) -> str:
    """ "No-show: Kęstutis Šetkus did not come · locked" and the like."""
    state = status_text(m.status)
    if m.rating:
        state += ": " + rating_text(m.rating)
    absent = [board.people[pid].name for pid in m.did_not_come()]
    if absent:
        state += ": " + translate("MeetingGrid", "{0} did not come").format(
            (" " + translate("MeetingGrid", "and") + " ").join(absent)
        )
    if m.locked:
        state += " · " + translate("MeetingGrid", "locked")
    return state


class MeetingGridModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self._cells: dict[tuple[int, int], BoardMeeting] = {}
        self._col_of: dict[int, int] = {}
        self._row_of: dict[int, int] = {}
        self.overlay: Feasibility | None = None
        self.moving: int | None = None  # the meeting being moved
        self.highlight: int | None = None  # a participant whose meetings are outlined

    # --- loading -----------------------------------------------------------------------------
    def set_board(self, board: Board | None) -> None:
        """Show a board (its lookups are best worked out beforehand, off the GUI thread:
        ``Board.prepared``)."""
        self.beginResetModel()
        self.board = board
        self.overlay = None
        self.moving = None
        self._cells = board.cells if board is not None else {}
        if board is not None:
            self._col_of = {s.id: i for i, s in enumerate(board.slots)}
            self._row_of = {t.id: i for i, t in enumerate(board.tables)}
        self.endResetModel()

    def patch(self, board: Board, meeting_ids: Iterable[int]) -> None:
        """Show a board that differs from the one shown only in these meetings (same slots and
        tables): only their old and new cells are repainted, nothing is reset."""
        old = self.board
        if old is None or board.slots is not old.slots or board.tables is not old.tables:
            self.set_board(board)
            return
        had_overlay = self.overlay is not None
        self.board, self._cells = board, board.cells
        self.overlay = None
        self.moving = None
        if had_overlay:
            self._all_changed()
            return
        for mid in meeting_ids:
            for shown in (old, board):
                cell = shown.cell_of.get(mid)
                if cell is not None:
                    index = self.index(self._row_of[cell[0]], self._col_of[cell[1]])
                    self.dataChanged.emit(index, index)

    def _all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def set_overlay(self, moving: int | None, feasibility: Feasibility | None) -> None:
        if feasibility is None and self.overlay is None:
            self.moving = moving  # no colours shown, none to take off: nothing to repaint
            return
        self.moving = moving
        self.overlay = feasibility
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def set_highlight(self, person: int | None) -> None:
        if person == self.highlight:
            return
        self.highlight = person
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # --- lookup ------------------------------------------------------------------------------
    def slot_at(self, column: int) -> BoardSlot:
        assert self.board is not None
        return self.board.slots[column]

    def table_id_at(self, row: int) -> int:
        assert self.board is not None
        return self.board.tables[row].id

    def meeting_at(self, index: Index) -> BoardMeeting | None:
        if self.board is None or not index.isValid():
            return None
        table = self.board.tables[index.row()].id
        return self._cells.get((table, self.board.slots[index.column()].id))

    def index_of(self, meeting_id: int) -> QModelIndex:
        cell = self.board.cell_of.get(meeting_id) if self.board is not None else None
        if cell is None:
            return QModelIndex()
        return self.index(self._row_of[cell[0]], self._col_of[cell[1]])

    def names(self, m: BoardMeeting) -> tuple[str, str]:
        """The two short names; after a no-show "✗" marks who did not come."""
        assert self.board is not None
        absent = m.did_not_come()
        a, b = (
            ("✗ " if pid in absent else "") + self.board.people[pid].short for pid in (m.a, m.b)
        )
        return a, b

    def refusal(self, index: Index) -> Msg | None | bool:
        """False when no move is going on, None when the cell is allowed, else why not (painting
        needs only which of the three; the words are made for the tooltip)."""
        if self.overlay is None or self.board is None or not index.isValid():
            return False
        slot = self.board.slots[index.column()].id
        table = self.board.tables[index.row()].id
        m = self.meeting_at(index)
        if m is not None and m.id == self.moving:
            return None
        return self.overlay.reason(slot, table)

    def verdict(self, index: Index) -> str | None:
        """None (no move going on), "" (allowed) or the reason in words."""
        why = self.refusal(index)
        if why is False:
            return None
        return describe(why) if isinstance(why, Msg) else ""

    # --- the model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.board is None else len(self.board.tables)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.board is None else len(self.board.slots)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.board is None or not index.isValid():
            return None
        if role == MeetingRole:
            return self.meeting_at(index)
        if role == VerdictRole:
            return self.verdict(index) if self.overlay is not None else None
        m = self.meeting_at(index)
        if role == DISPLAY:
            if m is None:
                return None
            return "\n".join(self.names(m))
        if role == NamesRole:
            return None if m is None else self.names(m)
        if role in (TOOLTIP, ACCESSIBLE):
            return self._tooltip(index, m)
        return None

    def _tooltip(self, index: Index, m: BoardMeeting | None) -> str:
        assert self.board is not None
        slot = self.board.slots[index.column()]
        table = self.board.tables[index.row()]
        head = translate("MeetingGrid", "Table {0}, {1}–{2}").format(
            table.label, f"{slot.starts_at:%H:%M}", f"{slot.ends_at:%H:%M}"
        )
        lines = [head]
        if m is not None:
            for pid in (m.a, m.b):
                p = self.board.people[pid]
                org = f" — {p.organization}" if p.organization else ""
                country = f" ({p.country})" if p.country else ""
                lines.append(f"{p.name}{org}{country}")
            lines.append(state_text(self.board, m))
        verdict = self.verdict(index)
        if verdict:
            lines.append(translate("MeetingGrid", "Not allowed: {0}").format(verdict))
        elif verdict == "":
            lines.append(translate("MeetingGrid", "Allowed"))
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.board is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.board.slots):
                return None
            slot = self.board.slots[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{slot.starts_at:%H:%M}"
            if role == GroupRole:
                when = QDate(slot.day.year, slot.day.month, slot.day.day)
                day = QLocale().toString(when, "ddd d MMM")  # in the UI's language
                return f"{slot.session} · {day}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{slot.session}\n{slot.day:%Y-%m-%d} {slot.starts_at:%H:%M}–{slot.ends_at:%H:%M}"
            return None
        if not 0 <= section < len(self.board.tables):
            return None
        table = self.board.tables[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return table.label
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [translate("MeetingGrid", "Table {0}").format(table.label)]
            if table.zone:
                parts.append(table.zone)
            if table.hosts:
                parts.append(translate("MeetingGrid", "Own table of {0}").format(table.hosts))
            return "\n".join(parts)
        return None
