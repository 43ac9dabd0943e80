"""The schedule dialogs with real keys and a real event: the automatic time limit, fair sharing of
breaks, and the progress dialog showing the limit, the proven bound and the outcome."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from clusterdesk.scheduling import solver
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event
from clusterdesk.services.meetings import MeetingPlan
from clusterdesk.ui.meetings.schedule_dialog import (
    ScheduleOptionsDialog,
    ScheduleProgressDialog,
    run_schedule,
)
from clusterdesk.ui.workers import TaskRunner


def test_options_automatic_limit_and_fair_sharing(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ScheduleOptionsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.limit.text() == "Automatic" and dialog.time_limit is None
    assert dialog.fairness is None and not dialog.fair_d.isEnabled()
    dialog.limit.setFocus()
    qtbot.keyClick(dialog.limit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.limit, "25")
    assert dialog.time_limit == 25.0
    qtbot.keyClick(dialog.fair, Qt.Key.Key_Space)
    assert dialog.fairness == 2 and dialog.fair_d.isEnabled()
    dialog.fair_d.setFocus()
    qtbot.keyClick(dialog.fair_d, Qt.Key.Key_Up)
    assert dialog.fairness == 3
    qtbot.keyClick(dialog.fair, Qt.Key.Key_Space)
    assert dialog.fairness is None
    # back to automatic: the spin box's lowest value
    dialog.limit.setFocus()
    qtbot.keyClick(dialog.limit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.limit, "0")
    assert dialog.time_limit is None


def test_progress_shows_limit_bound_and_outcome(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the solver's part in this process (the greedy, relaying the children's schedules) runs
    # on the runner's thread, never on the GUI thread
    threads: list[threading.Thread] = []
    report = solver._Run.report

    def spy_report(run: solver._Run, phase: str) -> None:
        threads.append(threading.current_thread())
        report(run, phase)

    monkeypatch.setattr(solver._Run, "report", spy_report)
    build_demo(tmp_path / "demo.cdesk", participants=30)
    db = open_event(str(tmp_path / "demo.cdesk"))
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    try:
        dialog = ScheduleProgressDialog(parent)
        plans: list[MeetingPlan] = []
        errors: list[BaseException] = []
        run_schedule(
            runner,
            db,
            dialog,
            keep_existing=False,
            time_limit=None,
            fairness=2,
            on_result=plans.append,
            on_error=errors.append,
        )
        assert dialog.isVisible() and QApplication.activeModalWidget() is dialog
        qtbot.waitUntil(lambda: bool(plans or errors), timeout=60_000)
        assert not errors
        assert threads and threading.main_thread() not in threads
        plan = plans[0]
        assert plan.time_limit == 10.0  # automatic, for an event of this size
        assert dialog.finished_run and dialog.close_button.isVisible()
        assert not dialog.cancel_button.isVisible()
        assert QApplication.activeModalWidget() is None  # the outcome does not block the app
        assert "of 10 s" in dialog.elapsed.text()
        assert dialog.breaks.text() == str(plan.breaks)
        if plan.optimal:
            assert "proven optimal" in dialog.bound.text()
        else:
            assert plan.lower_bound is not None
            assert f"at least {plan.lower_bound}" in dialog.bound.text()
        assert "Fair sharing (2)" in dialog.phase.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    finally:
        runner.wait()
        db.dispose()
