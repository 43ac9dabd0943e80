"""Help → Keyboard shortcuts: opened by F1 or Ctrl+/, listing every key the window and its pages
answer to (read from their QActions and QShortcuts), searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from clusterdesk.ui.help.shortcuts import ShortcutsDialog, plain_text
from tests.gui.conftest import type_text

NATIVE = QKeySequence.SequenceFormat.NativeText


def open_list(window, qtbot, key: str = "F1") -> ShortcutsDialog:
    qtbot.keyClick(window, QKeySequence(key)[0].key(), QKeySequence(key)[0].keyboardModifiers())
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None, timeout=5_000)
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    return dialog


def listed(dialog: ShortcutsDialog) -> set[tuple[str, str]]:
    """(one key, action) of every row shown."""
    out = set()
    for _where, keys, action in dialog.rows():
        for key in keys.split(", "):
            out.add((key, action))
    return out


def test_f1_lists_every_action_and_shortcut_of_the_window_and_its_pages(opened, qtbot):
    window = opened
    dialog = open_list(window, qtbot, "F1")
    assert QApplication.activeModalWidget() is None  # the window stays usable beside it
    rows = listed(dialog)
    defaults = window.window_actions.defaults
    actions = [a for a in window.findChildren(QAction) if a.shortcuts() or a in defaults]
    assert len(actions) > 30  # menus, the Meetings page's actions and its outcome keys
    for action in actions:
        keys = list(action.shortcuts()) or [defaults[action]]
        for key in keys:
            entry = (key.toString(NATIVE), plain_text(action.text()))
            assert entry in rows, f"{entry} is not in Help → Keyboard shortcuts"
    shortcuts = [s for s in window.findChildren(QShortcut) if not s.key().isEmpty()]
    assert len(shortcuts) > 15  # Ctrl+1…7, the check-in desk's keys, the pages' own
    for made in shortcuts:
        assert made.whatsThis(), f"{made.key().toString()} has no description"
        assert (made.key().toString(NATIVE), made.whatsThis()) in rows
    # filed under where they work
    where = {(w, a) for w, _k, a in dialog.rows()}
    assert ("Check-in", "Undo the last check-in") in where
    assert ("Meetings", "Schedule…") in where
    assert ("Everywhere", "Big screen for the room…") in where


def test_ctrl_slash_opens_it_too_and_its_keys_clash_with_nothing(opened, qtbot):
    window = opened
    dialog = open_list(window, qtbot, "Ctrl+/")
    taken = [
        key.toString()
        for a in window.findChildren(QAction)
        if a is not window.window_actions.shortcuts
        for key in a.shortcuts()
    ] + [s.key().toString() for s in window.findChildren(QShortcut)]
    assert "F1" not in taken and "Ctrl+/" not in taken
    # a page's key that a window action also has is one the page claims (the window gives it up)
    everywhere = {k for w, k, _a in dialog.rows() if w == "Everywhere"}
    for entry in window.event_view.entries:
        page = window.event_view.pages[entry.key]
        claimed = {k.toString(NATIVE) for k in getattr(page, "claimed_shortcuts", [])}
        on_page = {k for w, k, _a in dialog.rows() if w == entry.display_title()}
        assert on_page & everywhere <= claimed, entry.key


def test_typing_in_the_search_field_filters_by_action_or_key(opened, qtbot):
    window = opened
    dialog = open_list(window, qtbot)
    everything = len(dialog.rows())
    qtbot.waitUntil(dialog.search.hasFocus, timeout=5_000)  # type at once
    type_text(qtbot, dialog.search, "undo")
    rows = dialog.rows()
    assert 0 < len(rows) < everything
    assert all("undo" in (keys + action).lower() for _w, keys, action in rows)
    assert ("Check-in", "Ctrl+Z", "Undo the last check-in") in rows
    dialog.search.clear()
    type_text(qtbot, dialog.search, "ctrl+shift+b")
    assert [a for _w, _k, a in dialog.rows()] == ["Big screen for the room…"]
    dialog.search.clear()
    type_text(qtbot, dialog.search, "no such thing")
    assert dialog.rows() == []
    assert dialog.none.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
