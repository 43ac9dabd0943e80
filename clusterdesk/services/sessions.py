"""B2B sessions (cut into slots) and meeting tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select

from clusterdesk.core.folding import nfc
from clusterdesk.core.messages import CodedError, msg
from clusterdesk.core.timeslots import cut_slots, format_pauses
from clusterdesk.services.events import event_info
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import B2BSession, MeetingTable, Slot


@dataclass(frozen=True)
class SessionInfo:
    id: int
    name: str
    day: date
    start: time
    end: time
    slot_minutes: int
    pauses: str
    slots: int


@dataclass(frozen=True)
class SlotInfo:
    id: int
    session_id: int
    index: int
    starts_at: datetime
    ends_at: datetime


def add_session(
    db: EventDB,
    *,
    name: str,
    day: date,
    start: time,
    end: time,
    slot_minutes: int,
    pauses: list[tuple[time, time]] | None = None,
) -> SessionInfo:
    name = nfc(name)
    if not name:
        raise CodedError(msg("session.no_name"))
    pauses = pauses or []
    tz = event_info(db).tz
    times = cut_slots(day, start, end, slot_minutes, pauses, tz)
    with db.write() as s:
        if s.scalar(select(B2BSession.id).where(B2BSession.name == name)) is not None:
            raise CodedError(msg("session.exists", name=name))
        session = B2BSession(
            name=name,
            day=day,
            start=start,
            end=end,
            slot_minutes=slot_minutes,
            pauses=format_pauses(pauses),
        )
        session.slots = [
            Slot(index=t.index, starts_at=t.starts_at, ends_at=t.ends_at) for t in times
        ]
        s.add(session)
        s.flush()
        return SessionInfo(
            session.id, name, day, start, end, slot_minutes, session.pauses, len(times)
        )


def list_sessions(db: EventDB) -> list[SessionInfo]:
    with db.read() as s:
        counts = {
            k: n
            for k, n in s.execute(select(Slot.session_id, func.count()).group_by(Slot.session_id))
        }
        return [
            SessionInfo(
                x.id, x.name, x.day, x.start, x.end, x.slot_minutes, x.pauses, counts.get(x.id, 0)
            )
            for x in s.scalars(select(B2BSession).order_by(B2BSession.day, B2BSession.start))
        ]


def list_slots(db: EventDB) -> list[SlotInfo]:
    with db.read() as s:
        return [
            SlotInfo(x.id, x.session_id, x.index, x.starts_at, x.ends_at)
            for x in s.scalars(select(Slot).order_by(Slot.starts_at))
        ]


def ensure_tables(db: EventDB, count: int, prefix: str = "T") -> list[str]:
    """Make sure tables ``prefix1`` … ``prefixN`` exist; returns every table label in order."""
    if count < 0:
        raise CodedError(msg("session.negative_tables"))
    prefix = nfc(prefix)
    with db.write() as s:
        existing = set(s.scalars(select(MeetingTable.label)))
        top = s.scalar(select(func.max(MeetingTable.position))) or 0
        for n in range(1, count + 1):
            label = f"{prefix}{n}"
            if label not in existing:
                top += 1
                s.add(MeetingTable(label=label, position=top))
        s.flush()
        return list(s.scalars(select(MeetingTable.label).order_by(MeetingTable.position)))
