"""One self-contained HTML file: the programme and every participant's meeting plan, searchable by
name as you type (diacritics ignored), readable on a phone and printable. No network, no other
file: the styles, the script and the data (JSON) are inside the page.

Text reaches the page only as JSON data or escaped HTML and is put into the document with
``textContent``, so markup in a name shows as the characters it is.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from clusterdesk.core.collation import sort_key
from clusterdesk.core.folding import fold
from clusterdesk.core.resources import resource_path
from clusterdesk.services.exports.spreadsheet import write_atomically
from clusterdesk.services.plan import EventPlan, dates_text, day_text


def _json_for_script(data: object) -> str:
    """JSON that cannot end the ``<script>`` element it sits in (nor start a comment or entity)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, safe in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(raw, safe)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def plan_data(plan: EventPlan) -> dict[str, object]:
    people = sorted(
        (p for p in plan.people.values() if p.active),
        key=lambda p: (
            sort_key(p.last_name, plan.info.language),
            sort_key(p.first_name, plan.info.language),
            p.id,
        ),
    )
    index = {p.id: i for i, p in enumerate(people)}
    several = plan.several_days
    meetings = [
        [
            index[m.a],
            index[m.b],
            f"{m.starts_at:%H:%M}",
            f"{m.ends_at:%H:%M}",
            m.table,
            m.status,
            day_text(m.starts_at.date(), plan.info.language) if several else "",
        ]
        for m in plan.meetings
        if m.a in index and m.b in index and (m.active or m.status == "cancelled")
    ]
    return {
        "severalDays": several,
        "people": [
            [
                p.name,
                p.organization,
                p.country,
                p.category,
                fold(f"{p.first_name} {p.last_name} {p.organization}"),
            ]
            for p in people
        ],
        "meetings": meetings,
        "programme": [
            [
                f"{p.starts_at:%d.%m}" if several else "",
                f"{p.starts_at:%H:%M}",
                f"{p.ends_at:%H:%M}",
                p.title,
                p.room,
                p.speakers,
            ]
            for p in plan.programme
        ],
    }


def plan_html(plan: EventPlan) -> str:
    info = plan.info
    template = resource_path("export", "plan.html").read_text(encoding="utf-8")
    meta = " · ".join(p for p in (dates_text(info), info.venue) if p)
    values = {
        "{{TITLE}}": html.escape(f"{info.name} – meeting plan"),
        "{{NAME}}": html.escape(info.name),
        "{{META}}": html.escape(meta),
        "{{DATA}}": _json_for_script(plan_data(plan)),
    }
    # one pass, so that text inserted for one placeholder is never taken for another
    return re.sub(r"\{\{[A-Z]+\}\}", lambda m: values.get(m.group(0), m.group(0)), template)


def write_html(plan: EventPlan, out: Path) -> None:
    write_atomically(out, plan_html(plan).encode("utf-8"))
