"""The command line starts light: `--version`, `--help` and usage errors load no heavy library, and a
per-scan `checkin` loads only what a check-in needs. Start-up times are measured by
benchmarks/bench_startup.py; here the modules each invocation leaves in ``sys.modules`` are checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import cli

HEAVY: tuple[str, ...] = (
    *("sqlalchemy", "alembic", "reportlab", "numpy", "pysat", "ortools", "PySide6", "psycopg"),
    *("openpyxl", "rapidfuzz", "zxingcpp", "PIL", "icalendar", "clusterdesk.store"),
)
COMMANDS = [
    *("new", "demo", "import", "participants", "sessions", "tables", "schedule", "meetings"),
    *("badges", "table-cards", "stats", "backup", "checkin"),
]


def loaded_modules(tmp_path: Path, *args: str) -> tuple[int, set[str]]:
    """Run ``clusterdesk ARGS`` in a fresh interpreter; its exit code and the modules it loaded."""
    report = tmp_path / "modules.json"
    code = (
        "import json, sys\n"
        "from clusterdesk.cli import main\n"
        "try:\n"
        f"    rc = main({list(args)!r})\n"
        "except SystemExit as exc:\n"
        "    rc = exc.code or 0\n"
        f"open({str(report)!r}, 'w').write(json.dumps(sorted(sys.modules)))\n"
        "sys.exit(rc)\n"
    )
    env = {**os.environ, "CLUSTERDESK_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    return done.returncode, set(json.loads(report.read_text()))


def heavy(modules: set[str], names: tuple[str, ...] = HEAVY) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in names or m.startswith(names))


@pytest.mark.parametrize(
    "args", [["--version"], ["--help"], ["checkin", "--help"], ["stats"], ["no-such-command", "-x"]]
)
def test_version_help_and_usage_errors_load_no_heavy_library(
    tmp_path: Path, args: list[str]
) -> None:
    code, modules = loaded_modules(tmp_path, *args)
    assert code in (0, 2)
    assert heavy(modules) == []
    assert not any(m.startswith("clusterdesk.services") for m in modules)


def test_help_lists_every_command_with_its_help() -> None:
    run = cli("--help")
    assert run.code == 0
    for command in COMMANDS:
        assert f"\n    {command} " in run.out or f"\n    {command}\n" in run.out, command
    assert "check a participant in by badge code" in run.out


def test_a_checkin_loads_the_database_layer_and_nothing_for_documents_or_scheduling(
    tmp_path: Path,
) -> None:
    event = tmp_path / "e.cdesk"
    assert cli("demo", str(event), "--participants", "40").code == 0
    badge = cli("participants", str(event), "--json").json()["participants"][0]["badge_code"]
    code, modules = loaded_modules(tmp_path, "checkin", str(event), badge)
    assert code == 0
    assert "sqlalchemy" in modules and "clusterdesk.services.checkin" in modules
    assert (
        heavy(modules, tuple(n for n in HEAVY if n not in ("sqlalchemy", "clusterdesk.store")))
        == []
    )
