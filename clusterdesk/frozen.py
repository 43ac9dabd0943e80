"""The entry point of the frozen (PyInstaller) application.

A frozen bundle has no separate Python interpreter: its executable stands in for one. So it

* serves the scheduler's solver children first (``worker.WORKER_FLAG``: they are started by
  re-running this executable), then :mod:`multiprocessing` (``freeze_support``: the fork server
  and the resource tracker);
* runs ``EXECUTABLE -m clusterdesk.MODULE ARGS`` like ``python -m``: the app starts its render and
  print workers as ``[sys.executable, "-m", module, …]`` both from a source checkout and frozen;
* and otherwise is the ``clusterdesk`` command (the desktop app without arguments).

PyInstaller's own start-up hook for PySide6 imports QtCore in every process (~0.4 s), which every
``clusterdesk checkin`` of a scanning script would pay; the spec leaves that hook out. Its two
jobs are done here instead: Qt's plugin folder is named in the environment at once (free), and
Qt's prefix (where QLibraryInfo finds Qt's translations) is registered when the app creates its
QApplication (:func:`register_qt_prefix`).
"""

from __future__ import annotations

import multiprocessing
import os
import runpy
import sys


def _qt_folder() -> str:
    """PySide6's Qt folder in the bundle (its plugins, translations, libraries)."""
    inside = "PySide6" if sys.platform.startswith("win") else os.path.join("PySide6", "Qt")
    return os.path.join(getattr(sys, "_MEIPASS", ""), inside)


def register_qt_prefix() -> None:
    """In the frozen app: tell Qt where its prefix is (an embedded qt.conf; what PyInstaller's
    hook would have done at start-up). Call before the QApplication is created."""
    if not getattr(sys, "frozen", False):
        return
    try:
        from _pyi_rth_utils import qt as pyinstaller_qt  # type: ignore[import-not-found]
    except ImportError:  # a PyInstaller without the helper: Qt falls back to its own guess
        return
    pyinstaller_qt.create_embedded_qt_conf("PySide6", _qt_folder())


def main() -> int:
    from clusterdesk.scheduling.worker import run_if_worker

    run_if_worker()  # a solver child (``parallel.Child``) serves its job and exits here
    multiprocessing.freeze_support()  # returns at once unless this process is a child
    if getattr(sys, "frozen", False):
        os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt_folder(), "plugins")
        os.environ["QML2_IMPORT_PATH"] = os.path.join(_qt_folder(), "qml")
    if len(sys.argv) >= 3 and sys.argv[1] == "-m":
        module = sys.argv[2]
        if module != "clusterdesk" and not module.startswith("clusterdesk."):
            sys.stderr.write(f"clusterdesk: -m runs ClusterDesk's own modules only, not {module}\n")
            return 2
        sys.argv = [module, *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0

    from clusterdesk.cli import main as cli_main

    return cli_main()
