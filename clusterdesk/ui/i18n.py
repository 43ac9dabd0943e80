"""Marking strings for translation where they are defined and translating them where shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``: module-level code writes ``translate("Context", "text")``
    with literal strings so that ``pyside6-lupdate`` files the text under that context (a bare
    ``tr()`` outside a widget method lands in no context, where no lookup ever finds it)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def short_day(value: date) -> str:
    """ "Thu 14 May" in the UI's language ("kt 14 geg."): QLocale follows the chosen language,
    where ``strftime`` speaks the C locale's English."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged (as Qt's own marker
    does; ``pyside6-lupdate`` finds the calls by this name). Typed, unlike PySide6's."""
    return text
