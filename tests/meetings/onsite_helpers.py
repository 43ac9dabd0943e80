"""A small event 30 days ahead (the on-site screens and the CLI work against the real clock):
one session 13:00-14:00 of three 20-minute rounds, tables T1 and T2, four people; Kęstutis meets
Jolanta at 13:00 and Олена at 13:20 (T1); Олена–Jolanta is accepted and waiting."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from clusterdesk.services.events import create_event
from clusterdesk.services.sessions import add_session, ensure_tables, list_slots
from clusterdesk.store.models import Meeting, MeetingRequest
from tests.checkin.helpers import add_person


def future_event(path: Path) -> dict[str, str]:
    """An event 30 days from today (the CLI works against the real clock)."""
    day = date.today() + timedelta(days=30)
    db = create_event(path, name="Forum", start=day)
    try:
        add_session(db, name="B2B", day=day, start=time(13, 0), end=time(14, 0), slot_minutes=20)
        ensure_tables(db, 2, "T")
        people = {
            n: add_person(db, first, last)
            for n, first, last in (
                ("k", "Kęstutis", "Šetkus"),
                ("j", "Jolanta", "Aviženytė"),
                ("o", "Олена", "Фесенко"),
                ("a", "Åsa", "Ødegård"),
            )
        }
        slots = [s.id for s in list_slots(db)]
        with db.write() as s:
            tables = [1, 2]
            for (x, y), slot in ((("k", "j"), 0), (("k", "o"), 1)):
                r = MeetingRequest(requester_id=people[x], target_id=people[y], status="accepted")
                s.add(r)
                s.flush()
                s.add(
                    Meeting(
                        request_id=r.id,
                        participant_a_id=people[x],
                        participant_b_id=people[y],
                        slot_id=slots[slot],
                        table_id=tables[0],
                    )
                )
            s.add(
                MeetingRequest(requester_id=people["o"], target_id=people["j"], status="accepted")
            )
    finally:
        db.dispose()
    return {
        "k": "kęstutis.šetkus@example.lt",
        "j": "jolanta.aviženytė@example.lt",
        "o": "олена.фесенко@example.lt",
        "a": "åsa.ødegård@example.lt",
    }
