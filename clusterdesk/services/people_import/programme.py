"""Importing the programme (title, date, start, end, room, speakers, description) with the same
machinery as the other imports: read, match columns, check every row, then one transaction or
nothing.

``start``/``end`` take ``HH:MM`` (with the ``date`` column, or the event's first day when the
event has one day) or ``YYYY-MM-DD HH:MM``. An item with the same title and start as one already
in the programme is left unchanged, or updated with ``update``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.core.folding import fold
from clusterdesk.core.messages import msg
from clusterdesk.services.events import EventInfo, event_info
from clusterdesk.services.participants import audit
from clusterdesk.services.people_import.common import cell, prepare, too_long
from clusterdesk.services.people_import.headers import PROGRAMME
from clusterdesk.services.people_import.reading import RawTable
from clusterdesk.services.people_import.report import ImportReport, Problems, Progress, tick
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import ProgrammeItem

_TIME = re.compile(r"^(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2})[:.](\d{2})(?::\d{2})?$")
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y.%m.%d")


@dataclass
class ItemRecord:
    row: int
    title: str
    starts_at: datetime
    ends_at: datetime
    room: str
    speakers: str
    description: str


def _date(text: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def _moment(
    problems: Problems, row: int, fld: str, text: str, day: date | None, info: EventInfo
) -> datetime | None:
    m = _TIME.match(text.strip())
    if not m or int(m.group(2)) > 23 or int(m.group(3)) > 59:
        problems.add(row, fld, msg("import.bad_time", text=text))
        return None
    when = date.fromisoformat(m.group(1)) if m.group(1) else day
    if when is None:
        if info.start_date != info.end_date:
            problems.add(row, fld, msg("import.say_day"))
            return None
        when = info.start_date
    return datetime.combine(when, time(int(m.group(2)), int(m.group(3))), info.tz)


def read_items(
    table: RawTable,
    columns: dict[str, int],
    problems: Problems,
    info: EventInfo,
    progress: Progress | None = None,
) -> list[ItemRecord]:
    out: list[ItemRecord] = []
    total = len(table.rows)
    for index, raw in enumerate(table.rows):
        tick(progress, index, total)
        if not raw:
            continue
        row = table.row_number(index)
        title = cell(raw, columns, "title")
        ok = bool(title)
        if not title:
            problems.add(row, "title", msg("programme.no_title"))
        ok &= not too_long(problems, row, "title", title, 300)
        day_text = cell(raw, columns, "date")
        day = _date(day_text) if day_text else None
        if day_text and day is None:
            problems.add(row, "date", msg("import.bad_date", text=day_text))
            ok = False
        start = _moment(problems, row, "start", cell(raw, columns, "start"), day, info)
        end = _moment(
            problems, row, "end", cell(raw, columns, "end"), start.date() if start else day, info
        )
        if start is not None and end is not None and end <= start:
            problems.add(
                row, "end", msg("programme.ends_first", end=f"{end:%H:%M}", start=f"{start:%H:%M}")
            )
            ok = False
        room = cell(raw, columns, "room")
        ok &= not too_long(problems, row, "room", room, 200)
        if ok and start is not None and end is not None:
            out.append(
                ItemRecord(
                    row,
                    title,
                    start,
                    end,
                    room,
                    cell(raw, columns, "speakers"),
                    cell(raw, columns, "description"),
                )
            )
    tick(progress, total, total)
    return out


def _write(s: Session, items: list[ItemRecord], update: bool, apply: bool) -> tuple[int, int, int]:
    existing = {
        (fold(i.title), i.starts_at.timestamp()): i for i in s.scalars(select(ProgrammeItem))
    }
    created = updated = unchanged = 0
    for r in items:
        item = existing.get((fold(r.title), r.starts_at.timestamp()))
        values = {
            "ends_at": r.ends_at,
            "room": r.room,
            "speakers": r.speakers,
            "description": r.description,
        }
        if item is None:
            created += 1
            if apply:
                s.add(ProgrammeItem(title=r.title, starts_at=r.starts_at, **values))
            continue
        changes = {k: v for k, v in values.items() if getattr(item, k) != v}
        if not update or not changes:
            unchanged += 1
            continue
        updated += 1
        if apply:
            for k, v in changes.items():
                setattr(item, k, v)
    return created, updated, unchanged


def import_programme(
    db: EventDB,
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    mapping: dict[str, str] | None = None,
    update: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    table: RawTable | None = None,
) -> ImportReport:
    """Import programme items; raises ``InputFileError`` with every problem, writing nothing."""
    table, columns, report, problems = prepare(
        PROGRAMME,
        path,
        encoding=encoding,
        delimiter=delimiter,
        mapping=mapping,
        dry_run=dry_run,
        table=table,
    )
    if problems:
        report.problems = problems.items
        if dry_run:
            return report
        raise report.error()
    info = event_info(db)
    items = read_items(table, columns, problems, info, progress)
    report.problems = problems.items
    if problems:
        if dry_run:
            return report
        raise report.error()
    with db.read() if dry_run else db.write() as s:
        report.created, report.updated, report.unchanged = _write(s, items, update, not dry_run)
        if not dry_run:
            audit(s, "import.programme", "programme_item", None, report.audit_details())
    return report
