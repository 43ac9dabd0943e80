"""`schedule` and `meetings`: the B2B meeting plan."""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import TYPE_CHECKING, Any

from clusterdesk.cli.cmd_backups import backup_first
from clusterdesk.cli.common import JsonRows, open_db, out, print_json_rows

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from zoneinfo import ZoneInfo

    from clusterdesk.scheduling.problem import Progress
    from clusterdesk.services.meetings import MeetingPlan, MeetingRow


def register(sub: Any) -> None:
    p = sub.add_parser("schedule", help="place accepted meeting requests into slots and tables")
    p.add_argument("event", metavar="EVENT")
    p.add_argument(
        "--keep-existing",
        action="store_true",
        help="only place what is unscheduled; nothing already placed moves",
    )
    p.add_argument(
        "--time-limit",
        type=float,
        default=None,
        metavar="SECONDS",
        help="seconds for the whole command (default: by the size of the event, 10 s for a "
        "forum of a few hundred meetings, up to 60 s for 50,000 requests)",
    )
    p.add_argument(
        "--fairness",
        type=int,
        nargs="?",
        const=2,
        default=None,
        metavar="D",
        help="no two participants' break counts may differ by more than D (default D: 2)",
    )
    p.add_argument("--seed", type=int, default=0, metavar="N")
    p.add_argument(
        "--undo",
        action="store_true",
        help="bring back the plan stored before the last scheduler run (every run stores one)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_schedule)

    m = sub.add_parser("meetings", help="list the meeting plan")
    m.add_argument("event", metavar="EVENT")
    m.add_argument(
        "--participant",
        metavar="EMAIL",
        help="only this participant's meetings (every status) and waiting requests",
    )
    m.add_argument("--json", action="store_true")
    m.set_defaults(handler=cmd_meetings)


def plan_json(plan: MeetingPlan, tz: ZoneInfo) -> dict[str, Any]:
    """`meetings --json`: the plan (its ``meetings`` already encoded, one row each)."""
    return {
        "scheduled": plan.scheduled,
        "unscheduled": len(plan.unscheduled),
        "breaks": plan.breaks,
        "meetings": meeting_rows_json(plan.meetings, tz),
        "unscheduled_requests": [
            {
                "requester_email": u.requester_email,
                "target_email": u.target_email,
                "reason": u.reason,
            }
            for u in plan.unscheduled
        ],
    }


class _Encoded(dict[Any, str]):
    """A value's JSON text, worked out once per distinct value (e-mails, tables, slots)."""

    def __init__(self, encode: Callable[[Any], str]) -> None:
        super().__init__()
        self.encode = encode

    def __missing__(self, key: Any) -> str:
        text = self[key] = self.encode(key)
        return text


def meeting_rows_json(meetings: Sequence[MeetingRow], tz: ZoneInfo) -> JsonRows:
    """Each meeting as the JSON object ``{"id", "participants", "slot", "table", "session",
    "status", "locked"}`` (exactly the text ``json.JSONEncoder(ensure_ascii=False)`` writes for
    that dict, terminal-safe as ``json_for_terminal`` makes it), from a per-row template: the
    text of every e-mail, table, session and slot start is made (and escaped) once, not once
    per meeting (40,000 meetings share 5,000 people and 48 slots)."""
    import json

    from clusterdesk.core.safe_text import json_for_terminal

    plain = json.JSONEncoder(ensure_ascii=False).encode

    def encode(value: Any) -> str:
        return json_for_terminal(plain(value))

    text = _Encoded(encode)
    slot = _Encoded(lambda when: encode(when.astimezone(tz).isoformat()))
    table = _Encoded(lambda label: encode(label or None))
    locked = ("false", "true")
    return JsonRows(
        f'{{"id": {m.id}, "participants": [{text[m.participants[0]]}, '
        f'{text[m.participants[1]]}], "slot": {slot[m.starts_at]}, "table": {table[m.table]}, '
        f'"session": {text[m.session]}, "status": {text[m.status]}, '
        f'"locked": {locked[bool(m.locked)]}}}'
        for m in meetings
    )


def _print_plan(plan: MeetingPlan, tz: ZoneInfo) -> None:
    for m in plan.meetings:
        when = m.starts_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
        out(f"{when}  {m.table:<6} {m.names[0]} — {m.names[1]}" + (" (locked)" if m.locked else ""))
    for u in plan.unscheduled:
        out(f"unscheduled: {u.requester_email} — {u.target_email}: {u.reason}")
    out(
        f"{plan.scheduled} meetings scheduled, {len(plan.unscheduled)} unscheduled, "
        f"{plan.breaks} breaks"
    )


def schedule_json(plan: MeetingPlan, tz: ZoneInfo) -> dict[str, Any]:
    """`schedule --json`: the plan plus what the scheduler proved (keys only added)."""
    data = plan_json(plan, tz)
    low, high = plan.spread
    data.update(
        {
            "optimal": bool(plan.optimal),
            "lower_bound": plan.lower_bound,
            "time_limit": plan.time_limit,
            "seconds": plan.seconds,
            "fairness": plan.fairness,
            "fair": plan.fair,
            "spread": {"min": low, "max": high},
            "participants": [
                {
                    "email": b.email,
                    "meetings": b.meetings,
                    "breaks": b.breaks,
                    "unavoidable": b.unavoidable,
                    "reasons": list(b.reasons),
                }
                for b in plan.participants
            ],
        }
    )
    return data


def _print_outcome(plan: MeetingPlan) -> None:
    for b in plan.participants:
        if b.unavoidable:
            out(
                f"unavoidable: {b.name or b.email}: {b.unavoidable} of {b.breaks} breaks "
                f"({', '.join(b.reasons) or 'own meetings'})"
            )
    if plan.optimal:
        out(f"proven optimal ({plan.seconds:.1f} s of {plan.time_limit:.0f} s)")
    elif plan.lower_bound is not None:
        out(
            f"not proven optimal: no plan has fewer than {plan.lower_bound} breaks "
            f"({plan.seconds:.1f} s of {plan.time_limit:.0f} s)"
        )
    if plan.fairness is not None:
        low, high = plan.spread
        state = "met" if plan.fair else "NOT met"
        out(f"fairness {plan.fairness}: {state} (breaks per participant {low}–{high})")


def _process_started() -> float:
    """``time.monotonic()`` at the start of this process where the system tells (Linux), else
    now: the time limit counts from when the user started the command."""
    try:
        with open("/proc/self/stat") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        age = uptime - ticks / os.sysconf("SC_CLK_TCK")
        if 0 <= age < 3600:
            return time.monotonic() - age
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return time.monotonic()


def cmd_schedule(args: argparse.Namespace) -> int:
    started = _process_started()
    from clusterdesk.core.messages import CodedError, msg
    from clusterdesk.scheduling.parallel import guard_signals
    from clusterdesk.services.auto_backups import SCHEDULE
    from clusterdesk.services.events import event_info
    from clusterdesk.services.meetings import meeting_plan, schedule_meetings
    from clusterdesk.services.plan_backups import latest_plan, restore_plan, save_plan

    db = open_db(args.event)
    tz = event_info(db).tz
    if args.undo:
        from clusterdesk.cli.words import describe

        try:
            stored = latest_plan(db)
            if stored is None:
                raise CodedError(msg("restore.nothing_stored"))
            restored = restore_plan(db, stored.id, actor="cli")
            plan = meeting_plan(db)
        finally:
            db.dispose()
        if args.json:
            left_out = [describe(why) for why in restored.left_out]
            done = {"restored": restored.restored, "left_out": left_out}
            print_json_rows({**plan_json(plan, tz), **done})
            return 0
        for why in restored.left_out:
            out(f"left out: {describe(why)}")
        out(f"Restored {restored.restored} meetings of the plan stored {describe(stored.summary)}")
        return 0

    def progress(p: Progress) -> None:
        if not args.json and sys.stderr.isatty():
            bound = "" if p.lower_bound is None else f" (≥ {p.lower_bound})"
            sys.stderr.write(
                f"\r{p.phase:<16} {p.scheduled} placed, {p.breaks} breaks{bound}, "
                f"{p.elapsed:.1f} s of {p.limit:.0f} s   "
            )

    try:
        save_plan(
            db, msg("plan.before_add" if args.keep_existing else "plan.before_anew"), actor="cli"
        )
        with guard_signals():
            backup_first(db, SCHEDULE)  # the app's automatic backup, before the run writes
            plan = schedule_meetings(
                db,
                keep_existing=args.keep_existing,
                time_limit=args.time_limit,
                seed=args.seed,
                progress=progress,
                fairness=args.fairness,
                started=started,
            )
    finally:
        db.dispose()
    if not args.json and sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        print_json_rows(schedule_json(plan, tz))
    else:
        _print_plan(plan, tz)
        _print_outcome(plan)
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    from clusterdesk.core.heap import quiet_gc
    from clusterdesk.services.events import event_info
    from clusterdesk.services.meetings import meeting_plan
    from clusterdesk.services.participant_plan import participant_plan

    db = open_db(args.event)
    try:
        tz = event_info(db).tz
        if args.participant is not None:
            plan = participant_plan(db, args.participant)
        else:
            with quiet_gc():  # 40,000 meetings: no collector passes over them while they are read
                plan = meeting_plan(db)
    finally:
        db.dispose()
    if args.json:
        print_json_rows(plan_json(plan, tz))
    else:
        _print_plan(plan, tz)
    return 0
