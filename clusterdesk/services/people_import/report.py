"""What an import did (or would do): counts, the columns used, and every problem by row."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from clusterdesk.core.errors import InputFileError, RowProblem
from clusterdesk.core.messages import Msg
from clusterdesk.services.people_import.reading import RawTable

if TYPE_CHECKING:
    from clusterdesk.services.people_import.duplicates import PossibleDuplicate

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 500


@dataclass
class ImportReport:
    kind: str
    file: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    dry_run: bool = False
    encoding: str | None = None
    delimiter: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field -> header used
    ignored_columns: list[str] = field(default_factory=list)
    rows: int = 0  # data rows read (blank rows not counted)
    # import the valid rows, skip the listed ones: the rows left out, and the file they went to
    skipped: list[int] = field(default_factory=list)
    skipped_file: str = ""
    # people who may be registered already under another e-mail (same name and organisation)
    duplicates: list[PossibleDuplicate] = field(default_factory=list)
    merged: int = 0  # rows merged into someone registered (the user's choice)
    left_out: int = 0  # rows the user chose not to import (a duplicate within the file)
    notes: list[RowProblem] = field(default_factory=list)  # cleaned characters, ignored cells
    # countries that are neither an ISO code nor a known name: kept as written (a warning)
    unknown_countries: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """One line for the command line and the wizard's last page."""
        rows = f"{self.rows} row{'' if self.rows == 1 else 's'}"
        counts = f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged"
        if self.merged:
            counts += f", {self.merged} merged"
        if self.skipped:
            where = f" (written to {self.skipped_file})" if self.skipped_file else ""
            counts += f"; {len(self.skipped)} row(s) with problems skipped{where}"
        if self.problems and not self.skipped:
            return f"{self.file}: {len(self.problems)} problem(s) in {rows}; nothing imported"
        if self.dry_run:
            return f"Dry run of {self.file} ({rows}): would be {counts}; nothing written"
        return f"Imported {self.file} ({rows}): {counts}"

    def audit_details(self) -> str:
        return json.dumps(
            {
                "file": self.file,
                "created": self.created,
                "updated": self.updated,
                "unchanged": self.unchanged,
                "rows": self.rows,
                "skipped": self.skipped,
                "merged": self.merged,
                "encoding": self.encoding,
                "delimiter": self.delimiter,
                "columns": self.columns,
                "unknown_countries": self.unknown_countries,
            },
            ensure_ascii=False,
        )

    def error(self) -> InputFileError:
        return InputFileError(self.file, list(self.problems))


class Problems:
    """Collects row problems, naming the column as the file's header spells it."""

    def __init__(self, table: RawTable, columns: dict[str, int]) -> None:
        self.table = table
        self.columns = columns
        self.items: list[RowProblem] = []

    def header(self, fld: str) -> str:
        index = self.columns.get(fld)
        if index is None or index >= len(self.table.headers):
            return fld
        return self.table.headers[index] or fld

    def add(self, row: int, fld: str, what: Msg) -> None:
        """A problem of ``row`` in ``fld``'s column, as a code (the front ends word it)."""
        column = self.header(fld) if fld else ""
        self.items.append(RowProblem(self.table.file, row, column, str(what), what))

    def __bool__(self) -> bool:
        return bool(self.items)


def new_report(kind: str, table: RawTable, columns: dict[str, int], dry_run: bool) -> ImportReport:
    used = set(columns.values())
    return ImportReport(
        kind=kind,
        file=table.file,
        dry_run=dry_run,
        encoding=table.encoding,
        delimiter=table.delimiter,
        columns={f: table.headers[i] for f, i in columns.items()},
        ignored_columns=[h for i, h in enumerate(table.headers) if i not in used and h],
        rows=sum(1 for r in table.rows if r),
        notes=list(table.notes),
    )


def tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
        progress(done, total)
