"""Importing the valid rows and skipping the listed ones — the user's explicit choice beside
all-or-nothing. The rows left out go to a CSV file (their problems first, then the row as it was),
to be fixed and imported again."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from clusterdesk.core.errors import RowProblem
from clusterdesk.core.messages import CodedError, Msg, msg
from clusterdesk.services.people_import.reading import RawTable
from clusterdesk.services.people_import.report import Problems


def rows_to_skip(problems: Problems, table: RawTable, skip_invalid: bool) -> set[int] | None:
    """The rows to leave out (none when there are no problems); ``None``: stop — there are
    problems and they may not be skipped (not asked to, or a column is missing, which is no row)."""
    if not problems:
        return set()
    rows = {p.row for p in problems.items}
    if not skip_invalid or table.header_row in rows:
        return None
    return rows


def skipped_file_for(source: str | Path) -> Path:
    """``people.csv`` → ``people.skipped.csv`` beside it (``people.skipped-2.csv`` if taken)."""
    source = Path(source)
    candidate = source.with_name(f"{source.stem}.skipped.csv")
    n = 2
    while candidate.exists():
        candidate = source.with_name(f"{source.stem}.skipped-{n}.csv")
        n += 1
    return candidate


def write_skipped(
    table: RawTable,
    problems: list[RowProblem],
    rows: set[int],
    path: str | Path,
    words: Callable[[Msg], str] | None = None,
) -> Path:
    """Write the skipped rows (UTF-8 with BOM, so spreadsheet programs read the letters right),
    each with its problems in ``words`` (the front end's; without them, the problems' codes)."""
    path = Path(path)
    why: dict[int, list[str]] = {}
    for p in problems:
        if p.row in rows:
            what = words(p.msg) if words is not None and p.msg is not None else p.message
            why.setdefault(p.row, []).append(f"{p.column}: {what}" if p.column else what)
    delimiter = table.delimiter if table.delimiter in (",", ";", "\t") else ","
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, delimiter=delimiter)
            out.writerow(["Row", "Problem", *table.headers])
            for index, raw in enumerate(table.rows):
                row = table.row_number(index)
                if row in rows:
                    out.writerow([row, "; ".join(why.get(row, [])), *raw])
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise CodedError(msg("file.skipped_unwritable", path=str(path), why=reason)) from exc
    return path
