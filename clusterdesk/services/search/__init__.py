"""One participant search for the whole app (see :mod:`.people` and :mod:`.words`)."""

from clusterdesk.services.search.people import (
    ALL,
    BADGE,
    CLOSE,
    SORTS,
    WORDS,
    Filtered,
    ParticipantSearch,
    shared_search,
)

__all__ = [
    "ALL",
    "BADGE",
    "CLOSE",
    "SORTS",
    "WORDS",
    "Filtered",
    "ParticipantSearch",
    "shared_search",
]
