"""The command line (see docs/cli.md): one module per command group, all calling services.

Exit codes: 0 done; 2 bad usage or input (nothing changed); 3/4 check-in outcomes; 1 a bug (the
traceback goes to the log file, not the screen).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from clusterdesk import __version__
from clusterdesk.cli import (
    cmd_backup,
    cmd_checkin,
    cmd_documents,
    cmd_event,
    cmd_import,
    cmd_meetings,
    cmd_participants,
    cmd_sessions,
    cmd_stats,
)
from clusterdesk.cli.common import EXIT_BUG, EXIT_USAGE, CommandError, err, setup_logging
from clusterdesk.core.errors import UserError

COMMAND_MODULES = [
    cmd_event,
    cmd_import,
    cmd_participants,
    cmd_sessions,
    cmd_meetings,
    cmd_documents,
    cmd_stats,
    cmd_backup,
    cmd_checkin,
]
log = logging.getLogger("clusterdesk")


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


def _gui(argv: Sequence[str]) -> int:
    gui = _Parser(prog="clusterdesk", description="Open the ClusterDesk desktop app.")
    gui.add_argument("event", nargs="?", help="event file or database URL to open")
    gui.add_argument("--demo", action="store_true", help="open the demo event (created if missing)")
    args = gui.parse_args(list(argv))
    from clusterdesk.ui.app import run_app  # Qt is imported only here

    return run_app(event=args.event, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    setup_logging()
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    commands = set(choices or ())
    try:
        if not argv or (argv[0] not in commands and argv[0] not in ("-h", "--help", "--version")):
            return _gui(argv)
        args = parser.parse_args(argv)
        return int(args.handler(args) or 0)
    except CommandError as exc:
        if exc.message:
            err(exc.message)
        return exc.code
    except UserError as exc:
        err(f"error: {exc}")
        return exc.exit_code
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log, apologise, exit 1
        log.exception("unexpected error running %s", argv)
        from clusterdesk.cli.common import log_file

        err(
            f"clusterdesk: unexpected error ({type(exc).__name__}: {exc}). "
            f"Details are in {log_file()}"
        )
        return EXIT_BUG
