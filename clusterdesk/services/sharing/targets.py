"""What an EVENT argument names, now that events can be shared: a join code, a shared file.

Kept apart and light: every command resolves its EVENT here, and a plain event file costs one
look for a sharing state.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk.core.join_code import looks_like_join_code

if TYPE_CHECKING:
    from clusterdesk.services.events import EventDB


def resolve_event_target(target: str, desk: str = "") -> str:
    """A join code becomes this desk's URL (after the host's certificate was checked); a shared
    event file the URL of its running server on this computer; anything else stays as it is."""
    if looks_like_join_code(target):
        import socket

        from clusterdesk.services.sharing.join import join_code

        return join_code(target, desk or socket.gethostname()).url
    if "://" in target:
        return target
    path = Path(target).expanduser()
    if not path.is_file():
        return target
    from clusterdesk.services.sharing.state import load_state

    if load_state(path.resolve()) is None:
        return target
    from clusterdesk.services.sharing.host import local_target

    return local_target(path) or target


def open_target(target: str, desk: str = "") -> EventDB:
    """Open what an EVENT argument names (see :func:`resolve_event_target`)."""
    from clusterdesk.services.events import open_event
    from clusterdesk.services.sharing.join import is_joined_url, open_joined

    resolved = resolve_event_target(target, desk)
    if is_joined_url(resolved):
        return open_joined(resolved)
    return open_event(resolved)
