"""The check-in capability: one code path for the desk page, every desk and the CLI.

See docs/checkin.md. Everything here is Qt-free and returns plain, detached data.
"""

from clusterdesk.services.checkin.alarms import ScanAlarm, failed_scan_alarm, record_alarm
from clusterdesk.services.checkin.badges import (
    badge_printed,
    needs_badge,
    print_badge,
    print_on_arrival,
)
from clusterdesk.services.checkin.core import (
    check_in,
    check_out,
    event_keys,
    new_nonce,
    undo_check_in,
)
from clusterdesk.services.checkin.counters import (
    CategoryCount,
    DeskCounters,
    RecentEntry,
    desk_counters,
    inside_count,
    recent_check_ins,
)
from clusterdesk.services.checkin.result import (
    ALREADY,
    CHECKED_IN,
    CHECKED_OUT,
    REJECTED,
    UNDONE,
    CheckInResult,
    Person,
)
from clusterdesk.services.checkin.walkin import register_walk_in

__all__ = [
    "ALREADY",
    "CHECKED_IN",
    "CHECKED_OUT",
    "REJECTED",
    "UNDONE",
    "CategoryCount",
    "CheckInResult",
    "DeskCounters",
    "Person",
    "RecentEntry",
    "ScanAlarm",
    "badge_printed",
    "check_in",
    "check_out",
    "desk_counters",
    "event_keys",
    "failed_scan_alarm",
    "inside_count",
    "needs_badge",
    "new_nonce",
    "print_badge",
    "print_on_arrival",
    "recent_check_ins",
    "record_alarm",
    "register_walk_in",
    "undo_check_in",
]
