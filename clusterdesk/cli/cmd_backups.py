"""`backups` and `restore`: the automatic backups of an event file, and restoring one; and the
automatic backup the CLI's import and schedule take first (the app's code path)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from clusterdesk.cli.common import EXIT_OK, err, iso, out, print_json

if TYPE_CHECKING:
    from clusterdesk.services.events import EventDB


def register(sub: Any) -> None:
    p = sub.add_parser(
        "backups", help="list the automatic backups of an event file and what each holds"
    )
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_backups)
    r = sub.add_parser(
        "restore",
        help="put a backup in the place of the event file (the event is backed up first)",
    )
    r.add_argument("event", metavar="EVENT")
    r.add_argument(
        "backup", metavar="BACKUP", nargs="?", help="a backup file (default: the newest good one)"
    )
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_restore)


def backup_first(db: EventDB, reason: str) -> None:
    """The automatic backup before an import or a scheduler run; a failure is a warning."""
    from clusterdesk.services.auto_backups import backup_before

    attempt = backup_before(db, reason)
    if attempt.error is not None:
        err(
            f"warning: the automatic backup before the {reason} failed, going on without it: "
            f"{error_text(attempt.error)}"
        )


def error_text(error: BaseException) -> str:
    from clusterdesk.cli import words

    return words.error_text(error)


def _file(event: str) -> str:
    from pathlib import Path

    from clusterdesk.core.database_url import is_database_url
    from clusterdesk.core.errors import UserError

    if is_database_url(event):
        raise UserError(
            "Automatic backups are kept for event files only; back up a server "
            "event with `clusterdesk backup EVENT OUT`"
        )
    return str(Path(event).expanduser().resolve())


def cmd_backups(args: argparse.Namespace) -> int:
    from clusterdesk.core.errors import UserError
    from clusterdesk.services.auto_backups import backup_contents, list_backups

    rows = []
    for b in list_backups(_file(args.event)):
        row: dict[str, Any] = {
            "file": str(b.path),
            "at": iso(b.at),
            "reason": b.reason,
            "bytes": b.size,
        }
        try:
            held = backup_contents(b.path)
            row.update(
                participants=held.participants,
                checked_in=held.checked_in,
                meetings=held.meetings,
                last_check_in=iso(held.last_check_in),
                error=None,
            )
        except UserError as exc:
            row.update(
                participants=None,
                checked_in=None,
                meetings=None,
                last_check_in=None,
                error=error_text(exc),
            )
        rows.append(row)
    if args.json:
        print_json({"backups": rows})
        return EXIT_OK
    if not rows:
        out("No automatic backups of this event yet")
    for row in rows:
        what = row["error"] or (
            f"{row['participants']} participants, {row['checked_in']} checked in, "
            f"{row['meetings']} meetings, last check-in {row['last_check_in'] or '-'}"
        )
        out(f"{row['at']}  {row['reason'] or '?':<9} {row['file']}\n    {what}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from clusterdesk.core.errors import UserError
    from clusterdesk.services.auto_backups import newest_good, restore_backup

    event = _file(args.event)
    backup = args.backup or newest_good(event)
    if backup is None:
        raise UserError(f"No intact backup of {event} was found")
    done = restore_backup(event, backup)
    if args.json:
        print_json(
            {
                "restored": str(done.backup),
                "event": str(done.event),
                "safety_backup": str(done.safety) if done.safety else None,
                "set_aside": str(done.set_aside) if done.set_aside else None,
            }
        )
        return EXIT_OK
    out(f"Restored {done.event} from {done.backup}")
    if done.safety is not None:
        out(f"The event as it was is backed up in {done.safety} (restore it to undo)")
    if done.set_aside is not None:
        out(f"The damaged event file was kept as {done.set_aside}")
    return EXIT_OK
