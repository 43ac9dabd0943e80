"""Light and dark: the app follows the system's palette (a dark theme gives a dark one). Colours
that carry a meaning (green for checked in, red for refused) are chosen for a light background;
:func:`readable` keeps their hue and moves their lightness until the text stands out from the
background it is drawn on (WCAG's 4.5:1 for normal text)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA = 4.5  # WCAG 2 contrast for normal text


def is_dark(palette: QPalette | None = None) -> bool:
    """Is the palette's window darker than mid-grey (a dark system theme)?"""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two colours, 1 … 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(colour: str | QColor, background: QColor | None = None, minimum: float = AA) -> QColor:
    """``colour`` or, where it is too close to ``background`` (default: the palette's base), the
    same hue made lighter (on a dark background) or darker until the contrast is ``minimum``."""
    wanted = QColor(colour)
    if background is None:
        background = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    if contrast(wanted, background) >= minimum:
        return wanted
    lighter = luminance(background) < 0.18
    hue, saturation, lightness, alpha = wanted.getHslF()
    step = 0.02 if lighter else -0.02
    while 0.0 <= lightness <= 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
        if contrast(candidate, background) >= minimum or lightness in (0.0, 1.0):
            return candidate
    return wanted


def css(colour: str | QColor, background: QColor | None = None) -> str:
    """:func:`readable` as ``#rrggbb`` for a style sheet."""
    return readable(colour, background).name()
