"""The event's key figures (dashboard, `clusterdesk stats`, reports) — each defined once, here:

* participants: active registrations (``cancelled`` counts the others; the Participants list
  shows both);
* checked_in: active participants with a check-in (the desks' "checked in / expected");
* meetings_scheduled: meetings that hold a cell (scheduled, held or no-show), held, no-shows;
* meetings_accepted: accepted meeting requests (the meetings wanted); realised_rate: held / accepted
  (None before any was accepted) — the figure funders ask for;
* outcomes: meetings per outcome (services/meeting_outcomes.py): ``not_held`` (no-shows and
  cancelled meetings), the four ratings of a held meeting, and ``not_rated`` held meetings;
* badges_printed: active participants with at least one badge in the print log.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select

from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    MEETING_RATINGS,
    REGISTRATION_ACTIVE,
    Attendance,
    Category,
    Meeting,
    MeetingRequest,
    MeetingTable,
    Organization,
    Participant,
    PrintLog,
)


@dataclass(frozen=True)
class EventStats:
    participants: int
    countries: int
    organizations: int
    checked_in: int
    meetings_scheduled: int
    meetings_held: int
    no_shows: int
    by_country: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    cancelled: int = 0
    requests: int = 0
    tables: int = 0
    badges_printed: int = 0
    meetings_accepted: int = 0
    meetings_cancelled: int = 0
    realised_rate: float | None = None
    outcomes: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def event_stats(db: EventDB) -> EventStats:
    active = Participant.status == REGISTRATION_ACTIVE
    with db.read() as s:
        participants = s.scalar(select(func.count()).where(active)) or 0
        cancelled = s.scalar(select(func.count(Participant.id)).where(~active)) or 0
        by_country = {
            (c or "—"): n
            for c, n in s.execute(
                select(Participant.country, func.count())
                .where(active)
                .group_by(Participant.country)
                .order_by(func.count().desc(), Participant.country)
            )
        }
        by_category = {
            (c or "—"): n
            for c, n in s.execute(
                select(Category.name, func.count(Participant.id))
                .select_from(Participant)
                .outerjoin(Category, Participant.category_id == Category.id)
                .where(active)
                .group_by(Category.name)
                .order_by(func.count(Participant.id).desc(), Category.name)
            )
        }
        organizations = (
            s.scalar(
                select(func.count(func.distinct(Participant.organization_id))).where(
                    active, Participant.organization_id.is_not(None)
                )
            )
            or 0
        )
        checked_in = (
            s.scalar(
                select(func.count())
                .select_from(Attendance)
                .join(Participant, Attendance.participant_id == Participant.id)
                .where(active)
            )
            or 0
        )
        badges_printed = (
            s.scalar(
                select(func.count(func.distinct(PrintLog.participant_id)))
                .join(Participant, PrintLog.participant_id == Participant.id)
                .where(PrintLog.document == "badge", active)
            )
            or 0
        )
        meetings = {
            st: n
            for st, n in s.execute(select(Meeting.status, func.count()).group_by(Meeting.status))
        }
        ratings = {
            r: n
            for r, n in s.execute(
                select(Meeting.rating, func.count())
                .where(Meeting.status == "held")
                .group_by(Meeting.rating)
            )
        }
        accepted = (
            s.scalar(
                select(func.count())
                .select_from(MeetingRequest)
                .where(MeetingRequest.status == "accepted")
            )
            or 0
        )
        requests = s.scalar(select(func.count()).select_from(MeetingRequest)) or 0
        tables = s.scalar(select(func.count()).select_from(MeetingTable)) or 0
        _ = Organization  # organisations are counted through their participants
    return EventStats(
        participants=participants,
        countries=len([c for c in by_country if c != "—"]),
        organizations=organizations,
        checked_in=checked_in,
        meetings_scheduled=sum(n for st, n in meetings.items() if st in ACTIVE_MEETING_STATUSES),
        meetings_held=meetings.get("held", 0),
        no_shows=meetings.get("no_show", 0),
        by_country=by_country,
        by_category=by_category,
        cancelled=cancelled,
        requests=requests,
        tables=tables,
        badges_printed=badges_printed,
        meetings_accepted=accepted,
        meetings_cancelled=meetings.get("cancelled", 0),
        realised_rate=meetings.get("held", 0) / accepted if accepted else None,
        outcomes={
            "not_held": meetings.get("no_show", 0) + meetings.get("cancelled", 0),
            **{r: ratings.get(r, 0) for r in MEETING_RATINGS},
            "not_rated": ratings.get("", 0),
        },
    )
