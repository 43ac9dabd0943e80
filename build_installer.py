"""Build ClusterDesk as a self-contained application and package it for this platform.

    pip install -e '.[installer]'      # PyInstaller (once)
    python build_installer.py          # build, self-test, package
    python build_installer.py --help   # the options

Steps (each timed; the summary is printed and written to dist/build-summary.json):

1. draw the application icon (PNG, ICO, ICNS) from resources/icons/clusterdesk.svg;
2. freeze the app with PyInstaller from installer/clusterdesk.spec into dist/clusterdesk/ (one
   folder: the `clusterdesk` executable, its libraries and resources);
3. smoke-test the frozen executable headless: `clusterdesk selftest` (demo event, badge PDF,
   check-in, a solver child process, scheduling, the window off-screen). Any error output or a
   non-zero exit fails the build — nothing is packaged;
4. package: Linux — dist/ClusterDesk-VERSION-linux-ARCH.tar.gz (and an AppImage when
   `appimagetool` is on the PATH); Windows — the Inno Setup installer (installer/windows/
   clusterdesk.iss, when `iscc` is on the PATH); macOS — dist/ClusterDesk-VERSION.dmg (hdiutil).

Exit codes: 0 built; 1 the build or the self-test failed; 2 PyInstaller is not installed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPEC = ROOT / "installer" / "clusterdesk.spec"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
APP_DIR_NAME = "clusterdesk"  # the one folder PyInstaller writes into dist/


class BuildFailed(Exception):
    pass


def project_version() -> str:
    sys.path.insert(0, str(ROOT))
    from clusterdesk import __version__

    return __version__


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def executable(app: Path) -> Path:
    names = (
        ["clusterdesk-cli.exe"] if sys.platform == "win32" else ["clusterdesk", "clusterdesk-cli"]
    )
    for name in names:
        if (app / name).exists():
            return app / name
    raise BuildFailed(f"no clusterdesk executable in {app}")


# --- 1. icons ------------------------------------------------------------------------------------
def draw_icons() -> None:
    """The SVG drawn at the sizes each platform wants, with Qt (off-screen) and Pillow."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "clusterdesk.svg"))
    if not renderer.isValid():
        raise BuildFailed("resources/icons/clusterdesk.svg cannot be drawn")
    image = QImage(1024, 1024, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 1024, 1024))
    painter.end()
    big = ICONS / "clusterdesk-1024.png"
    image.save(str(big))
    with Image.open(big) as source:
        source.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "clusterdesk.png")
        source.save(ICONS / "clusterdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 256)])
        source.save(ICONS / "clusterdesk.icns")
    del _app


# --- 2. PyInstaller ------------------------------------------------------------------------------
def freeze(dist: Path) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise SystemExit(
            "PyInstaller is not installed: pip install -e '.[installer]' (see README, Installers)"
        ) from exc
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(SPEC),
    ]
    done = subprocess.run(command, cwd=ROOT)
    if done.returncode != 0:
        raise BuildFailed(f"PyInstaller failed (exit code {done.returncode})")
    app = dist / APP_DIR_NAME
    if not app.is_dir():
        raise BuildFailed(f"PyInstaller wrote no {app}")
    return app


# --- 3. the self-test ----------------------------------------------------------------------------
def selftest(app: Path) -> dict[str, object]:
    """Run the frozen `clusterdesk selftest` headless, in a throw-away home folder; any output on
    stderr or a non-zero exit fails the build."""
    exe = executable(app)
    with tempfile.TemporaryDirectory(prefix="clusterdesk-build-selftest-") as home:
        env = {
            **os.environ,
            "CLUSTERDESK_HOME": home,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONWARNINGS": "default",  # a deprecation in the bundle shows up as error output
        }
        for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):  # nothing from the build's Python
            env.pop(name, None)
        started = time.perf_counter()
        done = subprocess.run(
            [str(exe), "selftest", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            cwd=home,
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0 or done.stderr.strip():
            log = Path(home) / "log" / "clusterdesk.log"
            tail = log.read_text(encoding="utf-8")[-4000:] if log.exists() else ""
            raise BuildFailed(
                f"the frozen self-test failed (exit code {done.returncode})\n"
                f"--- stdout\n{done.stdout[-4000:]}\n--- stderr\n{done.stderr[-4000:]}\n"
                f"--- log\n{tail}"
            )
        report = json.loads(done.stdout)
        version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env)
        if version.returncode != 0 or version.stderr.strip():
            raise BuildFailed(f"`clusterdesk --version` failed: {version.stderr}")
    return {
        "seconds": round(seconds, 2),
        "steps": report["steps"],
        "version": version.stdout.strip(),
    }


# --- 4. packages ---------------------------------------------------------------------------------
def desktop_entry() -> str:
    return (
        "[Desktop Entry]\nType=Application\nName=ClusterDesk\n"
        "Comment=Offline event desk: participants, check-in, badges, B2B meetings\n"
        "Exec=clusterdesk %f\nIcon=clusterdesk\nTerminal=false\n"
        "Categories=Office;\nMimeType=application/x-clusterdesk-event;\n"
    )


def linux_extras(app: Path) -> None:
    """The desktop entry, icon and `.cdesk` file type, with the script that installs them."""
    share = app / "share"
    share.mkdir(exist_ok=True)
    (share / "clusterdesk.desktop").write_text(desktop_entry(), encoding="utf-8")
    shutil.copy2(ICONS / "clusterdesk.png", share / "clusterdesk.png")
    shutil.copy2(ROOT / "installer" / "linux" / "clusterdesk-mime.xml", share)
    script = app / "install-desktop-entry.sh"
    shutil.copy2(ROOT / "installer" / "linux" / "install-desktop-entry.sh", script)
    script.chmod(0o755)


def linux_packages(app: Path, dist: Path, version: str) -> list[Path]:
    linux_extras(app)
    arch = platform.machine() or "x86_64"
    stem = f"ClusterDesk-{version}-linux-{arch}"
    archive = dist / f"{stem}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=3) as tar:  # speed over the last per cent
        tar.add(app, arcname=f"clusterdesk-{version}")
    made = [archive]
    tool = shutil.which("appimagetool")
    if tool:
        made.append(appimage(app, dist, stem, tool))
    else:
        print("appimagetool not on the PATH: no AppImage (the .tar.gz is the Linux package)")
    return made


def appimage(app: Path, dist: Path, stem: str, tool: str) -> Path:
    appdir = BUILD / "ClusterDesk.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(app, appdir / "usr" / "lib" / "clusterdesk", symlinks=True)
    (appdir / "AppRun").write_text(
        '#!/bin/sh\nHERE="$(dirname "$(readlink -f "$0")")"\n'
        'exec "$HERE/usr/lib/clusterdesk/clusterdesk" "$@"\n',
        encoding="utf-8",
    )
    (appdir / "AppRun").chmod(0o755)
    (appdir / "clusterdesk.desktop").write_text(desktop_entry(), encoding="utf-8")
    shutil.copy2(ICONS / "clusterdesk.png", appdir / "clusterdesk.png")
    out = dist / f"{stem}.AppImage"
    env = {**os.environ, "ARCH": platform.machine() or "x86_64"}
    done = subprocess.run([tool, str(appdir), str(out)], env=env)
    if done.returncode != 0:
        raise BuildFailed(f"appimagetool failed (exit code {done.returncode})")
    return out


def windows_packages(app: Path, dist: Path, version: str) -> list[Path]:
    script = ROOT / "installer" / "windows" / "clusterdesk.iss"
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    command = [
        iscc or "iscc",
        f"/DAppVersion={version}",
        f"/DSourceDir={app}",
        f"/DOutputDir={dist}",
        f"/DIconFile={ICONS / 'clusterdesk.ico'}",
        str(script),
    ]
    if iscc is None:
        print(
            "Inno Setup's iscc is not on the PATH; to make the installer run:\n  "
            + " ".join(command)
        )
        return []
    if subprocess.run(command).returncode != 0:
        raise BuildFailed("Inno Setup failed")
    return [dist / f"ClusterDesk-{version}-setup.exe"]


def macos_packages(dist: Path, version: str) -> list[Path]:
    bundle = dist / "ClusterDesk.app"
    out = dist / f"ClusterDesk-{version}.dmg"
    command = [
        "hdiutil",
        "create",
        "-volname",
        "ClusterDesk",
        "-srcfolder",
        str(bundle),
        "-ov",
        "-format",
        "UDZO",
        str(out),
    ]
    if subprocess.run(command).returncode != 0:
        raise BuildFailed("hdiutil failed to make the .dmg")
    return [out]


def package(app: Path, dist: Path, version: str) -> list[Path]:
    if sys.platform == "win32":
        return windows_packages(app, dist, version)
    if sys.platform == "darwin":
        return macos_packages(dist, version)
    return linux_packages(app, dist, version)


# --- the build -----------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build, self-test and package ClusterDesk.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--no-package", action="store_true", help="stop after the self-test (no archive)"
    )
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    version = project_version()
    times: dict[str, float] = {}
    started = time.perf_counter()
    try:
        t0 = time.perf_counter()
        draw_icons()
        times["icons"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        app = freeze(dist)
        times["pyinstaller"] = time.perf_counter() - t0
        print(f"built {app} ({mb(folder_size(app))}); self-testing the frozen app …", flush=True)
        t0 = time.perf_counter()
        tested = selftest(app)
        times["selftest"] = time.perf_counter() - t0
        for step in tested["steps"]:  # type: ignore[attr-defined]
            print(f"  ok  {step['step']:<13} {step['detail']} ({step['seconds']:.2f} s)")
        made: list[Path] = []
        if not args.no_package:
            t0 = time.perf_counter()
            made = package(app, dist, version)
            times["package"] = time.perf_counter() - t0
    except BuildFailed as exc:
        print(f"build_installer: {exc}", file=sys.stderr)
        return 1
    times["total"] = time.perf_counter() - started
    summary = {
        "version": version,
        "platform": f"{sys.platform}-{platform.machine()}",
        "app_folder": str(app),
        "bundle_bytes": folder_size(app),
        "packages": {str(p): p.stat().st_size for p in made},
        "seconds": {k: round(v, 1) for k, v in times.items()},
        "selftest": tested,
    }
    (dist / "build-summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(f"bundle: {app} — {mb(summary['bundle_bytes'])}")  # type: ignore[arg-type]
    for path, size in summary["packages"].items():  # type: ignore[attr-defined]
        print(f"package: {path} — {mb(size)}")
    print("times: " + ", ".join(f"{k} {v:.0f} s" for k, v in times.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
