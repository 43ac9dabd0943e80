"""Icons from ``resources/icons/<name>.svg`` (found through the one resource resolver).

The action icons are line drawings whose strokes are ``currentColor``: they are drawn at the size
asked for (sharp at any scale factor) in the colour of the palette in use when painted, so they
stay visible in a dark theme and follow a palette change without being loaded again. An SVG with
its own colours (the app's logo) is drawn as it is.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from clusterdesk.core.resources import resource_path

COLOUR_ROLES = {
    QIcon.Mode.Normal: (QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
    QIcon.Mode.Active: (QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
    QIcon.Mode.Selected: (QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
    QIcon.Mode.Disabled: (QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
}


def icon_colour(mode: QIcon.Mode) -> str:
    """The stroke colour for ``mode`` in the application's palette now (``#rrggbb``)."""
    group, role = COLOUR_ROLES.get(mode, COLOUR_ROLES[QIcon.Mode.Normal])
    return QGuiApplication.palette().color(group, role).name()


class TintedSvgEngine(QIconEngine):
    """Draws an SVG with ``currentColor`` replaced by the palette's text colour for the mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self.svg = svg
        self._cache: dict[tuple[int, int, QIcon.Mode, str], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        data = self.svg.replace(b"currentColor", icon_colour(mode).encode("ascii"))
        return QSvgRenderer(QByteArray(data))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, rect.toRectF())

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode, icon_colour(mode))
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        if len(self._cache) > 64:
            self._cache.clear()
        self._cache[key] = pixmap
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.svg)

    def key(self) -> str:
        return "clusterdesk-tinted-svg"

    def isNull(self) -> bool:
        return not self.svg


@cache
def icon(name: str) -> QIcon:
    """The named icon, or an empty icon when the file is missing (never an error)."""
    try:
        path = resource_path("icons", f"{name}.svg")
    except FileNotFoundError:
        return QIcon()
    if not path.exists():
        return QIcon()
    data = path.read_bytes()
    if b"currentColor" not in data:
        return QIcon(str(path))
    return QIcon(TintedSvgEngine(data))
