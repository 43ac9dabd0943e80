"""The user's log file: ``clusterdesk.log`` in the user log directory (platformdirs; under
``CLUSTERDESK_HOME`` when that is set), rotated at 2 MB with three old files kept, owner-only, and
with database passwords, badge codes and e-mail addresses masked in every line written — the
tracebacks of unexpected errors included.

Only the standard library is imported here at the top: the command line calls this on every run.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "clusterdesk.log"
MAX_BYTES = 2_000_000
KEEP = 3


def log_file() -> Path:
    from clusterdesk.core.paths import log_dir

    return log_dir() / LOG_NAME


class _PrivateFileHandler(RotatingFileHandler):
    def _open(self):  # type: ignore[no-untyped-def]  # each new or rotated file: 0600
        stream = super()._open()
        try:
            os.chmod(self.baseFilename, 0o600)
        except OSError:
            pass
        return stream


class MaskingFormatter(logging.Formatter):
    """Formats a record (its traceback included) and masks what must not be written."""

    def format(self, record: logging.LogRecord) -> str:
        from clusterdesk.core.safe_text import mask_secrets

        return mask_secrets(super().format(record))


def setup_logging() -> None:
    """Log to the user's log file. Called again after the data folder changed (tests point
    CLUSTERDESK_HOME elsewhere), it moves the log to the new file."""
    root = logging.getLogger("clusterdesk")
    target = str(log_file())
    for old in list(root.handlers):
        if getattr(old, "_clusterdesk", False):
            if getattr(old, "baseFilename", None) == target:
                return
            root.removeHandler(old)
            old.close()
    try:
        handler: logging.Handler = _PrivateFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler._clusterdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def flush_logs() -> None:
    for handler in logging.getLogger("clusterdesk").handlers:
        handler.flush()
