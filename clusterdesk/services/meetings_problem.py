"""Load the scheduling problem from the event database (the adapter between store and
scheduling): participants, slots and tables become dense ints; meetings to keep become locked or
existing assignments; requests that cannot take part get their reason here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from clusterdesk.scheduling.problem import Assignment, Problem, Request, SlotInfo, Unscheduled
from clusterdesk.services.events import event_info
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    REGISTRATION_ACTIVE,
    Meeting,
    MeetingRequest,
    MeetingTable,
    Participant,
    Slot,
    Unavailability,
)

KEPT_STATUSES = ACTIVE_MEETING_STATUSES
REASON_CANCELLED_ON_SITE = "meeting cancelled"
REASON_REGISTRATION_CANCELLED = "registration cancelled"


@dataclass(frozen=True)
class UnscheduledRow:
    request_id: int
    requester_email: str
    target_email: str
    reason: str


@dataclass(frozen=True)
class RequestRef:
    id: int
    requester_id: int
    target_id: int
    requester_email: str
    target_email: str


@dataclass
class Loaded:
    problem: Problem
    requests: dict[int, RequestRef]  # problem request id -> the database request
    slot_ids: list[int]  # problem slot index -> slot id
    table_ids: dict[int, int]  # problem table -> table id (the same ids)
    kept_meeting_ids: list[int]
    skipped: list[tuple[RequestRef, str]] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)  # index -> (e-mail, name)

    def reasons_for(self, unscheduled: Iterable[Unscheduled]) -> list[UnscheduledRow]:
        rows = [
            UnscheduledRow(ref.id, ref.requester_email, ref.target_email, reason)
            for ref, reason in self.skipped
        ]
        for u in unscheduled:
            ref = self.requests[u.request_id]
            rows.append(UnscheduledRow(ref.id, ref.requester_email, ref.target_email, u.reason))
        return rows


def _overlapping_slots(
    ranges: list[tuple[datetime, datetime]], slots: list[tuple[datetime, datetime]]
) -> frozenset[int]:
    return frozenset(i for i, (a, b) in enumerate(slots) if any(s < b and a < e for s, e in ranges))


def load_problem(db: EventDB, *, keep_existing: bool, only: set[int] | None = None) -> Loaded:
    """The problem of placing the accepted requests. Locked, held and no-show meetings (and any
    meeting without a request) are kept as locked; with ``keep_existing`` every scheduled meeting
    is kept. A request whose meeting was cancelled on site is not placed again (it is reported).
    ``only``: place only these requests (the others wait and are not reported)."""
    tz = event_info(db).tz
    with db.read() as s:
        slots = list(
            s.execute(
                select(Slot.id, Slot.session_id, Slot.starts_at, Slot.ends_at).order_by(
                    Slot.starts_at, Slot.id
                )
            )
        )
        days = sorted({r.starts_at.astimezone(tz).date() for r in slots})
        day_index = {d: i for i, d in enumerate(days)}
        slot_infos = tuple(
            SlotInfo(i, day_index[r.starts_at.astimezone(tz).date()], r.session_id)
            for i, r in enumerate(slots)
        )
        slot_index = {r.id: i for i, r in enumerate(slots)}
        tables = list(
            s.scalars(select(MeetingTable.id).order_by(MeetingTable.position, MeetingTable.id))
        )
        people = list(
            s.execute(
                select(
                    Participant.id,
                    Participant.email,
                    Participant.first_name,
                    Participant.last_name,
                    Participant.status,
                    Participant.fixed_table_id,
                    Participant.max_meetings_per_session,
                )
            )
        )
        index = {p.id: i for i, p in enumerate(people)}
        email = {p.id: p.email for p in people}
        active = {p.id for p in people if p.status == REGISTRATION_ACTIVE}
        unavailable: dict[int, list[tuple[datetime, datetime]]] = {}
        for u in s.execute(
            select(Unavailability.participant_id, Unavailability.starts_at, Unavailability.ends_at)
        ):
            unavailable.setdefault(u.participant_id, []).append((u.starts_at, u.ends_at))
        spans = [(r.starts_at, r.ends_at) for r in slots]
        requests = list(
            s.execute(
                select(
                    MeetingRequest.id,
                    MeetingRequest.requester_id,
                    MeetingRequest.target_id,
                    MeetingRequest.status,
                    MeetingRequest.priority,
                    MeetingRequest.session_id,
                ).order_by(MeetingRequest.id)
            )
        )
        meetings = list(
            s.execute(
                select(
                    Meeting.id,
                    Meeting.request_id,
                    Meeting.participant_a_id,
                    Meeting.participant_b_id,
                    Meeting.slot_id,
                    Meeting.table_id,
                    Meeting.status,
                    Meeting.locked,
                )
            )
        )

    refs: dict[int, RequestRef] = {}
    reqs: list[Request] = []
    skipped: list[tuple[RequestRef, str]] = []
    locked: list[Assignment] = []
    existing: list[Assignment] = []
    kept_ids: list[int] = []
    covered_pairs: set[frozenset[int]] = set()

    cancelled_requests = {m.request_id for m in meetings if m.status == "cancelled"}
    for m in meetings:
        if m.status not in KEPT_STATUSES:
            continue
        keep_as_locked = m.locked or m.status != "scheduled" or m.request_id is None
        if not keep_as_locked and not keep_existing:
            continue
        rid = m.request_id if m.request_id is not None else -m.id
        ref = RequestRef(
            rid,
            m.participant_a_id,
            m.participant_b_id,
            email[m.participant_a_id],
            email[m.participant_b_id],
        )
        refs[rid] = ref
        reqs.append(Request(rid, index[m.participant_a_id], index[m.participant_b_id]))
        table = m.table_id if m.table_id is not None else -1
        (locked if keep_as_locked else existing).append(
            Assignment(rid, slot_index[m.slot_id], table)
        )
        kept_ids.append(m.id)
        covered_pairs.add(frozenset((m.participant_a_id, m.participant_b_id)))

    for r in requests:
        if r.id in refs or r.status != "accepted":
            continue
        ref = RequestRef(
            r.id, r.requester_id, r.target_id, email[r.requester_id], email[r.target_id]
        )
        pair = frozenset((r.requester_id, r.target_id))
        if pair in covered_pairs:
            continue  # the two already meet (the other direction was requested too)
        if r.id in cancelled_requests:
            skipped.append((ref, REASON_CANCELLED_ON_SITE))
            covered_pairs.add(pair)
            continue
        if r.requester_id not in active or r.target_id not in active:
            skipped.append((ref, REASON_REGISTRATION_CANCELLED))
            continue
        if only is not None and r.id not in only:
            continue
        covered_pairs.add(pair)
        refs[r.id] = ref
        allowed = frozenset({r.session_id}) if r.session_id is not None else None
        reqs.append(
            Request(r.id, index[r.requester_id], index[r.target_id], max(1, r.priority), allowed)
        )

    problem = Problem(
        n_participants=len(people),
        slots=slot_infos,
        tables=tuple(tables),
        requests=tuple(reqs),
        unavailable={index[pid]: _overlapping_slots(rs, spans) for pid, rs in unavailable.items()},
        fixed_table={index[p.id]: p.fixed_table_id for p in people if p.fixed_table_id},
        cap_per_session={
            index[p.id]: p.max_meetings_per_session
            for p in people
            if p.max_meetings_per_session is not None
        },
        locked=tuple(locked),
        existing=tuple(existing),
    )
    return Loaded(
        problem,
        refs,
        [r.id for r in slots],
        {t: t for t in tables},
        kept_ids,
        skipped,
        [(p.email, f"{p.first_name} {p.last_name}".strip()) for p in people],
    )
