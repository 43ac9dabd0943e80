"""One participant's part of the meeting plan (`clusterdesk meetings --participant EMAIL`): their
meetings of every status and their accepted requests without a meeting, with the reason; the
same rows and reasons as the whole plan, read for one person only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from clusterdesk.scheduling.problem import REASON_UNKNOWN_PARTICIPANT
from clusterdesk.services.arrivals import participant_by_email
from clusterdesk.services.meeting_rules import Pair, load_state
from clusterdesk.services.meetings import MeetingPlan, MeetingRow
from clusterdesk.services.meetings_problem import UnscheduledRow
from clusterdesk.services.plan_snapshot import (
    REASON_CANCELLED_ON_SITE,
    REASON_REGISTRATION_CANCELLED,
)
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    REGISTRATION_ACTIVE,
    B2BSession,
    Meeting,
    MeetingRequest,
    MeetingTable,
    Participant,
    Slot,
)


def participant_plan(db: EventDB, email: str) -> MeetingPlan:
    """The person's meetings (time order) and waiting requests; ``breaks`` counts their own."""
    pid = participant_by_email(db, email)
    pa, pb = aliased(Participant), aliased(Participant)
    mine = or_(Meeting.participant_a_id == pid, Meeting.participant_b_id == pid)
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
        )
        .join(pa, Meeting.participant_a_id == pa.id)
        .join(pb, Meeting.participant_b_id == pb.id)
        .join(Slot, Meeting.slot_id == Slot.id)
        .join(B2BSession, Slot.session_id == B2BSession.id)
        .outerjoin(MeetingTable, Meeting.table_id == MeetingTable.id)
        .where(mine)
        .order_by(Slot.starts_at, Meeting.id)
    )
    with db.read() as s:
        rows = [
            MeetingRow(
                id=r[0],
                request_id=r[1],
                participants=(r[2], r[3]),
                names=(f"{r[4]} {r[5]}".strip(), f"{r[6]} {r[7]}".strip()),
                slot_id=r[8],
                starts_at=r[9],
                ends_at=r[10],
                table=r[11] or "",
                session=r[12],
                status=r[13],
                locked=r[14],
            )
            for r in s.execute(q)
        ]
        by_request = {m.request_id: m.status for m in rows if m.request_id is not None}
        requests = list(
            s.execute(
                select(
                    MeetingRequest.id,
                    MeetingRequest.requester_id,
                    MeetingRequest.target_id,
                    MeetingRequest.session_id,
                ).where(
                    MeetingRequest.status == "accepted",
                    or_(MeetingRequest.requester_id == pid, MeetingRequest.target_id == pid),
                )
            )
        )
        others = {r.requester_id for r in requests} | {r.target_id for r in requests}
        people = {
            p.id: (p.email, p.status)
            for p in s.execute(
                select(Participant.id, Participant.email, Participant.status).where(
                    Participant.id.in_(sorted(others))
                )
            )
        }
        board = load_state(s, people=sorted(others | {pid}), slots=())
        order = list(s.execute(select(Slot.id, Slot.starts_at).order_by(Slot.starts_at, Slot.id)))
    waiting: list[UnscheduledRow] = []
    for r in requests:
        status = by_request.get(r.id)
        if status in ACTIVE_MEETING_STATUSES:
            continue
        a, b = people.get(r.requester_id), people.get(r.target_id)
        if a is None or b is None:
            why = REASON_UNKNOWN_PARTICIPANT
        elif status == "cancelled":
            why = REASON_CANCELLED_ON_SITE
        elif a[1] != REGISTRATION_ACTIVE or b[1] != REGISTRATION_ACTIVE:
            why = REASON_REGISTRATION_CANCELLED
        else:
            why = board.unplaced_reason(Pair(r.requester_id, r.target_id, r.session_id))
        waiting.append(UnscheduledRow(r.id, a[0] if a else "", b[0] if b else "", why))
    return MeetingPlan(rows, waiting, _breaks(rows, order))


def _breaks(rows: list[MeetingRow], order: list[Any]) -> int:
    """Runs of idle slots between two of the person's meetings on one day (as the scheduler
    counts them: by slot position, a pause between slots is no break)."""
    position = {r.id: i for i, r in enumerate(order)}
    taken = sorted({position[m.slot_id] for m in rows if m.status in ACTIVE_MEETING_STATUSES})
    day = [r.starts_at.date() for r in order]
    return sum(1 for x, y in zip(taken, taken[1:], strict=False) if y - x > 1 and day[x] == day[y])
