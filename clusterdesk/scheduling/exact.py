"""The exact engine: incremental SAT with assumptions over the model of ``encoding.py``.

One SAT solver keeps its learnt clauses from bound to bound:
1. placement (only when the best schedule known leaves requests out): a totalizer over the
   unplaced requests (each counted ``priority`` times) and a search down from the best known
   value ("at most u - 1 left out?") until the solver proves no better placement exists; the
   proven maximum then becomes a hard constraint;
2. breaks: a totalizer over the break literals and a search *up* from the lower bound ("at most
   lb breaks?"): each "no" is a proof that raises the lower bound by one (reported at once, so an
   organiser sees how far from perfect a plan can be), the first "yes" is an optimal schedule.
   With bound 0 every break literal is assumed false (much stronger than the totalizer).
Better schedules found elsewhere (the large-neighbourhood search) arrive as incumbents: their
value ends the search when it meets the lower bound (with ``Settings.phases`` the solver's phases
follow them; off by default, see there).

Two settings are raced on the two cores (``Settings``): the first keeps one incremental solver
and the bound as an assumption on the meetings-per-slot table model; the second takes a fresh
solver per bound with the bound as hard clauses, on the busy-flag table model
(``encoding.Options.busy_tables``); each takes the other's proven placement and bound
(``Exact.take``), and a running call that such a fact answers is dropped at once (between
slices). Measurements in docs/scheduler.md.

SAT calls run in slices of a few thousand conflicts, so that the caller can poll for messages,
cancel, and (in a child process) notice that its parent has gone.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pysat.card import ITotalizer
from pysat.solvers import Solver

from .encoding import Encoding, Options, encode
from .instance import Instance
from .maxsat import hard_clauses, slots_of_model
from .state import IDLE

Send = Callable[[tuple[Any, ...]], None]
Poll = Callable[[], list[tuple[Any, ...]]]

SOLVER = "cd195"
"""CaDiCaL 1.9.5 (see docs/scheduler.md for the measurements behind the choice)."""
SLICE = 4000
"""Conflicts per SAT call slice (about 0.1-0.3 s on the real events). Measured against slices
growing to 32,000 within a call (every slice restarts the search): no gain over the thirty
(sum of CPU s, each engine alone: 108 / 88 against 105 / 93)."""
SOLVER_OPTIONS = {"stabilizeonly": 1}
"""CaDiCaL options for both engines: stable mode only (measured on the thirty real events, each
engine alone from the greedy's plan: the hard "at most lb breaks?" calls need fewer conflicts,
e.g. forum-14.forb0003 on the busy-flag model 2.2 s against 7.9 s; docs/scheduler.md)."""


@dataclass
class Incumbent:
    """The best schedule known: slot per request (IDLE: left out), its unplaced weight and
    breaks."""

    slots: list[int]
    unplaced: int
    breaks: int

    def key(self) -> tuple[int, int]:
        return (self.unplaced, self.breaks)


@dataclass
class Settings:
    solver: str = SOLVER
    fairness: int | None = None
    window: dict[int, tuple[int, int]] = field(default_factory=dict)
    slot_busy: bool = True
    busy_tables: bool = False
    """The free tables' capacity on the busy flags (``encoding.Options.busy_tables``)."""
    fresh: bool = False
    """Each "at most k breaks?" on a fresh solver with the bound as hard clauses (units at
    k = 0) instead of one incremental solver with the bound as an assumption."""
    phases: bool = False
    """Solution-guided search: the solver's phases follow the best plan known. Off: measured,
    it makes the hard calls' running time depend on which plan came when (forum-14.forb0003
    on the busy-flag model 5.3 s to over 15 s over six starting plans; without phases
    4.7-5.4 s)."""
    options: dict[str, int] = field(default_factory=lambda: dict(SOLVER_OPTIONS))
    """Options for the SAT solver (where it takes any: CaDiCaL)."""


class Stopped(Exception):
    """The caller asked to stop (cancel, time up, parent gone)."""


class Exact:
    """Prove the lexicographic optimum (most priority weight placed, then fewest breaks) of
    ``inst`` by incremental SAT; every new fact goes to ``send``:
    ("improved", slots, unplaced, breaks), ("placed-proven", unplaced),
    ("lb", breaks lower bound), ("optimal", unplaced, breaks), ("fairness-impossible",)
    (no plan with the most meetings placed meets the fairness limit: breaks are minimised
    without it)."""

    def __init__(
        self, inst: Instance, settings: Settings, send: Send, poll: Poll, stop: Callable[[], bool]
    ) -> None:
        self.inst = inst
        self.settings = settings
        self.send = send
        self.poll = poll
        self.stop = stop
        self.best: Incumbent | None = None
        self.weights = inst.weight
        self.sat = self._new_solver([])
        self.base: list[list[int]] = []  # the clauses of the current model (for fresh solvers)
        self.enc = Encoding()
        self.top = 0
        self.placed_fixed = 0
        self.proven = False
        self.fair_active = settings.fairness is not None
        self.best_fair: Incumbent | None = None
        # facts proven by the other exact engine (relayed by the parent): the least unplaced
        # weight, and the breaks lower bound for it (used without fairness only)
        self.known_unplaced: int | None = None
        self.known_lb = 0

    # --- incumbents ---------------------------------------------------------------------
    def offer(self, slots: list[int], breaks: int, announce: bool) -> None:
        """A schedule found here (``announce``: tell the caller) or elsewhere."""
        unplaced = sum(w for w, t in zip(self.weights, slots, strict=True) if t == IDLE)
        cand = Incumbent(list(slots), unplaced, breaks)
        better = self.best is None or cand.key() < self.best.key()
        if self.fair_active and self._is_fair(slots):
            if self.best_fair is None or cand.key() < self.best_fair.key():
                self.best_fair = cand
                better = True
        if better:
            if self.best is None or cand.key() < self.best.key():
                self.best = cand
            if announce:
                self.send(("improved", cand.slots, unplaced, breaks))
            if self.enc.x:
                self._phases(cand.slots)

    def _phases(self, slots: list[int]) -> None:
        if not self.settings.phases:
            return
        self.sat.set_phases([v if slots[i] == t else -v for (i, t), v in self.enc.x.items()])

    def _is_fair(self, slots: list[int]) -> bool:
        from .state import State

        d = self.settings.fairness
        assert d is not None
        st = State(self.inst)
        st.load_slots(slots)
        counts = {p: st.breaks_of_mask(m) for p, m in enumerate(st.mask) if m}
        if counts and max(counts.values()) - min(counts.values()) > d:
            return False
        return all(
            lo <= counts.get(p, 0) <= hi
            for p, (lo, hi) in self.settings.window.items()
            if p in counts
        )

    def _inbox(self) -> None:
        for msg in self.poll():
            self.take(msg)

    def take(self, msg: tuple[Any, ...]) -> None:
        """A message from the parent: a plan found elsewhere, or a fact the other exact
        engine proved."""
        if msg[0] == "incumbent":
            self.offer(msg[1], msg[2], announce=False)
        elif msg[0] == "placed-proven":
            self.known_unplaced = int(msg[1])
        elif msg[0] == "lb":
            self.known_lb = max(self.known_lb, int(msg[1]))

    # --- SAT in slices ------------------------------------------------------------------
    def _solve(self, assumptions: list[int], moot: Callable[[], bool] | None = None) -> bool | None:
        """The call's answer; None when ``moot()`` says a fact from elsewhere has answered it
        meanwhile (checked between slices)."""
        while True:
            self._inbox()
            if self.stop():
                raise Stopped
            if moot is not None and moot():
                return None
            self.sat.conf_budget(SLICE)
            res = self.sat.solve_limited(assumptions=assumptions)
            if res is not None:
                return bool(res)

    def _model_slots(self) -> tuple[list[int], int]:
        model = self.sat.get_model()
        assert model is not None
        slots = slots_of_model(self.enc, model, self.inst.n)
        breaks = sum(1 for v in self.enc.soft if model[v - 1] > 0)
        return slots, breaks

    # --- the search ---------------------------------------------------------------------
    def run(self, incumbent: Incumbent | None) -> None:
        """Placement first (fairness plays no part in it: no meeting is dropped to share
        breaks more evenly), then the breaks (with the fairness limit if one is asked and any
        plan with the most meetings placed meets it)."""
        if incumbent is not None:
            self.best = incumbent
        optional = self.best is None or self.best.unplaced > 0
        fair = self.settings.fairness is not None
        try:
            most = 0
            if optional and self._placement_known():
                # proven without a model of its own: straight to the breaks at that placement
                assert self.best is not None
                self._proven_placement(self.best.unplaced)
                most = self.placed_fixed
            elif optional:
                self._build(True, fair=False)
                self._placement()
                most = self.placed_fixed
            else:
                self.send(("placed-proven", 0))
            if optional or fair or not self.enc.x:  # the model for the breaks (all placed:
                self._build(most > 0, fair=fair)  # the stronger one)
                if fair and not self._solve([]):
                    self.send(("fairness-impossible",))
                    self.fair_active = False
                    self._build(most > 0, fair=False)
            self._breaks()
        except Stopped:
            return
        finally:
            self.sat.delete()

    def _build(self, optional: bool, fair: bool) -> None:
        """A fresh solver on the model; with optional placement, the proven least unplaced
        weight (if known) as a hard constraint."""
        self.sat.delete()
        options = Options(
            optional=optional,
            fairness=self.settings.fairness if fair else None,
            window=self.settings.window if fair else {},
            slot_busy=self.settings.slot_busy,
            busy_tables=self.settings.busy_tables,
        )
        self.enc = encode(self.inst, list(range(self.inst.n)), options)
        clauses, self.top = hard_clauses(self.enc)
        self.base = clauses
        self.sat = self._new_solver(clauses)
        if optional and self.proven:
            tot = self._totalizer(self._unplaced_lits(), self.placed_fixed)
            if self.placed_fixed < len(tot.rhs):
                self._add([[-tot.rhs[self.placed_fixed]]])
        if self.best is not None:
            self._phases(self.best.slots)

    def _new_solver(self, clauses: list[list[int]]) -> Solver:
        sat = Solver(name=self.settings.solver)
        if self.settings.options and hasattr(sat.solver, "configure"):
            sat.solver.configure(self.settings.options)  # before any clause
        sat.append_formula(clauses)
        return sat

    def _unplaced_lits(self) -> list[int]:
        """``not placed`` of every request, each counted as often as its priority."""
        return [-self.enc.placed[i] for i in range(self.inst.n) for _ in range(self.weights[i])]

    def _totalizer(self, lits: list[int], ubound: int) -> ITotalizer:
        tot = ITotalizer(lits=lits, ubound=max(1, min(ubound, len(lits))), top_id=self.top)
        self.top = tot.top_id
        self._add(tot.cnf.clauses)
        return tot

    def _add(self, clauses: list[list[int]]) -> None:
        self.sat.append_formula(clauses)
        self.base.extend(clauses)

    def _fresh(self, bound: int) -> None:
        """A new solver on the model with "at most ``bound`` breaks" as hard clauses."""
        self.sat.delete()
        self.sat = self._new_solver(self.base)
        soft = self.enc.soft
        if bound == 0:
            self.sat.append_formula([[-v] for v in soft])
        elif bound < len(soft):
            tot = ITotalizer(lits=soft, ubound=bound + 1, top_id=self.top)
            self.sat.append_formula(tot.cnf.clauses)
            self.sat.add_clause([-tot.rhs[bound]])
            tot.delete()
        if self.best is not None:
            self._phases(self.best.slots)

    def _placement(self) -> None:
        """Find and prove the least unplaced weight (fixed as a hard constraint)."""
        out = self._unplaced_lits()
        if self.best is None:
            self._solve([])  # the hard part without fairness always has a model: place nothing
            slots, breaks = self._model_slots()
            self.offer(slots, breaks, announce=True)
        assert self.best is not None
        if self._placement_known():
            self._fix_unplaced(out, self.best.unplaced)
            return
        tot = self._totalizer(out, self.best.unplaced)
        while self.best.unplaced > 0:
            k = self.best.unplaced - 1
            found = self._solve([-tot.rhs[k]] if k < len(tot.rhs) else [], self._moot_placed(k))
            if not found:  # no better placement (proven here, or by the other engine)
                break
            slots, breaks = self._model_slots()
            self.offer(slots, breaks, announce=True)
        fixed = self.best.unplaced
        if fixed < len(tot.rhs):
            self._add([[-tot.rhs[fixed]]])
        self._proven_placement(fixed)

    def _placement_known(self) -> bool:
        """Whether the best plan's placement is known to be the most possible: the other
        engine proved it, or it meets the LP bound."""
        self._inbox()
        if self.best is None or self.best.unplaced == 0:
            return False
        known = self.known_unplaced is not None and self.best.unplaced <= self.known_unplaced
        return known or self._bound_reached()

    def _proven_placement(self, most: int) -> None:
        self.placed_fixed = most
        self.proven = True
        self.send(("placed-proven", most))

    def _bound_reached(self) -> bool:
        """True when the best placement meets the LP bound (no SAT proof needed: proving that
        no more requests fit is pigeonhole-hard for SAT solvers)."""
        from .bounds import placement_bound

        assert self.best is not None
        total = sum(self.weights)
        return total - self.best.unplaced >= int(placement_bound(self.inst) + 1e-6)

    def _fix_unplaced(self, out: list[int], most: int) -> None:
        tot = self._totalizer(out, most)
        if most < len(tot.rhs):
            self._add([[-tot.rhs[most]]])
        self._proven_placement(most)

    def _moot_placed(self, k: int) -> Callable[[], bool]:
        """Whether "at most ``k`` unplaced?" has been answered elsewhere (the other engine
        proved that more must stay out)."""
        return lambda: self.known_unplaced is not None and self.known_unplaced > k

    def _moot(self, lb: int) -> Callable[[], bool]:
        """Whether "at most ``lb`` breaks?" has been answered elsewhere: the other engine
        proved a higher bound (without fairness), or a plan meeting ``lb`` arrived."""

        def moot() -> bool:
            if self.settings.fairness is None and self.known_lb > lb:
                return True
            best = self.best_fair if self.fair_active else self.best
            return best is not None and best.breaks <= lb

        return moot

    def _breaks(self) -> None:
        enc = self.enc
        lb = enc.lower_bound
        if self.settings.fairness is None:
            lb = max(lb, self.known_lb)
        self.send(("lb", lb))
        tot: ITotalizer | None = None
        while True:
            self._inbox()
            if self.settings.fairness is None and self.known_lb > lb:
                lb = self.known_lb
                self.send(("lb", lb))
            best = self.best_fair if self.fair_active else self.best
            ub = best.breaks if best is not None else len(enc.soft) + 1
            if best is not None and lb >= ub:
                self.send(("optimal", best.unplaced, best.breaks))
                return
            if self.settings.fresh:
                self._fresh(lb)
                assumptions = []
            elif lb == 0:
                assumptions = [-v for v in enc.soft]
            else:
                if tot is None:
                    tot = self._totalizer(enc.soft, lb + 4)
                elif len(tot.rhs) <= lb:
                    tot.increase(ubound=lb + 4, top_id=self.top)
                    self.top = tot.top_id
                    self.sat.append_formula(tot.cnf.clauses[len(tot.cnf.clauses) - tot.nof_new :])
                assumptions = [-tot.rhs[lb]] if lb < len(tot.rhs) else []
            found = self._solve(assumptions, self._moot(lb))
            if found is None:  # answered elsewhere meanwhile: take the new facts
                continue
            if found:
                slots, breaks = self._model_slots()
                self.offer(slots, breaks, announce=True)
                unplaced = sum(w for w, t in zip(self.weights, slots, strict=True) if t == IDLE)
                self.send(("optimal", unplaced, breaks))
                return
            lb += 1
            self.send(("lb", lb))


def run_exact(
    inst: Instance,
    settings: Settings,
    incumbent: Incumbent | None,
    send: Send,
    poll: Poll,
    stop: Callable[[], bool],
) -> None:
    Exact(inst, settings, send, poll, stop).run(incumbent)


def slots_breaks(inst: Instance, slots: list[int]) -> int:
    """Breaks of a schedule given as slot per request (kept meetings included)."""
    from .state import State

    st = State(inst)
    st.load_slots(slots)
    return st.total_breaks()


def deadline_stop(deadline: float, extra: Callable[[], bool] | None = None) -> Callable[[], bool]:
    def stop() -> bool:
        return time.monotonic() >= deadline or bool(extra and extra())

    return stop
