"""The apology for a bug: what happened in one line, that nothing saved is lost, where the log
is; the details (masked) to copy for support, and the log folder one click away.

One dialog at a time: a bug that repeats (a paint handler that fails on every repaint) counts up
in the open dialog instead of burying the desk under copies.
"""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import datetime

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clusterdesk import __version__
from clusterdesk.core.app_log import log_file
from clusterdesk.core.safe_text import mask_secrets
from clusterdesk.services.faults import bug_summary
from clusterdesk.ui.i18n import translate


def bug_details(error: BaseException) -> str:
    """What support needs: versions, time and the traceback, with badge codes, e-mail addresses
    and passwords masked (the same text the log file holds)."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    head = (
        f"ClusterDesk {__version__} · Python {platform.python_version()} · "
        f"PySide6 {pyside_version} · {platform.platform()}"
        f"{' · frozen' if getattr(sys, 'frozen', False) else ''}\n"
        f"{datetime.now().astimezone().isoformat(timespec='seconds')}\n\n"
    )
    return mask_secrets(head + trace)


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None, error: BaseException) -> None:
        super().__init__(parent)
        self.setObjectName("bugBox")
        self.setWindowTitle(translate("CrashDialog", "Something went wrong"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        self.repeats = 0

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(
            translate("CrashDialog", "Sorry — ClusterDesk ran into an unexpected problem."), self
        )
        self.headline.setObjectName("bugHeadline")
        self.headline.setStyleSheet("font-weight: 600;")
        self.headline.setWordWrap(True)
        self.reassurance = QLabel(
            translate(
                "CrashDialog",
                "Everything saved before this moment is safe: ClusterDesk saves each change as "
                "it is made. You can keep working; if the problem comes back, please send the "
                "log file to your support contact.",
            ),
            self,
        )
        self.reassurance.setWordWrap(True)
        self.log_label = QLabel(translate("CrashDialog", "Log file: {0}").format(log_file()), self)
        self.log_label.setObjectName("bugLogFile")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(self)
        self.summary.setObjectName("bugSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.repeat_label = QLabel(self)
        self.repeat_label.setObjectName("bugRepeats")
        self.repeat_label.hide()
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("bugDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(180)
        self.details.hide()

        buttons = QDialogButtonBox(self)
        self.toggle_button = QPushButton(translate("CrashDialog", "Show details"), self)
        self.toggle_button.setObjectName("bugToggleDetails")
        self.copy_button = QPushButton(translate("CrashDialog", "Copy details"), self)
        self.copy_button.setObjectName("bugCopy")
        self.folder_button = QPushButton(translate("CrashDialog", "Open log folder"), self)
        self.folder_button.setObjectName("bugOpenFolder")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        for button in (self.toggle_button, self.copy_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.toggle_button.clicked.connect(self.toggle_details)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        for widget in (self.headline, self.reassurance, self.summary, self.repeat_label):
            text.addWidget(widget)
        text.addWidget(self.log_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.details, 1)
        column.addWidget(buttons)
        self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        self.summary.setText(bug_summary(error))
        self.details.setPlainText(bug_details(error))

    def add(self, error: BaseException) -> None:
        """Another bug while this dialog is open: the newest one shown, the count kept."""
        self.repeats += 1
        self.show_error(error)
        self.repeat_label.setText(
            translate("CrashDialog", "Problems since this dialog opened: {0} more.").format(
                self.repeats
            )
        )
        self.repeat_label.show()

    def toggle_details(self) -> None:
        shown = not self.details.isVisible()
        self.details.setVisible(shown)
        self.toggle_button.setText(
            translate("CrashDialog", "Hide details")
            if shown
            else translate("CrashDialog", "Show details")
        )
        self.adjustSize()

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details.toPlainText())
        self.copy_button.setText(translate("CrashDialog", "Copied"))

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))
