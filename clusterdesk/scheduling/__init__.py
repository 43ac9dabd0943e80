"""The meeting scheduler: pure Python on plain ints (no ORM, no Qt). See docs/scheduler.md."""

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
from .solver import solve
from .validate import check, count_breaks

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
