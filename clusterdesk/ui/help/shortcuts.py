"""Help → Keyboard shortcuts: every key the window answers to, read from the window itself.

The list is generated from the ``QAction``\\ s with a shortcut and the ``QShortcut``\\ s (their
description is their ``whatsThis``, set by :func:`clusterdesk.ui.keys.shortcut`) found in the main
window, its pages and any other window of the app that is open (the big screen), so it cannot
drift from what the keys really do. Each is filed under where it works: everywhere, on a page, or
in another window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.ui.i18n import translate
from clusterdesk.ui.icons import icon


@dataclass(frozen=True)
class KeyEntry:
    keys: str  # in the platform's notation ("Ctrl+Shift+B", "⌘⇧B"), several joined by ", "
    description: str
    where: str  # "Everywhere", a page's title, the welcome screen or another window's title


def key_text(sequences: Iterable[QKeySequence]) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def plain_text(text: str) -> str:
    """A menu entry's text without its mnemonic marker ("&Open event…" → "Open event…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _owner(obj: QObject) -> QWidget | None:
    parent = obj.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent


def _where(obj: QObject, window: QWidget) -> str:
    """Which page (or screen, or window) ``obj`` belongs to."""
    everywhere = translate("KeyboardShortcuts", "Everywhere")
    owner = _owner(obj)
    if owner is None:
        return everywhere
    if owner.window() is not window:
        return owner.window().windowTitle() or everywhere
    view = getattr(window, "event_view", None)
    welcome = getattr(window, "welcome", None)
    widget: QWidget | None = owner
    while widget is not None and widget is not window:
        if widget is welcome:
            return translate("KeyboardShortcuts", "Welcome screen")
        if view is not None:
            for entry in view.entries:
                if view.pages.get(entry.key) is widget:
                    return entry.display_title()
        widget = widget.parentWidget()
    return everywhere


def _action_keys(action: QAction, window: QWidget) -> list[QKeySequence]:
    keys = list(action.shortcuts())
    actions = getattr(window, "window_actions", None)
    default = getattr(actions, "defaults", {}).get(action)
    if default is not None and not default.isEmpty() and default not in keys:
        keys.insert(0, default)  # given up meanwhile to the page shown (ui/menus.py)
    return keys


def collect(window: QWidget) -> list[KeyEntry]:
    """Every shortcut of ``window`` and of the app's other open windows."""
    roots = [window] + [
        w
        for w in QApplication.topLevelWidgets()
        if w is not window and w.isVisible() and not isinstance(w, ShortcutsDialog)
    ]
    found: dict[tuple[str, str, str], KeyEntry] = {}
    for root in roots:
        for action in root.findChildren(QAction):
            keys = key_text(_action_keys(action, window))
            if keys:
                entry = KeyEntry(keys, plain_text(action.text()), _where(action, window))
                found.setdefault((entry.keys, entry.description, entry.where), entry)
        for made in root.findChildren(QShortcut):
            keys = key_text([made.key()])
            if keys:
                text = made.whatsThis() or translate("KeyboardShortcuts", "(no description)")
                entry = KeyEntry(keys, text, _where(made, window))
                found.setdefault((entry.keys, entry.description, entry.where), entry)
    # the same description on several keys (Return and Enter; F11 and F): one row
    merged: dict[tuple[str, str], list[str]] = {}
    for entry in found.values():
        merged.setdefault((entry.where, entry.description), []).append(entry.keys)
    return [
        KeyEntry(", ".join(dict.fromkeys(keys)), description, where)
        for (where, description), keys in merged.items()
    ]


class ShortcutsDialog(QDialog):
    """A searchable list of ``collect(window)``, grouped by where the keys work (non-modal)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setWindowIcon(icon("keyboard"))
        self.window_ = window
        self.search = QLineEdit(self)
        self.search.setObjectName("shortcutsSearch")
        self.search.setPlaceholderText(self.tr("Search keys or actions (e.g. “undo”, “Ctrl+Z”)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.none = QLabel(self.tr("No shortcut matches."), self)
        self.none.setObjectName("shortcutsNone")
        self.none.hide()
        note = QLabel(
            self.tr(
                "Page keys work while that page is shown; a page's key wins over the same "
                "key elsewhere."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.none)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.refresh()

    def refresh(self) -> None:
        """Read the keys from the window again (a page or window opened meanwhile)."""
        self.tree.clear()
        entries = collect(self.window_)
        order = self._order(entries)
        groups: dict[str, QTreeWidgetItem] = {}
        for where in order:
            group = QTreeWidgetItem(self.tree, [where])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            groups[where] = group
        for entry in entries:  # in the order they were made: menus, then Ctrl+1…9
            QTreeWidgetItem(groups[entry.where], [entry.keys, entry.description])
        self.tree.expandAll()
        self.apply_filter(self.search.text())

    def _order(self, entries: list[KeyEntry]) -> list[str]:
        """Everywhere first, then the pages in navigation order, then the rest."""
        everywhere = translate("KeyboardShortcuts", "Everywhere")
        view = getattr(self.window_, "event_view", None)
        pages = [e.display_title() for e in view.entries] if view is not None else []
        present = {e.where for e in entries}
        first = [everywhere] + pages
        return [w for w in first if w in present] + sorted(present - set(first))

    def groups(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Each place's heading and its rows."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is not None:
                rows = [group.child(c) for c in range(group.childCount())]
                out.append((group, [row for row in rows if row is not None]))
        return out

    def apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        shown = 0
        for group, rows in self.groups():
            in_group = needle in group.text(0).casefold()
            visible = 0
            for row in rows:
                hit = (
                    not needle
                    or in_group
                    or needle in row.text(0).casefold()
                    or needle in row.text(1).casefold()
                )
                row.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)
            shown += visible
        self.none.setVisible(shown == 0)

    def rows(self) -> list[tuple[str, str, str]]:
        """(where, keys, action) of every row shown now."""
        return [
            (group.text(0), row.text(0), row.text(1))
            for group, rows in self.groups()
            if not group.isHidden()
            for row in rows
            if not row.isHidden()
        ]


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Open (or bring up, read again) the window's shortcuts list."""
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    if dialog is None:
        dialog = ShortcutsDialog(window)
    else:
        dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.search.setFocus()
    return dialog
