"""One resolver for bundled resources (fonts, icons, sounds, layouts, translations).

Works from a source checkout, an installed wheel (resources are shipped inside the package as
``clusterdesk/resources`` by the build) and a frozen PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def resources_root() -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source checkout
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(
        "ClusterDesk resources not found; looked in " + ", ".join(map(str, candidates))
    )


def resource_path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
