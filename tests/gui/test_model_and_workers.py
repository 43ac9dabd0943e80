"""The participants model (checked with qtmodeltester) and the worker helper."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from clusterdesk.services.events import create_event
from clusterdesk.services.participants import rows_by_id, search_ids
from clusterdesk.services.people_import import import_participants
from clusterdesk.ui.participants import model as model_module
from clusterdesk.ui.participants.model import COL_CATEGORY, COL_NAME, ParticipantTableModel
from clusterdesk.ui.workers import TaskRunner, plain


@pytest.fixture
def many(tmp_path):
    db = create_event(tmp_path / "many.cdesk", name="Forum", start=date(2026, 5, 14))
    csv = tmp_path / "many.csv"
    lines = ["first_name,last_name,email,category"] + [
        f"Vardenis{n:03d},Pavardenis,p{n}@x.example,{'Company' if n % 2 else 'Research'}"
        for n in range(450)
    ]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_participants(db, csv)  # one transaction
    yield db
    db.dispose()


def sync_runner() -> TaskRunner:
    """Rows arrive within data(): deterministic block counts. Like the app's, it outlives its
    tasks (their deleteLater)."""
    return TaskRunner(QCoreApplication.instance(), synchronous=True)


def test_the_model_passes_qtmodeltester(qtmodeltester, many):
    model = ParticipantTableModel(lambda ids: rows_by_id(many, ids), runner=sync_runner())
    model.set_ids(search_ids(many, ""))
    qtmodeltester.check(model, force_py=True)
    model.set_ids(search_ids(many, "vardenis01"))
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_lazily_in_blocks_and_cached(many, monkeypatch):
    monkeypatch.setattr(model_module, "BLOCK", 100)
    monkeypatch.setattr(model_module, "CACHE_ROWS", 250)
    fetched: list[int] = []
    round_trips: list[int] = []

    def fetch(ids):
        fetched.extend(ids)
        round_trips.append(len(ids))
        return rows_by_id(many, ids)

    model = ParticipantTableModel(fetch, runner=sync_runner())
    ids = search_ids(many, "")
    model.set_ids(ids)
    assert fetched == []  # nothing read until a row is shown
    assert model.index(0, COL_NAME).data() == "Vardenis000 Pavardenis"
    assert len(fetched) == 100  # one block
    for row in range(0, 60):
        model.index(row, COL_NAME).data()
    assert len(round_trips) == 1
    assert model.index(400, COL_NAME).data() == "Vardenis400 Pavardenis"
    assert len(round_trips) == 2
    assert isinstance(
        model.index(1, COL_CATEGORY).data(Qt.ItemDataRole.DecorationRole),
        type(model.index(0, COL_CATEGORY).data(Qt.ItemDataRole.DecorationRole)),
    )
    for row in range(100, 400, 50):  # the LRU cache stays bounded
        model.index(row, COL_NAME).data()
    assert len(model._cache) <= 250
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)  # asks the page, sorts nothing itself
    assert model.ids() == ids


def test_rows_are_read_off_the_gui_thread_with_a_placeholder_meanwhile(qtbot, many):
    gui = threading.get_ident()
    threads: list[int] = []

    def fetch(ids):
        threads.append(threading.get_ident())
        return rows_by_id(many, ids)

    runner = TaskRunner(QCoreApplication.instance())  # as in the app: it outlives its tasks
    model = ParticipantTableModel(fetch, runner=runner)
    model.set_ids(search_ids(many, ""))
    assert model.index(5, COL_NAME).data() == model_module.PLACEHOLDER
    assert model.participant(5) is None
    rows: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last: rows.append((first.row(), last.row())))
    qtbot.waitUntil(lambda: bool(rows), timeout=5_000)
    assert rows[0][0] <= 5 <= rows[0][1]
    assert model.index(5, COL_NAME).data() == "Vardenis005 Pavardenis"
    assert threads and gui not in threads
    model.index(6, COL_NAME).data()
    assert len(threads) == 1  # the block was read once
    runner.wait()


def test_sort_requests_name_the_service_key(qtbot):
    model = ParticipantTableModel(lambda ids: [])
    with qtbot.waitSignal(model.sortRequested) as blocker:
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert blocker.args == ["organization", True]


def test_a_job_runs_off_the_gui_thread_and_reports_on_it(qtbot):
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: dict[str, object] = {"progress": []}

    def job(progress, cancelled):
        seen["thread"] = threading.get_ident()
        for i in range(3):
            progress(i + 1, 3)
        return "done"

    def on_progress(done, total):
        assert threading.get_ident() == gui
        seen["progress"].append((done, total))

    with qtbot.waitSignal(runner.run(job, on_progress=on_progress).finished, timeout=5_000):
        pass
    task = runner.run(job, on_result=lambda r: seen.__setitem__("result", r))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5_000)
    assert seen["thread"] != gui
    assert seen["result"] == "done"
    assert seen["progress"] == [(1, 3), (2, 3), (3, 3)]
    assert task.done
    runner.wait()


def test_errors_arrive_on_the_gui_thread_and_cancel_drops_the_result(qtbot):
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.run(plain(int, "x"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], ValueError)

    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []

    def slow(_progress, cancelled):
        started.set()
        release.wait(5)
        return "late" if not cancelled() else "stopped"

    task = runner.run(slow, on_result=outcome.append, on_cancelled=lambda: outcome.append("c"))
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    assert outcome == ["c"]
    runner.wait()


def test_synchronous_mode_delivers_at_once():
    runner = TaskRunner(synchronous=True)
    got: list[object] = []
    runner.run(plain(sum, [1, 2, 3]), on_result=got.append)
    runner.run(plain(int, "x"), on_error=got.append)
    assert got[0] == 6
    assert isinstance(got[1], ValueError)


def test_rows_read_with_the_ids_need_no_round_trip(many):
    round_trips: list[int] = []

    def fetch(ids):
        round_trips.append(len(ids))
        return rows_by_id(many, ids)

    model = ParticipantTableModel(fetch, runner=sync_runner())
    ids = search_ids(many, "")
    model.set_ids(ids, rows_by_id(many, ids[:60]))  # what the page's query hands over
    assert [model.index(row, COL_NAME).data() for row in (0, 59)] == [
        "Vardenis000 Pavardenis",
        "Vardenis059 Pavardenis",
    ]
    assert round_trips == []
    assert model.index(60, COL_NAME).data() == "Vardenis060 Pavardenis"
    assert len(round_trips) == 1
