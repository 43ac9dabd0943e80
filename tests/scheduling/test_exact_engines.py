"""Both exact engines (the first: meetings-per-slot table capacity, one incremental solver; the
second: the capacity on the busy flags, a fresh solver per bound) prove the same optimum as an
exhaustive search, facts relayed from the other engine spare work without changing the answer,
and the second core's portfolio job answers through a real child process."""

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
        "portfolio", inst, Settings(busy_tables=True, fresh=True), start, 0, 60.0, (0.01, 0.1), None
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


def _leaves_out(seed: int) -> tuple[Any, list[int], int]:
    """An instance whose optimum leaves requests out, a plan reaching that placement, and the
    optimum's breaks (exhaustive search)."""
    from clusterdesk.scheduling.construct import greedy

    for k in range(seed, seed + 200):
        pb = random_problem(random.Random(k), n_part=5, n_req=9, n_slots=3, n_tables=2)
        inst = compile_problem(pb)
        weight, neg_breaks = brute_force(pb)
        if weight == sum(inst.weight):
            continue
        plan = greedy(inst, random.Random(0)).snapshot()
        placed = sum(w for w, t in zip(inst.weight, plan, strict=True) if t != IDLE)
        if placed == weight:
            return inst, plan, -neg_breaks
    raise AssertionError("no instance leaving requests out")


@pytest.mark.parametrize("seed", [0, 300])
def test_relayed_placement_proof_skips_the_placement_search(seed: int) -> None:
    """The other engine proved the placement of the plan in hand: no placement search (no
    better plan is looked for), straight to the breaks, same optimum."""
    from clusterdesk.scheduling.exact import Incumbent

    inst, plan, breaks = _leaves_out(seed)
    unplaced = sum(w for w, t in zip(inst.weight, plan, strict=True) if t == IDLE)
    sent: list[tuple[Any, ...]] = []
    inbox = [("placed-proven", unplaced)]

    def poll() -> list[tuple[Any, ...]]:
        out = list(inbox)
        inbox.clear()
        return out

    start = Incumbent(plan, unplaced, slots_breaks(inst, plan))
    run_exact(inst, Settings(), start, sent.append, poll, lambda: False)
    assert sent[0] == ("placed-proven", unplaced)
    assert next(m for m in sent if m[0] == "optimal")[1:] == (unplaced, breaks)


@pytest.mark.parametrize("second", [False, True])
def test_relayed_bound_answers_the_running_call(second: bool) -> None:
    """A bound proven elsewhere arrives while the engine works on its own lower one: the
    engine goes on from the relayed bound (its running call answered), reports no bound below
    it afterwards, and proves the same optimum. (On events this small the optimum is at most
    one above the engine's own bound, so the call being dropped and the call being answered
    look alike here; the run must stay right either way.)"""
    for seed in range(100):
        pb = random_problem(random.Random(seed), 6, 7, 4, 2, extras=False)
        inst = compile_problem(pb)
        own = encode(inst, list(range(inst.n)), Options()).lower_bound
        weight, neg_breaks = brute_force(pb)
        if weight == sum(inst.weight) and -neg_breaks > own:
            break
    optimum = -neg_breaks
    sent: list[tuple[Any, ...]] = []

    def poll() -> list[tuple[Any, ...]]:
        # once the engine works on its own first bound: the true one, as the other engine
        # would relay it
        return [("lb", optimum)] if any(m[0] == "lb" for m in sent) else []

    run_exact(inst, Settings(busy_tables=second, fresh=second), None, sent.append, poll, list)
    bounds = [m[1] for m in sent if m[0] == "lb"]
    assert bounds == [own, optimum]
    assert next(m for m in sent if m[0] == "optimal")[2] == optimum
