"""Printing: badges and table cards gathered from the event, rendered by the one renderer per
document, and every printed item recorded in the print log (reprints counted).

``badges`` selects participants and builds badge records; ``jobs`` is the document-agnostic
prepare → render → record cycle the Print page and print-on-arrival use.
"""

from clusterdesk.services.printing.badges import (
    DEFAULT_LAYOUT,
    BadgeJob,
    BadgeSelection,
    agenda_lines,
    badge_categories,
    badge_record,
    get_layout,
    prepare_badges,
    printed_counts,
    record_prints,
    render_job,
    select_participants,
    user_layouts_dir,
)
from clusterdesk.services.printing.jobs import (
    BADGE,
    TABLE_CARD,
    DocumentKind,
    PreparedJob,
    PrintChoices,
    first_pages,
    prepare,
    record,
    render,
)

__all__ = [
    "BADGE",
    "TABLE_CARD",
    "DocumentKind",
    "PreparedJob",
    "PrintChoices",
    "first_pages",
    "prepare",
    "record",
    "render",
    "DEFAULT_LAYOUT",
    "BadgeJob",
    "BadgeSelection",
    "agenda_lines",
    "badge_categories",
    "badge_record",
    "get_layout",
    "prepare_badges",
    "printed_counts",
    "record_prints",
    "render_job",
    "select_participants",
    "user_layouts_dir",
]
