"""`clusterdesk schedule` on a small real event file: what was proven (optimal, lower bound), the
time limit used, fairness and its spread, and per participant the breaks no plan could avoid
and why — in the JSON, in the text output and in the app's outcome dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import cli

PEOPLE = """first_name,last_name,email,unavailable
Ona,Šetkutė,ona@x.lt,2026-05-12 09:20-09:40
Jonas,Ģērmanis,jonas@x.lt,2026-05-12 09:20-10:00
Pia,Þórunn,pia@x.lt,2026-05-12 09:00-09:20
Ivan,Фесенко,ivan@x.lt,
"""
# Slots 09:00, 09:20, 09:40. Ona meets Jonas (09:00 only: he is away later) and Pia (09:40 only:
# Ona is away at 09:20, Pia at 09:00): one break nobody can avoid. Ivan meets Pia at 09:20.
REQUESTS = """requester_email,target_email
ona@x.lt,jonas@x.lt
ona@x.lt,pia@x.lt
ivan@x.lt,pia@x.lt
"""


@pytest.fixture(scope="module")
def event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("forced")
    path = folder / "forced.cdesk"
    (folder / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (folder / "requests.csv").write_text(REQUESTS, encoding="utf-8")
    for args in (
        ("new", str(path), "--name", "Forced", "--start", "2026-05-12"),
        ("sessions", "add", str(path), "--name", "Morning", "--date", "2026-05-12"),
        ("tables", str(path), "--count", "2"),
        ("import", "participants", str(path), str(folder / "people.csv")),
        ("import", "requests", str(path), str(folder / "requests.csv")),
    ):
        if args[0] == "sessions":
            args = args + ("--start", "09:00", "--end", "10:00", "--slot-minutes", "20")
        run = cli(*args)
        assert run.code == 0, run.err
    return path


def _copy(event: Path, tmp_path: Path) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    target = tmp_path / "event.cdesk"
    target.write_bytes(event.read_bytes())
    return target


def test_json_says_what_was_proven_and_why_breaks_are_unavoidable(
    event: Path, tmp_path: Path
) -> None:
    run = cli("schedule", str(_copy(event, tmp_path)), "--json")
    assert run.code == 0, run.err
    plan = run.json()
    assert plan["scheduled"] == 3 and plan["unscheduled"] == 0
    assert plan["breaks"] == 1 and plan["lower_bound"] == 1 and plan["optimal"] is True
    assert plan["time_limit"] == 10.0 and plan["seconds"] > 0
    assert plan["fairness"] is None and plan["fair"] is None
    assert plan["spread"] == {"min": 0, "max": 1}
    people = {p["email"]: p for p in plan["participants"]}
    assert people["ona@x.lt"] == {
        "email": "ona@x.lt",
        "meetings": 2,
        "breaks": 1,
        "unavoidable": 1,
        "reasons": ["availability"],
    }
    assert people["ivan@x.lt"]["breaks"] == 0 and people["ivan@x.lt"]["reasons"] == []
    # the keys every script relies on are still there
    for key in ("scheduled", "unscheduled", "breaks", "meetings", "unscheduled_requests"):
        assert key in plan


def test_fairness_and_text_output(event: Path, tmp_path: Path) -> None:
    run = cli("schedule", str(_copy(event, tmp_path)), "--json", "--fairness", "0")
    assert run.code == 0, run.err
    plan = run.json()
    # Ona's break cannot be avoided and nobody else can have one: fairness 0 cannot be met, and
    # no meeting is dropped to meet it
    assert plan["scheduled"] == 3 and plan["fairness"] == 0 and plan["fair"] is False
    text = cli("schedule", str(_copy(event, tmp_path / "again")), "--fairness")
    assert text.code == 0, text.err
    assert "unavoidable: Ona Šetkutė: 1 of 1 breaks (availability)" in text.out
    assert "proven optimal" in text.out
    assert "fairness 2: met (breaks per participant 0–1)" in text.out


def test_a_time_limit_that_is_not_a_number_of_seconds(event: Path, tmp_path: Path) -> None:
    run = cli("schedule", str(_copy(event, tmp_path)), "--time-limit", "0")
    assert run.code == 2 and "time limit" in run.err


def test_outcome_dialog_lists_unavoidable_breaks(qtbot, event: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from clusterdesk.services.events import open_event
    from clusterdesk.services.meetings import MeetingPlan
    from clusterdesk.ui.meetings.schedule_dialog import ScheduleProgressDialog, run_schedule
    from clusterdesk.ui.workers import TaskRunner

    db = open_event(str(_copy(event, tmp_path)))
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    try:
        dialog = ScheduleProgressDialog(parent)
        plans: list[MeetingPlan] = []
        run_schedule(
            runner,
            db,
            dialog,
            keep_existing=False,
            time_limit=5,
            on_result=plans.append,
            on_error=pytest.fail,
        )
        qtbot.waitUntil(lambda: bool(plans), timeout=60_000)
        assert dialog.unavoidable.isVisible() or not parent.isVisible()
        assert "Ona Šetkutė: 1 (availability)" in dialog.unavoidable.text()
        assert "proven optimal" in dialog.bound.text()
    finally:
        runner.wait()
        db.dispose()
