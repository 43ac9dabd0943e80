"""``solve``: the scheduler's entry point. Phases, each improving the best schedule so far:

1. construct: a break-aware greedy, then an ejection repair for requests left over;
2. place-all (small events): if requests are still unplaced, a SAT solver looks for a schedule
   with all of them; if there is none, CP-SAT maximises the placed priority weight;
3. breaks: a descent on single moves, then (small events) exact MaxSAT (RC2) in one child
   process racing a MaxSAT large-neighbourhood search in another; (large events) the descent
   runs until the time limit.
Tables are labelled at the end. Cancel or the time limit returns the best schedule so far.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from .construct import descend, greedy, repair, spread
from .encoding import breaks_lower_bound, encode
from .instance import Instance, compile_problem, participant_capacity
from .maxsat import portfolio, solve_feasible, solve_optimal
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
"""Events with more (request, slot) pairs than this skip the SAT/MaxSAT phases."""
IN_PROCESS_MAX_VARS = 600
"""Events this small run the exact phases in-process (no child start-up cost)."""
POLL = 0.02


class _Run:
    def __init__(
        self,
        problem: Problem,
        time_limit: float,
        seed: int,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> None:
        self.t0 = time.monotonic()
        self.time_limit = time_limit
        self.rng = random.Random(seed)
        self.seed = seed
        self.progress_fn = progress
        self.cancel_fn = cancel
        self.inst: Instance = compile_problem(problem)
        # keep time for labelling tables and building the result (~20 us a request, x2 margin)
        reserve = 0.03 * time_limit + 40e-6 * len(problem.requests)
        self.deadline = self.t0 + max(0.0, time_limit - reserve)
        deg = [0] * self.inst.n_part
        for i in range(self.inst.n):
            deg[self.inst.ra[i]] += 1
            deg[self.inst.rb[i]] += 1
        cap = participant_capacity(self.inst)
        # someone has more requests than usable slots: placing everything is impossible
        self.overloaded = any(d > c for d, c in zip(deg, cap, strict=True))
        self.state = State(self.inst)
        self.stats = Stats()
        self.n_kept = len(problem.kept())
        self.optimal: bool | None = None
        self.lower_bound = 0
        self.exact: list[Child] = []
        self.exact_set: list[int] | None = None

    # --- bookkeeping ----------------------------------------------------------------------
    def stopped(self) -> bool:
        return time.monotonic() >= self.deadline or bool(self.cancel_fn and self.cancel_fn())

    def left(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def report(self, phase: str) -> None:
        el = time.monotonic() - self.t0
        sched = self.state.placed + self.n_kept
        brk = self.state.total_breaks()
        self.stats.phases.append((phase, round(el, 3), sched, brk))
        if self.progress_fn is not None:
            self.progress_fn(Progress(phase, sched, brk, el))

    def offer(self, slots: list[int], phase: str) -> bool:
        """Take ``slots`` if better (weight, then breaks) than the current schedule."""
        cand = State(self.inst)
        cand.load_slots(slots)
        cur = self.state
        if (cand.placed_weight, -cand.total_breaks()) > (cur.placed_weight, -cur.total_breaks()):
            self.state = cand
            self.report(phase)
            return True
        return False

    # --- phases -----------------------------------------------------------------------------
    def construct(self) -> None:
        self.state = greedy(self.inst, self.rng)
        self.report("construct")
        if self.state.placed < self.inst.n and not self.stopped():
            budget = self.t0 + (self.deadline - self.t0) * 0.3
            repair(self.state, self.rng, min(budget, self.deadline))
            self.report("repair")

    def n_pairs(self) -> int:
        return sum(len(a) for a in self.inst.allowed)

    def note_child(self, child: Child) -> None:
        self.stats.child_peak_mb = max(self.stats.child_peak_mb, round(child.peak, 1))

    def start_exact(self, chosen: list[int]) -> None:
        """Start RC2 on ``chosen`` in child processes, one per SAT solver of the portfolio
        (they race everything that follows; the first answer wins)."""
        self.stop_exact()
        names = portfolio(self.time_limit)
        self.exact = [Child("optimal", self.inst, chosen, name) for name in names]
        self.exact_set = chosen

    def stop_exact(self) -> None:
        for child in self.exact:
            child.stop()
            self.note_child(child)
        self.exact = []
        self.exact_set = None

    def exact_done(self) -> bool:
        return all(child.finished for child in self.exact)

    def poll_exact(self) -> str | None:
        """Take an exact solver's answer if there is one: "optimal", "infeasible" or None."""
        for child in self.exact:
            for msg in child.messages():
                if msg[0] == "optimal":
                    self.offer(msg[2], "optimal")
                    self.optimal = self.state.placed == self.inst.n
                    return "optimal"
                if msg[0] == "infeasible":
                    return "infeasible"
        return None

    def place_all(self) -> None:
        """Small events: try to place every request (SAT), else maximise the placed weight."""
        self.report("place-all")
        inst = self.inst
        everything = list(range(inst.n))
        slots: list[int] | None = None
        infeasible = self.overloaded
        if infeasible:
            pass
        elif self.n_pairs() <= IN_PROCESS_MAX_VARS:
            slots = solve_feasible(encode(inst, everything), inst.n)
            infeasible = slots is None
        else:
            budget = time.monotonic() + self.left() * 0.4
            child = Child("feasible", inst, everything)
            try:
                while not child.finished and time.monotonic() < budget and not self.stopped():
                    for msg in child.messages():
                        if msg[0] == "feasible":
                            slots = msg[1]
                        infeasible = msg[0] == "infeasible"
                    answer = self.poll_exact()
                    if answer == "optimal":
                        return
                    infeasible = infeasible or answer == "infeasible"
                    if infeasible:
                        break
                    time.sleep(POLL)
            finally:
                child.stop()
                self.note_child(child)
        if slots is not None:
            self.offer(slots, "place-all")
            return
        tiny = self.n_pairs() <= IN_PROCESS_MAX_VARS
        if infeasible and (tiny or self.left() > 5.0) and not self.stopped():
            # (with less time left, the greedy's set will do: OR-Tools alone takes ~1 s to load)
            self.stop_exact()
            from .cpsat import max_placed  # OR-Tools is slow to import: only when needed

            stop_at = time.monotonic() + self.left() * 0.5
            max_placed(
                inst,
                self.state.snapshot(),
                stop_at - time.monotonic(),
                self.seed,
                lambda s, _v: None if self.offer(s, "place-max") else None,
                self.stopped,
                workers=1 if self.n_pairs() <= IN_PROCESS_MAX_VARS else 2,
            )

    def breaks(self) -> None:
        self.report("breaks")
        if self.optimal:
            return
        descend(self.state, self.rng, self.deadline)
        self.report("descend")
        chosen = [i for i, t in enumerate(self.state.slot_of) if t != IDLE]
        if self.stopped():
            return
        if self.n_pairs() > EXACT_MAX_VARS:
            if self.left() > 5.0:
                self._lns_only()
            return
        kept_only = self.state.total_breaks() - self._chosen_breaks(chosen)
        self.lower_bound = breaks_lower_bound(self.inst, chosen) + kept_only
        self.stats.lower_bound_breaks = self.lower_bound
        if self.state.total_breaks() <= self.lower_bound:
            self.optimal = self.state.placed == self.inst.n
            return
        if self.n_pairs() <= IN_PROCESS_MAX_VARS:
            res = solve_optimal(encode(self.inst, chosen), self.inst.n)
            if res is not None:
                self.offer(res[1], "optimal")
                self.optimal = self.state.placed == self.inst.n
            return
        if not self.exact:  # else RC2 on every request is running: it dominates
            self.start_exact(chosen)
        self._race(chosen)

    def _chosen_breaks(self, chosen: list[int]) -> int:
        touched = {self.inst.ra[i] for i in chosen} | {self.inst.rb[i] for i in chosen}
        return sum(self.state.breaks_of_mask(self.state.mask[p]) for p in touched)

    def _race(self, chosen: list[int]) -> None:
        """Poll the exact children while an LNS child improves the best schedule on the other
        core (measured: started at once it reaches 4 / 10 / 24 breaks on the three hardest real
        events in 9 s, where joining after 70 % of the time gave 13 / 36 / 46)."""
        local: Child | None = None
        try:
            while not self.stopped():
                answer = self.poll_exact()
                if answer == "optimal":
                    break
                exact_done = self.exact_done() or answer == "infeasible"
                if exact_done and self.exact_set != chosen:
                    # RC2 on every request found that they cannot all be placed
                    self.start_exact(chosen)
                    exact_done = False
                if local is None:
                    snap = self.state.snapshot()
                    local = Child("lns", self.inst, snap, self.seed, self.left(), self.lower_bound)
                if local is not None:
                    for msg in local.messages():
                        if msg[0] == "improved":
                            self.offer(msg[2], "lns")
                if self.state.total_breaks() <= self.lower_bound:
                    self.optimal = self.state.placed == self.inst.n
                    break
                if exact_done and local is not None and local.finished:
                    break
                time.sleep(POLL)
        finally:
            if local is not None:
                local.stop()
                self.note_child(local)

    def _lns_only(self) -> None:
        """Large events: the descent has converged; LNS in a child uses the time left."""
        local = Child("lns", self.inst, self.state.snapshot(), self.seed, self.left(), 0)
        try:
            while not self.stopped() and not local.finished:
                for msg in local.messages():
                    if msg[0] == "improved":
                        self.offer(msg[2], "lns")
                time.sleep(POLL * 10)
        finally:
            local.stop()
            self.note_child(local)

    def result(self) -> Result:
        inst = self.inst
        if not (self.cancel_fn and self.cancel_fn()):
            spread(self.state, time.monotonic() + min(0.5, 0.02 * (self.deadline - self.t0)))
        assignments = list(self.inst.problem.kept()) + assign_tables(inst, self.state.snapshot())
        unscheduled = list(inst.rejected) + [
            Unscheduled(inst.reqs[i].id, REASON_NOT_PLACED)
            for i, t in enumerate(self.state.slot_of)
            if t == IDLE
        ]
        self.stats.seconds = round(time.monotonic() - self.t0, 3)
        return Result(
            tuple(assignments),
            tuple(unscheduled),
            self.state.total_breaks(),
            self.optimal,
            self.stats,
        )


def solve(
    problem: Problem,
    *,
    time_limit: float = 10.0,
    seed: int = 0,
    progress: Callable[[Progress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Result:
    """Schedule ``problem`` within ``time_limit`` seconds; see docs/scheduler.md."""
    run = _Run(problem, time_limit, seed, progress, cancel)
    try:
        if IN_PROCESS_MAX_VARS < run.n_pairs() <= EXACT_MAX_VARS and not run.overloaded:
            run.start_exact(list(range(run.inst.n)))
        if run.inst.n:
            run.construct()
            small = run.n_pairs() <= EXACT_MAX_VARS
            if run.state.placed < run.inst.n and small and not run.stopped():
                run.place_all()
            if not run.stopped():
                run.breaks()
    finally:
        run.stop_exact()
    run.report("done")
    return run.result()
