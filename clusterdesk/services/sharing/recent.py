"""Recently joined shared events: listed without their passwords, reopened with them.

The recent list keeps a joined event's URL without the password (as every recent URL); the
password goes to :mod:`.secrets` under the host's address and certificate, so it reconnects
only to the host whose certificate this desk verified.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qsl

from clusterdesk.core.database_url import parse_database_url
from clusterdesk.services.sharing import secrets
from clusterdesk.services.sharing.join import is_joined_url


def _key(url: str) -> str:
    parsed = parse_database_url(url)
    pinned = dict(parse_qsl(parsed.query)).get("sslrootcert", "")
    return f"{parsed.host}:{parsed.port}/{Path(pinned).stem}"


def remember_joined(url: str) -> str:
    """Keep the password of a joined event; the URL without it (for the recent list)."""
    parsed = parse_database_url(url)
    if parsed.password:
        secrets.remember(_key(url), parsed.password)
    return parsed.without_password().render()


def reconnect_url(target: str) -> str | None:
    """A recent joined event's URL with its remembered password (``None``: not a joined event,
    or no password kept, or its pinned certificate is gone)."""
    if not is_joined_url(target):
        return None
    parsed = parse_database_url(target)
    pinned = Path(dict(parse_qsl(parsed.query)).get("sslrootcert", ""))
    if not pinned.is_file():
        return None
    password = parsed.password or secrets.recall(_key(target))
    if not password:
        return None
    return replace(parsed, password=password).render()


def forget_joined(target: str) -> None:
    if is_joined_url(target):
        secrets.forget(_key(target))
