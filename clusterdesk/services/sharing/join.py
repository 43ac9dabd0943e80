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
from clusterdesk.core.messages import CodedError, msg, refusal
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
        raise CodedError(
            msg(
                "join.wrong_host",
                place=f"{host}:{port}",
                found=short_fingerprint(found),
                expected=short_fingerprint(matches) if not short else "…",
            )
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
        raise CodedError(msg("join.bad_address", address=address))
    try:
        short = b32decode(certificate)
    except ValueError as exc:
        raise CodedError(msg("join.bad_certificate_check")) from exc
    if len(short) < SHORT_FINGERPRINT_BYTES:
        raise CodedError(msg("join.short_certificate_check"))
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
        return CodedError(msg("join.wrong_password", place=place))
    if "no pg_hba.conf entry" in text:
        return CodedError(msg("join.other_network", place=place))
    if "certificate verify failed" in text or "sslrootcert" in text:
        return CodedError(msg("join.certificate_changed", place=place))
    return None


def check_schema(current: str | None, head: str, known: set[str], place: str) -> None:
    """A desk works on the host's database only when both speak the same schema."""
    if current == head:
        return
    if current is not None and current not in known:
        raise refusal(
            NewerEventError, msg("join.host_newer", place=place, schema=current, head=head)
        )
    raise CodedError(msg("join.host_older", place=place, schema=str(current), head=head))


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
            raise CodedError(msg("join.cannot_open", place=place, why=str(exc.orig))) from None
    finally:
        db.dispose()
    if revision != HEAD_REVISION:
        check_schema(revision, HEAD_REVISION, known_revisions(), place)
    return open_event(url)
