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
    from clusterdesk.core.paths import log_dir

    return log_dir() / "clusterdesk.log"


def setup_logging() -> None:
    """Log to the user's log file (rotated, owner-only, with passwords, badge codes and e-mail
    addresses masked). Called again after the data folder changed (tests point CLUSTERDESK_HOME
    elsewhere), it moves the log to the new file."""
    import logging
    import os
    from logging.handlers import RotatingFileHandler

    from clusterdesk.core.safe_text import mask_secrets

    class PrivateFileHandler(RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]  # each new or rotated file: 0600
            stream = super()._open()
            try:
                os.chmod(self.baseFilename, 0o600)
            except OSError:
                pass
            return stream

    class MaskingFormatter(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            return mask_secrets(super().format(record))

    root = logging.getLogger("clusterdesk")
    target = str(log_file())
    for old in list(root.handlers):
        if getattr(old, "_clusterdesk", False):
            if getattr(old, "baseFilename", None) == target:
                return
            root.removeHandler(old)
            old.close()
    try:
        handler: logging.Handler = PrivateFileHandler(
            target, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler._clusterdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


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


def print_json_rows(data: dict[str, Any]) -> None:
    """The same JSON value as :func:`print_json`, written as it is encoded: the items of a list
    value one per line (compact), everything else indented. Fast and light for big lists (the
    meeting plan of a 5,000-person event is 12 MB)."""
    import json

    from clusterdesk.core.safe_text import json_for_terminal

    encode = json.JSONEncoder(ensure_ascii=False, default=str).encode
    write = sys.stdout.write
    write("{")
    for n, (key, value) in enumerate(data.items()):
        write(("," if n else "") + f"\n  {encode(key)}: ")
        if isinstance(value, list) and value:
            write("[")
            for start in range(0, len(value), 2000):
                rows = ",\n    ".join(map(encode, value[start : start + 2000]))
                write(("," if start else "") + "\n    " + json_for_terminal(rows))
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
