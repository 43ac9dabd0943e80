"""iCalendar files (the icalendar library): the programme and the meetings, one file for the
event or one per participant.

Times are in the event's time zone with its VTIMEZONE; UIDs are stable (a meeting's UID follows
its request, so a meeting moved or re-planned keeps it) and SEQUENCE counts revisions (see
:mod:`.revisions`), so importing an updated file moves a meeting instead of duplicating it.
Cancelled meetings go out as ``STATUS:CANCELLED``; the table and the partner are in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from clusterdesk.core.folding import fold
from clusterdesk.services.exports.revisions import Entry, Numbered, number
from clusterdesk.services.exports.spreadsheet import write_atomically
from clusterdesk.services.plan import EventPlan, PlanMeeting
from clusterdesk.store.engine import EventDB

PRODID = "-//ClusterDesk//Offline event desk//EN"
PROGRAMME_UID, REQUEST_UID, MEETING_UID = "programme-", "request-", "meeting-"


def _domain(plan: EventPlan) -> str:
    return f"{plan.info.badge_prefix.lower()}.clusterdesk.invalid"


def meeting_uid(plan: EventPlan, m: PlanMeeting) -> str:
    key = f"{REQUEST_UID}{m.request_id}" if m.request_id is not None else f"{MEETING_UID}{m.id}"
    return f"{key}@{_domain(plan)}"


def _meeting_entry(plan: EventPlan, m: PlanMeeting) -> Entry:
    a, b = plan.people[m.a], plan.people[m.b]
    table = f"Table {m.table}" if m.table else "Table to be announced"
    where = ", ".join(p for p in (table, plan.info.venue) if p)
    lines = [
        f"{table} · {m.session}",
        f"{a.name} ({', '.join(p for p in (a.organization, a.country) if p)})",
        f"{b.name} ({', '.join(p for p in (b.organization, b.country) if p)})",
    ]
    return Entry(
        meeting_uid(plan, m),
        m.starts_at.isoformat(),
        m.ends_at.isoformat(),
        f"B2B meeting: {a.name} – {b.name} ({table})",
        where,
        "\n".join(lines),
        m.status == "cancelled",
        (m.a, m.b),
    )


def entries(plan: EventPlan, *, meetings: bool = True) -> list[Entry]:
    out = [
        Entry(
            f"{PROGRAMME_UID}{p.id}@{_domain(plan)}",
            p.starts_at.isoformat(),
            p.ends_at.isoformat(),
            p.title,
            ", ".join(x for x in (p.room, plan.info.venue) if x),
            "\n".join(x for x in (p.speakers, p.description) if x),
            False,
        )
        for p in plan.programme
    ]
    if meetings:
        out += [_meeting_entry(plan, m) for m in plan.meetings]
    return out


def _vevent(n: Numbered, tzid: str, stamp: datetime) -> Event:
    from zoneinfo import ZoneInfo

    e = n.entry
    tz = ZoneInfo(tzid)
    ev = Event()
    ev.add("uid", e.uid)
    ev.add("dtstamp", stamp)
    ev.add("sequence", n.sequence)
    ev.add("dtstart", datetime.fromisoformat(e.start).astimezone(tz))
    ev.add("dtend", datetime.fromisoformat(e.end).astimezone(tz))
    ev.add("summary", e.summary)
    if e.location:
        ev.add("location", e.location)
    if e.description:
        ev.add("description", e.description)
    ev.add("status", "CANCELLED" if e.cancelled else "CONFIRMED")
    ev.add("transp", "TRANSPARENT" if e.cancelled else "OPAQUE")
    return ev


def calendar_bytes(plan: EventPlan, numbered: Iterable[Numbered], name: str) -> bytes:
    tzid = plan.info.timezone
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", tzid)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for n in numbered:
        cal.add_component(_vevent(n, tzid, stamp))
    first = plan.info.start_date - timedelta(days=370)
    last = plan.info.end_date + timedelta(days=370)
    cal.add_missing_timezones(first_date=max(first, date(1971, 1, 1)), last_date=last)
    return cal.to_ical()


def _personal(n: Numbered, person: int, programme: bool) -> bool:
    return (programme and not n.entry.people) or person in n.entry.people


def export_ics(
    db: EventDB,
    plan: EventPlan,
    out: Path,
    people: list[int] | None = None,
    *,
    meetings: bool = True,
) -> list[Path]:
    """One calendar for the event into ``out`` (programme and every meeting), or — with
    ``people`` — one per person (their meetings and the programme): into ``out`` itself for one
    person, else into the folder ``out`` as ``Name-Surname-ID.ics``."""
    scopes = (PROGRAMME_UID, REQUEST_UID, MEETING_UID) if meetings else (PROGRAMME_UID,)
    numbered = number(db, entries(plan, meetings=meetings), scopes)
    if people is None:
        write_atomically(out, calendar_bytes(plan, numbered, plan.info.name))
        return [out]
    written = []
    folder = out if len(people) != 1 else out.parent
    for pid in people:
        person = plan.people[pid]
        mine = [n for n in numbered if _personal(n, pid, True)]
        target = out if len(people) == 1 else folder / personal_file_name(person.name, pid)
        write_atomically(target, calendar_bytes(plan, mine, f"{plan.info.name} – {person.name}"))
        written.append(target)
    return written


def personal_file_name(name: str, pid: int) -> str:
    safe = re.sub(r"[^A-Za-z0-9]+", "-", fold(name)).strip("-") or "participant"
    return f"{safe}-{pid}.ics"
