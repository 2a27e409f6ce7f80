"""The hall settings' data's life (数据保存与备份): how long citizens' personal data is
kept (个人信息保护), when events move to the archive, and the daily backup of a
single-PC hall with the last backup made and a 立即备份 button."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from hall_desktop.services.daily import BackupStatus
from hall_desktop.services.hall_settings import ARCHIVE_DAYS, PERSONAL_DAYS, HallSettings
from hall_desktop.ui.widgets.forms import add_hint, panel


def size_text(size: int) -> str:
    """``3.2 MB``: a file's size for people."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class DataLifeFields(QObject):
    """One panel (``box``); ``add_row`` puts a field with its error line into a form."""

    backup_requested = Signal()

    def __init__(self, parent: QWidget, add_row: Any) -> None:
        super().__init__(parent)
        self._parent = parent
        self.box, layout = panel(self.tr("Data kept and backups (数据保存与备份)"))
        days = self.tr(" days")
        self.personal_spin = QSpinBox(parent)
        self.personal_spin.setRange(*PERSONAL_DAYS)
        self.courier_spin = QSpinBox(parent)
        self.courier_spin.setRange(*PERSONAL_DAYS)
        self.archive_spin = QSpinBox(parent)
        self.archive_spin.setRange(0, ARCHIVE_DAYS[1])
        self.archive_spin.setSpecialValueText(self.tr("Never"))
        for spin in (self.personal_spin, self.courier_spin, self.archive_spin):
            spin.setSuffix(days)
            spin.setSingleStep(30)
        self.folder_edit = QLineEdit(parent)
        self.folder_edit.setMaxLength(300)
        self.folder_edit.setPlaceholderText(self.tr("Empty: no daily backup"))
        self.folder_button = QPushButton(self.tr("Choose…"), parent)
        self.folder_button.clicked.connect(self._choose_folder)
        folder_row = QWidget(parent)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        self.keep_spin = QSpinBox(parent)
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setSuffix(self.tr(" files"))
        self.warn_spin = QSpinBox(parent)
        self.warn_spin.setRange(0, 365)
        self.warn_spin.setSuffix(days)
        self.warn_spin.setSpecialValueText(self.tr("No warning"))
        self.status_label = QLabel(parent)
        self.status_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"), parent)
        self.backup_button.clicked.connect(self.backup_requested)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.backup_button)
        self.folder_dialog: QFileDialog | None = None

        form = QFormLayout()
        add_row(form, "personal_days", self.tr("Citizens' personal data kept"), self.personal_spin)
        add_row(
            form,
            "courier_personal_days",
            self.tr("Courier recipients kept"),
            self.courier_spin,
        )
        add_hint(
            form,
            self.tr(
                "After this time names, mobiles and ID numbers are erased every day; the "
                "statistics stay. Open cases keep the caller's phone until they are closed."
            ),
        )
        add_row(
            form,
            "archive_after_days",
            self.tr("Move the log to the archive after"),
            self.archive_spin,
        )
        add_row(form, "backup_folder", self.tr("Daily backup folder"), folder_row)
        add_row(form, "backup_keep", self.tr("Backups kept"), self.keep_spin)
        add_row(form, "backup_warn_days", self.tr("Warn without a backup for"), self.warn_spin)
        add_hint(
            form,
            self.tr(
                "A single-PC hall copies its database there once a day. A hall on "
                "PostgreSQL is backed up on the server (hall-desktop db backup)."
            ),
        )
        layout.addLayout(form)
        layout.addLayout(status_row)

    def _choose_folder(self) -> None:
        dialog = QFileDialog(self._parent, self.tr("Daily backup folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.folder_edit.text().strip():
            dialog.setDirectory(self.folder_edit.text().strip())
        dialog.fileSelected.connect(self.folder_edit.setText)
        self.folder_dialog = dialog  # kept: not collected while it is open
        dialog.open()  # never exec() inside the asyncio loop

    def set_values(self, s: HallSettings) -> None:
        self.personal_spin.setValue(s.personal_days)
        self.courier_spin.setValue(s.courier_personal_days)
        self.archive_spin.setValue(s.archive_after_days)
        self.folder_edit.setText(s.backup_folder)
        self.keep_spin.setValue(s.backup_keep)
        self.warn_spin.setValue(s.backup_warn_days)

    def values(self) -> dict[str, Any]:
        return {
            "personal_days": self.personal_spin.value(),
            "courier_personal_days": self.courier_spin.value(),
            "archive_after_days": self.archive_spin.value(),
            "backup_folder": self.folder_edit.text(),
            "backup_keep": self.keep_spin.value(),
            "backup_warn_days": self.warn_spin.value(),
        }

    def show_status(self, status: BackupStatus, zone: ZoneInfo) -> None:
        """上次备份 and whether it is too long ago (red)."""
        if status.made_at is None:
            text = self.tr("No backup has been made yet.")
        else:
            how = self.tr("daily") if status.how == "daily" else self.tr("by hand")
            text = self.tr("Last backup: {at} ({how}, {size})").format(
                at=f"{status.made_at.astimezone(zone):%Y-%m-%d %H:%M}",
                how=how,
                size=size_text(status.size_bytes),
            )
        if status.overdue and status.made_at is None:
            text = self.tr("No backup has been made yet: please back up.")
        elif status.overdue:
            text += self.tr(" — more than {days} days ago: please back up.").format(
                days=status.warn_days
            )
        self.status_label.setText(text)
        self.status_label.setToolTip(status.path)
        self.status_label.setStyleSheet(
            "color: #b3261e; font-weight: bold;" if status.overdue else ""
        )
