"""Re-place the waiting requests of people whose meetings were freed (a partner did not come),
into free cells of the rounds not yet begun, with the fewest changes to everybody else.

Pure decisions on a :class:`BoardState` (the caller's transaction loaded it): nothing here
writes. Without ``allow_moves`` no meeting on the board moves: a request goes only into a cell
that is free for both people. With it, a request whose people have no common free round may
take a round where its other person is busy, when that person's meeting there (scheduled,
unlocked, of a round not begun, involving nobody freed) can go to another free cell — one such
move per placed request, and only when it places the request.

Order: requests with the fewest free cells first (they have the least choice), then higher
priority, then the older request. A freed person's own freed rounds come first among the cells
(their agenda keeps its shape), then time order, then table order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from clusterdesk.services.meeting_rules import BoardState, Cell, Pair, Placed


@dataclass(frozen=True)
class Candidate:
    request_id: int
    a: int  # requester
    b: int  # target
    session_id: int | None
    priority: int


@dataclass(frozen=True)
class Placement:
    request_id: int
    a: int
    b: int
    cell: Cell


@dataclass(frozen=True)
class Move:
    meeting_id: int
    a: int
    b: int
    old: Cell
    new: Cell


@dataclass(frozen=True)
class Left:
    request_id: int
    a: int
    b: int
    reason: str  # the rules' words (why no cell is allowed)


@dataclass(frozen=True)
class Replan:
    placed: tuple[Placement, ...]
    moved: tuple[Move, ...]
    left: tuple[Left, ...]


def replan(
    board: BoardState,
    candidates: Iterable[Candidate],
    *,
    open_slots: set[int],
    freed_slots: dict[int, set[int]],
    frozen: set[int],
    allow_moves: bool = False,
) -> Replan:
    """Decide where the candidates go. ``open_slots``: the rounds not begun (the only ones
    used); ``freed_slots``: per freed person, the rounds they lost; ``frozen``: meetings that
    must not move (locked ones among them; meetings that took place never move). ``board`` is updated as decided."""
    todo = list(candidates)
    options = {c.request_id: _cells(board, c, open_slots, freed_slots) for c in todo}
    todo.sort(key=lambda c: (len(options[c.request_id]), -c.priority, c.request_id))
    placed: list[Placement] = []
    moved: list[Move] = []
    left: list[Left] = []
    for c in todo:
        cells = _cells(board, c, open_slots, freed_slots)  # the board moved on meanwhile
        if cells:
            _occupy(board, c, cells[0], None)
            placed.append(Placement(c.request_id, c.a, c.b, cells[0]))
            continue
        found = _with_a_move(board, c, open_slots, frozen) if allow_moves else None
        if found is not None:
            move, cell = found
            moved.append(move)
            placed.append(Placement(c.request_id, c.a, c.b, cell))
            frozen.add(move.meeting_id)
            continue
        pair = Pair(c.a, c.b, c.session_id)
        left.append(Left(c.request_id, c.a, c.b, board.unplaced_reason(pair)))
    return Replan(tuple(placed), tuple(moved), tuple(left))


def _cells(
    board: BoardState, c: Candidate, open_slots: set[int], freed_slots: dict[int, set[int]]
) -> list[Cell]:
    pair = Pair(c.a, c.b, c.session_id)
    feasible = board.feasibility(pair)
    order = {s.id: i for i, s in enumerate(board.slots)}
    mine = freed_slots.get(c.a, set()) | freed_slots.get(c.b, set())
    cells = [
        (slot, table)
        for slot in feasible.slot_order
        if slot in open_slots and slot not in feasible.slots
        for table in feasible.table_order
        if (slot, table) not in board.cells and feasible.reason(slot, table) is None
    ]
    cells.sort(key=lambda cell: (cell[0] not in mine, order[cell[0]]))
    return cells


def _occupy(board: BoardState, c: Candidate | Placed, cell: Cell, mid: int | None) -> None:
    """Put a meeting on the board (``mid`` None: a new one, given a made-up negative id)."""
    slot, table = cell
    if mid is None:
        mid = -1 - len([k for k in board.meetings if k < 0])
    a, b = c.a, c.b
    session = board.slot_by_id[slot].session_id
    board.meetings[mid] = Placed(a, b, slot, table, c.session_id, "scheduled")
    board.cells[cell] = mid
    for p in (a, b):
        board.busy[(p, slot)] = mid
        board.per_session[(p, session)] = board.per_session.get((p, session), 0) + 1


def _remove(board: BoardState, mid: int) -> Placed:
    m = board.meetings.pop(mid)
    session = board.slot_by_id[m.slot].session_id
    if m.table is not None and board.cells.get((m.slot, m.table)) == mid:
        del board.cells[(m.slot, m.table)]
    for p in (m.a, m.b):
        if board.busy.get((p, m.slot)) == mid:
            del board.busy[(p, m.slot)]
        board.per_session[(p, session)] = board.per_session.get((p, session), 1) - 1
    return m


def _with_a_move(
    board: BoardState, c: Candidate, open_slots: set[int], frozen: set[int]
) -> tuple[Move, Cell] | None:
    """Free a round for the pair by moving one blocking meeting to another free cell."""
    pair = Pair(c.a, c.b, c.session_id)
    for slot in board.slots:
        if slot.id not in open_slots:
            continue
        blockers = {board.busy.get((p, slot.id)) for p in (c.a, c.b)} - {None}
        if len(blockers) != 1:
            continue  # both free (then no table) or both busy: one move is not enough
        mid = blockers.pop()
        assert mid is not None
        m = board.meetings.get(mid)
        if mid < 0 or mid in frozen or m is None or m.status != "scheduled" or m.table is None:
            continue
        _remove(board, mid)
        target = _free_cell(board, m, mid, open_slots - {slot.id})
        here = _first_free_table(board, pair, slot.id) if target is not None else None
        if target is not None and here is not None:
            _occupy(board, m, target, mid)
            _occupy(board, c, (slot.id, here), None)
            return Move(mid, m.a, m.b, (m.slot, m.table), target), (slot.id, here)
        _occupy(board, m, (m.slot, m.table), mid)  # put it back
    return None


def _free_cell(board: BoardState, m: Placed, mid: int, slots: set[int]) -> Cell | None:
    pair = Pair(m.a, m.b, m.session_id, frozenset({mid}))
    for slot in board.slots:
        if slot.id in slots:
            table = _first_free_table(board, pair, slot.id)
            if table is not None:
                return (slot.id, table)
    return None


def _first_free_table(board: BoardState, pair: Pair, slot: int) -> int | None:
    for table, _ in board.tables:
        if (slot, table) not in board.cells and board.cell_reason(pair, slot, table) is None:
            return table
    return None
