"""Translations: Simplified Chinese by default, English as the second language.

Source strings are English (``self.tr("Serving")``); ``resources/translations/`` holds
the ``.ts`` sources and the compiled ``.qm`` files for both (the English one carries
the source text, so a hall may reword a label without touching the code). Qt's own
dialogs are translated by the ``qtbase_*.qm`` that ships with Qt.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hall_desktop.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_translators(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE
) -> list[QTranslator]:
    """Load the program's and Qt's translations for ``language``; keep the result alive."""
    if language not in LANGUAGES:
        log.warning("unknown language %r; using %s", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    catalogues = [(f"hall_desktop_{language}", translations_dir())]
    if language != "en":  # Qt's own texts are English already
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues.append((f"qtbase_{language}", qt_folder))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed
