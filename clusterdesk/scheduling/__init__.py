"""The meeting scheduler: pure Python on plain ints (no ORM, no Qt). See docs/scheduler.md.

``solve`` is imported lazily so that solver child processes (which import this package) do not
pay for OR-Tools.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .problem import (
    Assignment,
    Problem,
    Progress,
    Request,
    Result,
    SlotInfo,
    Stats,
    Unscheduled,
)
from .validate import check, count_breaks

if TYPE_CHECKING:
    from .solver import solve

__all__ = [
    "Assignment",
    "Problem",
    "Progress",
    "Request",
    "Result",
    "SlotInfo",
    "Stats",
    "Unscheduled",
    "check",
    "count_breaks",
    "solve",
]


def __getattr__(name: str) -> Any:
    if name == "solve":
        from .solver import solve

        return solve
    raise AttributeError(name)
