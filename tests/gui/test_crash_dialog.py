"""Unhandled errors: an exception raised in a slot (or a worker thread) brings up the apology
dialog, the app keeps running, and the traceback lands in the log file with badge codes and
e-mail addresses masked — in the file, in the dialog and in what "Copy details" copies."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot, qCritical
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from clusterdesk.core import badge_codes
from clusterdesk.core.app_log import flush_logs, log_file
from clusterdesk.core.paths import log_dir
from clusterdesk.ui import errors
from clusterdesk.ui.crash_dialog import CrashDialog

EMAIL = "kestutis.setkus@lsu.example"


@pytest.fixture
def hooks(qapp, monkeypatch):
    """The app's hooks, as start_app installs them; Python's own back after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install_excepthook()
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CrashDialog):
            widget.close()


def crash_dialogs() -> list[CrashDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]


def the_dialog(qtbot) -> CrashDialog:
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1, timeout=5000)
    return crash_dialogs()[0]


def log_text() -> str:
    flush_logs()
    return log_file().read_text(encoding="utf-8")


class UrlCatcher(QObject):
    """Receives the URLs the app asks the desktop to open (Qt's own URL handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_dialog_and_logs_the_traceback_masked(qtbot, hooks):
    code = badge_codes.new_code("KDBV", "s" * 64)
    button = QPushButton("Print badge")
    qtbot.addWidget(button)
    clicks: list[int] = []

    def print_badge() -> None:
        clicks.append(1)
        raise RuntimeError(f"cannot print the badge {code} of {EMAIL}")

    button.clicked.connect(print_badge)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog = the_dialog(qtbot)
    assert "unexpected problem" in dialog.headline.text()
    assert str(log_dir()) in dialog.log_label.text()
    summary = dialog.summary.text()
    assert summary.startswith("RuntimeError: cannot print the badge KDBV-***")
    assert code not in summary and EMAIL not in summary

    details = dialog.details.toPlainText()
    assert "Traceback" in details and "print_badge" in details
    assert "KDBV-***" in details and "k***@lsu.example" in details
    assert code not in details and EMAIL not in details
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open_url")
    try:
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in catcher.urls] == [str(log_dir())]

    text = log_text()
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: cannot print the badge KDBV-*** of k***@lsu.example" in text
    assert code not in text and EMAIL not in text
    assert code[5:12] not in text  # not even a part of the secret body

    # the app goes on: the same button works again, and its next failure counts in the dialog
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(clicks) == 2
    assert crash_dialogs() == [dialog]
    assert dialog.repeat_label.isVisible() and "1 more" in dialog.repeat_label.text()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_reaches_the_dialog_on_the_gui_thread(qtbot, hooks):
    seen: list[bool] = []

    def work() -> None:
        seen.append(True)
        raise ValueError(f"bad row for {EMAIL}")

    thread = threading.Thread(target=work, name="import-worker")
    thread.start()
    thread.join()
    dialog = the_dialog(qtbot)
    assert dialog.thread() is QApplication.instance().thread()
    assert dialog.summary.text() == "ValueError: bad row for k***@lsu.example"
    text = log_text()
    assert "in the thread 'import-worker'" in text
    assert text.count("ValueError: bad row for k***@lsu.example") == 1  # logged once
    assert EMAIL not in text


def test_qt_critical_messages_go_to_the_log_masked(qtbot, hooks, capfd):
    qCritical(f"printer refused the job of {EMAIL}")
    text = log_text()
    assert "ERROR clusterdesk.qt: printer refused the job of k***@lsu.example" in text
    assert EMAIL not in text
    assert "k***@lsu.example" in capfd.readouterr().err
