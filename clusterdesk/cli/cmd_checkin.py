"""`checkin`: check a badge code in (or undo it) — the same service every desk uses."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from clusterdesk.cli.common import (
    EXIT_ALREADY,
    EXIT_OK,
    EXIT_REJECTED,
    err,
    open_db,
    out,
    print_json,
)

if TYPE_CHECKING:
    from clusterdesk.services.checkin.result import CheckInResult


def register(sub: Any) -> None:
    p = sub.add_parser("checkin", help="check a participant in by badge code (or --undo it)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("code", metavar="CODE", help="the badge code as scanned")
    p.add_argument("--desk", default="", metavar="NAME", help="desk name (default: this computer)")
    p.add_argument("--undo", action="store_true", help="take back this person's check-in")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_checkin)


_OPTIONS_WITH_VALUE = ("--desk",)
_FLAGS = ("--undo", "--json", "--help", "-h")


def _is_option(arg: str) -> bool:
    """``--desk``/``--desk=X``, a flag, or an unambiguous abbreviation of one (argparse's)."""
    name = arg.split("=", 1)[0]
    if name in _FLAGS or name in _OPTIONS_WITH_VALUE:
        return True
    return (
        name.startswith("--")
        and len(name) > 2
        and any(option.startswith(name) for option in (*_OPTIONS_WITH_VALUE, *_FLAGS))
    )


def protect_code(argv: list[str]) -> list[str]:
    """``checkin EVENT -ABC…``: a truncated scan that begins with "-" is a badge code to reject
    (exit 4), not an unknown option (a usage error). Arguments after ``checkin`` that start with
    "-" but are not its options go after ``--``, where argparse reads them as positionals."""
    kept: list[str] = []
    codes: list[str] = []
    args = iter(argv[1:])
    for arg in args:
        if arg == "--":
            codes.extend(args)
            break
        if arg.startswith("-") and len(arg) > 1 and not _is_option(arg):
            codes.append(arg)
            continue
        kept.append(arg)
        if arg in _OPTIONS_WITH_VALUE:
            kept.append(next(args, ""))
    return [argv[0], *kept, "--", *codes] if codes else list(argv)


def _operator() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _describe(result: CheckInResult, tz: Any) -> str:
    from clusterdesk.cli.words import checkin_reason
    from clusterdesk.services.checkin.result import ALREADY, REJECTED

    who = result.participant.full_name if result.participant else "Unknown badge"
    org = (
        f" ({result.participant.organization})"
        if result.participant and result.participant.organization
        else ""
    )
    when = (
        result.checked_in_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
        if result.checked_in_at
        else "?"
    )
    if result.result == REJECTED:
        return f"Rejected: {checkin_reason(result.reason)} — {who}{org}"
    if result.result == ALREADY:
        text = f"Already checked in: {who}{org} at {when} at desk {result.desk or '?'}"
        return text + (f" ({checkin_reason(result.reason)})" if result.reason == "re_entry" else "")
    if result.result == "undone":
        return f"Check-in undone: {who}{org} (was checked in at {when} at desk {result.desk})"
    return f"Checked in: {who}{org} at {when} at desk {result.desk}"


def cmd_checkin(args: argparse.Namespace) -> int:
    import socket

    from clusterdesk.services.checkin.core import check_in, undo_check_in
    from clusterdesk.services.checkin.result import ALREADY, REJECTED
    from clusterdesk.services.events import event_info

    db = open_db(args.event, args.desk)
    try:
        desk = args.desk.strip() or socket.gethostname() or "cli"
        if args.undo:
            result = undo_check_in(db, code=args.code, desk=desk, operator=_operator())
        else:
            result = check_in(db, code=args.code, desk=desk, operator=_operator())
        tz = event_info(db).tz
    finally:
        db.dispose()
    code = {ALREADY: EXIT_ALREADY, REJECTED: EXIT_REJECTED}.get(result.result, EXIT_OK)
    if args.json:
        print_json(result.as_json())
    elif code == EXIT_OK:
        out(_describe(result, tz))
    else:
        err(_describe(result, tz))
    if not args.json and result.attention:
        out(f"Attention: {result.attention}")
    return code
