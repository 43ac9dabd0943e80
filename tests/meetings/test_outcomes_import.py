"""`import outcomes`: a file of outcomes by meeting id or by the two e-mails — all rows or none,
every bad row reported with its row number."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clusterdesk.cli.words import row_problem
from clusterdesk.core.errors import InputFileError
from clusterdesk.services.outcomes_import import import_outcomes
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Meeting, Participant
from tests.meetings.conftest import Grid, snapshot
from tests.meetings.test_outcomes import outcomes


def emails(db: EventDB) -> dict[int, str]:
    with db.read() as s:
        return {pid: e for pid, e in s.execute(select(Participant.id, Participant.email))}


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_outcomes_by_id_and_by_e_mails_are_recorded(grid: Grid, tmp_path: Path) -> None:
    db, p, m = grid.db, grid.people, grid.meetings
    e = emails(db)
    file = write(
        tmp_path / "outcomes.csv",
        "Meeting ID;E-mail A;E-mail B;Status;Absent;Rating",
        f"{m['k_j']};;;held;;Agreement reached",
        # the two e-mails in either order, a rating alone: held
        f";{e[p['olena']]};{e[p['kestutis']].upper()};;;cooperation possible",
        f";{e[p['asa']]};{e[p['jurgen']]};No-show;b;",
        "",
    )
    done = import_outcomes(db, file)
    assert done.rows == 3
    got = outcomes(db)
    assert got[m["k_j"]] == ("held", "", "agreement")
    assert got[m["k_o"]] == ("held", "", "cooperation")
    assert got[m["a_jurgen"]] == ("no_show", "b", "")
    assert done.change.undo is not None
    done.change.undo(db)
    assert {o[0] for o in outcomes(db).values()} == {"scheduled"}


def test_a_file_with_bad_rows_changes_nothing_and_names_every_row(
    grid: Grid, tmp_path: Path
) -> None:
    db, p, m = grid.db, grid.people, grid.meetings
    e = emails(db)
    file = write(
        tmp_path / "bad.csv",
        "meeting_id,email_a,email_b,status,absent,rating",
        f"{m['k_j']},,,held,,agreement",  # row 2: fine
        f",nobody@example.lt,{e[p['olena']]},held,,",  # row 3: unknown e-mail
        f"{m['k_o']},,,held,,great",  # row 4: unknown rating
        "abc,,,held,,",  # row 5: not an id
        f",{e[p['jolanta']]},{e[p['asa']]},held,,",  # row 6: they have no meeting
        f"{m['a_jurgen']},,,cancelled,,agreement",  # row 7: a cancelled meeting is not rated
        f"{m['k_o']},,,held,x,",  # row 8: who did not come?
        "424242,,,held,,",  # row 9: no such meeting (found when recording)
    )
    before = snapshot(db), outcomes(db)
    with pytest.raises(InputFileError) as refused:
        import_outcomes(db, file)
    rows = [problem.row for problem in refused.value.problems]
    assert rows == [3, 4, 5, 6, 7, 8]
    text = "\n".join(row_problem(p) for p in refused.value.problems)
    assert "row 3" in text and "nobody@example.lt" in text
    assert "'great'" in text and "'abc'" in text and "have no meeting" in text
    assert (snapshot(db), outcomes(db)) == before
    # the rows read fine but one meeting is unknown: still nothing changed, its row named
    file = write(tmp_path / "late.csv", "meeting_id,status", f"{m['k_j']},held", "424242,held")
    with pytest.raises(InputFileError) as late:
        import_outcomes(db, file)
    assert [problem.row for problem in late.value.problems] == [3]
    assert (snapshot(db), outcomes(db)) == before


def test_a_file_without_the_columns_is_refused(grid: Grid, tmp_path: Path) -> None:
    file = write(tmp_path / "cols.csv", "name,comment", "Kęstutis,good")
    with pytest.raises(InputFileError) as refused:
        import_outcomes(grid.db, file)
    assert "meeting_id, or email_a and email_b" in row_problem(refused.value.problems[0])
    with grid.db.read() as s:
        assert set(s.scalars(select(Meeting.status))) == {"scheduled"}


def test_the_meetings_export_comes_back_as_outcomes(grid: Grid, tmp_path: Path) -> None:
    """The meetings CSV carries meeting_id, status, absent and rating: filled in after the
    event (here: its held meeting rated, a no-show added) it imports as outcomes."""
    import csv

    from clusterdesk.services.exports import export
    from clusterdesk.services.meeting_edits import set_status

    db, m = grid.db, grid.meetings
    set_status(db, m["k_j"], "held", rating="cooperation")
    out = tmp_path / "meetings.csv"
    export(db, out, what="meetings")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["meeting_id"]: (r["status"], r["rating"]) for r in rows}[str(m["k_j"])] == (
        "held",
        "cooperation",
    )
    for r in rows:
        if r["meeting_id"] == str(m["k_j"]):
            r["rating"] = "Agreement reached"
        if r["meeting_id"] == str(m["k_o"]):
            r["status"], r["absent"] = "no_show", "a"
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    done = import_outcomes(db, out)
    assert done.rows == len(rows) == 3
    got = outcomes(db)
    assert got[m["k_j"]] == ("held", "", "agreement")
    assert got[m["k_o"]] == ("no_show", "a", "")
    assert got[m["a_jurgen"]] == ("scheduled", "", "")
