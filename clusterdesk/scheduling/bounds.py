"""Upper bounds on how many requests can be scheduled, to judge a schedule without an optimum.

``lp_upper_bound`` solves the LP relaxation of an *aggregated* model, small enough for 50,000
requests: one variable ``0 <= y_i <= 1`` per request still to place (is it scheduled?) and
- per participant: ``sum y_i <= `` the slots they can still use (one meeting per slot; with a cap,
  at most the cap per session);
- per table resource (free pool, each fixed table): ``sum y_i <= `` its free cells over the slots
  its requests may use.
Every schedule satisfies these, so the LP optimum (plus the kept meetings) bounds the number of
scheduled meetings from above. It drops the coupling of "same slot" across participants, so it is
weaker than the time-indexed LP (2.4 M variables at 50,000 requests x 48 slots) but cheap.
Solved with OR-Tools' GLOP.
"""

from __future__ import annotations

from .instance import Instance, compile_problem, participant_capacity
from .problem import Problem


def lp_upper_bound(problem: Problem, weighted: bool = False) -> float:
    """Upper bound on the number (or priority weight) of meetings in any valid schedule,
    counting kept (locked/existing) meetings."""
    inst = compile_problem(problem)
    kept = len(problem.kept()) if not weighted else _kept_weight(problem)
    return float(kept + placement_bound(inst, weighted))


def placement_bound(inst: Instance, weighted: bool = True) -> float:
    """Upper bound on the number (or priority weight) of ``inst``'s requests any schedule
    places (the aggregated LP above, kept meetings not counted)."""
    from ortools.linear_solver import pywraplp  # slow to import: only when needed

    if inst.n == 0:
        return 0.0
    solver = pywraplp.Solver.CreateSolver("GLOP")
    y = [solver.NumVar(0.0, 1.0, "") for _ in range(inst.n)]
    cap = participant_capacity(inst)
    by_part: list[list[int]] = [[] for _ in range(inst.n_part)]
    by_res: dict[int, list[int]] = {}
    res_slots: dict[int, set[int]] = {}
    for i in range(inst.n):
        by_part[inst.ra[i]].append(i)
        by_part[inst.rb[i]].append(i)
        by_res.setdefault(inst.res[i], []).append(i)
        res_slots.setdefault(inst.res[i], set()).update(inst.allowed[i])
    inf = solver.infinity()
    for p, reqs in enumerate(by_part):
        if len(reqs) > cap[p]:
            row = solver.Constraint(-inf, float(cap[p]))
            for i in reqs:
                row.SetCoefficient(y[i], 1.0)
    for r, reqs in by_res.items():
        room = sum(inst.res_cap[r][t] for t in res_slots[r])
        if len(reqs) > room:
            row = solver.Constraint(-inf, float(room))
            for i in reqs:
                row.SetCoefficient(y[i], 1.0)
    objective = solver.Objective()
    for i in range(inst.n):
        objective.SetCoefficient(y[i], float(inst.weight[i]) if weighted else 1.0)
    objective.SetMaximization()
    status = solver.Solve()
    if status != pywraplp.Solver.OPTIMAL:
        return float(sum(inst.weight) if weighted else inst.n)
    return float(solver.Objective().Value())


def _kept_weight(problem: Problem) -> int:
    by_id = {r.id: r for r in problem.requests}
    return sum(max(1, by_id[a.request_id].priority) for a in problem.kept())
