"""Brute-force scanning: many failed scans in a short time, read from the failed-scan log.

Someone trying made-up or altered badge codes at a desk leaves a trail of ``scan_failed`` entries
in ``checkin_log`` (unknown, altered, other event's or not a code at all). The desks poll
:func:`failed_scan_alarm` with their live figures; when it starts, :func:`record_alarm` writes it
to the audit log (counts and desks; never the codes tried) and the desk page shows a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from clusterdesk.services.checkin import result as outcome
from clusterdesk.services.participants import audit
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import CheckInLog
from clusterdesk.store.types import utcnow

WINDOW = timedelta(seconds=60)
THRESHOLD = 10  # failed scans within WINDOW, all desks together
GUESSES = (outcome.UNKNOWN_CODE, outcome.ALTERED_CODE, outcome.OTHER_EVENT, outcome.NOT_A_CODE)


@dataclass(frozen=True)
class ScanAlarm:
    failed: int  # failed scans within the window
    window_seconds: int
    since: datetime  # the first of them (UTC)
    by_desk: tuple[tuple[str, int], ...]  # most first


def failed_scan_alarm(
    db: EventDB,
    *,
    now: datetime | None = None,
    window: timedelta = WINDOW,
    threshold: int = THRESHOLD,
) -> ScanAlarm | None:
    """An alarm when ``threshold`` or more scans failed within ``window`` (one indexed query)."""
    start = (now or utcnow()) - window
    q = (
        select(CheckInLog.desk, func.count(), func.min(CheckInLog.at))
        .where(
            CheckInLog.at >= start,
            CheckInLog.action == outcome.ACTION_SCAN_FAILED,
            CheckInLog.reason.in_(GUESSES),
        )
        .group_by(CheckInLog.desk)
    )
    with db.read() as s:
        rows = [(desk, int(n), first) for desk, n, first in s.execute(q)]
    failed = sum(n for _d, n, _f in rows)
    if failed < threshold:
        return None
    by_desk = tuple(sorted(((d, n) for d, n, _f in rows), key=lambda x: (-x[1], x[0])))
    since = min(f for _d, _n, f in rows)
    return ScanAlarm(failed, int(window.total_seconds()), since, by_desk)


def record_alarm(db: EventDB, alarm: ScanAlarm, *, desk: str) -> None:
    """Write the alarm to the audit log (what a desk saw; the codes tried stay in the scan log)."""
    desks = ", ".join(f"{d or '?'}: {n}" for d, n in alarm.by_desk)
    details = f"{alarm.failed} failed scans in {alarm.window_seconds} s ({desks})"
    with db.write() as s:
        audit(s, "checkin.failed_scan_alarm", "checkin_log", None, details, desk)
