"""Hypothesis: whatever the small problem, the schedule satisfies every hard constraint."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clusterdesk.scheduling import Assignment, Problem, check, solve
from clusterdesk.scheduling.bounds import lp_upper_bound

from .helpers import random_problem


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    n_part=st.integers(2, 7),
    n_req=st.integers(0, 12),
    n_slots=st.integers(1, 6),
    n_tables=st.integers(1, 3),
    lock=st.booleans(),
)
def test_always_valid(
    seed: int, n_part: int, n_req: int, n_slots: int, n_tables: int, lock: bool
) -> None:
    pb = random_problem(random.Random(seed), n_part, n_req, n_slots, n_tables)
    if lock and pb.requests:
        first = solve(pb, time_limit=2, seed=seed)
        if first.assignments:
            a = first.assignments[0]
            pb = Problem(
                pb.n_participants,
                pb.slots,
                pb.tables,
                pb.requests,
                pb.unavailable,
                pb.fixed_table,
                pb.cap_per_session,
                pb.default_cap,
                locked=(Assignment(a.request_id, a.slot, a.table),),
            )
    res = solve(pb, time_limit=2, seed=seed)
    assert check(pb, res) == []
    assert res.scheduled <= lp_upper_bound(pb) + 1e-6
