"""The open event: a navigation list on the left and the registered pages on the right."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from clusterdesk.services.events import EventDB
from clusterdesk.ui.context import PageContext
from clusterdesk.ui.icons import icon
from clusterdesk.ui.keys import shortcut
from clusterdesk.ui.pages.registry import PAGES, PageEntry

NAV_STYLE = """
QListWidget#navigation { border: none; background: palette(window); padding: 8px 6px; }
QListWidget#navigation::item { padding: 7px 10px; border-radius: 6px; margin: 1px 0; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
"""


class EventView(QWidget):
    """``pageChanged(key, page)`` when the visible page changes."""

    pageChanged = Signal(str, QWidget)

    def __init__(self, context: PageContext, entries: list[PageEntry] | None = None) -> None:
        super().__init__()
        self.entries = list(PAGES if entries is None else entries)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        self.holders: dict[str, QScrollArea] = {}
        for n, entry in enumerate(self.entries):
            page = entry.create(context)
            self.pages[entry.key] = page
            # a page wider than a small laptop screen scrolls instead of widening the window
            holder = QScrollArea(self.stack)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(page)
            self.holders[entry.key] = holder
            self.stack.addWidget(holder)
            item = QListWidgetItem(icon(entry.icon), entry.display_title())
            if n < 9:
                item.setToolTip(f"{entry.display_title()} (Ctrl+{n + 1})")
                shortcut(
                    f"Ctrl+{n + 1}",
                    self,
                    partial(self.nav.setCurrentRow, n),
                    description=self.tr("Go to the page “{0}”").format(entry.display_title()),
                )
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

    def set_event(self, db: EventDB | None) -> None:
        for page in self.pages.values():
            page.set_event(db)  # type: ignore[attr-defined]

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else ""

    def current_page(self) -> QWidget | None:
        return self.pages.get(self.current_key())

    def show_page(self, key: str) -> QWidget | None:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                if self.nav.currentRow() == row:
                    self._show_row(row)
                else:
                    self.nav.setCurrentRow(row)
                return self.pages[key]
        return None

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        page = self.pages[entry.key]
        self.stack.setCurrentWidget(self.holders[entry.key])
        on_shown = getattr(page, "on_shown", None)
        if callable(on_shown):
            on_shown()
        self.pageChanged.emit(entry.key, page)
