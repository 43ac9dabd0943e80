"""Printing: one pipeline for every document — a job (what to print, for whom) → the document's
one renderer → a sink (a file, the printer, the preview) → the print log.

``jobs`` holds the job and the pipeline steps (``prepare``, ``render``, ``record``), ``sinks`` the
sinks and ``produce`` (all steps in one call), ``log`` the one print-log writer, ``documents`` the
gathering of each document's records, ``badges`` who gets a badge or an agenda.
"""

from clusterdesk.services.printing.badges import (
    DEFAULT_LAYOUT,
    BadgeSelection,
    agenda_lines,
    badge_categories,
    badge_document,
    badge_record,
    get_layout,
    select_participants,
    user_layouts_dir,
)
from clusterdesk.services.printing.jobs import (
    AGENDA,
    BADGE,
    CATALOGUE,
    MASTER_SCHEDULE,
    REPORT,
    TABLE_CARD,
    TABLE_SHEET,
    DocumentKind,
    PreparedJob,
    PrintChoices,
    first_pages,
    prepare,
    record,
    record_job,
    render,
)
from clusterdesk.services.printing.log import Recorded, last_digests, printed_counts, record_prints
from clusterdesk.services.printing.sinks import FileSink, Produced, Sink, produce

__all__ = [
    "AGENDA",
    "BADGE",
    "CATALOGUE",
    "DEFAULT_LAYOUT",
    "MASTER_SCHEDULE",
    "REPORT",
    "TABLE_CARD",
    "TABLE_SHEET",
    "BadgeSelection",
    "DocumentKind",
    "FileSink",
    "PreparedJob",
    "PrintChoices",
    "Produced",
    "Recorded",
    "Sink",
    "agenda_lines",
    "badge_categories",
    "badge_document",
    "badge_record",
    "first_pages",
    "get_layout",
    "last_digests",
    "prepare",
    "printed_counts",
    "produce",
    "record",
    "record_job",
    "record_prints",
    "render",
    "select_participants",
    "user_layouts_dir",
]
