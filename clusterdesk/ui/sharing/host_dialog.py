"""File → Share this event on the network…: choose the network, start, then show how to join
(QR code, join code, address, password, certificate), the connected desks, and Stop sharing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.join_code import groups, short_fingerprint
from clusterdesk.services.sharing.host import DeskConnection, SharedEvent
from clusterdesk.services.sharing.network import interfaces
from clusterdesk.ui.dialogs.confirm import confirm
from clusterdesk.ui.sharing.host_controller import HostController
from clusterdesk.ui.sharing.qr_view import QrView

DESKS_MS = 2000


def step_text(step: str) -> str:
    texts = {
        "checking": QCoreApplication.translate("ShareDialog", "Checking the event file…"),
        "preparing": QCoreApplication.translate(
            "ShareDialog", "Preparing the sharing server (the first time takes a few seconds)…"
        ),
        "starting": QCoreApplication.translate("ShareDialog", "Starting the sharing server…"),
        "copying": QCoreApplication.translate("ShareDialog", "Copying the event to the server…"),
        "telling": QCoreApplication.translate(
            "ShareDialog", "Telling the desks that sharing stops…"
        ),
        "copying_back": QCoreApplication.translate(
            "ShareDialog", "Copying the event back into its file…"
        ),
        "stopping": QCoreApplication.translate("ShareDialog", "Stopping the server…"),
    }
    return texts.get(step, step)


def _big(widget: QLabel | QLineEdit, size: int = 15, mono: bool = True) -> None:
    font = QFont(widget.font())
    if mono:
        font.setFamily("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(size)
    widget.setFont(font)


class ShareDialog(QDialog):
    def __init__(
        self, host: HostController, event_name: str, event_file: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.event_file = event_file
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share this event on the network"))
        self.setMinimumWidth(720)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._setup_page(event_name))
        self.pages.addWidget(self._sharing_page())
        self.progress = QProgressBar(self)
        self.progress.setObjectName("shareProgress")
        self.progress.hide()
        self.step_label = QLabel(self)
        self.step_label.setObjectName("shareStep")
        self.step_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress)
        self._timer = QTimer(self, interval=DESKS_MS)
        self._timer.timeout.connect(host.list_desks)
        host.step.connect(self._on_step)
        host.hosting.connect(self.show_sharing)
        host.failed.connect(self._on_failed)
        host.desksListed.connect(self.show_desks)
        host.unshared.connect(lambda _f, _r: self.accept())
        if host.shared is not None:
            self.show_sharing(host.shared)

    # --- before ------------------------------------------------------------------------------
    def _setup_page(self, event_name: str) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "<b>{0}</b> will be served from this computer to the other registration desks "
                "on the venue network. While it is shared, every desk works on the same event "
                "and nobody is checked in twice. When you stop sharing, the event is copied "
                "back into its file."
            ).format(event_name),
            page,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.network = QComboBox(page)
        self.network.setObjectName("shareNetwork")
        for i in interfaces():
            label = f"{i.address}  ({i.name}, {i.network})"
            if i.is_loopback:
                label += "  " + self.tr("— this computer only")
            self.network.addItem(label, i.address)
        hint = QLabel(
            self.tr(
                "Only desks on this network can join, with the password in the join code, over "
                "an encrypted connection. If a desk cannot connect, allow ClusterDesk through "
                "this computer's firewall."
            ),
            page,
        )
        hint.setWordWrap(True)
        hint.setObjectName("shareHint")
        self.start_button = QPushButton(self.tr("Start sharing"), page)
        self.start_button.setObjectName("startSharing")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.start_button.setEnabled(self.network.count() > 0)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.start_button)
        form = QFormLayout()
        form.addRow(self.tr("Network"), self.network)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def start(self) -> None:
        self.start_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.host.start(self.event_file, address=str(self.network.currentData()))

    def _on_step(self, what: str, done: int, total: int) -> None:
        self.step_label.setText(step_text(what))
        self.progress.show()
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_failed(self, _error: BaseException) -> None:
        self.progress.hide()
        self.step_label.clear()
        self.start_button.setEnabled(self.network.count() > 0)
        self.stop_button.setEnabled(True)

    # --- while sharing -----------------------------------------------------------------------
    def _sharing_page(self) -> QWidget:
        page = QWidget(self)
        self.qr = QrView(page)
        self.code = QLineEdit(page)
        self.code.setObjectName("joinCode")
        self.code.setReadOnly(True)
        _big(self.code, 10)
        copy = QPushButton(self.tr("Copy"), page)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code.text()))
        self.address = QLabel(page)
        self.password = QLabel(page)
        self.certificate = QLabel(page)
        for label, name in (
            (self.address, "joinAddress"),
            (self.password, "joinPassword"),
            (self.certificate, "joinCertificate"),
        ):
            label.setObjectName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            _big(label, 16)
        how = QLabel(
            self.tr(
                "On each desk: File → Join a shared event…, then scan this QR code with the "
                "desk's scanner (or paste the code, or type the address, password and "
                "certificate check)."
            ),
            page,
        )
        how.setWordWrap(True)
        details = QFormLayout()
        details.addRow(self.tr("Address"), self.address)
        details.addRow(self.tr("Password"), self.password)
        details.addRow(self.tr("Certificate check"), self.certificate)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(copy)
        self.desks = QTableWidget(0, 4, page)
        self.desks.setObjectName("connectedDesks")
        self.desks.setHorizontalHeaderLabels(
            [self.tr("Desk"), self.tr("Address"), self.tr("Connections"), self.tr("Last activity")]
        )
        self.desks.horizontalHeader().setStretchLastSection(True)
        self.desks.verticalHeader().hide()
        self.desks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.desks_title = QLabel(page)
        right = QVBoxLayout()
        right.addWidget(how)
        right.addLayout(details)
        right.addWidget(QLabel(self.tr("Join code"), page))
        right.addLayout(code_row)
        right.addWidget(self.desks_title)
        right.addWidget(self.desks, 1)
        self.stop_button = QPushButton(self.tr("Stop sharing…"), page)
        self.stop_button.setObjectName("stopSharing")
        self.stop_button.clicked.connect(self.ask_stop)
        close = QPushButton(self.tr("Close (keep sharing)"), page)
        close.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        grid = QGridLayout(page)
        grid.addWidget(self.qr, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(buttons, 1, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        return page

    def show_sharing(self, shared: SharedEvent) -> None:
        join = shared.join
        self.qr.set_text(shared.join_code)
        self.code.setText(shared.join_code)
        self.code.setCursorPosition(0)
        self.address.setText(join.address)
        self.password.setText(groups(join.password))
        self.certificate.setText(short_fingerprint(join.fingerprint))
        self.progress.hide()
        self.step_label.clear()
        self.pages.setCurrentIndex(1)
        self.show_desks([])
        self.host.list_desks()
        self._timer.start()

    def show_desks(self, desks: list[DeskConnection]) -> None:
        self.desks.setRowCount(len(desks))
        for row, d in enumerate(desks):
            when = d.last_activity.astimezone().strftime("%H:%M:%S") if d.last_activity else ""
            for col, value in enumerate((d.name, d.address, str(d.connections), when)):
                self.desks.setItem(row, col, QTableWidgetItem(value))
        self.desks.resizeColumnsToContents()
        self.desks_title.setText(self.tr("Connected desks: {0}").format(len(desks)))

    def ask_stop(self) -> None:
        confirm(
            self,
            self.tr("Stop sharing"),
            self.tr("Stop sharing this event?"),
            self.tr("Stop sharing"),
            self._stop,
            informative=self.tr(
                "Every desk is told and becomes read-only; the event is copied back into its "
                "file (the file is backed up first). Desks must join again to work on it."
            ),
            destructive=True,
        )

    def _stop(self) -> None:
        self._timer.stop()
        self.stop_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.host.stop()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
