"""Turn a check-in result into banner text, colour and sound (translated, context "checkin")."""

from __future__ import annotations

from datetime import tzinfo

from clusterdesk.services.checkin import ALREADY, CHECKED_IN, CHECKED_OUT, REJECTED, UNDONE
from clusterdesk.services.checkin import result as outcome
from clusterdesk.services.checkin.result import CheckInResult, Person
from clusterdesk.ui.checkin import banner
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.words import checkin_reason


def details_of(p: Person | None) -> str:
    if p is None:
        return ""
    return " · ".join(x for x in (p.organization, p.category, p.country) if x)


def time_of(result: CheckInResult, tz: tzinfo | None) -> str:
    if result.checked_in_at is None:
        return ""
    return result.checked_in_at.astimezone(tz).strftime("%H:%M")


def present(result: CheckInResult, tz: tzinfo | None) -> tuple[banner.BannerContent, str]:
    """(banner content, sound name) for one result."""
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
        return banner.BannerContent(state, title, name, details, when, note), (
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
        return banner.BannerContent(banner.ALREADY, title, name, details, when, note), "already"
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
