"""On-site changes that add or take meetings off the grid: add a meeting by hand (quick-schedule:
the first shared free slot and table), unschedule one or all unlocked, delete a hand-made one.

Same contract as :mod:`clusterdesk.services.meeting_edits`: one short audited write transaction,
checked against the rules, :class:`EditRefused` with the reason and nothing changed otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial

from sqlalchemy import delete, false, or_, select
from sqlalchemy.orm import Session

from clusterdesk.core.messages import msg
from clusterdesk.services.events import event_info
from clusterdesk.services.meeting_edits import (
    Change,
    EditRefused,
    cell_record,
    cell_text,
    get_meeting,
    lock_people,
    vacate,
    who,
    write,
)
from clusterdesk.services.meeting_rules import Pair, load_state
from clusterdesk.services.participants import audit
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    REGISTRATION_ACTIVE,
    AuditLog,
    Meeting,
    MeetingRequest,
    Participant,
)

BY_HAND = "meeting_request.by_hand"  # audit action marking a request created at the desk


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    action: str
    details: str
    actor: str


def add_meeting(
    db: EventDB,
    *,
    request_id: int | None = None,
    requester_id: int | None = None,
    target_id: int | None = None,
    slot_id: int | None = None,
    table_id: int | None = None,
    actor: str = "",
) -> Change:
    """Place a meeting by hand for a request (or for two people: their request is found or
    created, accepted). Without a cell, the first allowed one in time and table order is used."""
    tz = event_info(db).tz
    with write(db) as s:
        req = _request(s, request_id, requester_id, target_id)
        created = req.id is None
        a, b = req.requester_id, req.target_id
        lock_people(s, a, b)
        if slot_id is None or table_id is None:
            board = load_state(s)
        else:
            board = load_state(s, people=(a, b), slots=(slot_id,))
        for p in (a, b):
            if (
                s.scalar(select(Participant.status).where(Participant.id == p))
                != REGISTRATION_ACTIVE
            ):
                raise EditRefused(msg("edit.registration_cancelled", name=board.name(p)))
        pair = Pair(a, b, req.session_id)
        existing = s.scalars(
            select(Meeting).where(
                or_(
                    Meeting.request_id == req.id if req.id is not None else false(),
                    (Meeting.participant_a_id.in_((a, b))) & (Meeting.participant_b_id.in_((a, b))),
                )
            )
        ).all()
        active = [m for m in existing if m.status in ACTIVE_MEETING_STATUSES]
        if active:
            m = active[0]
            where = cell_text(board, m.slot_id, m.table_id, tz)
            raise EditRefused(msg("edit.already_meet", who=who(board, pair), where=where))
        if slot_id is None or table_id is None:
            cell = board.feasibility(pair).first_allowed()
            if cell is None:
                unplaced = msg(board.unplaced_reason(pair))
                raise EditRefused(msg("edit.no_free_cell", who=who(board, pair), why=unplaced))
            slot_id, table_id = cell
        why = board.cell_reason(pair, slot_id, table_id)
        target = cell_text(board, slot_id, table_id, tz)
        if why:
            raise EditRefused(msg("edit.cannot_place", who=who(board, pair), where=target, why=why))
        if created:
            s.add(req)
            s.flush()
            audit(s, BY_HAND, "meeting_request", req.id, who(board, pair), actor)
        elif req.status != "accepted":
            audit(s, "meeting_request.accept", "meeting_request", req.id, req.status, actor)
            req.status = "accepted"
        vacate(s, slot_id, table_id, -1)
        old = next((m for m in existing if m.request_id == req.id), None)
        if old is not None:  # a cancelled meeting of this request comes back at the new cell
            m = old
            m.slot_id, m.table_id, m.status, m.locked = slot_id, table_id, "scheduled", True
        else:
            m = Meeting(
                request_id=req.id,
                participant_a_id=a,
                participant_b_id=b,
                slot_id=slot_id,
                table_id=table_id,
                status="scheduled",
                locked=True,
            )
            s.add(m)
        s.flush()
        audit(s, "meeting.add", "meeting", m.id, cell_record(target), actor)
        mid, summary = m.id, msg("edit.added", who=who(board, pair), where=target)
    if created:
        return Change(summary, (mid,), partial(delete_meeting, meeting_id=mid, actor=actor), True)
    return Change(
        summary, (mid,), partial(unschedule_meeting, meeting_id=mid, force=True, actor=actor), True
    )


def _request(
    s: Session, request_id: int | None, requester_id: int | None, target_id: int | None
) -> MeetingRequest:
    if request_id is not None:
        req = s.get(MeetingRequest, request_id)
        if req is None:
            raise EditRefused(msg("edit.no_request", id=request_id))
        return req
    if requester_id is None or target_id is None:
        raise EditRefused(msg("edit.say_pair"))
    if requester_id == target_id:
        raise EditRefused(msg("edit.meet_self"))
    for pid in (requester_id, target_id):
        if s.get(Participant, pid) is None:
            raise EditRefused(msg("edit.no_participant", id=pid))
    found = s.scalars(
        select(MeetingRequest)
        .where(
            or_(
                (MeetingRequest.requester_id == requester_id)
                & (MeetingRequest.target_id == target_id),
                (MeetingRequest.requester_id == target_id)
                & (MeetingRequest.target_id == requester_id),
            )
        )
        .order_by(MeetingRequest.id)
    ).first()
    if found is not None:
        return found
    return MeetingRequest(
        requester_id=requester_id, target_id=target_id, status="accepted", priority=1
    )


def unschedule_meeting(
    db: EventDB, meeting_id: int, *, force: bool = False, actor: str = ""
) -> Change:
    """Take a scheduled (or cancelled) meeting off the grid; its request waits to be placed
    again. Locked meetings must be unlocked first (``force`` is for undo)."""
    tz = event_info(db).tz
    with write(db) as s:
        m = get_meeting(s, meeting_id)
        if m.status in ("held", "no_show"):
            raise EditRefused(msg("edit.took_place"))
        if m.locked and not force:
            raise EditRefused(msg("edit.unlock_first"))
        board = load_state(s, people=(m.participant_a_id, m.participant_b_id), slots=())
        pair = Pair(m.participant_a_id, m.participant_b_id)
        where = cell_text(board, m.slot_id, m.table_id, tz)
        request_id, slot_id, table_id, locked = m.request_id, m.slot_id, m.table_id, m.locked
        record = f"{who(board, pair)} from {cell_record(where)}"
        audit(s, "meeting.unschedule", "meeting", m.id, record, actor)
        s.delete(m)
        summary = msg("edit.unscheduled", who=who(board, pair), where=where)
    undo = None
    if request_id is not None and table_id is not None:
        undo = partial(
            _replace,
            request_id=request_id,
            slot_id=slot_id,
            table_id=table_id,
            locked=locked,
            actor=actor,
        )
    return Change(summary, (meeting_id,), undo, True)


def _replace(
    db: EventDB, *, request_id: int, slot_id: int, table_id: int, locked: bool, actor: str
) -> Change:
    change = add_meeting(db, request_id=request_id, slot_id=slot_id, table_id=table_id, actor=actor)
    if not locked:
        with write(db) as s:
            get_meeting(s, change.meeting_ids[0]).locked = False
    return change


def delete_meeting(db: EventDB, meeting_id: int, *, actor: str = "") -> Change:
    """Delete a meeting that was added by hand for two people without a request, together with
    that hand-made request. Only while it has not taken place (scheduled or cancelled)."""
    with write(db) as s:
        m = get_meeting(s, meeting_id)
        if m.status in ("held", "no_show"):
            raise EditRefused(msg("edit.took_place"))
        by_hand = m.request_id is None or s.scalar(
            select(AuditLog.id)
            .where(AuditLog.action == BY_HAND, AuditLog.entity_id == m.request_id)
            .limit(1)
        )
        if not by_hand:
            raise EditRefused(msg("edit.delete_requested"))
        board = load_state(s, people=(m.participant_a_id, m.participant_b_id), slots=())
        pair = Pair(m.participant_a_id, m.participant_b_id)
        request_id = m.request_id
        audit(s, "meeting.delete", "meeting", m.id, who(board, pair), actor)
        s.delete(m)
        s.flush()
        if request_id is not None:
            s.execute(delete(MeetingRequest).where(MeetingRequest.id == request_id))
        summary = msg("edit.deleted", who=who(board, pair))
        a, b = pair.a, pair.b
    return Change(
        summary, (meeting_id,), partial(_readd, requester_id=a, target_id=b, actor=actor), True
    )


def _readd(db: EventDB, *, requester_id: int, target_id: int, actor: str) -> Change:
    return add_meeting(db, requester_id=requester_id, target_id=target_id, actor=actor)


def unschedule_all(db: EventDB, *, actor: str = "") -> Change:
    """Take every unlocked scheduled meeting off the grid (their requests wait to be placed)."""
    with write(db) as s:
        ids = list(
            s.scalars(
                select(Meeting.id).where(Meeting.status == "scheduled", Meeting.locked.is_(False))
            )
        )
        if ids:
            s.execute(delete(Meeting).where(Meeting.id.in_(ids)))
            audit(s, "meetings.unschedule_all", "meeting", None, f"{len(ids)} meetings", actor)
    return Change(msg("edit.unscheduled_all", n=len(ids)), tuple(ids), None, True)


def meeting_history(db: EventDB, meeting_id: int) -> list[HistoryRow]:
    """What happened to a meeting on site, oldest first (from the audit log)."""
    with db.read() as s:
        rows = s.execute(
            select(AuditLog.at, AuditLog.action, AuditLog.details, AuditLog.actor)
            .where(AuditLog.entity == "meeting", AuditLog.entity_id == meeting_id)
            .order_by(AuditLog.at, AuditLog.id)
        )
        return [HistoryRow(r.at, r.action, r.details, r.actor) for r in rows]
