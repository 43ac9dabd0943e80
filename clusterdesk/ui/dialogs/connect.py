"""Connect to a shared (PostgreSQL) event database: server fields or a URL, tested in a worker."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.database_url import (
    DEFAULT_PORT,
    POSTGRESQL,
    DatabaseURL,
    parse_database_url,
)
from clusterdesk.core.errors import UserError
from clusterdesk.services.events import EventDB, probe_event
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner


class ConnectDialog(QDialog):
    """After ``accepted``: ``self.db`` is the open event, or ``None`` with ``self.empty`` True."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.runner = runner
        self.db: EventDB | None = None
        self.empty = False
        self.connected_target = ""
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to shared database"))
        self.setMinimumWidth(500)
        intro = QLabel(
            self.tr(
                "Several desks can share one event in a PostgreSQL database on the venue "
                "network. Enter the server's details or a database URL."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit("localhost", self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        fields = QWidget(self)
        form = QFormLayout(fields)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        self.url = QLineEdit(self)
        self.url.setObjectName("databaseUrl")
        self.url.setPlaceholderText("postgresql+psycopg://user@host:5432/event")
        url_page = QWidget(self)
        url_form = QFormLayout(url_page)
        url_form.addRow(self.tr("URL"), self.url)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(fields, self.tr("Server details"))
        self.tabs.addTab(url_page, self.tr("URL"))
        self.status = QLabel(self)
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if url:
            self.set_url(url)

    def set_url(self, url: str) -> None:
        self.url.setText(url)
        try:
            parsed = parse_database_url(url)
        except ValueError:  # leave a malformed URL for the user to fix
            self.tabs.setCurrentIndex(1)
            return
        self.host.setText(parsed.host or "localhost")
        self.port.setValue(parsed.port or DEFAULT_PORT)
        self.database.setText(parsed.database)
        self.user.setText(parsed.username)
        self.tabs.setCurrentIndex(0)

    def target(self) -> str:
        if self.tabs.currentIndex() == 1:
            return self.url.text().strip()
        url = DatabaseURL(
            POSTGRESQL,
            username=self.user.text().strip(),
            password=self.password.text(),
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
        )
        return url.render()

    def try_connect(self) -> None:
        target = self.target()
        try:
            database = parse_database_url(target).database
        except ValueError:  # reported below like a missing name
            database = ""
        if not database:
            self._show_problem(self.tr("Enter a database name (or a full database URL)."))
            return
        self.connected_target = target
        self.ok.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Connecting…"))
        self.runner.run(
            lambda _p, _c: probe_event(target), on_result=self._connected, on_error=self._failed
        )

    def _connected(self, db: EventDB | None) -> None:
        self.ok.setEnabled(True)
        self.db = db
        self.empty = db is None
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(error, UserError):
            self._show_problem(error_text(error))
        else:
            self._show_problem(self.tr("Could not connect: {0}").format(error_text(error)))

    def _show_problem(self, text: str) -> None:
        self.status.setStyleSheet("color: #b42318;")
        self.status.setText(text)
