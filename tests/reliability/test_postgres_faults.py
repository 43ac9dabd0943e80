"""A shared PostgreSQL event: a backup while desks check in, and the server stopping in the
middle of a check-in (its own throw-away server, so the session's server keeps running)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from clusterdesk.services.backup import backup_event
from clusterdesk.services.checkin import check_in
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import create_event, open_event
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Attendance, CheckInLog, Participant
from tests.checkin.helpers import add_many
from tests.pg import PostgresServer, find_pg_bin
from tests.reliability.helpers import ROOT, one_line
from tests.system_deps import need_pg

pytestmark = pytest.mark.postgres


def _codes(db: EventDB) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Participant.badge_code).order_by(Participant.id)))


def test_backup_while_desks_check_in_is_one_consistent_snapshot(
    pg_url: str, tmp_path: Path
) -> None:
    build_demo(pg_url, participants=400, seed=3)
    db = open_event(pg_url)
    codes = _codes(db)
    stop = threading.Event()
    done: list[str] = []

    def desk() -> None:
        other = open_event(pg_url)  # another desk: its own connections
        try:
            for code in codes:
                if stop.is_set():
                    break
                check_in(other, code=code, desk="Desk 2")
                done.append(code)
        finally:
            other.dispose()

    worker = threading.Thread(target=desk)
    worker.start()
    copies = []
    try:
        while len(copies) < 4 and worker.is_alive():
            copies.append(backup_event(db, tmp_path / f"copy-{len(copies)}.cdesk"))
    finally:
        stop.set()
        worker.join()
        db.dispose()
    assert len(copies) >= 2 and done, "the backups must overlap the check-ins"
    for path in copies:
        copy = open_event(path)
        with copy.read() as s:
            attendance = s.scalar(select(func.count()).select_from(Attendance))
            logged = s.scalar(select(func.count()).where(CheckInLog.result == "checked_in"))
            orphans = s.scalar(
                select(func.count())
                .select_from(Attendance)
                .outerjoin(CheckInLog, Attendance.log_id == CheckInLog.id)
                .where(CheckInLog.id.is_(None))
            )
        copy.dispose()
        assert attendance == logged and orphans == 0, path  # nothing half-copied


# --- the server stopping in the middle of a check-in ---------------------------------------------


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    if find_pg_bin() is None:
        need_pg(None)
    base = Path(tempfile.mkdtemp(prefix="clusterdesk-pg-own-"))
    server = PostgresServer(base)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


def _event(server: PostgresServer) -> tuple[str, str]:
    url = server.new_database()
    db = create_event(url, name="Forum", start=date(2026, 5, 14))
    code = add_many(db, 3)[0][1]
    db.dispose()
    return url, code


def _dsn(server: PostgresServer, url: str) -> str:
    return f"host=127.0.0.1 port={server.port} user=clusterdesk dbname={url.rsplit('/', 1)[1]}"


def _checkin(url: str, code: str, retry_seconds: float) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONIOENCODING": "utf-8",
        "CLUSTERDESK_RETRY_SECONDS": str(retry_seconds),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "clusterdesk", "checkin", url, code, "--json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_until_blocked(server: PostgresServer, url: str) -> None:
    """Until another session waits for the lock we hold (the check-in is under way)."""
    deadline = time.monotonic() + 60
    with psycopg.connect(_dsn(server, url), autocommit=True) as watcher:
        while time.monotonic() < deadline:
            row = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            ).fetchone()
            if row and row[0]:
                return
            time.sleep(0.05)
    raise AssertionError("the check-in never reached the database")


def _attendance(server: PostgresServer, url: str) -> int:
    with psycopg.connect(_dsn(server, url)) as conn:
        row = conn.execute("SELECT count(*) FROM attendance").fetchone()
        assert row is not None
        return int(row[0])


def _lock_attendance(server: PostgresServer, url: str) -> psycopg.Connection:
    locker = psycopg.connect(_dsn(server, url))
    locker.execute("LOCK TABLE attendance IN ACCESS EXCLUSIVE MODE")
    return locker


def test_server_gone_mid_check_in_then_the_retry_after_its_restart_works(
    own_server: PostgresServer,
) -> None:
    url, code = _event(own_server)
    _locker = _lock_attendance(own_server, url)  # noqa: F841 - held until the server stops
    desk = _checkin(url, code, retry_seconds=1)
    _wait_until_blocked(own_server, url)
    own_server.stop("fast")  # a service manager stopping it: sessions end at once
    out, err = desk.communicate(timeout=120)
    assert desk.returncode == 2, (out, err)
    line = one_line(err)
    assert "The database server 127.0.0.1" in line and "Nothing was confirmed" in line
    assert "Traceback" not in err and code not in err and out == ""  # never "checked in"

    own_server.resume()
    assert _attendance(own_server, url) == 0  # it was not checked in
    again = _checkin(url, code, retry_seconds=1)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert json.loads(out)["result"] == "checked_in"
    assert _attendance(own_server, url) == 1


def test_a_restart_within_the_retry_time_goes_unnoticed(own_server: PostgresServer) -> None:
    url, code = _event(own_server)
    _locker = _lock_attendance(own_server, url)  # noqa: F841 - held until the server stops
    desk = _checkin(url, code, retry_seconds=60)
    _wait_until_blocked(own_server, url)
    own_server.stop("fast")
    own_server.resume()
    out, err = desk.communicate(timeout=120)
    assert desk.returncode == 0, err
    assert json.loads(out)["result"] == "checked_in"
    assert _attendance(own_server, url) == 1  # exactly one, though it was sent twice
