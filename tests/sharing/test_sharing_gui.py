"""Sharing in the real window: the host's dialog (QR code read back off the screen), a desk
joining by "scanning" the code into the join dialog, checking in at the desk page, the
connection lost and back, and the host ending sharing (read-only, then ended)."""

from __future__ import annotations

import signal
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from clusterdesk.services.sharing.binaries import find_binaries
from clusterdesk.services.sharing.host import sharing_state
from clusterdesk.services.sharing.server import Server
from clusterdesk.services.sharing.state import server_dir
from clusterdesk.ui.main_window import MainWindow
from clusterdesk.ui.sharing.connection import CONNECTED, ENDED, LOST, READ_ONLY
from tests.sharing.helpers import LOOPBACK, ShareProcess, clean_up

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
WAIT = 120_000


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()


def decoded(image: QImage) -> list[str]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = np.frombuffer(gray.constBits(), dtype=np.uint8).reshape(height, stride)[:, :width]
    return [b.text for b in zxingcpp.read_barcodes(np.ascontiguousarray(pixels))]


def test_the_host_shares_from_the_window_and_stops(
    qtbot: QtBot, window: MainWindow, event_file: Path
) -> None:
    window.open_event(str(event_file))
    qtbot.waitUntil(lambda: window.db is not None, timeout=WAIT)
    assert window.window_actions.share.isEnabled()
    window.window_actions.share.trigger()
    dialog = window.sharing.share_dialog
    assert dialog is not None
    dialog.network.setCurrentIndex(dialog.network.findData(LOOPBACK))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None and not window.db.is_sqlite, timeout=WAIT)
    shared = window.sharing.host.shared
    assert shared is not None
    assert dialog.code.text() == shared.join_code
    assert decoded(dialog.qr.grab().toImage()) == [shared.join_code]  # a scanner reads it
    assert dialog.address.text() == shared.join.address
    assert window.target == str(event_file.resolve())  # the recent list keeps the file
    qtbot.waitUntil(lambda: "Shared event" in window.sharing.label.text(), timeout=WAIT)
    code = shared.join_code

    # quitting stops the server and keeps sharing; reopening the file resumes it as it was
    window.close()
    state = sharing_state(event_file)
    assert state is not None and not shared.server.running()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_event(str(event_file))
    box = window.findChild(QMessageBox, "confirmBox")
    assert box is not None and "shared on the network" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.db is None  # not opened as a file behind the desks' backs
    window.open_event(str(event_file))
    boxes = [b for b in window.findChildren(QMessageBox, "confirmBox") if b.isVisible()]
    yes = boxes[-1].findChild(QPushButton, "confirmYes")
    assert yes is not None
    yes.click()
    qtbot.waitUntil(lambda: window.db is not None and not window.db.is_sqlite, timeout=WAIT)
    resumed = window.sharing.host.shared
    assert resumed is not None and resumed.join_code == code  # same port, password, certificate
    window.window_actions.share.trigger()
    dialog = window.sharing.share_dialog
    assert dialog is not None and dialog.code.text() == code

    dialog._stop()  # "Stop sharing…" confirmed
    qtbot.waitUntil(lambda: window.sharing.host.shared is None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.db is not None and window.db.is_sqlite, timeout=WAIT)
    box = window.findChild(QMessageBox, "sharingStopped")
    assert box is not None and str(event_file.resolve()) in box.text()
    assert sharing_state(event_file) is None
    window.close()


def test_a_desk_joins_by_scanning_checks_in_loses_the_host_and_sees_sharing_end(
    qtbot: QtBot, window: MainWindow, event_file: Path
) -> None:
    host = ShareProcess(event_file)
    try:
        code = host.next_line()["join_code"]
        dialog = window.sharing.join()
        dialog.desk.setText("Desk Ž")
        qtbot.keyClicks(dialog.code, code.lower())  # the scanner types it; no Enter needed
        qtbot.waitUntil(lambda: window.db is not None, timeout=WAIT)
        assert window.settings.recent_events()[0].startswith("postgresql+psycopg://desk@")
        monitor = window.sharing.monitor
        assert monitor is not None
        qtbot.waitUntil(lambda: monitor.state == CONNECTED, timeout=WAIT)

        page = window.show_page("checkin")
        assert page is not None and page.desk == "Desk Ž"
        from clusterdesk.services.participants import list_participants

        badge = list_participants(window.db)[0].badge_code
        with qtbot.waitSignal(page.answered, timeout=WAIT) as answer:
            qtbot.keyClicks(page.input, badge)
            qtbot.keyClick(page.input, Qt.Key.Key_Return)
        assert answer.args[0].result.result == "checked_in"

        # a recent shared event reconnects without asking for the password again
        recent = window.settings.recent_events()[0]
        assert "@" in recent and ":" not in recent.split("@")[0].split("//")[1]
        window.close_event()
        window.controller.open_recent(recent)
        qtbot.waitUntil(lambda: window.db is not None, timeout=WAIT)
        monitor = window.sharing.monitor
        assert monitor is not None
        qtbot.waitUntil(lambda: monitor.state == CONNECTED, timeout=WAIT)

        # the host's laptop goes away: the desk says so at once and comes back by itself
        host.kill()
        state = sharing_state(event_file)
        assert state is not None
        Server(server_dir(event_file.resolve()), find_binaries(state.major)).stop()
        qtbot.waitUntil(lambda: monitor.state == LOST, timeout=WAIT)
        assert window.sharing.banner.isVisible()
        assert "nothing is being recorded" in window.sharing.banner.text.text()
        host = ShareProcess(event_file)
        assert host.next_line()["join_code"] == code
        qtbot.waitUntil(lambda: monitor.state == CONNECTED, timeout=WAIT)
        assert not window.sharing.banner.isVisible()

        # the host stops sharing: read-only first, then ended
        host.proc.send_signal(signal.SIGTERM)
        qtbot.waitUntil(lambda: monitor.state in (READ_ONLY, ENDED), timeout=WAIT)
        assert window.sharing.banner.isVisible()
        qtbot.waitUntil(lambda: monitor.state == ENDED, timeout=WAIT)
        assert "Sharing has ended" in window.sharing.banner.text.text()
        assert host.proc.wait(WAIT / 1000) == 0
        window.sharing.banner.close_button.click()
        assert window.db is None
    finally:
        clean_up(event_file, host)
