"""Installing the UI translation: Dutch by default, English (the source texts) on request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dgw_desktop.paths import translations_dir


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (for standard buttons) for ``language``.

    Returns the translators; the caller keeps them alive as long as the application.
    """
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    ours = QTranslator(app)
    if ours.load(f"dgw_{language}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed
