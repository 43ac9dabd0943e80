"""The event's programme: talks, panels, breaks (title, start, end, room, speakers).

Times are given and returned in the event's time zone and stored in UTC. Every change is audited.
Shown in personal agendas, the iCalendar files and the HTML plan; imported from CSV/XLSX by
:mod:`clusterdesk.services.people_import.programme`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import delete, select

from clusterdesk.core.folding import nfc
from clusterdesk.core.messages import CodedError, Msg, fields_refused, msg
from clusterdesk.services.events import event_info
from clusterdesk.services.participants import audit
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import ProgrammeItem

TITLE_MAX = 300
ROOM_MAX = 200


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    title: str
    starts_at: datetime  # event-local
    ends_at: datetime
    room: str
    speakers: str
    description: str


@dataclass(frozen=True)
class ProgrammeInput:
    title: str
    day: date
    start: time
    end: time
    room: str = ""
    speakers: str = ""
    description: str = ""

    def problems(self) -> list[tuple[str, Msg]]:
        """(field, message code) for every reason this item cannot be saved."""
        out: list[tuple[str, Msg]] = []
        if not nfc(self.title):
            out.append(("title", msg("programme.no_title")))
        elif len(nfc(self.title)) > TITLE_MAX:
            out.append(("title", msg("field.too_long", n=TITLE_MAX)))
        if len(nfc(self.room)) > ROOM_MAX:
            out.append(("room", msg("field.too_long", n=ROOM_MAX)))
        if self.end <= self.start:
            end, start = f"{self.end:%H:%M}", f"{self.start:%H:%M}"
            out.append(("end", msg("programme.ends_first", end=end, start=start)))
        return out


def list_programme(db: EventDB) -> list[ProgrammeRow]:
    tz = event_info(db).tz
    with db.read() as s:
        items = s.execute(
            select(
                ProgrammeItem.id,
                ProgrammeItem.title,
                ProgrammeItem.starts_at,
                ProgrammeItem.ends_at,
                ProgrammeItem.room,
                ProgrammeItem.speakers,
                ProgrammeItem.description,
            ).order_by(ProgrammeItem.starts_at, ProgrammeItem.id)
        ).all()
    return [
        ProgrammeRow(i, t, a.astimezone(tz), b.astimezone(tz), r, sp, d)
        for i, t, a, b, r, sp, d in items
    ]


def _check(data: ProgrammeInput) -> None:
    problems = data.problems()
    if problems:
        raise fields_refused(problems)


def _apply(item: ProgrammeItem, data: ProgrammeInput, db: EventDB) -> None:
    tz = event_info(db).tz
    item.title = nfc(data.title)
    item.starts_at = datetime.combine(data.day, data.start, tz)
    item.ends_at = datetime.combine(data.day, data.end, tz)
    item.room = nfc(data.room)
    item.speakers = nfc(data.speakers)
    item.description = nfc(data.description)


def add_item(db: EventDB, data: ProgrammeInput, *, actor: str = "") -> int:
    _check(data)
    item = ProgrammeItem()
    _apply(item, data, db)
    with db.write() as s:
        s.add(item)
        s.flush()
        audit(s, "programme.add", "programme_item", item.id, item.title, actor)
        return item.id


def update_item(db: EventDB, item_id: int, data: ProgrammeInput, *, actor: str = "") -> None:
    _check(data)
    with db.write() as s:
        item = s.get(ProgrammeItem, item_id)
        if item is None:
            raise CodedError(msg("programme.gone"))
        _apply(item, data, db)
        audit(s, "programme.update", "programme_item", item_id, item.title, actor)


def delete_items(db: EventDB, item_ids: list[int], *, actor: str = "") -> int:
    with db.write() as s:
        gone = s.execute(delete(ProgrammeItem).where(ProgrammeItem.id.in_(item_ids)))
        audit(s, "programme.delete", "programme_item", None, f"{item_ids}", actor)
        return int(gone.rowcount or 0)  # type: ignore[attr-defined]
