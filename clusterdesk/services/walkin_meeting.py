"""A meeting arranged on site for two people (a walk-in, or two participants who met in the
corridor): the rounds not yet begun where both are free and a table is, the first of them by
default; booked through :func:`clusterdesk.services.meeting_manual.add_meeting` (checked against
every rule in its transaction, locked, undoable)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from clusterdesk.core.messages import msg
from clusterdesk.services.arrivals import Contact, UnknownParticipant, _contacts
from clusterdesk.services.meeting_edits import Change, EditRefused
from clusterdesk.services.meeting_manual import add_meeting
from clusterdesk.services.meeting_rules import Pair, load_state
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    REGISTRATION_ACTIVE,
    Meeting,
    MeetingRequest,
    Participant,
)
from clusterdesk.store.types import utcnow

NO_ROOM = "no_room"  # no round to come where both are free and a table is
ALREADY = "already_meet"


@dataclass(frozen=True)
class Option:
    """A round the two can meet in: its first free table and how many tables are free."""

    slot_id: int
    table_id: int
    starts_at: datetime
    ends_at: datetime
    session: str
    table: str
    free_tables: int


@dataclass(frozen=True)
class Options:
    a: Contact
    b: Contact
    options: tuple[Option, ...]  # time order; the first is the first common free round
    reason: str  # none found: why, in the rules' words ("" when there are options)
    existing: int | None  # the id of an active meeting the two have already


@dataclass(frozen=True)
class Slip:
    meeting_id: int
    a: Contact
    b: Contact
    starts_at: datetime
    ends_at: datetime
    table: str
    session: str


@dataclass(frozen=True)
class WalkinChange(Change):
    slip: Slip | None = None


def find_people(db: EventDB, text: str, limit: int = 15) -> list[Contact]:
    """Active participants matching ``text`` (the app's one search), best first."""
    from clusterdesk.services.search import shared_search

    if not text.strip():
        return []
    search = shared_search(db)
    search.refresh(db)
    ids = search.ranked(text, limit * 2)
    with db.read() as s:
        active = set(
            s.scalars(
                select(Participant.id).where(
                    Participant.id.in_(ids), Participant.status == REGISTRATION_ACTIVE
                )
            )
        )
        found = _contacts(s, [i for i in ids if i in active])
    return [found[i] for i in ids if i in found][:limit]


def walkin_options(db: EventDB, a: int, b: int, *, now: datetime | None = None) -> Options:
    """Where the two could meet from now on (rounds not begun), one option per round."""
    now = now or utcnow()
    if a == b:
        raise EditRefused(msg("walkin.same_person"))
    with db.read() as s:
        people = _contacts(s, [a, b])
        for pid in (a, b):
            if pid not in people:
                raise UnknownParticipant(msg("participant.unknown", id=pid))
            if s.get(Participant, pid).status != REGISTRATION_ACTIVE:  # type: ignore[union-attr]
                raise EditRefused(msg("edit.registration_cancelled", name=people[pid].name))
        existing = s.scalar(
            select(Meeting.id).where(
                Meeting.participant_a_id.in_((a, b)),
                Meeting.participant_b_id.in_((a, b)),
                Meeting.status.in_(ACTIVE_MEETING_STATUSES),
            )
        )
        session_id = s.scalar(
            select(MeetingRequest.session_id).where(
                MeetingRequest.requester_id.in_((a, b)), MeetingRequest.target_id.in_((a, b))
            )
        )
        board = load_state(s)
    pair = Pair(a, b, session_id)
    feasible = board.feasibility(pair)
    found: list[Option] = []
    for slot in board.slots:
        if slot.starts_at <= now or slot.id in feasible.slots:
            continue
        free = [
            t
            for t in feasible.table_order
            if (slot.id, t) not in board.cells and feasible.reason(slot.id, t) is None
        ]
        if free:
            found.append(
                Option(
                    slot.id,
                    free[0],
                    slot.starts_at,
                    slot.ends_at,
                    slot.session,
                    board.label[free[0]],
                    len(free),
                )
            )
    reason = "" if found else (board.unplaced_reason(pair) if board.slots else NO_ROOM)
    return Options(people[a], people[b], tuple(found), reason, existing)


def book_walkin(
    db: EventDB,
    a: int,
    b: int,
    *,
    slot_id: int | None = None,
    table_id: int | None = None,
    now: datetime | None = None,
    actor: str = "",
) -> WalkinChange:
    """Book the two into the chosen round and table (default: the first option); the meeting is
    locked and its undo removes it (a meeting request is made when they had none)."""
    found = walkin_options(db, a, b, now=now)
    if found.existing is not None:
        raise EditRefused(msg("walkin.already_meet", a=found.a.name, b=found.b.name))
    chosen = next(
        (o for o in found.options if slot_id is None or o.slot_id == slot_id),
        None,
    )
    if chosen is None:
        who = f"{found.a.name} — {found.b.name}"
        raise EditRefused(
            msg("walkin.no_table_why", who=who, why=msg(found.reason))
            if found.reason
            else msg("walkin.no_table", who=who)
        )
    table = table_id if table_id is not None else chosen.table_id
    change = add_meeting(
        db, requester_id=a, target_id=b, slot_id=chosen.slot_id, table_id=table, actor=actor
    )
    with db.read() as s:
        label = load_state(s, people=(a, b), slots=(chosen.slot_id,)).label.get(table, "")
    slip = Slip(
        change.meeting_ids[0],
        found.a,
        found.b,
        chosen.starts_at,
        chosen.ends_at,
        label,
        chosen.session,
    )
    return WalkinChange(
        change.summary, change.meeting_ids, change.undo, change.requests_changed, slip
    )
