"""kill -9 right after "checked_in": the check-in must be in the file when it is opened again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

from clusterdesk.services.events import create_event, open_event
from clusterdesk.store.engine import integrity_ok
from clusterdesk.store.models import Attendance, Participant
from tests.checkin.helpers import add_many

ROOT = Path(__file__).resolve().parents[2]


def test_kill_9_after_checked_in_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "desk.cdesk"
    db = create_event(path, name="Durability", start=date(2026, 5, 14))
    codes = [code for _, code in add_many(db, 120)]
    db.dispose()
    codes_file = tmp_path / "codes.json"
    codes_file.write_text(json.dumps(codes), encoding="utf-8")
    reported: list[str] = []
    for stop_after in (1, 17):  # kill at different moments, each run on the same file
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.checkin.race_worker",
                str(path),
                "Desk K",
                str(time.time()),
                str(codes_file),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        fresh = 0
        while fresh < stop_after:
            line = json.loads(child.stdout.readline())
            if line["result"] == "checked_in":
                reported.append(line["code"])
                fresh += 1
        os.kill(child.pid, signal.SIGKILL)  # at once: no clean-up, no checkpoint, no close
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
    assert len(reported) == 18 and len(set(reported)) == 18

    db = open_event(path)
    try:
        assert integrity_ok(db)
        with db.read() as s:
            present = set(
                s.scalars(
                    select(Participant.badge_code).join(
                        Attendance, Attendance.participant_id == Participant.id
                    )
                )
            )
        assert set(reported) <= present
    finally:
        db.dispose()
