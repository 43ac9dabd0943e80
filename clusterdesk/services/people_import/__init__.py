"""Importing participants, meeting requests and the programme from CSV and XLSX files (see
docs/import.md).

file → decode (UTF-8/BOM, UTF-16, Windows-1257/1252) → sniff the delimiter → match headers
(synonyms + the user's mapping) → validate every row → one write transaction, or nothing.
"""

from __future__ import annotations

from clusterdesk.services.people_import.headers import (
    FIELDS,
    REQUIRED,
    match_columns,
    missing_fields,
    parse_mapping,
)
from clusterdesk.services.people_import.participants import import_participants
from clusterdesk.services.people_import.programme import import_programme
from clusterdesk.services.people_import.reading import RawTable, parse_delimiter, read_table
from clusterdesk.services.people_import.report import ImportReport
from clusterdesk.services.people_import.requests import import_requests

__all__ = [
    "FIELDS",
    "REQUIRED",
    "ImportReport",
    "RawTable",
    "import_participants",
    "import_programme",
    "import_requests",
    "match_columns",
    "missing_fields",
    "parse_delimiter",
    "parse_mapping",
    "read_table",
]
