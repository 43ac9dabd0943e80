"""Per-user data, settings and log locations (platformdirs), overridable for tests.

Every folder here is owner-only (0700): events, backups and logs hold personal data.

Setting ``CLUSTERDESK_HOME`` puts everything under that one directory (tests point it at a
temporary dir; portable installs can use it too).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from clusterdesk.core.private_files import own_dir

APP_NAME = "ClusterDesk"


def _base(kind: str) -> Path:
    home = os.environ.get("CLUSTERDESK_HOME")
    if home:
        return Path(home) / kind
    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return own_dir(_base("data"))


def config_dir() -> Path:
    return own_dir(_base("config"))


def log_dir() -> Path:
    return own_dir(_base("log"))


def demo_event_path() -> Path:
    return data_dir() / "demo.cdesk"


def backups_dir() -> Path:
    return own_dir(data_dir() / "backups")


def event_backups_dir(event: Path, *, create: bool = True) -> Path:
    """The folder of one event file's automatic backups: its name and a digest of where it lives,
    so that two events called ``forum.cdesk`` in different folders never share backups."""
    import hashlib

    where = hashlib.sha256(str(event.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    folder = _base("data") / "backups" / f"{event.stem}-{where}"
    return own_dir(folder) if create else folder
