"""Shared helpers of the command-line modules."""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from clusterdesk.core.paths import log_dir
from clusterdesk.services.events import open_event
from clusterdesk.store.engine import EventDB

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USAGE = 2
EXIT_ALREADY = 3
EXIT_REJECTED = 4


@dataclass
class CommandError(Exception):
    message: str
    code: int = EXIT_USAGE


def log_file() -> Path:
    return log_dir() / "clusterdesk.log"


def setup_logging() -> None:
    root = logging.getLogger("clusterdesk")
    if root.handlers:
        return
    try:
        handler: logging.Handler = RotatingFileHandler(
            log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def open_db(target: str) -> EventDB:
    return open_event(target)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")
