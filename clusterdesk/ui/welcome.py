"""The welcome screen: new / open / demo, and the recent events."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clusterdesk import __version__
from clusterdesk.core.database_url import is_database_url, parse_database_url
from clusterdesk.ui.icons import icon
from clusterdesk.ui.keys import shortcut

STYLE = """
QWidget#welcome { background: palette(window); }
QFrame#welcomeCard { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
QLabel#welcomeTitle { font-size: 24px; font-weight: 600; }
QLabel#welcomeSubtitle, QLabel#welcomeHint { color: palette(placeholder-text); }
QLabel#sectionTitle { font-weight: 600; }
QPushButton#welcomeAction { text-align: left; padding: 9px 14px; }
QListWidget#recentList { border: none; }
QListWidget#recentList::item { padding: 6px 4px; }
QFrame#firstRun { background: palette(alternate-base); border: 1px solid palette(highlight);
                  border-radius: 8px; }
QLabel#firstRunTitle { font-weight: 600; }
"""


def _describe(target: str) -> tuple[str, str]:
    """(title, detail) of a recent entry."""
    if is_database_url(target):
        try:
            url = parse_database_url(target)
        except ValueError:
            return target, ""
        if "sslrootcert=" in url.query:  # a shared event this desk joined
            return QCoreApplication.translate("WelcomeView", "Shared event"), (
                QCoreApplication.translate("WelcomeView", "joined at {0}").format(
                    url.place.rsplit("/", 1)[0]
                )
            )
        return url.database or url.place, QCoreApplication.translate(
            "WelcomeView", "server {0}"
        ).format(url.place)
    path = Path(target)
    return path.stem, str(path)


class WelcomeView(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    connectRequested = Signal()
    joinRequested = Signal()
    recentRequested = Signal(str)
    forgetRequested = Signal(str)
    tourRequested = Signal()  # open the demo event and show the guided tour
    firstRunDismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        logo = QLabel(self)
        logo.setPixmap(icon("clusterdesk").pixmap(QSize(56, 56)))
        title = QLabel(self.tr("ClusterDesk"), self)
        title.setObjectName("welcomeTitle")
        subtitle = QLabel(
            self.tr("Registration desk, badges and B2B meetings for matchmaking forums"), self
        )
        subtitle.setObjectName("welcomeSubtitle")
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(logo)
        head.addLayout(heading, 1)

        self.new_button = self._action("new", self.tr("New event…"), self.newRequested)
        self.open_button = self._action("open", self.tr("Open event…"), self.openRequested)
        self.connect_button = self._action(
            "server", self.tr("Connect to shared database…"), self.connectRequested
        )
        self.join_button = self._action(
            "server", self.tr("Join a shared event…"), self.joinRequested
        )
        self.demo_button = self._action("demo", self.tr("Open the demo event"), self.demoRequested)
        start = QVBoxLayout()
        start.setSpacing(6)
        start_title = QLabel(self.tr("Start"), self)
        start_title.setObjectName("sectionTitle")
        start.addWidget(start_title)
        for b in (
            self.new_button,
            self.open_button,
            self.join_button,
            self.connect_button,
            self.demo_button,
        ):
            start.addWidget(b)
        start.addStretch(1)

        self.recent = QListWidget(self)
        self.recent.setObjectName("recentList")
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setIconSize(QSize(20, 20))
        self.recent.itemActivated.connect(self._activated)
        shortcut(
            Qt.Key.Key_Delete,
            self.recent,
            self._forget_current,
            Qt.ShortcutContext.WidgetShortcut,
            self.tr("Remove the selected event from the recent list"),
        )
        self.no_recent = QLabel(self.tr("Events you open will be listed here."), self)
        self.no_recent.setObjectName("welcomeHint")
        self.no_recent.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_recent.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        recent = QVBoxLayout()
        recent.setSpacing(6)
        recent_title = QLabel(self.tr("Recent events"), self)
        recent_title.setObjectName("sectionTitle")
        recent.addWidget(recent_title)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.no_recent)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(start, 2)
        columns.addLayout(recent, 3)

        card = QFrame(self)
        card.setObjectName("welcomeCard")
        card.setMinimumWidth(760)
        card.setMaximumWidth(900)
        card.setMinimumHeight(380)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.setSpacing(22)
        card_layout.addLayout(head)
        self.first_run = self._first_run_panel(card)
        card_layout.addWidget(self.first_run)
        card_layout.addLayout(columns, 1)
        version = QLabel(self.tr("Version {0} · works fully offline").format(__version__), self)
        version.setObjectName("welcomeHint")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 24)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        outer.addWidget(version, 0, Qt.AlignmentFlag.AlignHCenter)

    def _first_run_panel(self, parent: QWidget) -> QFrame:
        """Shown until the first event is opened: the demo and the tour, prominently."""
        panel = QFrame(parent)
        panel.setObjectName("firstRun")
        mark = QLabel(panel)
        mark.setPixmap(icon("demo").pixmap(QSize(28, 28)))
        title = QLabel(self.tr("New to ClusterDesk?"), panel)
        title.setObjectName("firstRunTitle")
        text = QLabel(
            self.tr(
                "Try everything on a demo forum with participants, badges and B2B meetings "
                "already set up, and take a two-minute tour of the pages."
            ),
            panel,
        )
        text.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(title)
        words.addWidget(text)
        self.tour_button = QPushButton(icon("tour"), self.tr("Open the demo and take the tour"))
        self.tour_button.setObjectName("firstRunTour")
        self.tour_button.setDefault(True)
        self.tour_button.setIconSize(QSize(20, 20))
        self.tour_button.clicked.connect(self.tourRequested.emit)
        dismiss = QPushButton(self.tr("Not now"), panel)
        dismiss.setObjectName("firstRunDismiss")
        dismiss.setFlat(True)
        dismiss.clicked.connect(self._dismiss_first_run)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.tour_button)
        buttons.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout(panel)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(12)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        row.addLayout(buttons)
        panel.hide()
        return panel

    def set_first_run(self, first: bool) -> None:
        """The first start: offer the demo and the tour (the demo button leads the list)."""
        self.first_run.setVisible(first)
        if first:
            self.tour_button.setFocus()

    def _dismiss_first_run(self) -> None:
        self.first_run.hide()
        self.firstRunDismissed.emit()

    def _action(self, icon_name: str, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setObjectName("welcomeAction")
        button.setIconSize(QSize(20, 20))
        button.clicked.connect(signal.emit)
        return button

    def set_recent(self, targets: list[str]) -> None:
        self.recent.clear()
        for target in targets:
            title, detail = _describe(target)
            missing = not is_database_url(target) and not Path(target).exists()
            text = f"{title}\n{detail}"
            if missing:
                text += "  " + self.tr("(not found)")
            item = QListWidgetItem(icon("server" if is_database_url(target) else "open"), text)
            item.setData(Qt.ItemDataRole.UserRole, target)
            item.setToolTip(detail)
            if missing:
                item.setForeground(self.palette().placeholderText())
            self.recent.addItem(item)
        self.recent.setVisible(bool(targets))
        self.no_recent.setVisible(not targets)
        if targets:
            self.recent.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recentRequested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _forget_current(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.recent.takeItem(self.recent.row(item))
            self.forgetRequested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
