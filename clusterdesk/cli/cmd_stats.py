"""`stats`: the event's key figures."""

from __future__ import annotations

import argparse
from typing import Any

from clusterdesk.cli.common import open_db, out, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("stats", help="key figures of the event")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_stats)


def cmd_stats(args: argparse.Namespace) -> int:
    from clusterdesk.services.stats import event_stats

    db = open_db(args.event)
    stats = event_stats(db)
    db.dispose()
    if args.json:
        print_json(stats.as_json())
        return 0
    out(f"Participants        {stats.participants} active, {stats.cancelled} cancelled")
    out(f"Countries           {stats.countries}")
    out(f"Organisations       {stats.organizations}")
    out(f"Checked in          {stats.checked_in}")
    out(f"Badges printed      {stats.badges_printed}")
    out(f"Meetings accepted   {stats.meetings_accepted}")
    out(f"Meetings scheduled  {stats.meetings_scheduled}")
    out(f"Meetings held       {stats.meetings_held}")
    out(f"No-shows            {stats.no_shows}")
    if stats.realised_rate is not None:
        out(f"Realised            {100 * stats.realised_rate:.1f} % of accepted meetings held")
    if any(stats.outcomes.values()):
        from clusterdesk.cli.words import OUTCOME_LABELS

        out("\nMeeting outcomes")
        for code, n in stats.outcomes.items():
            out(f"  {OUTCOME_LABELS.get(code, 'Held, not rated'):<36} {n}")
    if stats.by_country:
        out("\nBy country")
        from clusterdesk.core.countries import country_name

        for code, n in stats.by_country.items():
            out(f"  {country_name(code):<28} {n}")
    if stats.by_category:
        out("\nBy category")
        for name, n in stats.by_category.items():
            out(f"  {name:<28} {n}")
    return 0
