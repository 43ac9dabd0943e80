"""The entry point of the frozen (PyInstaller) application.

A frozen bundle has no separate Python interpreter: its executable stands in for one. So it

* serves :mod:`multiprocessing` first (``freeze_support``): the scheduler's solver children, the
  fork server and the resource tracker are started by re-running this executable;
* runs ``EXECUTABLE -m clusterdesk.MODULE ARGS`` like ``python -m``: the app starts its render and
  print workers as ``[sys.executable, "-m", module, …]`` both from a source checkout and frozen;
* and otherwise is the ``clusterdesk`` command (the desktop app without arguments).
"""

from __future__ import annotations

import multiprocessing
import runpy
import sys


def main() -> int:
    multiprocessing.freeze_support()  # returns at once unless this process is a child
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
