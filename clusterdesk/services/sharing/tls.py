"""The host's self-signed certificate, and how a joining desk checks it.

libpq cannot pin a fingerprint, so the desk does it first: it opens a TCP connection, sends
PostgreSQL's SSLRequest, completes a TLS handshake without trusting anything, takes the server's
certificate and compares its SHA-256 with the fingerprint from the join code. Only then does it
write that certificate to a file and connect with ``sslmode=verify-ca`` and the file as the one
trusted root: a different server (or one in the middle) cannot present a certificate signed by
the host's key, so the pin holds for every later connection too.

The certificate is valid from 2000 to 2100 on purpose: it is trusted by pin, not by date, and a
desk laptop with a wrong clock must still join.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import ssl
import struct
from datetime import UTC, datetime
from pathlib import Path

from clusterdesk.core.messages import CodedError, msg

_SSL_REQUEST = struct.pack("!ii", 8, 80877103)


def make_certificate(address: str) -> tuple[bytes, bytes]:
    """A new self-signed certificate and its private key, both PEM (ECDSA P-256)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ClusterDesk shared event")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(datetime(2000, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2100, 1, 1, tzinfo=UTC))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(address))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def fingerprint_of_pem(pem: bytes) -> bytes:
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem.decode("ascii"))).digest()


def fetch_server_certificate(host: str, port: int, timeout: float = 5.0) -> bytes:
    """The DER certificate a PostgreSQL server presents (no trust decision is made here)."""
    where = f"{host}:{port}"
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.sendall(_SSL_REQUEST)
            answer = raw.recv(1)
            if answer != b"S":
                raise CodedError(msg("join.no_tls", place=where))
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with context.wrap_socket(raw, server_hostname=None) as tls:
                der = tls.getpeercert(binary_form=True)
    except TimeoutError as exc:
        raise CodedError(msg("join.no_answer", place=where)) from exc
    except ConnectionRefusedError as exc:
        raise CodedError(msg("join.nothing_listens", place=where)) from exc
    except OSError as exc:
        raise CodedError(
            msg("join.unreachable", place=where, why=str(exc.strerror or exc))
        ) from exc
    if not der:
        raise CodedError(msg("join.no_certificate", place=where))
    return der


def write_pinned(der: bytes, folder: Path) -> Path:
    """Store a verified certificate as the one trusted root for later connections."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(der).hexdigest()[:32]}.crt"
    path.write_text(ssl.DER_cert_to_PEM_cert(der), encoding="ascii")
    return path
