"""Both exact engines (the first: meetings-per-slot table capacity, one incremental solver; the
second: the capacity on the busy flags, a fresh solver per bound) prove the same optimum as an
exhaustive search, and the second core's portfolio job answers through a real child process."""

from __future__ import annotations

import random
from typing import Any

import pytest

from clusterdesk.scheduling.encoding import Options, encode
from clusterdesk.scheduling.exact import Settings, run_exact, slots_breaks
from clusterdesk.scheduling.instance import compile_problem
from clusterdesk.scheduling.state import IDLE

from .helpers import brute_force, random_problem


@pytest.mark.parametrize("second", [False, True])
@pytest.mark.parametrize("seed", range(10))
def test_exact_engines_prove_the_optimum(seed: int, second: bool) -> None:
    rng = random.Random(seed)
    # odd seeds: every meeting at a free table (the busy-flag capacity applies), one table
    # for a few of them so that the capacity binds
    pb = random_problem(
        rng, n_part=6, n_req=7, n_slots=4, n_tables=1 + seed % 3, extras=seed % 2 == 0
    )
    inst = compile_problem(pb)
    got: list[tuple[Any, ...]] = []
    settings = Settings(busy_tables=second, fresh=second)
    run_exact(inst, settings, None, got.append, list, lambda: False)
    weight, neg_breaks = brute_force(pb)
    optimal = [m for m in got if m[0] == "optimal"]
    assert optimal, got
    _, unplaced, breaks = optimal[-1]
    assert sum(inst.weight) - unplaced == weight
    assert breaks == -neg_breaks
    plans = [m for m in got if m[0] == "improved"]
    slots = plans[-1][1]
    assert slots_breaks(inst, slots) == breaks
    assert sum(w for w, t in zip(inst.weight, slots, strict=True) if t == IDLE) == unplaced


def test_busy_flag_capacity_replaces_the_meeting_capacity() -> None:
    pb = random_problem(random.Random(1), n_part=8, n_req=10, n_slots=4, n_tables=2, extras=False)
    inst = compile_problem(pb)
    chosen = list(range(inst.n))
    plain = encode(inst, chosen, Options())
    pooled = encode(inst, chosen, Options(busy_tables=True))
    assert not plain.atmost_tot and pooled.atmost_tot
    assert all(k == 4 for _lits, k in pooled.atmost_tot)  # two participants per table
    assert len(pooled.atmost) < len(plain.atmost)


def test_portfolio_child_searches_then_proves() -> None:
    """The second core's job in a real child: plans from the search, then the second engine's
    proof, every plan valid for the instance."""
    import time

    from clusterdesk.scheduling.construct import greedy
    from clusterdesk.scheduling.parallel import Child

    pb = random_problem(random.Random(3), 10, 16, 6, 3, extras=False)
    inst = compile_problem(pb)
    start = greedy(inst, random.Random(0)).snapshot()
    child = Child(
        "portfolio", inst, Settings(busy_tables=True, fresh=True), start, 0, 60.0, 0.1, None
    )
    got: list[tuple[Any, ...]] = []
    try:
        give_up = time.monotonic() + 120  # a hang guard, not a speed check
        while not any(m[0] == "optimal" for m in got) and time.monotonic() < give_up:
            got += child.messages()
            time.sleep(0.05)
    finally:
        child.stop()
    assert any(m[0] == "optimal" for m in got), got
    _, unplaced, breaks = next(m for m in got if m[0] == "optimal")
    for m in got:
        if m[0] == "improved":
            assert slots_breaks(inst, m[1]) == m[3]
    first: list[tuple[Any, ...]] = []  # the first engine, in this process, agrees
    run_exact(inst, Settings(), None, first.append, list, lambda: False)
    assert next(m for m in first if m[0] == "optimal")[1:] == (unplaced, breaks)
