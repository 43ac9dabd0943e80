"""Expected errors get a plain message; bugs get a log entry and an apology.

Every write in ClusterDesk is its own committed transaction, so a bug never loses what was
saved before it: the apology says so and points at the log file.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clusterdesk.core.errors import UserError
from clusterdesk.core.paths import log_dir
from clusterdesk.services.faults import bug_summary, expected
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.words import error_text

log = logging.getLogger("clusterdesk.ui")


def log_path() -> str:
    return str(log_dir() / "clusterdesk.log")


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> QMessageBox:
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


def report_bug(parent: QWidget | None, error: BaseException) -> QMessageBox:
    log.error(
        "unexpected error in the desktop app\n%s",
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("errors", "Something went wrong"))
    box.setText(translate("errors", "Sorry — ClusterDesk ran into an unexpected problem."))
    box.setInformativeText(
        translate(
            "errors",
            "Everything saved before this moment is safe. You can keep working; if the problem "
            "comes back, please send the log file to your support contact:\n{0}",
        ).format(log_path())
    )
    box.setDetailedText(bug_summary(error))
    box.setObjectName("bugBox")
    box.open()
    return box


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    error.__traceback__ = tb
    app = QApplication.instance()
    if app is None:
        sys.__excepthook__(kind, error, tb)
        return
    parent = QApplication.activeWindow()
    if isinstance(error, UserError):
        show_error(parent, error)
    else:
        report_bug(parent, error)


def install_excepthook() -> None:
    """Route uncaught exceptions (e.g. in slots) to the log and an apology dialog."""
    sys.excepthook = _excepthook
