"""Arrivals meet the plan: who is not here yet, a person's meetings, a late arrival's next one.

Plain, detached data (times in UTC, aware); the front ends turn it into words. "Here" means
checked in (an attendance row, whenever it was made); a person checked out later still arrived. Only scheduled meetings count as upcoming (held, no-show and cancelled ones are done).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from clusterdesk.core.messages import CodedError, Msg, msg
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    REGISTRATION_ACTIVE,
    Attendance,
    Meeting,
    MeetingTable,
    Organization,
    Participant,
    Slot,
)
from clusterdesk.store.types import utcnow


class UnknownParticipant(CodedError):
    """No such participant (``msg`` says whom); ``code`` stays "unknown_participant"."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.code = "unknown_participant"


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    name: str
    organization: str
    email: str
    phone: str


@dataclass(frozen=True, slots=True)
class Upcoming:
    """One of a person's meetings, seen from that person."""

    meeting_id: int
    slot_id: int
    starts_at: datetime
    ends_at: datetime
    table: str  # "" when the meeting has no table
    status: str
    absent: str  # a no-show: "a", "b", "both", ""
    partner: Contact
    partner_here: bool
    me_side: str  # "a" or "b": which side of the meeting the person is


@dataclass(frozen=True, slots=True)
class Missing:
    """A person not checked in by the chosen time, with their meetings from then on."""

    person: Contact
    meetings: tuple[Upcoming, ...]

    @property
    def first_start(self) -> datetime:
        return self.meetings[0].starts_at


@dataclass(frozen=True, slots=True)
class NotHere:
    by: datetime  # the chosen time (UTC)
    next_round: bool  # the time is the start of the next round (the default)
    people: tuple[Missing, ...]  # sorted by how soon their first meeting starts


def next_round_start(db: EventDB, now: datetime | None = None) -> datetime | None:
    """The start of the first slot not yet begun (None: every round has begun)."""
    now = now or utcnow()
    with db.read() as s:
        found: datetime | None = s.scalar(
            select(func.min(Slot.starts_at)).where(Slot.starts_at >= now)
        )
    return found


def not_here(db: EventDB, *, by: datetime | None = None, now: datetime | None = None) -> NotHere:
    """Active participants not checked in (yet) who have scheduled meetings ending after ``by``
    (default: the start of the next round, or now when every round has begun)."""
    now = now or utcnow()
    chosen = by
    if chosen is None:
        chosen = next_round_start(db, now) or now
    with db.read() as s:
        here = set(s.scalars(select(Attendance.participant_id)))
        rows = _meetings(s, None, after=chosen, statuses=("scheduled",))
    mine: dict[int, list[Upcoming]] = {}
    people: dict[int, Contact] = {}
    for me, up, contact in rows:
        if me in here or contact is None:
            continue
        people[me] = contact
        mine.setdefault(me, []).append(_with_here(up, here))
    missing = [Missing(people[p], tuple(ms)) for p, ms in mine.items()]
    missing.sort(key=lambda m: (m.first_start, m.person.name.casefold(), m.person.id))
    return NotHere(chosen, by is None, tuple(missing))


def person_meetings(
    db: EventDB, participant_id: int, *, after: datetime | None = None
) -> tuple[Contact, tuple[Upcoming, ...]]:
    """A person and all their meetings (every status) in time order; with ``after`` only those
    ending after it."""
    with db.read() as s:
        contact = _contacts(s, [participant_id]).get(participant_id)
        if contact is None:
            raise UnknownParticipant(msg("participant.unknown", id=participant_id))
        here = set(s.scalars(select(Attendance.participant_id)))
        rows = _meetings(s, participant_id, after=after, statuses=None)
    return contact, tuple(_with_here(up, here) for me, up, _ in rows if me == participant_id)


def next_meeting(
    db: EventDB, participant_id: int, *, now: datetime | None = None
) -> Upcoming | None:
    """The person's next scheduled meeting that has not ended (the check-in banner's line)."""
    now = now or utcnow()
    with db.read() as s:
        here = set(s.scalars(select(Attendance.participant_id)))
        rows = _meetings(s, participant_id, after=now, statuses=("scheduled",), limit=2)
    for me, up, _ in rows:
        if me == participant_id:
            return _with_here(up, here)
    return None


def participant_by_email(db: EventDB, email: str) -> int:
    """The id of the participant with this e-mail (case ignored); a clear error otherwise."""
    wanted = email.strip().casefold()
    if not wanted:
        raise UnknownParticipant(msg("participant.say_email"))
    with db.read() as s:
        found = list(
            s.scalars(select(Participant.id).where(func.lower(Participant.email) == wanted))
        )
    if not found:
        raise UnknownParticipant(msg("participant.unknown_email", email=email))
    return found[0]


# --- queries --------------------------------------------------------------------------------


def _contacts(s: Session, ids: list[int] | None) -> dict[int, Contact]:
    q = select(
        Participant.id,
        Participant.first_name,
        Participant.last_name,
        Participant.email,
        Participant.phone,
        func.coalesce(Organization.name, ""),
    ).outerjoin(Organization, Participant.organization_id == Organization.id)
    if ids is not None:
        q = q.where(Participant.id.in_(ids))
    else:
        q = q.where(Participant.status == REGISTRATION_ACTIVE)
    return {r[0]: Contact(r[0], f"{r[1]} {r[2]}".strip(), r[5], r[3], r[4]) for r in s.execute(q)}


def _meetings(
    s: Session,
    participant_id: int | None,
    *,
    after: datetime | None,
    statuses: tuple[str, ...] | None,
    limit: int | None = None,
) -> list[tuple[int, Upcoming, Contact | None]]:
    """(person, the meeting from that person's side, the person) for every side of every
    matching meeting, in time order. Partners are looked up among all participants; the person
    only among the active ones (a cancelled registration is nobody to wait for)."""
    table = aliased(MeetingTable)
    q = (
        select(
            Meeting.id,
            Meeting.slot_id,
            Slot.starts_at,
            Slot.ends_at,
            func.coalesce(table.label, ""),
            Meeting.status,
            Meeting.absent,
            Meeting.participant_a_id,
            Meeting.participant_b_id,
        )
        .join(Slot, Meeting.slot_id == Slot.id)
        .outerjoin(table, Meeting.table_id == table.id)
        .order_by(Slot.starts_at, Meeting.id)
    )
    if statuses is not None:
        q = q.where(Meeting.status.in_(statuses))
    if after is not None:
        q = q.where(Slot.ends_at > after)
    if participant_id is not None:
        q = q.where(
            or_(
                Meeting.participant_a_id == participant_id,
                Meeting.participant_b_id == participant_id,
            )
        )
    if limit is not None:
        q = q.limit(limit)
    found = list(s.execute(q))
    everyone = {p for r in found for p in (r[7], r[8])}
    contacts = _contacts(s, sorted(everyone))
    active = set(
        s.scalars(
            select(Participant.id).where(
                Participant.id.in_(sorted(everyone)), Participant.status == REGISTRATION_ACTIVE
            )
        )
    )
    out: list[tuple[int, Upcoming, Contact | None]] = []
    # one object per slot time, table label and status, not one per row: a morning's list at a
    # large forum is 70,000 of these, and freeing it (on the GUI thread) costs per object
    times: dict[datetime, datetime] = {}
    texts: dict[str, str] = {}
    for mid, slot, start, end, label, status, absent, a, b in found:
        start, end = times.setdefault(start, start), times.setdefault(end, end)
        label, status = texts.setdefault(label, label), texts.setdefault(status, status)
        for me, other, side in ((a, b, "a"), (b, a, "b")):
            if participant_id is not None and me != participant_id:
                continue
            up = Upcoming(
                mid, slot, start, end, label, status, absent, contacts[other], False, side
            )
            out.append((me, up, contacts.get(me) if me in active else None))
    return out


def _with_here(up: Upcoming, here: set[int]) -> Upcoming:
    return replace(up, partner_here=True) if up.partner.id in here else up
