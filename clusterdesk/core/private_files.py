"""Owner-only files and folders for what holds personal data or the badge secret.

An event file lets whoever reads it mint valid badges; backups and logs carry names and e-mail
addresses. They are created 0600 (folders 0700) explicitly — with ``chmod`` after creation, not
by trusting the umask, which is usually 022. On Windows ``chmod`` only toggles the read-only flag;
there the user's profile folders are private already.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Create ``path`` and its missing parents owner-only; folders that exist already (the
    user's own, perhaps shared on purpose) are left as they are."""
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True)
    for folder in missing:
        _chmod(folder, DIR_MODE)
    return path


def own_dir(path: Path) -> Path:
    """One of ClusterDesk's own folders (data, backups, logs, settings): created if missing and
    kept owner-only even if an older version made it 0755."""
    private_dir(path)
    _chmod(path, DIR_MODE)
    return path


def create_private_file(path: Path) -> Path:
    """Create an empty file that does not exist yet, owner-only (``FileExistsError`` if it does)."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return path


def make_private(path: Path) -> None:
    """Owner-only permissions on a file ClusterDesk just wrote."""
    _chmod(path, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:  # not ours (a shared folder) or a file system without permissions
        pass
