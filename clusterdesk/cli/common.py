"""Shared helpers of the command-line modules.

Start-up matters here (scripts call `clusterdesk checkin` once per scan): this module and the
`cmd_*` modules import only the standard library at the top; the services, SQLAlchemy and the
document stack are imported by the command that runs (see tests/cli/test_startup_imports.py).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from clusterdesk.services.events import EventDB

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USAGE = 2
EXIT_ALREADY = 3
EXIT_REJECTED = 4


class CommandError(Exception):
    """A command stops with ``message`` (printed to stderr unless empty) and exit ``code``."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def log_file() -> Path:
    from clusterdesk.core.app_log import log_file as user_log_file

    return user_log_file()


def setup_logging() -> None:
    """Log to the user's log file (rotated, owner-only, with passwords, badge codes and e-mail
    addresses masked): see :mod:`clusterdesk.core.app_log`."""
    from clusterdesk.core.app_log import setup_logging as setup_user_log

    setup_user_log()


def open_db(target: str, desk: str = "") -> EventDB:
    """Open what an EVENT argument names: a file, a database URL, or a shared event's join code
    (``desk`` names this connection on the host's list of desks)."""
    from clusterdesk.services.sharing.targets import open_target

    return open_target(target, desk)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def print_json(data: Any) -> None:
    """JSON on stdout; C1 controls and bidi marks escaped too (the same JSON value)."""
    import json

    from clusterdesk.core.safe_text import json_for_terminal

    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(json_for_terminal(text) + "\n")


class JsonRows(list[str]):
    """A list value for :func:`print_json_rows` whose items are already JSON text, safe for a
    terminal (each as ``json_for_terminal(json.JSONEncoder(ensure_ascii=False).encode(row))``
    would be: the same bytes, made faster from per-row templates). Only
    :func:`print_json_rows` knows it."""


def print_json_rows(data: dict[str, Any]) -> None:
    """The same JSON value as :func:`print_json`, written as it is encoded: the items of a list
    value one per line (compact), everything else indented. Fast and light for big lists (the
    meeting plan of a 5,000-person event is 12 MB); a :class:`JsonRows` value is written as it
    is."""
    import json

    from clusterdesk.core.safe_text import json_for_terminal

    encode = json.JSONEncoder(ensure_ascii=False, default=str).encode
    write = sys.stdout.write
    write("{")
    for n, (key, value) in enumerate(data.items()):
        write(("," if n else "") + f"\n  {encode(key)}: ")
        if isinstance(value, list) and value:
            write("[")
            done = isinstance(value, JsonRows)
            for start in range(0, len(value), 2000):
                part = value[start : start + 2000]
                if done:
                    rows = ",\n    ".join(part)
                else:
                    rows = json_for_terminal(",\n    ".join(map(encode, part)))
                write(("," if start else "") + "\n    " + rows)
            write("\n  ]")
        else:
            text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
            write(json_for_terminal(text).replace("\n", "\n  "))
    write("\n}\n" if data else "}\n")


def out(text: str = "") -> None:
    """A line on stdout. Names and other data people typed may hold escape sequences: control
    and bidi characters are written as visible escapes, so they cannot drive the terminal."""
    from clusterdesk.core.safe_text import for_terminal

    sys.stdout.write(for_terminal(text) + "\n")


def err(text: str) -> None:
    """A line on stderr, escaped like :func:`out`."""
    from clusterdesk.core.safe_text import for_terminal

    sys.stderr.write(for_terminal(text) + "\n")
