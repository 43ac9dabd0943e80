"""Turn a check-in result into banner text, colour and sound (translated, context "checkin")."""

from __future__ import annotations

from datetime import datetime, tzinfo

from clusterdesk.services.arrivals import Upcoming
from clusterdesk.services.checkin import ALREADY, CHECKED_IN, CHECKED_OUT, REJECTED, UNDONE
from clusterdesk.services.checkin import result as outcome
from clusterdesk.services.checkin.result import CheckInResult, Person
from clusterdesk.ui.checkin import banner
from clusterdesk.ui.countries import shown
from clusterdesk.ui.i18n import short_day, translate
from clusterdesk.ui.words import checkin_reason


def details_of(p: Person | None) -> str:
    if p is None:
        return ""
    return " · ".join(x for x in (p.organization, p.category, shown(p.country)) if x)


def time_of(result: CheckInResult, tz: tzinfo | None) -> str:
    if result.checked_in_at is None:
        return ""
    return result.checked_in_at.astimezone(tz).strftime("%H:%M")


def next_line(up: Upcoming | None, tz: tzinfo | None) -> str:
    """ "Next meeting 14:20 · table T4 · with Jolanta Aviženytė (Vilnius Tech Cluster)"."""
    if up is None:
        return ""
    partner = up.partner.name + (f" ({up.partner.organization})" if up.partner.organization else "")
    local = up.starts_at.astimezone(tz)
    start = local.strftime("%H:%M")
    if local.date() != datetime.now(tz).date():  # not today: say which day
        start = f"{short_day(local.date())} {local:%H:%M}"
    return (
        translate("checkin", "Next meeting %1 · table %2 · with %3")
        .replace("%1", start)
        .replace("%2", up.table or "—")
        .replace("%3", partner)
    )


def present(
    result: CheckInResult, tz: tzinfo | None, next_up: Upcoming | None = None
) -> tuple[banner.BannerContent, str]:
    """(banner content, sound name) for one result (with the person's next meeting when they
    are in: checked in now or already)."""
    p = result.participant
    name = p.full_name if p else ""
    details = details_of(p)
    note = result.attention
    at = time_of(result, tz)
    if result.result == CHECKED_IN:
        state = banner.ATTENTION if note else banner.CHECKED_IN
        title = (
            translate("checkin", "CHECKED IN — ATTENTION")
            if note
            else translate("checkin", "CHECKED IN")
        )
        when = translate("checkin", "%1 · %2").replace("%1", at).replace("%2", result.desk)
        following = next_line(next_up, tz)
        return banner.BannerContent(state, title, name, details, when, note, following), (
            "attention" if note else "checked_in"
        )
    if result.result == ALREADY:
        title = (
            translate("checkin", "WELCOME BACK (RE-ENTRY)")
            if result.reason == outcome.RE_ENTRY
            else translate("checkin", "ALREADY CHECKED IN")
        )
        when = (
            translate("checkin", "First check-in at %1 · %2")
            .replace("%1", at)
            .replace("%2", result.desk)
        )
        following = next_line(next_up, tz)
        return banner.BannerContent(
            banner.ALREADY, title, name, details, when, note, following
        ), "already"
    if result.result == REJECTED:
        title = translate("checkin", "REJECTED")
        return banner.BannerContent(
            banner.REJECTED, title, name, details, checkin_reason(result.reason), ""
        ), "rejected"
    if result.result == UNDONE:
        when = (
            translate("checkin", "The check-in of %1 at desk %2 was taken back.")
            .replace("%1", at)
            .replace("%2", result.desk)
        )
        return banner.BannerContent(
            banner.UNDONE, translate("checkin", "CHECK-IN UNDONE"), name, details, when
        ), "undone"
    if result.result == CHECKED_OUT:
        return banner.BannerContent(
            banner.UNDONE, translate("checkin", "CHECKED OUT"), name, details
        ), "undone"
    return banner.BannerContent(banner.INFO, result.result, name, details), ""


def problem(text: str) -> banner.BannerContent:
    return banner.BannerContent(banner.INFO, translate("checkin", "NOT DONE"), "", "", text)
