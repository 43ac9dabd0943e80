"""Icons from ``resources/icons/<name>.svg`` (found through the one resource resolver)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from clusterdesk.core.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    """The named icon, or an empty icon when the file is missing (never an error)."""
    try:
        path = resource_path("icons", f"{name}.svg")
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.exists() else QIcon()
