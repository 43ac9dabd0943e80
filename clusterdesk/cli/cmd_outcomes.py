"""`outcome` and `import outcomes`: whether meetings took place and how they went."""

from __future__ import annotations

import argparse
from typing import Any

from clusterdesk.cli.cmd_backups import backup_first
from clusterdesk.cli.common import EXIT_OK, EXIT_USAGE, err, open_db, out, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("outcome", help="record whether a meeting took place and how it went")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("meeting_id", metavar="MEETING_ID", type=int)
    p.add_argument("--status", required=True, choices=("held", "no_show", "cancelled"))
    p.add_argument(
        "--absent", choices=("a", "b", "both"), help="a no-show: who did not come (a, b, both)"
    )
    p.add_argument(
        "--rating",
        metavar="TEXT",
        help="a held meeting: no_interest, informative, cooperation, agreement (or the words: "
        "'insufficient interest', 'informative, no cooperation planned', 'cooperation "
        "possible', 'agreement reached'; 1-4)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_outcome)


def register_import(kinds: Any) -> None:
    k = kinds.add_parser(
        "outcomes",
        help="meeting outcomes (meeting_id or email_a + email_b, status, absent, rating)",
    )
    k.add_argument("event", metavar="EVENT")
    k.add_argument("file", metavar="FILE", help="a CSV or XLSX file")
    k.add_argument("--json", action="store_true")
    k.set_defaults(handler=cmd_import_outcomes)


def _outcome_json(o: Any) -> dict[str, Any]:
    return {
        "id": o.meeting_id,
        "status": o.status,
        "absent": o.absent or None,
        "rating": o.rating or None,
    }


def cmd_outcome(args: argparse.Namespace) -> int:
    from clusterdesk.services.meeting_edits import set_status
    from clusterdesk.services.meeting_outcomes import Outcome, check, outcome_of, parse_rating

    rating = parse_rating(args.rating) if args.rating is not None else None
    wanted = Outcome(args.meeting_id, args.status, args.absent or "", rating)
    check(wanted)  # a bad combination is refused before the event is opened
    db = open_db(args.event)
    try:
        change = set_status(
            db,
            args.meeting_id,
            args.status,
            absent=wanted.absent,
            rating=wanted.stored_rating(),
            actor="cli",
        )
        now = outcome_of(db, args.meeting_id)
    finally:
        db.dispose()
    if args.json:
        print_json({**_outcome_json(now), "changed": change.undo is not None})
    else:
        from clusterdesk.cli.words import describe

        out(describe(change.summary))
    return EXIT_OK


def cmd_import_outcomes(args: argparse.Namespace) -> int:
    from clusterdesk.cli.words import describe, row_problem
    from clusterdesk.core.errors import InputFileError
    from clusterdesk.services.auto_backups import IMPORT
    from clusterdesk.services.outcomes_import import import_outcomes

    db = open_db(args.event)
    try:
        backup_first(db, IMPORT)
        done = import_outcomes(db, args.file, actor="cli")
    except InputFileError as exc:
        err(f"{exc.file}: {len(exc.problems)} problem(s); nothing was changed")
        for p in exc.problems:
            err(f"  {row_problem(p)}")
        return EXIT_USAGE
    finally:
        db.dispose()
    if args.json:
        print_json({"rows": done.rows, "meetings": list(done.change.meeting_ids)})
    else:
        out(f"{done.file}: {describe(done.change.summary)}")
    return EXIT_OK
