"""The front ends' last line of defence: an exception that escaped a command or a worker is
either an expected fault (mapped by :func:`clusterdesk.store.faults.translate`, the one place
that knows them) or a bug. For a bug, :func:`bug_summary` is one line safe to show and to log:
no SQL, no parameters, no passwords, badge codes and e-mail addresses masked."""

from __future__ import annotations

from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import msg
from clusterdesk.core.safe_text import mask_secrets
from clusterdesk.store.faults import translate


def expected(exc: BaseException) -> UserError | None:
    """The expected error ``exc`` stands for, or None when it is a bug."""
    filename = getattr(exc, "filename", None)
    return translate(exc, str(filename) if filename else msg("store.the_event"))


def bug_summary(exc: BaseException) -> str:
    """``"TypeError: …"`` — the first line of the message, masked (SQLAlchemy appends the
    statement and its parameters on later lines)."""
    orig = getattr(exc, "orig", None)
    message = str(orig if isinstance(orig, BaseException) else exc).strip().splitlines()
    first = message[0] if message else ""
    return mask_secrets(f"{type(exc).__name__}: {first}"[:300])
