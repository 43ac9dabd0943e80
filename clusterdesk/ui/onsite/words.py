"""The words of the on-site screens (context "onsite"): the services return data and codes."""

from __future__ import annotations

from datetime import datetime, tzinfo

from clusterdesk.services.absence import AbsenceReport
from clusterdesk.services.arrivals import Contact, Upcoming
from clusterdesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from clusterdesk.ui.words import unplaced_reason


def hm(value: datetime, tz: tzinfo | None) -> str:
    return value.astimezone(tz).strftime("%H:%M")


def with_org(c: Contact) -> str:
    return f"{c.name} ({c.organization})" if c.organization else c.name


def upcoming_line(up: Upcoming, tz: tzinfo | None) -> str:
    here = translate("onsite", "here") if up.partner_here else translate("onsite", "not here yet")
    return (
        translate("onsite", "%1 · table %2 · with %3 — %4")
        .replace("%1", hm(up.starts_at, tz))
        .replace("%2", up.table or "—")
        .replace("%3", with_org(up.partner))
        .replace("%4", here)
    )


def contact_lines(c: Contact) -> str:
    phone = c.phone or translate("onsite", "no phone number")
    email = c.email or translate("onsite", "no e-mail address")
    return translate("onsite", "Phone: %1\nE-mail: %2").replace("%1", phone).replace("%2", email)


OUTCOME = {
    "cancelled": QT_TRANSLATE_NOOP("onsite", "cancelled"),
    "no_show": QT_TRANSLATE_NOOP("onsite", "no-show (the round had begun)"),
}


def report_lines(r: AbsenceReport, tz: tzinfo | None) -> list[str]:
    """The report of an absence (a preview or what was done), one line each."""
    lines: list[str] = []
    if r.checked_in:
        lines.append(
            translate("onsite", "%1 is checked in: absent from %2 means they left.")
            .replace("%1", r.person.name)
            .replace("%2", hm(r.since, tz))
        )
    if not r.freed:
        lines.append(
            translate("onsite", "No meeting of %1 remains from %2.")
            .replace("%1", r.person.name)
            .replace("%2", hm(r.since, tz))
        )
    for f in r.freed:
        lines.append(
            translate("onsite", "✗ %1 · table %2 · with %3: %4")
            .replace("%1", hm(f.starts_at, tz))
            .replace("%2", f.table or "—")
            .replace("%3", f.partner.name)
            .replace("%4", translate("onsite", OUTCOME[f.outcome]))
        )
    for p in r.placed:
        lines.append(
            translate("onsite", "＋ %1 · table %2 · %3 — %4 (re-placed)")
            .replace("%1", hm(p.starts_at, tz))
            .replace("%2", p.table)
            .replace("%3", p.people[0].name)
            .replace("%4", p.people[1].name)
        )
    for m in r.moved:
        lines.append(
            translate("onsite", "↷ %1 — %2 moves from %3 (%4) to %5 (%6)")
            .replace("%1", m.people[0].name)
            .replace("%2", m.people[1].name)
            .replace("%3", hm(m.old[0], tz))
            .replace("%4", m.old[1])
            .replace("%5", hm(m.new[0], tz))
            .replace("%6", m.new[1])
        )
    for n in r.not_placed:
        lines.append(
            translate("onsite", "… %1 — %2 stays waiting: %3")
            .replace("%1", n.people[0].name)
            .replace("%2", n.people[1].name)
            .replace("%3", unplaced_reason(n.reason))
        )
    if r.replanned and not (r.placed or r.not_placed):
        lines.append(
            translate("onsite", "The freed partners have no waiting requests to re-place.")
        )
    if r.changed:
        names = ", ".join(c.name for c in r.changed)
        lines.append(
            translate("onsite", "Agendas to reprint (%1): %2")
            .replace("%1", str(len(r.changed)))
            .replace("%2", names)
        )
    return lines
