"""How the window shows the shared connection: a status-bar label always, a banner across the
top when something is wrong (connection lost, read-only, sharing ended)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from clusterdesk.ui.sharing.connection import CONNECTED, ENDED, LOST, READ_ONLY

COLOURS = {LOST: "#b42318", READ_ONLY: "#b54708", ENDED: "#475467"}


class ConnectionBanner(QFrame):
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.text = QLabel(self)
        self.text.setObjectName("connectionBannerText")
        self.text.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close the event"), self)
        self.close_button.clicked.connect(self.closeRequested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_state(self, state: str, detail: str) -> None:
        texts = {
            LOST: self.tr(
                "Connection to the shared event lost — nothing is being recorded at this desk. "
                "Reconnecting by itself… (check the network; the host must stay on)"
            ),
            READ_ONLY: self.tr(
                "The host is ending sharing: this desk is read-only now. Check-ins are done "
                "at the host."
            ),
            ENDED: self.tr(
                "Sharing has ended: the host copied the event back into its file. This desk "
                "can no longer work on it."
            ),
        }
        if state not in texts:
            self.hide()
            return
        colour = COLOURS[state]
        self.setStyleSheet(
            f"QFrame#connectionBanner {{ background: {colour}; }}"
            "QFrame#connectionBanner QLabel { color: white; font-weight: 600; font-size: 14px; }"
        )
        self.text.setText(texts[state])
        self.text.setToolTip(detail)
        self.close_button.setVisible(state == ENDED)
        self.show()


def status_text(state: str, where: str) -> str:
    """The status bar's words for a state (``where``: the server, for people)."""
    translate = QCoreApplication.translate
    return {
        CONNECTED: translate("ConnectionBanner", "● Shared event at {0}").format(where),
        LOST: translate("ConnectionBanner", "✕ Connection lost — reconnecting…"),
        READ_ONLY: translate("ConnectionBanner", "◐ Read-only: the host is ending sharing"),
        ENDED: translate("ConnectionBanner", "■ Sharing ended"),
    }.get(state, "")
