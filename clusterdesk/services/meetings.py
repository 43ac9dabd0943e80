"""B2B meetings: build the scheduling problem from the event, run the scheduler, write the plan
back in one transaction, and list the meetings (CLI `schedule` / `meetings`, the GUI)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from clusterdesk.core.messages import CodedError, msg
from clusterdesk.scheduling.problem import CancelFn, Progress, ProgressFn
from clusterdesk.scheduling.validate import count_breaks
from clusterdesk.services.meeting_rules import Pair, load_state
from clusterdesk.services.meetings_problem import Loaded, UnscheduledRow, load_problem
from clusterdesk.services.participants import audit
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    B2BSession,
    Meeting,
    MeetingTable,
    Participant,
    Slot,
)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    request_id: int | None
    participants: tuple[str, str]  # e-mails
    names: tuple[str, str]
    slot_id: int
    starts_at: datetime
    ends_at: datetime
    table: str
    session: str
    status: str
    locked: bool


@dataclass(frozen=True)
class MeetingPlan:
    meetings: list[MeetingRow]
    unscheduled: list[UnscheduledRow]
    breaks: int
    seconds: float = 0.0
    optimal: bool | None = None
    stats: dict[str, object] = field(default_factory=dict)

    @property
    def scheduled(self) -> int:
        return len(self.meetings)


def schedule_meetings(
    db: EventDB,
    *,
    keep_existing: bool = False,
    time_limit: float = 10.0,
    seed: int = 0,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    only: set[int] | None = None,
    actor: str = "",
) -> MeetingPlan:
    """Place accepted requests. Locked meetings never move; with ``keep_existing`` nothing already
    scheduled moves either, otherwise unlocked scheduled meetings are planned anew. ``only``
    places just these requests (and implies keep_existing). A cancel returns the best valid plan
    found so far, written like a finished one."""
    from clusterdesk.scheduling.solver import solve

    if time_limit <= 0:
        raise CodedError(msg("schedule.bad_time_limit"))
    keep_existing = keep_existing or only is not None
    loaded = load_problem(db, keep_existing=keep_existing, only=only)
    if not loaded.problem.slots:
        raise CodedError(msg("schedule.no_slots"))
    if not loaded.problem.tables:
        raise CodedError(msg("schedule.no_tables"))
    result = solve(
        loaded.problem, time_limit=time_limit, seed=seed, progress=progress, cancel=cancel
    )
    kept = {(a.request_id, a.slot, a.table) for a in loaded.problem.kept()}
    placed = [a for a in result.assignments if (a.request_id, a.slot, a.table) not in kept]
    try:
        with db.write() as s:
            if not keep_existing:
                s.execute(
                    delete(Meeting).where(
                        Meeting.locked.is_(False),
                        Meeting.status == "scheduled",
                        Meeting.id.not_in(loaded.kept_meeting_ids),
                    )
                )
            cells = {(loaded.slot_ids[a.slot], loaded.table_ids[a.table]) for a in placed}
            _vacate_cancelled(s, cells)
            for a in placed:
                req = loaded.requests[a.request_id]
                s.add(
                    Meeting(
                        request_id=req.id,
                        participant_a_id=req.requester_id,
                        participant_b_id=req.target_id,
                        slot_id=loaded.slot_ids[a.slot],
                        table_id=loaded.table_ids[a.table],
                        status="scheduled",
                    )
                )
            audit(
                s,
                "meetings.schedule",
                "meeting",
                None,
                f"placed {len(placed)}, unscheduled {len(result.unscheduled)}",
                actor,
            )
    except IntegrityError as exc:
        raise CodedError(msg("schedule.collision")) from exc
    plan = meeting_plan(
        db, reasons={u.request_id: u for u in loaded.reasons_for(result.unscheduled)}
    )
    return MeetingPlan(
        plan.meetings,
        plan.unscheduled,
        plan.breaks,
        result.stats.seconds,
        result.optimal,
        {"phases": result.stats.phases, "placed": len(placed)},
    )


def schedule_selected(db: EventDB, request_ids: set[int], **options: Any) -> MeetingPlan:
    """Place only the selected requests; nothing already scheduled moves."""
    return schedule_meetings(db, only=set(request_ids), **options)


def _vacate_cancelled(s: Session, cells: set[tuple[int, int]]) -> None:
    """Cancelled meetings give their cells up to the new ones."""
    rows = s.execute(
        select(Meeting.id, Meeting.slot_id, Meeting.table_id).where(
            Meeting.status == "cancelled", Meeting.table_id.is_not(None)
        )
    )
    ids = [r.id for r in rows if (r.slot_id, r.table_id) in cells]
    if ids:
        s.execute(update(Meeting).where(Meeting.id.in_(ids)).values(table_id=None))
        s.flush()


def meeting_plan(db: EventDB, reasons: dict[int, UnscheduledRow] | None = None) -> MeetingPlan:
    """The current plan: every active meeting, every accepted request without one (with the
    reason: ``reasons`` from a scheduler run, else worked out from the grid), total breaks."""
    loaded: Loaded = load_problem(db, keep_existing=True)
    rows = list_meetings(db)
    active = [m for m in rows if m.status in ACTIVE_MEETING_STATUSES]
    breaks = count_breaks(loaded.problem, list(loaded.problem.kept()))
    return MeetingPlan(active, unscheduled_rows(db, loaded, reasons), breaks)


def unscheduled_rows(
    db: EventDB, loaded: Loaded, reasons: dict[int, UnscheduledRow] | None = None
) -> list[UnscheduledRow]:
    """Every accepted request without an active meeting, with its reason (``loaded`` from
    ``load_problem(keep_existing=True)``)."""
    kept = {a.request_id for a in loaded.problem.kept()}
    reasons = reasons or {}
    unscheduled: list[UnscheduledRow] = loaded.reasons_for(())
    open_requests = [r for r in loaded.problem.requests if r.id not in kept]
    if not open_requests:
        return unscheduled
    with db.read() as s:
        board = load_state(s)
    for r in open_requests:
        found = reasons.get(r.id)
        if found is None:
            ref = loaded.requests[r.id]
            only = next(iter(r.allowed_sessions)) if r.allowed_sessions else None
            why = board.unplaced_reason(Pair(ref.requester_id, ref.target_id, only))
            found = UnscheduledRow(ref.id, ref.requester_email, ref.target_email, why)
        unscheduled.append(found)
    return unscheduled


def list_meetings(db: EventDB) -> list[MeetingRow]:
    pa, pb = aliased(Participant), aliased(Participant)

    q = (
        select(
            Meeting.id,
            Meeting.request_id,
            pa.email.label("email_a"),
            pb.email.label("email_b"),
            pa.first_name.label("first_a"),
            pa.last_name.label("last_a"),
            pb.first_name.label("first_b"),
            pb.last_name.label("last_b"),
            Slot.id.label("slot_id"),
            Slot.starts_at,
            Slot.ends_at,
            MeetingTable.label.label("table"),
            B2BSession.name.label("session"),
            Meeting.status,
            Meeting.locked,
        )
        .join(pa, Meeting.participant_a_id == pa.id)
        .join(pb, Meeting.participant_b_id == pb.id)
        .join(Slot, Meeting.slot_id == Slot.id)
        .join(B2BSession, Slot.session_id == B2BSession.id)
        .outerjoin(MeetingTable, Meeting.table_id == MeetingTable.id)
        .order_by(Slot.starts_at, MeetingTable.position, Meeting.id)
    )
    with db.read() as s:
        return [
            MeetingRow(
                id=r.id,
                request_id=r.request_id,
                participants=(r.email_a, r.email_b),
                names=(f"{r.first_a} {r.last_a}".strip(), f"{r.first_b} {r.last_b}".strip()),
                slot_id=r.slot_id,
                starts_at=r.starts_at,
                ends_at=r.ends_at,
                table=r.table or "",
                session=r.session,
                status=r.status,
                locked=r.locked,
            )
            for r in s.execute(q)
        ]


ProgressCallback = Callable[[Progress], None]
