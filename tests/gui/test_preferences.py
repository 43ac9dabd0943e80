"""Preferences, timed desk backups and File → Restore from backup… in the real main window, with
real key events and real event files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from clusterdesk.core.backup_prefs import read_backup_prefs
from clusterdesk.core.paths import event_backups_dir
from clusterdesk.services import checkin
from clusterdesk.services.auto_backups import IMPORT, backup_before, list_backups
from clusterdesk.services.events import open_event
from clusterdesk.services.participants import ParticipantInput, create_participant
from clusterdesk.ui.checkin.page import CheckinPage
from clusterdesk.ui.dialogs.preferences import PreferencesDialog
from clusterdesk.ui.dialogs.restore import RestoreDialog
from clusterdesk.ui.menus import preferences_key
from tests.gui import test_checkin_desk as at_the_desk
from tests.gui.conftest import open_in
from tests.gui.test_checkin_desk import code_list, person_types, scanned, scanner

desk_file, desk = at_the_desk.desk_file, at_the_desk.desk  # the desk's fixtures


def _dialog(kind: type) -> object | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, kind) and w.isVisible():
            return w
    return None


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what is there (Ctrl+A) and type over it at a person's pace."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person_types(widget, text)


def test_preferences_from_the_keyboard_save_every_setting(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    key = preferences_key()
    assert window.window_actions.preferences.shortcut() == key
    qtbot.keyClick(window, key[0].key(), key[0].keyboardModifiers())
    qtbot.waitUntil(lambda: _dialog(PreferencesDialog) is not None, timeout=3000)
    dialog = _dialog(PreferencesDialog)
    assert isinstance(dialog, PreferencesDialog)
    dialog.tabs.setCurrentWidget(dialog.desk)
    _type(qtbot, dialog.desk.name, "Entrance B")
    _type(qtbot, dialog.desk.operator, "Rūta")
    qtbot.keyClick(dialog.desk.sounds, Qt.Key.Key_Space)  # sounds off
    qtbot.keyClick(dialog.desk.print_on_arrival, Qt.Key.Key_Space)
    dialog.tabs.setCurrentIndex(3)
    _type(qtbot, dialog.backup_interval, "5")
    _type(qtbot, dialog.backup_keep, "4")
    qtbot.keyClick(dialog.backup_keep, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    settings = window.settings
    assert (settings.desk_name(), settings.operator()) == ("Entrance B", "Rūta")
    assert settings.muted() and settings.print_on_arrival()
    assert (settings.backup_interval_min(), settings.backup_keep()) == (5, 4)
    assert read_backup_prefs().keep == 4  # what the CLI reads from the same file
    # the open desk took them over at once: its name, sounds, printing, its backup timer
    assert desk.desk == "Entrance B" and desk.mute.isChecked()
    assert desk.print_on_arrival.isChecked()
    assert desk.backups.timer.isActive() and desk.backups.timer.interval() == 5 * 60_000
    code, _pid = code_list(desk)[0]
    desk.print_on_arrival.setChecked(False)
    result = scanned(qtbot, desk, lambda: scanner(qtbot, window, code))
    assert result.result == checkin.CHECKED_IN
    with sqlite3.connect(desk.db.path) as conn:  # the operator is written with the check-in
        row = conn.execute("SELECT desk, operator FROM attendance").fetchone()
    conn.close()
    assert row == ("Entrance B", "Rūta")


def test_settings_stored_before_preferences_are_kept(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    q = window.settings.q
    q.setValue("checkin/desk", "Old desk")
    q.setValue("checkin/mute", "true")
    q.setValue("checkin/ready_after", 12)
    q.setValue("printing/badge/layout", "a6-4up-a4")
    dialog = window.open_preferences()
    assert isinstance(dialog, PreferencesDialog)
    assert dialog.desk.name.text() == "Old desk" and not dialog.desk.sounds.isChecked()
    assert dialog.ready_after.value() == 12
    assert dialog.printing.layouts["badge"].current_name() == "a6-4up-a4"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cancel changes nothing
    assert q.value("checkin/desk") == "Old desk"


def test_the_language_is_switched_live_from_preferences(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_preferences()
    assert isinstance(dialog, PreferencesDialog)
    dialog.language.setFocus()
    lt = dialog.language.findData("lt")
    while dialog.language.currentIndex() != lt:
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Failas", timeout=5000)
    assert window.settings.language() == "lt"
    window.set_language("")


def test_a_failed_timed_backup_warns_and_the_desk_checks_in(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    folder = event_backups_dir(desk.db.path)
    for old in folder.iterdir():
        old.unlink()
    folder.rmdir()
    folder.write_bytes(b"")  # the backup folder cannot be made: every backup fails
    with qtbot.waitSignal(desk.backups.warning, timeout=10_000):
        desk.backups.run_now()
    assert "Automatic backup" in desk.status.text()
    code, _pid = code_list(desk)[2]
    result = scanned(qtbot, desk, lambda: scanner(qtbot, window, code))
    assert result.result == checkin.CHECKED_IN
    with sqlite3.connect(desk.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM attendance").fetchone()[0] == 1
    conn.close()
    folder.unlink()
    with qtbot.waitSignal(desk.backups.taken, timeout=10_000):  # and works again once fixed
        desk.backups.run_now()


def test_restore_from_the_file_menu_with_a_preview(window, qtbot, event_file: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_event(event_file)
    backup_before(db, IMPORT)
    create_participant(db, ParticipantInput(first_name="Added", email="added@x.lt"))
    db.dispose()
    open_in(window, qtbot, event_file)
    window.window_actions.restore.trigger()
    qtbot.waitUntil(lambda: _dialog(RestoreDialog) is not None, timeout=3000)
    dialog = _dialog(RestoreDialog)
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)  # opened, import
    assert dialog.table.item(1, 1).text() == "before an import"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
    assert dialog.people.text() == "6" and dialog.checked_in.text() == "0"
    assert dialog.meetings.text() == "0" and dialog.last.text() == "—"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # restore this one…
    qtbot.waitUntil(lambda: _box("confirmRestore") is not None, timeout=3000)
    box = _box("confirmRestore")
    assert box is not None
    yes = box.findChild(QPushButton, "confirmYes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None and "Restored" in _status(window), timeout=10_000)
    page = window.show_page("participants")
    assert page is not None
    with sqlite3.connect(event_file) as conn:
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 6
    conn.close()
    reasons = [b.reason for b in list_backups(event_file)]
    assert "restore" in reasons  # the event as it was: restoring it undoes the restore


def test_a_file_that_is_no_event_offers_to_restore_a_backup(
    window, qtbot, event_file: Path
) -> None:  # type: ignore[no-untyped-def]
    db = open_event(event_file)
    backup_before(db, IMPORT)
    db.dispose()
    event_file.write_bytes(b"PK\3\4" + b"\0" * 5000)  # overwritten by something else
    window.open_event(str(event_file))
    qtbot.waitUntil(lambda: _box("damagedEventBox") is not None, timeout=5000)
    box = _box("damagedEventBox")
    assert box is not None and str(event_file) in box.text()
    restore = box.findChild(QPushButton, "restoreInstead")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _dialog(RestoreDialog) is not None, timeout=3000)
    dialog = _dialog(RestoreDialog)
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
    dialog.reject()


def _box(name: str) -> QMessageBox | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible():
            return w
    return None


def _status(window) -> str:  # type: ignore[no-untyped-def]
    return str(window.statusBar().currentMessage())


def test_the_desk_page_opens_preferences_on_its_tab(window, qtbot, desk: CheckinPage) -> None:
    qtbot.keyClick(desk.input, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.desk_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.desk
    dialog.reject()


def test_preferences_and_restore_in_lithuanian_fit(window, qtbot, event_file: Path) -> None:  # type: ignore[no-untyped-def]
    """Every tab of Preferences and the restore dialog in Lithuanian: nothing cut, no English."""
    from tests.gui.test_lithuanian import english_left, settle, switch, texts_cut, visible_texts

    db = open_event(event_file)
    backup_before(db, IMPORT)
    db.dispose()
    open_in(window, qtbot, event_file)
    try:
        switch(window, qtbot, "lt", "&Failas")
        english = english_left()
        dialog = window.open_preferences()
        assert isinstance(dialog, PreferencesDialog)
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            settle()
            assert texts_cut(dialog) == [], dialog.tabs.tabText(tab)
            left = sorted(visible_texts(dialog) & english)
            assert left == [], f"{dialog.tabs.tabText(tab)}: English left: {left}"
        dialog.reject()
        restore = window.open_restore()
        assert isinstance(restore, RestoreDialog)
        qtbot.waitUntil(lambda: restore.restore_button.isEnabled(), timeout=5000)
        settle()
        assert texts_cut(restore) == []
        assert sorted(visible_texts(restore) & english) == []
        assert restore.table.item(0, 1).text() in ("atveriant renginį", "prieš importą")
        restore.reject()
    finally:
        switch(window, qtbot, "", "&File")


def test_a_layout_chosen_in_preferences_is_the_print_pages(window, qtbot, event_file: Path) -> None:  # type: ignore[no-untyped-def]
    open_in(window, qtbot, event_file)
    page = window.show_page("print")
    assert page is not None
    dialog = window.open_preferences()
    assert isinstance(dialog, PreferencesDialog)
    combo = dialog.printing.layouts["arrival"]
    others = [r for r in range(combo.count()) if combo.usable(r) and r != combo.currentIndex()]
    assert others, "more than one label layout ships"
    combo.setCurrentIndex(others[0])
    chosen = combo.current_name()
    dialog.accept()
    assert window.settings.q.value("printing/arrival/layout") == chosen
    qtbot.waitUntil(lambda: page.desk.layout_combo.current_name() == chosen, timeout=5000)


def test_backups_previews_and_restores_open_no_file_on_the_gui_thread(  # type: ignore[no-untyped-def]
    window, qtbot, desk, monkeypatch
) -> None:
    """Every SQLite connection the timed backup, the restore dialog's list and previews and the
    restore itself open comes from a worker."""
    import threading

    on_gui: list[str] = []
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            on_gui.append(str(args[0]))
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    with qtbot.waitSignal(desk.backups.taken, timeout=10_000):
        desk.backups.run_now()
    dialog = window.open_restore()
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
    qtbot.waitUntil(lambda: "participants" in dialog.now.text(), timeout=5000)
    event = desk.db.path
    backup = dialog.current()
    assert backup is not None
    dialog.reject()
    window.restore_backup(event, backup.path)
    qtbot.waitUntil(lambda: "Restored" in _status(window), timeout=10_000)
    qtbot.waitUntil(lambda: window.db is not None, timeout=10_000)
    assert on_gui == []
