"""Marking strings for translation where they are defined and translating them where shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged (as Qt's own marker
    does; ``pyside6-lupdate`` finds the calls by this name). Typed, unlike PySide6's."""
    return text
