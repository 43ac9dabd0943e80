"""The app's settings: an INI file in the per-user config dir (``CLUSTERDESK_HOME`` in tests)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from clusterdesk.core.database_url import strip_password
from clusterdesk.core.paths import config_dir

MAX_RECENT = 10


class AppSettings:
    """Typed accessors over a QSettings INI file."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings(
            str(config_dir() / "clusterdesk.ini"), QSettings.Format.IniFormat
        )

    # recent events -------------------------------------------------------------------------
    def recent_events(self) -> list[str]:
        value = self.q.value("recent/events", [])
        if isinstance(value, str):  # QSettings returns a lone item as a string
            value = [value]
        return [str(v) for v in value if v] if isinstance(value, list) else []

    def add_recent(self, target: str) -> None:
        target = strip_password(target)
        items = [target] + [t for t in self.recent_events() if t != target]
        self.q.setValue("recent/events", items[:MAX_RECENT])
        self.q.sync()

    def remove_recent(self, target: str) -> None:
        self.q.setValue("recent/events", [t for t in self.recent_events() if t != target])
        self.q.sync()

    def clear_recent(self) -> None:
        self.q.setValue("recent/events", [])
        self.q.sync()

    # window ---------------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self.q.setValue("window/geometry", value)

    def last_page(self) -> str:
        return str(self.q.value("window/page", "participants") or "participants")

    def set_last_page(self, key: str) -> None:
        self.q.setValue("window/page", key)

    def last_folder(self) -> str:
        return str(self.q.value("files/folder", "") or "")

    def set_last_folder(self, folder: str) -> None:
        self.q.setValue("files/folder", folder)

    # language -------------------------------------------------------------------------------
    def language(self) -> str:
        """ "" means the system language."""
        return str(self.q.value("ui/language", "") or "")

    def set_language(self, code: str) -> None:
        self.q.setValue("ui/language", code)

    def sync(self) -> None:
        self.q.sync()
