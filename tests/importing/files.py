"""Writing small import files the way spreadsheets and registration platforms export them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook


def csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def write_csv(
    path: Path, rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    """``encoding`` "utf-8-sig" writes a BOM, as Excel's "CSV UTF-8" does."""
    path.write_bytes(csv_text(rows, delimiter).encode(encoding))
    return path


def write_xlsx(
    path: Path, rows: list[list[object]], *, sheets: dict[str, list[list[object]]] | None = None
) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "Registrations"
    for row in rows:
        ws.append(row)
    for name, extra in (sheets or {}).items():
        other = book.create_sheet(name)
        for row in extra:
            other.append(row)
    book.save(path)
    return path


HEADER_EN = [
    "First name",
    "Last name",
    "E-mail",
    "Organisation",
    "Country",
    "Type",
    "Phone",
    "Job title",
    "Unavailable",
    "Table",
]
HEADER_LT = [
    "Vardas",
    "Pavardė",
    "El. paštas",
    "Organizacija",
    "Šalis",
    "Kategorija",
    "Telefonas",
    "Pareigos",
    "Užimtas",
    "Stalas",
]

PEOPLE = [
    [
        "Kęstutis",
        "Šetkus",
        "kestutis.setkus@lic.lt",
        'UAB "Šiaulių plentas", filialas',
        "Lithuania",
        "Exhibitor",
        "+370 612 34567",
        "Direktorius,\nvaldybos narys",
        "2026-05-14 13:00-14:00",
        "T7",
    ],
    [
        "Jolanta",
        "Aviženytė",
        "jolanta.avizenyte@ku.lt",
        "Klaipėdos universitetas",
        "Lithuania",
        "Visitor",
        "",
        "Mokslo darbuotoja",
        "",
        "",
    ],
    [
        "Giedrius",
        "Bagušinskas",
        "giedrius@ltic.lt",
        "Lietuvos inovacijų centras",
        "Lithuania",
        "Visitor",
        "",
        "",
        "",
        "",
    ],
    [
        "Aiga",
        "Irmeja",
        "aiga.irmeja@lu.lv",
        "Latvijas Universitāte",
        "Latvia",
        "Visitor",
        "",
        "",
        "",
        "",
    ],
    [
        "Katarzyna",
        "Wójcik",
        "k.wojcik@pg.edu.pl",
        "Politechnika Gdańska",
        "Poland",
        "Visitor",
        "",
        "",
        "",
        "",
    ],
]
