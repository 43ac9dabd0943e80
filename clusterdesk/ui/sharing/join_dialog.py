"""Welcome screen / File → Join a shared event…: scan or paste the host's join code (or type the
address, password and certificate check), name this desk, join.

A USB scanner types the code into the focused field; a complete code joins by itself (scanners
that send no Enter), Enter joins too. The host's certificate and the schema version are checked
on a worker before the event opens; refusals are shown in the dialog, which stays open.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.errors import UserError
from clusterdesk.core.join_code import JoinCodeError, parse_join_code
from clusterdesk.services.events import EventDB, EventInfo, event_info
from clusterdesk.services.sharing.join import Joined, join_code, join_typed, open_joined
from clusterdesk.ui.settings import AppSettings
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner

AUTO_JOIN_MS = 300


def _join(joined: Joined) -> tuple[EventDB, EventInfo, str]:
    db = open_joined(joined.url)
    try:
        return db, event_info(db), joined.url
    except Exception:
        db.dispose()
        raise


class JoinDialog(QDialog):
    """After ``accepted``: ``db``, ``info`` and ``url`` (with the password) of the joined event."""

    def __init__(
        self, runner: TaskRunner, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.db: EventDB | None = None
        self.info: EventInfo | None = None
        self.url = ""
        self._busy = False
        self.setObjectName("joinDialog")
        self.setWindowTitle(self.tr("Join a shared event"))
        self.setMinimumWidth(620)
        intro = QLabel(
            self.tr(
                "Another desk shares the event on this network. Scan the QR code on its "
                "sharing screen with this desk's scanner, or paste the join code."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("joinCodeInput")
        self.code.setPlaceholderText(self.tr("Scan or paste the join code (CDJ1-…)"))
        font = QFont(self.code.font())
        font.setPointSize(13)
        self.code.setFont(font)
        self.code.setMinimumHeight(40)
        self.code.returnPressed.connect(self.try_join)
        self._auto = QTimer(self, singleShot=True, interval=AUTO_JOIN_MS)
        self._auto.timeout.connect(self._auto_join)
        self.code.textChanged.connect(lambda _t: self._auto.start())
        code_page = QWidget(self)
        code_layout = QVBoxLayout(code_page)
        code_layout.addWidget(self.code)
        code_layout.addStretch(1)
        self.address = QLineEdit(self)
        self.address.setObjectName("joinAddressInput")
        self.address.setPlaceholderText("192.168.1.20:54329")
        self.password = QLineEdit(self)
        self.password.setObjectName("joinPasswordInput")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.certificate = QLineEdit(self)
        self.certificate.setObjectName("joinCertificateInput")
        self.certificate.setPlaceholderText("ABCD-EFGH-JKMN-PQRS")
        typed_page = QWidget(self)
        typed = QFormLayout(typed_page)
        typed.addRow(self.tr("Address"), self.address)
        typed.addRow(self.tr("Password"), self.password)
        typed.addRow(self.tr("Certificate check"), self.certificate)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(code_page, self.tr("Scan or paste the code"))
        self.tabs.addTab(typed_page, self.tr("Type the address"))
        self.desk = QLineEdit(self)
        self.desk.setObjectName("joinDeskName")
        self.desk.setText(str(settings.q.value("checkin/desk", "") or socket.gethostname()))
        desk_form = QFormLayout()
        desk_form.addRow(self.tr("This desk's name"), self.desk)
        self.status = QLabel(self)
        self.status.setObjectName("joinStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Join"))
        self.ok.setAutoDefault(False)
        self.buttons.accepted.connect(self.try_join)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs)
        layout.addLayout(desk_form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.code.setFocus()

    def set_address(self, address: str) -> None:
        """Start on the typed form (a recent shared event whose password is not kept)."""
        self.tabs.setCurrentIndex(1)
        self.address.setText(address)
        self.password.setFocus()

    def _auto_join(self) -> None:
        try:
            parse_join_code(self.code.text())
        except JoinCodeError:
            return  # not complete yet: wait for more keys or Enter
        self.try_join()

    def try_join(self) -> None:
        if self._busy:
            return
        self._auto.stop()
        desk = self.desk.text().strip() or socket.gethostname()
        if self.tabs.currentIndex() == 0:
            text = self.code.text()
            try:
                code = parse_join_code(text)
            except JoinCodeError as exc:
                self._problem(error_text(exc))
                return

            def job() -> tuple[EventDB, EventInfo, str]:
                return _join(join_code(code, desk))

        else:
            address, password = self.address.text(), self.password.text()
            certificate = self.certificate.text()

            def job() -> tuple[EventDB, EventInfo, str]:
                return _join(join_typed(address, password, certificate, desk))

        self._busy = True
        self.ok.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Checking the host and joining…"))
        self.settings.q.setValue("checkin/desk", desk)
        self.runner.run(lambda _p, _c: job(), on_result=self._joined, on_error=self._failed)

    def _joined(self, result: tuple[EventDB, EventInfo, str]) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        self.db, self.info, self.url = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        if isinstance(error, UserError):
            self._problem(error_text(error))
        else:
            self._problem(self.tr("Could not join: {0}").format(error_text(error)))

    def _problem(self, text: str) -> None:
        self.status.setStyleSheet("color: #b42318;")
        self.status.setText(text)
        self.code.selectAll()
