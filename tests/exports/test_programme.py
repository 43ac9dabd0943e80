"""The programme: the service, imports from CSV/XLSX (row errors, all or nothing), the CLI."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from clusterdesk.cli.words import describe, row_problem
from clusterdesk.core.errors import InputFileError, UserError
from clusterdesk.core.messages import CodedError
from clusterdesk.services.people_import import import_programme
from clusterdesk.services.programme import (
    ProgrammeInput,
    add_item,
    delete_items,
    list_programme,
    update_item,
)
from clusterdesk.store.engine import EventDB
from tests.cli.helpers import cli

DAY = date(2026, 5, 14)


def test_add_update_delete(event_db: EventDB) -> None:
    item = add_item(
        event_db,
        ProgrammeInput("Atidarymas", DAY, time(9, 30), time(10, 0), "Salė A", "Jolanta Aviženytė"),
    )
    (row,) = list_programme(event_db)
    assert (row.title, row.room, row.speakers) == ("Atidarymas", "Salė A", "Jolanta Aviženytė")
    assert row.starts_at.strftime("%H:%M %z") == "09:30 +0300"
    update_item(event_db, item, ProgrammeInput("Opening", DAY, time(9, 0), time(9, 45)))
    (row,) = list_programme(event_db)
    assert (row.title, f"{row.starts_at:%H:%M}", row.room) == ("Opening", "09:00", "")
    with pytest.raises(CodedError) as refused:
        add_item(event_db, ProgrammeInput(" ", DAY, time(9), time(10)))
    assert describe(refused.value.msg) == "title: a title is required"
    with pytest.raises(CodedError) as refused:
        add_item(event_db, ProgrammeInput("", DAY, time(11), time(10)))
    assert describe(refused.value.msg) == (
        "title: a title is required; end: ends (10:00) before it starts (11:00)"
    )
    assert isinstance(refused.value, UserError)
    assert delete_items(event_db, [item]) == 1 and list_programme(event_db) == []


def test_csv_import_all_or_nothing(sqlite_event: EventDB, tmp_path: Path) -> None:
    bad = tmp_path / "programme.csv"
    bad.write_text(
        "Pavadinimas;Pradžia;Pabaiga;Salė;Pranešėjai\n"
        "Registracija;08:30;09:30;Fojė;\n"
        ";09:30;10:00;Salė A;\n"
        "Keynote;10:00;09:00;Salė A;Олена Фесенко\n"
        "Panel;25:00;12:00;;\n",
        encoding="utf-8",
    )
    with pytest.raises(InputFileError) as caught:
        import_programme(sqlite_event, bad)
    problems = [(p.row, p.column) for p in caught.value.problems]
    assert problems == [(3, "Pavadinimas"), (4, "Pabaiga"), (5, "Pradžia")]
    assert list_programme(sqlite_event) == []  # nothing imported
    good = tmp_path / "ok.csv"
    good.write_text(
        "Title,Start,End,Room,Speakers\n"
        "Registracija,08:30,09:30,Fojė,\n"
        "Keynote,2026-05-14 10:00,2026-05-14 11:00,Salė A,Олена Фесенко; Þórunn Sigurðardóttir\n",
        encoding="utf-8-sig",
    )
    report = import_programme(sqlite_event, good)
    assert report.created == 2
    again = import_programme(sqlite_event, good)
    assert (again.created, again.unchanged) == (0, 2)  # the same title and start: not twice
    rows = list_programme(sqlite_event)
    assert [r.speakers for r in rows] == ["", "Олена Фесенко; Þórunn Sigurðardóttir"]


def test_xlsx_import_needs_dates_on_a_several_day_event(tmp_path: Path) -> None:
    from clusterdesk.services.events import create_event

    db = create_event(tmp_path / "e.cdesk", name="E", start=DAY, end=date(2026, 5, 15))
    try:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["Title", "Date", "Start", "End"])
        sheet.append(["Day one", "2026-05-14", "09:00", "10:00"])
        sheet.append(["Day two", "15.05.2026", "09:00", "10:00"])
        sheet.append(["No day", None, "09:00", "10:00"])
        book.save(tmp_path / "p.xlsx")
        with pytest.raises(InputFileError) as refused:
            import_programme(db, tmp_path / "p.xlsx")
        assert "several days" in row_problem(refused.value.problems[0])
        sheet.delete_rows(4)
        book.save(tmp_path / "p.xlsx")
        assert import_programme(db, tmp_path / "p.xlsx").created == 2
        assert [r.starts_at.date() for r in list_programme(db)] == [DAY, date(2026, 5, 15)]
    finally:
        db.dispose()


def test_cli_import_programme(tmp_path: Path) -> None:
    event = tmp_path / "e.cdesk"
    assert cli("new", str(event), "--name", "Forum", "--start", "2026-05-14").code == 0
    f = tmp_path / "p.csv"
    f.write_text("title,start,end,room\nLunch,12:30,13:30,Restoranas\n", encoding="utf-8")
    run = cli("import", "programme", str(event), str(f))
    assert run.code == 0 and "1 created" in run.out
    f.write_text("title,start,end\nBroken,12:30,\n", encoding="utf-8")
    bad = cli("import", "programme", str(event), str(f))
    assert bad.code == 2 and "row 2" in bad.err


def test_revision_0003_keeps_the_rooms_of_an_older_file(tmp_path: Path) -> None:
    from sqlalchemy import text

    from clusterdesk.services.events import open_event
    from clusterdesk.store.engine import connect
    from clusterdesk.store.schema import current_revision, head_revision, upgrade_to

    path = tmp_path / "old.cdesk"
    db = connect(path, must_exist=False)
    upgrade_to(db, "0002")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO event (name, start_date, end_date, timezone, venue, badge_prefix, "
                "secret, created_at) VALUES ('Old', '2018-05-16', '2018-05-16', 'Europe/Vilnius', "
                "'', 'ABCD', 'x', '2018-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO programme_item (title, starts_at, ends_at, location, description) "
                "VALUES ('Pietūs', '2018-05-16 09:30:00', '2018-05-16 10:30:00', 'Salė A', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO print_log (at, document, layout, printer, desk, reprint) "
                "VALUES ('2018-05-16 08:00:00', 'badge', 'a6', 'P', 'D', 0)"
            )
        )
    db.dispose()
    opened = open_event(path)
    try:
        assert current_revision(opened) == head_revision()
        (item,) = list_programme(opened)
        assert (item.title, item.room, item.speakers) == ("Pietūs", "Salė A", "")
        assert f"{item.starts_at:%H:%M}" == "12:30"  # stored in UTC, shown in Vilnius time
    finally:
        opened.dispose()
