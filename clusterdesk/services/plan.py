"""The event's plan as plain data for every export: people, tables, slots, meetings and programme,
loaded in a few queries (tuples, no ORM objects) with times in the event's time zone.

Agendas, the master schedule, table sheets, the catalogue, CSV/XLSX, iCalendar and the HTML plan
all read this one snapshot, so they agree with each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from sqlalchemy import func, select

from clusterdesk.core.countries import country_name
from clusterdesk.documents.words import words
from clusterdesk.services.events import EventInfo, event_info
from clusterdesk.services.programme import ProgrammeRow, list_programme
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    REGISTRATION_ACTIVE,
    B2BSession,
    Category,
    Meeting,
    MeetingTable,
    Organization,
    Participant,
    Slot,
)


@dataclass(frozen=True)
class PlanPerson:
    id: int
    first_name: str
    last_name: str
    email: str
    organization: str
    country: str  # the country's name in the event's language (stored as an ISO code)
    category: str
    title: str
    notes: str
    badge_code: str
    status: str
    fixed_table: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def active(self) -> bool:
        return self.status == REGISTRATION_ACTIVE


@dataclass(frozen=True)
class PlanTable:
    id: int
    label: str
    zone: str


@dataclass(frozen=True)
class PlanSlot:
    id: int
    session: str
    starts_at: datetime  # event-local
    ends_at: datetime


@dataclass(frozen=True)
class PlanMeeting:
    id: int
    request_id: int | None
    a: int
    b: int
    slot_id: int
    starts_at: datetime  # event-local
    ends_at: datetime
    table_id: int | None
    table: str
    session: str
    status: str
    created_at: datetime
    absent: str = ""  # a no-show: who did not come ("a", "b", "both")
    rating: str = ""  # a held meeting: how it went (services/meeting_outcomes.py)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_MEETING_STATUSES

    def partner(self, person: int) -> int:
        return self.b if person == self.a else self.a


@dataclass(frozen=True)
class EventPlan:
    info: EventInfo
    people: dict[int, PlanPerson]
    tables: list[PlanTable]
    slots: list[PlanSlot]
    meetings: list[PlanMeeting]  # every meeting (cancelled too), in time and table order
    programme: list[ProgrammeRow]
    _by_person: dict[int, list[PlanMeeting]] = field(default_factory=dict, repr=False)

    def meetings_of(self, person: int, *, active_only: bool = True) -> list[PlanMeeting]:
        """A participant's meetings in time order."""
        if not self._by_person:
            for m in self.meetings:
                self._by_person.setdefault(m.a, []).append(m)
                self._by_person.setdefault(m.b, []).append(m)
        mine = self._by_person.get(person, [])
        return [m for m in mine if m.active] if active_only else list(mine)

    @cached_property
    def days(self) -> list[date]:
        found = {m.starts_at.date() for m in self.meetings} | {
            p.starts_at.date() for p in self.programme
        }
        return sorted(found)

    @cached_property
    def several_days(self) -> bool:
        return len(self.days) > 1 or self.info.start_date != self.info.end_date


def day_text(day: date, language: str = "en") -> str:
    """ "Thursday 14 May 2026" (in the event's language)"""
    return words(language).day(day)


def dates_text(info: EventInfo) -> str:
    """ "14 May 2026", "14–15 May 2026" or "30 May 2026 – 2 June 2026" (in the event's language)"""
    return words(info.language).dates(info.start_date, info.end_date)


def load_plan(db: EventDB) -> EventPlan:
    info = event_info(db)
    tz = info.tz
    with db.read() as s:
        people = {
            r[0]: PlanPerson(*r[:5], country_name(r[5], info.language), *r[6:])  # type: ignore[call-arg]
            for r in s.execute(
                select(
                    Participant.id,
                    Participant.first_name,
                    Participant.last_name,
                    Participant.email,
                    func.coalesce(Organization.name, ""),
                    Participant.country,
                    func.coalesce(Category.name, ""),
                    Participant.title,
                    Participant.notes,
                    Participant.badge_code,
                    Participant.status,
                    func.coalesce(MeetingTable.label, ""),
                )
                .outerjoin(Organization, Participant.organization_id == Organization.id)
                .outerjoin(Category, Participant.category_id == Category.id)
                .outerjoin(MeetingTable, Participant.fixed_table_id == MeetingTable.id)
                .order_by(Participant.id)
            )
        }
        tables = [
            PlanTable(*r)
            for r in s.execute(
                select(MeetingTable.id, MeetingTable.label, MeetingTable.zone).order_by(
                    MeetingTable.position, MeetingTable.id
                )
            )
        ]
        slots = [
            PlanSlot(r[0], r[1], r[2].astimezone(tz), r[3].astimezone(tz))
            for r in s.execute(
                select(Slot.id, B2BSession.name, Slot.starts_at, Slot.ends_at)
                .join(B2BSession, Slot.session_id == B2BSession.id)
                .order_by(Slot.starts_at, Slot.id)
            )
        ]
        position = {t.id: i for i, t in enumerate(tables)}
        label = {t.id: t.label for t in tables}
        meetings = [
            PlanMeeting(
                r.id,
                r.request_id,
                r.participant_a_id,
                r.participant_b_id,
                r.slot_id,
                r.starts_at.astimezone(tz),
                r.ends_at.astimezone(tz),
                r.table_id,
                label.get(r.table_id, "") if r.table_id is not None else "",
                r.name,
                r.status,
                r.created_at,
                r.absent,
                r.rating,
            )
            for r in s.execute(
                select(
                    Meeting.id,
                    Meeting.request_id,
                    Meeting.participant_a_id,
                    Meeting.participant_b_id,
                    Meeting.slot_id,
                    Slot.starts_at,
                    Slot.ends_at,
                    Meeting.table_id,
                    B2BSession.name,
                    Meeting.status,
                    Meeting.created_at,
                    Meeting.absent,
                    Meeting.rating,
                )
                .join(Slot, Meeting.slot_id == Slot.id)
                .join(B2BSession, Slot.session_id == B2BSession.id)
            )
        ]
    meetings.sort(key=lambda m: (m.starts_at, position.get(m.table_id or -1, 1 << 30), m.id))
    return EventPlan(info, people, tables, slots, meetings, list_programme(db))
