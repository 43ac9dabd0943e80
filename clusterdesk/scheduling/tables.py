"""Table labels, given the slots: hosts at their fixed table, everybody else on the free tables,
keeping a participant at the table of their previous meeting where possible (fewer walks)."""

from __future__ import annotations

from .instance import Instance
from .problem import FREE_POOL, Assignment
from .state import IDLE


def assign_tables(inst: Instance, slots: list[int]) -> list[Assignment]:
    """Assignments for the placed requests (kept ones not included)."""
    problem = inst.problem
    free_tables = problem.free_tables()
    free_set = set(free_tables)
    by_slot: list[list[int]] = [[] for _ in range(inst.n_slots)]
    for i, t in enumerate(slots):
        if t != IDLE:
            by_slot[t].append(i)
    taken: list[set[int]] = [set() for _ in range(inst.n_slots)]
    table_at: dict[tuple[int, int], int] = {}  # (participant, slot) -> table
    by_id = {r.id: r for r in problem.requests}
    for asg in problem.kept():
        taken[asg.slot].add(asg.table)
        req = by_id[asg.request_id]
        table_at[(req.a, asg.slot)] = asg.table
        table_at[(req.b, asg.slot)] = asg.table

    out: list[Assignment] = []
    for t in range(inst.n_slots):
        pending: list[int] = []
        for i in by_slot[t]:
            r = inst.res_table[inst.res[i]]
            if r != FREE_POOL:
                _put(out, table_at, taken, inst, i, t, r)
            else:
                pending.append(i)
        rest: list[int] = []
        for i in pending:  # stay at the table of the previous slot when it is free now
            prev = [
                table_at.get((p, t - 1))
                for p in (inst.ra[i], inst.rb[i])
                if t > 0 and not inst.day_start(t)
            ]
            choice = next(
                (x for x in prev if x is not None and x in free_set and x not in taken[t]),
                None,
            )
            if choice is None:
                rest.append(i)
            else:
                _put(out, table_at, taken, inst, i, t, choice)
        spare = iter([x for x in free_tables if x not in taken[t]])
        for i in rest:
            _put(out, table_at, taken, inst, i, t, next(spare))
    return out


def _put(
    out: list[Assignment],
    table_at: dict[tuple[int, int], int],
    taken: list[set[int]],
    inst: Instance,
    i: int,
    t: int,
    table: int,
) -> None:
    out.append(Assignment(inst.reqs[i].id, t, table))
    taken[t].add(table)
    table_at[(inst.ra[i], t)] = table
    table_at[(inst.rb[i], t)] = table
