"""`absent` and `walkin-meeting`: the on-site loop of the meeting plan."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from clusterdesk.cli.common import open_db, out, print_json

if TYPE_CHECKING:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from clusterdesk.services.absence import AbsenceReport
    from clusterdesk.services.events import EventInfo
    from clusterdesk.services.walkin_meeting import Option, Slip


def register(sub: Any) -> None:
    a = sub.add_parser(
        "absent",
        help="a participant is absent: free their remaining meetings (and re-place partners)",
    )
    a.add_argument("event", metavar="EVENT")
    a.add_argument("email", metavar="EMAIL")
    a.add_argument(
        "--from",
        dest="since",
        metavar="HH:MM",
        help="absent from this time (event time, on the event's day; default: now)",
    )
    a.add_argument(
        "--replan",
        action="store_true",
        help="re-place the freed partners' waiting requests into free cells (nothing else moves)",
    )
    a.add_argument(
        "--allow-moves",
        action="store_true",
        help="with --replan: a request may move one other unlocked meeting out of its way",
    )
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_absent)

    w = sub.add_parser(
        "walkin-meeting", help="book two people into the first round both are free, at a free table"
    )
    w.add_argument("event", metavar="EVENT")
    w.add_argument("emails", metavar="EMAIL", nargs=2)
    w.add_argument("--list", action="store_true", help="only list the rounds they could meet in")
    w.add_argument("--json", action="store_true")
    w.set_defaults(handler=cmd_walkin_meeting)


def event_time(info: EventInfo, text: str, now: datetime) -> datetime:
    """HH:MM in event time on today's date when the event runs today, else its first day."""
    from datetime import datetime as dt

    from clusterdesk.core.timeslots import parse_hhmm

    tz = info.tz
    today = now.astimezone(tz).date()
    day = today if info.start_date <= today <= info.end_date else info.start_date
    return dt.combine(day, parse_hhmm(text, "--from"), tz)


def absent_json(r: AbsenceReport, tz: ZoneInfo) -> dict[str, Any]:
    def when(value: datetime) -> str:
        return value.astimezone(tz).isoformat()

    return {
        "participant": r.person.email,
        "name": r.person.name,
        "from": when(r.since),
        "checked_in": r.checked_in,
        "freed": [
            {
                "id": f.meeting_id,
                "partner": f.partner.email,
                "slot": when(f.starts_at),
                "table": f.table or None,
                "status": f.outcome,
            }
            for f in r.freed
        ],
        "placed": [
            {
                "id": p.meeting_id,
                "participants": [c.email for c in p.people],
                "slot": when(p.starts_at),
                "table": p.table,
            }
            for p in r.placed
        ],
        "moved": [
            {
                "id": m.meeting_id,
                "participants": [c.email for c in m.people],
                "from": {"slot": when(m.old[0]), "table": m.old[1]},
                "to": {"slot": when(m.new[0]), "table": m.new[1]},
            }
            for m in r.moved
        ],
        "not_placed": [
            {
                "requester_email": n.people[0].email,
                "target_email": n.people[1].email,
                "reason": n.reason,
            }
            for n in r.not_placed
        ],
        "changed_agendas": [c.email for c in r.changed],
    }


def _print_absent(r: AbsenceReport, tz: ZoneInfo) -> None:
    def hm(value: datetime) -> str:
        return value.astimezone(tz).strftime("%H:%M")

    words = {"cancelled": "cancelled", "no_show": "no-show"}
    for f in r.freed:
        out(f"{hm(f.starts_at)}  {f.table or '—':<6} with {f.partner.name}: {words[f.outcome]}")
    for p in r.placed:
        out(f"re-placed: {hm(p.starts_at)}  {p.table:<6} {p.people[0].name} — {p.people[1].name}")
    for m in r.moved:
        out(
            f"moved: {m.people[0].name} — {m.people[1].name} from {hm(m.old[0])} {m.old[1]} "
            f"to {hm(m.new[0])} {m.new[1]}"
        )
    for n in r.not_placed:
        out(f"not re-placed: {n.people[0].name} — {n.people[1].name}: {n.reason}")
    if r.changed:
        out("agendas to reprint: " + ", ".join(c.email or c.name for c in r.changed))
    out(
        f"{r.person.name} absent from {hm(r.since)}: {len(r.freed)} meetings freed, "
        f"{len(r.placed)} re-placed, {len(r.moved)} moved"
    )


def cmd_absent(args: argparse.Namespace) -> int:
    from datetime import UTC
    from datetime import datetime as dt

    from clusterdesk.services.absence import mark_absent
    from clusterdesk.services.arrivals import participant_by_email
    from clusterdesk.services.events import event_info

    db = open_db(args.event)
    try:
        info = event_info(db)
        now = dt.now(UTC)
        since = event_time(info, args.since, now) if args.since else None
        pid = participant_by_email(db, args.email)
        change = mark_absent(
            db,
            pid,
            since=since,
            replan=args.replan,
            allow_moves=args.replan and args.allow_moves,
            now=now,
            actor="cli",
        )
    finally:
        db.dispose()
    assert change.report is not None
    if args.json:
        print_json(absent_json(change.report, info.tz))
    else:
        _print_absent(change.report, info.tz)
    return 0


def option_json(o: Option, tz: ZoneInfo) -> dict[str, Any]:
    return {
        "slot": o.starts_at.astimezone(tz).isoformat(),
        "end": o.ends_at.astimezone(tz).isoformat(),
        "table": o.table,
        "free_tables": o.free_tables,
        "session": o.session,
    }


def slip_json(slip: Slip, tz: ZoneInfo) -> dict[str, Any]:
    return {
        "id": slip.meeting_id,
        "participants": [slip.a.email, slip.b.email],
        "names": [slip.a.name, slip.b.name],
        "slot": slip.starts_at.astimezone(tz).isoformat(),
        "end": slip.ends_at.astimezone(tz).isoformat(),
        "table": slip.table,
        "session": slip.session,
    }


def cmd_walkin_meeting(args: argparse.Namespace) -> int:
    from clusterdesk.services.arrivals import participant_by_email
    from clusterdesk.services.events import event_info
    from clusterdesk.services.walkin_meeting import book_walkin, walkin_options

    db = open_db(args.event)
    try:
        tz = event_info(db).tz
        a, b = (participant_by_email(db, e) for e in args.emails)
        if args.list:
            found = walkin_options(db, a, b)
            if args.json:
                print_json(
                    {
                        "options": [option_json(o, tz) for o in found.options],
                        "reason": found.reason or None,
                    }
                )
            else:
                for o in found.options:
                    when = f"{o.starts_at.astimezone(tz):%H:%M}–{o.ends_at.astimezone(tz):%H:%M}"
                    out(f"{when}  table {o.table} ({o.free_tables} free)  {o.session}")
                if not found.options:
                    out(f"no round to come: {found.reason}")
            return 0
        change = book_walkin(db, a, b, actor="cli")
    finally:
        db.dispose()
    slip = change.slip
    assert slip is not None
    if args.json:
        print_json({"meeting": slip_json(slip, tz)})
    else:
        start, end = slip.starts_at.astimezone(tz), slip.ends_at.astimezone(tz)
        out(
            f"{slip.a.name} — {slip.b.name}: {start:%Y-%m-%d %H:%M}–{end:%H:%M} "
            f"at table {slip.table} ({slip.session})"
        )
    return 0
