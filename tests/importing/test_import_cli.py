"""`clusterdesk import participants|requests` as a user runs it: exit codes, messages, effects."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clusterdesk.services.events import open_event
from clusterdesk.services.participants import list_participants
from tests.importing.files import HEADER_EN, PEOPLE, write_csv


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clusterdesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def emails(event: Path) -> list[str]:
    """The event's e-mails, read in-process (each subprocess costs a second or more)."""
    db = open_event(event)
    try:
        return sorted(p.email for p in list_participants(db))
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("demo") / "template.cdesk"
    result = run("demo", base, "--participants", "40")
    assert result.returncode == 0, result.stderr
    return base


@pytest.fixture
def event(demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "e.cdesk"
    copy.write_bytes(demo.read_bytes())
    return copy


def test_done_when_semicolon_windows_1257_file(event: Path, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_bytes(
        (
            "Vardas;Pavardė;El. paštas;Organizacija;Šalis;Kategorija\r\n"
            'Kęstutis;Šetkus;kestutis@lic.lt;"UAB ""Šiaulių plentas"", filialas";Lietuva;Exhibitor\r\n'
            'Jolanta;Aviženytė;jolanta@ku.lt;"Klaipėdos universitetas,\r\nJūrų fakultetas";Lietuva;\r\n'
            "Žygimantas;Čiurlionis;zygis@ex.lt;VšĮ „Ąžuolynas“;Lietuva;Visitor\r\n"
        ).encode("cp1257")
    )
    before = emails(event)
    result = run("import", "participants", event, people)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip() == "Imported people.csv (3 rows): 3 created, 0 updated, 0 unchanged"
    )
    assert len(emails(event)) == len(before) + 3
    found = json.loads(run("participants", event, "--search", "setkus kestutis", "--json").stdout)
    assert [
        (p["first_name"], p["last_name"], p["organization"]) for p in found["participants"]
    ] == [("Kęstutis", "Šetkus", 'UAB "Šiaulių plentas", filialas')]


def test_bad_file_changes_nothing_and_names_rows(event: Path, tmp_path: Path) -> None:
    rows = [
        HEADER_EN,
        PEOPLE[0],
        ["Ona", "Onaitė", "ona(at)x.lt", "", "", "", "", "", "", ""],
        PEOPLE[1],
        ["Ieva", "", "", "", "", "", "", "", "2026-05-14 9-10", ""],
    ]
    bad = write_csv(tmp_path / "bad.csv", rows)
    before = emails(event)
    result = run("import", "participants", event, bad)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "bad.csv: 3 problem(s); nothing was imported",
        "  bad.csv, row 3, column 'E-mail': 'ona(at)x.lt' is not a valid e-mail address",
        "  bad.csv, row 5, column 'E-mail': an e-mail address is required",
        "  bad.csv, row 5, column 'Unavailable': '2026-05-14 9-10' is not a time range like "
        "2026-05-14 09:00-12:00 (use YYYY-MM-DD HH:MM-HH:MM; …)",
    ]
    assert emails(event) == before


def test_dry_run_update_and_map(event: Path, tmp_path: Path) -> None:
    rows = [["Who", "Mail", "Phone"], ["Rūta Petrauskienė", "ruta@vu.lt", "+370 5 123"]]
    path = write_csv(tmp_path / "p.tsv", rows, delimiter="\t", encoding="utf-8-sig")
    before = emails(event)
    result = run("import", "participants", event, path, "--dry-run")
    assert result.returncode == 2
    assert "row 1, column 'first_name': no column for first_name" in result.stderr
    mapped = ["--map", "name=Who", "--map", "email=mail", "--delimiter", "tab"]
    result = run("import", "participants", event, path, "--dry-run", *mapped)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Dry run of p.tsv (1 row): would be 1 created")
    assert emails(event) == before
    assert run("import", "participants", event, path, *mapped).returncode == 0
    again = run("import", "participants", event, path, *mapped)
    assert again.returncode == 2 and "already registered" in again.stderr
    rows[1][2] = "+370 5 999"
    write_csv(path, rows, delimiter="\t")
    updated = run("import", "participants", event, path, *mapped, "--update", "--encoding", "utf-8")
    assert updated.returncode == 0, updated.stderr
    assert "0 created, 1 updated, 0 unchanged" in updated.stdout
    assert emails(event) == sorted([*before, "ruta@vu.lt"])


def test_import_requests(event: Path, tmp_path: Path) -> None:
    a, b = emails(event)[:2]
    good = write_csv(tmp_path / "r.csv", [["Requester", "Target", "Priority"], [a, b, "2"]])
    result = run("import", "requests", event, good)
    assert result.returncode == 0, result.stderr
    assert "1 created" in result.stdout or "1 unchanged" in result.stdout
    bad = write_csv(tmp_path / "r2.csv", [["from", "to"], [a, "ghost@nowhere.lt"], [b, b]])
    result = run("import", "requests", event, bad)
    assert result.returncode == 2
    assert "r2.csv, row 2, column 'to': nobody with the e-mail ghost@nowhere.lt" in result.stderr
    assert (
        "r2.csv, row 3, column 'to': a person cannot request a meeting with themselves"
        in result.stderr
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--map", "email"], "Bad mapping 'email'"),
        (["--map", "shoe=E-mail"], "Unknown field 'shoe'"),
        (["--delimiter", "colon"], "Unknown delimiter 'colon'"),
        (["--encoding", "klingon"], "Unknown encoding 'klingon'"),
    ],
)
def test_bad_options(event: Path, tmp_path: Path, args: list[str], message: str) -> None:
    path = write_csv(tmp_path / "p.csv", [HEADER_EN, *PEOPLE])
    result = run("import", "participants", event, path, *args)
    assert result.returncode == 2
    assert message in result.stderr


def test_missing_file_and_event(event: Path, tmp_path: Path) -> None:
    result = run("import", "participants", event, tmp_path / "nope.csv")
    assert result.returncode == 2 and "No file at" in result.stderr
    result = run("import", "participants", tmp_path / "none.cdesk", tmp_path / "nope.csv")
    assert result.returncode == 2 and "No event file" in result.stderr
