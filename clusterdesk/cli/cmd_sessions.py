"""`sessions add` / `sessions list` and `tables`: the B2B set-up."""

from __future__ import annotations

import argparse
from typing import Any

from clusterdesk.cli.common import open_db, out, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("sessions", help="B2B meeting sessions")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a session and cut it into slots")
    add.add_argument("event", metavar="EVENT")
    add.add_argument("--name", required=True)
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--start", required=True, metavar="HH:MM")
    add.add_argument("--end", required=True, metavar="HH:MM")
    add.add_argument("--slot-minutes", required=True, type=int, metavar="N")
    add.add_argument(
        "--break",
        dest="pauses",
        action="append",
        default=[],
        metavar="HH:MM-HH:MM",
        help="a pause inside the session (repeatable)",
    )
    add.set_defaults(handler=cmd_sessions_add)
    ls = actions.add_parser("list", help="list the sessions")
    ls.add_argument("event", metavar="EVENT")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_sessions_list)

    t = sub.add_parser("tables", help="make sure meeting tables PREFIX1..PREFIXN exist")
    t.add_argument("event", metavar="EVENT")
    t.add_argument("--count", required=True, type=int, metavar="N")
    t.add_argument("--prefix", default="T", metavar="TEXT")
    t.set_defaults(handler=cmd_tables)


def cmd_sessions_add(args: argparse.Namespace) -> int:
    from clusterdesk.core.timeslots import parse_hhmm, parse_hhmm_range
    from clusterdesk.services.events import parse_date
    from clusterdesk.services.sessions import add_session

    day = parse_date(args.date, "--date")
    start, end = parse_hhmm(args.start, "--start"), parse_hhmm(args.end, "--end")
    pauses = [parse_hhmm_range(p, "--break") for p in args.pauses]
    db = open_db(args.event)
    try:
        info = add_session(
            db,
            name=args.name,
            day=day,
            start=start,
            end=end,
            slot_minutes=args.slot_minutes,
            pauses=pauses,
        )
    finally:
        db.dispose()
    out(f"Session {info.name!r} on {info.day}: {info.slots} slots of {info.slot_minutes} minutes")
    return 0


def cmd_sessions_list(args: argparse.Namespace) -> int:
    from clusterdesk.services.sessions import list_sessions

    db = open_db(args.event)
    sessions = list_sessions(db)
    db.dispose()
    if args.json:
        print_json(
            {
                "sessions": [
                    {
                        "id": s.id,
                        "name": s.name,
                        "date": s.day.isoformat(),
                        "start": f"{s.start:%H:%M}",
                        "end": f"{s.end:%H:%M}",
                        "slot_minutes": s.slot_minutes,
                        "breaks": s.pauses,
                        "slots": s.slots,
                    }
                    for s in sessions
                ]
            }
        )
        return 0
    for s in sessions:
        out(f"{s.name:<24} {s.day} {s.start:%H:%M}-{s.end:%H:%M}  {s.slots} × {s.slot_minutes} min")
    return 0


def cmd_tables(args: argparse.Namespace) -> int:
    from clusterdesk.services.sessions import ensure_tables

    db = open_db(args.event)
    try:
        labels = ensure_tables(db, args.count, args.prefix)
    finally:
        db.dispose()
    out(f"{len(labels)} tables")
    return 0
