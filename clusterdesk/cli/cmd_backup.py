"""`backup`: a consistent copy of the event."""

from __future__ import annotations

import argparse
from typing import Any

from clusterdesk.cli.common import open_db, out


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="write a consistent copy of the event to a new file")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("out", metavar="OUT")
    p.set_defaults(handler=cmd_backup)


def cmd_backup(args: argparse.Namespace) -> int:
    from clusterdesk.services.backup import backup_event

    db = open_db(args.event)
    try:
        dest = backup_event(db, args.out)
    finally:
        db.dispose()
    out(f"Backup written to {dest}")
    return 0
