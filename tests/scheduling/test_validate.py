"""The validator itself must catch every kind of violation."""

from __future__ import annotations

from clusterdesk.scheduling import Assignment, Problem, Request, Result, Stats, check
from clusterdesk.scheduling.validate import count_breaks

from .helpers import one_day


def _pb(**kw: object) -> Problem:
    base: dict[str, object] = dict(
        n_participants=3,
        slots=one_day(4, 2),
        tables=(1, 2),
        requests=(Request(1, 0, 1), Request(2, 0, 2), Request(3, 1, 2)),
    )
    base.update(kw)
    return Problem(**base)  # type: ignore[arg-type]


def _res(pb: Problem, asg: list[Assignment], breaks: int | None = None) -> Result:
    placed = {a.request_id for a in asg}
    from clusterdesk.scheduling import Unscheduled

    uns = tuple(Unscheduled(r.id, "x") for r in pb.requests if r.id not in placed)
    b = count_breaks(pb, asg) if breaks is None else breaks
    return Result(tuple(asg), uns, b, None, Stats())


def test_valid_schedule_passes() -> None:
    pb = _pb()
    asg = [Assignment(1, 0, 1), Assignment(2, 1, 1), Assignment(3, 2, 1)]
    assert check(pb, _res(pb, asg)) == []


def test_breaks_are_counted_per_day() -> None:
    pb = _pb()
    # participant 0 meets at 0 and 2: one break; 1 at 0 and 3: one break; 2 at 2 and 3: none
    asg = [Assignment(1, 0, 1), Assignment(2, 2, 1), Assignment(3, 3, 1)]
    assert count_breaks(pb, asg) == 2
    from clusterdesk.scheduling import SlotInfo

    two_days = _pb(
        slots=(SlotInfo(0, 0, 0), SlotInfo(1, 0, 0), SlotInfo(2, 1, 1), SlotInfo(3, 1, 1))
    )
    assert count_breaks(two_days, [Assignment(1, 0, 1), Assignment(2, 3, 1)]) == 0
    assert count_breaks(two_days, [Assignment(1, 0, 1), Assignment(2, 1, 1)]) == 0


def test_catches_every_violation() -> None:
    pb = _pb(unavailable={2: frozenset({3})}, fixed_table={1: 2}, cap_per_session={0: 1})
    cases = {
        "two meetings": [Assignment(1, 0, 2), Assignment(2, 0, 1)],
        "unavailable": [Assignment(2, 3, 1)],
        "host table": [Assignment(1, 0, 1)],
        "reserved": [Assignment(2, 0, 2)],
        "table twice": [Assignment(1, 0, 2), Assignment(3, 1, 2), Assignment(2, 1, 1)],
        "cap": [Assignment(1, 0, 2), Assignment(2, 1, 1)],
        "no slot": [Assignment(2, 9, 1)],
        "no table": [Assignment(2, 0, 7)],
        "twice": [Assignment(2, 0, 1), Assignment(2, 1, 1)],
    }
    for name, asg in cases.items():
        assert check(pb, _res(pb, asg)), name
    ok = [Assignment(1, 0, 2), Assignment(2, 2, 1)]
    assert check(pb, _res(pb, ok, breaks=1)) == []  # 0 meets in slots 0 and 2
    assert check(pb, _res(pb, ok, breaks=3)), "wrong break count"


def test_session_restriction_and_kept_meetings() -> None:
    pb = _pb(
        requests=(Request(1, 0, 1, allowed_sessions=frozenset({1})), Request(2, 0, 2)),
        locked=(Assignment(2, 3, 1),),
    )
    assert check(pb, _res(pb, [Assignment(1, 0, 1), Assignment(2, 3, 1)]))  # session
    assert check(pb, _res(pb, [Assignment(1, 2, 1), Assignment(2, 1, 1)]))  # locked moved
    assert check(pb, _res(pb, [Assignment(1, 2, 1)]))  # locked missing
    assert check(pb, _res(pb, [Assignment(1, 2, 1), Assignment(2, 3, 1)])) == []
