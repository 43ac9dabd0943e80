"""On-site changes to the meeting grid: move, swap, lock, mark held (and how it went) / no-show /
cancelled.

Each change is one short write transaction, checked against the hard rules
(:mod:`clusterdesk.services.meeting_rules`) inside it and written to the audit log. A change that
breaks a rule raises :class:`EditRefused` with the reason, and nothing is changed. Every change
returns a :class:`Change` whose ``undo`` (when there is one) applies the inverse change — itself
checked against the rules, since the grid may have moved on meanwhile.

Meetings placed by hand (moved, swapped, added) become *locked*: the scheduler never moves them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clusterdesk.core.messages import CodedError, Msg, msg
from clusterdesk.services.events import event_info
from clusterdesk.services.meeting_rules import (
    BoardState,
    Feasibility,
    Pair,
    load_state,
)
from clusterdesk.services.participants import audit
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    MEETING_RATINGS,
    MEETING_STATUSES,
    Meeting,
    MeetingRequest,
    Participant,
)

ABSENT_SIDES = ("", "a", "b", "both")


class EditRefused(CodedError):
    """An on-site change that would break a rule (``msg`` says which). Nothing changed."""


def status_msg(status: str) -> Msg:
    """A meeting status as a message ("status.held", …) for the front ends' words."""
    return msg(f"status.{status}")


@dataclass(frozen=True)
class Change:
    """What an on-site change did, for the status line, the views to refresh, and undo.
    ``summary`` is a code and parameters ("edit.moved", …): the front ends put it into words."""

    summary: Msg
    meeting_ids: tuple[int, ...] = ()
    undo: Callable[[EventDB], Change] | None = None
    requests_changed: bool = False  # a request got or lost its meeting (the waiting list moved)


@contextmanager
def write(db: EventDB) -> Iterator[Session]:
    """A write transaction whose collision with another desk becomes a clear refusal."""
    try:
        with db.write() as s:
            yield s
    except IntegrityError as exc:
        raise EditRefused(msg("edit.collision")) from exc


def get_meeting(s: Session, meeting_id: int) -> Meeting:
    m = s.get(Meeting, meeting_id)
    if m is None:
        raise EditRefused(msg("edit.no_meeting", id=meeting_id))
    return m


def lock_people(s: Session, *people: int) -> None:
    """Serialize changes touching the same people across desks (a row lock on PostgreSQL;
    SQLite write transactions are serialized already)."""
    s.execute(select(Participant.id).where(Participant.id.in_(people)).with_for_update())


def pair_of(s: Session, m: Meeting) -> Pair:
    session_id = None
    if m.request_id is not None:
        session_id = s.scalar(
            select(MeetingRequest.session_id).where(MeetingRequest.id == m.request_id)
        )
    return Pair(m.participant_a_id, m.participant_b_id, session_id, frozenset({m.id}))


def who(board: BoardState, pair: Pair) -> str:
    return f"{board.name(pair.a)} — {board.name(pair.b)}"


def cell_text(board: BoardState, slot_id: int, table_id: int | None, tz: ZoneInfo) -> Msg:
    """Where a meeting is: ``cell`` with the table's label and the slot's start (HH:MM)."""
    slot = board.slot_by_id.get(slot_id)
    when = slot.starts_at.astimezone(tz).strftime("%H:%M") if slot else "?"
    return msg("cell", table=board.label.get(table_id, "—") if table_id else "—", time=when)


def cell_record(cell: Msg) -> str:
    """The audit log's record of a cell ("table T2 at 14:20"): stored data, not a sentence."""
    return f"table {cell.params['table']} at {cell.params['time']}"


def vacate(s: Session, slot_id: int, table_id: int, keep: int) -> None:
    """Cancelled meetings give their cell up when another meeting needs it."""
    s.execute(
        update(Meeting)
        .where(
            Meeting.slot_id == slot_id,
            Meeting.table_id == table_id,
            Meeting.id != keep,
            Meeting.status == "cancelled",
        )
        .values(table_id=None)
    )
    s.flush()


def _require_movable(m: Meeting) -> None:
    if m.status != "scheduled":
        raise EditRefused(msg("edit.not_movable", status=status_msg(m.status)))


def move_meeting(
    db: EventDB, meeting_id: int, slot_id: int, table_id: int, *, lock: bool = True, actor: str = ""
) -> Change:
    """Move a meeting to another (slot, table) cell; it becomes locked (placed by hand)."""
    tz = event_info(db).tz
    with write(db) as s:
        m = get_meeting(s, meeting_id)
        _require_movable(m)
        lock_people(s, m.participant_a_id, m.participant_b_id)
        board = load_state(
            s, people=(m.participant_a_id, m.participant_b_id), slots=(slot_id, m.slot_id)
        )
        pair = pair_of(s, m)
        target = cell_text(board, slot_id, table_id, tz)
        why = board.cell_reason(pair, slot_id, table_id)
        if why:
            raise EditRefused(msg("edit.cannot_move", who=who(board, pair), where=target, why=why))
        old = (m.slot_id, m.table_id, m.locked)
        source = cell_text(board, m.slot_id, m.table_id, tz)
        vacate(s, slot_id, table_id, m.id)
        m.slot_id, m.table_id, m.locked = slot_id, table_id, lock
        record = f"{cell_record(source)} -> {cell_record(target)}"
        audit(s, "meeting.move", "meeting", m.id, record, actor)
        summary = msg("edit.moved", who=who(board, pair), where=target)
    undo = None
    if old[1] is not None:
        undo = partial(
            _undo_move, meeting_id=meeting_id, cell=(old[0], old[1]), lock=old[2], actor=actor
        )
    return Change(summary, (meeting_id,), undo)


def _undo_move(
    db: EventDB, *, meeting_id: int, cell: tuple[int, int], lock: bool, actor: str
) -> Change:
    return move_meeting(db, meeting_id, cell[0], cell[1], lock=lock, actor=actor)


def swap_meetings(
    db: EventDB, first: int, second: int, *, locks: tuple[bool, bool] | None = None, actor: str = ""
) -> Change:
    """Exchange the cells of two meetings; both become locked (or get ``locks``)."""
    if first == second:
        raise EditRefused(msg("edit.swap_itself"))
    tz = event_info(db).tz
    with write(db) as s:
        m1, m2 = get_meeting(s, first), get_meeting(s, second)
        _require_movable(m1)
        _require_movable(m2)
        if m1.table_id is None or m2.table_id is None:
            raise EditRefused(msg("edit.swap_no_table"))
        lock_people(
            s, m1.participant_a_id, m1.participant_b_id, m2.participant_a_id, m2.participant_b_id
        )
        people = (
            m1.participant_a_id,
            m1.participant_b_id,
            m2.participant_a_id,
            m2.participant_b_id,
        )
        board = load_state(s, people=people, slots=(m1.slot_id, m2.slot_id)).without(
            (first, second)
        )
        p1, p2 = pair_of(s, m1), pair_of(s, m2)
        c1, c2 = (m1.slot_id, m1.table_id), (m2.slot_id, m2.table_id)
        for pair, cell in ((p1, c2), (p2, c1)):
            why = board.cell_reason(pair, *cell)
            if why:
                where = cell_text(board, *cell, tz)
                raise EditRefused(
                    msg("edit.cannot_swap", who=who(board, pair), where=where, why=why)
                )
        old_locks = (m1.locked, m2.locked)
        new_locks = locks if locks is not None else (True, True)
        m1.table_id = None
        s.flush()
        m2.slot_id, m2.table_id, m2.locked = c1[0], c1[1], new_locks[1]
        s.flush()
        m1.slot_id, m1.table_id, m1.locked = c2[0], c2[1], new_locks[0]
        w1, w2 = cell_text(board, *c1, tz), cell_text(board, *c2, tz)
        record = (
            f"{who(board, p1)} ({cell_record(w1)}) <-> {who(board, p2)} ({cell_record(w2)})"
            f"; other meeting {second}"
        )
        audit(s, "meeting.swap", "meeting", first, record, actor)
        summary = msg("edit.swapped", who=who(board, p1), where=w1, other=who(board, p2), there=w2)
    undo = partial(swap_meetings, first=first, second=second, locks=old_locks, actor=actor)
    return Change(summary, (first, second), undo)


def set_locked(db: EventDB, meeting_id: int, locked: bool, *, actor: str = "") -> Change:
    """Lock (the scheduler never moves it) or unlock a meeting."""
    with write(db) as s:
        m = get_meeting(s, meeting_id)
        before = m.locked
        m.locked = locked
        if before != locked:
            audit(s, "meeting.lock" if locked else "meeting.unlock", "meeting", m.id, "", actor)
    return Change(
        msg("edit.locked" if locked else "edit.unlocked"),
        (meeting_id,),
        partial(set_locked, meeting_id=meeting_id, locked=before, actor=actor),
    )


def check_outcome(status: str, absent: str, rating: str | None) -> None:
    """Refuse a status, side or rating that does not fit (the same rules for every front end)."""
    if status not in MEETING_STATUSES:
        raise EditRefused(msg("edit.unknown_status", status=status))
    if absent not in ABSENT_SIDES or (absent and status != "no_show"):
        raise EditRefused(msg("edit.absent_usage"))
    if rating and rating not in MEETING_RATINGS:
        raise EditRefused(msg("edit.unknown_rating", rating=rating))
    if rating and status != "held":
        raise EditRefused(msg("edit.rating_not_held"))


def rating_msg(rating: str) -> Msg:
    """An outcome rating as a message ("rating.agreement", …) for the front ends' words."""
    return msg(f"rating.{rating}")


def apply_status(
    s: Session,
    m: Meeting,
    status: str,
    absent: str,
    rating: str | None,
    tz: ZoneInfo,
    actor: str,
) -> Msg | None:
    """Give ``m`` a status (and who did not come, and how it went) inside a write transaction,
    with the rules checked and an audit entry; the summary, or None when nothing changes.
    ``rating`` None keeps a held meeting's rating (any other status has none)."""
    check_outcome(status, absent, rating)
    absent = absent if status == "no_show" else ""
    if rating is None:
        rating = m.rating if status == "held" == m.status else ""
    before = m.status
    if (before, m.absent, m.rating) == (status, absent, rating):
        return None
    lock_people(s, m.participant_a_id, m.participant_b_id)
    board = load_state(s, people=(m.participant_a_id, m.participant_b_id), slots=(m.slot_id,))
    pair = pair_of(s, m)
    if before not in ACTIVE_MEETING_STATUSES and status in ACTIVE_MEETING_STATUSES:
        if m.table_id is None:
            raise EditRefused(msg("edit.cell_given_away", who=who(board, pair)))
        why = board.cell_reason(pair, m.slot_id, m.table_id)
        if why:
            where = cell_text(board, m.slot_id, m.table_id, tz)
            raise EditRefused(
                msg("edit.cannot_bring_back", who=who(board, pair), where=where, why=why)
            )
    m.status, m.absent, m.rating = status, absent, rating
    details = f"{before} -> {status}"
    summary = msg("edit.status", who=who(board, pair), status=status_msg(status))
    if absent:
        missing = {"a": [pair.a], "b": [pair.b], "both": [pair.a, pair.b]}[absent]
        names = ", ".join(board.name(p) for p in missing)
        details += "; did not come: " + names
        summary = msg("edit.no_show", who=who(board, pair), names=names)
    if rating:
        details += f"; rated {rating}"
        summary = msg("edit.rated", summary=summary, rating=rating_msg(rating))
    audit(s, f"meeting.{status}", "meeting", m.id, details, actor)
    return summary


def set_status(
    db: EventDB,
    meeting_id: int,
    status: str,
    *,
    absent: str = "",
    rating: str | None = None,
    actor: str = "",
) -> Change:
    """Mark a meeting held (``rating``: how it went, one of MEETING_RATINGS; None keeps it), a
    no-show (``absent``: "a", "b" or "both" — who did not come), cancelled, or back to
    scheduled. A meeting coming back from cancelled needs its cell free."""
    check_outcome(status, absent, rating)
    tz = event_info(db).tz
    with write(db) as s:
        m = get_meeting(s, meeting_id)
        before = (m.status, m.absent, m.rating)
        summary = apply_status(s, m, status, absent, rating, tz, actor)
    if summary is None:
        return Change(msg("edit.status_already", status=status_msg(status)), (meeting_id,))
    return Change(
        summary,
        (meeting_id,),
        partial(
            set_status,
            meeting_id=meeting_id,
            status=before[0],
            absent=before[1],
            rating=before[2],
            actor=actor,
        ),
        "cancelled" in (before[0], status),
    )


def feasibility(
    db: EventDB, *, meeting_id: int | None = None, request_id: int | None = None
) -> Feasibility:
    """Which (slot, table) cells a meeting (moving it) or a request (placing it) may use, and
    why the others are refused."""
    with db.read() as s:
        board = load_state(s)
        if meeting_id is not None:
            m = get_meeting(s, meeting_id)
            return board.move_feasibility(pair_of(s, m), m.id)
        if request_id is None:
            raise EditRefused(msg("edit.say_which"))
        r = s.get(MeetingRequest, request_id)
        if r is None:
            raise EditRefused(msg("edit.no_request", id=request_id))
        return board.feasibility(Pair(r.requester_id, r.target_id, r.session_id))
