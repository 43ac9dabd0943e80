"""Live figures beside the desk: checked in / expected, inside now, per category, last check-ins."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from clusterdesk.services.checkin import DeskCounters, RecentEntry
from clusterdesk.ui.theme import readable
from clusterdesk.ui.words import checkin_reason_short

MARKS = {
    "checked_in": "✔",
    "already_checked_in": "↺",
    "rejected": "✖",
    "undone": "↶",
    "checked_out": "→",
}
TINTS = {
    "checked_in": "#116329",
    "already_checked_in": "#5a32a3",
    "rejected": "#b3131b",
    "undone": "#3d4a57",
    "checked_out": "#3d4a57",
}


class SidePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskSidePanel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumWidth(280)
        self.total = QLabel("—")
        self.total.setObjectName("counterTotal")
        font = QFont(self.total.font())
        font.setPointSize(26)
        font.setBold(True)
        self.total.setFont(font)
        self.inside = QLabel()
        self.inside.setObjectName("counterInside")
        self.categories = QLabel()
        self.categories.setObjectName("counterCategories")
        self.categories.setTextFormat(Qt.TextFormat.RichText)
        self.recent = QListWidget()
        self.recent.setObjectName("recentCheckIns")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 4, 8)
        heading = QLabel(self.tr("Checked in / expected"))
        for w in (heading, self.total, self.inside, self.categories):
            layout.addWidget(w)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Last check-ins (all desks)")))
        layout.addWidget(self.recent, 1)

    def show_counters(self, c: DeskCounters) -> None:
        self.total.setText(f"{c.checked_in} / {c.expected}")
        self.inside.setText(self.tr("Inside now: %1").replace("%1", str(c.inside)))
        lines = []
        for cat in c.by_category:
            name = cat.name or self.tr("(no category)")
            dot = f"<span style='color:{cat.colour or '#6e7781'}'>●</span>"
            lines.append(f"{dot} {name}: <b>{cat.checked_in}</b> / {cat.expected}")
        self.categories.setText("<br>".join(lines))

    def show_recent(self, entries: list[RecentEntry], tz: tzinfo | None) -> None:
        self.recent.clear()
        for e in entries:
            when = e.at.astimezone(tz).strftime("%H:%M:%S")
            who = e.name or self.tr("unknown")
            if e.reason:
                who += f" ({checkin_reason_short(e.reason)})"
            item = QListWidgetItem(f"{MARKS.get(e.result, '·')} {when}  {who} — {e.desk}")
            item.setForeground(QBrush(readable(TINTS.get(e.result, "#24292f"))))
            item.setToolTip(e.organization)
            self.recent.addItem(item)
