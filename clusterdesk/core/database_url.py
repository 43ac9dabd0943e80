"""Database URLs (``postgresql+psycopg://user:password@host:5432/event``) as plain data.

An event is named by a file path or by a database URL. The front ends build a URL from a form,
show where an event lives and keep recent events without their passwords; this module does that
without importing a database library. The syntax is RFC 1738 as SQLAlchemy reads it: user name
and password percent-encoded, an optional port, the database name as the path, options as a
query string.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

POSTGRESQL = "postgresql+psycopg"
DEFAULT_PORT = 5432


def is_database_url(target: str | Path) -> bool:
    """True for a database URL, False for a file path."""
    return "://" in str(target)


@dataclass(frozen=True)
class DatabaseURL:
    scheme: str = POSTGRESQL
    username: str = ""
    password: str = ""
    host: str = ""
    port: int | None = None
    database: str = ""
    query: str = ""  # e.g. "sslmode=require", kept as written

    def render(self, *, with_password: bool = True) -> str:
        auth = ""
        if self.username:
            auth = quote(self.username, safe="")
            if self.password and with_password:
                auth += ":" + quote(self.password, safe="")
            auth += "@"
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = f":{self.port}" if self.port is not None else ""
        database = f"/{quote(self.database, safe='')}" if self.database else ""
        query = f"?{self.query}" if self.query else ""
        return f"{self.scheme}://{auth}{host}{port}{database}{query}"

    def without_password(self) -> DatabaseURL:
        return replace(self, password="")

    @property
    def place(self) -> str:
        """Where the database is, for people: ``host:port/database`` (no user, no password)."""
        port = f":{self.port}" if self.port is not None else ""
        return f"{self.host or 'localhost'}{port}/{self.database}"


def parse_database_url(text: str) -> DatabaseURL:
    """Read a database URL; ``ValueError`` naming the problem when it is not one."""
    text = text.strip()
    if not is_database_url(text):
        raise ValueError(f"Not a database URL (scheme://…): {text!r}")
    parts = urlsplit(text)
    if not parts.scheme:
        raise ValueError(f"A database URL needs a scheme such as {POSTGRESQL}: {text!r}")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"Bad port in {text!r}") from exc
    return DatabaseURL(
        scheme=parts.scheme,
        username=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        host=parts.hostname or "",
        port=port,
        database=unquote(parts.path.lstrip("/")),
        query=parts.query,
    )


def strip_password(target: str) -> str:
    """A file path as it is; a database URL without its password (recent lists keep no
    passwords). Text that only looks like a URL is kept as typed."""
    if not is_database_url(target):
        return target
    try:
        return parse_database_url(target).without_password().render()
    except ValueError:
        return target
