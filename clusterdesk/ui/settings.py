"""The app's settings: an INI file in the per-user config dir (``CLUSTERDESK_HOME`` in tests)."""

from __future__ import annotations

import socket

from PySide6.QtCore import QByteArray, QSettings

from clusterdesk.core import backup_prefs as bp
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

    # the check-in desk (the keys the desk page used before Preferences: nothing is lost) ------
    def _flag(self, key: str, default: bool = False) -> bool:
        return str(self.q.value(key, "true" if default else "false")).lower() == "true"

    def desk_name(self) -> str:
        return str(self.q.value("checkin/desk", "") or "") or socket.gethostname()

    def set_desk_name(self, name: str) -> None:
        self.q.setValue("checkin/desk", name)

    def operator(self) -> str:
        """Who works at this desk (written with every check-in); "" = not said."""
        return str(self.q.value("checkin/operator", "") or "")

    def set_operator(self, name: str) -> None:
        self.q.setValue("checkin/operator", name)

    def muted(self) -> bool:
        return self._flag("checkin/mute")

    def set_muted(self, on: bool) -> None:
        self.q.setValue("checkin/mute", on)

    def print_on_arrival(self) -> bool:
        return self._flag("checkin/print_on_arrival")

    def set_print_on_arrival(self, on: bool) -> None:
        self.q.setValue("checkin/print_on_arrival", on)

    def ready_after_s(self, default: int) -> int:
        return bp.clamp(self.q.value("checkin/ready_after", default), default, (0, 120))

    def set_ready_after_s(self, seconds: int) -> None:
        self.q.setValue("checkin/ready_after", seconds)

    # automatic backups (read by the CLI too: core.backup_prefs) -------------------------------
    def backup_keep(self) -> int:
        value = self.q.value(f"{bp.SECTION}/{bp.KEEP_KEY}", bp.DEFAULT_KEEP)
        return bp.clamp(value, bp.DEFAULT_KEEP, bp.KEEP_RANGE)

    def set_backup_keep(self, n: int) -> None:
        self.q.setValue(f"{bp.SECTION}/{bp.KEEP_KEY}", n)

    def backup_interval_min(self) -> int:
        value = self.q.value(f"{bp.SECTION}/{bp.INTERVAL_KEY}", bp.DEFAULT_INTERVAL)
        return bp.clamp(value, bp.DEFAULT_INTERVAL, bp.INTERVAL_RANGE)

    def set_backup_interval_min(self, minutes: int) -> None:
        self.q.setValue(f"{bp.SECTION}/{bp.INTERVAL_KEY}", minutes)

    def sync(self) -> None:
        self.q.sync()
