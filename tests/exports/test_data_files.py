"""CSV and XLSX of participants, meetings, check-ins and the programme: BOM, text cells, formula
injection neutralised, the same rows in both, and the programme file imports back."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from clusterdesk.core.errors import UserError
from clusterdesk.services.checkin import check_in
from clusterdesk.services.events import create_event
from clusterdesk.services.exports import export
from clusterdesk.services.exports.spreadsheet import neutralise
from clusterdesk.services.participants import ParticipantInput, create_participant
from clusterdesk.services.people_import import import_programme
from clusterdesk.services.programme import list_programme
from tests.cli.helpers import cli
from tests.documents.helpers import PEOPLE
from tests.exports.forum import INJECTIONS, Forum


def _with_injections(forum: Forum) -> None:
    for n, text in enumerate(INJECTIONS):
        create_participant(
            forum.db,
            ParticipantInput(
                first_name=text, last_name="Evil", email=f"evil{n}@example.org", organization=text
            ),
        )


def _csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


@pytest.mark.parametrize("what", ["participants", "meetings", "checkins", "programme"])
def test_csv_and_xlsx_carry_the_same_rows(forum: Forum, tmp_path: Path, what: str) -> None:
    check_in(forum.db, participant_id=forum.ids[0], desk="Desk 1")
    check_in(forum.db, code="not-a-badge", desk="Desk 2")
    a = export(forum.db, tmp_path / f"{what}.csv", what=what)
    b = export(forum.db, tmp_path / f"{what}.xlsx", what=what)
    rows = _csv_rows(tmp_path / f"{what}.csv")
    book = load_workbook(tmp_path / f"{what}.xlsx")
    sheet = book.active
    assert sheet is not None
    cells = [[c.value or "" for c in r] for r in sheet.iter_rows()]
    assert rows == [[str(v) for v in r] for r in cells]
    assert a.items == b.items == len(rows) - 1 > 0
    if what == "participants":
        text = "\n".join(",".join(r) for r in rows)
        for first, last, _org, _country in PEOPLE:
            assert f"{first},{last}" in text  # every script exact
    if what == "meetings":
        assert len(rows) - 1 == len(forum.pairs)
        assert rows[1][:4] == ["2018-05-16", "14:00", "14:20", "T1"]
    if what == "checkins":
        assert [r[2] for r in rows[1:]] == ["checked_in", "rejected"]
        assert rows[1][6] == forum.emails[0] and rows[1][7] == "Desk 1"
        assert rows[1][0].startswith("20")  # local time of the scan


def test_formula_injection_is_neutralised(forum: Forum, tmp_path: Path) -> None:
    _with_injections(forum)
    export(forum.db, tmp_path / "p.csv", what="participants")
    export(forum.db, tmp_path / "p.xlsx", what="participants")
    rows = _csv_rows(tmp_path / "p.csv")
    firsts = {r[0] for r in rows}
    for text in INJECTIONS:
        assert "'" + text in firsts and text not in firsts
    book = load_workbook(tmp_path / "p.xlsx")
    sheet = book.active
    assert sheet is not None
    values = {}
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type in ("s", "inlineStr")  # text, never a formula ("f")
            values[cell.value] = cell
    for text in INJECTIONS:
        assert text in values  # shown as the characters it is
    with zipfile.ZipFile(tmp_path / "p.xlsx") as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert (
        neutralise("\tx") == "'\tx"
        and neutralise("\rx") == "'\rx"
        and neutralise("Šetkus") == "Šetkus"
    )


def test_programme_exports_and_imports_back(forum: Forum, tmp_path: Path) -> None:
    for fmt in ("csv", "xlsx"):
        export(forum.db, tmp_path / f"programme.{fmt}", what="programme")
        other = create_event(tmp_path / f"copy-{fmt}.cdesk", name="Copy", start=date(2018, 5, 16))
        try:
            report = import_programme(other, tmp_path / f"programme.{fmt}")
            assert report.created == 2 and report.ok
            theirs = [
                (p.title, p.starts_at, p.ends_at, p.room, p.speakers) for p in list_programme(other)
            ]
            ours = [
                (p.title, p.starts_at, p.ends_at, p.room, p.speakers)
                for p in list_programme(forum.db)
            ]
            assert theirs == ours
        finally:
            other.dispose()


def test_unsupported_combinations_write_nothing(forum: Forum, tmp_path: Path) -> None:
    for out, fmt, what in (
        ("c.pdf", "pdf", "checkins"),
        ("c.ics", "ics", "checkins"),
        ("p.pdf", "pdf", "programme"),
        ("x.doc", None, "participants"),
    ):
        with pytest.raises(UserError):
            export(forum.db, tmp_path / out, fmt=fmt, what=what)
        assert not (tmp_path / out).exists()


def test_cli_export(forum: Forum, tmp_path: Path) -> None:
    forum.db.dispose()
    event = str(forum.path)
    run = cli("export", event, str(tmp_path / "m.xlsx"), "--what", "meetings")
    assert run.code == 0, run.err
    assert f"meetings as xlsx ({len(forum.pairs)} rows)" in run.out
    master = cli("export", event, str(tmp_path / "m.pdf"), "--what", "meetings", "--format", "pdf")
    assert master.code == 0 and "Master schedule" in (tmp_path / "m.pdf").read_bytes().decode(
        "latin-1"
    )
    bad = cli("export", event, str(tmp_path / "c.pdf"), "--what", "checkins")
    assert bad.code == 2 and "checkins cannot be exported as pdf" in bad.err
    assert not (tmp_path / "c.pdf").exists()
    folder = tmp_path / "calendars"
    cals = cli("export", event, str(folder), "--format", "ics", "--what", "participants")
    assert cals.code == 0 and len(list(folder.glob("*.ics"))) == len(PEOPLE)
