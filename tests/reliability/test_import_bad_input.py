"""Import files as they really come, broken ones included: each is read right or refused with a
clear message naming where, and nothing is written unless the whole file is good."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from clusterdesk.cli.words import row_problem
from clusterdesk.core.errors import InputFileError, UserError
from clusterdesk.services.participants import list_participants
from clusterdesk.services.people_import import import_participants, read_table
from clusterdesk.services.people_import.reading import FIELD_LIMIT, MAX_EMPTY_RUN
from clusterdesk.store.engine import EventDB
from tests.cli.helpers import cli
from tests.importing.files import write_xlsx
from tests.reliability.helpers import one_line
from tests.said import refused, said

HEADER = "first_name,last_name,email"


def _csv(tmp_path: Path, data: bytes, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_classic_mac_line_ends(tmp_path: Path) -> None:
    path = _csv(tmp_path, f"{HEADER}\rAiga,Irmeja,aiga@x.lv\rDoris,Pold,doris@x.ee\r".encode())
    table = read_table(path)
    assert table.rows == [["Aiga", "Irmeja", "aiga@x.lv"], ["Doris", "Pold", "doris@x.ee"]]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_stray_cr_inside_a_field(tmp_path: Path, newline: str) -> None:
    text = f"{HEADER}{newline}Aiga,Ir\rmeja,aiga@x.lv{newline}Doris,Pold,doris@x.ee{newline}"
    table = read_table(_csv(tmp_path, text.encode()))
    assert table.rows == [["Aiga", "Ir meja", "aiga@x.lv"], ["Doris", "Pold", "doris@x.ee"]]


def test_a_field_over_128_kb_is_read_and_refused_by_row(event_db: EventDB, tmp_path: Path) -> None:
    long_name = "Š" * 140_000
    path = _csv(tmp_path, f"{HEADER}\n{long_name},Irmeja,aiga@x.lv\nDoris,Pold,d@x.ee\n".encode())
    with pytest.raises(InputFileError) as caught:
        import_participants(event_db, path)
    (problem,) = caught.value.problems
    assert (problem.row, problem.column) == (2, "first_name")
    assert "too long (140000 characters; at most 200)" in row_problem(problem)
    assert list_participants(event_db) == []


def test_a_50_mb_single_line_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = _csv(tmp_path, b"x" * (50 * 1024 * 1024))
    with pytest.raises(UserError) as caught:
        read_table(path)
    assert f"people.csv, line 1: a field longer than {FIELD_LIMIT:,} characters" in said(
        caught.value
    )


def test_an_unclosed_quote_is_refused_naming_the_line(tmp_path: Path) -> None:
    body = "".join(f"P{i},Q{i},p{i}@x.lt\n" for i in range(80_000))  # > 1 MB after the quote
    path = _csv(tmp_path, f'{HEADER}\nAiga,"Irmeja,aiga@x.lv\n{body}'.encode())
    with refused(r"line 2: .*a quote \(\"\) is not closed"):
        read_table(path)


def test_the_cli_says_it_in_one_line_and_writes_nothing(demo_file: Path, tmp_path: Path) -> None:
    path = _csv(tmp_path, b"first_name," + b"x" * (2 * FIELD_LIMIT))
    run = cli("import", "participants", str(demo_file), str(path))
    assert run.code == 2, run
    assert "people.csv, line 1: a field longer than" in one_line(run.err)


def _junk_zip(path: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "not a workbook")
        z.writestr("xl/garbage.bin", bytes(range(256)) * 10)
    path.write_bytes(buf.getvalue())
    return path


def _broken_xml(path: Path, tmp_path: Path) -> Path:
    good = write_xlsx(
        tmp_path / "good.xlsx", [["first_name", "last_name", "email"], ["A", "B", "a@x.lt"]]
    )
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut in the middle of a tag
            dst.writestr(item, data)
    return path


def _broken_workbook_xml(path: Path, tmp_path: Path) -> Path:
    good = write_xlsx(tmp_path / "good2.xlsx", [["first_name"], ["A"]])
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = b"<workbook><sheets><sheet name="
            dst.writestr(item, data)
    return path


@pytest.mark.parametrize("kind", ["junk zip", "broken sheet XML", "broken workbook XML"])
def test_a_broken_xlsx_is_a_clear_error(demo_file: Path, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "people.xlsx"
    if kind == "junk zip":
        _junk_zip(path)
    elif kind == "broken sheet XML":
        _broken_xml(path, tmp_path)
    else:
        _broken_workbook_xml(path, tmp_path)
    with refused("people.xlsx cannot be read as an Excel workbook"):
        read_table(path)
    run = cli("import", "participants", str(demo_file), str(path))
    assert run.code == 2, run
    assert "people.xlsx cannot be read as an Excel workbook" in one_line(run.err)


@pytest.mark.timeout(120)  # a hang guard: the reader used to walk 1,048,576 rows × 16,384 cells
def test_a_stray_cell_in_the_last_corner_of_the_sheet(event_db: EventDB, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["first_name", "last_name", "email"])
    ws.append(["Aiga", "Irmeja", "aiga@x.lv"])
    ws["XFD1048576"] = "x"
    path = tmp_path / "people.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ["first_name", "last_name", "email"]
    assert table.rows == [["Aiga", "Irmeja", "aiga@x.lv"]]
    assert [str(n) for n in table.notes] == [
        "people.xlsx, row 1048576: ignored cells right of column ALL (XFD1048576)"
    ]
    report = import_participants(event_db, path)
    assert report.created == 1 and report.notes == table.notes


def test_data_far_below_the_table_is_ignored_and_said(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["first_name", "last_name", "email"])
    ws.append(["Aiga", "Irmeja", "aiga@x.lv"])
    ws.append([])
    ws.append(["Doris", "Pold", "doris@x.ee"])  # a blank row inside the table is kept
    ws.cell(row=5 + MAX_EMPTY_RUN, column=2, value="stray")
    path = tmp_path / "people.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.rows == [["Aiga", "Irmeja", "aiga@x.lv"], [], ["Doris", "Pold", "doris@x.ee"]]
    assert table.row_number(2) == 4
    (note,) = table.notes
    assert note.row == 5 + MAX_EMPTY_RUN
    assert f"ignored the cells from B{5 + MAX_EMPTY_RUN} down" in note.message


def test_invisible_and_control_characters_are_removed_and_named(
    event_db: EventDB, tmp_path: Path
) -> None:
    """The same file gives the same people on SQLite and PostgreSQL (which refuses NUL)."""
    rows = [
        "Ona\x00,Pe\x1b[31mtraitė,ona@x.lt",
        "Petras,\u200bJonaitis,petras\u200b@x.lt",
        "Þórunn\u202e,Sigurðardóttir,THORUNN@X.IS\ufeff",
    ]
    path = _csv(tmp_path, (HEADER + "\n" + "\n".join(rows) + "\n").encode())
    report = import_participants(event_db, path)
    assert report.created == 3
    people = {p.email: (p.first_name, p.last_name) for p in list_participants(event_db)}
    assert people == {
        "ona@x.lt": ("Ona", "Pe[31mtraitė"),
        "petras@x.lt": ("Petras", "Jonaitis"),
        "thorunn@x.is": ("Þórunn", "Sigurðardóttir"),
    }
    said = [str(n) for n in report.notes]
    assert "people.csv, row 2, column 'first_name': removed U+0000 NULL" in said
    assert "people.csv, row 2, column 'last_name': removed U+001B ESCAPE" in said
    assert "people.csv, row 3, column 'email': removed U+200B ZERO WIDTH SPACE" in said
    assert any(n.startswith("people.csv, row 4, column 'first_name': removed U+202E") for n in said)


def test_an_invisible_character_makes_no_second_person(event_db: EventDB, tmp_path: Path) -> None:
    first = _csv(tmp_path, f"{HEADER}\nAiga,Irmeja,a@x.lt\n".encode(), "first.csv")
    import_participants(event_db, first)
    again = _csv(tmp_path, f"{HEADER}\nAiga,Irmeja,a\u200b@x.lt\n".encode(), "again.csv")
    with pytest.raises(InputFileError) as caught:
        import_participants(event_db, again)
    assert "a@x.lt is already registered" in row_problem(caught.value.problems[0])
    same_file = _csv(tmp_path, f"{HEADER}\nA,B,a@y.lt\nC,D,a@y.lt\u2060\n".encode(), "dup.csv")
    with pytest.raises(InputFileError) as caught:
        import_participants(event_db, same_file)
    assert "a@y.lt is also on row 2" in row_problem(caught.value.problems[0])
    assert len(list_participants(event_db)) == 1
