"""The scheduler on small problems: exact where it can be checked, every hard constraint always."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from clusterdesk.scheduling import (
    Assignment,
    Problem,
    Progress,
    Request,
    Result,
    SlotInfo,
    check,
    solve,
)
from clusterdesk.scheduling.problem import (
    REASON_CAP,
    REASON_NO_COMMON_SLOT,
    REASON_NO_TABLE,
    REASON_NOT_PLACED,
)

from .helpers import brute_force, one_day, random_problem

Solve = Callable[..., Result]


def test_chain_without_breaks(solve_checked: Solve) -> None:
    # 0 meets 1..4: four consecutive slots, nobody waits
    pb = Problem(5, one_day(6), (1, 2), tuple(Request(k, 0, k) for k in range(1, 5)))
    res = solve_checked(pb)
    assert res.scheduled == 4 and res.breaks == 0 and not res.unscheduled
    slots = sorted(a.slot for a in res.assignments)
    assert slots == list(range(slots[0], slots[0] + 4))


def test_forced_break_is_counted(solve_checked: Solve) -> None:
    # 0 can only meet 1 in slot 0 and 2 in slot 2: one break, and the solver knows it is optimal
    pb = Problem(
        3,
        one_day(3),
        (1,),
        (Request(1, 0, 1), Request(2, 0, 2)),
        unavailable={1: frozenset({1, 2}), 2: frozenset({0, 1})},
    )
    res = solve_checked(pb)
    assert res.scheduled == 2 and res.breaks == 1 and res.optimal is True


@pytest.mark.parametrize("seed", range(12))
def test_exact_on_small_instances(solve_checked: Solve, seed: int) -> None:
    """The lexicographic optimum (most weight, then fewest breaks), proven, whether or not
    every request fits: which ones are left out matters for the breaks too."""
    rng = random.Random(seed)
    pb = random_problem(rng, n_part=5, n_req=6, n_slots=4, n_tables=2)
    res = solve_checked(pb, seed=seed)
    weight, neg_breaks = brute_force(pb)
    by_id = {r.id: r for r in pb.requests}
    assert sum(by_id[a.request_id].priority for a in res.assignments) == weight
    assert res.breaks == -neg_breaks
    assert res.optimal is True and res.lower_bound == res.breaks


@pytest.mark.parametrize("seed", range(10))
def test_fairness_on_small_instances(solve_checked: Solve, seed: int) -> None:
    """With fairness 0 (everyone the same number of breaks) the plan is the best fair one
    among those placing the most weight, and says whether it is fair."""
    rng = random.Random(100 + seed)
    pb = random_problem(rng, n_part=5, n_req=7, n_slots=5, n_tables=2)
    res = solve_checked(pb, seed=seed, fairness=0)
    weight, neg_breaks = brute_force(pb, fairness=0)
    by_id = {r.id: r for r in pb.requests}
    assert sum(by_id[a.request_id].priority for a in res.assignments) == weight
    assert res.breaks == -neg_breaks
    assert res.fairness == 0 and res.fair is not None
    if res.fair:
        assert res.optimal is True


def test_reasons_for_requests_that_cannot_be_placed(solve_checked: Solve) -> None:
    pb = Problem(
        6,
        one_day(2),
        (1,),
        (
            Request(1, 0, 1),  # no common free slot
            Request(2, 2, 3),  # cap 0 for 2
            Request(3, 4, 5),  # host 4's table is fixed and... fine
            Request(4, 3, 5),
            Request(5, 1, 3),
        ),
        unavailable={0: frozenset({0}), 1: frozenset({1})},
        cap_per_session={2: 0},
        fixed_table={4: 1},
    )
    res = solve_checked(pb)
    reasons = {u.request_id: u.reason for u in res.unscheduled}
    assert reasons[1] == REASON_NO_COMMON_SLOT
    assert reasons[2] == REASON_CAP
    # the only table is host 4's: meetings without 4 have no table at all
    assert reasons[4] == REASON_NO_TABLE and reasons[5] == REASON_NO_TABLE
    assert {a.request_id for a in res.assignments} == {3}


def test_not_placed_when_capacity_runs_out(solve_checked: Solve) -> None:
    # one table, one slot, two disjoint meetings: one is left, heavier one placed
    pb = Problem(4, one_day(1), (1,), (Request(1, 0, 1, 1), Request(2, 2, 3, 5)))
    res = solve_checked(pb)
    assert [a.request_id for a in res.assignments] == [2]
    assert res.unscheduled[0].request_id == 1 and res.unscheduled[0].reason == REASON_NOT_PLACED


def test_fixed_tables(solve_checked: Solve) -> None:
    # 0 and 1 share booth 7; their meetings can never be in the same slot
    reqs = tuple(Request(k, 0 if k % 2 else 1, 2 + k) for k in range(6))
    pb = Problem(8, one_day(6), (7, 8, 9), reqs, fixed_table={0: 7, 1: 7})
    res = solve_checked(pb)
    assert res.scheduled == 6
    assert all(a.table == 7 for a in res.assignments)
    assert len({a.slot for a in res.assignments}) == 6


def test_locked_meetings_never_move(solve_checked: Solve) -> None:
    rng = random.Random(3)
    base = random_problem(rng, 8, 14, 6, 3, extras=False)
    locked = (Assignment(base.requests[0].id, 5, 2), Assignment(base.requests[1].id, 0, 3))
    pb = Problem(base.n_participants, base.slots, base.tables, base.requests, locked=locked)
    res = solve_checked(pb)
    for asg in locked:
        assert asg in res.assignments


def test_keep_existing_changes_nothing_already_placed(solve_checked: Solve) -> None:
    rng = random.Random(5)
    pb = random_problem(rng, 10, 20, 8, 4, extras=False)
    first = solve_checked(pb)
    # a walk-in adds two requests; everything placed stays where it is
    more = pb.requests + (Request(900, 0, 9), Request(901, 3, 8))
    keep = tuple(first.assignments)
    pb2 = Problem(pb.n_participants, pb.slots, pb.tables, more, existing=keep)
    second = solve_checked(pb2)
    assert set(keep) <= set(second.assignments)
    assert second.scheduled >= len(keep)


def test_deterministic_for_a_seed(solve_checked: Solve) -> None:
    pb = random_problem(random.Random(11), 12, 30, 8, 4)
    a = solve_checked(pb, seed=4)
    b = solve_checked(pb, seed=4)
    assert a.assignments == b.assignments and a.unscheduled == b.unscheduled


def test_progress_and_cancel_return_a_valid_schedule() -> None:
    pb = random_problem(random.Random(2), 60, 400, 12, 20, extras=False)
    seen: list[Progress] = []
    res = solve(pb, time_limit=30, progress=seen.append, cancel=lambda: len(seen) >= 1)
    assert not check(pb, res)
    assert res.scheduled > 0 and res.stats.seconds < 10
    assert seen and seen[0].phase == "construct"


@pytest.mark.parametrize("n_req", [500, 300])
def test_cancel_from_another_thread_during_the_solver_phases(n_req: int) -> None:
    # 500 requests: 100 cannot be placed, cancel hits the place-all phase; 300: the break phase
    pb = random_problem(random.Random(8), 80, n_req, 16, 25, extras=False)
    stop = threading.Event()
    phases: list[str] = []

    def progress(p: Progress) -> None:
        phases.append(p.phase)
        if len(phases) == 1:
            threading.Timer(1.5, stop.set).start()

    res = solve(pb, time_limit=60, progress=progress, cancel=stop.is_set)
    assert not check(pb, res)
    assert res.stats.seconds < 6, phases


def test_two_days_break_counting(solve_checked: Solve) -> None:
    slots = tuple(SlotInfo(t, t // 3, t // 3) for t in range(6))
    # 0 has 2 meetings, 1 must be on day 0 and 1 on day 1 (sessions): no break between days
    reqs = (
        Request(1, 0, 1, allowed_sessions=frozenset({0})),
        Request(2, 0, 2, allowed_sessions=frozenset({1})),
    )
    res = solve_checked(Problem(3, slots, (1,), reqs))
    assert res.scheduled == 2 and res.breaks == 0


def test_empty_problem(solve_checked: Solve) -> None:
    res = solve_checked(Problem(0, one_day(3), (1,), ()))
    assert res.scheduled == 0 and res.breaks == 0


def test_contradictory_kept_meetings_are_rejected() -> None:
    from clusterdesk.scheduling.instance import ProblemError

    pb = Problem(
        3,
        one_day(2),
        (1, 2),
        (Request(1, 0, 1), Request(2, 0, 2)),
        locked=(Assignment(1, 0, 1), Assignment(2, 0, 2)),
    )
    with pytest.raises(ProblemError):
        solve(pb, time_limit=1)


def test_lp_bound_counts_over_subscribed_participants() -> None:
    from clusterdesk.scheduling.bounds import lp_upper_bound

    # 0 is wanted by 5 people but there are 3 slots; the others meet nobody else
    pb = Problem(6, one_day(3), (1, 2, 3), tuple(Request(k, 0, k) for k in range(1, 6)))
    assert lp_upper_bound(pb) == pytest.approx(3.0)
    res = solve(pb, time_limit=2)
    assert res.scheduled == 3 and not check(pb, res)


def test_without_child_processes_the_heuristics_still_answer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from clusterdesk.scheduling import parallel

    # an executable that cannot start: every solver child fails to start
    monkeypatch.setattr(parallel, "_command", lambda: [str(tmp_path / "no-such-python")])
    pb = random_problem(random.Random(4), 40, 200, 10, 15, extras=False)
    res = solve(pb, time_limit=3)
    assert not check(pb, res) and res.scheduled > 0
    assert res.optimal is None
