"""Turn a check-in result into banner text, colour and sound (translated, context "checkin")."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from clusterdesk.services.arrivals import Upcoming
from clusterdesk.services.checkin import ALREADY, CHECKED_IN, CHECKED_OUT, REJECTED, UNDONE
from clusterdesk.services.checkin import result as outcome
from clusterdesk.services.checkin.result import CheckInResult, Person
from clusterdesk.ui.checkin import banner
from clusterdesk.ui.countries import shown


def tr(text: str) -> str:
    return QCoreApplication.translate("checkin", text)


def reason_text(reason: str) -> str:
    texts = {
        outcome.UNKNOWN_CODE: tr("Unknown badge: this code is not registered for this event."),
        outcome.NOT_A_CODE: tr("Not a badge code. Scan the QR code on the badge, or type a name."),
        outcome.ALTERED_CODE: tr("Altered or forged badge code (the check digits do not match)."),
        outcome.OTHER_EVENT: tr("This badge belongs to another event."),
        outcome.CANCELLED: tr("This registration was cancelled."),
        outcome.UNKNOWN_PARTICIPANT: tr("This person is no longer in the event."),
        outcome.NOT_CHECKED_IN: tr("This person is not checked in."),
    }
    return texts.get(reason, reason)


def short_reason(reason: str) -> str:
    texts = {
        outcome.UNKNOWN_CODE: tr("unknown badge"),
        outcome.NOT_A_CODE: tr("not a badge code"),
        outcome.ALTERED_CODE: tr("altered badge"),
        outcome.OTHER_EVENT: tr("another event's badge"),
        outcome.CANCELLED: tr("cancelled"),
        outcome.NOT_CHECKED_IN: tr("not checked in"),
        outcome.UNKNOWN_PARTICIPANT: tr("unknown person"),
        outcome.RE_ENTRY: tr("re-entry"),
    }
    return texts.get(reason, reason)


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
        start = local.strftime("%a %d %b %H:%M")
    return (
        tr("Next meeting %1 · table %2 · with %3")
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
        title = tr("CHECKED IN — ATTENTION") if note else tr("CHECKED IN")
        when = tr("%1 · %2").replace("%1", at).replace("%2", result.desk)
        following = next_line(next_up, tz)
        return banner.BannerContent(state, title, name, details, when, note, following), (
            "attention" if note else "checked_in"
        )
    if result.result == ALREADY:
        title = (
            tr("WELCOME BACK (RE-ENTRY)")
            if result.reason == outcome.RE_ENTRY
            else tr("ALREADY CHECKED IN")
        )
        when = tr("First check-in at %1 · %2").replace("%1", at).replace("%2", result.desk)
        following = next_line(next_up, tz)
        return banner.BannerContent(
            banner.ALREADY, title, name, details, when, note, following
        ), "already"
    if result.result == REJECTED:
        title = tr("REJECTED")
        return banner.BannerContent(
            banner.REJECTED, title, name, details, reason_text(result.reason), ""
        ), "rejected"
    if result.result == UNDONE:
        when = (
            tr("The check-in of %1 at desk %2 was taken back.")
            .replace("%1", at)
            .replace("%2", result.desk)
        )
        return banner.BannerContent(
            banner.UNDONE, tr("CHECK-IN UNDONE"), name, details, when
        ), "undone"
    if result.result == CHECKED_OUT:
        return banner.BannerContent(banner.UNDONE, tr("CHECKED OUT"), name, details), "undone"
    return banner.BannerContent(banner.INFO, result.result, name, details), ""


def problem(text: str) -> banner.BannerContent:
    return banner.BannerContent(banner.INFO, tr("NOT DONE"), "", "", text)
