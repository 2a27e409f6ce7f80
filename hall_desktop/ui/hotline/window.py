"""The hotline (预约服务热线): book for a citizen on the phone, find, move and cancel a
booking, and import the province platform's online bookings. A passive widget: the
controller does the work."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.services.appointments import Booking, ImportPreview
from hall_desktop.services.catalogue import ServiceItemInfo
from hall_desktop.ui.common.login import StaffWindow
from hall_desktop.ui.common.slots import SlotPicker, selected_row, table_view
from hall_desktop.ui.models.bookings import (
    BookingPreviewModel,
    BookingTableModel,
)
from hall_desktop.ui.models.items import ItemColumn, ItemFilterModel, ServiceItemModel
from hall_desktop.ui.widgets.forms import (
    FormFeedback,
    MessageLevel,
    error_label,
)


@dataclass(frozen=True)
class CitizenForm:
    """What the operator typed for a booking."""

    name: str
    mobile: str
    id_number: str
    note: str
    item_ids: tuple[int, ...] = ()


class BookPage(FormFeedback, QWidget):
    """预约登记: a slot and the citizen."""

    book_requested = Signal(int, object)  # slot id, CitizenForm

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = SlotPicker()
        self.name_edit = QLineEdit()
        self.mobile_edit = QLineEdit()
        self.mobile_edit.setMaxLength(16)
        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(20)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(200)
        self.errors = {
            "citizen_name": error_label(),
            "phone": error_label(),
            "id_number": error_label(),
            "note": error_label(),
        }
        form = QGridLayout()
        for row, (label, edit, field) in enumerate(
            (
                (self.tr("Name"), self.name_edit, "citizen_name"),
                (self.tr("Mobile"), self.mobile_edit, "phone"),
                (self.tr("ID number"), self.id_edit, "id_number"),
                (self.tr("Note"), self.note_edit, "note"),
            )
        ):
            form.addWidget(QLabel(label), row * 2, 0)
            form.addWidget(edit, row * 2, 1)
            form.addWidget(self.errors[field], row * 2 + 1, 1)
        # What the citizen comes for (事项), from the catalogue: optional, ticked.
        self.item_filter = QLineEdit()
        self.item_filter.setPlaceholderText(self.tr("Type a name or code to find service items"))
        self.items_model = ServiceItemModel(self)
        self.items_proxy = ItemFilterModel(self)
        self.items_proxy.setSourceModel(self.items_model)
        self.items_view = QTableView()
        self.items_view.setModel(self.items_proxy)
        self.items_view.verticalHeader().hide()
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.horizontalHeader().setSectionResizeMode(
            ItemColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.items_view.clicked.connect(self._on_item_clicked)
        self.item_filter.textChanged.connect(self.items_proxy.set_text)
        self.book_button = QPushButton(self.tr("Book this slot"))
        self.book_button.setObjectName("primaryButton")
        self.book_button.clicked.connect(self._on_book)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.code_label = QLabel()
        self.code_label.setObjectName("bookingCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(QLabel(self.tr("Service items (optional)")))
        side.addWidget(self.item_filter)
        side.addWidget(self.items_view, 1)
        side.addWidget(self.book_button)
        side.addWidget(self.message)
        side.addWidget(self.code_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picker, 3)
        layout.addLayout(side, 2)

    def citizen(self) -> CitizenForm:
        return CitizenForm(
            self.name_edit.text().strip(),
            self.mobile_edit.text().strip(),
            self.id_edit.text().strip(),
            self.note_edit.text().strip(),
            tuple(self.items_model.checked_ids()),
        )

    def set_items(self, items: list[ServiceItemInfo]) -> None:
        self.items_model.set_items(items)

    def _on_item_clicked(self, index: QModelIndex) -> None:
        item = self.items_proxy.data(index, ServiceItemModel.ItemRole)
        if item is not None and index.column() != ItemColumn.CODE:  # the box toggles itself
            self.items_model.set_checked(item.id, item.id not in self.items_model.checked_ids())

    def booked(self, booking: Booking) -> None:
        for edit in (self.name_edit, self.mobile_edit, self.id_edit, self.note_edit):
            edit.clear()
        self.items_model.clear_checks()
        self.code_label.setText(self.tr("Booking code: {code}").format(code=booking.code))
        self.show_message(
            self.tr("Booked {line}, {day} {slot} for {name}. Tell the citizen the code.").format(
                line=booking.line_name,
                day=f"{booking.day:%Y-%m-%d}",
                slot=booking.slot_label,
                name=booking.citizen_name,
            ),
            MessageLevel.SUCCESS,
        )

    def _on_book(self) -> None:
        self.clear_errors()
        self.code_label.clear()
        slot = self.picker.slot()
        if slot is None:
            self.show_message(self.tr("Choose a slot first."), MessageLevel.ERROR)
            return
        self.book_requested.emit(slot.id, self.citizen())


class FindPage(FormFeedback, QWidget):
    """查询、改约、取消."""

    find_requested = Signal(str)
    move_requested = Signal(str, int)  # code, new slot id
    cancel_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = {}
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Booking code, ID number or mobile"))
        self.query_edit.returnPressed.connect(self._on_find)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.clicked.connect(self._on_find)
        row = QHBoxLayout()
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.find_button)
        self.bookings = BookingTableModel(parent=self)
        self.view = table_view(self.bookings)
        self.picker = SlotPicker()
        self.view.selectionModel().selectionChanged.connect(self._on_selected)
        self.move_button = QPushButton(self.tr("Move to the chosen slot"))
        self.cancel_button = QPushButton(self.tr("Cancel the booking"))
        self.move_button.clicked.connect(self._on_move)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.move_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 2)
        layout.addWidget(QLabel(self.tr("Move to:")))
        layout.addWidget(self.picker, 2)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    def show_found(self, bookings: list[Booking]) -> None:
        self.bookings.set_rows(bookings)
        if bookings:
            self.view.selectRow(0)
        else:
            self.show_message(self.tr("No booking found."), MessageLevel.INFO)

    def selected(self) -> Booking | None:
        return self.bookings.booking(selected_row(self.view))

    def _on_selected(self, *_: object) -> None:
        booking = self.selected()
        if booking is not None:  # a move is most often to another slot of the same days
            self.picker.choose(booking.line_id, booking.day)

    def _on_find(self) -> None:
        text = self.query_edit.text().strip()
        self.clear_errors()
        if text:
            self.find_requested.emit(text)

    def _on_move(self) -> None:
        booking, slot = self.selected(), self.picker.slot()
        if booking is None or slot is None:
            self.show_message(
                self.tr("Choose a booking and the slot to move it to."), MessageLevel.ERROR
            )
            return
        self.move_requested.emit(booking.code, slot.id)

    def _on_cancel(self) -> None:
        booking = self.selected()
        if booking is None:
            self.show_message(self.tr("Choose a booking first."), MessageLevel.ERROR)
            return
        self.cancel_requested.emit(booking.code)


class ImportPage(FormFeedback, QWidget):
    """导入网上预约: the platform's export, previewed, then booked all or nothing."""

    choose_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = {}
        self.choose_button = QPushButton(self.tr("Choose the platform's export (CSV/XLSX)…"))
        self.import_button = QPushButton(self.tr("Import all"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.preview = QTableView()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rows = BookingPreviewModel(parent=self)
        self.preview.setModel(self.rows)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)

    def show_preview(self, preview: ImportPreview | None) -> None:
        self.rows.set_rows(list(preview.rows) if preview else [])
        self.import_button.setEnabled(preview is not None and bool(preview.rows))
        if preview is not None:
            self.show_message(
                self.tr("{file}: {count} bookings, all valid. Import them?").format(
                    file=preview.file_name, count=len(preview.rows)
                ),
                MessageLevel.INFO,
            )


class HotlineWindow(StaffWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("hotline", parent)
        self.set_titles(self.tr("Appointment hotline"), self.tr("Appointment hotline · log in"))
        self.book_page = BookPage()
        self.find_page = FindPage()
        self.import_page = ImportPage()
        self.tabs.addTab(self.book_page, self.tr("Book"))
        self.tabs.addTab(self.find_page, self.tr("Find, move, cancel"))
        self.tabs.addTab(self.import_page, self.tr("Import online bookings"))

    def show_work(self, hall_name: str, user: str) -> None:
        super().show_work(self.tr("{hall} · appointment hotline").format(hall=hall_name), user)

    def show_login(self) -> None:
        self.login.reset()
        self.stack.setCurrentIndex(0)

    # The controller's MessageSurface before log-in: the login form shows errors.
    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        current = self.tabs.currentWidget()
        if self.stack.currentIndex() == 1 and isinstance(current, FormFeedback):
            current.show_message(text, level)
        elif level == MessageLevel.ERROR:
            self.login.show_error(text)

    def show_field_error(self, field: str, message: str) -> bool:
        current = self.tabs.currentWidget()
        return isinstance(current, FormFeedback) and current.show_field_error(field, message)

    def set_online(self, online: bool) -> None:
        if not online:
            self.show_message(self.tr("Connection lost, reconnecting…"), MessageLevel.ERROR)
