"""The plan before a scheduler run, kept so the run can be undone.

Before the scheduler writes a plan, :func:`save_plan` stores every meeting as it is (in the
``plan_backup`` table, the newest ``KEEP``). :func:`restore_plan` brings a stored plan back in one
write transaction: the meetings the scheduler may move (scheduled and unlocked) are replaced by
those of the stored plan; what was fixed since — locked, held, no-show and cancelled meetings —
stays as it is, and a stored meeting that no longer fits (its request was withdrawn, its cell or
one of its people is taken now, a rule says no) is left out and named. The plan being replaced is
stored first, so a restore can itself be undone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from clusterdesk.core.messages import CodedError, Msg, msg
from clusterdesk.services.meeting_rules import BoardState, Pair, Placed, load_state
from clusterdesk.services.participants import audit
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    REGISTRATION_ACTIVE,
    Meeting,
    MeetingRequest,
    Participant,
    PlanBackup,
)

KEEP = 5
_FIELDS = ("request_id", "a", "b", "slot", "table", "status", "locked", "absent")


@dataclass(frozen=True)
class PlanBackupInfo:
    id: int
    at: datetime  # UTC
    summary: Msg  # what it was kept before ("plan.before_anew", …; an older event's own text)
    meetings: int  # meetings that held a cell then
    movable: int  # of them, those a restore brings back (scheduled, unlocked)


@dataclass(frozen=True)
class Restored:
    backup: PlanBackupInfo
    restored: int
    removed: int  # meetings of the replaced plan taken off (stored first)
    left_out: tuple[Msg, ...]  # "restore.left_out" (who, why): a meeting that could not come back


def _rows(s: Session) -> list[dict[str, Any]]:
    q = select(
        Meeting.request_id,
        Meeting.participant_a_id,
        Meeting.participant_b_id,
        Meeting.slot_id,
        Meeting.table_id,
        Meeting.status,
        Meeting.locked,
        Meeting.absent,
    ).order_by(Meeting.slot_id, Meeting.table_id, Meeting.id)
    return [dict(zip(_FIELDS, (*r[:6], bool(r[6]), r[7]), strict=True)) for r in s.execute(q)]


def _movable(row: dict[str, Any]) -> bool:
    return row["status"] == "scheduled" and not row["locked"]


def _info(b: PlanBackup) -> PlanBackupInfo:
    text = b.meetings or "[]"
    summary = _summary(b.summary)
    if text.startswith('[{"request_id": '):
        # counted in the text as _store writes it (json.dumps of _FIELDS, no free text): the
        # Meetings page asks on every load, and parsing 40,000 stored rows took 80 ms
        rows = text.count('{"request_id": ')
        active = rows - text.count('"status": "cancelled"')
        movable = text.count('"status": "scheduled", "locked": false')
        return PlanBackupInfo(b.id, b.at, summary, active, movable)
    parsed = json.loads(text)
    active = sum(1 for r in parsed if r["status"] != "cancelled")
    return PlanBackupInfo(b.id, b.at, summary, active, sum(1 for r in parsed if _movable(r)))


def _summary(text: str) -> Msg:
    """The stored summary as a message: a code with its parameters (JSON) or a bare code; the
    text of a plan stored before codes existed stays as it is (a code without words)."""
    if text.startswith("{"):
        try:
            data = json.loads(text)
            return Msg(str(data["code"]), {k: str(v) for k, v in data["params"].items()})
        except (ValueError, KeyError, TypeError, AttributeError):
            pass
    return Msg(text)


def _stored(summary: Msg | str) -> str:
    if isinstance(summary, str):
        return summary
    if not summary.params:
        return summary.code
    return json.dumps(
        {"code": summary.code, "params": {k: str(v) for k, v in summary.params.items()}}
    )


def _store(s: Session, summary: Msg | str, actor: str) -> PlanBackup:
    text = _stored(summary)[:300]
    backup = PlanBackup(summary=text, actor=actor[:100], meetings=json.dumps(_rows(s)))
    s.add(backup)
    s.flush()
    old = list(s.scalars(select(PlanBackup.id).order_by(PlanBackup.id.desc()).offset(KEEP)))
    if old:
        s.execute(delete(PlanBackup).where(PlanBackup.id.in_(old)))
    return backup


def save_plan(db: EventDB, summary: Msg | str, *, actor: str = "") -> PlanBackupInfo:
    """Store the meetings as they are now (before a scheduler run); ``summary`` says before
    what ("plan.before_add", "plan.before_anew")."""
    with db.write() as s:
        return _info(_store(s, summary, actor))


def latest_plan(db: EventDB) -> PlanBackupInfo | None:
    with db.read() as s:
        b = s.scalars(select(PlanBackup).order_by(PlanBackup.id.desc()).limit(1)).first()
        return _info(b) if b is not None else None


def list_plans(db: EventDB) -> list[PlanBackupInfo]:
    with db.read() as s:
        return [_info(b) for b in s.scalars(select(PlanBackup).order_by(PlanBackup.id.desc()))]


def restore_plan(db: EventDB, backup_id: int, *, actor: str = "") -> Restored:
    """Bring the stored plan back (see the module doc); one transaction."""
    with db.write() as s:
        b = s.get(PlanBackup, backup_id)
        if b is None:
            raise CodedError(msg("restore.no_plan", id=backup_id))
        info = _info(b)
        wanted = [r for r in json.loads(b.meetings or "[]") if _movable(r)]
        _store(s, msg("plan.before_restore", at=f"{info.at:%Y-%m-%d %H:%M} UTC"), actor)
        movable = (Meeting.status == "scheduled") & Meeting.locked.is_(False)
        removed = s.scalar(select(func.count()).where(movable)) or 0
        s.execute(delete(Meeting).where(movable))
        s.flush()
        board = load_state(s)
        requests = {
            r.id: r
            for r in s.execute(
                select(MeetingRequest.id, MeetingRequest.status, MeetingRequest.session_id)
            )
        }
        active = set(
            s.scalars(select(Participant.id).where(Participant.status == REGISTRATION_ACTIVE))
        )
        placed = {
            rid
            for rid in s.scalars(
                select(Meeting.request_id).where(
                    Meeting.status != "cancelled", Meeting.request_id.is_not(None)
                )
            )
        }
        restored, left_out = 0, list[Msg]()
        for row in wanted:
            request = requests.get(row["request_id"]) if row["request_id"] is not None else None
            pair = Pair(row["a"], row["b"], request.session_id if request else None)
            why = _why_not(board, row, pair, request, active, placed)
            if why:
                who = f"{board.name(pair.a)} — {board.name(pair.b)}"
                left_out.append(msg("restore.left_out", who=who, why=why))
                continue
            _place(s, board, row, pair)
            placed.add(row["request_id"])
            restored += 1
        audit(
            s,
            "meetings.restore_plan",
            "plan_backup",
            backup_id,
            f"restored {restored}, removed {removed}, left out {len(left_out)}",
            actor,
        )
    return Restored(info, restored, removed, tuple(left_out))


def _why_not(
    board: BoardState,
    row: dict[str, Any],
    pair: Pair,
    request: Any,
    active: set[int],
    placed: set[int | None],
) -> Msg | None:
    if row["request_id"] is not None and request is None:
        return msg("restore.request_removed")
    if request is not None and request.status != "accepted":
        return msg("restore.request_status", status=request.status)
    if row["request_id"] in placed:
        return msg("restore.request_fixed")
    for p in (pair.a, pair.b):
        if p not in active:
            return msg("restore.registration_cancelled", name=board.name(p))
    return board.cell_reason(pair, row["slot"], row["table"])


def _place(s: Session, board: BoardState, row: dict[str, Any], pair: Pair) -> None:
    slot, table = row["slot"], row["table"]
    # a cancelled meeting gives its cell up, as it does to the scheduler
    s.execute(
        update(Meeting)
        .where(Meeting.slot_id == slot, Meeting.table_id == table, Meeting.status == "cancelled")
        .values(table_id=None)
    )
    m = Meeting(
        request_id=row["request_id"],
        participant_a_id=pair.a,
        participant_b_id=pair.b,
        slot_id=slot,
        table_id=table,
        status="scheduled",
        locked=False,
    )
    s.add(m)
    s.flush()
    session = board.slot_by_id[slot].session_id
    board.meetings[m.id] = Placed(pair.a, pair.b, slot, table, pair.session_id, "scheduled")
    board.cells[(slot, table)] = m.id
    for p in (pair.a, pair.b):
        board.busy[(p, slot)] = m.id
        board.per_session[(p, session)] = board.per_session.get((p, session), 0) + 1
