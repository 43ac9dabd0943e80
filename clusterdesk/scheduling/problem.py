"""The scheduling problem and its result, on plain ints (no ORM, no Qt).

Participants are ``0 .. n_participants - 1``. Slots are ``0 .. len(slots) - 1`` in time order; the
slots of one day form a contiguous range and consecutive indices within a day are consecutive
meeting rounds (a pause between two sessions of the same day is *not* a slot). A **break** is a
maximal run of idle slots between two meetings of one participant on the same day.

Tables: a participant with a fixed table (a host at a booth) meets only there, and a fixed table
is reserved for its hosts (several participants may share one). A meeting of two hosts takes place
at the table of participant ``a`` (the requester). All other meetings use the *free* tables (tables
nobody has as fixed table). So each meeting needs one unit of one *table resource* per slot: its
fixed table (capacity 1) or the free pool (capacity = number of free tables).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

FREE_POOL = -1
"""Table resource of meetings without a host: any free table."""


@dataclass(frozen=True)
class SlotInfo:
    """One meeting round. ``day`` groups slots for break counting; ``session`` is for
    session restrictions and per-session caps."""

    index: int
    day: int
    session: int


@dataclass(frozen=True)
class Request:
    """An accepted meeting request between participants ``a`` and ``b`` (``a != b``).

    ``allowed_sessions``: if not None, the meeting must fall in one of these sessions.
    ``priority``: weight of the request in objective (1); higher is more important (>= 1).
    """

    id: int
    a: int
    b: int
    priority: int = 1
    allowed_sessions: frozenset[int] | None = None


@dataclass(frozen=True)
class Assignment:
    """A meeting placed at ``slot`` and ``table`` (a table id from ``Problem.tables``)."""

    request_id: int
    slot: int
    table: int


@dataclass(frozen=True)
class Problem:
    """Everything the scheduler needs. ``locked`` and ``existing`` assignments are kept exactly as
    they are (slot and table); only the other requests are placed. ``locked`` are hand-placed
    meetings, ``existing`` the already scheduled ones when re-scheduling with keep-existing. A
    kept assignment is trusted: it is not checked against availability or caps, only against
    collisions with other meetings."""

    n_participants: int
    slots: tuple[SlotInfo, ...]
    tables: tuple[int, ...]
    requests: tuple[Request, ...]
    unavailable: dict[int, frozenset[int]] = field(default_factory=dict)
    fixed_table: dict[int, int] = field(default_factory=dict)
    cap_per_session: dict[int, int] = field(default_factory=dict)
    default_cap: int | None = None
    locked: tuple[Assignment, ...] = ()
    existing: tuple[Assignment, ...] = ()

    @property
    def n_slots(self) -> int:
        return len(self.slots)

    @property
    def n_tables(self) -> int:
        return len(self.tables)

    def kept(self) -> tuple[Assignment, ...]:
        """Locked and existing assignments: both stay as they are."""
        return self.locked + self.existing

    def cap(self, participant: int) -> int | None:
        """Meetings per session allowed for ``participant`` (None = no cap)."""
        return self.cap_per_session.get(participant, self.default_cap)

    def table_resource(self, request: Request) -> int:
        """The fixed table the meeting must use, or ``FREE_POOL``."""
        t = self.fixed_table.get(request.a)
        if t is None:
            t = self.fixed_table.get(request.b)
        return FREE_POOL if t is None else t

    def free_tables(self) -> list[int]:
        """Tables that are nobody's fixed table, in the order of ``tables``."""
        fixed = set(self.fixed_table.values())
        return [t for t in self.tables if t not in fixed]


@dataclass(frozen=True)
class Unscheduled:
    request_id: int
    reason: str


REASON_NO_COMMON_SLOT = "no common free slot"
REASON_CAP = "participant cap"
REASON_NO_TABLE = "no table"
REASON_NOT_PLACED = "not placed (no room left in the common free slots)"
REASON_UNKNOWN_PARTICIPANT = "unknown participant"


@dataclass
class Stats:
    """What the solver did: per phase seconds and figures, for logs and benchmarks."""

    phases: list[tuple[str, float, int, int]] = field(default_factory=list)
    lower_bound_breaks: int | None = None
    seconds: float = 0.0
    child_peak_mb: float = 0.0  # largest peak memory of a solver child process (Linux)
    time_limit: float = 0.0
    notes: list[str] = field(default_factory=list)  # e.g. a solver child that failed


@dataclass(frozen=True)
class Result:
    """A valid schedule. ``assignments`` include the kept (locked/existing) ones. ``breaks`` is
    the total over all participants. ``optimal`` is True when the schedule is proven best: no
    valid schedule places more priority weight, and none placing as much has fewer breaks (with
    ``fairness``: among the plans whose break counts differ by at most that much); None when
    not proven. ``lower_bound``: the fewest breaks any such schedule can have, as far as proven
    (None when the placement itself is not proven maximal). ``fair``: whether the plan meets the
    fairness limit (None: no limit asked)."""

    assignments: tuple[Assignment, ...]
    unscheduled: tuple[Unscheduled, ...]
    breaks: int
    optimal: bool | None
    stats: Stats
    lower_bound: int | None = None
    fairness: int | None = None
    fair: bool | None = None

    @property
    def scheduled(self) -> int:
        return len(self.assignments)


@dataclass(frozen=True)
class Progress:
    """Reported to the progress callback after each improvement and phase change.
    ``lower_bound``: the fewest breaks possible as far as proven so far (None: not known yet);
    ``limit``: the time limit in use (seconds); ``optimal``: the plan is proven best."""

    phase: str
    scheduled: int
    breaks: int
    elapsed: float
    lower_bound: int | None = None
    limit: float = 0.0
    optimal: bool = False


ProgressFn = Callable[[Progress], None]
CancelFn = Callable[[], bool]
