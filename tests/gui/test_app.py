"""Starting the app: translators, the error hook, the entry point's event argument."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from clusterdesk.core.errors import UserError
from clusterdesk.core.paths import demo_event_path, log_dir
from clusterdesk.services.participants import count
from clusterdesk.ui import app as app_module
from clusterdesk.ui.errors import report_bug, show_error


def test_english_plural_forms_come_from_the_bundled_translation():
    tr = QCoreApplication.translate
    assert tr("ParticipantsPage", "%n participant(s)", "", 1) == "1 participant"
    assert tr("ParticipantsPage", "%n participant(s)", "", 20000) == "20000 participants"


def test_the_users_language_and_qts_own_translation_are_installed(qapp):
    installed = app_module.install_translators(qapp, "de")
    try:
        files = [t.filePath() for t in installed]
        assert any(f.endswith("clusterdesk_en.qm") for f in files)
        assert any(f.endswith("qtbase_de.qm") for f in files)
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_a_user_error_is_a_plain_message_and_a_bug_is_logged_with_an_apology(qtbot):
    from clusterdesk.cli.common import setup_logging

    setup_logging()
    box = show_error(None, UserError("bad.csv: 2 problem(s), nothing was imported\n  row 3: x"))
    assert box.text() == "bad.csv: 2 problem(s), nothing was imported"
    assert "row 3" in box.detailedText()
    box.close()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        bug = report_bug(None, exc)
    assert "unexpected" in bug.headline.text()
    assert str(log_dir()) in bug.log_label.text()
    bug.close()
    for handler in logging.getLogger("clusterdesk").handlers:
        handler.flush()
    log_text = (log_dir() / "clusterdesk.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in log_text
    assert "Traceback" in log_text


def test_start_app_opens_the_event_given_on_the_command_line(qtbot, event_file, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app, window = app_module.start_app(event=str(event_file))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.db is not None, timeout=15_000)
    assert window.info.name == "Baltic Cluster Forum"
    assert not QApplication.windowIcon().isNull()
    assert app.applicationName() == "ClusterDesk"
    assert sys.excepthook is not sys.__excepthook__
    window.close()


def test_start_app_creates_and_opens_the_demo_event(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert not demo_event_path().exists()
    _app, window = app_module.start_app(demo=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.db is not None, timeout=60_000)
    assert demo_event_path().exists()
    assert window.info.name == "Baltic Cluster Forum 2026"
    assert count(window.db) >= 200
    assert not any(".building" in p.name for p in demo_event_path().parent.iterdir())
    window.close()
