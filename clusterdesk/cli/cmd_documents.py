"""`badges` and `table-cards`: print-ready PDFs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from clusterdesk.cli.common import open_db, out


def register(sub: Any) -> None:
    p = sub.add_parser("badges", help="badges as a print-ready PDF")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument(
        "--layout", default=None, metavar="NAME", help="a layout name or a layout .json file"
    )
    p.add_argument(
        "--participant",
        action="append",
        default=[],
        metavar="EMAIL",
        help="only this participant (repeatable)",
    )
    p.add_argument("--category", default="", metavar="NAME")
    p.add_argument("--not-printed", action="store_true", help="only badges not printed yet")
    p.add_argument("--checked-in", action="store_true", help="only people checked in")
    p.add_argument(
        "--no-log", action="store_true", help="do not record the badges as printed (a proof copy)"
    )
    p.set_defaults(handler=cmd_badges)

    t = sub.add_parser("table-cards", help="A4 tent cards for the meeting tables as a PDF")
    t.add_argument("event", metavar="EVENT")
    t.add_argument("out", metavar="OUT.pdf")
    t.add_argument(
        "--table", action="append", default=[], metavar="LABEL", help="only this table (repeatable)"
    )
    t.add_argument(
        "--no-log", action="store_true", help="do not record the cards as printed (a proof copy)"
    )
    t.set_defaults(handler=cmd_table_cards)


def cmd_badges(args: argparse.Namespace) -> int:
    from clusterdesk.services.printing import (
        BADGE,
        BadgeSelection,
        FileSink,
        PrintChoices,
        prepare,
        produce,
    )

    db = open_db(args.event)
    try:
        selection = BadgeSelection(
            emails=tuple(args.participant),
            category=args.category,
            only_not_printed=args.not_printed,
            only_checked_in=args.checked_in,
        )
        job = prepare(db, PrintChoices(BADGE, args.layout or "", selection))
        stats = produce(db, job, FileSink(Path(args.out)), desk="cli", log=not args.no_log).stats
    finally:
        db.dispose()
    out(f"{stats.items} badges on {stats.pages} pages ({job.layout_title}) written to {args.out}")
    return 0


def cmd_table_cards(args: argparse.Namespace) -> int:
    from clusterdesk.services.printing import TABLE_CARD, FileSink, PrintChoices, prepare, produce

    db = open_db(args.event)
    try:
        job = prepare(db, PrintChoices(TABLE_CARD, tables=tuple(args.table)))
        stats = produce(db, job, FileSink(Path(args.out)), desk="cli", log=not args.no_log).stats
    finally:
        db.dispose()
    meetings = sum(len(r.meetings) for r in getattr(job.document, "records", ()))
    out(f"{stats.items} table cards ({meetings} meetings) written to {args.out}")
    return 0
