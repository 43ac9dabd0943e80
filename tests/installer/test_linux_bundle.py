"""The installer: build_installer.py freezes the app, self-tests the frozen executable (demo event,
badge PDF, check-in, a solver child, scheduling, the window off-screen) and packs the Linux
.tar.gz. Here the archive is unpacked somewhere else — as on a venue laptop with no Python — and
the unpacked program is used through its command line: it must carry everything it needs, and
nothing of the Qt modules it never uses.

Minutes of build: CI runs it (.ci/run sets CLUSTERDESK_REQUIRE_INSTALLER); elsewhere it is skipped
with that reason unless the variable is set. ``CLUSTERDESK_INSTALLER_DIST=dist`` tests what an earlier
`python build_installer.py` left in that folder instead of building again."""

from __future__ import annotations

import ast
import json
import os
import pickle
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.system_deps import ROOT, need, qt_gui_problem, required

pytestmark = [pytest.mark.installer, pytest.mark.slow, pytest.mark.timeout(3600)]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    if not sys.platform.startswith("linux"):
        pytest.skip("the installer test builds the Linux bundle")
    if not required("installer"):
        need(
            "installer",
            "the installer build takes minutes: CI runs it; here "
            "CLUSTERDESK_REQUIRE_INSTALLER=1 pytest -m installer",
        )
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        need("installer", "PyInstaller is not installed: pip install -e '.[installer]'")
    if qt_gui_problem():  # the self-test opens the window off-screen
        need("qt", qt_gui_problem() or "")
    earlier = os.environ.get("CLUSTERDESK_INSTALLER_DIST")
    if earlier:
        dist = Path(earlier).resolve()
        summary = json.loads((dist / "build-summary.json").read_text(encoding="utf-8"))
        return {"dist": dist, "summary": summary, "output": ""}
    dist = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--dist", str(dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3000,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    summary = json.loads((dist / "build-summary.json").read_text(encoding="utf-8"))
    return {"dist": dist, "summary": summary, "output": done.stdout}


def unpacked(built: dict[str, object], tmp_path: Path) -> Path:
    summary = built["summary"]
    archives = [Path(p) for p in summary["packages"] if p.endswith(".tar.gz")]  # type: ignore[attr-defined,index]
    assert len(archives) == 1
    with tarfile.open(archives[0]) as tar:
        tar.extractall(tmp_path / "laptop", filter="tar")
    (folder,) = (tmp_path / "laptop").iterdir()
    return folder


def run(exe: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = "/usr/bin:/bin"  # no Python of the build on the path
    env["CLUSTERDESK_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=600, cwd=home
    )


def test_the_build_self_tested_the_frozen_app(built):
    summary = built["summary"]
    steps = [s["step"] for s in summary["selftest"]["steps"]]  # type: ignore[index]
    expected = ["demo event", "badge PDF", "check-in", "solver child", "schedule", "app window"]
    assert steps == expected
    assert all(s["ok"] for s in summary["selftest"]["steps"])  # type: ignore[index]
    assert summary["selftest"]["version"] == f"clusterdesk {summary['version']}"  # type: ignore[index]


def test_the_unpacked_archive_works_without_python(built, tmp_path):
    folder = unpacked(built, tmp_path)
    exe = folder / "clusterdesk"
    home = tmp_path / "home"
    home.mkdir()
    assert os.access(exe, os.X_OK)

    event = home / "forum.cdesk"
    made = run(exe, "demo", str(event), "--participants", "30", home=home)
    assert made.returncode == 0 and made.stderr == "", made.stderr
    people = json.loads(run(exe, "participants", str(event), "--json", home=home).stdout)
    code = people["participants"][0]["badge_code"]
    first = run(exe, "checkin", str(event), code, "--json", home=home)
    assert first.returncode == 0 and json.loads(first.stdout)["result"] == "checked_in"
    again = run(exe, "checkin", str(event), code, home=home)
    assert again.returncode == 3  # already checked in: the CLI's exit code contract
    pdf = home / "badges.pdf"
    badges = run(exe, "badges", str(event), str(pdf), home=home)
    assert badges.returncode == 0, badges.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    # the app starts its render and print workers as `EXECUTABLE -m MODULE` (clusterdesk.frozen)
    as_module = run(exe, "-m", "clusterdesk", "--version", home=home)
    assert as_module.returncode == 0 and as_module.stdout.startswith("clusterdesk "), as_module
    # ... and the render worker, on a real job prepared here, as the Print page does
    from clusterdesk.services.events import open_event
    from clusterdesk.services.printing import BADGE, PrintChoices, prepare
    from clusterdesk.ui.printing.render_worker import _payload

    db = open_event(event)
    try:
        job = prepare(db, PrintChoices(BADGE))
    finally:
        db.dispose()
    (home / "job.pickle").write_bytes(pickle.dumps(_payload(job)))
    rendered = run(
        exe,
        "-m",
        "clusterdesk.ui.printing.render_worker",
        *(str(home / name) for name in ("job.pickle", "worker.pdf", "stats.pickle")),
        home=home,
    )
    assert rendered.returncode == 0, rendered.stderr
    assert f"progress {job.items} {job.items}" in rendered.stdout
    assert (home / "worker.pdf").read_bytes().startswith(b"%PDF-")
    other = run(exe, "-m", "json.tool", home=home)
    assert other.returncode == 2 and "ClusterDesk's own modules only" in other.stderr


def test_the_bundle_carries_the_resources_and_leaves_out_unused_qt(built, tmp_path):
    summary = built["summary"]
    app = Path(summary["app_folder"])  # type: ignore[arg-type]
    files = {p.relative_to(app).as_posix() for p in app.rglob("*")}
    resources = [
        "fonts/NotoSans-Regular.ttf",
        "translations/clusterdesk_en.qm",
        "sounds/checked_in.wav",
        "icons/checkin.svg",
        "badges/a6-portrait.json",
    ]
    for resource in resources:
        assert any(f.endswith(f"resources/{resource}") for f in files), resource
    assert any(f.endswith("versions/0001_foundation.py") for f in files)  # Alembic reads sources
    names = " ".join(files)
    unused = ["QtWebEngine", "Qt63D", "Qt6Charts", "Qt6Designer", "VirtualKeyboard", "libgtk-3"]
    for module in unused:
        assert module not in names, module
    for used in ("libQt6Widgets", "libQt6PrintSupport", "libQt6Pdf", "libQt6Svg", "libqxcb"):
        assert used in names, used
    assert not any(f.endswith("resources/translations/clusterdesk_en.ts") for f in files)


def left_out_by_the_spec() -> tuple[str, ...]:
    """The library name prefixes the spec leaves out (its ONLY_THEIRS), read from the spec."""
    tree = ast.parse((ROOT / "installer" / "clusterdesk.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "ONLY_THEIRS":
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("ONLY_THEIRS not found in the spec")


def test_nothing_kept_needs_a_library_the_spec_left_out(built):
    """Leaving out unused Qt parts must not leave a kept one without a library it links (the
    off-screen self-test would not notice a broken xcb or Wayland plugin). The libraries every
    kept Qt plugin, Qt library and extension module links (ELF NEEDED) are in the bundle, or
    are none of those the spec removed."""
    app = Path(built["summary"]["app_folder"])  # type: ignore[index]
    internal = app / "_internal"
    bundled = {p.name for p in internal.rglob("*.so*")}
    removed = left_out_by_the_spec()
    assert removed
    checked = [
        p
        for p in internal.rglob("*.so*")
        if not p.is_symlink()
        and ("Qt/plugins" in p.as_posix() or "Qt/lib" in p.as_posix() or ".abi3.so" in p.name)
    ]
    assert len(checked) > 30
    lost: dict[str, list[str]] = {}
    for path in checked:
        dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
        needed = re.findall(r"NEEDED\s+(\S+)", dump)
        gone = [n for n in needed if n not in bundled and n.startswith(removed)]
        if gone:
            lost[str(path.relative_to(internal))] = gone
    assert lost == {}
