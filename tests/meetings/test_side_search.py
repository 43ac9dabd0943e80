"""The Meetings page's "Find a participant" asks the app's one participant search on a worker:
a Latin-keyboard operator finds a Cyrillic name, and the answer for the text typed is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from clusterdesk.core.folding import fold
from clusterdesk.services.meeting_board import load_board
from clusterdesk.services.search.translit import has_cyrillic, latin_spellings
from clusterdesk.store.engine import EventDB
from clusterdesk.ui.meetings.unplaced_list import ID_ROLE
from tests.meetings.gui_helpers import make_page

CTRL = Qt.KeyboardModifier.ControlModifier


def test_typing_a_latin_spelling_finds_the_cyrillic_name_off_the_gui_thread(
    qtbot,  # type: ignore[no-untyped-def]
    db: EventDB,
    tmp_path: Path,
) -> None:
    page = make_page(qtbot, db, tmp_path, synchronous=False)
    qtbot.waitUntil(lambda: page.board is not None, timeout=20_000)
    board = load_board(db)
    person = next(p for p in board.people.values() if has_cyrillic(p.name))
    typed = latin_spellings(fold(person.name.split()[-1]))[0]  # "fesenko" for Фесенко
    assert not has_cyrillic(typed)
    qtbot.keyClick(page.grid, Qt.Key.Key_F, CTRL)
    assert page.side.search.hasFocus()
    qtbot.keyClicks(page.side.search, typed)

    def listed() -> list[int]:
        items = [page.side.people.item(i) for i in range(page.side.people.count())]
        return [int(item.data(ID_ROLE)) for item in items]

    qtbot.waitUntil(lambda: person.id in listed(), timeout=20_000)
    assert all(has_cyrillic(board.people[pid].name) for pid in listed())
    chosen = page.side.people.currentItem()
    assert chosen is not None and has_cyrillic(chosen.text())
    # the agenda of the one chosen is shown, and a text nobody has empties the list
    assert page.side.agenda.count() >= 1
    page.side.search.clear()
    qtbot.keyClicks(page.side.search, "zzzqqq")
    qtbot.waitUntil(lambda: page.side.people.count() == 0, timeout=20_000)
