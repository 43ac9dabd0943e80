"""A damaged event file in the app: the error names it and offers the newest good backup, which
the app took when the event was last opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from clusterdesk.services.backup import good_backup_of
from clusterdesk.services.demo import build_demo
from tests.gui.conftest import open_in
from tests.reliability.helpers import damage


def _box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_a_damaged_event_offers_its_newest_good_backup(window, qtbot, tmp_path: Path) -> None:
    event = tmp_path / "forum.cdesk"
    build_demo(event, participants=150, seed=5)
    open_in(window, qtbot, event)  # opening takes the automatic backup
    backup = good_backup_of(event)
    assert backup is not None
    window.close_event()
    damage(event)
    before = event.read_bytes()

    with qtbot.waitSignal(window.controller.failed, timeout=15_000) as failed:
        window.open_event(str(event))
    assert "is damaged" in failed.args[0] and str(backup) in failed.args[0]
    qtbot.waitUntil(lambda: _box("damagedEventBox") is not None, timeout=5_000)
    box = _box("damagedEventBox")
    assert box is not None
    assert str(event) in box.text() and str(backup) in box.informativeText()
    assert window.db is None and event.read_bytes() == before  # nothing opened, nothing changed
    window.grab().save(str(tmp_path / "damaged.png"))

    opener = next(b for b in box.buttons() if b.text() == "Open the backup")
    opener.click()
    qtbot.waitUntil(lambda: window.db is not None, timeout=15_000)
    assert window.db is not None and window.db.describe() == str(backup)
    window.close_event()
