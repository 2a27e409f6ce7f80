"""Translations: Simplified Chinese by default, English as the second language.

Source strings are English (``self.tr("Serving")``); ``resources/translations/`` holds
the ``.ts`` sources and the compiled ``.qm`` files. Qt's own dialogs are translated by
the ``qtbase_*.qm`` that ships with Qt.
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
    if language == "en":
        return installed  # the source strings are English
    for name, folder in (
        (f"hall_desktop_{language}", translations_dir()),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed
