"""``solve``: the scheduler's entry point (see docs/scheduler.md).

1. construct: a break-aware greedy, an ejection repair for requests left over, a descent;
2. then, in parallel on the machine's cores (child processes):
   - the exact engine (``exact.py``: incremental SAT, proves the placement and raises the lower
     bound on breaks step by step; its first "yes" is an optimal schedule);
   - a large-neighbourhood search (``lns.py``, anytime) for a short first share of the time,
     then a second exact engine on another model, then (when the run is not proven by the
     last share) the search again (``PORTFOLIO_SHARES``);
   the parent relays every better schedule between them and stops as soon as the best schedule
   meets the proven lower bound, at the time limit, or on cancel.
   Tiny events run the exact engine in-process; huge ones (beyond ``EXACT_MAX_VARS``
   request-slot pairs) only the search.
Tables are labelled at the end. Cancel or the time limit returns the best schedule so far.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

from .construct import descend, greedy, repair, spread
from .encoding import fair_window
from .exact import Incumbent, Settings, Stopped, run_exact
from .instance import Instance, compile_problem
from .parallel import Child
from .problem import (
    REASON_NOT_PLACED,
    CancelFn,
    Problem,
    Progress,
    ProgressFn,
    Result,
    Stats,
    Unscheduled,
)
from .state import IDLE, State
from .tables import assign_tables

EXACT_MAX_VARS = 60_000
"""Events with more (request, slot) pairs than this skip the exact engine."""
IN_PROCESS_MAX_VARS = 600
"""Events this small run the exact engine in-process (no child start-up cost)."""
POLL = 0.02
PORTFOLIO_SHARES = (0.1, 0.15)
"""The second child's first and last shares of the time for the large-neighbourhood search;
the second exact engine runs in between, and the last share only when the run is unproven by
then (see ``jobs.portfolio_job``)."""
DENSE = 0.8
"""Meetings per table-slot from which the implied "busy participants per slot" constraints are
added (measured: they turn the proofs on nearly full events from minutes into seconds and slow
the search on loose ones)."""


def auto_time_limit(problem: Problem) -> float:
    """The default time limit for ``problem``: 10 s up to the size of a large forum, growing
    with the number of (request, slot) pairs to 60 s at 5,000 participants and 50,000
    requests over 48 slots."""
    pairs = len(problem.requests) * max(1, problem.n_slots)
    if pairs <= 250_000:
        return 10.0
    return min(60.0, 10.0 + 50.0 * (pairs - 250_000) / 2_150_000)


class _Run:
    def __init__(
        self,
        problem: Problem,
        time_limit: float,
        seed: int,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        fairness: int | None,
    ) -> None:
        self.t0 = time.monotonic()
        self.time_limit = time_limit
        self.rng = random.Random(seed)
        self.seed = seed
        self.progress_fn = progress
        self.cancel_fn = cancel
        self.fairness = fairness
        self.inst: Instance = compile_problem(problem)
        # keep time for labelling tables and building the result (~20 us a request, x2 margin)
        reserve = 0.03 * time_limit + 40e-6 * len(problem.requests)
        self.deadline = self.t0 + max(0.0, time_limit - reserve)
        self.state = State(self.inst)
        self.stats = Stats(time_limit=time_limit)
        self.n_kept = len(problem.kept())
        self.total_weight = sum(self.inst.weight)
        self.lower_bound: int | None = None  # breaks, valid once the placement is proven
        self.placed_proven: int | None = None  # least unplaced weight, once proven
        self.optimal = False
        self.fair_impossible = False
        self.exact: Child | None = None
        self.local: Child | None = None

    # --- bookkeeping ----------------------------------------------------------------------
    def stopped(self) -> bool:
        return time.monotonic() >= self.deadline or bool(self.cancel_fn and self.cancel_fn())

    def left(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def n_pairs(self) -> int:
        return sum(len(a) for a in self.inst.allowed)

    def report(self, phase: str) -> None:
        el = time.monotonic() - self.t0
        sched = self.state.placed + self.n_kept
        brk = self.state.total_breaks()
        self.stats.phases.append((phase, round(el, 3), sched, brk))
        if self.progress_fn is not None:
            lb = self.lower_bound if self.placed_proven is not None else None
            self.progress_fn(Progress(phase, sched, brk, el, lb, self.time_limit, self.optimal))

    def unfair(self, st: State) -> int:
        """How far ``st`` is beyond the fairness limit (0: fair, no limit asked, or no plan
        with the most meetings placed can meet it)."""
        if self.fairness is None or self.fair_impossible:
            return 0
        counts = [st.breaks_of_mask(m) for m in st.mask if m]
        return max(0, (max(counts) - min(counts) if counts else 0) - self.fairness)

    def key(self, st: State) -> tuple[int, int, int]:
        """Most priority weight placed, then fairness, then fewest breaks."""
        return (self.total_weight - st.placed_weight, self.unfair(st), st.total_breaks())

    def offer(self, slots: list[int], phase: str) -> bool:
        """Take ``slots`` if better than the current schedule; tell the other solver."""
        cand = State(self.inst)
        cand.load_slots(slots)
        if self.key(cand) >= self.key(self.state):
            return False
        self.state = cand
        self.report(phase)
        self.check_optimal()
        msg = ("incumbent", list(slots), cand.total_breaks(), self.unplaced())
        for child in (self.exact, self.local):
            if child is not None and not (child.kind == phase):
                child.send(msg)
        return True

    def unplaced(self) -> int:
        return self.total_weight - self.state.placed_weight

    def check_optimal(self) -> None:
        if (
            self.placed_proven is not None
            and self.lower_bound is not None
            and self.unplaced() <= self.placed_proven
            and self.state.total_breaks() <= self.lower_bound
            and not self.unfair(self.state)
        ):
            self.optimal = True

    def on_exact(self, msg: tuple[Any, ...], phase: str = "exact") -> None:
        kind = msg[0]
        if kind == "improved":
            self.offer(msg[1], phase)
        elif kind == "placed-proven":
            self.placed_proven = int(msg[1])
            self.lower_bound = max(self.lower_bound or 0, 0)
            self.check_optimal()
            self.report("placement-proven")
            self.relay(msg, phase)
        elif kind == "lb":
            self.lower_bound = max(self.lower_bound or 0, int(msg[1]))
            self.check_optimal()
            self.report("bound")
            self.relay(("lb", self.lower_bound), phase)
        elif kind == "optimal":
            self.placed_proven = int(msg[1])
            self.lower_bound = int(msg[2])
            self.check_optimal()
            self.report("optimal")
        elif kind == "fairness-impossible":
            self.fair_impossible = True
            self.stats.notes.append(
                "no plan with the most meetings placed meets the fairness limit"
            )
            self.report("fairness-impossible")

    def relay(self, msg: tuple[Any, ...], phase: str) -> None:
        """A proven fact to the other child (the other exact engine starts from it)."""
        for child in (self.exact, self.local):
            if child is not None and child.kind != phase:
                child.send(msg)

    # --- phases -----------------------------------------------------------------------------
    def construct(self) -> None:
        self.state = greedy(self.inst, self.rng)
        self.report("construct")
        if self.state.placed < self.inst.n and not self.stopped():
            budget = self.t0 + (self.deadline - self.t0) * 0.3
            repair(self.state, self.rng, min(budget, self.deadline))
            self.report("repair")
        descend(self.state, self.rng, self.deadline)
        self.report("descend")

    def settings(self) -> Settings:
        inst = self.inst
        cells = sum(sum(row) for row in inst.res_cap)
        dense = inst.n >= DENSE * cells
        window: dict[int, tuple[int, int]] = {}
        if self.fairness is not None:
            placing = {inst.ra[i] for i in range(inst.n)} | {inst.rb[i] for i in range(inst.n)}
            st = self.state
            fixed = {
                p: st.breaks_of_mask(st.mask[p])
                for p in range(inst.n_part)
                if p not in placing and inst.kept_busy[p]
            }
            w = fair_window(fixed, self.fairness)
            window = dict.fromkeys(placing, w if w is not None else (1, 0))
        return Settings(fairness=self.fairness, window=window, slot_busy=dense)

    def second_settings(self) -> Settings:
        """The second exact engine's: the tables' capacity on the busy flags, a fresh solver
        per bound (measured: the two engines win on different events)."""
        first = self.settings()
        return Settings(
            fairness=first.fairness,
            window=first.window,
            slot_busy=first.slot_busy,
            busy_tables=True,
            fresh=True,
        )

    def incumbent(self) -> Incumbent:
        st = self.state
        return Incumbent(st.snapshot(), self.unplaced(), st.total_breaks())

    def exact_in_process(self) -> None:
        def stop() -> bool:
            return self.stopped()

        try:
            run_exact(self.inst, self.settings(), self.incumbent(), self.on_exact, list, stop)
        except Stopped:
            pass

    def race(self) -> None:
        """Poll the children until the plan is proven optimal, time is up, or cancel."""
        while not self.stopped() and not self.optimal:
            for child in (self.exact, self.local):
                if child is None:
                    continue
                for msg in child.messages():
                    if child is self.exact or child.kind == "portfolio":
                        self.on_exact(msg, child.kind)
                    elif msg[0] == "improved":
                        self.offer(msg[1], "lns")
            if self.optimal:
                break
            if all(c is None or c.finished for c in (self.exact, self.local)):
                break
            time.sleep(POLL)

    def stop_children(self) -> None:
        for child in (self.exact, self.local):
            if child is not None:
                child.stop()
                self.stats.child_peak_mb = max(self.stats.child_peak_mb, round(child.peak, 1))
                if child.error:
                    self.stats.notes.append(f"{child.kind} child failed: {child.error[-300:]}")

    def _is_fair(self) -> bool:
        st = self.state
        counts = [st.breaks_of_mask(m) for m in st.mask if m]
        return not counts or max(counts) - min(counts) <= (self.fairness or 0)

    def result(self) -> Result:
        inst = self.inst
        if not (self.cancel_fn and self.cancel_fn()):
            spread(self.state, time.monotonic() + min(0.5, 0.02 * (self.deadline - self.t0)))
        assignments = list(inst.problem.kept()) + assign_tables(inst, self.state.snapshot())
        unscheduled = list(inst.rejected) + [
            Unscheduled(inst.reqs[i].id, REASON_NOT_PLACED)
            for i, t in enumerate(self.state.slot_of)
            if t == IDLE
        ]
        self.stats.seconds = round(time.monotonic() - self.t0, 3)
        lb = self.lower_bound if self.placed_proven is not None else None
        if lb is not None and self.unplaced() > (self.placed_proven or 0):
            lb = None  # the bound is for a placement this plan does not reach
        self.stats.lower_bound_breaks = lb
        return Result(
            tuple(assignments),
            tuple(unscheduled),
            self.state.total_breaks(),
            True if self.optimal else None,
            self.stats,
            lower_bound=lb,
            fairness=self.fairness,
            fair=None if self.fairness is None else self._is_fair(),
        )


def solve(
    problem: Problem,
    *,
    time_limit: float | None = None,
    seed: int = 0,
    progress: Callable[[Progress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    fairness: int | None = None,
) -> Result:
    """Schedule ``problem`` within ``time_limit`` seconds (None: ``auto_time_limit``); with
    ``fairness`` d, no two participants' break counts differ by more than d. See
    docs/scheduler.md."""
    limit = auto_time_limit(problem) if time_limit is None else time_limit
    run = _Run(problem, limit, seed, progress, cancel, fairness)
    pairs = run.n_pairs()
    try:
        if IN_PROCESS_MAX_VARS < pairs <= EXACT_MAX_VARS:
            # started first: the interpreter and the model build overlap the greedy
            run.exact = Child("exact", run.inst, run.settings(), None, run.left())
        if run.inst.n:
            run.construct()
            if run.exact is not None:
                inc = run.incumbent()
                run.exact.send(("incumbent", inc.slots, inc.breaks, inc.unplaced))
        if run.inst.n and not run.stopped():
            _search(run, pairs)
    finally:
        run.stop_children()
    run.report("done")
    return run.result()


def _search(run: _Run, pairs: int) -> None:
    if pairs <= IN_PROCESS_MAX_VARS:
        run.exact_in_process()
        return
    pooled = all(r == 0 for r in run.inst.res)  # every meeting at a free table
    if run.exact is not None and pooled:
        # the second core: the search, a second exact engine on the other model, the search
        # (with host tables that model does not apply, and the search keeps the core)
        run.local = Child(
            "portfolio",
            run.inst,
            run.second_settings(),
            run.state.snapshot(),
            run.seed,
            run.left(),
            PORTFOLIO_SHARES,
            run.fairness,
        )
    else:
        run.local = Child(
            "lns",
            run.inst,
            run.state.snapshot(),
            run.seed,
            run.left(),
            0,
            run.fairness,
        )
    run.race()
