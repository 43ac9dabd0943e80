"""Several desks in separate processes checking in the same crowd at the same moment."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clusterdesk.services.events import create_event
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Attendance, CheckInLog
from tests.checkin.helpers import add_many

ROOT = Path(__file__).resolve().parents[2]


def race(target: str, plan: list[list[str]], tmp_path: Path) -> list[dict[str, str]]:
    """Desk ``d`` scans the codes ``plan[d]`` in order, all desks starting at the same moment."""
    start_at = time.time() + 3.0
    procs = []
    for d, codes in enumerate(plan):
        codes_file = tmp_path / f"codes-{d}.json"
        codes_file.write_text(json.dumps(codes), encoding="utf-8")
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.checkin.race_worker",
                    target,
                    f"Desk {d + 1}",
                    str(start_at),
                    str(codes_file),
                ],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    answers = []
    for p in procs:
        out, err = p.communicate(timeout=400)
        assert p.returncode == 0, err
        answers += [json.loads(line) for line in out.splitlines()]
    return answers


def overlapping_plan(codes: list[str], desks: int) -> list[list[str]]:
    """Person ``i`` is scanned by desks ``i % n`` and ``i+1 % n`` at about the same moment (each
    desk goes through its people in the same order), every tenth person by all desks."""
    plan: list[list[str]] = [[] for _ in range(desks)]
    for i, code in enumerate(codes):
        chosen = range(desks) if i % 10 == 0 else {i % desks, (i + 1) % desks}
        for d in chosen:
            plan[d].append(code)
    return plan


def check_outcome(db: EventDB, codes: list[str], answers: list[dict[str, str]], scans: int) -> None:
    assert len(answers) == scans
    by_result = Counter(a["result"] for a in answers)
    assert by_result == {"checked_in": len(codes), "already_checked_in": scans - len(codes)}
    winners = Counter(a["code"] for a in answers if a["result"] == "checked_in")
    assert set(winners) == set(codes) and set(winners.values()) == {1}
    winner_desk = {a["code"]: a["desk"] for a in answers if a["result"] == "checked_in"}
    for a in answers:  # every loser was told the winner's desk
        assert a["desk"] == winner_desk[a["code"]]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == len(codes)
        per_person = s.execute(
            select(CheckInLog.participant_id, func.count())
            .where(CheckInLog.result == "checked_in")
            .group_by(CheckInLog.participant_id)
        ).all()
        assert len(per_person) == len(codes) and {n for _, n in per_person} == {1}
        linked = s.scalar(
            select(func.count())
            .select_from(Attendance)
            .join(CheckInLog, CheckInLog.id == Attendance.log_id)
            .where(CheckInLog.result == "checked_in", CheckInLog.desk == Attendance.desk)
        )
        assert linked == len(codes)


@pytest.mark.postgres
def test_four_desks_race_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    db = create_event(pg_url, name="Race", start=date(2026, 5, 14))
    try:
        codes = [code for _, code in add_many(db, 1000)]
        plan = overlapping_plan(codes, 4)
        answers = race(pg_url, plan, tmp_path)
        check_outcome(db, codes, answers, sum(map(len, plan)))
    finally:
        db.dispose()


def test_two_desks_race_on_one_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "race.cdesk"
    db = create_event(path, name="Race", start=date(2026, 5, 14))
    try:
        codes = [code for _, code in add_many(db, 300)]
        answers = race(str(path), [codes, codes[::-1]], tmp_path)
        check_outcome(db, codes, answers, 2 * len(codes))
    finally:
        db.dispose()
