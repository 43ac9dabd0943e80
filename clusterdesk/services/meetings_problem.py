"""Load the scheduling problem from the event database (the adapter between store and
scheduling): participants, slots and tables become dense ints; meetings to keep become locked or
existing assignments; requests that cannot take part get their reason here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from clusterdesk.scheduling.problem import Assignment, Problem, Request, SlotInfo, Unscheduled
from clusterdesk.services.plan_snapshot import (
    REASON_CANCELLED_ON_SITE as REASON_CANCELLED_ON_SITE,  # ui.words names them from here
)
from clusterdesk.services.plan_snapshot import (
    REASON_REGISTRATION_CANCELLED as REASON_REGISTRATION_CANCELLED,
)
from clusterdesk.services.plan_snapshot import (
    Snapshot,
    read_snapshot,
    split_requests,
)
from clusterdesk.store.engine import EventDB


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
    return problem_of(read_snapshot(db), keep_existing=keep_existing, only=only)


def problem_of(snap: Snapshot, *, keep_existing: bool, only: set[int] | None = None) -> Loaded:
    """:func:`load_problem` on a snapshot already read."""
    tz = snap.tz
    slots = snap.slots
    days = sorted({r.starts_at.astimezone(tz).date() for r in slots})
    day_index = {d: i for i, d in enumerate(days)}
    slot_infos = tuple(
        SlotInfo(i, day_index[r.starts_at.astimezone(tz).date()], r.session_id)
        for i, r in enumerate(slots)
    )
    slot_index = {r.id: i for i, r in enumerate(slots)}
    tables = [t.id for t in snap.tables]
    people = snap.people
    index = {p.id: i for i, p in enumerate(people)}
    email = {p.id: p.email for p in people}
    unavailable: dict[int, list[tuple[datetime, datetime]]] = {}
    for u in snap.away:
        unavailable.setdefault(u.participant_id, []).append((u.starts_at, u.ends_at))
    spans = [(r.starts_at, r.ends_at) for r in slots]
    # the scheduler sees kept meetings in the order they were made
    split = split_requests(
        snap.requests,
        sorted(snap.meetings, key=lambda m: m.id),
        people,
        keep_existing=keep_existing,
        only=only,
    )

    refs: dict[int, RequestRef] = {}
    reqs: list[Request] = []
    locked: list[Assignment] = []
    existing: list[Assignment] = []
    kept_ids: list[int] = []
    for rid, m, as_locked in split.kept:
        refs[rid] = RequestRef(rid, m.a, m.b, email[m.a], email[m.b])
        reqs.append(Request(rid, index[m.a], index[m.b]))
        table = m.table_id if m.table_id is not None else -1
        (locked if as_locked else existing).append(Assignment(rid, slot_index[m.slot_id], table))
        kept_ids.append(m.id)
    for r in split.open:
        a, b = r.requester_id, r.target_id
        refs[r.id] = RequestRef(r.id, a, b, email[a], email[b])
        allowed = frozenset({r.session_id}) if r.session_id is not None else None
        reqs.append(Request(r.id, index[a], index[b], max(1, r.priority), allowed))
    skipped = [
        (
            RequestRef(
                r.id, r.requester_id, r.target_id, email[r.requester_id], email[r.target_id]
            ),
            why,
        )
        for r, why in split.skipped
    ]

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
