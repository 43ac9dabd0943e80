"""How many automatic backups to keep and how often the desk takes one: the same two numbers for
the app and the CLI, read from the app's settings file (``clusterdesk.ini`` in the config dir,
written by the app's Preferences through QSettings: ``[backups] keep=…, interval_minutes=…``)."""

from __future__ import annotations

import configparser
from dataclasses import dataclass

from clusterdesk.core.paths import config_dir

SECTION = "backups"
KEEP_KEY = "keep"
INTERVAL_KEY = "interval_minutes"
DEFAULT_KEEP = 10
DEFAULT_INTERVAL = 15  # minutes; 0 = no timed backups at the desk
KEEP_RANGE = (1, 500)
INTERVAL_RANGE = (0, 24 * 60)


@dataclass(frozen=True)
class BackupPrefs:
    keep: int = DEFAULT_KEEP
    interval_minutes: int = DEFAULT_INTERVAL


def clamp(value: object, default: int, bounds: tuple[int, int]) -> int:
    """An int within ``bounds`` (the default for anything that is not a whole number)."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return min(bounds[1], max(bounds[0], number))


def read_backup_prefs() -> BackupPrefs:
    """The numbers saved in the settings file (defaults when it is missing or unreadable)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(config_dir() / "clusterdesk.ini", encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return BackupPrefs()
    if not parser.has_section(SECTION):
        return BackupPrefs()
    section = parser[SECTION]
    return BackupPrefs(
        keep=clamp(section.get(KEEP_KEY, ""), DEFAULT_KEEP, KEEP_RANGE),
        interval_minutes=clamp(section.get(INTERVAL_KEY, ""), DEFAULT_INTERVAL, INTERVAL_RANGE),
    )
