"""OR-Tools CP-SAT back ends: (1) place as much priority weight as possible, (2) for a fixed set
of requests, minimise breaks on the propositional model of ``encoding.py``. Both are anytime:
every improving solution goes to ``on_solution``; ``stop`` is polled to end the search early."""

from __future__ import annotations

import time
from collections.abc import Callable

from ortools.sat.python import cp_model

from .encoding import Encoding, encode
from .instance import Instance
from .state import IDLE

OnSolution = Callable[[list[int], int], None]  # slots per request, objective value
StopFn = Callable[[], bool]
ValueFn = Callable[[cp_model.IntVar], bool]


class _Watcher(cp_model.CpSolverSolutionCallback):
    def __init__(self, read: Callable[[ValueFn], list[int]], on_solution: OnSolution, stop: StopFn):
        super().__init__()
        self._read = read
        self._on_solution = on_solution
        self._stop = stop
        self._timer_check = time.monotonic()

    def on_solution_callback(self) -> None:
        self._on_solution(self._read(self.boolean_value), int(round(self.objective_value)))
        if self._stop():
            self.stop_search()


def _params(solver: cp_model.CpSolver, seconds: float, seed: int, workers: int) -> None:
    solver.parameters.max_time_in_seconds = max(0.01, seconds)
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed


def _run(
    model: cp_model.CpModel,
    solver: cp_model.CpSolver,
    watcher: _Watcher,
    stop: StopFn,
    seconds: float,
) -> int:
    """Solve, polling ``stop`` from a helper thread so a cancel ends the search quickly."""
    import threading

    done = threading.Event()

    def poll() -> None:
        while not done.wait(0.05):
            if stop():
                solver.stop_search()
                return

    th = threading.Thread(target=poll, daemon=True)
    th.start()
    try:
        status = solver.solve(model, watcher)
    finally:
        done.set()
        th.join()
    return int(status)


def max_placed(
    inst: Instance,
    hint: list[int],
    seconds: float,
    seed: int,
    on_solution: OnSolution,
    stop: StopFn,
    workers: int = 2,
) -> bool:
    """Maximise the weight of placed requests; True if proven optimal."""
    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    per_pt: dict[tuple[int, int], list[cp_model.IntVar]] = {}
    per_res: dict[tuple[int, int], list[cp_model.IntVar]] = {}
    per_cap: dict[tuple[int, int], list[cp_model.IntVar]] = {}
    for i in range(inst.n):
        lits = []
        for t in inst.allowed[i]:
            v = model.new_bool_var("")
            x[(i, t)] = v
            lits.append(v)
            model.add_hint(v, hint[i] == t)
            for p in (inst.ra[i], inst.rb[i]):
                per_pt.setdefault((p, t), []).append(v)
                if inst.cap_left[p] is not None:
                    per_cap.setdefault((p, inst.sess_index[t]), []).append(v)
            per_res.setdefault((inst.res[i], t), []).append(v)
        model.add_at_most_one(lits)
    for lits in per_pt.values():
        if len(lits) > 1:
            model.add_at_most_one(lits)
    for (r, t), lits in per_res.items():
        if len(lits) > inst.res_cap[r][t]:
            model.add(sum(lits) <= inst.res_cap[r][t])
    for (p, s), lits in per_cap.items():
        left = inst.cap_left[p]
        assert left is not None
        if len(lits) > left[s]:
            model.add(sum(lits) <= left[s])
    model.maximize(sum(inst.weight[i] * v for (i, _t), v in x.items()))

    solver = cp_model.CpSolver()
    _params(solver, seconds, seed, workers)

    def read(value: ValueFn) -> list[int]:
        slots = [IDLE] * inst.n
        for (i, t), v in x.items():
            if value(v):
                slots[i] = t
        return slots

    status = _run(model, solver, _Watcher(read, on_solution, stop), stop, seconds)
    return bool(status == cp_model.OPTIMAL)


def min_breaks(
    inst: Instance,
    chosen: list[int],
    hint: list[int],
    seconds: float,
    seed: int,
    on_solution: OnSolution,
    stop: StopFn,
    workers: int = 1,
    enc: Encoding | None = None,
) -> bool:
    """Place exactly ``chosen`` with fewest breaks (objective = breaks added by these meetings
    beyond the kept ones' own); True if proven optimal."""
    if enc is None:
        enc = encode(inst, chosen)
    model = cp_model.CpModel()
    var = [model.new_bool_var("") for _ in range(enc.n_vars + 1)]

    def lit(v: int) -> cp_model.LiteralT:
        return var[v] if v > 0 else var[-v].negated()

    for c in enc.clauses:
        model.add_bool_or([lit(v) for v in c])
    for lits, k in enc.atmost:
        if k == 1:
            model.add_at_most_one([lit(v) for v in lits])
        else:
            model.add(sum(lit(v) for v in lits) <= k)
    for lits, k in enc.exactly:
        if k == 1:
            model.add_exactly_one([lit(v) for v in lits])
        else:
            model.add(sum(lit(v) for v in lits) == k)
    for lits, k in enc.atleast:
        model.add(sum(lit(v) for v in lits) >= k)
    model.minimize(sum(lit(v) for v in enc.soft))
    for v, val in enumerate(enc.assignment(hint)):
        if v:
            model.add_hint(var[v], val)

    solver = cp_model.CpSolver()
    _params(solver, seconds, seed, workers)

    def read(value: ValueFn) -> list[int]:
        slots = [IDLE] * inst.n
        for (i, t), v in enc.x.items():
            if value(var[v]):
                slots[i] = t
        return slots

    status = _run(model, solver, _Watcher(read, on_solution, stop), stop, seconds)
    return bool(status == cp_model.OPTIMAL)
