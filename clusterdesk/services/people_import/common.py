"""Steps shared by both imports: read the table, match columns, check required columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table

from clusterdesk.core.messages import msg
from clusterdesk.core.safe_text import clean_email, clean_field
from clusterdesk.services.people_import.headers import FIELDS, match_columns, missing_fields
from clusterdesk.services.people_import.reading import RawTable, read_table
from clusterdesk.services.people_import.report import ImportReport, Problems, new_report


def prepare(
    kind: str,
    path: str | Path,
    *,
    encoding: str | None,
    delimiter: str | None,
    mapping: dict[str, str] | None,
    dry_run: bool,
    table: RawTable | None,
    optional: frozenset[str] = frozenset(),
) -> tuple[RawTable, dict[str, int], ImportReport, Problems]:
    """Read (unless ``table`` is given) and match columns; a missing required column (other than
    those in ``optional``) becomes a problem on the header row."""
    if table is None:
        table = read_table(path, encoding=encoding, delimiter=delimiter)
    columns = match_columns(table.headers, kind, mapping)
    report = new_report(kind, table, columns, dry_run)
    problems = Problems(table, columns)
    for fld in [f for f in missing_fields(kind, columns) if f not in optional]:
        code = "import.no_name_column" if fld == "first_name" else "import.no_column"
        found = ", ".join(repr(h) for h in table.headers)
        problems.add(
            table.header_row,
            fld,
            msg(code, field=fld, found=found, fields=", ".join(FIELDS[kind])),
        )
    return table, columns, report, problems


# Prose may keep its line breaks (a two-line job title on a badge); names, organisations and
# the other identifiers are one line.
MULTILINE_FIELDS = frozenset({"notes", "description", "title", "speakers", "attention"})


def cell(row: list[str], columns: dict[str, int], fld: str) -> str:
    """The value of ``fld`` in ``row`` ("" when absent): NFC, trimmed, control and invisible
    characters removed, on one line unless the field holds prose (:data:`MULTILINE_FIELDS`)."""
    index = columns.get(fld)
    if index is None or index >= len(row):
        return ""
    return clean_field(row[index], multiline=fld in MULTILINE_FIELDS)[0]


def email_cell(row: list[str], columns: dict[str, int], fld: str) -> str:
    """An e-mail address as the identifier it is (:func:`clusterdesk.core.safe_text.clean_email`:
    NFKC, lower case, nothing invisible)."""
    index = columns.get(fld)
    if index is None or index >= len(row):
        return ""
    return clean_email(row[index])[0]


def too_long(problems: Problems, row: int, fld: str, value: str, limit: int) -> bool:
    if len(value) > limit:
        problems.add(row, fld, msg("import.too_long", length=len(value), n=limit))
        return True
    return False


def table_of(model: Any) -> Table:
    """The Core table of a model, for fast executemany INSERTs (ORM bulk inserts with RETURNING
    merge their result batches quadratically: 20,000 rows took a minute)."""
    return cast(Table, model.__table__)
