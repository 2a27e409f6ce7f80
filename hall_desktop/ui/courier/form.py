"""The free courier dispatch form (免费邮政速递登记): recipient, address, what is sent.

Opened from the clerk workstation for a finished ticket (prefilled with the citizen and
the handled items) or on its own at the courier window. Errors show next to the field;
the service writes nothing unless every field is right.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.courier import DEFAULT_CARRIERS, Carrier, Direction
from hall_desktop.regions import regions
from hall_desktop.services.actor import Actor
from hall_desktop.services.courier import CourierService, DispatchInfo, DispatchItem
from hall_desktop.services.dto import TicketInfo
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.forms import (
    FormFeedback,
    MessageLevel,
    add_field,
    error_label,
)

MAX_ITEM_ROWS = 6


@dataclass(frozen=True)
class DispatchForm:
    recipient_name: str
    phone: str
    province: str
    city: str
    district: str
    address: str
    postal_code: str
    items: tuple[DispatchItem, ...]
    direction: Direction
    carrier: str
    cost: str
    ticket_id: int | None


class CourierForm(QWidget, FormFeedback):
    save_requested = Signal(object)  # DispatchForm

    def __init__(
        self, parent: QWidget | None = None, *, carriers: tuple[Carrier, ...] = DEFAULT_CARRIERS
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Free courier dispatch"))
        self.setStyleSheet(stylesheet("courier"))
        self.ticket_id: int | None = None
        self.ticket_label = QLabel()
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(16)
        self.province_combo = QComboBox()
        self.city_combo = QComboBox()
        self.district_combo = QComboBox()
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("Street, building, room"))
        self.postal_edit = QLineEdit()
        self.postal_edit.setMaxLength(6)
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Results to the citizen"), Direction.TO_CITIZEN.value)
        self.direction_combo.addItem(
            self.tr("Collect materials from the citizen (两端寄递)"), Direction.FROM_CITIZEN.value
        )
        self.carrier_combo = QComboBox()
        self.cost_edit = QLineEdit("0")
        self.default_cost = "0"
        self.set_hall_defaults(carriers, 0)
        self.item_rows: list[tuple[QLineEdit, QSpinBox]] = []
        items_box = QVBoxLayout()
        for _ in range(MAX_ITEM_ROWS):
            name, count = QLineEdit(), QSpinBox()
            name.setPlaceholderText(self.tr("Certificate or approval"))
            count.setRange(1, 99)
            row = QHBoxLayout()
            row.addWidget(name, 1)
            row.addWidget(count)
            items_box.addLayout(row)
            self.item_rows.append((name, count))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.tr("Ticket"), self.ticket_label)
        for field, label, widget in (
            ("recipient_name", self.tr("Recipient"), self.name_edit),
            ("phone", self.tr("Mobile"), self.phone_edit),
            ("province", self.tr("Province"), self.province_combo),
            ("city", self.tr("City"), self.city_combo),
            ("district", self.tr("District"), self.district_combo),
            ("address", self.tr("Address"), self.address_edit),
            ("postal_code", self.tr("Postal code"), self.postal_edit),
            ("direction", self.tr("Direction"), self.direction_combo),
            ("carrier", self.tr("Carrier"), self.carrier_combo),
            ("cost", self.tr("Cost borne by the hall (yuan)"), self.cost_edit),
        ):
            add_field(form, self.errors, field, label, widget)
        self.errors["items"] = error_label()
        items_box.addWidget(self.errors["items"])
        form.addRow(self.tr("What is sent"), items_box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save dispatch"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self._on_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.province_combo.currentTextChanged.connect(self._fill_cities)
        self.city_combo.currentTextChanged.connect(self._fill_districts)
        self.province_combo.setPlaceholderText(self.tr("Choose the province"))
        self.city_combo.setPlaceholderText(self.tr("Choose the province first"))
        self.district_combo.setPlaceholderText(self.tr("None, or choose the city first"))
        self.province_combo.addItems(regions().provinces())
        self.clear()  # "(none)" for the ticket, no province chosen, the usual cost

    # -- what the controller calls ---------------------------------------------------

    def prefill(self, ticket: TicketInfo | None, item_names: list[str]) -> None:
        """From a finished ticket: the citizen (if given at the desk) and the items."""
        self.clear()
        if ticket is not None:
            self.ticket_id = ticket.id
            self.ticket_label.setText(f"{ticket.number} · {ticket.line_name}")
            self.name_edit.setText(ticket.citizen_name or "")
            self.phone_edit.setText(ticket.citizen_phone or "")
        for (name, count), item in zip(self.item_rows, item_names, strict=False):
            name.setText(item)
            count.setValue(1)

    def set_hall_defaults(self, carriers: tuple[Carrier, ...], cost_cents: int) -> None:
        """The hall's carriers (the first is the default) and its usual cost."""
        current = self.carrier_combo.currentText()
        self.carrier_combo.clear()
        for carrier in carriers:
            self.carrier_combo.addItem(carrier.name)
            self.carrier_combo.setItemData(
                self.carrier_combo.count() - 1, carrier.description, Qt.ItemDataRole.ToolTipRole
            )
        if current and self.carrier_combo.findText(current) >= 0:
            self.carrier_combo.setCurrentText(current)
        untouched = self.cost_edit.text().strip() in ("", self.default_cost)
        self.default_cost = f"{Decimal(cost_cents) / 100:.2f}" if cost_cents else "0"
        if untouched:
            self.cost_edit.setText(self.default_cost)

    def clear(self) -> None:
        self.ticket_id = None
        self.cost_edit.setText(self.default_cost)
        self.carrier_combo.setCurrentIndex(0)
        self.ticket_label.setText(self.tr("(none)"))
        for edit in (self.name_edit, self.phone_edit, self.address_edit, self.postal_edit):
            edit.clear()
        self.province_combo.setCurrentIndex(-1)
        for name, count in self.item_rows:
            name.clear()
            count.setValue(1)
        self.clear_errors()

    # -- inside -------------------------------------------------------------------------

    def _fill_cities(self, province: str) -> None:
        self.city_combo.clear()
        self.city_combo.addItems(regions().cities(province) if province else [])

    def _fill_districts(self, city: str) -> None:
        self.district_combo.clear()
        province = self.province_combo.currentText()
        self.district_combo.addItems(regions().districts(province, city) if city else [])

    def _on_save(self) -> None:
        self.clear_errors()
        self.save_requested.emit(
            DispatchForm(
                recipient_name=self.name_edit.text(),
                phone=self.phone_edit.text(),
                province=self.province_combo.currentText(),
                city=self.city_combo.currentText(),
                district=self.district_combo.currentText(),
                address=self.address_edit.text(),
                postal_code=self.postal_edit.text(),
                items=tuple(
                    DispatchItem(name.text(), count.value())
                    for name, count in self.item_rows
                    if name.text().strip()
                ),
                direction=Direction(self.direction_combo.currentData()),
                carrier=self.carrier_combo.currentText(),
                cost=self.cost_edit.text(),
                ticket_id=self.ticket_id,
            )
        )


class CourierFormController(RoleController):
    """Saves the form through :class:`CourierService` for one logged-in actor."""

    saved = Signal(object)  # DispatchInfo

    def __init__(
        self,
        form: CourierForm,
        service: CourierService,
        actor: Actor,
        *,
        window_id: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(form, parent)
        self.form = form
        self.service = service
        self.actor = actor
        self.window_id = window_id
        form.save_requested.connect(lambda f: self._spawn(self._save(f), "courier-save"))
        self._spawn(self._load_defaults(), "courier-defaults")

    async def _load_defaults(self) -> None:
        """The hall's carriers and usual cost (大厅设置), read once when the form opens."""
        found = await self._guarded(
            lambda: HallSettingsService(self.service.db).get(self.actor.hall_id)
        )
        if found is not None:
            carriers = self.service.carriers or found.carrier_list()
            self.form.set_hall_defaults(carriers, found.courier_cost_cents)

    def start(self) -> None:
        """Nothing more: the hall's defaults are read as soon as the form is made."""

    async def _save(self, f: DispatchForm) -> DispatchInfo | None:
        saved: DispatchInfo | None = await self._guarded(
            lambda: self.service.create(
                self.actor,
                recipient_name=f.recipient_name,
                phone=f.phone,
                province=f.province,
                city=f.city,
                district=f.district,
                address=f.address,
                postal_code=f.postal_code,
                items=list(f.items),
                direction=f.direction,
                carrier=f.carrier,
                cost=f.cost,
                ticket_id=f.ticket_id,
                window_id=self.window_id,
            )
        )
        if saved is not None:
            self.form.clear()
            self.form.show_message(
                self.tr("Dispatch K{id:05d} saved: waiting for hand-over to {carrier}.").format(
                    id=saved.id, carrier=saved.carrier
                ),
                MessageLevel.SUCCESS,
            )
            self.saved.emit(saved)
        return saved
