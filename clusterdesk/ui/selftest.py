"""The self-test's look at the desktop app (``clusterdesk selftest``): the real main window opens
the event off-screen, every page is shown once, and what a bundle can lose is checked — Qt's
platform plugin, the SVG icon engine and image plugin, the translations, the print and PDF
modules. Qt's critical messages fail the test; its warnings go to the log."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from clusterdesk.ui.app import create_application, install_translators
from clusterdesk.ui.errors import qt_message_handler
from clusterdesk.ui.icons import icon
from clusterdesk.ui.settings import AppSettings

TIMEOUT = 60.0


def _wait(app: QApplication, done: object, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not done():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not happen within {TIMEOUT:.0f} s")
        app.processEvents()
        time.sleep(0.01)


def check_window(event: Path) -> str:
    critical: list[str] = []

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            critical.append(message)
        qt_message_handler(kind, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        return _open_and_look(event, critical)
    finally:
        qInstallMessageHandler(previous)


def _open_and_look(event: Path, critical: list[str]) -> str:
    app = create_application()
    translators = install_translators(app, "en")
    if not translators:
        raise RuntimeError("the English translation (clusterdesk_en.qm) was not found")
    if b"svg" not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        raise RuntimeError("Qt's SVG image plugin is missing: icons would be blank")
    if icon("checkin").pixmap(32, 32).isNull():
        raise RuntimeError("the check-in icon cannot be drawn (SVG icon engine missing)")
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_translations / "qtbase_de.qm").exists():
        raise RuntimeError(f"Qt's own translations are not where Qt looks: {qt_translations}")
    import PySide6.QtPdf  # noqa: F401 - the print preview needs these; fail here, not at the desk
    import PySide6.QtPrintSupport  # noqa: F401

    from clusterdesk.ui.main_window import MainWindow  # after the translators: titles use them

    window = MainWindow(AppSettings())
    window.show()
    try:
        window.open_event(str(event))
        _wait(app, lambda: window.db is not None, "opening the event")
        shown = 0
        for row in range(window.event_view.nav.count()):
            window.event_view.nav.setCurrentRow(row)
            app.processEvents()
            shown += 1
        _wait(app, lambda: not window.runner.busy, "loading the pages")
    finally:
        window.close()
        app.processEvents()
        window.deleteLater()
        app.processEvents()
    if critical:
        raise RuntimeError("Qt reported: " + "; ".join(critical[:3]))
    platform = QApplication.platformName()
    return f"main window on the event, {shown} pages shown ({platform} platform)"
