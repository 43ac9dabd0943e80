"""The statistics the report and the Dashboard show: participants by country and category,
check-ins over time, meetings accepted / scheduled / held / no-show (realised against accepted is
the figure funders ask for) and meetings per participant."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from clusterdesk.services.events import event_info
from clusterdesk.services.stats import EventStats, event_stats
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    REGISTRATION_ACTIVE,
    Attendance,
    Meeting,
    Participant,
)


@dataclass(frozen=True)
class EventKpis:
    stats: EventStats
    accepted: int  # accepted meeting requests: the meetings wanted
    scheduled: int  # meetings that hold a cell (scheduled, held or no-show)
    held: int
    no_shows: int
    cancelled: int
    checkins: tuple[tuple[datetime, int], ...]  # (end of a time bucket, checked in by then)
    per_person: tuple[tuple[int, int], ...]  # (meetings, how many participants have that many)

    @property
    def realised(self) -> float | None:
        """Meetings held as a share of the meetings accepted (None before any were accepted)."""
        return self.stats.realised_rate

    @property
    def outcomes(self) -> dict[str, int]:
        """Meetings per outcome (``not_held``, the ratings, ``not_rated``)."""
        return self.stats.outcomes

    @property
    def any_outcome(self) -> bool:
        """Has any meeting an outcome yet (held, no-show or cancelled)?"""
        return any(self.stats.outcomes.values())

    @property
    def mean_meetings(self) -> float:
        people = sum(n for _m, n in self.per_person)
        return sum(m * n for m, n in self.per_person) / people if people else 0.0


def _buckets(times: list[datetime]) -> tuple[tuple[datetime, int], ...]:
    """Cumulative check-ins at the end of each 15-minute (or hourly, over a long day) bucket."""
    if not times:
        return ()
    times.sort()
    span = times[-1] - times[0]
    step = timedelta(minutes=15) if span <= timedelta(hours=12) else timedelta(hours=1)
    start = times[0].replace(minute=(times[0].minute // 15) * 15, second=0, microsecond=0)
    if step == timedelta(hours=1):
        start = start.replace(minute=0)
    out: list[tuple[datetime, int]] = [(start, 0)]
    edge, i = start + step, 0
    while i < len(times):
        while i < len(times) and times[i] < edge:
            i += 1
        out.append((edge, i))
        edge += step
    return tuple(out)


def event_kpis(db: EventDB) -> EventKpis:
    stats = event_stats(db)
    tz = event_info(db).tz
    active = Participant.status == REGISTRATION_ACTIVE
    with db.read() as s:
        times = [
            t.astimezone(tz)
            for t in s.scalars(
                select(Attendance.checked_in_at)
                .join(Participant, Attendance.participant_id == Participant.id)
                .where(active)
            )
        ]
        people = list(s.scalars(select(Participant.id).where(active)))
        counts: Counter[int] = Counter()
        for a, b in s.execute(
            select(Meeting.participant_a_id, Meeting.participant_b_id).where(
                Meeting.status.in_(ACTIVE_MEETING_STATUSES)
            )
        ):
            counts[a] += 1
            counts[b] += 1
    histogram = Counter(counts.get(p, 0) for p in people)
    return EventKpis(
        stats=stats,
        accepted=stats.meetings_accepted,
        scheduled=stats.meetings_scheduled,  # one definition of each figure: services/stats
        held=stats.meetings_held,
        no_shows=stats.no_shows,
        cancelled=stats.meetings_cancelled,
        checkins=_buckets(times),
        per_person=tuple(sorted(histogram.items())),
    )
