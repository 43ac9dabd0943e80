"""The core never imports Qt: it stays usable from the CLI, tests and future front ends."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "clusterdesk.core",
    "clusterdesk.store",
    "clusterdesk.services",
    "clusterdesk.scheduling",
    "clusterdesk.documents",
    "clusterdesk.cli",
]


def test_core_packages_do_not_import_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, name + '.'):\n"
        "        if '.migrations' in info.name:\n"
        "            continue\n"
        "        importlib.import_module(info.name)\n"
        "leaked = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(leaked))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", f"Qt imported by the core: {proc.stdout}"
