"""`clusterdesk outcome`, `clusterdesk import outcomes` and the outcome figures of
`clusterdesk stats --json`, through the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import cli
from tests.meetings.conftest import Grid
from tests.meetings.test_outcomes import outcomes
from tests.meetings.test_outcomes_import import emails

SQLITE_ONLY = pytest.mark.parametrize("event_target", ["sqlite"], indirect=True)


@SQLITE_ONLY
def test_outcome_records_and_refuses(grid: Grid) -> None:
    event, m = str(grid.db.path), grid.meetings
    run = cli(
        "outcome",
        event,
        str(m["k_j"]),
        "--status",
        "held",
        "--rating",
        "Agreement reached",
        "--json",
    )
    assert run.code == 0, run.err
    assert run.json() == {
        "id": m["k_j"],
        "status": "held",
        "absent": None,
        "rating": "agreement",
        "changed": True,
    }
    run = cli("outcome", event, str(m["k_o"]), "--status", "no_show", "--absent", "b")
    assert run.code == 0, run.err
    assert "Олена Фесенко did not come" in run.out
    before = outcomes(grid.db)
    for args, message in (
        (("--status", "no_show", "--rating", "4"), "Only a held meeting is rated"),
        (("--status", "held", "--absent", "a"), "only when marking a no-show"),
        (("--status", "held", "--rating", "superb"), "Unknown outcome rating 'superb'"),
    ):
        run = cli("outcome", event, str(m["a_jurgen"]), *args)
        assert run.code == 2 and message in run.err, run.err
    run = cli("outcome", event, "4242", "--status", "held")
    assert run.code == 2 and "No meeting with id 4242" in run.err
    assert outcomes(grid.db) == before

    stats = cli("stats", event, "--json").json()
    assert stats["meetings_accepted"] == 5 and stats["meetings_held"] == 1
    assert stats["no_shows"] == 1 and stats["meetings_scheduled"] == 3
    assert stats["realised_rate"] == pytest.approx(0.2)
    assert stats["outcomes"] == {
        "not_held": 1,
        "no_interest": 0,
        "informative": 0,
        "cooperation": 0,
        "agreement": 1,
        "not_rated": 0,
    }
    text = cli("stats", event).out
    assert "Agreement reached" in text and "Realised            20.0 %" in text


@SQLITE_ONLY
def test_import_outcomes_all_or_nothing(grid: Grid, tmp_path: Path) -> None:
    event, m, p = str(grid.db.path), grid.meetings, grid.people
    e = emails(grid.db)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "email_a,email_b,rating\n"
        f"{e[p['kestutis']]},{e[p['jolanta']]},cooperation possible\n"
        f"{e[p['kestutis']]},nobody@example.lt,agreement\n",
        encoding="utf-8",
    )
    before = outcomes(grid.db)
    run = cli("import", "outcomes", event, str(bad))
    assert run.code == 2
    assert "bad.csv, row 3" in run.err and "nobody@example.lt" in run.err
    assert "nothing was changed" in run.err
    assert outcomes(grid.db) == before
    good = tmp_path / "good.csv"
    good.write_text(
        f"meeting_id,status,absent\n{m['k_j']},held,\n{m['k_o']},no_show,both\n", encoding="utf-8"
    )
    run = cli("import", "outcomes", event, str(good), "--json")
    assert run.code == 0, run.err
    assert run.json() == {"rows": 2, "meetings": [m["k_j"], m["k_o"]]}
    got = outcomes(grid.db)
    assert got[m["k_j"]] == ("held", "", "") and got[m["k_o"]] == ("no_show", "both", "")
