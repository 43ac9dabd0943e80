"""The event's data as tables of text (a header row, then one row per item): participants,
meetings, check-ins and the programme. CSV and XLSX are written from these, so both files always
carry the same columns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from clusterdesk.core.collation import sort_key
from clusterdesk.services.plan import EventPlan
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import CheckInLog, Participant

PARTICIPANTS = "participants"
MEETINGS = "meetings"
CHECKINS = "checkins"
PROGRAMME = "programme"
WHATS = (PARTICIPANTS, MEETINGS, CHECKINS, PROGRAMME)


@dataclass(frozen=True)
class DataTable:
    name: str  # sheet name / what
    headers: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]


def _when(value: object) -> str:
    from datetime import datetime

    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else ""


def participants_table(plan: EventPlan) -> DataTable:
    """Every registration (cancelled ones too, with their status): the import columns first, so
    the file imports back unchanged (a country by its name in the event's language, which an
    import recognises)."""
    lang = plan.info.language  # people in the event's alphabetical order
    headers = (
        "first_name",
        "last_name",
        "email",
        "organization",
        "country",
        "category",
        "title",
        "table",
        "notes",
        "status",
        "meetings",
    )
    rows = [
        (
            p.first_name,
            p.last_name,
            p.email,
            p.organization,
            p.country,
            p.category,
            p.title,
            p.fixed_table,
            p.notes,
            p.status,
            str(len(plan.meetings_of(p.id))),
        )
        for p in sorted(
            plan.people.values(),
            key=lambda p: (sort_key(p.last_name, lang), sort_key(p.first_name, lang), p.id),
        )
    ]
    return DataTable(PARTICIPANTS, headers, rows)


def meetings_table(plan: EventPlan) -> DataTable:
    headers = (
        "date",
        "start",
        "end",
        "table",
        "session",
        "participant_a",
        "organization_a",
        "email_a",
        "participant_b",
        "organization_b",
        "email_b",
        "status",
        "meeting_id",
        "absent",
        "rating",
    )
    rows = []
    for m in plan.meetings:
        a, b = plan.people[m.a], plan.people[m.b]
        rows.append(
            (
                f"{m.starts_at:%Y-%m-%d}",
                f"{m.starts_at:%H:%M}",
                f"{m.ends_at:%H:%M}",
                m.table,
                m.session,
                a.name,
                a.organization,
                a.email,
                b.name,
                b.organization,
                b.email,
                m.status,
                str(m.id),
                m.absent,
                m.rating,
            )
        )
    return DataTable(MEETINGS, headers, rows)


def programme_table(plan: EventPlan) -> DataTable:
    """Columns the programme import reads back (date, start, end, title, room, speakers)."""
    headers = ("date", "start", "end", "title", "room", "speakers", "description")
    rows = [
        (
            f"{p.starts_at:%Y-%m-%d}",
            f"{p.starts_at:%H:%M}",
            f"{p.ends_at:%H:%M}",
            p.title,
            p.room,
            p.speakers,
            p.description,
        )
        for p in plan.programme
    ]
    return DataTable(PROGRAMME, headers, rows)


def checkins_table(db: EventDB, plan: EventPlan) -> DataTable:
    """The check-in log as it happened (every scan and desk action, failed ones too)."""
    headers = (
        "time",
        "action",
        "result",
        "reason",
        "first_name",
        "last_name",
        "email",
        "desk",
        "operator",
    )
    tz = plan.info.tz
    with db.read() as s:
        log = s.execute(
            select(
                CheckInLog.at,
                CheckInLog.action,
                CheckInLog.result,
                CheckInLog.reason,
                CheckInLog.participant_id,
                CheckInLog.desk,
                CheckInLog.operator,
            ).order_by(CheckInLog.at, CheckInLog.id)
        ).all()
        _ = Participant
    rows = []
    for at, action, result, reason, pid, desk, operator in log:
        p = plan.people.get(pid) if pid is not None else None
        rows.append(
            (
                _when(at.astimezone(tz)),
                action,
                result,
                reason,
                p.first_name if p else "",
                p.last_name if p else "",
                p.email if p else "",
                desk,
                operator,
            )
        )
    return DataTable(CHECKINS, headers, rows)


def data_table(db: EventDB, plan: EventPlan, what: str) -> DataTable:
    if what == PARTICIPANTS:
        return participants_table(plan)
    if what == MEETINGS:
        return meetings_table(plan)
    if what == CHECKINS:
        return checkins_table(db, plan)
    return programme_table(plan)
