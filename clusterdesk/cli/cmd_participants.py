"""`participants`: list and search."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from clusterdesk.cli.common import iso, open_db, out, print_json

if TYPE_CHECKING:
    from clusterdesk.services.participants import ParticipantRow


def register(sub: Any) -> None:
    p = sub.add_parser("participants", help="list participants (optionally matching a search)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--search", default="", metavar="TEXT", help="name, organisation or e-mail")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_participants)


def participant_json(r: ParticipantRow) -> dict[str, Any]:
    from clusterdesk.core.countries import country_name

    return {
        "id": r.id,
        "first_name": r.first_name,
        "last_name": r.last_name,
        "email": r.email,
        "organization": r.organization,
        "country": r.country,  # the ISO 3166 code, or the text as registered if unrecognised
        "country_name": country_name(r.country),  # in English, as the command line speaks
        "category": r.category,
        "status": r.status,
        "badge_code": r.badge_code,
        "checked_in_at": iso(r.checked_in_at),
        "checked_in_desk": r.checked_in_desk or None,
    }


def cmd_participants(args: argparse.Namespace) -> int:
    from clusterdesk.services.participants import list_participants

    db = open_db(args.event)
    rows = list_participants(db, args.search)
    db.dispose()
    if args.json:
        print_json({"participants": [participant_json(r) for r in rows]})
        return 0
    from clusterdesk.core.countries import country_name

    for r in rows:
        flag = " (cancelled)" if r.cancelled else ""
        country = country_name(r.country)
        out(f"{r.id:>6}  {r.full_name:<36} {r.organization:<32} {country:<14} {r.email}{flag}")
    out(f"{len(rows)} participant(s)")
    return 0
