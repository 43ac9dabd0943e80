"""The layer contract (docs/architecture.md), read from every module's imports and checked by
importing the core for real.

* The core (``core``, ``store``, ``services``, ``scheduling``, ``documents``) never imports Qt or
  the front ends: it stays usable from the CLI, tests and future front ends.
* The front ends (``ui``, ``cli``) never import SQLAlchemy or ``clusterdesk.store``: they call
  services and hold the open event as an opaque handle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import clusterdesk

PACKAGE = Path(clusterdesk.__file__).parent
CORE = ("core", "store", "services", "scheduling", "documents")
FRONT_ENDS = ("ui", "cli")
QT = ("PySide6", "shiboken6")


def _module_name(path: Path) -> str:
    parts = ["clusterdesk", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports anywhere (top level, in functions, under TYPE_CHECKING),
    relative imports resolved."""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def modules_of(*packages: str) -> list[Path]:
    paths = [p for name in packages for p in sorted((PACKAGE / name).rglob("*.py"))]
    assert len(paths) > 10, f"no modules found under {PACKAGE}"
    return paths


def offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    out = []
    for path in paths:
        for name in sorted(imports_of(path)):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                out.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return out


def test_the_reader_sees_relative_and_nested_imports() -> None:
    module = PACKAGE / "services" / "search" / "people.py"
    assert "clusterdesk.store.models" in imports_of(module)
    assert "clusterdesk.services.search.words.WordIndex" in imports_of(module)
    assert "clusterdesk.ui.app.run_app" in imports_of(PACKAGE / "cli" / "__init__.py")


def test_the_core_imports_neither_qt_nor_the_front_ends() -> None:
    forbidden = (*QT, "clusterdesk.ui", "clusterdesk.cli")
    assert offenders(modules_of(*CORE), forbidden) == []


def test_the_front_ends_import_neither_sqlalchemy_nor_the_store() -> None:
    assert offenders(modules_of(*FRONT_ENDS), ("sqlalchemy", "clusterdesk.store")) == []


def test_importing_the_core_and_the_command_line_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {[f'clusterdesk.{p}' for p in (*CORE, 'cli')]!r}:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, name + '.'):\n"
        "        if '.migrations' not in info.name:  # Alembic runs those itself\n"
        "            importlib.import_module(info.name)\n"
        f"leaked = sorted(m for m in sys.modules if m.startswith({QT!r}))\n"
        "print(len(sys.modules), ','.join(leaked))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    loaded, _, leaked = proc.stdout.strip().partition(" ")
    assert int(loaded) > 100  # the imports really ran
    assert leaked == "", f"Qt imported by the core or the CLI: {leaked}"
