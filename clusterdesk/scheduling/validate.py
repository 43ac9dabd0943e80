"""An independent check of a schedule against every hard constraint.

Deliberately written apart from the solver code (plain loops over the input, nothing shared but
the dataclasses) so that the tests can trust it to catch a solver bug.
"""

from __future__ import annotations

from .problem import Assignment, Problem, Result


def count_breaks(problem: Problem, assignments: tuple[Assignment, ...] | list[Assignment]) -> int:
    """Total breaks: per participant and day, the maximal idle runs between two meetings."""
    by_id = {r.id: r for r in problem.requests}
    busy: dict[int, set[int]] = {}
    for asg in assignments:
        req = by_id[asg.request_id]
        busy.setdefault(req.a, set()).add(asg.slot)
        busy.setdefault(req.b, set()).add(asg.slot)
    total = 0
    for slots in busy.values():
        ordered = sorted(slots)
        for prev, cur in zip(ordered, ordered[1:], strict=False):
            same_day = problem.slots[prev].day == problem.slots[cur].day
            if same_day and cur - prev > 1:
                total += 1
    return total


def check(problem: Problem, result: Result) -> list[str]:
    """Every violated hard constraint as a message; an empty list means the schedule is valid."""
    errors: list[str] = []
    by_id = {r.id: r for r in problem.requests}
    kept = {a.request_id: a for a in problem.kept()}
    fixed_tables = set(problem.fixed_table.values())
    seen: set[int] = set()
    who_at: dict[tuple[int, int], int] = {}  # (participant, slot) -> request id
    table_at: dict[tuple[int, int], int] = {}  # (table, slot) -> request id
    per_session: dict[tuple[int, int], int] = {}

    # slots must be in time order, days contiguous
    for i, s in enumerate(problem.slots):
        if s.index != i:
            errors.append(f"slot {i} has index {s.index}")
        if i > 0 and s.day < problem.slots[i - 1].day:
            errors.append(f"slot {i}: days not in order")

    for asg in result.assignments:
        req = by_id.get(asg.request_id)
        if req is None:
            errors.append(f"assignment of unknown request {asg.request_id}")
            continue
        if asg.request_id in seen:
            errors.append(f"request {asg.request_id} scheduled twice")
        seen.add(asg.request_id)
        if not 0 <= asg.slot < len(problem.slots):
            errors.append(f"request {asg.request_id}: slot {asg.slot} does not exist")
            continue
        if asg.table not in problem.tables:
            errors.append(f"request {asg.request_id}: table {asg.table} does not exist")
        if asg.request_id in kept:
            if kept[asg.request_id] != asg:
                errors.append(f"kept request {asg.request_id} moved")
        else:
            slot = problem.slots[asg.slot]
            for p in (req.a, req.b):
                if asg.slot in problem.unavailable.get(p, frozenset()):
                    errors.append(f"request {req.id}: participant {p} unavailable in {asg.slot}")
            if req.allowed_sessions is not None and slot.session not in req.allowed_sessions:
                errors.append(f"request {req.id}: slot {asg.slot} outside allowed sessions")
            want = problem.fixed_table.get(req.a, problem.fixed_table.get(req.b))
            if want is not None and asg.table != want:
                errors.append(f"request {req.id}: at table {asg.table}, host table is {want}")
            if want is None and asg.table in fixed_tables:
                errors.append(f"request {req.id}: uses table {asg.table} reserved for a host")
        for p in (req.a, req.b):
            key = (p, asg.slot)
            if key in who_at:
                errors.append(f"participant {p} in two meetings in slot {asg.slot}")
            who_at[key] = req.id
            sk = (p, problem.slots[asg.slot].session)
            per_session[sk] = per_session.get(sk, 0) + 1
        tkey = (asg.table, asg.slot)
        if tkey in table_at:
            errors.append(f"table {asg.table} used twice in slot {asg.slot}")
        table_at[tkey] = req.id

    for k in kept:
        if k not in seen:
            errors.append(f"kept request {k} missing from the schedule")

    # caps: only a participant with a placed (non-kept) meeting in the session can break it
    placed_sessions = set()
    for asg in result.assignments:
        if asg.request_id in kept or asg.request_id not in by_id:
            continue
        if not 0 <= asg.slot < len(problem.slots):
            continue
        req = by_id[asg.request_id]
        for p in (req.a, req.b):
            placed_sessions.add((p, problem.slots[asg.slot].session))
    for p, sess in placed_sessions:
        cap = problem.cap_per_session.get(p, problem.default_cap)
        if cap is not None and per_session[(p, sess)] > cap:
            errors.append(f"participant {p}: {per_session[(p, sess)]} meetings in session {sess}")

    unscheduled_ids = [u.request_id for u in result.unscheduled]
    if len(set(unscheduled_ids)) != len(unscheduled_ids):
        errors.append("a request is reported unscheduled twice")
    for rid in unscheduled_ids:
        if rid in seen:
            errors.append(f"request {rid} both scheduled and unscheduled")
    if set(unscheduled_ids) | seen != set(by_id):
        errors.append("some requests are neither scheduled nor reported unscheduled")

    valid = [
        a for a in result.assignments if a.request_id in by_id and 0 <= a.slot < len(problem.slots)
    ]
    breaks = count_breaks(problem, valid)
    if breaks != result.breaks:
        errors.append(f"result says {result.breaks} breaks, recount gives {breaks}")
    return errors
