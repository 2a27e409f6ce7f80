"""The courier window (免费邮寄窗口): the list of dispatches and their hand-over.

Search by name, the phone's last four digits, waybill, dates and status; dispatches
pending for more than one working day stand out. Hand-over takes the waybill (checked
against the carrier's pattern), then delivery or return; the slip and the day's
handover manifest print to the document printer.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.clock import HallTime
from hall_desktop.domain.courier import DispatchStatus
from hall_desktop.domain.errors import HallError
from hall_desktop.domain.records import record_from
from hall_desktop.printing import courier as paper
from hall_desktop.printing.printer import send_to
from hall_desktop.services.actor import Actor
from hall_desktop.services.courier import CourierService, DispatchInfo
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.ui.common.controller import MessageSurface, RoleController
from hall_desktop.ui.common.login import StaffWindow
from hall_desktop.ui.models.rows import RowsTableModel
from hall_desktop.ui.widgets.forms import (
    FormFeedback,
    MessageLevel,
    error_label,
    picked_date,
    qdate,
)

_Index = QModelIndex | QPersistentModelIndex


def _paper_items(d: DispatchInfo) -> tuple[paper.DispatchItem, ...]:
    return tuple(paper.DispatchItem(i.name, i.count) for i in d.items)


ViewT = TypeVar("ViewT", bound=MessageSurface)


class DispatchColumn(IntEnum):
    NUMBER = 0
    CREATED = 1
    RECIPIENT = 2
    PHONE = 3
    ADDRESS = 4
    CONTENTS = 5
    STATUS = 6
    WAYBILL = 7


_HEADERS = {
    DispatchColumn.NUMBER: QT_TRANSLATE_NOOP("DispatchModel", "No."),
    DispatchColumn.CREATED: QT_TRANSLATE_NOOP("DispatchModel", "Entered"),
    DispatchColumn.RECIPIENT: QT_TRANSLATE_NOOP("DispatchModel", "Recipient"),
    DispatchColumn.PHONE: QT_TRANSLATE_NOOP("DispatchModel", "Mobile"),
    DispatchColumn.ADDRESS: QT_TRANSLATE_NOOP("DispatchModel", "Address"),
    DispatchColumn.CONTENTS: QT_TRANSLATE_NOOP("DispatchModel", "Contents"),
    DispatchColumn.STATUS: QT_TRANSLATE_NOOP("DispatchModel", "Status"),
    DispatchColumn.WAYBILL: QT_TRANSLATE_NOOP("DispatchModel", "Waybill"),
}


class DispatchModel(RowsTableModel[DispatchInfo]):
    CONTEXT = "DispatchModel"
    HEADERS = _HEADERS

    def cell(self, d: DispatchInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and d.overdue:
            return QColor("#fde68a")  # pending for more than one working day
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            DispatchColumn.NUMBER: f"K{d.id:05d}",
            DispatchColumn.CREATED: d.created_at.astimezone(self._zone).strftime("%m-%d %H:%M"),
            DispatchColumn.RECIPIENT: d.recipient_name,
            DispatchColumn.PHONE: d.recipient_phone,
            DispatchColumn.ADDRESS: f"{d.province}{d.city}{d.district}{d.address}",
            DispatchColumn.CONTENTS: "、".join(f"{i.name}×{i.count}" for i in d.items),
            DispatchColumn.STATUS: d.status.label,
            DispatchColumn.WAYBILL: d.waybill or "",
        }[DispatchColumn(column)]


class CourierList(QWidget, FormFeedback):
    search_requested = Signal()
    hand_over_requested = Signal(int, str)  # dispatch id, waybill
    deliver_requested = Signal(int)
    return_requested = Signal(int, str)  # dispatch id, reason
    cancel_requested = Signal(int)
    slip_requested = Signal(int)
    manifest_requested = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_filter = QLineEdit()
        self.name_filter.setPlaceholderText(self.tr("Recipient"))
        self.phone_filter = QLineEdit()
        self.phone_filter.setPlaceholderText(self.tr("Last 4 digits"))
        self.phone_filter.setMaxLength(4)
        self.waybill_filter = QLineEdit()
        self.waybill_filter.setPlaceholderText(self.tr("Waybill"))
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All"), None)
        for status in DispatchStatus:
            self.status_filter.addItem(status.label, status.value)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search_requested)
        filters = QHBoxLayout()
        for widget in (
            self.name_filter,
            self.phone_filter,
            self.waybill_filter,
            self.start_edit,
            self.end_edit,
            self.status_filter,
            self.search_button,
        ):
            filters.addWidget(widget)
        self.model = DispatchModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        # Address and contents share what is left; the short columns fit their text.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (DispatchColumn.ADDRESS, DispatchColumn.CONTENTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.figures = QLabel()
        self.waybill_edit = QLineEdit()
        self.waybill_edit.setPlaceholderText(self.tr("Waybill number for hand-over"))
        self.waybill_error = error_label()
        self.hand_over_button = QPushButton(self.tr("Hand over"))
        self.deliver_button = QPushButton(self.tr("Delivered"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why it came back"))
        self.reason_error = error_label()
        self.errors = {"waybill": self.waybill_error, "return_reason": self.reason_error}
        self.return_button = QPushButton(self.tr("Returned"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.slip_button = QPushButton(self.tr("Print slip"))
        self.manifest_date = QDateEdit()
        self.manifest_date.setCalendarPopup(True)
        self.manifest_date.setDisplayFormat("yyyy-MM-dd")
        self.manifest_button = QPushButton(self.tr("Print the day's manifest"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = (
            self.waybill_edit,
            self.hand_over_button,
            self.deliver_button,
            self.reason_edit,
            self.return_button,
            self.cancel_button,
            self.slip_button,
        )
        actions = QHBoxLayout()
        for widget in row:
            actions.addWidget(widget)
        self.read_only = False
        self._action_widgets = (*row, self.manifest_date, self.manifest_button)
        manifest = QHBoxLayout()
        manifest.addWidget(self.figures, 1)
        manifest.addWidget(self.manifest_date)
        manifest.addWidget(self.manifest_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.waybill_error)
        layout.addWidget(self.reason_error)
        layout.addLayout(manifest)
        layout.addWidget(self.message)
        self.hand_over_button.clicked.connect(
            lambda: self._emit_selected(self.hand_over_requested, self.waybill_edit.text())
        )
        self.deliver_button.clicked.connect(lambda: self._emit_selected(self.deliver_requested))
        self.return_button.clicked.connect(
            lambda: self._emit_selected(self.return_requested, self.reason_edit.text())
        )
        self.cancel_button.clicked.connect(lambda: self._emit_selected(self.cancel_requested))
        self.slip_button.clicked.connect(lambda: self._emit_selected(self.slip_requested))
        self.manifest_button.clicked.connect(
            lambda: self.manifest_requested.emit(picked_date(self.manifest_date))
        )
        self._update_actions()

    def set_read_only(self, read_only: bool) -> None:
        """For staff who only look a parcel up (guides): no actions, and the service
        masks phone and address for them."""
        self.read_only = read_only
        for widget in self._action_widgets:
            widget.setVisible(not read_only)
        if read_only:
            self.show_message(
                self.tr("Look-up only: phone numbers and addresses are masked."), MessageLevel.INFO
            )

    def selected(self) -> DispatchInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_record(rows[0].row()) if rows else None

    def show_dispatches(self, rows: list[DispatchInfo]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.view.selectRow(row)
        cost = sum(d.cost_cents for d in rows) / 100
        returned = sum(1 for d in rows if d.status is DispatchStatus.RETURNED)
        self.figures.setText(
            self.tr("{n} dispatches, cost {cost} yuan, {returned} returned").format(
                n=len(rows), cost=f"{Decimal(str(cost)):.2f}", returned=returned
            )
        )
        self._update_actions()

    def _emit_selected(self, signal: Any, *extra: Any) -> None:
        self.waybill_error.hide()
        self.reason_error.hide()
        dispatch = self.selected()
        if dispatch is not None:
            signal.emit(dispatch.id, *extra)

    def _update_actions(self, *_: object) -> None:
        d = self.selected()
        status = d.status if d is not None else None
        self.hand_over_button.setEnabled(status is DispatchStatus.PENDING)
        self.cancel_button.setEnabled(status is DispatchStatus.PENDING)
        self.deliver_button.setEnabled(status is DispatchStatus.HANDED_OVER)
        self.return_button.setEnabled(status is DispatchStatus.HANDED_OVER)
        self.slip_button.setEnabled(d is not None)


class CourierTabController(RoleController, Generic[ViewT]):
    """What the courier window's tabs share: their view, the courier service, the
    logged-in actor and the hall (its name and its clock, not this PC's)."""

    def __init__(
        self,
        view: ViewT,
        service: CourierService,
        actor: Actor,
        *,
        hall_name: str,
        timezone: str,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.service = service
        self.actor = actor
        self.hall_name = hall_name
        self.timezone = timezone
        # The hall's today, not this PC's: a PC set to another zone must not hide today.
        self.time = HallTime(service.db.clock, ZoneInfo(timezone))


class CourierListController(CourierTabController[CourierList]):
    """The courier window's list for one logged-in actor."""

    printed = Signal(str)

    def __init__(
        self,
        view: CourierList,
        service: CourierService,
        actor: Actor,
        *,
        hall_name: str,
        timezone: str,
        printer: str,
    ) -> None:
        super().__init__(view, service, actor, hall_name=hall_name, timezone=timezone)
        self.printer = printer
        self.last_document: bytes | None = None
        view.model.set_timezone(timezone)
        today = self.time.today()
        view.end_edit.setDate(qdate(today))
        view.manifest_date.setDate(qdate(today))
        view.start_edit.setDate(view.end_edit.date().addDays(-30))
        view.search_requested.connect(self.schedule_refresh)
        view.hand_over_requested.connect(
            lambda i, w: self._act(lambda: self.service.hand_over(self.actor, i, w))
        )
        view.deliver_requested.connect(lambda i: self._act(lambda: self.service.deliver(actor, i)))
        view.return_requested.connect(
            lambda i, r: self._act(lambda: self.service.mark_returned(self.actor, i, r))
        )
        view.cancel_requested.connect(lambda i: self._act(lambda: self.service.cancel(actor, i)))
        view.slip_requested.connect(lambda i: self._spawn(self._print_slip(i), "courier-slip"))
        view.manifest_requested.connect(
            lambda day: self._spawn(self._print_manifest(day), "courier-manifest")
        )

    def start(self) -> None:
        self.schedule_refresh()

    def _act(self, work: Any) -> None:
        async def run() -> None:
            done = await self._guarded(work)
            if done is not None:
                self.view.show_message(
                    self.tr("K{id:05d}: {status}").format(id=done.id, status=done.status.label),
                    MessageLevel.SUCCESS,
                )
                await self._refresh_now()

        self._spawn(run(), "courier-action")

    async def _refresh_now(self) -> None:
        v = self.view
        found = await self._guarded(
            lambda: self.service.search(
                self.actor,
                name=v.name_filter.text().strip() or None,
                phone_last4=v.phone_filter.text().strip() or None,
                waybill=v.waybill_filter.text().strip() or None,
                start=picked_date(v.start_edit),
                end=picked_date(v.end_edit),
                status=DispatchStatus(v.status_filter.currentData())
                if v.status_filter.currentData()
                else None,
            )
        )
        if found is not None:
            v.show_dispatches(found)

    def _print(self, pdf: bytes, name: str, what: str) -> bool:
        """Send ``pdf`` to the document printer (A4/A5); True when the printer (or the
        PDF folder) took it. A failure is said and nothing claims success."""
        self.last_document = pdf  # what went to the printer, as reportlab made it
        try:
            where = send_to(
                pdf,
                self.printer,
                name,
                default_printer=True,
                missing=self.tr(
                    "No document printer (A4/A5): choose one as document_printer in the "
                    "settings, or set a default printer."
                ),
                what=what,
            )
        except HallError as e:
            self.view.show_message(
                self.tr("Not printed: {reason} Print it again once the printer is ready.").format(
                    reason=e.message
                ),
                MessageLevel.ERROR,
            )
            return False
        self.printed.emit(where)
        return True

    async def _print_slip(self, dispatch_id: int) -> None:
        d = self.view.model.row_record(self.view.model.row_of(dispatch_id))
        if d is None:
            return
        settings = await self._guarded(
            lambda: HallSettingsService(self.service.db).get(self.actor.hall_id)
        )
        data = record_from(
            paper.DispatchSlipData,
            d,
            hall_name=self.hall_name,
            hall_address=settings.address if settings is not None else "",
            dispatch_id=d.id,
            direction=d.direction.value,
            items=_paper_items(d),
            cost_yuan=Decimal(d.cost_cents) / 100,
            timezone=self.timezone,
        )
        if self._print(paper.render_dispatch_slip(data), f"K{d.id:05d}.pdf", "寄递单"):
            self.view.show_message(
                self.tr("Dispatch slip K{id:05d} printed.").format(id=d.id), MessageLevel.SUCCESS
            )

    async def _print_manifest(self, day: date) -> None:
        rows = await self._guarded(lambda: self.service.handed_over_on(self.actor, day))
        if rows is None:
            return
        data = paper.ManifestData(
            hall_name=self.hall_name,
            day=day,
            carrier="、".join(sorted({d.carrier for d in rows})) or "EMS",
            rows=tuple(
                record_from(
                    paper.ManifestRow,
                    d,
                    waybill=d.waybill or "",
                    items=_paper_items(d),
                    cost_yuan=Decimal(d.cost_cents) / 100,
                )
                for d in rows
            ),
            generated_at=self.time.now(),
            timezone=self.timezone,
            prepared_by=self.actor.name,
        )
        if self._print(paper.render_manifest(data), f"交寄清单-{day}.pdf", "交寄清单"):
            self.view.show_message(
                self.tr("Manifest of {day} printed: {n} dispatches.").format(day=day, n=len(rows)),
                MessageLevel.SUCCESS,
            )


class CourierWindow(StaffWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("courier", parent)
        self.set_titles(self.tr("Courier window"), self.tr("Courier window · log in"))

    def show_work(self, hall_name: str, user: str) -> None:
        """Logged in: who is at this PC, and the tabs."""
        super().show_work(self.tr("{hall} · courier window").format(hall=hall_name), user)

    def show_login(self) -> None:
        """Logged out: the tabs go (their controllers are stopped), an empty log-in."""
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        self.login.reset()
        self.stack.setCurrentIndex(0)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        if level == MessageLevel.ERROR:
            self.login.show_error(text)

    def show_field_error(self, field: str, message: str) -> bool:
        return False

    def set_online(self, online: bool) -> None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            set_page_online = getattr(page, "set_online", None)
            if set_page_online is not None:
                set_page_online(online)
