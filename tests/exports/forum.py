"""A planned event for the export tests: people from every script of the region, a B2B session
on 16 May 2018 in Vilnius (summer time, UTC+3), tables, meetings placed by hand so every
assertion knows who meets whom, and a programme."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from sqlalchemy import select

from clusterdesk.services.events import create_event
from clusterdesk.services.participants import ParticipantInput, create_participant
from clusterdesk.services.programme import ProgrammeInput, add_item
from clusterdesk.services.sessions import add_session, ensure_tables
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Meeting, MeetingRequest, MeetingTable, Slot
from tests.documents.helpers import PEOPLE

DAY = date(2018, 5, 16)
MARKUP = '<b>Bold</b> & <script>alert("x")</script>'
INJECTIONS = ('=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)")


@dataclass
class Forum:
    db: EventDB
    path: Path
    ids: list[int]  # participants in PEOPLE order
    emails: list[str]
    pairs: list[tuple[int, int, int, str]]  # (a index, b index, slot index, table label)


def plan_pairs(n: int, slots: int, tables: int) -> list[tuple[int, int, int, str]]:
    """A round robin (the circle method): nobody twice in a slot, no pair twice, each
    (slot, table) once."""
    out = []
    ring = list(range(1, n))
    for s in range(slots):
        order = [0, *ring]
        half = n // 2
        round_pairs = [(order[i], order[n - 1 - i]) for i in range(half)]
        for t, (a, b) in enumerate(round_pairs[:tables]):
            out.append((a, b, s, f"T{t + 1}"))
        ring = ring[-1:] + ring[:-1]
    return out


def make_forum(path: Path, *, start: date = DAY, slots_per_person: bool = True) -> Forum:
    db = create_event(path, name="Baltic Cluster Forum 2018", start=start, venue="Vilnius")
    ids, emails = [], []
    for i, (first, last, org, country) in enumerate(PEOPLE):
        email = f"p{i}@example.org"
        ids.append(
            create_participant(
                db,
                ParticipantInput(
                    first_name=first,
                    last_name=last,
                    email=email,
                    organization=org,
                    country=country,
                    category=("Company", "Research", "Speaker")[i % 3],
                    notes=f"Looking for partners in {country}",
                ),
            )
        )
        emails.append(email)
    add_session(db, name="B2B", day=start, start=time(14, 0), end=time(16, 0), slot_minutes=20)
    ensure_tables(db, 5)  # T5 stays free: on-site moves go there
    pairs = plan_pairs(len(ids) - 1, 6, 4) if slots_per_person else []
    with db.write() as s:
        slots = list(s.scalars(select(Slot.id).order_by(Slot.starts_at)))
        tables = {t.label: t.id for t in s.scalars(select(MeetingTable))}
        for a, b, slot, table in pairs:
            req = MeetingRequest(requester_id=ids[a], target_id=ids[b], status="accepted")
            s.add(req)
            s.flush()
            s.add(
                Meeting(
                    request_id=req.id,
                    participant_a_id=ids[a],
                    participant_b_id=ids[b],
                    slot_id=slots[slot],
                    table_id=tables[table],
                    status="scheduled",
                )
            )
    add_item(db, ProgrammeInput("Registration and coffee", start, time(9, 0), time(10, 0), "Foyer"))
    add_item(
        db,
        ProgrammeInput(
            "Keynote: Smart specialisation",
            start,
            time(10, 0),
            time(11, 0),
            "Main hall",
            "Kęstutis Šetkus, Олена Фесенко",
        ),
    )
    return Forum(db, path, ids, emails, pairs)
