"""`share` and `join`: host an event on the venue network, or join one from a desk."""

from __future__ import annotations

import argparse
import sys
import threading
from typing import TYPE_CHECKING, Any

from clusterdesk.cli.common import err, out

if TYPE_CHECKING:
    from clusterdesk.services.sharing.host import DeskConnection, SharedEvent

POLL_SECONDS = 2.0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "share",
        help="share an event file on the network until stopped (Ctrl+C or SIGTERM)",
        description="Start (or resume) this event's sharing server and print the join code. "
        "Runs until stopped; then the event is copied back into its file (after a backup).",
    )
    p.add_argument("event", metavar="EVENT", help="the event file")
    p.add_argument(
        "--interface",
        metavar="IP",
        help="the address to listen on (default: the first venue network)",
    )
    p.add_argument(
        "--port", type=int, metavar="N", help="the port (default: a free one from 54329)"
    )
    p.add_argument(
        "--json", action="store_true", help="one JSON object per line; the first carries join_code"
    )
    p.add_argument(
        "--stop",
        action="store_true",
        help="stop sharing at once: bring the event back into its file",
    )
    p.set_defaults(handler=cmd_share)

    j = sub.add_parser(
        "join",
        help="join a shared event: print its database URL for other commands",
        description="Check the host named by a join code (its certificate and schema) and print "
        "the database URL other commands take as EVENT. EVENT also takes the join code itself.",
    )
    j.add_argument("code", metavar="CODE", help="the join code the host shows (CDJ1-…)")
    j.add_argument(
        "--desk",
        default="",
        metavar="NAME",
        help="this desk's name on the host's list (default: this computer's name)",
    )
    j.add_argument("--json", action="store_true", help="machine-readable output")
    j.set_defaults(handler=cmd_join)


def _json_line(data: dict[str, Any]) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def _join_details(shared: SharedEvent) -> dict[str, Any]:
    from clusterdesk.core.join_code import groups, short_fingerprint

    join = shared.join
    return {
        "join_code": shared.join_code,
        "event": shared.state.event_name,
        "address": join.address,
        "host": join.host,
        "port": join.port,
        "password": groups(join.password),
        "certificate": short_fingerprint(join.fingerprint),
        "fingerprint": join.fingerprint.hex(),
        "file": str(shared.event_file),
    }


def _terminal_qr(text: str) -> str:
    """The code as a QR code drawn with half blocks (two module rows per line)."""
    from clusterdesk.documents.qr import QUIET, qr_matrix

    m = qr_matrix(text, "M")
    size = m.count + 2 * QUIET

    def dark(r: int, c: int) -> bool:
        r, c = r - QUIET, c - QUIET
        return 0 <= r < m.count and 0 <= c < m.count and m.dark(r, c)

    glyph = {(False, False): "█", (True, False): "▄", (False, True): "▀", (True, True): " "}
    return "\n".join(
        "".join(glyph[(dark(r, c), dark(r + 1, c))] for c in range(size)) for r in range(0, size, 2)
    )


def _print_join(shared: SharedEvent) -> None:
    d = _join_details(shared)
    out(f"Sharing {d['event']!r} on {d['address']}")
    out(f"Join code:   {d['join_code']}")
    out(f"Password:    {d['password']}")
    out(f"Certificate: {d['certificate']}")
    if sys.stdout.isatty():
        out(_terminal_qr(d["join_code"]))
    out("Desks: File → Join a shared event… and scan the code, or `clusterdesk join CODE`.")
    out("Stop sharing with Ctrl+C: the event is then copied back into its file.")
    sys.stdout.flush()


def _desk_rows(desks: list[DeskConnection]) -> list[dict[str, Any]]:
    return [
        {
            "desk": d.name,
            "address": d.address,
            "connections": d.connections,
            "last_activity": d.last_activity.isoformat() if d.last_activity else None,
        }
        for d in desks
    ]


def _watch(shared: SharedEvent, stop: threading.Event, as_json: bool) -> None:
    """Report desks coming and going until asked to stop."""
    seen: set[tuple[str, str]] = set()
    while not stop.wait(POLL_SECONDS):
        try:
            desks = shared.desks()
        except Exception as exc:  # noqa: BLE001 - the server may be restarting; keep sharing
            from clusterdesk.cli.words import error_text

            err(f"Could not list the desks: {error_text(exc)}")
            continue
        now = {(d.name, d.address) for d in desks}
        if now == seen:
            continue
        if as_json:
            _json_line({"desks": _desk_rows(desks)})
        else:
            for name, address in sorted(now - seen):
                out(f"Desk connected: {name} ({address})")
            for name, address in sorted(seen - now):
                out(f"Desk left: {name} ({address})")
            sys.stdout.flush()
        seen = now


def cmd_share(args: argparse.Namespace) -> int:
    import signal

    from clusterdesk.services.sharing.host import STEPS, sharing_state
    from clusterdesk.services.sharing.starting import start_sharing

    if args.stop and sharing_state(args.event) is None:
        err(f"{args.event} is not shared; nothing to stop.")
        return 0

    def step(what: str, done: int, total: int) -> None:
        if not args.json and not total:
            err(f"{STEPS.get(what, what)}…")

    shared = start_sharing(args.event, address=args.interface, port=args.port, step=step)
    stop = threading.Event()
    if not args.stop:
        previous = {
            sig: signal.signal(sig, lambda _s, _f: stop.set())
            for sig in (signal.SIGINT, signal.SIGTERM)
        }
        if args.json:
            _json_line(_join_details(shared))
        else:
            _print_join(shared)
        try:
            _watch(shared, stop, args.json)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    for sig in (signal.SIGINT, signal.SIGTERM):  # the copy back is not interrupted half way
        signal.signal(sig, signal.SIG_IGN)
    done = shared.stop_sharing(step, grace=0 if args.stop else None)
    if args.json:
        _json_line(
            {
                "stopped": True,
                "file": str(shared.event_file),
                "backup": str(done.backup),
                "rows": done.rows,
            }
        )
    else:
        out(f"Sharing stopped. The event is back in {shared.event_file}")
        out(f"(the file as it was before: {done.backup})")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    import socket

    from clusterdesk.services.events import event_info
    from clusterdesk.services.sharing.join import join_code, open_joined

    desk = args.desk.strip() or socket.gethostname()
    joined = join_code(args.code, desk)
    db = open_joined(joined.url)
    try:
        info = event_info(db)
    finally:
        db.dispose()
    if args.json:
        _json_line(
            {
                "url": joined.url,
                "event": info.name,
                "address": joined.place,
                "fingerprint": joined.fingerprint,
                "desk": desk,
            }
        )
    else:
        out(joined.url)
        err(f"Joined {info.name!r} at {joined.place} as desk {desk!r}; the certificate matched.")
    return 0
