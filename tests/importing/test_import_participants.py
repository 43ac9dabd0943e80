"""Importing participants into a real event (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clusterdesk.cli.words import describe
from clusterdesk.core import badge_codes
from clusterdesk.core.errors import InputFileError
from clusterdesk.core.folding import fold
from clusterdesk.services.events import badge_keys
from clusterdesk.services.participants import list_participants
from clusterdesk.services.people_import import import_participants, read_table
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    AuditLog,
    Category,
    MeetingTable,
    Organization,
    Participant,
    Unavailability,
)
from tests.importing.files import HEADER_EN, HEADER_LT, PEOPLE, write_csv, write_xlsx


def _count(db: EventDB) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Participant.id))) or 0


def _problems(db: EventDB, path: Path, **kw: object) -> list[tuple[int, str, str]]:
    before = _count(db)
    with pytest.raises(InputFileError) as info:
        import_participants(db, path, **kw)  # type: ignore[arg-type]
    assert _count(db) == before  # all or nothing
    return [(p.row, p.column, describe(p.msg) if p.msg else p.message) for p in info.value.problems]


def test_import_lithuanian_file(event_db: EventDB, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "dalyviai.csv", [HEADER_LT, *PEOPLE], encoding="cp1257", delimiter=";"
    )
    calls: list[tuple[int, int]] = []
    report = import_participants(event_db, path, progress=lambda d, t: calls.append((d, t)))
    assert (report.created, report.updated, report.unchanged, report.problems) == (5, 0, 0, [])
    assert (report.encoding, report.delimiter, report.rows) == ("cp1257", ";", 5)
    assert report.columns["email"] == "El. paštas"
    assert calls[-1] == (5, 5)
    rows = {r.email: r for r in list_participants(event_db)}
    k = rows["kestutis.setkus@lic.lt"]
    assert (k.first_name, k.last_name, k.organization) == (
        "Kęstutis",
        "Šetkus",
        'UAB "Šiaulių plentas", filialas',
    )
    assert (k.country, k.category, k.phone, k.fixed_table) == (
        "LT",  # stored as its ISO code
        "Exhibitor",
        "+370 612 34567",
        "T7",
    )
    assert k.title == "Direktorius,\nvaldybos narys"
    prefix, secret = badge_keys(event_db)
    assert all(
        badge_codes.check(r.badge_code, prefix, secret).kind is badge_codes.CodeKind.VALID
        for r in rows.values()
    )
    assert len({r.badge_code for r in rows.values()}) == 5
    assert [r.email for r in list_participants(event_db, "setkus")] == ["kestutis.setkus@lic.lt"]
    with event_db.read() as s:
        p = s.scalars(select(Participant).where(Participant.email == k.email)).one()
        assert p.search_key == fold(
            'Kęstutis Šetkus | UAB "Šiaulių plentas", filialas | kestutis.setkus@lic.lt'
        )
        spans = [(u.starts_at, u.ends_at) for u in p.unavailable]
        # 13:00-14:00 in Vilnius (UTC+3 in May)
        assert spans == [
            (datetime(2026, 5, 14, 10, tzinfo=UTC), datetime(2026, 5, 14, 11, tzinfo=UTC))
        ]
        log = s.scalars(select(AuditLog).where(AuditLog.action == "import.participants")).one()
        assert json.loads(log.details)["created"] == 5


def test_xlsx_with_a_full_name_column(event_db: EventDB, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "people.xlsx",
        [
            ["Full name", "Email", "Company", "Dietary needs"],
            ["Þórunn Sigurðardóttir", "Thorunn@HI.is", "Háskóli Íslands", "vegan"],
            ["Олена Фесенко", "olena@kpi.ua", "КПІ", ""],
            ["Hans-Peter von Schäfer", "hp@tu.de", "", ""],
            ["Šetkus, Kęstutis", "k@lic.lt", "", ""],
        ],
    )
    report = import_participants(event_db, path)
    assert report.created == 4
    assert report.ignored_columns == ["Dietary needs"]
    names = {r.email: (r.first_name, r.last_name) for r in list_participants(event_db)}
    assert names == {
        "thorunn@hi.is": ("Þórunn", "Sigurðardóttir"),
        "olena@kpi.ua": ("Олена", "Фесенко"),
        "hp@tu.de": ("Hans-Peter von", "Schäfer"),
        "k@lic.lt": ("Kęstutis", "Šetkus"),
    }


def test_organisations_categories_and_tables_are_reused_whatever_the_case(
    event_db: EventDB, tmp_path: Path
) -> None:
    import_participants(event_db, write_csv(tmp_path / "a.csv", [HEADER_EN, *PEOPLE]))
    rows = [
        ["Name", "Email", "Company", "Role", "Table"],
        ["Eglė Eglaitė", "egle@ku.lt", "KLAIPĖDOS UNIVERSITETAS", "visitor", "t7"],
    ]
    import_participants(event_db, write_csv(tmp_path / "b.csv", rows))
    egle = list_participants(event_db, "egle@ku.lt")[0]
    assert (egle.organization, egle.category, egle.fixed_table) == (
        "Klaipėdos universitetas",
        "Visitor",
        "T7",
    )
    with event_db.read() as s:
        assert s.scalar(select(func.count(Organization.id))) == 5
        assert s.scalar(select(func.count(Category.id))) == 2
        assert s.scalar(select(func.count(MeetingTable.id))) == 1
    assert list_participants(event_db, "klaipedos eglaite")[0].email == "egle@ku.lt"


def test_names_are_nfc_normalised(event_db: EventDB, tmp_path: Path) -> None:
    decomposed = "Ke\u0328stutis"  # e + combining ogonek
    path = write_csv(tmp_path / "p.csv", [["First name", "Email"], [decomposed, "k@x.lt"]])
    import_participants(event_db, path)
    assert list_participants(event_db)[0].first_name == "Kęstutis"


def test_mapping_for_unusual_headers(event_db: EventDB, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["Kas", "Kontaktas", "Darbovietė"],
            ["Rūta Petrauskienė", "ruta@vu.lt", "Vilniaus universitetas"],
        ],
    )
    problems = _problems(event_db, path)
    assert [(r, c) for r, c, _ in problems] == [(1, "first_name"), (1, "email")]
    assert "--map email=COLUMN" in problems[1][2]
    mapping = {"name": "Kas", "email": "Kontaktas", "organization": "Darbovietė"}
    assert import_participants(event_db, path, mapping=mapping).created == 1
    assert list_participants(event_db)[0].organization == "Vilniaus universitetas"


def test_every_row_problem_is_reported_with_row_and_column(
    event_db: EventDB, tmp_path: Path
) -> None:
    import_participants(
        event_db, write_csv(tmp_path / "first.csv", [["Name", "Email"], ["Ana Ona", "ana@x.lt"]])
    )
    rows = [
        ["Vardas", "Pavardė", "El. paštas", "Užimtas", "Telefonas"],
        ["Jonas", "Jonaitis", "jonas@x.lt", "", ""],  # 2 fine
        ["", "", "noname@x.lt", "", ""],  # 3 no name
        ["Petras", "Petraitis", "", "", ""],  # 4 no e-mail
        ["Ona", "Onaitė", "ona(at)x.lt", "", ""],  # 5 malformed
        ["Jonas", "Kitas", "JONAS@x.lt", "", ""],  # 6 duplicate of 2
        ["Ana", "Ona", "ana@x.lt", "", ""],  # 7 already in event
        ["Eglė", "Eglaitė", "egle@x.lt", "2026-05-14 14:00-13:00", ""],  # 8 backwards range
        ["Rūta", "Rūtaitė", "ruta@x.lt", "tomorrow morning", ""],  # 9 not a range
        ["Ieva", "Ievaitė", "ieva@x.lt", "2026-05-14 25:00-26:00", ""],  # 10 bad time
        ["Linas", "L" * 201, "linas@x.lt", "", "1" * 61],  # 11 too long ×2
        ["", "", "", "", ""],  # 12 blank: skipped
    ]
    problems = _problems(event_db, write_csv(tmp_path / "bad.csv", rows))
    assert [(r, c) for r, c, _ in problems] == [
        (3, "Vardas"),
        (4, "El. paštas"),
        (5, "El. paštas"),
        (6, "El. paštas"),
        (7, "El. paštas"),
        (8, "Užimtas"),
        (9, "Užimtas"),
        (10, "Užimtas"),
        (11, "Pavardė"),
        (11, "Telefonas"),
    ]
    messages = [m for _, _, m in problems]
    assert messages[0] == "a name is required"
    assert messages[1] == "an e-mail address is required"
    assert "'ona(at)x.lt' is not a valid e-mail address" in messages[2]
    assert messages[3] == "jonas@x.lt is also on row 2 of this file"
    assert "already registered" in messages[4] and "--update" in messages[4]
    assert "ends before it starts" in messages[5]
    assert "is not a time range" in messages[6]
    assert "Bad time" in messages[7]
    assert messages[8] == "too long (201 characters; at most 200)"


def test_dry_run_reports_and_writes_nothing(event_db: EventDB, tmp_path: Path) -> None:
    good = write_csv(tmp_path / "good.csv", [HEADER_EN, *PEOPLE])
    report = import_participants(event_db, good, dry_run=True)
    assert (report.created, report.problems, report.dry_run) == (5, [], True)
    assert _count(event_db) == 0
    no_name = write_csv(tmp_path / "no_name.csv", [["Email"], ["nobody"]])
    report = import_participants(event_db, no_name, dry_run=True)
    assert [(p.row, p.column) for p in report.problems] == [(1, "first_name")]  # columns first
    bad = write_csv(tmp_path / "bad.csv", [["Name", "Email"], ["Ana", "nobody"]])
    report = import_participants(event_db, bad, dry_run=True)
    assert [(p.row, p.column) for p in report.problems] == [(2, "Email")]
    assert _count(event_db) == 0


def test_update_matches_by_email_and_never_duplicates(event_db: EventDB, tmp_path: Path) -> None:
    import_participants(event_db, write_csv(tmp_path / "a.csv", [HEADER_EN, *PEOPLE]))
    codes = {r.email: r.badge_code for r in list_participants(event_db)}
    rows = [
        ["E-mail", "Company", "Table", "Unavailable", "Phone"],
        [
            "KESTUTIS.SETKUS@lic.lt",
            "Šetkus ir partneriai",
            "T8",
            "2026-05-14 15:00-15:30; 2026-05-14 16:00-16:20",
            "",
        ],  # updated
        ["jolanta.avizenyte@ku.lt", "Klaipėdos universitetas", "", "", ""],  # unchanged
        ["new.person@ex.ee", "", "", "", ""],  # no name: problem
    ]
    path = write_csv(tmp_path / "b.csv", rows)
    problems = _problems(event_db, path, update=True)
    assert [(r, c) for r, c, _ in problems] == [(4, "first_name")]
    rows[0].append("First name")
    for r in rows[1:]:
        r.append("")
    rows[3][-1] = "Doris"
    write_csv(path, rows)
    dry = import_participants(event_db, path, update=True, dry_run=True)
    assert (dry.created, dry.updated, dry.unchanged, dry.problems) == (1, 1, 1, [])
    assert list_participants(event_db, "partneriai") == []  # the dry run wrote nothing
    report = import_participants(event_db, path, update=True)
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    people = {r.email: r for r in list_participants(event_db)}
    assert len(people) == 6
    k = people["kestutis.setkus@lic.lt"]
    assert (k.first_name, k.organization, k.fixed_table, k.phone) == (
        "Kęstutis",
        "Šetkus ir partneriai",
        "T8",
        "+370 612 34567",  # blank phone kept
    )
    assert k.badge_code == codes[k.email]
    with event_db.read() as s:
        n = s.scalar(
            select(func.count(Unavailability.id)).where(Unavailability.participant_id == k.id)
        )
        assert n == 2
    assert list_participants(event_db, "partneriai")[0].email == k.email  # search key refreshed
    again = import_participants(event_db, path, update=True)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_given_table_skips_reading(event_db: EventDB, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [HEADER_EN, *PEOPLE], encoding="cp1257", delimiter="\t")
    table = read_table(path)
    path.unlink()  # the wizard read it already
    assert import_participants(event_db, path, table=table).created == 5


@pytest.mark.slow
def test_twenty_thousand_rows(sqlite_event: EventDB, tmp_path: Path) -> None:
    """All 20,000 go in, in one transaction (the time it takes: benchmarks/bench_import.py)."""
    rows = [["First name", "Last name", "Email", "Company", "Country", "Type", "Unavailable"]]
    for i in range(20_000):
        rows.append(
            [
                f"Žygimantas{i}",
                "Čiurlionis",
                f"p{i}@ex{i % 300}.lt",
                f"Org {i % 2000}",
                "Lithuania",
                ("Visitor", "Exhibitor")[i % 2],
                "2026-05-14 13:00-14:00" if i % 10 == 0 else "",
            ]
        )
    path = write_csv(tmp_path / "big.csv", rows, encoding="cp1257", delimiter=";")
    report = import_participants(sqlite_event, path)
    assert report.created == 20_000
    assert _count(sqlite_event) == 20_000
    last = list_participants(sqlite_event, "zygimantas19999")
    assert [(p.first_name, p.last_name, p.organization) for p in last] == [
        ("Žygimantas19999", "Čiurlionis", "Org 1999")
    ]
