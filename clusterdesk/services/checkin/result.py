"""What a check-in returns: plain, detached data for the desk page, the CLI and other desks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

CHECKED_IN = "checked_in"
ALREADY = "already_checked_in"
REJECTED = "rejected"
UNDONE = "undone"
CHECKED_OUT = "checked_out"

# Reasons (machine values; the CLI and the page turn them into words).
UNKNOWN_CODE = "unknown_code"  # well formed, this event, but nobody has it
NOT_A_CODE = "not_a_code"  # not a badge code at all (scanner noise, another kind of QR)
ALTERED_CODE = "altered_code"  # this event's prefix, wrong check value: a typo or a forgery
OTHER_EVENT = "other_event"  # a badge of another event
CANCELLED = "cancelled"  # the registration was cancelled
UNKNOWN_PARTICIPANT = "unknown_participant"  # no participant with that id
NOT_CHECKED_IN = "not_checked_in"  # undo/check-out of someone who is not checked in
RE_ENTRY = "re_entry"  # checked in earlier, had left, is back inside now

# checkin_log.action values
ACTION_CHECK_IN = "check_in"
ACTION_SCAN_FAILED = "scan_failed"
ACTION_UNDO = "undo"
ACTION_CHECK_OUT = "check_out"


@dataclass(frozen=True)
class Person:
    """The participant as the desk shows them."""

    id: int
    first_name: str
    last_name: str
    email: str
    organization: str
    country: str
    category: str
    category_colour: str
    attention: str
    status: str
    badge_code: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "organization": self.organization,
            "country": self.country,
            "category": self.category,
            "status": self.status,
            "badge_code": self.badge_code,
            "attention": self.attention,
        }


@dataclass(frozen=True)
class CheckInResult:
    """The outcome of one scan or desk action.

    ``checked_in_at``/``desk`` are the time and desk of the (first) check-in: for
    ``already_checked_in`` those of the first one, so the desk can say "already at 09:12, desk 2".
    """

    result: str
    reason: str = ""
    participant: Person | None = None
    checked_in_at: datetime | None = None
    desk: str = ""
    nonce: str = ""
    log_id: int | None = None
    replayed: bool = False  # True when the nonce had been seen: the original outcome, unchanged

    @property
    def attention(self) -> str:
        return self.participant.attention if self.participant else ""

    @property
    def ok(self) -> bool:
        return self.result in (CHECKED_IN, UNDONE, CHECKED_OUT)

    def as_json(self) -> dict[str, Any]:
        return {
            "result": self.result,
            "reason": self.reason or None,
            "participant": self.participant.as_json() if self.participant else None,
            "checked_in_at": self.checked_in_at.isoformat() if self.checked_in_at else None,
            "desk": self.desk or None,
            "attention": self.attention or None,
            "nonce": self.nonce,
        }
