"""Printing: one pipeline for every document — a job (what to print, for whom) → the document's
one renderer → a sink (a file, the printer, the preview) → the print log.

``jobs`` holds the job and the pipeline steps (``prepare``, ``render``, ``record``), ``sinks`` the
sinks and ``produce`` (all steps in one call), ``log`` the one print-log writer, ``documents`` the
gathering of each document's records, ``badges`` who gets a badge or an agenda.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from clusterdesk.services.printing.log import (
        Recorded,
        last_digests,
        printed_counts,
        record_prints,
    )
    from clusterdesk.services.printing.sinks import (
        FileSink,
        Produced,
        Sink,
        produce,
    )

# Each name loads its module on first use, so that a caller of the print log alone (the desk's
# check-in) does not load reportlab and the renderers (PEP 562).
_HOME = {
    "DEFAULT_LAYOUT": "badges",
    "BadgeSelection": "badges",
    "agenda_lines": "badges",
    "badge_categories": "badges",
    "badge_document": "badges",
    "badge_record": "badges",
    "get_layout": "badges",
    "select_participants": "badges",
    "user_layouts_dir": "badges",
    "AGENDA": "jobs",
    "BADGE": "jobs",
    "CATALOGUE": "jobs",
    "MASTER_SCHEDULE": "jobs",
    "REPORT": "jobs",
    "TABLE_CARD": "jobs",
    "TABLE_SHEET": "jobs",
    "DocumentKind": "jobs",
    "PreparedJob": "jobs",
    "PrintChoices": "jobs",
    "first_pages": "jobs",
    "prepare": "jobs",
    "record": "jobs",
    "record_job": "jobs",
    "render": "jobs",
    "Recorded": "log",
    "last_digests": "log",
    "printed_counts": "log",
    "record_prints": "log",
    "FileSink": "sinks",
    "Produced": "sinks",
    "Sink": "sinks",
    "produce": "sinks",
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


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
