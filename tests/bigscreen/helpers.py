"""A big room for the big screen's tests: ``tables`` tables, every one taken in each round by two
of ``2 × tables`` people with long Baltic names and organisations (bulk inserts)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from clusterdesk.core.badge_codes import new_code
from clusterdesk.services.events import EventDB, badge_keys, create_event, event_info
from clusterdesk.services.sessions import add_session, ensure_tables
from clusterdesk.store.models import Meeting, MeetingTable, Organization, Participant, Slot

DAY = date(2026, 5, 14)
FIRST = ["Kęstutis", "Jolanta", "Олена", "Jürgen", "Þórunn", "Åsa", "Ģirts", "Žydrūnė"]
LAST = ["Šetkus", "Aviženytė", "Фесенко", "Groß", "Sigurðardóttir", "Ødegård", "Ģērmanis"]
ORGS = [
    "Lithuanian Sports Cluster",
    "Aviženė UAB",
    "Kyiv Tech Hub",
    "Groß GmbH Maschinenbau und Automatisierungstechnik",
    "Reykjavík Cluster",
    "Ødegård AS",
    "Latvian Information and Communications Technology Association",
]


class FakeClock:
    """The injectable clock: stands still until a test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def local(db: EventDB, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime.combine(DAY, time(hh, mm, ss), event_info(db).tz)


def many_tables_event(path: Path, tables: int = 1000, rounds: int = 2, seed: int = 5) -> EventDB:
    rng = random.Random(seed)
    db = create_event(path, name="Baltic Sea Region Cluster Forum", start=DAY, venue="Riga")
    add_session(
        db,
        name="B2B matchmaking",
        day=DAY,
        start=time(13, 0),
        end=(datetime(2000, 1, 1, 13) + timedelta(minutes=20 * rounds)).time(),
        slot_minutes=20,
    )
    ensure_tables(db, tables, "T")
    prefix, secret = badge_keys(db)
    now = datetime.now(UTC)
    with db.write() as s:
        s.execute(insert(Organization), [{"name": o, "country": ""} for o in ORGS])
        orgs = list(s.scalars(select(Organization.id)))
        s.execute(
            insert(Participant),
            [
                {
                    "first_name": FIRST[i % len(FIRST)],
                    "last_name": f"{LAST[i % len(LAST)]} {i}",
                    "email": f"p{i}@example.org",
                    "organization_id": orgs[i % len(orgs)],
                    "badge_code": new_code(prefix, secret),
                    "search_key": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(2 * tables)
            ],
        )
        people = list(s.scalars(select(Participant.id)))
        table_ids = list(
            s.scalars(select(MeetingTable.id).order_by(MeetingTable.position, MeetingTable.id))
        )
        rows = []
        for slot in s.scalars(select(Slot.id).order_by(Slot.starts_at)):
            rng.shuffle(people)
            rows += [
                {
                    "participant_a_id": people[2 * t],
                    "participant_b_id": people[2 * t + 1],
                    "slot_id": slot,
                    "table_id": table_ids[t],
                    "status": "scheduled",
                    "locked": False,
                    "created_at": now,
                }
                for t in range(tables)
            ]
        s.execute(insert(Meeting), rows)
    return db
