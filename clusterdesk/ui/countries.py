"""Countries on screen: a stored ISO code shown by its name in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clusterdesk.core.countries import country_name


def ui_language() -> str:
    """The language of the installed ClusterDesk translation ("en" when none is)."""
    app = QCoreApplication.instance()
    for translator in getattr(app, "_clusterdesk_translators", []):
        language = translator.language()
        if language and not language.startswith("en"):
            return str(language).split("_")[0]
    return "en"


def shown(country: str) -> str:
    """ "LT" as "Lithuania" (or "Lietuva" in a Lithuanian interface); text that is not a code
    (not recognised on import) as it is."""
    return country_name(country, ui_language()) if country else ""
