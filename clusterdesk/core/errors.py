"""Expected errors (a clear message for the user) as opposed to bugs.

Anything derived from :class:`UserError` is an expected failure: bad input, a file that is not an
event, a locked database. The CLI turns it into exit code 2 and the GUI into a plain message box.
Everything else is a bug: logged with its traceback, shown with an apology.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from clusterdesk.core.messages import Msg


class UserError(Exception):
    """An expected error with a message meant for the user. Nothing was changed.

    ``code`` names the kind of failure for programs (stable, like the CLI's JSON keys);
    ``transient`` marks a fault that may pass by itself (a lost connection): a caller whose work
    is safe to repeat may retry it for a bounded time."""

    exit_code = 2
    code = "error"
    transient = False
    msg: Msg | None = None  # what to say, as a code: the front ends' words (str(): logs)

    def coded(self, message: Msg) -> Self:
        """This error carrying ``message`` (set by :func:`clusterdesk.core.messages.refusal`)."""
        self.msg = message
        return self


class NotAnEventError(UserError):
    """The file exists but is not a ClusterDesk event (or is corrupt)."""

    code = "not_an_event"


class NewerEventError(UserError):
    """The event was written by a newer ClusterDesk than this one."""

    code = "newer_event"


class DamagedEventError(NotAnEventError):
    """The event file fails SQLite's integrity check. ``backup`` is the newest backup of it that
    passes (automatic or taken before a migration), when there is one."""

    code = "damaged_event"

    def __init__(self, message: str, *, path: Path, backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup


# Faults of the machine or the network, mapped from OSError/database errors in one place
# (clusterdesk.store.faults). Their messages say what happened and where; nothing was changed.


class DiskFullError(UserError):
    code = "disk_full"


class ReadOnlyError(UserError):
    """The event (or an output file) cannot be written: read-only file, disk or database."""

    code = "read_only"


class AccessDeniedError(UserError):
    """The operating system (or the database server) refuses access."""

    code = "access_denied"


class EventBusyError(UserError):
    """Another desk or program holds the event's write lock beyond the busy timeout."""

    code = "busy"


class ServerUnavailableError(UserError):
    """The database server cannot be reached or dropped the connection."""

    code = "server_unavailable"
    transient = True


class StorageError(UserError):
    """Another input/output error of the disk or the database."""

    code = "storage_error"


@dataclass(frozen=True)
class RowProblem:
    """One problem in one row of an input file (row numbers as a spreadsheet shows them)."""

    file: str
    row: int
    column: str
    message: str
    msg: Msg | None = None  # the problem as a code, for the front ends' words (message: logs)

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"

    def where(self) -> str:
        where = f"{self.file}, row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        return where


@dataclass
class InputFileError(UserError):
    """An input file has problems; every problem is listed, nothing was imported."""

    file: str
    problems: list[RowProblem] = field(default_factory=list)
    summary: str = ""

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        head = self.summary or f"{self.file}: {len(self.problems)} problem(s), nothing was imported"
        lines = [head] + [f"  {p}" for p in self.problems[:50]]
        if len(self.problems) > 50:
            lines.append(f"  … and {len(self.problems) - 50} more")
        return "\n".join(lines)
