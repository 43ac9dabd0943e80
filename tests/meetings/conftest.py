"""A small B2B grid built through the real services: one session of four 20-minute slots, three
tables (T3 is Jürgen's own table), five people, requests and a few meetings placed directly."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clusterdesk.services.events import event_info, open_event
from clusterdesk.services.sessions import add_session, ensure_tables, list_slots
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    AuditLog,
    Meeting,
    MeetingRequest,
    MeetingTable,
    Participant,
    Unavailability,
)
from tests.checkin.helpers import add_person

DAY = date(2026, 5, 14)


@dataclass
class Grid:
    db: EventDB
    people: dict[str, int]
    slots: list[int]
    tables: dict[str, int]
    requests: dict[str, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)


def snapshot(db: EventDB) -> tuple[object, ...]:
    """Everything an on-site change may touch: meetings, requests and the audit log size."""
    with db.read() as s:
        meetings = sorted(
            s.execute(
                select(
                    Meeting.id,
                    Meeting.request_id,
                    Meeting.slot_id,
                    Meeting.table_id,
                    Meeting.status,
                    Meeting.locked,
                )
            )
        )
        requests = sorted(s.execute(select(MeetingRequest.id, MeetingRequest.status)))
        audits = s.scalar(select(func.count(AuditLog.id)))
    return (tuple(meetings), tuple(requests), audits)


def meeting(db: EventDB, mid: int) -> Meeting:
    with db.read() as s:
        m = s.get(Meeting, mid)
        assert m is not None
        return m


def place(db: EventDB, request_id: int, slot_id: int, table_id: int, **extra: object) -> int:
    with db.write() as s:
        r = s.get(MeetingRequest, request_id)
        assert r is not None
        m = Meeting(
            request_id=r.id,
            participant_a_id=r.requester_id,
            participant_b_id=r.target_id,
            slot_id=slot_id,
            table_id=table_id,
            **extra,
        )
        s.add(m)
        s.flush()
        return m.id


def request(db: EventDB, a: int, b: int, **extra: object) -> int:
    with db.write() as s:
        r = MeetingRequest(requester_id=a, target_id=b, status="accepted", **extra)
        s.add(r)
        s.flush()
        return r.id


@pytest.fixture
def grid(event_db: EventDB) -> Grid:
    db = event_db
    add_session(
        db, name="B2B matchmaking", day=DAY, start=time(13, 0), end=time(14, 20), slot_minutes=20
    )
    ensure_tables(db, 3, "T")
    people = {
        "kestutis": add_person(db, "Kęstutis", "Šetkus"),
        "jolanta": add_person(db, "Jolanta", "Aviženytė", org="Vilnius Tech Cluster"),
        "olena": add_person(db, "Олена", "Фесенко", org="Kyiv IT Cluster", country="Ukraine"),
        "jurgen": add_person(db, "Jürgen", "Groß", org="BioRegio Nord", country="Germany"),
        "asa": add_person(db, "Åsa", "Ødegård", org="Oslo Cancer Cluster", country="Norway"),
    }
    slots = [x.id for x in list_slots(db)]
    with db.write() as s:
        tables = {t.label: t.id for t in s.scalars(select(MeetingTable))}
        host = s.get(Participant, people["jurgen"])
        assert host is not None
        host.fixed_table_id = tables["T3"]
        tz = event_info(db).tz
        start = datetime.combine(DAY, time(13, 0), tz)
        # Åsa cannot meet in the last slot (14:00-14:20)
        s.add(
            Unavailability(
                participant_id=people["asa"],
                starts_at=start + timedelta(minutes=60),
                ends_at=start + timedelta(minutes=80),
            )
        )
    g = Grid(db, people, slots, tables)
    p = people
    g.requests["k_j"] = request(db, p["kestutis"], p["jolanta"])
    g.requests["k_o"] = request(db, p["kestutis"], p["olena"])
    g.requests["o_j"] = request(db, p["olena"], p["jolanta"])
    g.requests["a_jurgen"] = request(db, p["asa"], p["jurgen"])
    g.requests["o_a"] = request(db, p["olena"], p["asa"])
    # slot 0: Kęstutis–Jolanta at T1, Åsa–Jürgen at T3 (his table); slot 1: Kęstutis–Olena at T1
    g.meetings["k_j"] = place(db, g.requests["k_j"], slots[0], tables["T1"])
    g.meetings["a_jurgen"] = place(db, g.requests["a_jurgen"], slots[0], tables["T3"])
    g.meetings["k_o"] = place(db, g.requests["k_o"], slots[1], tables["T1"])
    return g


# --- the demo event for the Meetings page tests (tests/meetings/test_page*.py) ---------------
@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event with meetings, built once per module; each test works on its own copy."""
    from tests.meetings.gui_helpers import demo_event

    path = tmp_path_factory.mktemp("template") / "demo.cdesk"
    demo_event(path).dispose()
    return path


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Iterator[EventDB]:
    """A copy of the demo event (the file and its WAL), opened."""
    for suffix in ("", "-wal"):
        if Path(f"{template}{suffix}").exists():
            shutil.copy(f"{template}{suffix}", tmp_path / f"demo.cdesk{suffix}")
    opened = open_event(str(tmp_path / "demo.cdesk"))
    yield opened
    opened.dispose()
