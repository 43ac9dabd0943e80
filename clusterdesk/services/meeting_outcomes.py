"""Meeting outcomes: whether a meeting took place and how it went, one at a time (the grid, CLI
`outcome`: :func:`meeting_edits.set_status`) or many at once (the per-table sheet, CLI
`import outcomes`: :func:`record_outcomes`), on the same rules and the same write
(:func:`meeting_edits.apply_status`).

The rating scale is the one the matchmaking platforms (b2match, the Enterprise Europe Network's
reports) ask participants for: did not take place, insufficient interest, informative but no
cooperation planned, cooperation possible, agreement reached. "Did not take place" is a no-show or
a cancelled meeting; the other four rate a held meeting (:data:`MEETING_RATINGS`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial

from sqlalchemy import select

from clusterdesk.core.errors import RowProblem, UserError
from clusterdesk.core.folding import fold
from clusterdesk.core.messages import CodedError, msg
from clusterdesk.services.events import event_info
from clusterdesk.services.meeting_edits import (
    Change,
    EditRefused,
    apply_status,
    check_outcome,
    get_meeting,
    write,
)
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    MEETING_RATINGS,
    MEETING_STATUSES,
    B2BSession,
    Meeting,
    Participant,
    Slot,
)

NOT_HELD = "not_held"  # the rating "did not take place": a no-show or cancelled meeting
OUTCOMES = (NOT_HELD, *MEETING_RATINGS)  # the rating scale, worst first (stats, reports)
# What people type or export for each rating (folded; the platforms' wordings included).
_RATING_NAMES = {
    NOT_HELD: ("not held", "did not take place", "didn't take place", "not taken place", "0"),
    "no_interest": ("no interest", "insufficient interest", "not interested", "1"),
    "informative": (
        "informative",
        "informative but no cooperation planned",
        "informative, but no cooperation planned",
        "informative, no cooperation planned",
        "2",
    ),
    "cooperation": ("cooperation", "cooperation possible", "3"),
    "agreement": ("agreement", "agreement reached", "4"),
}
_RATINGS_BY_NAME = {
    " ".join(fold(n).replace("_", " ").split()): code
    for code, names in _RATING_NAMES.items()
    for n in (code, *names)
}
_STATUS_NAMES = {
    "held": "held",
    "took place": "held",
    "no show": "no_show",
    "noshow": "no_show",
    "no_show": "no_show",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "scheduled": "scheduled",
}
SIDE_NAMES = {"": "", "a": "a", "b": "b", "both": "both", "neither": "both"}


def parse_rating(text: str) -> str:
    """The rating code of a code, an English label or 0–4 ("" for none); CodedError otherwise."""
    key = " ".join(fold(text).replace("_", " ").replace("-", " ").split())
    if not key:
        return ""
    code = _RATINGS_BY_NAME.get(key) or _RATINGS_BY_NAME.get(key.rstrip("."))
    if code is None:
        raise CodedError(msg("outcome.unknown_rating", text=text))
    return code


def parse_status(text: str) -> str:
    key = " ".join(fold(text).replace("-", " ").split())
    status = _STATUS_NAMES.get(key) or _STATUS_NAMES.get(key.replace(" ", "_"))
    if status is None:
        raise CodedError(msg("outcome.unknown_status", text=text))
    return status


@dataclass(frozen=True)
class Outcome:
    """What happened to one meeting. ``rating`` None keeps a held meeting's rating; NOT_HELD is
    accepted for a no-show or cancelled meeting (and stored as no rating)."""

    meeting_id: int
    status: str
    absent: str = ""
    rating: str | None = None
    row: int = 0  # the input row (the sheet's line, the file's row) for a problem report

    def stored_rating(self) -> str | None:
        if self.rating == NOT_HELD:
            if self.status == "held":
                raise EditRefused(msg("outcome.held_took_place"))
            return ""
        return self.rating


def check(outcome: Outcome) -> None:
    """Refuse a status/side/rating combination that does not fit (no database needed)."""
    check_outcome(outcome.status, outcome.absent, outcome.stored_rating())


class OutcomesRefused(CodedError):
    """Some outcomes could not be recorded; ``problems`` says which and why (each with its
    ``msg``). Nothing changed."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(msg("outcome.refused", n=len(problems)))
        self.code = "outcomes_refused"
        self.problems = problems


def record_outcomes(
    db: EventDB, outcomes: Sequence[Outcome], *, source: str = "", actor: str = ""
) -> Change:
    """Record many outcomes in one transaction: every one is checked, and if any is refused
    (:class:`OutcomesRefused`, row by row) nothing is written. Undo restores them all."""
    if not outcomes:
        return Change(msg("outcome.none"))
    tz = event_info(db).tz
    problems: list[RowProblem] = []
    seen: dict[int, int] = {}
    before: list[Outcome] = []
    changed = 0
    requests_changed = False
    with write(db) as s:
        for o in outcomes:
            try:
                if o.meeting_id in seen:
                    first = seen[o.meeting_id]
                    raise EditRefused(msg("outcome.given_twice", id=o.meeting_id, row=first))
                seen[o.meeting_id] = o.row
                m = get_meeting(s, o.meeting_id)
                old = Outcome(m.id, m.status, m.absent, m.rating)
                if apply_status(s, m, o.status, o.absent, o.stored_rating(), tz, actor) is not None:
                    before.append(old)
                    changed += 1
                    requests_changed |= "cancelled" in (old.status, o.status)
                s.flush()
            except UserError as exc:
                coded = exc.msg if isinstance(exc, CodedError) else None
                problems.append(RowProblem(source, o.row, "", str(exc), coded))
        if problems:
            raise OutcomesRefused(problems)
    summary = msg("outcome.recorded", n=changed)
    if changed < len(outcomes):
        summary = msg("outcome.recorded_some", n=changed, unchanged=len(outcomes) - changed)
    undo = partial(_restore, outcomes=tuple(reversed(before)), actor=actor) if before else None
    ids = tuple(o.meeting_id for o in outcomes)
    return Change(summary, ids, undo, requests_changed)


def _restore(db: EventDB, *, outcomes: tuple[Outcome, ...], actor: str) -> Change:
    restored = [
        Outcome(o.meeting_id, o.status, o.absent, o.rating or "", i + 1)
        for i, o in enumerate(outcomes)
    ]
    change = record_outcomes(db, restored, actor=actor)
    return replace(change, summary=msg("outcome.restored", n=len(outcomes)))


def outcome_of(db: EventDB, meeting_id: int) -> Outcome:
    """A meeting's status, who did not come and its rating, as stored."""
    with db.read() as s:
        m = get_meeting(s, meeting_id)
        return Outcome(m.id, m.status, m.absent, m.rating)


# --- the per-table sheet -------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetLine:
    meeting_id: int
    starts_at: datetime  # event-local
    ends_at: datetime
    names: tuple[str, str]
    status: str
    absent: str
    rating: str


def table_sheet(db: EventDB, table_id: int, session_id: int) -> list[SheetLine]:
    """One table's meetings in one session, in time order (cancelled ones that still hold the
    cell included), for entering their outcomes."""
    tz = event_info(db).tz
    with db.read() as s:
        names = {
            p.id: f"{p.first_name} {p.last_name}".strip()
            for p in s.execute(
                select(Participant.id, Participant.first_name, Participant.last_name)
            )
        }
        rows = s.execute(
            select(
                Meeting.id,
                Slot.starts_at,
                Slot.ends_at,
                Meeting.participant_a_id,
                Meeting.participant_b_id,
                Meeting.status,
                Meeting.absent,
                Meeting.rating,
            )
            .join(Slot, Meeting.slot_id == Slot.id)
            .join(B2BSession, Slot.session_id == B2BSession.id)
            .where(Meeting.table_id == table_id, B2BSession.id == session_id)
            .order_by(Slot.starts_at, Meeting.id)
        ).all()
    return [
        SheetLine(
            r.id,
            r.starts_at.astimezone(tz),
            r.ends_at.astimezone(tz),
            (names.get(r.participant_a_id, "?"), names.get(r.participant_b_id, "?")),
            r.status,
            r.absent,
            r.rating,
        )
        for r in rows
    ]


__all__ = [
    "MEETING_RATINGS",
    "MEETING_STATUSES",
    "NOT_HELD",
    "OUTCOMES",
    "Outcome",
    "OutcomesRefused",
    "check",
    "outcome_of",
    "parse_rating",
    "parse_status",
    "record_outcomes",
    "table_sheet",
]
