"""Starting the desktop app: the QApplication, translators, error hook and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from clusterdesk import __version__
from clusterdesk.core.resources import resource_path
from clusterdesk.ui.errors import install_excepthook
from clusterdesk.ui.icons import icon
from clusterdesk.ui.settings import AppSettings
from clusterdesk.ui.theme import make_muted_text_readable

if TYPE_CHECKING:
    from clusterdesk.ui.main_window import MainWindow

log = logging.getLogger("clusterdesk.ui")
APP_ID = "ClusterDesk"


def language_code(settings: AppSettings) -> str:
    """The UI language: the setting, else the system's (e.g. "lt", "en")."""
    chosen = settings.language()
    return chosen or QLocale.system().name().split("_")[0]


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load ClusterDesk's translations and Qt's own (so standard dialogs are translated too),
    replacing those loaded before: calling it again switches the language of a running app
    (Qt then sends every widget a ``LanguageChange`` event).

    ``clusterdesk_en`` always comes first: it holds the English plural forms ("%n participant(s)"
    → "1 participant" / "2 participants"); the user's language is installed after it and so wins.
    Qt's own translation comes from ClusterDesk's resources when bundled there (PySide6 ships no
    ``qtbase_lt``), else from Qt's folder.
    """
    for old in getattr(app, "_clusterdesk_translators", []):
        app.removeTranslator(old)
        old.deleteLater()
    installed: list[QTranslator] = []
    try:
        own_dir = str(resource_path("translations"))
    except FileNotFoundError:
        own_dir = ""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("clusterdesk_en", own_dir)]
    if language and language != "en":
        candidates.append((f"clusterdesk_{language}", own_dir))
        qtbase = f"qtbase_{language}"
        own_qt = bool(own_dir) and (Path(own_dir) / f"{qtbase}.qm").is_file()
        candidates.append((qtbase, own_dir if own_qt else qt_dir))
    for name, folder in candidates:
        if not folder:
            continue
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    QLocale.setDefault(QLocale(language) if language else QLocale.system())
    app._clusterdesk_translators = installed  # type: ignore[attr-defined]  # keep them alive
    return installed


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        from clusterdesk.frozen import register_qt_prefix

        register_qt_prefix()  # the frozen app: where Qt's translations are
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("clusterdesk"))
    make_muted_text_readable(app)
    return app


def start_app(event: str | None = None, demo: bool = False) -> tuple[QApplication, MainWindow]:
    """Everything ``run_app`` does before entering the event loop (tests call this)."""
    app = create_application()
    settings = AppSettings()
    install_translators(app, language_code(settings))
    install_excepthook()
    from clusterdesk.ui.main_window import MainWindow  # after the translators: titles use them

    window = MainWindow(settings)
    window.show()
    if demo:
        window.controller.open_demo()
    elif event:
        window.controller.open_event(event)
    log.info("desktop app started (event=%s, demo=%s)", event, demo)
    return app, window


def run_app(event: str | None = None, demo: bool = False) -> int:
    """Open the main window on ``event`` (a file or URL), on the demo event, or on the welcome
    screen; returns the exit code when the window closes."""
    app, _window = start_app(event, demo)
    return app.exec()
