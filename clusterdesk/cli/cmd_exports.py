"""`agendas`, `report` and `export`: documents and data files for offline use.

The services and renderers are imported inside the handlers, so `clusterdesk --help` and the
other commands start without loading reportlab, openpyxl or icalendar.
"""

from __future__ import annotations

import argparse
from typing import Any

from clusterdesk.cli.common import open_db, out

FORMATS = ("csv", "xlsx", "ics", "html", "pdf")
WHATS = ("participants", "meetings", "checkins", "programme")


def register(sub: Any) -> None:
    a = sub.add_parser("agendas", help="personal agendas (A4, one person per page) as a PDF")
    a.add_argument("event", metavar="EVENT")
    a.add_argument("out", metavar="OUT.pdf")
    a.add_argument(
        "--participant",
        action="append",
        default=[],
        metavar="EMAIL",
        help="only this participant (repeatable)",
    )
    a.add_argument("--with-meetings", action="store_true", help="only people with meetings")
    a.add_argument(
        "--changed",
        action="store_true",
        help="only agendas that changed since they were last printed (reprints at the desk)",
    )
    a.add_argument(
        "--no-log", action="store_true", help="do not record the agendas as printed (a proof copy)"
    )
    a.set_defaults(handler=cmd_agendas)

    t = sub.add_parser(
        "table-sheets", help="per-table sheets with tick boxes for table hosts (PDF)"
    )
    t.add_argument("event", metavar="EVENT")
    t.add_argument("out", metavar="OUT.pdf")
    t.add_argument(
        "--table", action="append", default=[], metavar="LABEL", help="only this table (repeatable)"
    )
    t.add_argument("--no-log", action="store_true", help="do not record the sheets as printed")
    t.set_defaults(handler=cmd_table_sheets)

    r = sub.add_parser("report", help="the statistics report with charts as a PDF")
    r.add_argument("event", metavar="EVENT")
    r.add_argument("out", metavar="OUT.pdf")
    r.set_defaults(handler=cmd_report)

    e = sub.add_parser(
        "export", help="participants, meetings, check-ins or the programme as a file"
    )
    e.add_argument("event", metavar="EVENT")
    e.add_argument("out", metavar="OUT", help="the file (a folder for one calendar per person)")
    e.add_argument("--format", choices=FORMATS, default=None, help="default: from OUT's suffix")
    e.add_argument("--what", choices=WHATS, default="participants")
    e.add_argument(
        "--group-by",
        choices=("country", "category"),
        default="country",
        help="the participant catalogue (pdf): group by country or by category",
    )
    e.add_argument(
        "--participant",
        action="append",
        default=[],
        metavar="EMAIL",
        help="calendars (ics) of these participants only (repeatable)",
    )
    e.set_defaults(handler=cmd_export)


def cmd_agendas(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clusterdesk.services.printing import (
        AGENDA,
        BadgeSelection,
        FileSink,
        PrintChoices,
        prepare,
        produce,
    )

    db = open_db(args.event)
    try:
        choices = PrintChoices(
            AGENDA,
            selection=BadgeSelection(emails=tuple(args.participant)),
            with_meetings=args.with_meetings,
            changed=args.changed,
        )
        job = prepare(db, choices)
        if args.changed and not job.ids:
            out(f"{job.nothing} Nothing was written.")
            return 0
        done = produce(db, job, FileSink(Path(args.out)), desk="cli", log=not args.no_log)
    finally:
        db.dispose()
    out(f"{job.items} agendas on {done.stats.pages} pages written to {args.out}")
    return 0


def cmd_table_sheets(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clusterdesk.services.printing import TABLE_SHEET, FileSink, PrintChoices, prepare, produce

    db = open_db(args.event)
    try:
        job = prepare(db, PrintChoices(TABLE_SHEET, tables=tuple(args.table)))
        done = produce(db, job, FileSink(Path(args.out)), desk="cli", log=not args.no_log)
    finally:
        db.dispose()
    out(f"{job.items} table sheets on {done.stats.pages} pages written to {args.out}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clusterdesk.services.printing import REPORT, FileSink, PrintChoices, prepare, produce

    db = open_db(args.event)
    try:
        job = prepare(db, PrintChoices(REPORT))
        done = produce(db, job, FileSink(Path(args.out)), desk="cli")
    finally:
        db.dispose()
    out(f"Statistics report ({done.stats.pages} pages) written to {args.out}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from clusterdesk.services.exports import export

    db = open_db(args.event)
    try:
        done = export(
            db,
            args.out,
            fmt=args.format,
            what=args.what,
            emails=args.participant,
            desk="cli",
            group_by=args.group_by,
        )
    finally:
        db.dispose()
    unit = {"pdf": "pages", "ics": "calendar entries"}.get(done.fmt, "rows")
    if done.fmt == "html":
        unit = "participants"
    if done.fmt == "ics" and len(done.files) > 1 or args.participant:
        out(f"{len(done.files)} calendars written to {args.out}")
    else:
        out(f"{done.what} as {done.fmt} ({done.items} {unit}) written to {args.out}")
    return 0
