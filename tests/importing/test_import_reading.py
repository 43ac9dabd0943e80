"""Reading CSV and XLSX files into rows: delimiters, quoting, blank rows, sheets, bad files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from clusterdesk.services.people_import import parse_delimiter, read_table
from clusterdesk.services.people_import.reading import sniff_delimiter
from tests.importing.files import HEADER_EN, HEADER_LT, PEOPLE, write_csv, write_xlsx
from tests.said import refused

ENCODINGS = ["utf-8", "utf-8-sig", "cp1257"]
DELIMITERS = [",", ";", "\t"]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("delimiter", DELIMITERS)
def test_every_encoding_and_delimiter(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(
        tmp_path / "people.csv", [HEADER_LT, *PEOPLE], encoding=encoding, delimiter=delimiter
    )
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.encoding == encoding
    assert table.headers == HEADER_LT
    assert table.rows == PEOPLE  # quoted commas and the newline inside "Pareigos" survive


@pytest.mark.parametrize("delimiter", DELIMITERS)
def test_windows_1252_files(tmp_path: Path, delimiter: str) -> None:
    rows = [
        ["First name", "Last name", "Email"],
        ["François", "Lefèvre", "f@ex.fr"],
        ["Þórunn", "Sigurðardóttir", "t@ex.is"],
        ["Åsa", "Ødegård", "a@ex.no"],
        ["Jürgen", "Groß, Jr.", "j@ex.de"],
    ]
    table = read_table(write_csv(tmp_path / "p.csv", rows, encoding="cp1252", delimiter=delimiter))
    assert (table.encoding, table.delimiter) == ("cp1252", delimiter)
    assert [table.headers, *table.rows] == rows


def test_semicolon_windows_1257_lithuanian_export(tmp_path: Path) -> None:
    """The file of the issue's "done when": Lithuanian names, ';', quoted commas and newlines."""
    path = tmp_path / "dalyviai.csv"
    path.write_bytes(
        (
            "Vardas;Pavardė;El. paštas;Įmonė\r\n"
            'Kęstutis;Šetkus;k@lic.lt;"UAB ""Šiaulių plentas"", Vilniaus filialas"\r\n'
            'Jolanta;Aviženytė;j@ku.lt;"Klaipėdos universitetas;\r\nJūrų fakultetas"\r\n'
            "Žygimantas;Čiurlionis;z@ex.lt;VšĮ „Ąžuolynas“\r\n"
        ).encode("cp1257")
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1257", ";")
    assert table.rows == [
        ["Kęstutis", "Šetkus", "k@lic.lt", 'UAB "Šiaulių plentas", Vilniaus filialas'],
        ["Jolanta", "Aviženytė", "j@ku.lt", "Klaipėdos universitetas;\nJūrų fakultetas"],
        ["Žygimantas", "Čiurlionis", "z@ex.lt", "VšĮ „Ąžuolynas“"],
    ]


def test_sniffing_counts_delimiters_outside_quotes() -> None:
    # more commas than semicolons on every line, but all of them inside quotes
    text = 'a;b;c\r\n"x, y, z";"1,2,3";"q, r"\r\n"k, l";"m, n";o\r\n'
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("a\tb\tc\n1\t2, 3\t4\n") == "\t"
    assert sniff_delimiter("email\nx@y.lt\n") == ","  # one column: any delimiter will do


def test_excel_sep_line_blank_rows_and_trailing_columns(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(
        "sep=;\n\nFirst name;Email;;\nAna;a@x.lt;;\n;;;\nBen;b@x.lt;;\n;;;\n\n", encoding="utf-8"
    )
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.headers == ["First name", "Email"]
    assert table.rows == [["Ana", "a@x.lt"], [], ["Ben", "b@x.lt"]]
    # as a spreadsheet shows it: the blank line before the header is row 1
    assert table.header_row == 2
    assert [table.row_number(i) for i in range(3)] == [3, 4, 5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (",", ","),
        ("comma", ","),
        (";", ";"),
        ("Semicolon", ";"),
        ("\\t", "\t"),
        ("\t", "\t"),
        ("tab", "\t"),
        ("TAB", "\t"),
    ],
)
def test_delimiter_option(text: str, expected: str) -> None:
    assert parse_delimiter(text) == expected


def test_delimiter_and_encoding_overrides(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["a;b", "c"], ["1;2", "3"]], encoding="cp1257")
    assert read_table(path).delimiter == ";"  # sniffing alone picks the wrong one here
    table = read_table(path, delimiter="comma", encoding="windows-1257")
    assert (table.headers, table.encoding) == (["a;b", "c"], "cp1257")
    with refused("Unknown delimiter 'pipe-ish'"):
        read_table(path, delimiter="pipe-ish")


def test_xlsx_first_sheet_or_named_sheet(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "people.xlsx",
        [
            HEADER_EN,
            [
                "Þórunn",
                "Sigurðardóttir",
                "t@ex.is",
                "Háskóli Íslands",
                "Iceland",
                None,
                37061234567,
                None,
                datetime(2026, 5, 14, 13, 0),
                12,
            ],
            [None] * 10,
        ],
        sheets={"Requests": [["From", "To"], ["a@x.lt", "b@x.lt"]]},
    )
    table = read_table(path)
    assert (table.sheet, table.encoding, table.delimiter) == ("Registrations", None, None)
    assert table.headers == HEADER_EN
    assert table.rows == [
        [
            "Þórunn",
            "Sigurðardóttir",
            "t@ex.is",
            "Háskóli Íslands",
            "Iceland",
            "",
            "37061234567",
            "",
            "2026-05-14 13:00",
            "12",
        ]
    ]
    other = read_table(path, sheet="Requests")
    assert (other.headers, other.rows) == (["From", "To"], [["a@x.lt", "b@x.lt"]])
    with refused("has no sheet 'Nope' .*Registrations, Requests"):
        read_table(path, sheet="Nope")


def test_unreadable_files(tmp_path: Path) -> None:
    with refused("No file at"):
        read_table(tmp_path / "missing.csv")
    with refused("is a folder"):
        read_table(tmp_path)
    (tmp_path / "empty.csv").write_bytes(b"")
    with refused("empty.csv is empty"):
        read_table(tmp_path / "empty.csv")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with refused("old Excel .xls"):
        read_table(tmp_path / "old.xls")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with refused("cannot be read as an Excel workbook"):
        read_table(tmp_path / "broken.xlsx")
