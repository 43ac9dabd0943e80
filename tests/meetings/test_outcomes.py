"""Meeting outcomes through the real services, on SQLite and the real PostgreSQL server: one at a
time (set_status with a rating) and many at once (record_outcomes: all or nothing, undoable),
surviving a re-schedule with and without --keep-existing, and counted in the statistics."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clusterdesk.cli.words import describe, row_problem
from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import CodedError
from clusterdesk.services.meeting_edits import EditRefused, set_status
from clusterdesk.services.meeting_outcomes import (
    NOT_HELD,
    Outcome,
    OutcomesRefused,
    outcome_of,
    parse_rating,
    record_outcomes,
)
from clusterdesk.services.meetings import schedule_meetings
from clusterdesk.services.report_data import event_kpis
from clusterdesk.services.stats import event_stats
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import AuditLog, Meeting
from tests.meetings.conftest import Grid, snapshot


def outcomes(db: EventDB) -> dict[int, tuple[str, str, str]]:
    with db.read() as s:
        return {
            r.id: (r.status, r.absent, r.rating)
            for r in s.execute(select(Meeting.id, Meeting.status, Meeting.absent, Meeting.rating))
        }


def test_a_held_meeting_is_rated_and_the_rating_is_undone(grid: Grid) -> None:
    db, mid = grid.db, grid.meetings["k_j"]
    change = set_status(db, mid, "held", rating="agreement")
    assert outcome_of(db, mid) == Outcome(mid, "held", "", "agreement")
    assert change.summary.code == "edit.rated"
    assert "agreement reached" in describe(change.summary)
    with db.read() as s:
        details = s.scalar(select(AuditLog.details).where(AuditLog.action == "meeting.held"))
    assert details == "scheduled -> held; rated agreement"
    # marked held again (the grid's H): the rating stays; a new rating replaces it
    set_status(db, mid, "held")
    assert outcome_of(db, mid).rating == "agreement"
    again = set_status(db, mid, "held", rating="informative")
    assert outcome_of(db, mid).rating == "informative"
    assert again.undo is not None
    again.undo(db)
    assert outcome_of(db, mid).rating == "agreement"
    assert change.undo is not None
    change.undo(db)
    assert outcome_of(db, mid) == Outcome(mid, "scheduled", "", "")


def test_a_no_show_has_no_rating_and_wrong_combinations_change_nothing(grid: Grid) -> None:
    db, mid = grid.db, grid.meetings["k_o"]
    set_status(db, mid, "held", rating="cooperation")
    change = set_status(db, mid, "no_show", absent="b")
    assert outcome_of(db, mid) == Outcome(mid, "no_show", "b", "")  # it did not take place
    assert "Фесенко did not come" in describe(change.summary)
    assert change.undo is not None
    change.undo(db)  # back to held, rating and all
    assert outcome_of(db, mid) == Outcome(mid, "held", "", "cooperation")
    before = snapshot(db), outcomes(db)
    for status, absent, rating in (
        ("no_show", "a", "agreement"),  # a no-show is not rated
        ("cancelled", "", "informative"),
        ("held", "a", None),  # who did not come belongs to a no-show
        ("held", "", "excellent"),
        ("done", "", None),
    ):
        with pytest.raises(EditRefused):
            set_status(db, mid, status, absent=absent, rating=rating)
    assert (snapshot(db), outcomes(db)) == before


@pytest.mark.parametrize("keep_existing", [True, False])
def test_outcomes_survive_a_re_schedule(grid: Grid, keep_existing: bool) -> None:
    db = grid.db
    set_status(db, grid.meetings["k_j"], "held", rating="agreement")
    set_status(db, grid.meetings["k_o"], "no_show", absent="a")
    set_status(db, grid.meetings["a_jurgen"], "held", rating="no_interest")
    before = outcomes(db)
    plan = schedule_meetings(db, keep_existing=keep_existing, time_limit=2)
    assert plan.scheduled >= 3
    after = outcomes(db)
    for mid, outcome in before.items():
        assert after[mid] == outcome
    assert event_stats(db).outcomes["agreement"] == 1


def test_many_outcomes_at_once_all_or_nothing_and_undone(grid: Grid) -> None:
    db, m = grid.db, grid.meetings
    before = snapshot(db), outcomes(db)
    bad = [
        Outcome(m["k_j"], "held", "", "agreement", 1),
        Outcome(m["k_o"], "cancelled", "", "informative", 2),  # a cancelled meeting is not rated
        Outcome(99_999, "held", "", None, 3),  # no such meeting
        Outcome(m["k_j"], "no_show", "a", None, 4),  # the same meeting twice
        Outcome(m["a_jurgen"], "held", "", NOT_HELD, 5),  # held but "did not take place"
    ]
    with pytest.raises(OutcomesRefused) as refused:
        record_outcomes(db, bad, source="sheet")
    assert [p.row for p in refused.value.problems] == [2, 3, 4, 5]
    problems = [row_problem(p) for p in refused.value.problems]
    assert "sheet, row 3: No meeting with id 99999" in problems[1]
    assert "is given already in row 1" in problems[2]
    assert describe(refused.value.msg) == "4 outcome(s) refused; nothing was changed"
    assert (snapshot(db), outcomes(db)) == before  # nothing changed

    good = [
        Outcome(m["k_j"], "held", "", "agreement", 1),
        Outcome(m["k_o"], "no_show", "both", NOT_HELD, 2),
        Outcome(m["a_jurgen"], "held", "", "informative", 3),
    ]
    change = record_outcomes(db, good)
    got = outcomes(db)
    assert got[m["k_j"]] == ("held", "", "agreement")
    assert got[m["k_o"]] == ("no_show", "both", "")
    assert got[m["a_jurgen"]] == ("held", "", "informative")
    stats = event_stats(db)
    assert stats.outcomes == {
        "not_held": 1,
        "no_interest": 0,
        "informative": 1,
        "cooperation": 0,
        "agreement": 1,
        "not_rated": 0,
    }
    assert stats.meetings_accepted == 5 and stats.meetings_held == 2
    assert stats.realised_rate == pytest.approx(2 / 5)
    kpis = event_kpis(db)
    assert kpis.realised == pytest.approx(0.4) and kpis.any_outcome
    assert change.undo is not None
    change.undo(db)
    assert outcomes(db) == before[1]


def test_no_outcome_yet_counts_nothing(grid: Grid) -> None:
    stats = event_stats(grid.db)
    assert not any(stats.outcomes.values())
    assert stats.realised_rate == 0.0  # 5 accepted, none held
    assert not event_kpis(grid.db).any_outcome


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("agreement", "agreement"),
        ("Agreement reached", "agreement"),
        ("4", "agreement"),
        ("Cooperation possible", "cooperation"),
        ("Informative, but no cooperation planned", "informative"),
        ("insufficient interest", "no_interest"),
        ("no_interest", "no_interest"),
        ("Did not take place", NOT_HELD),
        ("", ""),
    ],
)
def test_ratings_are_read_in_the_platforms_words(text: str, code: str) -> None:
    assert parse_rating(text) == code


def test_an_unknown_rating_names_the_scale() -> None:
    with pytest.raises(CodedError) as refused:
        parse_rating("great")
    assert "'great'" in describe(refused.value.msg)
    assert "agreement reached" in describe(refused.value.msg)
    assert isinstance(refused.value, UserError)
