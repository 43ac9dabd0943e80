"""Reading an import file into a plain table of strings: CSV (any of our encodings, comma,
semicolon or tab separated) or XLSX (the first sheet unless one is named)."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from clusterdesk.core.errors import UserError
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
        records = [r for r in csv.reader(io.StringIO(sample), delimiter=delim) if any(r)]
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


def _read_csv(path: Path, data: bytes, encoding: str | None, delimiter: str | None) -> RawTable:
    text, used = decode(data, path.name, encoding)
    text = text.lstrip("\ufeff")
    delim = parse_delimiter(delimiter) if delimiter else None
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delim = delim or first_line.strip()[4]  # Excel's "sep=;" hint line
        text = rest
    delim = delim or sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=False))
    except csv.Error as exc:
        raise UserError(f"{path.name} cannot be read as CSV: {exc}") from exc
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


def _read_xlsx(path: Path, sheet: str | None) -> RawTable:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"{path.name} cannot be read as an Excel workbook: {exc}") from exc
    try:
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise UserError(f"{path.name} has no sheet {sheet!r} (sheets: {', '.join(names)})")
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        rows = [[cell_text(v) for v in r] for r in ws.iter_rows(values_only=True)]
        title = ws.title
    finally:
        book.close()
    headers, body, header_row = _trim(rows)
    return RawTable(path.name, headers, body, None, None, title, header_row)


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
        raise UserError(f"No file at {path}") from exc
    except IsADirectoryError as exc:
        raise UserError(f"{path} is a folder, not a file") from exc
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}") from exc
    if data.startswith(XLS_MAGIC):
        raise UserError(
            f"{path.name} is an old Excel .xls workbook: save it as .xlsx or CSV and import that"
        )
    if data.startswith(XLSX_MAGIC):
        table = _read_xlsx(path, sheet)
    else:
        table = _read_csv(path, data, encoding, delimiter)
    if not table.headers:
        raise UserError(f"{path.name} is empty: it needs a header row and one row per person")
    return table
