"""CSV and XLSX files that spreadsheet apps open safely.

* CSV: UTF-8 with a byte-order mark (so Excel reads Lithuanian letters right), comma separated,
  every field quoted where needed. A cell that a spreadsheet would run as a formula (starting
  with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is neutralised with a leading
  apostrophe, the OWASP advice for CSV injection.
* XLSX (openpyxl): every cell is written as text (``data_type = "s"``), never as a formula, so
  ``=HYPERLINK(...)`` shows as the characters it is. The header row is bold and frozen.

Files are written to a temporary name beside the target and renamed when complete.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from clusterdesk.services.exports.tables import DataTable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A cell that no spreadsheet will execute: ``=1+2`` becomes ``'=1+2``."""
    return "'" + value if value.startswith(FORMULA_START) else value


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_bytes(table: DataTable) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([neutralise(c) for c in row])
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def write_csv(table: DataTable, path: Path) -> None:
    write_atomically(path, csv_bytes(table))


def write_xlsx(table: DataTable, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = table.name[:31]
    bold = Font(bold=True)
    widths = [len(h) for h in table.headers]
    for r, row in enumerate([table.headers, *table.rows], start=1):
        for c, value in enumerate(row, start=1):
            cell: Cell = sheet.cell(row=r, column=c)
            cell.value = value
            cell.data_type = "s"  # text, never a formula
            if r == 1:
                cell.font = bold
            widths[c - 1] = max(widths[c - 1], min(60, len(value)))
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width + 2
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(path, buffer.getvalue())
