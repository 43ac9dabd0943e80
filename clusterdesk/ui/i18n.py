"""Marking strings for translation where they are defined and translating them where shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``: module-level code writes ``translate("Context", "text")``
    with literal strings so that ``pyside6-lupdate`` files the text under that context (a bare
    ``tr()`` outside a widget method lands in no context, where no lookup ever finds it)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged (as Qt's own marker
    does; ``pyside6-lupdate`` finds the calls by this name). Typed, unlike PySide6's."""
    return text
