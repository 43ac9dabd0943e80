"""B2B meetings: build the scheduling problem from the event, run the scheduler, write the plan
back in one transaction, and list the meetings (CLI `schedule` / `meetings`, the GUI)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select

from clusterdesk.scheduling.problem import CancelFn, Progress, ProgressFn
from clusterdesk.scheduling.validate import count_breaks
from clusterdesk.services.meetings_problem import Loaded, load_problem
from clusterdesk.services.participants import audit
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Meeting, MeetingTable, Participant, Slot

ACTIVE_MEETING = ("scheduled", "held", "no_show")


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
class UnscheduledRow:
    request_id: int
    requester_email: str
    target_email: str
    reason: str


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
    actor: str = "",
) -> MeetingPlan:
    """Place accepted requests. Locked meetings never move; with ``keep_existing`` nothing already
    scheduled moves either, otherwise unlocked scheduled meetings are planned anew."""
    from clusterdesk.scheduling.solver import solve

    loaded = load_problem(db, keep_existing=keep_existing)
    result = solve(
        loaded.problem, time_limit=time_limit, seed=seed, progress=progress, cancel=cancel
    )
    kept = {(a.request_id, a.slot, a.table) for a in loaded.problem.kept()}
    with db.write() as s:
        if not keep_existing:
            s.execute(
                delete(Meeting).where(
                    Meeting.locked.is_(False),
                    Meeting.status == "scheduled",
                    Meeting.id.not_in(loaded.kept_meeting_ids),
                )  # fmt: skip
            )
        for a in result.assignments:
            if (a.request_id, a.slot, a.table) in kept:
                continue
            req = loaded.requests[a.request_id]
            s.add(
                Meeting(
                    request_id=req.id,
                    participant_a_id=req.requester_id,
                    participant_b_id=req.target_id,
                    slot_id=loaded.slot_ids[a.slot],
                    table_id=loaded.table_ids[a.table],
                    status="scheduled",
                )  # fmt: skip
            )
        audit(s, "meetings.schedule", "meeting", None,
              f"placed {result.scheduled}, unscheduled {len(result.unscheduled)}", actor)  # fmt: skip
    plan = meeting_plan(db, extra_unscheduled=loaded.reasons_for(result.unscheduled))
    return MeetingPlan(
        plan.meetings,
        plan.unscheduled,
        plan.breaks,
        result.stats.seconds,
        result.optimal,
        {"phases": result.stats.phases},
    )


def meeting_plan(db: EventDB, extra_unscheduled: list[UnscheduledRow] | None = None) -> MeetingPlan:
    """The current plan: every active meeting, the accepted requests without one, total breaks."""
    loaded: Loaded = load_problem(db, keep_existing=True)
    rows = list_meetings(db)
    unscheduled = extra_unscheduled
    if unscheduled is None:
        unscheduled = loaded.reasons_for(())
    active = [m for m in rows if m.status in ACTIVE_MEETING]
    breaks = count_breaks(loaded.problem, list(loaded.problem.kept()))
    return MeetingPlan(active, unscheduled, breaks)


def list_meetings(db: EventDB) -> list[MeetingRow]:
    from sqlalchemy.orm import aliased

    pa, pb = aliased(Participant), aliased(Participant)
    from clusterdesk.store.models import B2BSession

    q = (
        select(
            Meeting.id,
            Meeting.request_id,
            pa.email,
            pb.email,
            pa.first_name,
            pa.last_name,
            pb.first_name,
            pb.last_name,
            Slot.id,
            Slot.starts_at,
            Slot.ends_at,
            MeetingTable.label,
            B2BSession.name,
            Meeting.status,
            Meeting.locked,
        )  # fmt: skip
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
                r[0],
                r[1],
                (r[2], r[3]),
                (f"{r[4]} {r[5]}".strip(), f"{r[6]} {r[7]}".strip()),
                r[8],
                r[9],
                r[10],
                r[11] or "",
                r[12],
                r[13],
                r[14],
            )  # fmt: skip
            for r in s.execute(q)
        ]


ProgressCallback = Callable[[Progress], None]
