"""The command line (see docs/cli.md): one module per command group, all calling services.

Exit codes: 0 done; 2 bad usage or input (nothing changed); 3/4 check-in outcomes; 1 a bug (the
traceback goes to the log file, not the screen).

Start-up: the ``cmd_*`` modules register their arguments with the standard library only; each
command imports its services (SQLAlchemy, reportlab, the solvers …) when it runs, so
``--version``, ``--help`` and a parse error cost about as much as a bare ``python -c pass`` and
``checkin`` pays only for the check-in service (benchmarks/bench_startup.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from clusterdesk import __version__
from clusterdesk.cli import (
    cmd_backup,
    cmd_backups,
    cmd_checkin,
    cmd_documents,
    cmd_event,
    cmd_exports,
    cmd_import,
    cmd_meetings,
    cmd_onsite,
    cmd_outcomes,
    cmd_participants,
    cmd_selftest,
    cmd_sessions,
    cmd_share,
    cmd_stats,
)
from clusterdesk.cli.common import (
    EXIT_BUG,
    EXIT_USAGE,
    CommandError,
    err,
    log_file,
    setup_logging,
)

# In the order `--help` lists them.
COMMAND_MODULES = [
    cmd_event,
    cmd_import,
    cmd_participants,
    cmd_sessions,
    cmd_meetings,
    cmd_onsite,
    cmd_outcomes,
    cmd_documents,
    cmd_exports,
    cmd_stats,
    cmd_backup,
    cmd_backups,
    cmd_checkin,
    cmd_share,
    cmd_selftest,
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise CommandError(f"{self.prog}: {message}", EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clusterdesk", description="ClusterDesk — the offline event desk.")
    parser.add_argument("--version", action="version", version=f"clusterdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _gui(argv: Sequence[str]) -> int:
    gui = _Parser(prog="clusterdesk", description="Open the ClusterDesk desktop app.")
    gui.add_argument("event", nargs="?", help="event file or database URL to open")
    gui.add_argument("--demo", action="store_true", help="open the demo event (created if missing)")
    args = gui.parse_args(list(argv))
    from clusterdesk.core.platform_check import gui_platform_problem

    problem = gui_platform_problem()
    if problem:  # Qt would abort with a message naming the wrong package
        raise CommandError(problem, EXIT_USAGE)
    setup_logging()
    from clusterdesk.ui.app import run_app  # Qt is imported only here

    return run_app(event=args.event, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        if not argv or (
            argv[0] not in _command_names(parser) and argv[0] not in ("-h", "--help", "--version")
        ):
            return _gui(argv)
        if argv[0] == "checkin":
            argv = cmd_checkin.protect_code(argv)
        args = parser.parse_args(argv)
        setup_logging()
        return int(args.handler(args) or 0)
    except CommandError as exc:
        if exc.message:
            err(exc.message)
        return exc.code
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except Exception as exc:  # noqa: BLE001 - expected (UserError) or the last line of defence
        # not at the top: they cost --version 10 ms
        from clusterdesk.core.errors import UserError
        from clusterdesk.services.faults import bug_summary, expected

        known = exc if isinstance(exc, UserError) else expected(exc)
        if known is not None:
            from clusterdesk.cli.words import error_text

            err(f"error: {error_text(known)}")
            return known.exit_code
        import logging

        setup_logging()
        logging.getLogger("clusterdesk").exception("unexpected error running %s", argv)
        err(f"clusterdesk: unexpected error ({bug_summary(exc)}). Details are in {log_file()}")
        return EXIT_BUG
