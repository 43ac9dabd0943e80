"""The import's choices beside all-or-nothing: import the valid rows and skip the listed ones
(written to a file to fix), and possible duplicates e-mail matching misses — kept, merged or left
out (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clusterdesk.cli.words import describe, row_problem
from clusterdesk.core.errors import InputFileError
from clusterdesk.services.participants import ParticipantInput, create_participant, get_participant
from clusterdesk.services.people_import import import_participants, import_requests
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import MeetingRequest, Participant
from tests.cli.helpers import cli
from tests.importing.files import write_csv

HEADER = ["First name", "Last name", "E-mail", "Organisation", "Country"]


def count(db: EventDB, model: type = Participant) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_valid_rows_are_imported_and_the_others_written_to_a_file(
    event_db: EventDB, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "people.csv",
        [
            HEADER,
            ["Kęstutis", "Šetkus", "k@lsu.example", "LSU", "Lithuania"],
            ["Aiga", "Irmeja", "aiga@", "Riga Photonics", "Latvia"],
            ["", "", "nobody@x.example", "X", "Estonia"],
            ["Þórunn", "Sigurðardóttir", "thorunn@is.example", "Reykjavík Cluster", "Iceland"],
        ],
        delimiter=";",
    )
    with pytest.raises(InputFileError):  # all or nothing, as before
        import_participants(event_db, path)
    assert count(event_db) == 0
    dry = import_participants(event_db, path, dry_run=True, skip_invalid=True)
    assert dry.created == 2 and dry.skipped == [3, 4] and count(event_db) == 0
    out = tmp_path / "people.skipped.csv"
    report = import_participants(
        event_db, path, skip_invalid=True, skipped_file=out, words=describe
    )
    assert (report.created, report.skipped, report.skipped_file) == (2, [3, 4], str(out))
    assert count(event_db) == 2
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["Row", "Problem", *HEADER]
    assert rows[1][0] == "3" and "not a valid e-mail" in rows[1][1]
    assert rows[1][2:] == ["Aiga", "Irmeja", "aiga@", "Riga Photonics", "Latvia"]
    assert rows[2][0] == "4" and "name is required" in rows[2][1]
    assert "2 row(s) with problems skipped" in report.summary()


def test_a_missing_column_is_no_row_to_skip(event_db: EventDB, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["First name", "Last name"], ["A", "B"]])
    with pytest.raises(InputFileError) as missing:
        import_participants(event_db, path, skip_invalid=True, skipped_file=tmp_path / "s.csv")
    assert "no column for email" in row_problem(missing.value.problems[0])
    assert count(event_db) == 0 and not (tmp_path / "s.csv").exists()


def test_possible_duplicates_are_flagged_and_merged_or_left_out(
    event_db: EventDB, tmp_path: Path
) -> None:
    pid = create_participant(
        event_db,
        ParticipantInput(
            first_name="Kęstutis", last_name="Šetkus", email="k@lsu.example", organization="LSU"
        ),
    )
    path = write_csv(
        tmp_path / "again.csv",
        [
            HEADER,
            ["Kestutis", "Setkus", "kestutis@gmail.example", "lsu", "Lithuania"],  # 2: him again
            ["Kestutis", "Setkus", "k.setkus@other.example", "Other Org", ""],  # 3: namesake
            ["Doris", "Pold", "doris@tartu.example", "Tartu Biotech Park", "Estonia"],  # 4
            ["Doris", "Põld", "d.pold@gmail.example", "Tartu Biotech Park", "Estonia"],  # 5
        ],
    )
    dry = import_participants(event_db, path, dry_run=True)
    flagged = {(d.row, d.other_id, d.other_row, d.other_email) for d in dry.duplicates}
    assert flagged == {
        (2, pid, None, "k@lsu.example"),
        (5, None, 4, "doris@tartu.example"),
    }
    report = import_participants(event_db, path, merge={2: pid}, leave_out=[5])
    assert (report.created, report.merged, report.left_out) == (2, 1, 1)
    assert count(event_db) == 3  # Kęstutis once, his namesake, Doris once
    merged = get_participant(event_db, pid)
    assert (merged.email, merged.country) == ("k@lsu.example", "LT")  # e-mail kept


def test_meeting_requests_skip_the_listed_rows(event_db: EventDB, tmp_path: Path) -> None:
    for first, email in (("A", "a@x.example"), ("B", "b@x.example")):
        create_participant(event_db, ParticipantInput(first_name=first, email=email))
    path = write_csv(
        tmp_path / "req.csv",
        [
            ["requester_email", "target_email"],
            ["a@x.example", "b@x.example"],
            ["a@x.example", "nobody@x.example"],
        ],
    )
    report = import_requests(event_db, path, skip_invalid=True, skipped_file=tmp_path / "s.csv")
    assert (report.created, report.skipped) == (1, [3]) and count(event_db, MeetingRequest) == 1
    assert "nobody@x.example" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")


def test_the_command_line_offers_the_same_choice(tmp_path: Path) -> None:
    event = tmp_path / "e.cdesk"
    assert cli("new", str(event), "--name", "Forum", "--start", "2026-05-14").code == 0
    path = write_csv(
        tmp_path / "p.csv",
        [
            HEADER,
            ["Aiga", "Irmeja", "aiga@riga.example", "RP", "Latvia"],
            ["X", "Y", "bad", "", ""],
        ],
    )
    refused = cli("import", "participants", str(event), str(path))
    assert refused.code == 2 and "nothing was imported" in refused.err
    done = cli(
        "import", "participants", str(event), str(path), "--skip-invalid", str(tmp_path / "s.csv")
    )
    assert done.code == 0, done.err
    assert "1 created" in done.out and "1 row(s) with problems skipped" in done.out
    assert "skipped:" in done.err and (tmp_path / "s.csv").exists()
