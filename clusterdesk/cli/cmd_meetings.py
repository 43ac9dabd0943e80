"""`schedule` and `meetings`: the B2B meeting plan."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from clusterdesk.cli.common import open_db, out, print_json

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from clusterdesk.scheduling.problem import Progress
    from clusterdesk.services.meetings import MeetingPlan


def register(sub: Any) -> None:
    p = sub.add_parser("schedule", help="place accepted meeting requests into slots and tables")
    p.add_argument("event", metavar="EVENT")
    p.add_argument(
        "--keep-existing",
        action="store_true",
        help="only place what is unscheduled; nothing already placed moves",
    )
    p.add_argument("--time-limit", type=float, default=10.0, metavar="SECONDS")
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
    m.add_argument("--json", action="store_true")
    m.set_defaults(handler=cmd_meetings)


def plan_json(plan: MeetingPlan, tz: ZoneInfo) -> dict[str, Any]:
    return {
        "scheduled": plan.scheduled,
        "unscheduled": len(plan.unscheduled),
        "breaks": plan.breaks,
        "meetings": [
            {
                "id": m.id,
                "participants": list(m.participants),
                "slot": m.starts_at.astimezone(tz).isoformat(),
                "table": m.table or None,
                "session": m.session,
                "status": m.status,
                "locked": m.locked,
            }
            for m in plan.meetings
        ],
        "unscheduled_requests": [
            {
                "requester_email": u.requester_email,
                "target_email": u.target_email,
                "reason": u.reason,
            }
            for u in plan.unscheduled
        ],
    }


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


def cmd_schedule(args: argparse.Namespace) -> int:
    from clusterdesk.core.errors import UserError
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
                raise UserError("No plan has been stored yet: one is kept before every run")
            restored = restore_plan(db, stored.id, actor="cli")
            plan = meeting_plan(db)
        finally:
            db.dispose()
        if args.json:
            left_out = [describe(why) for why in restored.left_out]
            done = {"restored": restored.restored, "left_out": left_out}
            print_json({**plan_json(plan, tz), **done})
            return 0
        for why in restored.left_out:
            out(f"left out: {describe(why)}")
        out(f"Restored {restored.restored} meetings of the plan stored {stored.summary}")
        return 0

    def progress(p: Progress) -> None:
        if not args.json and sys.stderr.isatty():
            sys.stderr.write(
                f"\r{p.phase:<12} {p.scheduled} placed, {p.breaks} breaks, {p.elapsed:.1f} s   "
            )

    try:
        summary = "before adding the unscheduled requests"
        if not args.keep_existing:
            summary = "before planning every unlocked meeting anew"
        save_plan(db, summary, actor="cli")
        plan = schedule_meetings(
            db,
            keep_existing=args.keep_existing,
            time_limit=args.time_limit,
            seed=args.seed,
            progress=progress,
        )
    finally:
        db.dispose()
    if not args.json and sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        print_json(plan_json(plan, tz))
    else:
        _print_plan(plan, tz)
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    from clusterdesk.services.events import event_info
    from clusterdesk.services.meetings import meeting_plan

    db = open_db(args.event)
    try:
        tz = event_info(db).tz
        plan = meeting_plan(db)
    finally:
        db.dispose()
    if args.json:
        print_json(plan_json(plan, tz))
    else:
        _print_plan(plan, tz)
    return 0
