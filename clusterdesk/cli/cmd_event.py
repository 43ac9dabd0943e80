"""`new` and `demo`: create events."""

from __future__ import annotations

import argparse
from typing import Any

from clusterdesk.cli.common import out


def register(sub: Any) -> None:
    p = sub.add_parser("new", help="create a new event file (or initialise a database URL)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--name", required=True)
    p.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--end", metavar="YYYY-MM-DD")
    p.add_argument("--timezone", default="Europe/Vilnius")
    p.add_argument("--venue", default="")
    p.add_argument(
        "--language",
        default="en",
        metavar="en|lt",
        help="the language of the event's documents and of its alphabetical order (default en)",
    )
    p.set_defaults(handler=cmd_new)

    d = sub.add_parser("demo", help="create a realistic demo event to try everything on")
    d.add_argument("event", metavar="EVENT")
    d.add_argument("--participants", type=int, default=220, metavar="N")
    d.add_argument("--seed", type=int, default=2026, metavar="N")
    d.set_defaults(handler=cmd_demo)


def cmd_new(args: argparse.Namespace) -> int:
    from clusterdesk.services.events import create_event, parse_date

    start = parse_date(args.start, "--start")
    end = parse_date(args.end, "--end") if args.end else None
    db = create_event(
        args.event,
        name=args.name,
        start=start,
        end=end,
        timezone=args.timezone,
        venue=args.venue,
        language=args.language,
    )
    out(f"Created event {args.name!r} in {db.describe()}")
    db.dispose()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from clusterdesk.core.safe_text import mask_password
    from clusterdesk.services.demo import build_demo

    summary = build_demo(args.event, participants=args.participants, seed=args.seed)
    out(
        f"Created demo event in {mask_password(args.event)}: {summary.participants} participants, "
        f"{summary.organizations} organisations, {summary.requests} meeting requests"
    )
    return 0
