"""Before Qt starts on Linux: are the system libraries its GUI needs installed?

PySide6's wheels bring Qt itself but not the system libraries Qt's GUI links against. When one is
missing, Qt aborts with a message that names the wrong package (xcb-cursor0 for a missing
``libxcb-icccm.so.4``), or Python stops on an ImportError. This module answers first, without
importing Qt, with the one ``apt-get install`` line that fixes it (Debian and Ubuntu names).

The library lists are the ``NEEDED`` entries of PySide6 6.11's own binaries (``readelf -d``; ``ldd``
shows the same plus their dependencies), minus the C/C++ runtime every Linux system has:

* ``QT_GUI_LIBRARIES``: QtCore, QtGui, QtWidgets, QtDBus, QtPrintSupport, QtSvg and the
  ``offscreen`` platform plugin — needed on every Linux platform, the test suite's included;
* ``XCB_LIBRARIES``: ``plugins/platforms/libqxcb.so`` and ``lib/libQt6XcbQpa.so.6`` — needed when
  the window opens on X11 (the ``xcb`` platform; also XWayland when Qt is told to use it).

tests/core/test_platform_check.py keeps the lists honest against the installed wheel.
Run ``python -m clusterdesk.core.platform_check`` (``make run`` does) to check without starting Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping

# shared library (soname) -> Debian/Ubuntu package that installs it
QT_GUI_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}
XCB_LIBRARIES: dict[str, str] = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
# The C/C++ runtime and compression libraries of every Debian/Ubuntu system (priority required).
BASE_LIBRARIES = frozenset(
    {
        "ld-linux-x86-64.so.2",
        "libc.so.6",
        "libm.so.6",
        "libgcc_s.so.1",
        "libstdc++.so.6",
        "libz.so.1",
        "libzstd.so.1",
    }
)
PACKAGES: dict[str, str] = {**QT_GUI_LIBRARIES, **XCB_LIBRARIES}

Loader = Callable[[str], str | None]  # soname -> None when it loads, else the file that is missing


def load_library(soname: str) -> str | None:
    """Load ``soname`` the way Qt will (the dynamic loader, with its dependencies). ``None`` when
    it loads; otherwise the library the loader could not find (``soname`` or a dependency)."""
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError as exc:
        # "libxcb-image.so.0: cannot open shared object file: No such file or directory"
        name = str(exc).split(":", 1)[0].strip()
        return name if name.startswith("lib") and ".so" in name else soname
    return None


def missing_libraries(sonames: Iterable[str], load: Loader = load_library) -> list[str]:
    """The libraries (of ``sonames`` or their dependencies) that cannot be loaded, in order."""
    missing: list[str] = []
    for soname in sonames:
        absent = load(soname)
        if absent is not None and absent not in missing:
            missing.append(absent)
    return missing


def packages_for(missing: Iterable[str]) -> list[str]:
    """The Debian/Ubuntu packages that install ``missing`` (unknown libraries are left out)."""
    packages: list[str] = []
    for soname in missing:
        package = PACKAGES.get(soname)
        if package and package not in packages:
            packages.append(package)
    return packages


def platform_will_be_xcb(environ: Mapping[str, str], system: str) -> bool:
    """Whether Qt will open its windows on X11 (xcb): on Linux, when QT_QPA_PLATFORM asks for it
    first, or says nothing outside a Wayland session. Offscreen, Wayland, other systems: no."""
    if not system.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:  # "xcb", "offscreen", "wayland;xcb", "xcb:option=value" …
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and bool(environ.get("WAYLAND_DISPLAY"))
    return not wayland


def required_libraries(environ: Mapping[str, str], system: str) -> list[str]:
    """The libraries to check before Qt starts here (none outside Linux)."""
    if not system.startswith("linux"):
        return []
    needed = list(QT_GUI_LIBRARIES)
    if platform_will_be_xcb(environ, system):
        needed += list(XCB_LIBRARIES)
    return needed


def describe_missing(missing: list[str]) -> str:
    """The message for the user: what is missing and the one command that installs it."""
    packages = packages_for(missing)
    lines = [
        "ClusterDesk cannot open its window: Qt needs system libraries that are not installed:",
        "  " + ", ".join(missing),
    ]
    if packages:
        lines += [
            "On Debian or Ubuntu, install them with:",
            "  sudo apt-get install " + " ".join(packages),
        ]
    unknown = [s for s in missing if s not in PACKAGES]
    if unknown:
        lines.append("Install the system packages that provide: " + ", ".join(unknown))
    elif packages:
        lines.append("(Other Linux systems: the packages that provide these files.)")
    return "\n".join(lines)


def gui_platform_problem(
    environ: Mapping[str, str] | None = None,
    system: str | None = None,
    load: Loader = load_library,
) -> str | None:
    """``None`` when Qt's GUI can start here; otherwise the message naming what to install."""
    env = os.environ if environ is None else environ
    missing = missing_libraries(required_libraries(env, system or sys.platform), load)
    return describe_missing(missing) if missing else None


def main() -> int:
    problem = gui_platform_problem()
    if problem:
        sys.stderr.write(problem + "\n")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
