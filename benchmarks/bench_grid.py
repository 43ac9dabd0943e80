"""The meetings grid at 1,000 tables × 48 slots, against a plain QStandardItemModel table.

    python benchmarks/bench_grid.py [--tables 1000] [--slots 48] [--repeat 40]

Offscreen, a 1400×900 view. ``grid`` is the Meetings page's own model and painted cells
(``MeetingGridModel`` + ``MeetingGridView``); ``item table`` is the straightforward way — a
``QStandardItemModel`` with one text item per cell in a ``QTableView`` — on the same board, in
the same run. Measured: loading the board and painting the first screen, scrolling by one step
(only the uncovered strip is painted), jumping (the whole viewport is painted), and, for the grid,
the move overlay (which cells a meeting may move to).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView  # noqa: E402

from clusterdesk.core.messages import msg
from clusterdesk.services.meeting_board import (  # noqa: E402
    Board,
    BoardMeeting,
    BoardSlot,
    BoardTable,
    Person,
)
from clusterdesk.services.meeting_rules import Feasibility  # noqa: E402
from clusterdesk.ui.meetings.grid_model import MeetingGridModel  # noqa: E402
from clusterdesk.ui.meetings.grid_view import MeetingGridView  # noqa: E402


def board_of(tables: int, slots: int, people: int, seed: int = 7) -> Board:
    """95 % of the cells hold a meeting of two random people free in that slot."""
    rng = random.Random(seed)
    start = datetime(2026, 5, 14, 9, 0)
    slot_rows = [
        BoardSlot(
            i + 1,
            1 + i // 24,
            f"Day {1 + i // 24}",
            date(2026, 5, 14 + i // 24),
            start + timedelta(days=i // 24, minutes=20 * (i % 24)),
            start + timedelta(days=i // 24, minutes=20 * (i % 24 + 1)),
        )
        for i in range(slots)
    ]
    table_rows = [BoardTable(t + 1, f"T{t + 1}", "", "") for t in range(tables)]
    names = {
        p: Person(
            p,
            f"Kęstutis Šetkus{p}",
            f"K. Šetkus{p}",
            "Klaipėda Science Park",
            "Lithuania",
            f"p{p}@x.example",
        )
        for p in range(people)
    }
    meetings: list[BoardMeeting] = []
    for s in slot_rows:
        free = rng.sample(range(people), k=2 * tables)
        for t in range(int(tables * 0.95)):
            meetings.append(
                BoardMeeting(
                    len(meetings) + 1,
                    None,
                    s.id,
                    t + 1,
                    free[2 * t],
                    free[2 * t + 1],
                    "scheduled",
                    t % 17 == 0,
                )
            )
    return Board(slot_rows, table_rows, meetings, names, [], 0)


def ms_of(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def item_model_of(board: Board) -> QStandardItemModel:
    model = QStandardItemModel(len(board.tables), len(board.slots))
    column = {s.id: n for n, s in enumerate(board.slots)}
    row = {t.id: n for n, t in enumerate(board.tables)}
    for m in board.meetings:
        if m.table_id is not None:
            text = f"{board.people[m.a].short}\n{board.people[m.b].short}"
            model.setItem(row[m.table_id], column[m.slot_id], QStandardItem(text))
    return model


def measure(
    app: QCoreApplication, view: QTableView, load: Callable[[], object], repeat: int
) -> dict[str, list[float]]:
    view.resize(1400, 900)
    view.show()
    app.processEvents()

    def first() -> None:
        load()
        app.processEvents()
        view.viewport().grab()

    out: dict[str, list[float]] = {"load + first paint": [ms_of(first)]}
    bar = view.verticalScrollBar()
    steps = []
    for _ in range(repeat):

        def step() -> None:
            bar.setValue(bar.value() + 40)
            app.processEvents()

        steps.append(ms_of(step))
    out["scroll one step"] = steps
    jumps = []
    for n in range(1, 6):

        def jump(n: int = n) -> None:
            view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() * n // 5)
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() * n // 5)
            view.viewport().repaint()

        jumps.append(ms_of(jump))
    out["jump (full repaint)"] = jumps
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--tables", type=int, default=1000)
    ap.add_argument("--slots", type=int, default=48)
    ap.add_argument("--people", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=40)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    board = board_of(args.tables, args.slots, args.people)

    model = MeetingGridModel()
    grid = MeetingGridView()
    grid.setModel(model)
    ours = measure(app, grid, lambda: model.set_board(board), args.repeat)
    overlay = Feasibility({s.id: msg("rule.slot_gone") for s in board.slots[::3]}, {})

    def show_overlay() -> None:
        model.set_overlay(-1, overlay)
        grid.viewport().grab()

    ours["move overlay"] = [ms_of(show_overlay) for _ in range(5)]
    grid.close()

    table = QTableView()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def load_items() -> None:
        items = item_model_of(board)
        items.setParent(table)
        table.setModel(items)

    theirs = measure(app, table, load_items, args.repeat)
    table.close()

    print(
        f"\nMeetings grid — {args.tables} tables × {args.slots} slots, {len(board.meetings)} "
        f"meetings, 1400×900 offscreen; {platform.node()}, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.1f}, Python {platform.python_version()}"
    )
    print(f"\n{'what':<22} {'grid median ms':>15} {'max ms':>8}   {'item table median ms':>20}")
    for what, values in ours.items():
        base = theirs.get(what)
        baseline = f"{statistics.median(base):>20.1f}" if base else f"{'—':>20}"
        print(f"{what:<22} {statistics.median(values):>15.1f} {max(values):>8.1f}   {baseline}")


if __name__ == "__main__":
    main()
