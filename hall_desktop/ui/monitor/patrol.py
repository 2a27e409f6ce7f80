"""清廉大厅 patrol form (巡查登记): a row per window with its clerk, a check box per item of
the hall's checklist (ticked: 达标, the default), a note per window, a note for the
patrol, 保存/取消.

:class:`PatrolDialog` is passive: :meth:`PatrolDialog.form` gives the checks and the
note the service takes, ``save_requested`` says 保存 was clicked. :class:`PatrolController`
(or :func:`record_patrol` for a caller that owns its own task) runs
:meth:`PatrolService.record`, closes the dialog when it is saved and shows the service's
refusal in it otherwise. Open the dialog with ``open()``, never ``exec()``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.errors import HallError
from hall_desktop.services.actor import Actor
from hall_desktop.services.patrol import PatrolCheckForm, PatrolRecord, PatrolService
from hall_desktop.ui.widgets.forms import error_label

log = logging.getLogger(__name__)

#: The longest note the service keeps (patrol.note, patrol_check.note).
NOTE_MAX = 200


class PatrolDialog(QDialog):
    """The patrol form. ``windows``: (window id, number, clerk's name or None)."""

    save_requested = Signal()

    def __init__(
        self,
        windows: Sequence[tuple[int, int, str | None]],
        checklist: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patrolDialog")
        self.setWindowTitle(self.tr("Patrol (清廉大厅巡查)"))
        self.windows = tuple(windows)
        self.checklist = tuple(checklist)
        heading = QLabel(self.tr("Patrol of the windows"))
        heading.setObjectName("panelTitle")
        hint = QLabel(
            self.tr(
                "Ticked: met. Untick what is not met and say what was seen in the "
                "window's note: each item not met becomes a 督查 case in the ledger."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self.first_item_column = 2
        self.note_column = self.first_item_column + len(self.checklist)
        self.table = QTableWidget(len(self.windows), self.note_column + 1)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Window"), self.tr("Clerk"), *self.checklist, self.tr("Note")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for row, (_window_id, number, clerk) in enumerate(self.windows):
            self.table.setItem(row, 0, _fixed(self.tr("Window {number}").format(number=number)))
            self.table.setItem(row, 1, _fixed(clerk or self.tr("(nobody signed in)")))
            for column in range(self.first_item_column, self.note_column):
                check = QTableWidgetItem()
                check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                check.setCheckState(Qt.CheckState.Checked)
                check.setToolTip(self.checklist[column - self.first_item_column])
                self.table.setItem(row, column, check)
            self.table.setItem(row, self.note_column, QTableWidgetItem(""))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.note_column, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(56)

        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(
            self.tr("e.g. 上午定时巡查; 群众反映 3 号窗口 … (optional)")
        )
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Patrol note")))
        note_row.addWidget(self.note_edit, 1)
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(self._fitting_width(), min(640, 220 + 30 * len(self.windows)))

    def _fitting_width(self) -> int:
        self.table.resizeColumnsToContents()
        columns = sum(self.table.columnWidth(c) for c in range(self.note_column))
        return max(760, min(1240, columns + 300))

    # -- what was typed -------------------------------------------------------------------

    def met(self, row: int, item: str) -> bool:
        cell = self.table.item(row, self.first_item_column + self.checklist.index(item))
        return cell is not None and cell.checkState() == Qt.CheckState.Checked

    def set_met(self, row: int, item: str, met: bool) -> None:
        cell = self.table.item(row, self.first_item_column + self.checklist.index(item))
        if cell is not None:
            cell.setCheckState(Qt.CheckState.Checked if met else Qt.CheckState.Unchecked)

    def window_note(self, row: int) -> str:
        cell = self.table.item(row, self.note_column)
        return cell.text().strip() if cell is not None else ""

    def set_window_note(self, row: int, text: str) -> None:
        cell = self.table.item(row, self.note_column)
        if cell is not None:
            cell.setText(text)

    def form(self) -> tuple[list[PatrolCheckForm], str | None]:
        """Every window's every item, and the patrol's note (None when empty).

        A window's note goes with its items not met (what the finding says); at a
        window where everything is met it goes with the first item, so it is kept."""
        checks: list[PatrolCheckForm] = []
        for row, (window_id, _number, _clerk) in enumerate(self.windows):
            note = self.window_note(row) or None
            any_missed = any(not self.met(row, item) for item in self.checklist)
            for i, item in enumerate(self.checklist):
                met = self.met(row, item)
                keeps_note = not met if any_missed else i == 0
                checks.append(PatrolCheckForm(window_id, item, met, note if keeps_note else None))
        return checks, self.note_edit.text().strip() or None

    # -- feedback -------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        """What the service refused, in its words; the form stays filled in."""
        self.error.setText(message)
        self.error.show()
        self.set_busy(False)

    def _on_save(self) -> None:
        self.error.hide()
        self.set_busy(True)
        self.save_requested.emit()


def _fixed(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


async def record_patrol(
    service: PatrolService, actor: Actor, dialog: PatrolDialog
) -> PatrolRecord | None:
    """Save the dialog's patrol; close it when saved, else show the refusal (or the
    database being down) in it, in Chinese, and return None."""
    checks, note = dialog.form()
    dialog.set_busy(True)
    try:
        record = await service.record(actor, checks, note)
    except HallError as e:
        dialog.show_error(e.message)
        return None
    dialog.set_busy(False)
    dialog.accept()
    return record


class PatrolController(QObject):
    """Runs :func:`record_patrol` when 保存 is clicked, keeping its task; ``recorded``
    carries the :class:`PatrolRecord` once saved (the monitor refreshes its history)."""

    recorded = Signal(object)  # PatrolRecord

    def __init__(self, service: PatrolService, actor: Actor, dialog: PatrolDialog) -> None:
        super().__init__(dialog)
        self.service = service
        self.actor = actor
        self.dialog = dialog
        self.task: asyncio.Task[PatrolRecord | None] | None = None
        dialog.save_requested.connect(self._on_save_requested)

    def _on_save_requested(self) -> None:
        if self.task is not None and not self.task.done():
            return  # the first click is being saved
        self.task = asyncio.ensure_future(record_patrol(self.service, self.actor, self.dialog))
        self.task.add_done_callback(self._on_done)

    def _on_done(self, task: asyncio.Task[PatrolRecord | None]) -> None:
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:  # a bug, not a refusal: the log has it, the form says so
            log.error("saving a patrol failed", exc_info=error)
            self.dialog.show_error(self.tr("Not saved: something went wrong (see the log)."))
            return
        record = task.result()
        if record is not None:
            self.recorded.emit(record)

    async def stop(self) -> None:
        """Cancel and await a save still running (the window is closing)."""
        if self.task is not None and not self.task.done():
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
