"""Joining a shared event from a desk: check the host's certificate and schema, build the URL.

The URL pins the certificate (``sslmode=verify-ca`` with the verified certificate as the only
root), names the desk (``application_name``, which the host lists) and sets short network
time-outs, so a desk whose host vanished says so within seconds instead of hanging.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from clusterdesk.core.database_url import POSTGRESQL, DatabaseURL, parse_database_url
from clusterdesk.core.errors import NewerEventError, UserError
from clusterdesk.core.join_code import (
    DATABASE,
    ROLE,
    SHORT_FINGERPRINT_BYTES,
    JoinCode,
    b32decode,
    normalise_password,
    parse_join_code,
    short_fingerprint,
)
from clusterdesk.core.paths import data_dir
from clusterdesk.services.sharing import tls
from clusterdesk.store.engine import EventDB

# libpq: give up connecting after 5 s; notice a silent peer within ~10 s (keepalives) and an
# unacknowledged write within 8 s (tcp_user_timeout).
NETWORK_OPTIONS = {
    "connect_timeout": "5",
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "3",
    "tcp_user_timeout": "8000",
}


@dataclass(frozen=True)
class Joined:
    url: str  # with the password: for this process only, never stored or printed unasked
    place: str  # host:port, for people
    fingerprint: str  # SHA-256 hex of the verified certificate


def pinned_folder() -> Path:
    return data_dir() / "joined"


def desk_url(
    host: str, port: int, password: str, pinned: Path, desk: str, *, with_password: bool = True
) -> str:
    query = {
        "sslmode": "verify-ca",
        "sslrootcert": str(pinned),
        "application_name": (desk.strip() or "Desk")[:60],
        **NETWORK_OPTIONS,
    }
    return DatabaseURL(
        POSTGRESQL,
        username=ROLE,
        password=password if with_password else "",
        host=host,
        port=port,
        database=DATABASE,
        query=urlencode(query),
    ).render()


def _verified(host: str, port: int, matches: bytes, short: bool) -> tuple[Path, str]:
    der = tls.fetch_server_certificate(host, port)
    found = hashlib.sha256(der).digest()
    expected = matches if not short else matches[:SHORT_FINGERPRINT_BYTES]
    if not hmac.compare_digest(found[: len(expected)], expected):
        raise UserError(
            f"The computer at {host}:{port} is not the host this join code was made for: its "
            f"certificate ({short_fingerprint(found)}) does not match the code "
            f"({short_fingerprint(matches) if not short else '…'}). Scan the code the host "
            "shows now; if it is the same, someone else answers at that address. Nothing was "
            "opened."
        )
    return tls.write_pinned(der, pinned_folder()), found.hex()


def join_code(code: str | JoinCode, desk: str) -> Joined:
    """Verify the host named by a join code and build this desk's URL (no event opened yet)."""
    parsed = code if isinstance(code, JoinCode) else parse_join_code(code)
    pinned, fingerprint = _verified(parsed.host, parsed.port, parsed.fingerprint, short=False)
    url = desk_url(parsed.host, parsed.port, parsed.password, pinned, desk)
    return Joined(url, parsed.address, fingerprint)


def join_typed(address: str, password: str, certificate: str, desk: str) -> Joined:
    """The same from what a person typed: ``host:port``, the password and the certificate's
    short fingerprint as the host shows them."""
    host, _, port_text = address.strip().rpartition(":")
    host = host.strip("[]")
    if not host or not port_text.isdigit():
        raise UserError(
            f"Type the address as the host shows it, e.g. 192.168.1.20:54329 (not {address!r})"
        )
    try:
        short = b32decode(certificate)
    except ValueError as exc:
        raise UserError("The certificate check has letters and digits only (ABCD-EFGH-…)") from exc
    if len(short) < SHORT_FINGERPRINT_BYTES:
        raise UserError("Type the whole certificate check the host shows (16 characters)")
    pinned, fingerprint = _verified(host, int(port_text), short, short=True)
    url = desk_url(host, int(port_text), normalise_password(password), pinned, desk)
    return Joined(url, f"{host}:{port_text}", fingerprint)


def with_desk_name(url: str, desk: str) -> str:
    """The same URL under another desk name."""
    parsed = parse_database_url(url)
    query = dict(parse_qsl(parsed.query))
    query["application_name"] = (desk.strip() or "Desk")[:60]
    return DatabaseURL(
        parsed.scheme,
        parsed.username,
        parsed.password,
        parsed.host,
        parsed.port,
        parsed.database,
        urlencode(query),
    ).render()


def is_joined_url(target: str) -> bool:
    """A desk URL made by :func:`desk_url` (a shared event this desk joined)."""
    try:
        parsed = parse_database_url(target)
    except ValueError:
        return False
    query = dict(parse_qsl(parsed.query))
    return parsed.username == ROLE and str(pinned_folder()) in query.get("sslrootcert", "")


def explain_connect_error(message: str, place: str) -> UserError | None:
    """A clear message for the driver's usual refusals (``None`` for anything else)."""
    text = message.lower()
    if "password authentication failed" in text:
        return UserError(
            f"The host at {place} refused the password. Passwords change each time the host "
            "shares anew: scan the code the host shows now."
        )
    if "no pg_hba.conf entry" in text:
        return UserError(
            f"The host at {place} only admits desks from its own network, and this desk is not "
            "on it: connect to the venue network the host uses."
        )
    if "certificate verify failed" in text or "sslrootcert" in text:
        return UserError(
            f"The host at {place} presented another certificate than when this desk joined: "
            "join again with the code the host shows now."
        )
    return None


def check_schema(current: str | None, head: str, known: set[str], place: str) -> None:
    """A desk works on the host's database only when both speak the same schema."""
    if current == head:
        return
    if current is not None and current not in known:
        raise NewerEventError(
            f"The host at {place} runs a newer ClusterDesk (event schema {current}; this desk "
            f"knows {head}). Update ClusterDesk on this desk to join. Nothing was changed."
        )
    raise UserError(
        f"The host at {place} runs an older ClusterDesk (event schema {current}; this desk "
        f"has {head}). Use the same version on the host and every desk. Nothing was changed."
    )


def open_joined(url: str) -> EventDB:
    """Open a shared event as a desk: the driver's refusals explained, the schema compared with
    this version's (a desk never migrates the host's database)."""
    from sqlalchemy.exc import DBAPIError

    from clusterdesk.services.events import open_event
    from clusterdesk.store.engine import connect
    from clusterdesk.store.schema import HEAD_REVISION, current_revision, known_revisions

    place = parse_database_url(url).place
    db = connect(url)
    try:
        try:
            revision = current_revision(db)
        except DBAPIError as exc:
            explained = explain_connect_error(str(exc.orig), place)
            if explained is not None:
                raise explained from None
            raise UserError(f"Cannot open the shared event at {place}: {exc.orig}") from None
    finally:
        db.dispose()
    if revision != HEAD_REVISION:
        check_schema(revision, HEAD_REVISION, known_revisions(), place)
    return open_event(url)
