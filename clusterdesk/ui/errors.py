"""Expected errors get a plain message; bugs get a log entry and an apology.

Every write in ClusterDesk is its own committed transaction, so a bug never loses what was
saved before it: the apology says so and points at the log file. :func:`install_excepthook`
catches what nothing else did: exceptions raised in slots and event handlers on the GUI thread
(``sys.excepthook``), in worker threads (``threading.excepthook``, and PySide's pool threads, which
report through ``sys.excepthook`` on their own thread: both are carried to the GUI thread), Qt's own
warnings (the log), and native crashes (``crash.log``). The log file masks badge codes, e-mail
addresses and passwords (:mod:`clusterdesk.core.app_log`).
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clusterdesk.core.app_log import flush_logs, log_file, setup_logging
from clusterdesk.core.errors import UserError
from clusterdesk.core.paths import log_dir
from clusterdesk.core.safe_text import mask_secrets
from clusterdesk.services.faults import expected
from clusterdesk.ui.crash_dialog import CrashDialog
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.words import error_text

log = logging.getLogger("clusterdesk.ui")


def log_path() -> str:
    return str(log_file())


def show_error(
    parent: QWidget | None, error: BaseException, title: str = ""
) -> QMessageBox | CrashDialog:
    """A message for a :class:`UserError` (or a fault of the disk or the server that stands for
    one); anything else is treated as a bug."""
    if not isinstance(error, UserError):
        known = expected(error)
        if known is None:
            return report_bug(parent, error)
        error = known
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("errors", "ClusterDesk"))
    text = error_text(error)
    head, _, rest = text.partition("\n")
    box.setText(head)
    if rest:
        box.setDetailedText(rest)
        box.setInformativeText(translate("errors", "The details list every problem found."))
    box.setObjectName("userErrorBox")
    box.open()
    return box


def log_bug(error: BaseException, where: str = "in the desktop app") -> None:
    """The traceback in the log file (masked by the log's formatter)."""
    setup_logging()  # the log file exists before the first bug, whoever started the app
    log.error(
        "unexpected error %s\n%s",
        where,
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    )
    flush_logs()


_open_dialog: CrashDialog | None = None


def report_bug(parent: QWidget | None, error: BaseException) -> CrashDialog:
    """Log the bug and show the apology; while one is open, a further bug counts up in it."""
    global _open_dialog
    if not getattr(error, "_clusterdesk_logged", False):  # a worker thread's: logged there
        log_bug(error)
    dialog = _open_dialog
    if dialog is not None and shiboken_valid(dialog) and dialog.isVisible():
        dialog.add(error)
        return dialog
    dialog = CrashDialog(parent, error)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialog = dialog
    dialog.open()
    return dialog


def shiboken_valid(thing: QObject) -> bool:
    """Whether the C++ object behind ``thing`` still exists."""
    import shiboken6

    return bool(shiboken6.isValid(thing))


def _show(error: BaseException) -> None:
    """On the GUI thread: a plain message for a user error, else the apology."""
    parent = QApplication.activeWindow()
    if isinstance(error, UserError):
        show_error(parent, error)
    else:
        report_bug(parent, error)


class _Reporter(QObject):
    """Carries an error from any thread to the GUI thread (a queued signal)."""

    reported = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.reported.connect(self._deliver)

    def _deliver(self, error: BaseException) -> None:
        _show(error)


_reporter: _Reporter | None = None


def _on_gui_thread(app: QCoreApplication) -> bool:
    return QThread.currentThread() is app.thread()


def _report(error: BaseException) -> None:
    app = QApplication.instance()
    if app is None or _reporter is None or not shiboken_valid(_reporter):
        log_bug(error, "with no window open")
        sys.__excepthook__(type(error), error, error.__traceback__)
        return
    if _on_gui_thread(app):
        _show(error)
    else:  # a worker thread: log now, show on the GUI thread
        if not isinstance(error, UserError):
            log_bug(error, f"in the thread {threading.current_thread().name!r}")
            try:
                error._clusterdesk_logged = True  # type: ignore[attr-defined]
            except AttributeError:  # an exception type with __slots__: logged twice, no harm
                pass
        _reporter.reported.emit(error)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    error.__traceback__ = tb
    _report(error)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    error = args.exc_value
    error.__traceback__ = args.exc_traceback
    _report(error)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, _context: object, message: str) -> None:
    """Qt's own messages: into the log (masked); critical and fatal ones on stderr too."""
    level = _QT_LEVELS.get(kind, logging.WARNING)
    logging.getLogger("clusterdesk.qt").log(level, "%s", message)
    if level >= logging.ERROR:
        flush_logs()
        sys.stderr.write(f"Qt: {mask_secrets(message)}\n")


_crash_stream: TextIO | None = None


def _native_crash_log() -> None:
    """A crash in native code (Qt, a driver) leaves Python's stack in ``crash.log`` beside the
    log file: no data, just where it happened."""
    try:
        stream = open(log_dir() / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 - for life
    except OSError:
        return
    faulthandler.enable(stream)
    global _crash_stream
    _crash_stream = stream


def install_excepthook() -> None:
    """Route uncaught exceptions — in slots, on the GUI thread or any other — to the log file and
    an apology dialog; Qt's messages to the log; native crashes to ``crash.log``."""
    global _reporter
    setup_logging()
    app = QApplication.instance()
    if app is not None and (_reporter is None or not shiboken_valid(_reporter)):
        _reporter = _Reporter(app)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(qt_message_handler)
    if _crash_stream is None and not faulthandler.is_enabled():  # (pytest has its own)
        _native_crash_log()
