"""What each exported calendar entry looked like, so that the next export numbers its revision.

iCalendar clients replace an entry when a file brings the same UID with a higher SEQUENCE. The
event remembers, per UID, the last exported fingerprint and SEQUENCE (in the ``setting`` table,
key ``ics.revisions``): an unchanged entry keeps its SEQUENCE, a changed one gets the next, and
an entry that disappeared (a meeting unscheduled, a programme item deleted) is exported once more
as cancelled, so calendars drop it instead of keeping a stale meeting.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Setting

KEY = "ics.revisions"


@dataclass(frozen=True)
class Entry:
    """One calendar entry as the calendar files show it (before numbering)."""

    uid: str
    start: str  # ISO, event-local with offset
    end: str
    summary: str
    location: str
    description: str
    cancelled: bool
    people: tuple[int, ...] = ()  # whose personal calendars carry it

    def fingerprint(self) -> str:
        text = "\x1f".join(
            (
                self.start,
                self.end,
                self.summary,
                self.location,
                self.description,
                str(self.cancelled),
            )
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True)
class Numbered:
    entry: Entry
    sequence: int


def number(db: EventDB, entries: list[Entry], scopes: tuple[str, ...]) -> list[Numbered]:
    """SEQUENCE for every entry, and cancelled stand-ins for the vanished ones whose UID starts
    with one of ``scopes`` (the kinds of entry this calendar carries); remembers them."""
    with db.write() as s:
        row = s.get(Setting, KEY)
        known: dict[str, dict[str, Any]] = json.loads(row.value) if row and row.value else {}
        out: list[Numbered] = []
        seen = set()
        for e in entries:
            seen.add(e.uid)
            before = known.get(e.uid)
            fp = e.fingerprint()
            seq = int(before["seq"]) if before else 0
            if before and before.get("fp") != fp:
                seq += 1
            known[e.uid] = {
                "seq": seq,
                "fp": fp,
                "start": e.start,
                "end": e.end,
                "summary": e.summary,
                "people": list(e.people),
                "gone": False,
            }
            out.append(Numbered(e, seq))
        for uid, old in known.items():
            if uid in seen or not uid.startswith(scopes):
                continue
            gone = bool(old.get("gone"))
            seq = int(old["seq"]) + (0 if gone else 1)
            old.update(seq=seq, gone=True)
            stand_in = Entry(
                uid,
                str(old["start"]),
                str(old["end"]),
                str(old["summary"]),
                "",
                "Cancelled",
                True,
                tuple(int(p) for p in old.get("people", []) or []),
            )
            out.append(Numbered(stand_in, seq))
        value = json.dumps(known, ensure_ascii=False, separators=(",", ":"))
        if row is None:
            s.add(Setting(key=KEY, value=value))
        else:
            row.value = value
    return out


def forget(db: EventDB) -> None:
    with db.write() as s:
        row = s.scalars(select(Setting).where(Setting.key == KEY)).first()
        if row is not None:
            s.delete(row)
