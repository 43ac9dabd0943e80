"""Brute-force scanning is noticed from the failed-scan log (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from clusterdesk.services import checkin
from clusterdesk.services.checkin.alarms import THRESHOLD
from clusterdesk.services.participants import set_registration
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import AuditLog
from clusterdesk.store.types import utcnow
from tests.checkin.helpers import code_of


def test_many_failed_scans_raise_an_alarm(event_db: EventDB, people: dict[str, int]) -> None:
    real = code_of(event_db, people["kestutis"])
    altered = real[:-1] + ("A" if real[-1] != "A" else "B")
    set_registration(event_db, people["jolanta"], "cancelled")
    cancelled = code_of(event_db, people["jolanta"])
    for _ in range(3):  # a cancelled registration is a person, not a guess
        checkin.check_in(event_db, code=cancelled, desk="Desk 1")
    for n in range(THRESHOLD - 1):
        checkin.check_in(event_db, code=f"guess-{n}", desk="Desk 2")
    assert checkin.failed_scan_alarm(event_db) is None
    checkin.check_in(event_db, code=altered, desk="Desk 1")
    alarm = checkin.failed_scan_alarm(event_db)
    assert alarm is not None and alarm.failed == THRESHOLD
    assert alarm.by_desk == (("Desk 2", THRESHOLD - 1), ("Desk 1", 1))
    later = utcnow() + timedelta(minutes=2)  # the burst is over a minute later
    assert checkin.failed_scan_alarm(event_db, now=later) is None

    checkin.record_alarm(event_db, alarm, desk="Desk 1")
    with event_db.read() as s:
        entry = s.execute(
            select(AuditLog.actor, AuditLog.details).where(
                AuditLog.action == "checkin.failed_scan_alarm"
            )
        ).one()
    assert entry.actor == "Desk 1" and f"{THRESHOLD} failed scans" in entry.details
    assert "guess" not in entry.details and altered not in entry.details
