"""`import participants` and `import requests`: CSV/XLSX files into an event."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from clusterdesk.cli.cmd_outcomes import register_import as register_outcomes
from clusterdesk.cli.common import EXIT_OK, EXIT_USAGE, err, open_db, out

if TYPE_CHECKING:
    from clusterdesk.core.errors import InputFileError
    from clusterdesk.services.people_import import ImportReport


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="import participants, meeting requests, the programme or meeting outcomes (CSV/XLSX)",
    )
    kinds = p.add_subparsers(dest="kind", metavar="WHAT", required=True, parser_class=type(p))
    for kind, help_text in (
        ("participants", "people (first_name, last_name, email, organization, …)"),
        ("requests", "meeting requests (requester_email, target_email, status, …)"),
        ("programme", "programme items (title, date, start, end, room, speakers)"),
    ):
        k = kinds.add_parser(kind, help=help_text)
        k.add_argument("event", metavar="EVENT")
        k.add_argument("file", metavar="FILE", help="a CSV or XLSX file")
        k.add_argument("--encoding", metavar="E", help="e.g. utf-8, windows-1257 (default: detect)")
        k.add_argument("--delimiter", metavar="D", help="comma, semicolon or tab (default: detect)")
        k.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="FIELD=COLUMN",
            help="take FIELD from the column with this header (repeatable)",
        )
        k.add_argument("--update", action="store_true", help="update people matched by e-mail")
        k.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
        if kind != "programme":
            k.add_argument(
                "--skip-invalid",
                metavar="OUT.csv",
                help="import the valid rows; write the rows with problems to OUT.csv to fix",
            )
        k.set_defaults(handler=cmd_import)
    register_outcomes(kinds)


def _report_problems(report: ImportReport | InputFileError) -> None:
    from clusterdesk.cli.words import row_problem

    problems = report.problems
    err(f"{report.file}: {len(problems)} problem(s); nothing was imported")
    for p in problems:
        err(f"  {row_problem(p)}")


def cmd_import(args: argparse.Namespace) -> int:
    from clusterdesk.cli.cmd_backups import backup_first
    from clusterdesk.core.errors import InputFileError
    from clusterdesk.services.auto_backups import IMPORT
    from clusterdesk.services.people_import import (
        import_participants,
        import_programme,
        import_requests,
        parse_mapping,
    )

    kinds = {
        "participants": import_participants,
        "requests": import_requests,
        "programme": import_programme,
    }
    mapping = parse_mapping(args.map)
    skipping: dict[str, Any] = {}
    if getattr(args, "skip_invalid", None):
        from clusterdesk.cli.words import describe

        skipping = {"skip_invalid": True, "skipped_file": args.skip_invalid, "words": describe}
    db = open_db(args.event)
    try:
        if not args.dry_run:
            backup_first(db, IMPORT)
        report = kinds[args.kind](
            db,
            args.file,
            encoding=args.encoding,
            delimiter=args.delimiter,
            mapping=mapping,
            update=args.update,
            dry_run=args.dry_run,
            **skipping,
        )
    except InputFileError as exc:
        _report_problems(exc)
        return EXIT_USAGE
    finally:
        db.dispose()
    if report.problems and not report.skipped:
        _report_problems(report)
        return EXIT_USAGE
    from clusterdesk.cli.words import row_problem

    for p in report.problems:  # skipped, as asked
        err(f"  skipped: {row_problem(p)}")
    for d in getattr(report, "duplicates", []):
        other = f"row {d.other_row}" if d.other_row else "someone registered"
        err(
            f"note: row {d.row} ({d.name}, {d.organization}, {d.email}) may be the same person as "
            f"{other} with {d.other_email}"
        )
    if report.unknown_countries:
        err(
            "warning: countries not recognised (kept as written): "
            + ", ".join(repr(c) for c in report.unknown_countries)
        )
    if report.ignored_columns:
        err(f"note: ignored columns {', '.join(repr(c) for c in report.ignored_columns)}")
    for note in report.notes[:50]:
        err(f"note: {note}")
    if len(report.notes) > 50:
        err(f"note: … and {len(report.notes) - 50} more cells cleaned")
    out(report.summary())
    return EXIT_OK
