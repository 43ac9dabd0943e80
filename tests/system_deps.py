"""What the suite needs from the system beyond the venv `make test` builds, and what it skips
without it.

Outside CI a test whose system package is missing is skipped with a reason naming the package, and
the run's summary lists every skipped group (tests/conftest.py). CI (.ci/run) installs the packages
and sets the ``CLUSTERDESK_REQUIRE_*`` variables below, so there a missing package fails the run.

* ``postgres`` — PostgreSQL server binaries (initdb, pg_ctl) for the shared-database tests;
* ``qt`` — the system libraries PySide6's GUI modules link against (libEGL, libGL, libxkbcommon …,
  see clusterdesk/core/platform_check.py); without them no test that imports Qt can even load;
* ``xvfb`` — an X server and the xcb libraries, for the smoke test that opens the real window;
* ``chromium`` — Debian's Chromium, in which Playwright opens and searches the HTML plan;
* ``installer`` — not a package but minutes of build: the test marked ``installer`` freezes the app
  with PyInstaller and smoke-tests the Linux bundle (tests/installer). CI runs it; elsewhere it is
  skipped unless ``CLUSTERDESK_REQUIRE_INSTALLER=1``.
"""

from __future__ import annotations

import ast
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import pytest

from clusterdesk.core.platform_check import (
    QT_GUI_LIBRARIES,
    missing_libraries,
    packages_for,
)

if TYPE_CHECKING:
    from tests.pg import PostgresServer

ROOT = Path(__file__).resolve().parent.parent
REQUIRE = {
    "postgres": "CLUSTERDESK_REQUIRE_POSTGRES",
    "qt": "CLUSTERDESK_REQUIRE_QT",
    "xvfb": "CLUSTERDESK_REQUIRE_XVFB",
    "chromium": "CLUSTERDESK_REQUIRE_CHROMIUM",
    "installer": "CLUSTERDESK_REQUIRE_INSTALLER",
}
QT_FIXTURES = frozenset({"qtbot", "qapp", "qapp_args", "qapp_cls", "qtmodeltester", "qtlog"})
_QT_MODULES = ("PySide6", "shiboken6", "pytestqt", "clusterdesk.ui")


def required(group: str) -> bool:
    return bool(os.environ.get(REQUIRE[group]))


def skip_reason(group: str, reason: str) -> str:
    """The skip message; its ``[group]`` tag is how the summary finds it."""
    return f"[{group}] {reason}"


def is_system_skip(message: str) -> bool:
    return message.startswith(tuple(f"[{group}] " for group in REQUIRE))


def need(group: str, reason: str) -> NoReturn:
    """Skip the test for a missing system package, or fail it where CI requires the package."""
    if required(group):
        pytest.fail(f"{reason} ({REQUIRE[group]} is set: this run requires it)")
    pytest.skip(skip_reason(group, reason))


def need_pg(server: PostgresServer | None) -> PostgresServer:
    """The session's test server, or skip: no PostgreSQL binaries here (CI requires them)."""
    if server is None:
        need(
            "postgres",
            "PostgreSQL server binaries (initdb, pg_ctl) not found: sudo apt-get install postgresql",
        )
    return server


@cache
def qt_gui_problem() -> str | None:
    """Why Qt's GUI modules cannot load here (``None`` when they can)."""
    missing = missing_libraries(QT_GUI_LIBRARIES)
    if not missing:
        return None
    packages = packages_for(missing)
    install = f": sudo apt-get install {' '.join(packages)}" if packages else ""
    return f"Qt's GUI libraries are missing ({', '.join(missing)}){install}"


def _imported_modules(path: Path) -> list[str]:
    """Every module a file imports, anywhere in it (relative imports resolved)."""
    package = path.resolve().relative_to(ROOT).parent.parts
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package[: len(package) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.append(base)
            found += [f"{base}.{alias.name}" for alias in node.names]
    return found


def imports_qt(path: Path, _seen: set[Path] | None = None) -> bool:
    """Whether the file imports Qt, pytest-qt or the GUI package, itself or through the suite's
    own helper modules."""
    seen = set() if _seen is None else _seen
    seen.add(path.resolve())
    for module in _imported_modules(path):
        if module.startswith(_QT_MODULES):
            return True
        if module.startswith("tests."):
            local = (ROOT / (module.replace(".", "/") + ".py")).resolve()
            if local.is_file() and local not in seen and imports_qt(local, seen):
                return True
    return False
