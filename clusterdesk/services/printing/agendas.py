"""Personal agendas from the event plan: each person's meetings in time order with the breaks
between them, a digest of what the page shows ("changed since last printed" compares it with the
digest the print log kept), and the programme."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, date, datetime

from clusterdesk.documents.agendas import AgendaRecord, AgendaRow, ProgrammeLine
from clusterdesk.documents.page_kit import EventHeader
from clusterdesk.documents.words import words
from clusterdesk.services.events import EventInfo
from clusterdesk.services.plan import EventPlan, PlanPerson, dates_text, day_text
from clusterdesk.services.programme import ProgrammeRow


def event_header(info: EventInfo, now: datetime | None = None) -> EventHeader:
    when = (now or datetime.now(UTC)).astimezone(info.tz)
    printed = words(info.language)("Printed {when}", when=f"{when:%Y-%m-%d %H:%M}")
    return EventHeader(info.name, dates_text(info), info.venue, printed, info.language)


def programme_lines(
    items: Sequence[ProgrammeRow], several_days: bool, language: str = "en"
) -> tuple[ProgrammeLine, ...]:
    w = words(language)
    return tuple(
        ProgrammeLine(
            f"{p.starts_at:%H:%M}",
            f"{p.ends_at:%H:%M}",
            p.title,
            p.room,
            p.speakers,
            w.day_month(p.starts_at) if several_days else "",
        )
        for p in items
    )


def agenda_rows(plan: EventPlan, person: int) -> tuple[AgendaRow, ...]:
    rows: list[AgendaRow] = []
    last_day: date | None = None
    previous = None
    several = plan.several_days
    for m in plan.meetings_of(person):
        day = m.starts_at.date()
        if several and day != last_day:
            rows.append(AgendaRow("day", day=day_text(day, plan.info.language)))
        if previous is not None and day == last_day and m.starts_at > previous.ends_at:
            rows.append(AgendaRow("break", f"{previous.ends_at:%H:%M}", f"{m.starts_at:%H:%M}"))
        other = plan.people[m.partner(person)]
        rows.append(
            AgendaRow(
                "meeting",
                f"{m.starts_at:%H:%M}",
                f"{m.ends_at:%H:%M}",
                m.table or "—",
                other.name,
                other.organization,
                other.country,
            )
        )
        last_day, previous = day, m
    return tuple(rows)


def agenda_record(plan: EventPlan, person: PlanPerson) -> AgendaRecord:
    return AgendaRecord(
        person.name,
        person.organization,
        person.country,
        person.category,
        person.title,
        person.badge_code,
        agenda_rows(plan, person.id),
    )


def digest(record: AgendaRecord) -> str:
    """A fingerprint of the personal part of an agenda (the person and their meetings)."""
    rows = tuple(
        (r.kind, r.start, r.end, r.table, r.partner, r.organization, r.country, r.day)
        for r in record.rows
    )
    fields = (record.name, record.organization, record.country, record.category, record.title)
    return hashlib.sha256(repr((fields, record.badge_code, rows)).encode("utf-8")).hexdigest()[:32]
