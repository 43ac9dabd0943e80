"""A participant is absent: their remaining meetings are freed, their partners' waiting requests
re-placed, the changed agendas named — one write transaction, one undo.

* Freed: every *scheduled* meeting of the person whose round ends after ``since`` (default: now).
  Where the round has begun (its start is not after ``now``) the meeting becomes a no-show of the
  person's side (``meeting.absent``); a round not yet begun is cancelled (its cell is given up
  when another meeting needs it). Held, no-show and cancelled meetings stay as they are.
* Re-placed (``replan``): the accepted requests of the freed partners that have no meeting yet
  (not with the absent person, nor with a cancelled registration) go into free cells of rounds
  not begun; see :mod:`clusterdesk.services.replan` for the order and ``allow_moves``. Placed
  meetings are locked, as anything placed by hand is.
* Changed agendas: the people whose meetings from ``since`` on changed, the absent person aside.

:func:`preview_absence` works it out without writing; :func:`mark_absent` does it and returns an
:class:`AbsenceChange` whose ``undo`` puts everything back as it was (refused, with nothing
changed, when another desk used a cell meanwhile).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.core.messages import msg
from clusterdesk.services.arrivals import Contact, UnknownParticipant, _contacts
from clusterdesk.services.meeting_edits import Change, EditRefused, lock_people, vacate, write
from clusterdesk.services.meeting_rules import load_state
from clusterdesk.services.participants import audit
from clusterdesk.services.replan import Candidate, Replan, replan
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    REGISTRATION_ACTIVE,
    Attendance,
    Meeting,
    MeetingRequest,
    Participant,
    Slot,
)
from clusterdesk.store.types import utcnow

CANCELLED, NO_SHOW = "cancelled", "no_show"


@dataclass(frozen=True)
class Freed:
    meeting_id: int
    slot_id: int
    starts_at: datetime
    table_id: int | None
    table: str
    partner: Contact
    outcome: str  # "cancelled" or "no_show"
    side: str  # which side of the meeting the absent person is: "a" or "b"


@dataclass(frozen=True)
class Placed:
    meeting_id: int  # 0 in a preview
    request_id: int
    people: tuple[Contact, Contact]
    slot_id: int
    starts_at: datetime
    table: str


@dataclass(frozen=True)
class Moved:
    meeting_id: int
    people: tuple[Contact, Contact]
    old: tuple[datetime, str]  # (start, table)
    new: tuple[datetime, str]


@dataclass(frozen=True)
class NotPlaced:
    request_id: int
    people: tuple[Contact, Contact]
    reason: str


@dataclass(frozen=True)
class AbsenceReport:
    person: Contact
    since: datetime
    checked_in: bool  # the person is checked in (absent from ``since`` on: they left)
    freed: tuple[Freed, ...]
    placed: tuple[Placed, ...]
    moved: tuple[Moved, ...]
    not_placed: tuple[NotPlaced, ...]
    changed: tuple[Contact, ...]  # agendas to reprint, by name
    applied: bool
    replanned: bool = False  # re-placing was asked for (and there were freed partners)


@dataclass(frozen=True)
class AbsenceChange(Change):
    report: AbsenceReport | None = None


@dataclass(frozen=True)
class _Undo:
    """What :func:`undo_absence` needs: each freed meeting's old cell, the new meetings, the
    moved ones' old cells and lock."""

    person: int
    freed: tuple[tuple[int, int | None], ...]  # (meeting, table)
    placed: tuple[int, ...]
    moved: tuple[tuple[int, int, int, bool], ...]  # (meeting, slot, table, locked)


def preview_absence(
    db: EventDB,
    participant_id: int,
    *,
    since: datetime | None = None,
    replan: bool = True,
    allow_moves: bool = False,
    now: datetime | None = None,
) -> AbsenceReport:
    """What :func:`mark_absent` would do now (nothing is written)."""
    with db.read() as s:
        report, _ = _work(s, participant_id, since, now, replan, allow_moves, apply=False)
    return report


def mark_absent(
    db: EventDB,
    participant_id: int,
    *,
    since: datetime | None = None,
    replan: bool = True,
    allow_moves: bool = False,
    now: datetime | None = None,
    actor: str = "",
) -> AbsenceChange:
    """Free the person's remaining meetings (and re-place their partners' requests); undoable."""
    with write(db) as s:
        report, undo = _work(s, participant_id, since, now, replan, allow_moves, True, actor)
    assert undo is not None
    ids = tuple(f.meeting_id for f in report.freed) + tuple(p.meeting_id for p in report.placed)
    ids += tuple(m.meeting_id for m in report.moved)
    summary = msg(
        "absence.marked",
        name=report.person.name,
        n=len(report.freed),
        placed=len(report.placed),
        moved=len(report.moved),
    )
    return AbsenceChange(
        summary, ids, partial(undo_absence, record=undo, actor=actor), True, report
    )


def _work(
    s: Session,
    pid: int,
    since: datetime | None,
    now: datetime | None,
    do_replan: bool,
    allow_moves: bool,
    apply: bool,
    actor: str = "",
) -> tuple[AbsenceReport, _Undo | None]:
    now = now or utcnow()
    since = since or now
    person = _contacts(s, [pid]).get(pid)
    if person is None:
        raise UnknownParticipant(msg("participant.unknown", id=pid))
    slots = {r.id: r for r in s.execute(select(Slot.id, Slot.starts_at, Slot.ends_at))}
    mine = [
        m
        for m in s.scalars(
            select(Meeting).where(
                (Meeting.participant_a_id == pid) | (Meeting.participant_b_id == pid),
                Meeting.status == "scheduled",
            )
        )
        if slots[m.slot_id].ends_at > since
    ]
    mine.sort(key=lambda m: (slots[m.slot_id].starts_at, m.id))
    partners = {
        m.participant_b_id if m.participant_a_id == pid else m.participant_a_id for m in mine
    }
    if apply:
        lock_people(s, pid, *partners)
    board = load_state(s)
    freed: list[Freed] = []
    freed_slots: dict[int, set[int]] = {}
    for m in mine:
        side = "a" if m.participant_a_id == pid else "b"
        partner = m.participant_b_id if side == "a" else m.participant_a_id
        begun = slots[m.slot_id].starts_at <= now
        outcome = NO_SHOW if begun else CANCELLED
        freed.append(
            Freed(
                m.id,
                m.slot_id,
                slots[m.slot_id].starts_at,
                m.table_id,
                board.label.get(m.table_id or -1, ""),
                _who(s, partner),
                outcome,
                side,
            )
        )
        if outcome == CANCELLED:
            freed_slots.setdefault(partner, set()).add(m.slot_id)
    board = board.without(f.meeting_id for f in freed if f.outcome == CANCELLED)
    result = Replan((), (), ())
    if do_replan and freed_slots:
        open_slots = {sid for sid, r in slots.items() if r.starts_at > now}
        frozen = set(s.scalars(select(Meeting.id).where(Meeting.locked.is_(True))))
        result = replan(
            board,
            _candidates(s, pid, set(freed_slots)),
            open_slots=open_slots,
            freed_slots=freed_slots,
            frozen=frozen,
            allow_moves=allow_moves,
        )
    checked_in = s.get(Attendance, pid) is not None
    undo = _apply(s, pid, since, freed, result, actor) if apply else None
    placed_ids = undo.placed if undo else (0,) * len(result.placed)
    placed = tuple(
        Placed(
            mid,
            p.request_id,
            (_who(s, p.a), _who(s, p.b)),
            p.cell[0],
            slots[p.cell[0]].starts_at,
            board.label.get(p.cell[1], ""),
        )
        for mid, p in zip(placed_ids, result.placed, strict=True)
    )
    moved = tuple(
        Moved(
            m.meeting_id,
            (_who(s, m.a), _who(s, m.b)),
            (slots[m.old[0]].starts_at, board.label.get(m.old[1], "")),
            (slots[m.new[0]].starts_at, board.label.get(m.new[1], "")),
        )
        for m in result.moved
    )
    left = tuple(
        NotPlaced(x.request_id, (_who(s, x.a), _who(s, x.b)), x.reason) for x in result.left
    )
    touched = {f.partner.id for f in freed if f.outcome == CANCELLED}
    touched |= {c.id for p in placed for c in p.people} | {c.id for m in moved for c in m.people}
    touched.discard(pid)
    changed = tuple(sorted((_who(s, p) for p in touched), key=lambda c: c.name.casefold()))
    report = AbsenceReport(
        person,
        since,
        checked_in,
        tuple(freed),
        placed,
        moved,
        left,
        changed,
        apply,
        do_replan and bool(freed_slots),
    )
    return report, undo


def _who(s: Session, pid: int) -> Contact:
    cache: dict[int, Contact] = s.info.setdefault("absence_contacts", {})
    if pid not in cache:
        cache.update(_contacts(s, [pid]))
    return cache[pid]


def _candidates(s: Session, absent: int, freed: set[int]) -> list[Candidate]:
    """The freed people's accepted requests that have no meeting (of any status) yet."""
    with_meeting = set(s.scalars(select(Meeting.request_id).where(Meeting.request_id.is_not(None))))
    active = set(s.scalars(select(Participant.id).where(Participant.status == REGISTRATION_ACTIVE)))
    found = s.execute(
        select(
            MeetingRequest.id,
            MeetingRequest.requester_id,
            MeetingRequest.target_id,
            MeetingRequest.session_id,
            MeetingRequest.priority,
        ).where(
            MeetingRequest.status == "accepted",
            MeetingRequest.requester_id.in_(sorted(freed))
            | MeetingRequest.target_id.in_(sorted(freed)),
        )
    )
    return [
        Candidate(r.id, r.requester_id, r.target_id, r.session_id, r.priority or 1)
        for r in found
        if r.id not in with_meeting
        and absent not in (r.requester_id, r.target_id)
        and {r.requester_id, r.target_id} <= active
    ]


def _apply(
    s: Session, pid: int, since: datetime, freed: list[Freed], result: Replan, actor: str
) -> _Undo:
    for f in freed:
        m = s.get(Meeting, f.meeting_id)
        assert m is not None
        m.status = f.outcome
        m.absent = f.side if f.outcome == NO_SHOW else ""
        audit(s, f"meeting.{f.outcome}", "meeting", m.id, f"participant {pid} absent", actor)
    s.flush()
    moved_back: list[tuple[int, int, int, bool]] = []
    for mv in result.moved:
        m = s.get(Meeting, mv.meeting_id)
        assert m is not None
        moved_back.append((m.id, m.slot_id, mv.old[1], m.locked))
        m.table_id = None
        s.flush()
        vacate(s, mv.new[0], mv.new[1], m.id)
        m.slot_id, m.table_id, m.locked = mv.new[0], mv.new[1], True
        s.flush()
        audit(s, "meeting.move", "meeting", m.id, "re-planned: a partner is absent", actor)
    new_ids: list[int] = []
    for p in result.placed:
        vacate(s, p.cell[0], p.cell[1], -1)
        m = Meeting(
            request_id=p.request_id,
            participant_a_id=p.a,
            participant_b_id=p.b,
            slot_id=p.cell[0],
            table_id=p.cell[1],
            status="scheduled",
            locked=True,
        )
        s.add(m)
        s.flush()
        new_ids.append(m.id)
        audit(s, "meeting.add", "meeting", m.id, "re-planned: a partner is absent", actor)
    audit(
        s,
        "participant.absent",
        "participant",
        pid,
        f"from {since.isoformat()}: freed {len(freed)}, placed {len(new_ids)}, "
        f"moved {len(moved_back)}",
        actor,
    )
    return _Undo(
        pid,
        tuple((f.meeting_id, f.table_id) for f in freed),
        tuple(new_ids),
        tuple(moved_back),
    )


def undo_absence(db: EventDB, *, record: _Undo, actor: str = "") -> Change:
    """Put back what :func:`mark_absent` changed, in one transaction; refused (nothing changed)
    when a meeting it touched was changed since or a cell it needs is taken."""
    with write(db) as s:
        for mid in record.placed:
            m = s.get(Meeting, mid)
            if m is None or m.status != "scheduled":
                raise EditRefused(msg("absence.placed_changed"))
            s.delete(m)
        s.flush()
        for mid, slot, table, locked in record.moved:
            m = s.get(Meeting, mid)
            if m is None or m.status != "scheduled":
                raise EditRefused(msg("absence.moved_changed"))
            _need_free(s, slot, table, mid)
            m.table_id = None
            s.flush()
            m.slot_id, m.table_id, m.locked = slot, table, locked
            s.flush()
        for mid, old_table in record.freed:
            m = s.get(Meeting, mid)
            if m is None or m.status not in (CANCELLED, NO_SHOW):
                raise EditRefused(msg("absence.freed_changed"))
            if old_table is not None:
                _need_free(s, m.slot_id, old_table, mid)
            _need_people_free(s, m)
            m.status, m.absent, m.table_id = "scheduled", "", old_table
            s.flush()
        audit(s, "participant.absent_undone", "participant", record.person, "", actor)
    ids = tuple(mid for mid, _ in record.freed) + record.placed + tuple(x[0] for x in record.moved)
    return Change(msg("absence.undone"), ids, None, True)


def _need_free(s: Session, slot: int, table: int, mine: int) -> None:
    other = s.scalar(
        select(Meeting.id).where(
            Meeting.slot_id == slot,
            Meeting.table_id == table,
            Meeting.id != mine,
            Meeting.status.in_(ACTIVE_MEETING_STATUSES),
        )
    )
    if other is not None:
        raise EditRefused(msg("absence.cell_taken"))
    vacate(s, slot, table, mine)


def _need_people_free(s: Session, m: Meeting) -> None:
    people = (m.participant_a_id, m.participant_b_id)
    other = s.scalar(
        select(Meeting.id).where(
            Meeting.slot_id == m.slot_id,
            Meeting.id != m.id,
            Meeting.status.in_(ACTIVE_MEETING_STATUSES),
            Meeting.participant_a_id.in_(people) | Meeting.participant_b_id.in_(people),
        )
    )
    if other is not None:
        raise EditRefused(msg("absence.person_busy"))
