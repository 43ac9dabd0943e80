"""What the Print page remembers per document kind: the layout and the printer.

Stored in the app's settings file under ``printing/<kind>/layout`` and ``printing/<kind>/printer``;
the kinds are ``badge``, ``table_card`` and ``arrival`` (the label printer at the check-in desk).
"""

from __future__ import annotations

from clusterdesk.ui.settings import AppSettings

BADGE = "badge"
TABLE_CARD = "table_card"
ARRIVAL = "arrival"

DEFAULT_LAYOUTS = {BADGE: "a6-4up-a4", TABLE_CARD: "", ARRIVAL: "brother-ql-62x100"}


class PrintPrefs:
    def __init__(self, settings: AppSettings) -> None:
        self.settings = settings

    def _get(self, key: str, default: str = "") -> str:
        return str(self.settings.q.value(key, default) or default)

    def _set(self, key: str, value: str) -> None:
        self.settings.q.setValue(key, value)
        self.settings.q.sync()

    def layout(self, kind: str) -> str:
        return self._get(f"printing/{kind}/layout", DEFAULT_LAYOUTS.get(kind, ""))

    def set_layout(self, kind: str, name: str) -> None:
        self._set(f"printing/{kind}/layout", name)

    def printer(self, kind: str) -> str:
        return self._get(f"printing/{kind}/printer")

    def set_printer(self, kind: str, name: str) -> None:
        self._set(f"printing/{kind}/printer", name)
