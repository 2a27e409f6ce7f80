"""Choosing where to save an export, without blocking the asyncio loop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QWidget

# Qt 6 changed two labels of its own file dialog and its Chinese catalogue (qtbase_zh_CN)
# still has the old text, so they showed in English. The program's catalogue carries
# them: Qt asks it when its own has no translation.
QT_FILE_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def choose_save_path(
    parent: QWidget,
    title: str,
    file_name: str,
    chosen: Callable[[Path], object],
    *,
    export_dir: Path | None = None,
) -> QFileDialog | None:
    """Call ``chosen(path)`` with where to save ``file_name``.

    With ``export_dir`` (tests, kiosks) no dialog opens; otherwise a save dialog is
    opened with ``open()`` (never ``exec()`` inside the loop) and returned: the caller
    keeps the reference while it is open.
    """
    if export_dir is not None:
        chosen(export_dir / file_name)
        return None
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(str(Path.home() / file_name))
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.open()
    return dialog
