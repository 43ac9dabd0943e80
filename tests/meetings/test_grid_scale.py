"""The grid stays fluid at 1,000 tables × 48 slots: a plain model, painted cells, no widgets."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from clusterdesk.core.messages import msg
from clusterdesk.services.meeting_board import Board, BoardMeeting, BoardSlot, BoardTable, Person
from clusterdesk.services.meeting_rules import Feasibility
from clusterdesk.ui.meetings.grid_model import MeetingGridModel
from clusterdesk.ui.meetings.grid_view import MeetingGridView

TABLES, SLOTS, PEOPLE = 1000, 48, 5000


def big_board() -> Board:
    rng = random.Random(7)
    start = datetime(2026, 5, 14, 9, 0)
    slots = [
        BoardSlot(
            i + 1,
            1 + i // 24,
            f"Day {1 + i // 24}",
            date(2026, 5, 14 + i // 24),
            start + timedelta(days=i // 24, minutes=20 * (i % 24)),
            start + timedelta(days=i // 24, minutes=20 * (i % 24 + 1)),
        )
        for i in range(SLOTS)
    ]
    tables = [BoardTable(t + 1, f"T{t + 1}", "", "") for t in range(TABLES)]
    people = {
        p: Person(
            p,
            f"Kęstutis Šetkus{p}",
            f"K. Šetkus{p}",
            "Klaipėda Science Park",
            "Lithuania",
            f"p{p}@x.example",
        )
        for p in range(PEOPLE)
    }
    meetings = []
    for s in slots:
        free = list(range(PEOPLE))
        rng.shuffle(free)
        for t in range(int(TABLES * 0.95)):
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
    return Board(slots, tables, meetings, people, [], 0)


def test_a_thousand_tables_by_48_slots(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Everything works at this size (the figures: benchmarks/bench_grid.py)."""
    board = big_board()
    model = MeetingGridModel()
    view = MeetingGridView()
    view.setModel(model)
    view.resize(1400, 900)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)

    model.set_board(board)
    assert model.rowCount() == TABLES and model.columnCount() == SLOTS
    assert not view.viewport().grab().isNull()
    first = model.index(0, 0)
    assert model.meeting_at(first) is not None and "Šetkus" in first.data()

    bar_v, bar_h = view.verticalScrollBar(), view.horizontalScrollBar()
    bar_v.setValue(bar_v.maximum())
    bar_h.setValue(bar_h.maximum())
    view.viewport().repaint()
    last = model.index(TABLES - 1, SLOTS - 1)
    assert view.visualRect(last).intersects(view.viewport().rect())  # scrolled to the far corner
    assert model.meeting_at(last) is None or "\n" in last.data()

    overlay = Feasibility({s.id: msg("rule.slot_gone") for s in board.slots[::3]}, {})
    model.set_overlay(-1, overlay)
    assert not view.viewport().grab().isNull()
    assert model.verdict(model.index(0, 0)) == "this slot no longer exists"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole).endswith("Allowed")
