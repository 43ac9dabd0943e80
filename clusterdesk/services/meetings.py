"""B2B meetings: build the scheduling problem from the event, run the scheduler, write the plan
back in one transaction, and list the meetings (CLI `schedule` / `meetings`, the GUI)."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clusterdesk.core.messages import CodedError, msg
from clusterdesk.scheduling.problem import CancelFn, Progress, ProgressFn
from clusterdesk.services.meeting_rules import Pair
from clusterdesk.services.meetings_problem import Loaded, UnscheduledRow, load_problem
from clusterdesk.services.participants import audit
from clusterdesk.services.plan_snapshot import (
    RequestSplit,
    Snapshot,
    count_plan_breaks,
    read_snapshot,
    split_requests,
)
from clusterdesk.services.waiting_reasons import waiting_reasons
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    Meeting,
)
from clusterdesk.store.types import utcnow


class MeetingRow(NamedTuple):
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
class BreakRow:
    """One participant's breaks in a plan; ``unavoidable`` of them no plan could avoid with the
    meetings they have, for the ``reasons`` (see clusterdesk.scheduling.explain)."""

    email: str
    name: str
    meetings: int
    breaks: int
    unavoidable: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MeetingPlan:
    """The plan; from a scheduler run also: ``optimal`` (proven best), ``lower_bound`` (fewest
    breaks possible as far as proven, None if unknown), the ``time_limit`` used, the
    ``fairness`` limit asked and whether the plan is ``fair``, and the per-participant
    ``participants`` breaks."""

    meetings: list[MeetingRow]
    unscheduled: list[UnscheduledRow]
    breaks: int
    seconds: float = 0.0
    optimal: bool | None = None
    stats: dict[str, object] = field(default_factory=dict)
    lower_bound: int | None = None
    time_limit: float | None = None
    fairness: int | None = None
    fair: bool | None = None
    participants: list[BreakRow] = field(default_factory=list)

    @property
    def scheduled(self) -> int:
        return len(self.meetings)

    @property
    def spread(self) -> tuple[int, int]:
        """Fewest and most breaks of one participant (among those with meetings)."""
        counts = [p.breaks for p in self.participants]
        return (min(counts), max(counts)) if counts else (0, 0)


WRITE_RESERVE = 0.8
"""Seconds kept from a run's time limit for writing the plan and ending the process (plus
``WRITE_PER_REQUEST``; measured: 0.3–0.6 s to write, print and exit at forum size)."""
WRITE_PER_REQUEST = 100e-6
WRITE_PER_LOAD = 2.5


def schedule_meetings(
    db: EventDB,
    *,
    keep_existing: bool = False,
    time_limit: float | None = None,
    seed: int = 0,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    only: set[int] | None = None,
    actor: str = "",
    fairness: int | None = None,
    started: float | None = None,
) -> MeetingPlan:
    """Place accepted requests. Locked meetings never move; with ``keep_existing`` nothing already
    scheduled moves either, otherwise unlocked scheduled meetings are planned anew. ``only``
    places just these requests (and implies keep_existing). A cancel returns the best valid plan
    found so far, written like a finished one.

    ``time_limit``: seconds for the whole run, from ``started`` (a ``time.monotonic()`` value;
    default: now) to the plan written; None picks one by the size of the event
    (``auto_time_limit``). ``fairness``: no two participants' break counts may differ by more
    than this (None: no limit)."""
    from clusterdesk.scheduling.explain import participant_breaks
    from clusterdesk.scheduling.solver import auto_time_limit, solve

    started = time.monotonic() if started is None else started
    if time_limit is not None and time_limit <= 0:
        raise CodedError(msg("schedule.bad_time_limit"))
    if fairness is not None and fairness < 0:
        raise CodedError(msg("schedule.bad_fairness"))
    keep_existing = keep_existing or only is not None
    t_load = time.monotonic()
    loaded = load_problem(db, keep_existing=keep_existing, only=only)
    t_load = time.monotonic() - t_load
    if not loaded.problem.slots:
        raise CodedError(msg("schedule.no_slots"))
    if not loaded.problem.tables:
        raise CodedError(msg("schedule.no_tables"))
    limit = auto_time_limit(loaded.problem) if time_limit is None else time_limit
    # writing and reporting the plan take about as long as loading the event did, on a busy
    # machine too (measured at 50,000 requests: load 1.8-4 s, after the solver 4-10 s)
    n_requests = len(loaded.problem.requests)
    reserve = max(WRITE_RESERVE + WRITE_PER_REQUEST * n_requests, WRITE_PER_LOAD * t_load)
    solver_limit = max(0.5, limit - (time.monotonic() - started) - reserve)

    def whole_run(p: Progress) -> None:  # the caller sees the run's time, not the solver's
        if progress is not None:
            progress(replace(p, elapsed=time.monotonic() - started, limit=limit))

    result = solve(
        loaded.problem,
        time_limit=solver_limit,
        seed=seed,
        progress=whole_run,
        cancel=cancel,
        fairness=fairness,
    )
    kept = {(a.request_id, a.slot, a.table) for a in loaded.problem.kept()}
    placed = [a for a in result.assignments if (a.request_id, a.slot, a.table) not in kept]
    now = utcnow()
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
            values: list[dict[str, object]] = []
            for a in placed:
                req = loaded.requests[a.request_id]
                values.append(
                    {
                        "request_id": req.id,
                        "participant_a_id": req.requester_id,
                        "participant_b_id": req.target_id,
                        "slot_id": loaded.slot_ids[a.slot],
                        "table_id": loaded.table_ids[a.table],
                        "status": "scheduled",
                        "locked": False,
                        "created_at": now,
                    }
                )
            if values:  # one executemany (the ORM's unit of work takes ~0.3 ms a row)
                s.execute(insert(Meeting), values)
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
    # the plan as written, from what is known (reloading the event takes seconds at 50,000
    # requests): every active meeting, and every open request with its reason
    reasons = loaded.reasons_for(result.unscheduled)
    if only is None:
        meetings = meeting_rows(read_snapshot(db, requests=False), ACTIVE_MEETING_STATUSES)
        unscheduled, breaks = reasons, result.breaks
    else:  # the requests that were not selected wait: report them too
        full = meeting_plan(db, reasons={u.request_id: u for u in reasons})
        meetings, unscheduled, breaks = full.meetings, full.unscheduled, full.breaks
    rows = [
        BreakRow(*loaded.people[b.participant], b.meetings, b.breaks, b.unavoidable, b.reasons)
        for b in participant_breaks(loaded.problem, result)
    ]
    return MeetingPlan(
        meetings,
        unscheduled,
        breaks,
        round(time.monotonic() - started, 3),
        result.optimal,
        {
            "phases": result.stats.phases,
            "placed": len(placed),
            "solver_seconds": result.stats.seconds,
            "notes": result.stats.notes,
        },
        lower_bound=result.lower_bound,
        time_limit=limit,
        fairness=fairness,
        fair=result.fair,
        participants=rows,
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
    return plan_of(read_snapshot(db), reasons)


def plan_of(snap: Snapshot, reasons: dict[int, UnscheduledRow] | None = None) -> MeetingPlan:
    """:func:`meeting_plan` on a snapshot already read."""
    active = meeting_rows(snap, ACTIVE_MEETING_STATUSES)
    split = split_requests(snap.requests, snap.meetings, snap.people, keep_existing=True)
    days = [(s.id, s.starts_at.astimezone(snap.tz).date()) for s in snap.slots]
    breaks = count_plan_breaks(days, snap.meetings)
    return MeetingPlan(active, unscheduled_of(snap, split, reasons), breaks)


def unscheduled_rows(
    db: EventDB, loaded: Loaded | None = None, reasons: dict[int, UnscheduledRow] | None = None
) -> list[UnscheduledRow]:
    """Every accepted request without an active meeting, with its reason (read anew; ``loaded``
    is not needed any more)."""
    return meeting_plan(db, reasons).unscheduled


def unscheduled_of(
    snap: Snapshot, split: RequestSplit, reasons: dict[int, UnscheduledRow] | None = None
) -> list[UnscheduledRow]:
    """The requests left out (``split.skipped``) and the open ones, each with its reason: from
    ``reasons`` (a scheduler run's) or worked out from the board (``split`` with every active
    meeting kept)."""
    email = {p.id: p.email for p in snap.people}
    unscheduled = [
        UnscheduledRow(r.id, email[r.requester_id], email[r.target_id], why)
        for r, why in split.skipped
    ]
    if not split.open:
        return unscheduled
    reasons = reasons or {}
    ask = [r for r in split.open if r.id not in reasons]
    pairs = [Pair(r.requester_id, r.target_id, r.session_id) for r in ask]
    why = dict(zip((r.id for r in ask), waiting_reasons(snap, pairs) if ask else [], strict=True))
    for r in split.open:
        found = reasons.get(r.id)
        if found is None:
            found = UnscheduledRow(r.id, email[r.requester_id], email[r.target_id], why[r.id])
        unscheduled.append(found)
    return unscheduled


def list_meetings(db: EventDB) -> list[MeetingRow]:
    """Every meeting (cancelled ones too), by slot time, table and id."""
    return meeting_rows(read_snapshot(db, requests=False))


def meeting_rows(snap: Snapshot, statuses: Collection[str] | None = None) -> list[MeetingRow]:
    """The snapshot's meetings (``statuses``: only those) as rows with names and times; what
    is the same for many meetings (a slot's times and session, a person's e-mail and name) is
    looked up once."""
    slot = {s.id: (s.starts_at, s.ends_at, s.session) for s in snap.slots}
    table = {t.id: t.label for t in snap.tables}
    person = {p.id: (p.email, f"{p.first_name} {p.last_name}".strip()) for p in snap.people}
    rows = []
    for mid, request_id, slot_id, table_id, a, b, status, locked, _, _ in snap.meetings:
        if statuses is not None and status not in statuses:
            continue
        starts, ends, session = slot[slot_id]
        (email_a, name_a), (email_b, name_b) = person[a], person[b]
        rows.append(
            MeetingRow(
                mid,
                request_id,
                (email_a, email_b),
                (name_a, name_b),
                slot_id,
                starts,
                ends,
                table.get(table_id, "") if table_id is not None else "",
                session,
                status,
                locked,
            )
        )
    return rows


ProgressCallback = Callable[[Progress], None]
