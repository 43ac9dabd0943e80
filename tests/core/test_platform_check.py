"""The check run before Qt starts: the one apt-get line for exactly what is missing, only where the
platform needs it, and library lists that match the Qt the venv really has."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from clusterdesk.core import platform_check as pc

XCB = {"QT_QPA_PLATFORM": "xcb"}


def fake_loader(missing: dict[str, str]) -> pc.Loader:
    """Loads everything except the keys of ``missing``; each names the file the loader would
    report (itself, or a dependency of it)."""
    return lambda soname: missing.get(soname)


def test_names_exactly_the_missing_packages_in_one_apt_line() -> None:
    load = fake_loader(
        {"libxcb-icccm.so.4": "libxcb-icccm.so.4", "libxcb-keysyms.so.1": "libxcb-keysyms.so.1"}
    )
    message = pc.gui_platform_problem(XCB, "linux", load)
    assert message is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    (line,) = [x.strip() for x in message.splitlines() if "apt-get" in x]
    assert line == "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    assert "xcb-cursor" not in message  # what Qt's own message would have blamed


def test_a_missing_dependency_is_named_not_the_library_that_needs_it() -> None:
    load = fake_loader(
        {"libxcb-cursor.so.0": "libxcb-image.so.0", "libxcb-image.so.0": "libxcb-image.so.0"}
    )
    message = pc.gui_platform_problem(XCB, "linux", load)
    assert message is not None and "  sudo apt-get install libxcb-image0\n" in message


def test_the_base_gui_libraries_count_on_every_linux_platform() -> None:
    load = fake_loader({"libEGL.so.1": "libEGL.so.1"})
    for env in ({"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "wayland"}, {}):
        message = pc.gui_platform_problem(env, "linux", load)
        assert message is not None and "  sudo apt-get install libegl1\n" in message


def test_an_unknown_library_is_named_with_no_made_up_package() -> None:
    load = fake_loader({"libGL.so.1": "libGLdispatch.so.0"})
    message = pc.gui_platform_problem({}, "linux", load)
    assert message is not None
    assert "apt-get" not in message and "libGLdispatch.so.0" in message.splitlines()[-1]


@pytest.mark.parametrize(
    ("env", "system", "xcb"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_the_xcb_libraries_are_checked_only_where_qt_will_use_xcb(
    env: dict[str, str], system: str, xcb: bool
) -> None:
    assert pc.platform_will_be_xcb(env, system) is xcb
    everything_missing = pc.gui_platform_problem(env, system, lambda soname: soname)
    assert (everything_missing is not None and "libxcb-icccm4" in everything_missing) is xcb
    assert (everything_missing is None) is (system != "linux")


def test_nothing_is_reported_when_everything_loads() -> None:
    assert pc.gui_platform_problem(XCB, "linux", lambda soname: None) is None


def test_the_real_loader_reports_a_library_that_is_not_there() -> None:
    assert (
        pc.load_library("libclusterdesk-not-installed.so.7") == "libclusterdesk-not-installed.so.7"
    )
    assert pc.load_library("libc.so.6") is None


def test_the_module_runs_before_any_dependency_is_installed() -> None:
    """`make run` calls it with the system Python before the venv exists: standard library only."""
    code = (
        "import sys; import clusterdesk.core.platform_check as m; "
        "print(sorted(k.split('.')[0] for k in sys.modules if k.split('.')[0] in "
        "{'PySide6', 'sqlalchemy', 'platformdirs', 'numpy'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# The lists must match the Qt in the venv: its binaries' NEEDED entries, read from the ELF files.


def elf_needed(path: Path) -> set[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF shared object."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, f"not ELF64 LE: {path}"
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    needed: set[str] = set()
    for _name, kind, _flags, _addr, offset, size, link, *_ in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][4]
        for pos in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, pos)
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab + value)
                needed.add(data[strtab + value : end].decode())
    return needed


def qt_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "Qt"


def system_needs(*binaries: str) -> set[str]:
    root = qt_dir()
    bundled = {p.name for p in (root / "lib").iterdir()}
    found = set().union(*(elf_needed(root / b) for b in binaries))
    return {n for n in found if n not in bundled and n not in pc.BASE_LIBRARIES}


@pytest.mark.skipif(sys.platform != "linux", reason="ELF binaries are Linux's")
def test_the_gui_list_is_what_qts_gui_modules_link_against() -> None:
    needed = system_needs(
        "lib/libQt6Core.so.6",
        "lib/libQt6Gui.so.6",
        "lib/libQt6Widgets.so.6",
        "lib/libQt6DBus.so.6",
        "lib/libQt6PrintSupport.so.6",
        "lib/libQt6Svg.so.6",
        "plugins/platforms/libqoffscreen.so",
    )
    assert needed == set(pc.QT_GUI_LIBRARIES)


@pytest.mark.skipif(sys.platform != "linux", reason="ELF binaries are Linux's")
def test_the_xcb_list_is_what_qts_xcb_plugin_links_against() -> None:
    needed = system_needs("plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6")
    assert needed - set(pc.QT_GUI_LIBRARIES) == set(pc.XCB_LIBRARIES)
