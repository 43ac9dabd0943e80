"""Another program holding the event's write lock beyond the busy timeout."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from clusterdesk.core.errors import EventBusyError
from clusterdesk.services.checkin import check_in
from clusterdesk.services.events import open_event
from tests.reliability.helpers import cli_env, one_line

SHORT = {"CLUSTERDESK_BUSY_TIMEOUT": "1"}


def _code(path: Path, index: int = 0) -> str:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT badge_code FROM participant ORDER BY id").fetchall()
        return str(rows[index][0])
    finally:
        conn.close()


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    """What DB Browser or a stuck desk does: a write transaction left open."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE event SET venue = venue")
    return holder


def test_a_lock_held_beyond_the_busy_timeout_is_a_clear_error(demo_file: Path) -> None:
    code = _code(demo_file)
    holder = _hold_write_lock(demo_file)
    try:
        run = cli_env("checkin", str(demo_file), code, env=SHORT)
        assert run.code == 2, run
        line = one_line(run.err)
        assert "The event is busy at another desk or program" in line
        assert str(demo_file) in line and "try again" in line
        assert code not in run.err  # no SQL with the scanned code in it
        looked = cli_env("participants", str(demo_file), env=SHORT)
        assert looked.code == 0, looked  # readers are not blocked (WAL)
    finally:
        holder.rollback()
        holder.close()
    again = cli_env("checkin", str(demo_file), code, "--json", env=SHORT)
    assert again.code == 0, again
    assert json.loads(again.out)["result"] == "checked_in"


def test_a_lock_released_within_the_timeout_is_waited_for(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLUSTERDESK_BUSY_TIMEOUT", "5")
    db = open_event(demo_file)
    holder = _hold_write_lock(demo_file)
    release = threading.Timer(0.5, holder.rollback)
    release.start()
    try:
        started = time.monotonic()
        result = check_in(db, code=_code(demo_file, 1), desk="Desk 2")
        waited = time.monotonic() - started
        assert result.result == "checked_in"
        assert waited >= 0.3  # it did wait for the lock (no upper bound: the machine is shared)
    finally:
        release.join()
        holder.close()
        db.dispose()


def test_the_service_raises_the_expected_error(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLUSTERDESK_BUSY_TIMEOUT", "0.5")
    db = open_event(demo_file)
    holder = _hold_write_lock(demo_file)
    try:
        with pytest.raises(EventBusyError) as caught:
            check_in(db, code=_code(demo_file, 2), desk="Desk 3")
        assert caught.value.code == "busy" and caught.value.exit_code == 2
    finally:
        holder.rollback()
        holder.close()
        db.dispose()
    conn = sqlite3.connect(demo_file)
    assert conn.execute("SELECT count(*) FROM checkin_log").fetchone()[0] == 0
    conn.close()
