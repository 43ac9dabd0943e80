"""`clusterdesk schedule` and `clusterdesk meetings` through the real command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from clusterdesk.services.events import open_event
from clusterdesk.services.meeting_edits import set_locked, set_status
from clusterdesk.store.models import Meeting, MeetingRequest, Participant
from tests.cli.helpers import cli
from tests.meetings.rules_check import plan_problems

MEETING_KEYS = {"id", "participants", "slot", "table", "session", "status", "locked"}
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


@pytest.fixture(scope="module")
def scheduled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:  # type: ignore[type-arg]
    path = tmp_path_factory.mktemp("cli") / "forum.cdesk"
    assert cli("demo", str(path), "--participants", "80").code == 0
    run = cli("schedule", str(path), "--json", "--time-limit", "3")
    assert run.code == 0, run.err
    return path, run.json()


def check_shape(plan: dict) -> None:  # type: ignore[type-arg]
    assert {"scheduled", "unscheduled", "breaks", "meetings", "unscheduled_requests"} <= set(plan)
    assert plan["scheduled"] == len(plan["meetings"]) > 0
    assert plan["unscheduled"] == len(plan["unscheduled_requests"])
    assert isinstance(plan["breaks"], int) and plan["breaks"] >= 0
    for m in plan["meetings"]:
        assert set(m) == MEETING_KEYS
        assert len(m["participants"]) == 2 and all("@" in e for e in m["participants"])
        assert ISO_WITH_OFFSET.match(m["slot"]), m["slot"]
        assert m["table"] and m["session"] == "B2B matchmaking"
        assert m["status"] in ("scheduled", "held", "no_show")
    for u in plan["unscheduled_requests"]:
        assert set(u) == {"requester_email", "target_email", "reason"} and u["reason"]


def test_schedule_json_is_a_valid_plan(scheduled) -> None:  # type: ignore[no-untyped-def]
    path, plan = scheduled
    check_shape(plan)
    db = open_event(str(path))
    try:
        assert plan_problems(db) == []
        with db.read() as s:
            accepted = s.scalar(
                select(MeetingRequest.id).where(MeetingRequest.status == "accepted")
            )
            assert accepted is not None
    finally:
        db.dispose()


def test_meetings_json_lists_the_same_plan(scheduled) -> None:  # type: ignore[no-untyped-def]
    path, plan = scheduled
    run = cli("meetings", str(path), "--json")
    assert run.code == 0, run.err
    listed = run.json()
    check_shape(listed)
    assert listed["meetings"] == plan["meetings"]
    assert listed["breaks"] == plan["breaks"]
    assert {(u["requester_email"], u["target_email"]) for u in listed["unscheduled_requests"]} == {
        (u["requester_email"], u["target_email"]) for u in plan["unscheduled_requests"]
    }
    text = cli("meetings", str(path))
    assert text.code == 0 and f"{plan['scheduled']} meetings scheduled" in text.out


def _cells(db) -> dict[int, tuple[int, int | None, str, bool]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return {
            m.id: (m.slot_id, m.table_id, m.status, m.locked) for m in s.scalars(select(Meeting))
        }


def test_keep_existing_moves_nothing_and_locked_meetings_never_move(tmp_path: Path) -> None:
    path = tmp_path / "forum.cdesk"
    assert cli("demo", str(path), "--participants", "60").code == 0
    assert cli("schedule", str(path), "--time-limit", "2").code == 0
    db = open_event(str(path))
    try:
        ids = sorted(_cells(db))
        set_locked(db, ids[0], True)
        set_status(db, ids[1], "held")
        with db.write() as s:  # a last-minute request between two people
            people = list(s.scalars(select(Participant.id).where(Participant.status == "active")))
            pairs = {
                frozenset((r.requester_id, r.target_id)) for r in s.scalars(select(MeetingRequest))
            }
            a, b = next(
                (x, y) for x in people for y in people if x < y and frozenset((x, y)) not in pairs
            )
            s.add(MeetingRequest(requester_id=a, target_id=b, status="accepted"))
        before = _cells(db)
        run = cli("schedule", str(path), "--keep-existing", "--json", "--time-limit", "2")
        assert run.code == 0, run.err
        after = _cells(db)
        assert {k: after[k] for k in before} == before  # nothing already placed changed
        assert plan_problems(db) == []
        new = set(after) - set(before)
        plan = run.json()
        placed_pairs = {frozenset(m["participants"]) for m in plan["meetings"]}
        assert len(new) <= 1 and plan["scheduled"] == len(after) - sum(
            1 for v in after.values() if v[2] == "cancelled"
        )
        del placed_pairs

        run = cli("schedule", str(path), "--json", "--time-limit", "2")  # plan all unlocked anew
        assert run.code == 0, run.err
        again = _cells(db)
        assert again[ids[0]] == before[ids[0]]  # locked: untouched
        assert again[ids[1]] == before[ids[1]]  # held: untouched
        assert plan_problems(db) == []
    finally:
        db.dispose()


def test_bad_input_changes_nothing(tmp_path: Path, scheduled) -> None:  # type: ignore[no-untyped-def]
    path, plan = scheduled
    run = cli("schedule", str(path), "--time-limit", "0")
    assert run.code == 2 and "time limit" in run.err
    assert cli("meetings", str(path), "--json").json()["meetings"] == plan["meetings"]
    missing = cli("schedule", str(tmp_path / "nowhere.cdesk"))
    assert missing.code == 2 and "No event file" in missing.err


def test_schedule_without_sessions_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "empty.cdesk"
    assert cli("new", str(path), "--name", "Forum", "--start", "2026-05-14").code == 0
    run = cli("schedule", str(path))
    assert run.code == 2 and "add a session first" in run.err


def test_schedule_undo_brings_back_the_plan_before_the_run(tmp_path: Path) -> None:
    path = tmp_path / "undo.cdesk"
    assert cli("demo", str(path), "--participants", "60").code == 0
    nothing = cli("schedule", str(path), "--undo")
    assert nothing.code == 2 and "No plan has been stored yet" in nothing.err
    first = cli("schedule", str(path), "--json", "--time-limit", "2").json()
    second = cli("schedule", str(path), "--json", "--time-limit", "2", "--seed", "7").json()

    def cells(plan: dict) -> set[tuple[str, str | None, tuple[str, ...]]]:  # type: ignore[type-arg]
        return {(m["slot"], m["table"], tuple(m["participants"])) for m in plan["meetings"]}

    undone = cli("schedule", str(path), "--undo", "--json")
    assert undone.code == 0, undone.err
    plan = undone.json()
    assert plan["left_out"] == [] and plan["restored"] == first["scheduled"]
    assert cells(plan) == cells(first)
    assert cells(second) != cells(first) or second["scheduled"] == first["scheduled"]
    db = open_event(str(path))
    try:
        assert plan_problems(db) == []
    finally:
        db.dispose()
