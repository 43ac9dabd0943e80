"""The light and dark palettes the theme tests (and screenshots) run the app under: Fusion with
the colours a dark system theme gives (KDE Breeze Dark, Windows and macOS dark mode), and
Fusion's own light palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#2f3136",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9da0a6",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#3c3f41",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4d50",
    QPalette.ColorRole.Midlight: "#404346",
    QPalette.ColorRole.Mid: "#55585c",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6ea8fe",
    QPalette.ColorRole.LinkVisited: "#b58cf0",
}
DISABLED_DARK = {
    QPalette.ColorRole.WindowText: "#7f8185",
    QPalette.ColorRole.Text: "#7f8185",
    QPalette.ColorRole.ButtonText: "#7f8185",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in DISABLED_DARK.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def use_palette(app: QApplication, kind: str) -> None:
    """Fusion with the ``"dark"`` or ``"light"`` palette, as a system theme would set it."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if kind == "dark" else light_palette())
