"""Keyboard shortcuts that keep the context they are given."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def shortcut(
    keys: QKeySequence | QKeySequence.StandardKey | Qt.Key | str,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    description: str = "",
) -> QShortcut:
    """A shortcut on ``parent`` that runs ``slot`` within ``context``; ``description`` (translated)
    is what Help → Keyboard shortcuts lists for it (kept as the shortcut's ``whatsThis``).

    Built in steps on purpose: PySide6 (6.11) ignores ``context=`` when the constructor also gets
    a callable, and the shortcut then fires anywhere in the window (Return in a filter field
    opened the edit dialog; Delete anywhere on the welcome screen forgot a recent event).
    """
    made = QShortcut(QKeySequence(keys), parent)
    made.setContext(context)
    made.activated.connect(slot)
    made.setWhatsThis(description)
    return made
