"""The notices outbox (短信通知): what waits, what went and what failed, the mobile
numbers masked; a failed notice can be sent again. While this tab is open the admin
PC also sends the hall's due notices (as ``hall-desktop notices send`` does)."""

from __future__ import annotations

from enum import IntEnum
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.notices import NoticeState
from hall_desktop.services.actor import Actor
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.notices import MAX_ROWS, NoticeSender, NoticeService, OutboxEntry
from hall_desktop.store.database import Database
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.models.rows import RowsTableModel
from hall_desktop.ui.widgets.forms import FormFeedback, MessageLevel

#: Seconds between two rounds of the sender, and two reads of the outbox.
SEND_INTERVAL_S = 15.0


class OutboxColumn(IntEnum):
    CREATED = 0
    KIND = 1
    MOBILE = 2
    STATE = 3
    ATTEMPTS = 4
    TEXT = 5
    ERROR = 6


_HEADERS = {
    OutboxColumn.CREATED: QT_TRANSLATE_NOOP("OutboxModel", "Queued"),
    OutboxColumn.KIND: QT_TRANSLATE_NOOP("OutboxModel", "Notice"),
    OutboxColumn.MOBILE: QT_TRANSLATE_NOOP("OutboxModel", "Mobile"),
    OutboxColumn.STATE: QT_TRANSLATE_NOOP("OutboxModel", "State"),
    OutboxColumn.ATTEMPTS: QT_TRANSLATE_NOOP("OutboxModel", "Attempts"),
    OutboxColumn.TEXT: QT_TRANSLATE_NOOP("OutboxModel", "Text"),
    OutboxColumn.ERROR: QT_TRANSLATE_NOOP("OutboxModel", "Why not sent"),
}


class OutboxModel(RowsTableModel[OutboxEntry]):
    CONTEXT = "OutboxModel"
    HEADERS = _HEADERS

    def cell(self, e: OutboxEntry, column: int, role: int) -> Any:
        column = OutboxColumn(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            OutboxColumn.TEXT,
            OutboxColumn.ERROR,
        ):
            return e.text if column == OutboxColumn.TEXT else e.last_error
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == OutboxColumn.CREATED:
            return f"{e.created_at.astimezone(self.zone):%m-%d %H:%M}"
        if column == OutboxColumn.KIND:
            return e.kind.label
        if column == OutboxColumn.MOBILE:
            return e.mobile
        if column == OutboxColumn.STATE:
            return e.state.label
        if column == OutboxColumn.ATTEMPTS:
            return str(e.attempts)
        if column == OutboxColumn.TEXT:
            return e.text
        return e.last_error


class OutboxList(QWidget, FormFeedback):
    """Passive: the state filter, the table, "send again"."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Notices outbox")
    ORDER = 65

    refresh_requested = Signal()
    resend_requested = Signal(list)  # the ids of the chosen notices that may be resent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = {}
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("All notices"), None)
        for state in NoticeState:
            self.state_combo.addItem(state.label, state.value)
        self.state_combo.currentIndexChanged.connect(self.refresh_requested)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.resend_button = QPushButton(self.tr("Send again"))
        self.resend_button.setObjectName("primaryButton")
        self.resend_button.setEnabled(False)
        self.resend_button.setToolTip(
            self.tr(
                "Only notices that failed or found no SMS platform are sent again; "
                "choose several with Ctrl or Shift."
            )
        )
        self.resend_button.clicked.connect(self._on_resend)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.state_combo)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.resend_button)
        self.model = OutboxModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in OutboxColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OutboxColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OutboxColumn.ERROR, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OutboxColumn.ERROR, 260)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def current_state(self) -> NoticeState | None:
        state = self.state_combo.currentData()
        return NoticeState(state) if state else None

    def selected(self) -> list[OutboxEntry]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [e for e in map(self.model.row_record, rows) if e is not None]

    def show_entries(self, entries: list[OutboxEntry]) -> None:
        chosen = {e.id for e in self.selected()}
        self.model.set_rows(entries)
        selection = self.view.selectionModel()
        for notice_id in chosen:
            if (row := self.model.row_of(notice_id)) >= 0:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._on_selection()
        if len(entries) >= MAX_ROWS:
            self.count_label.setText(self.tr("The newest {n} notices").format(n=MAX_ROWS))
        else:
            self.count_label.setText(self.tr("{n} notices").format(n=len(entries)))

    def _resendable(self) -> list[int]:
        return [e.id for e in self.selected() if e.resendable]

    def _on_selection(self, *_: object) -> None:
        self.resend_button.setEnabled(bool(self._resendable()))

    def _on_resend(self) -> None:
        if ids := self._resendable():
            self.resend_requested.emit(ids)


class OutboxController(RoleController):
    """Reads the outbox now and then, sends again on request, and runs the hall's
    sender while the tab is open (``send``: tests and the demo may leave it off)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        timezone: str,
        view: OutboxList,
        *,
        send: bool = True,
        interval: float = SEND_INTERVAL_S,
    ) -> None:
        super().__init__(view)
        self.service = NoticeService(db)
        self.notice_sender = NoticeSender(db, actor.hall_id) if send else None
        self.actor = actor
        self.view = view
        self.interval = interval
        view.model.set_timezone(timezone)
        view.refresh_requested.connect(self.schedule_refresh)
        view.resend_requested.connect(lambda ids: self._spawn(self._resend(ids), "outbox-resend"))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.schedule_refresh)

    def start(self) -> None:
        self.schedule_refresh()
        self._timer.start(round(self.interval * 1000))
        if self.notice_sender is not None:
            self._spawn(self.notice_sender.run(self.interval), "outbox-sender")

    async def stop(self) -> None:
        self._timer.stop()
        await super().stop()

    async def _refresh_now(self) -> None:
        state = self.view.current_state()
        found = await self._guarded(lambda: self.service.outbox(self.actor, state=state))
        if found is not None:
            self.view.show_entries(found)

    async def _resend(self, notice_ids: list[int]) -> None:
        for notice_id in notice_ids:  # each on its own: a refusal stops the rest, and says why
            if await self._guarded(partial(self.service.resend, self.actor, notice_id)) is None:
                self.schedule_refresh()
                return
        if self.notice_sender is not None:
            await self._guarded(self.notice_sender.send_due)
        self.view.show_message(
            self.tr("{n} sent to the SMS platform again; the list shows how it went.").format(
                n=len(notice_ids)
            ),
            MessageLevel.SUCCESS,
        )
        self.schedule_refresh()


def build_outbox_tab(
    db: Database, actor: Actor, hall: HallInfo, *, send: bool = True
) -> tuple[QWidget, RoleController]:
    view = OutboxList()
    return view, OutboxController(db, actor, hall.timezone, view, send=send)
