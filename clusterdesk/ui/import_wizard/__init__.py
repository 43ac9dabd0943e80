"""The import wizard: file → preview → column mapping → validation (dry run) → import."""

from __future__ import annotations

from clusterdesk.services.events import EventDB
from clusterdesk.ui.context import PageContext
from clusterdesk.ui.import_wizard.wizard import ImportWizard


def open_import_wizard(
    context: PageContext, db: EventDB, *, kind: str = "", path: str = ""
) -> ImportWizard:
    """Open the wizard (window-modal, non-blocking) and return it."""
    wizard = ImportWizard(context, db, context.window)
    if kind:
        wizard.state.kind = kind
    if path:
        wizard.file_page.path.setText(path)
    wizard.file_page.sync_kind()
    wizard.open()
    return wizard


__all__ = ["ImportWizard", "open_import_wizard"]
