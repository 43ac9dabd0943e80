"""Live desk figures: cheap queries meant to be polled every second or so from several desks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select

from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    REGISTRATION_ACTIVE,
    Attendance,
    Category,
    CheckInLog,
    Organization,
    Participant,
)


@dataclass(frozen=True)
class CategoryCount:
    name: str  # "" for people without a category
    colour: str
    checked_in: int
    expected: int


@dataclass(frozen=True)
class DeskCounters:
    checked_in: int
    expected: int  # active (not cancelled) registrations
    inside: int  # checked in and not checked out
    by_category: tuple[CategoryCount, ...]


@dataclass(frozen=True)
class RecentEntry:
    log_id: int
    at: datetime
    action: str
    result: str
    reason: str
    desk: str
    operator: str
    participant_id: int | None
    name: str
    organization: str
    category: str


def desk_counters(db: EventDB) -> DeskCounters:
    """Checked in / expected, per category, and inside now — one grouped query."""
    inside = case((Attendance.inside.is_(True), 1), else_=0)
    q = (
        select(
            func.coalesce(Category.name, "").label("name"),
            func.coalesce(Category.colour, "").label("colour"),
            func.count(Attendance.participant_id).label("checked_in"),
            func.count(Participant.id).label("expected"),
            func.coalesce(func.sum(inside), 0).label("inside"),
        )
        .select_from(Participant)
        .outerjoin(Category, Participant.category_id == Category.id)
        .outerjoin(Attendance, Attendance.participant_id == Participant.id)
        .where(Participant.status == REGISTRATION_ACTIVE)
        .group_by(Category.name, Category.colour)
        .order_by(Category.name)
    )
    with db.read() as s:
        rows = s.execute(q).all()
    cats = tuple(CategoryCount(r.name, r.colour, int(r.checked_in), int(r.expected)) for r in rows)
    return DeskCounters(
        checked_in=sum(c.checked_in for c in cats),
        expected=sum(c.expected for c in cats),
        inside=sum(int(r.inside) for r in rows),
        by_category=cats,
    )


def inside_count(db: EventDB) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).where(Attendance.inside.is_(True))) or 0


def recent_check_ins(db: EventDB, limit: int = 20, *, failed: bool = True) -> list[RecentEntry]:
    """The newest log entries from every desk, newest first (failed scans too unless told not)."""
    q = (
        select(
            CheckInLog.id,
            CheckInLog.at,
            CheckInLog.action,
            CheckInLog.result,
            CheckInLog.reason,
            CheckInLog.desk,
            CheckInLog.operator,
            CheckInLog.participant_id,
            func.coalesce(Participant.first_name, "").label("first_name"),
            func.coalesce(Participant.last_name, "").label("last_name"),
            func.coalesce(Organization.name, "").label("organization"),
            func.coalesce(Category.name, "").label("category"),
        )
        .outerjoin(Participant, Participant.id == CheckInLog.participant_id)
        .outerjoin(Organization, Participant.organization_id == Organization.id)
        .outerjoin(Category, Participant.category_id == Category.id)
        .order_by(CheckInLog.id.desc())
        .limit(limit)
    )
    if not failed:
        q = q.where(CheckInLog.result != "rejected")
    with db.read() as s:
        rows = s.execute(q).all()
    return [
        RecentEntry(
            r.id,
            r.at,
            r.action,
            r.result,
            r.reason,
            r.desk,
            r.operator,
            r.participant_id,
            f"{r.first_name} {r.last_name}".strip(),
            r.organization,
            r.category,
        )
        for r in rows
    ]
