"""Light and dark: the app follows the system's palette (a dark theme gives a dark one). Colours
that carry a meaning (green for checked in, red for refused) are chosen for a light background;
:func:`readable` keeps their hue and moves their lightness until the text stands out from the
background it is drawn on (WCAG's 4.5:1 for normal text)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA = 4.5  # WCAG 2 contrast for normal text
MUTED = 5.0  # what hints and captions get


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


def flatten(colour: QColor, background: QColor) -> QColor:
    """``colour`` as seen over ``background`` (a translucent colour mixed with what is under it;
    Qt's placeholder text is the text colour at half opacity)."""
    a = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * a + background.redF() * (1 - a),
        colour.greenF() * a + background.greenF() * (1 - a),
        colour.blueF() * a + background.blueF() * (1 - a),
    )


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of ``a`` drawn over ``b``, 1 … 21."""
    a = flatten(a, b)
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
    wanted = flatten(wanted, background)
    lighter = luminance(background) < 0.18
    hue, saturation = wanted.hslHueF(), wanted.hslSaturationF()  # (opaque now)
    lightness, alpha = wanted.lightnessF(), wanted.alphaF()
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


def with_readable_muted_text(palette: QPalette) -> QPalette | None:
    """The palette with its muted text (``PlaceholderText``, used for subtitles, hints and
    captions) made readable on the window and on the lists' backgrounds, or ``None`` when it
    already is (some light themes draw it at 4:1, under the 4.5:1 small text needs)."""
    roles = (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
    )
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    fixed = QColor(muted)
    for _ in range(3):  # each background in turn until all of them are content
        for role in roles:  # (a margin over 4.5: anti-aliased small text looks a little lighter)
            fixed = readable(fixed, palette.color(role), MUTED)
    if fixed == muted:
        return None
    changed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        changed.setColor(group, QPalette.ColorRole.PlaceholderText, fixed)
    return changed


def make_muted_text_readable(app: QGuiApplication) -> None:
    changed = with_readable_muted_text(app.palette())
    if changed is not None:
        app.setPalette(changed)
