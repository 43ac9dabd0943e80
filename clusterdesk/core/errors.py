"""Expected errors (a clear message for the user) as opposed to bugs.

Anything derived from :class:`UserError` is an expected failure: bad input, a file that is not an
event, a locked database. The CLI turns it into exit code 2 and the GUI into a plain message box.
Everything else is a bug: logged with its traceback, shown with an apology.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class UserError(Exception):
    """An expected error with a message meant for the user. Nothing was changed."""

    exit_code = 2


class NotAnEventError(UserError):
    """The file exists but is not a ClusterDesk event (or is corrupt)."""


class NewerEventError(UserError):
    """The event was written by a newer ClusterDesk than this one."""


@dataclass(frozen=True)
class RowProblem:
    """One problem in one row of an input file (row numbers as a spreadsheet shows them)."""

    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        return f"{where}: {self.message}"


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
