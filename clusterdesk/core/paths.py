"""Per-user data, settings and log locations (platformdirs), overridable for tests.

Setting ``CLUSTERDESK_HOME`` puts everything under that one directory (tests point it at a
temporary dir; portable installs can use it too).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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
    path = _base("data")
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = _base("config")
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = _base("log")
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_event_path() -> Path:
    return data_dir() / "demo.cdesk"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
