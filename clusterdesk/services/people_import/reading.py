"""Reading an import file into a plain table of strings: CSV (any of our encodings, comma,
semicolon or tab separated) or XLSX (the first sheet unless one is named).

Files as they come, broken ones included: classic-Mac CR line endings and stray CRs, fields up to
:data:`FIELD_LIMIT` characters (a longer one is an error naming its line, not a crash), XLSX
files that are a zip of junk or hold broken XML (a clear error), and a sheet whose dimension or a
stray cell far away (``XFD1048576``) would make the reader walk a million empty rows: the sheet is
read by its cells, not its dimension, and the table ends after :data:`MAX_EMPTY_RUN` empty rows.
Every cell is cleaned of control and invisible characters (:mod:`clusterdesk.core.safe_text`);
what was removed or ignored is in ``RawTable.notes``, by row.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from clusterdesk.core.errors import RowProblem, UserError
from clusterdesk.core.messages import CodedError, msg
from clusterdesk.core.safe_text import clean_field, describe_chars, mask_secrets
from clusterdesk.services.people_import.encoding import decode

DELIMITERS = {
    ",": ",",
    "comma": ",",
    ";": ";",
    "semicolon": ";",
    "\t": "\t",
    "\\t": "\t",
    "tab": "\t",
    "|": "|",
    "pipe": "|",
}
SNIFF_RECORDS = 50
XLSX_MAGIC = b"PK\x03\x04"
XLS_MAGIC = b"\xd0\xcf\x11\xe0"
FIELD_LIMIT = 1_000_000  # characters in one CSV field (csv's own default, 131,072, crashed)
MAX_COLUMNS = 1_000  # cells further right are ignored (and said so)
MAX_EMPTY_RUN = 1_000  # this many empty rows end a sheet: what lies below is ignored (and said so)
csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))


@dataclass
class RawTable:
    """A file as rows of text. ``header_row`` is the spreadsheet row number of ``headers``;
    data row ``i`` (0-based) is spreadsheet row ``header_row + 1 + i`` (blank rows are kept
    in place, as empty lists, so the numbers stay right)."""

    file: str
    headers: list[str]
    rows: list[list[str]]
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int = 1
    notes: list[RowProblem] = field(default_factory=list)  # what reading cleaned or ignored

    def row_number(self, index: int) -> int:
        return self.header_row + 1 + index


def parse_delimiter(text: str) -> str:
    """``--delimiter`` values: ``,`` ``;`` ``\\t`` ``tab`` ``semicolon`` ``comma`` ``|``."""
    key = text if text in DELIMITERS else text.strip().lower()
    if key not in DELIMITERS:
        raise UserError(f"Unknown delimiter {text!r} (use comma, semicolon or tab)")
    return DELIMITERS[key]


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most, equally long, rows.

    Counting is quote-aware (a quoted "Vilnius, Lithuania" does not count as a comma) because each
    candidate is tried with the real CSV parser; ``csv.Sniffer`` guesses wrong too often.
    """
    lines = text.splitlines(keepends=True)[: SNIFF_RECORDS * 4]
    sample = "".join(lines)
    best, best_score = ",", (0.0, 0)
    for delim in (";", ",", "\t"):
        try:
            records = [
                r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delim) if any(r)
            ]
        except csv.Error:  # e.g. a field over the limit: the real parse will say where
            continue
        records = records[:SNIFF_RECORDS]
        if len(lines) == SNIFF_RECORDS * 4 and len(records) > 2:
            records = records[:-1]  # the last one may be cut in the middle of a quoted field
        if not records:
            continue
        width = len(records[0])
        if width < 2:
            continue
        same = sum(1 for r in records if len(r) == width) / len(records)
        score = (same, width)
        if score > best_score:
            best, best_score = delim, score
    return best


def _trim(rows: list[list[str]]) -> tuple[list[str], list[list[str]], int]:
    """(headers, data rows, header row number): leading blank rows, trailing blank rows and
    trailing blank columns removed; cells stripped of surrounding white space."""
    rows = [[c.strip() for c in r] for r in rows]
    first = next((i for i, r in enumerate(rows) if any(r)), None)
    if first is None:
        return [], [], 1
    last = max(i for i, r in enumerate(rows) if any(r))
    body = rows[first : last + 1]
    width = max((max((j + 1 for j, c in enumerate(r) if c), default=0) for r in body), default=0)
    body = [r[:width] + [""] * (width - len(r)) if any(r) else [] for r in body]
    return body[0], body[1:], first + 1


def unify_line_ends(text: str) -> str:
    """Line ends as ``\n``: classic-Mac files (CR only) have their CRs read as line ends; in a
    file of LF or CR LF lines a lone CR is a stray inside a field and reads as a space."""
    if "\r" not in text:
        return text
    if "\n" not in text:
        return text.replace("\r", "\n")
    return text.replace("\r\n", "\n").replace("\r", " ")


def _parse_csv(name: str, text: str, delim: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=False)
    rows: list[list[str]] = []
    start = 1  # the line the record being read starts on
    try:
        for row in reader:
            rows.append(row)
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field limit" in str(exc):
            limit = f"{FIELD_LIMIT:,}"
            raise CodedError(msg("file.huge_field", file=name, line=start, n=limit)) from exc
        raise CodedError(msg("file.bad_csv", file=name, line=start, why=str(exc))) from exc
    return rows


def _read_csv(path: Path, data: bytes, encoding: str | None, delimiter: str | None) -> RawTable:
    text, used = decode(data, path.name, encoding)
    text = unify_line_ends(text.lstrip("\ufeff"))
    delim = parse_delimiter(delimiter) if delimiter else None
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delim = delim or first_line.strip()[4]  # Excel's "sep=;" hint line
        text = rest
    delim = delim or sniff_delimiter(text)
    rows = _parse_csv(path.name, text, delim)
    headers, body, header_row = _trim(rows)
    return RawTable(path.name, headers, body, used, delim, None, header_row)


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a user sees (numbers without a spurious ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M" if value.time() != time(0) else "%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def _broken_workbook(name: str, exc: BaseException) -> UserError:
    why = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return CodedError(msg("file.bad_xlsx", file=name, why=mask_secrets(why)[:150]))


def _sheet_rows(ws: Any, name: str) -> tuple[list[list[str]], list[RowProblem]]:
    """The sheet's rows of text, by its cells rather than its dimension tag, ending after
    :data:`MAX_EMPTY_RUN` empty rows; notes on what was ignored."""
    from openpyxl.utils import get_column_letter

    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # a dimension of A1:XFD1048576 pads every row to 16,384 cells
    rows: list[list[str]] = []
    notes: list[RowProblem] = []
    empty_run = 0
    wide_noted = False
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if not values:  # a row the sheet does not have (openpyxl fills the gaps)
            empty_run += 1
            continue
        cells = [cell_text(v) for v in values[:MAX_COLUMNS]]
        beyond = [i for i, v in enumerate(values[MAX_COLUMNS:], MAX_COLUMNS) if v not in (None, "")]
        if beyond and not wide_noted:
            wide_noted = True
            first = f"{get_column_letter(beyond[0] + 1)}{number}"
            right = get_column_letter(MAX_COLUMNS)
            notes.append(
                RowProblem(name, number, "", f"ignored cells right of column {right} ({first})")
            )
        if not any(c.strip() for c in cells):
            empty_run += 1
            continue
        if empty_run >= MAX_EMPTY_RUN and rows:
            column = get_column_letter(next(i for i, c in enumerate(cells) if c.strip()) + 1)
            gap = f"{empty_run:,} empty rows below the table"
            notes.append(
                RowProblem(
                    name, number, "", f"ignored the cells from {column}{number} down ({gap})"
                )
            )
            break
        rows.extend([] for _ in range(empty_run))
        empty_run = 0
        rows.append(cells)
    return rows, notes


def _read_xlsx(path: Path, sheet: str | None) -> RawTable:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken workbook fails in any of openpyxl's parsers
        raise _broken_workbook(path.name, exc) from exc
    try:
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            sheets = ", ".join(names)
            raise CodedError(msg("file.no_sheet", file=path.name, sheet=sheet, sheets=sheets))
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        rows, notes = _sheet_rows(ws, path.name)
        title = ws.title
    except (UserError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - broken XML is found while the rows are read
        raise _broken_workbook(path.name, exc) from exc
    finally:
        book.close()
    headers, body, header_row = _trim(rows)
    return RawTable(path.name, headers, body, None, None, title, header_row, notes)


def clean_table(table: RawTable) -> RawTable:
    """Control and invisible characters out of every header and cell (line breaks kept; the
    fields turn them into spaces where one line is wanted); a note for each cell that changed."""
    headers = [clean_field(h, multiline=True)[0] for h in table.headers]
    notes = list(table.notes)
    for index, row in enumerate(table.rows):
        for j, value in enumerate(row):
            if value.isascii() and value.isprintable():
                continue
            cleaned, removed = clean_field(value, multiline=True)
            row[j] = cleaned
            if removed:
                column = headers[j] if j < len(headers) else f"column {j + 1}"
                notes.append(
                    RowProblem(
                        table.file,
                        table.row_number(index),
                        column,
                        f"removed {describe_chars(removed)}",
                    )
                )
    table.headers = headers
    table.notes = notes
    return table


def read_table(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> RawTable:
    """Read a CSV or XLSX file (told apart by content, not by name) into a :class:`RawTable`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CodedError(msg("file.missing", path=str(path))) from exc
    except IsADirectoryError as exc:
        raise CodedError(msg("file.folder", path=str(path))) from exc
    except OSError as exc:
        raise CodedError(msg("file.unreadable", path=str(path), why=str(exc.strerror))) from exc
    if data.startswith(XLS_MAGIC):
        raise CodedError(msg("file.old_xls", file=path.name))
    if data.startswith(XLSX_MAGIC):
        table = _read_xlsx(path, sheet)
    else:
        table = _read_csv(path, data, encoding, delimiter)
    clean_table(table)
    if not table.headers:
        raise CodedError(msg("file.empty", file=path.name))
    return table
