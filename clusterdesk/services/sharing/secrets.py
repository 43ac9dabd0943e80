"""Desk passwords of recently joined events, never stored in clear.

The platform keyring (Windows Credential Manager, macOS Keychain, the Secret Service on Linux,
through the ``keyring`` package) when this computer has one. Without one (a minimal Linux, a
kiosk), an obfuscated entry in ``joined.json`` in the settings folder: XOR with a key derived
from this computer and user, base 64. That keeps the password out of plain sight (a glance at a
settings file, a search for it, a screenshot) — it is not encryption: whoever can read this
user's files and this program can recover it. The password only opens one shared event, for as
long as the host shares it; the next share makes a new one.
"""

from __future__ import annotations

import base64
import contextlib
import getpass
import hashlib
import json
import os
import platform
from pathlib import Path

from clusterdesk.core.paths import config_dir

SERVICE = "ClusterDesk shared events"


def _keyring() -> object | None:
    if os.environ.get("CLUSTERDESK_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring set-up is no keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend


def where() -> str:
    """Where passwords go here, for the settings page and docs: "keyring" or "obfuscated"."""
    return "keyring" if _keyring() is not None else "obfuscated"


def _store() -> Path:
    return config_dir() / "joined.json"


def _load() -> dict[str, str]:
    try:
        data = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _save(entries: dict[str, str]) -> None:
    path = _store()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(entries, fh, indent=1)


def _mask(data: bytes, key: str) -> bytes:
    seed = f"{platform.node()}\0{getpass.getuser()}\0{key}\0ClusterDesk".encode()
    stream = b""
    counter = 0
    while len(stream) < len(data):
        stream += hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        counter += 1
    return bytes(a ^ b for a, b in zip(data, stream, strict=False))


def remember(key: str, password: str) -> None:
    backend = _keyring()
    if backend is not None:
        with contextlib.suppress(Exception):
            backend.set_password(SERVICE, key, password)  # type: ignore[attr-defined]
            return
    entries = _load()
    entries[key] = base64.b64encode(_mask(password.encode(), key)).decode("ascii")
    _save(entries)


def recall(key: str) -> str | None:
    backend = _keyring()
    if backend is not None:
        with contextlib.suppress(Exception):
            found = backend.get_password(SERVICE, key)  # type: ignore[attr-defined]
            if found:
                return str(found)
    masked = _load().get(key)
    if masked is None:
        return None
    try:
        return _mask(base64.b64decode(masked), key).decode()
    except (ValueError, UnicodeDecodeError):
        return None


def forget(key: str) -> None:
    backend = _keyring()
    if backend is not None:
        with contextlib.suppress(Exception):
            backend.delete_password(SERVICE, key)  # type: ignore[attr-defined]
    entries = _load()
    if entries.pop(key, None) is not None:
        _save(entries)
