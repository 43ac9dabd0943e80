"""A scheduler run can be undone: the plan before it is stored and brought back (SQLite and the
real PostgreSQL server), also from the Meetings page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from clusterdesk.cli.words import describe
from clusterdesk.services.meeting_edits import set_locked
from clusterdesk.services.meetings import schedule_meetings
from clusterdesk.services.plan_backups import KEEP, latest_plan, list_plans, restore_plan, save_plan
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Meeting
from tests.meetings.gui_helpers import demo_event, make_page
from tests.meetings.rules_check import plan_problems


def cells(db: EventDB) -> dict[int | None, tuple[int, int | None, str]]:
    """request -> (slot, table, status) of every meeting that holds a cell."""
    with db.read() as s:
        return {
            r.request_id: (r.slot_id, r.table_id, r.status)
            for r in s.execute(
                select(Meeting.request_id, Meeting.slot_id, Meeting.table_id, Meeting.status).where(
                    Meeting.status != "cancelled"
                )
            )
        }


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def planned(request: pytest.FixtureRequest, tmp_path: Path) -> EventDB:
    if request.param == "sqlite":
        target = str(tmp_path / "demo.cdesk")
    else:
        target = request.getfixturevalue("pg_url")
    db = demo_event(Path(target) if request.param == "sqlite" else target, placed=25)  # type: ignore[arg-type]
    yield db
    db.dispose()


def test_a_run_is_undone_and_what_was_fixed_since_stays(planned: EventDB) -> None:
    db = planned
    before = cells(db)
    assert len(before) > 10
    kept = save_plan(db, "before planning every unlocked meeting anew")
    assert kept.movable == len(before)
    schedule_meetings(db, keep_existing=False, time_limit=2)
    after_run = cells(db)
    assert after_run != before
    # fixed on site since the run: a meeting of the new plan locked where it is
    locked_request, (slot, table, _status) = next(
        (rid, cell) for rid, cell in after_run.items() if rid in before and before[rid] != cell
    )
    with db.read() as s:
        mid = s.scalar(select(Meeting.id).where(Meeting.request_id == locked_request))
    set_locked(db, mid, locked=True)

    locked_state = cells(db)

    result = restore_plan(db, kept.id)
    restored = cells(db)
    assert restored[locked_request] == (slot, table, "scheduled")  # the locked one stayed
    # every stored meeting is back in its cell, or named with the reason it is not
    assert result.restored + len(result.left_out) == len(before)
    back = [rid for rid, cell in before.items() if restored.get(rid) == cell]
    assert len(back) == result.restored >= len(before) - 4  # its cell and its two people
    assert any(
        why.params["why"].code == "restore.request_fixed" for why in result.left_out
    )  # the locked request's own
    assert plan_problems(db) == []
    # the plan that was replaced was stored first: the restore can be undone too
    undo = latest_plan(db)
    assert undo is not None and undo.id != kept.id and "before restoring" in describe(undo.summary)
    restore_plan(db, undo.id)
    assert cells(db) == locked_state


def test_a_stored_plan_is_counted_as_its_rows_say(planned: EventDB) -> None:
    """The page reads a stored plan's counts on every load without parsing its rows: they are
    those of the parsed rows, with held, no-show, cancelled and locked meetings among them."""
    import json

    from sqlalchemy import update

    from clusterdesk.store.models import PlanBackup

    db = planned
    with db.write() as s:
        ids = list(s.scalars(select(Meeting.id).order_by(Meeting.id)))
        s.execute(update(Meeting).where(Meeting.id == ids[0]).values(status="held"))
        s.execute(update(Meeting).where(Meeting.id == ids[1]).values(status="cancelled"))
        s.execute(update(Meeting).where(Meeting.id == ids[2]).values(status="no_show", absent="a"))
        s.execute(update(Meeting).where(Meeting.id.in_(ids[3:5])).values(locked=True))
    info = save_plan(db, "before a run")
    with db.read() as s:
        rows = json.loads(s.scalar(select(PlanBackup.meetings).where(PlanBackup.id == info.id)))
    assert info.meetings == sum(1 for r in rows if r["status"] != "cancelled") == len(ids) - 1
    movable = sum(1 for r in rows if r["status"] == "scheduled" and not r["locked"])
    assert info.movable == movable == len(ids) - 5
    assert latest_plan(db) == info


def test_only_the_newest_plans_are_kept(planned: EventDB) -> None:
    for n in range(KEEP + 3):
        save_plan(planned, f"run {n}")
    plans = list_plans(planned)
    assert [describe(p.summary) for p in plans] == [
        f"run {n}" for n in reversed(range(3, KEEP + 3))
    ]


def test_the_page_offers_to_restore_the_plan_before_a_run(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = demo_event(tmp_path / "demo.cdesk", placed=25)
    try:
        before = cells(db)
        page = make_page(qtbot, db, tmp_path)
        assert not page.plan_undo.button.isVisible()
        page.schedule(keep_existing=False)  # "plan every unlocked meeting anew"
        qtbot.waitUntil(lambda: page.progress is None, timeout=60_000)
        assert cells(db) != before
        assert page.plan_undo.button.isVisible()
        qtbot.mouseClick(page.plan_undo.button, Qt.MouseButton.LeftButton)
        box = page.plan_undo.box
        assert box is not None and box.isVisible() and "replace" in box.informativeText()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "previous plan is back" in page.message.text(), timeout=10_000)
        assert cells(db) == before
        qtbot.waitUntil(lambda: page.board is not None and page.board.scheduled == len(before))
        assert not page.plan_undo.button.isVisible()
    finally:
        db.dispose()
