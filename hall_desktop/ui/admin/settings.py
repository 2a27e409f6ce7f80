"""The hall's settings tab (大厅设置): name and address, the display's ticker and voice,
the recall limit, the desks' slip printer, the limits per ID number (一人一号), the
courier carriers with the hall's usual cost, the notices to citizens (短信通知), and
大厅监控's alert thresholds with the 清廉大厅 patrol checklist, and the data's life
(how long personal data is kept, the archive, the daily backup and 立即备份).
Saved together; every running screen follows through the change feed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.courier import Carrier, format_carriers, parse_carriers
from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.patrol import CHECKLIST_ITEMS_MAX, ITEM_LENGTH_MAX
from hall_desktop.domain.windows_lines import ALERT_COUNT_MAX, ALERT_MINUTES_MAX
from hall_desktop.services.actor import Actor
from hall_desktop.services.daily import DailyJobs
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.hall_settings import HallSettings, HallSettingsService
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.data_life import DataLifeFields
from hall_desktop.ui.admin.policy import QueuePolicyFields
from hall_desktop.ui.admin.sms import NoticeSettingsFields
from hall_desktop.ui.common.controller import Gate, RoleController
from hall_desktop.ui.widgets.forms import (
    FormFeedback,
    MessageLevel,
    add_field,
    add_hint,
    error_label,
    panel,
    show_error_under,
)


class SettingsEditor(QWidget, FormFeedback):
    """Passive: shows a :class:`HallSettings`, emits the edited values as a dict."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Hall settings")
    ORDER = 50

    save_requested = Signal(dict)
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.address_edit = QLineEdit()
        self.address_edit.setMaxLength(200)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(40)
        self.phone_edit.setPlaceholderText(self.tr("e.g. 0391-1234567 (printed on letters)"))
        self.notice_edit = QLineEdit()
        self.notice_edit.setMaxLength(200)
        self.template_edit = QLineEdit()
        self.template_edit.setMaxLength(100)
        self.times_spin = QSpinBox()
        self.times_spin.setRange(1, 5)
        self.reactivate_spin = QSpinBox()
        self.reactivate_spin.setRange(1, 240)
        self.reactivate_spin.setSuffix(self.tr(" min"))
        self.recall_spin = QSpinBox()
        self.recall_spin.setRange(1, 10)
        self.policy = QueuePolicyFields(self)
        # 等候承诺, the staffing plan's target: "80 % within 20 min"
        self.promise_percent_spin = QSpinBox()
        self.promise_percent_spin.setRange(50, 99)
        self.promise_percent_spin.setSuffix(" %")
        self.promise_minutes_spin = QSpinBox()
        self.promise_minutes_spin.setRange(1, 240)
        self.promise_minutes_spin.setSuffix(self.tr(" min"))
        self.printer_combo = QComboBox()
        self.printer_combo.setEditable(True)
        self.printer_combo.addItem("")
        self.printer_combo.addItems(QPrinterInfo.availablePrinterNames())
        printer_edit = self.printer_combo.lineEdit()
        if printer_edit is not None:  # an editable combo box has one
            printer_edit.setPlaceholderText(
                self.tr("None: each desk names its own, or prints no slip")
            )
        self.cost_edit = QLineEdit()
        self.carriers_table = QTableWidget(0, 3)
        self.carriers_table.setHorizontalHeaderLabels(
            [self.tr("Carrier"), self.tr("Waybill pattern (regular expression)"), self.tr("Hint")]
        )
        self.carriers_table.verticalHeader().hide()
        self.carriers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.carriers_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_carrier_button = QPushButton(self.tr("Add carrier"))
        self.remove_carrier_button = QPushButton(self.tr("Remove carrier"))
        self.add_carrier_button.clicked.connect(self.add_carrier_row)
        self.remove_carrier_button.clicked.connect(self._remove_carrier_row)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self._on_save)
        self.reload_button = QPushButton(self.tr("Discard changes"))
        self.reload_button.clicked.connect(self.reload_requested)
        self.message = QLabel()
        self.message.setWordWrap(True)

        hall_box, hall_layout = panel(self.tr("Hall"))
        hall_form = QFormLayout()
        self._row(hall_form, "name", self.tr("Name"), self.name_edit)
        self._row(hall_form, "address", self.tr("Address"), self.address_edit)
        self._row(hall_form, "phone", self.tr("Enquiry phone"), self.phone_edit)
        hall_layout.addLayout(hall_form)

        display_box, display_layout = panel(self.tr("Display, voice and calls"))
        display_form = QFormLayout()
        self._row(display_form, "notice", self.tr("Ticker text"), self.notice_edit)
        self._row(display_form, "announce_template", self.tr("Voice template"), self.template_edit)
        add_hint(
            display_form, self.tr("{number} is the ticket number, {window} the window number.")
        )
        self._row(display_form, "announce_times", self.tr("Spoken times"), self.times_spin)
        self._row(
            display_form, "recall_limit", self.tr("Calls per ticket at most"), self.recall_spin
        )
        self._row(
            display_form,
            "reactivate_minutes",
            self.tr("A no-show may be reactivated for"),
            self.reactivate_spin,
        )
        self._row(
            display_form, "slip_printer", self.tr("Slip printer of the desks"), self.printer_combo
        )
        display_layout.addLayout(display_form)

        policy_box, policy_layout = panel(self.tr("Calling rules (叫号规则)"))
        policy_form = QFormLayout()
        self._row(
            policy_form, "priority_every", self.tr("Priority tickets"), self.policy.interleave
        )
        self._row(
            policy_form,
            "max_wait_minutes",
            self.tr("Ordinary tickets wait at most"),
            self.policy.bound,
        )
        add_hint(
            policy_form,
            self.tr(
                "A business line may have its own rules (in “Windows and lines”). Held "
                "tickets due for call-back and transferred tickets keep their place."
            ),
        )
        self._row(
            policy_form,
            "promise_percent",
            self.tr("Waiting promise: share called in time"),
            self.promise_percent_spin,
        )
        self._row(
            policy_form,
            "promise_minutes",
            self.tr("Waiting promise: called within"),
            self.promise_minutes_spin,
        )
        add_hint(
            policy_form,
            self.tr("The staffing plan (排班建议) counts the windows that keep this promise."),
        )
        policy_layout.addLayout(policy_form)

        courier_box, courier_layout = panel(self.tr("Free courier (免费邮政速递)"))
        courier_form = QFormLayout()
        self._row(
            courier_form,
            "courier_cost_cents",
            self.tr("Usual cost per dispatch (yuan)"),
            self.cost_edit,
        )
        courier_layout.addLayout(courier_form)
        courier_layout.addWidget(
            QLabel(self.tr("Carriers (the first is preselected on the dispatch form)"))
        )
        courier_layout.addWidget(self.carriers_table, 1)
        self.errors["carriers"] = error_label()
        courier_layout.addWidget(self.errors["carriers"])
        carrier_buttons = QHBoxLayout()
        carrier_buttons.addWidget(self.add_carrier_button)
        carrier_buttons.addWidget(self.remove_carrier_button)
        carrier_buttons.addStretch(1)
        courier_layout.addLayout(carrier_buttons)

        left = QVBoxLayout()
        left.addWidget(hall_box)
        left.addWidget(display_box)
        left.addWidget(policy_box)
        left.addWidget(self._build_id_limits())
        left.addWidget(self._build_appointments())
        self.data_life = DataLifeFields(self, self._row)
        left.addWidget(self.data_life.box)
        left.addStretch(1)
        self.sms = NoticeSettingsFields(self, self._row)
        right = QVBoxLayout()
        right.addWidget(courier_box, 1)
        right.addWidget(self._build_monitor())
        right.addWidget(self.sms.templates_box)
        right.addWidget(self.sms.platform_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        content = QWidget()
        content.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        root = QVBoxLayout(self)
        root.addWidget(scroll, 1)
        root.addLayout(buttons)

    def _build_id_limits(self) -> QWidget:
        """一人一号: the limits per ID number given at issue (0: no limit)."""
        box, layout = panel(self.tr("One citizen, one number (一人一号)"))
        self.id_open_spin = QSpinBox()
        self.id_open_spin.setRange(0, 20)
        self.id_per_day_spin = QSpinBox()
        self.id_per_day_spin.setRange(0, 50)
        for spin in (self.id_open_spin, self.id_per_day_spin):
            spin.setSpecialValueText(self.tr("No limit"))
        form = QFormLayout()
        self._row(
            form,
            "id_open_per_line",
            self.tr("Waiting numbers per ID and line"),
            self.id_open_spin,
        )
        self._row(form, "id_per_day", self.tr("Numbers per ID and day"), self.id_per_day_spin)
        add_hint(
            form,
            self.tr(
                "Counted only for numbers issued with an ID number; a supervisor may "
                "authorise one more. 0: no limit."
            ),
        )
        layout.addLayout(form)
        return box

    def _build_appointments(self) -> QWidget:
        """预约: the check-in window around a slot's start, and the 爽约 limit."""
        box, layout = panel(self.tr("Appointments (预约)"))
        self.checkin_before_spin = QSpinBox()
        self.checkin_after_spin = QSpinBox()
        for spin in (self.checkin_before_spin, self.checkin_after_spin):
            spin.setRange(0, 240)
            spin.setSuffix(self.tr(" min"))
        self.no_show_limit_spin = QSpinBox()
        self.no_show_limit_spin.setRange(0, 20)
        self.no_show_limit_spin.setSpecialValueText(self.tr("No limit"))
        self.no_show_days_spin = QSpinBox()
        self.no_show_days_spin.setRange(1, 365)
        self.no_show_days_spin.setSuffix(self.tr(" days"))
        form = QFormLayout()
        self._row(
            form,
            "checkin_before_minutes",
            self.tr("Check-in opens before the slot"),
            self.checkin_before_spin,
        )
        self._row(
            form,
            "checkin_after_minutes",
            self.tr("Check-in stays open after the slot's end"),
            self.checkin_after_spin,
        )
        self._row(
            form, "no_show_limit", self.tr("No-shows that stop booking"), self.no_show_limit_spin
        )
        self._row(form, "no_show_days", self.tr("No-shows counted over"), self.no_show_days_spin)
        layout.addLayout(form)
        return box

    def _build_monitor(self) -> QWidget:
        """大厅监控: when the monitor alerts (0: never), and what a patrol checks."""
        box, layout = panel(self.tr("Hall monitor (大厅监控)"))
        self.alert_spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        minutes = self.tr(" min")
        for field, label, high, suffix in (
            (
                "alert_waiting_count",
                self.tr("A line has waiting"),
                ALERT_COUNT_MAX,
                self.tr(" people"),
            ),
            ("alert_wait_minutes", self.tr("Someone has waited"), ALERT_MINUTES_MAX, minutes),
            ("alert_service_minutes", self.tr("A service runs"), ALERT_MINUTES_MAX, minutes),
            ("alert_pause_minutes", self.tr("A window is paused"), ALERT_MINUTES_MAX, minutes),
            (
                "alert_no_show_count",
                self.tr("No-shows at one window"),
                ALERT_COUNT_MAX,
                self.tr(" times"),
            ),
            ("alert_no_show_minutes", self.tr("… within"), ALERT_MINUTES_MAX, minutes),
        ):
            spin = QSpinBox()
            spin.setRange(0, high)
            spin.setSpecialValueText(self.tr("No alert"))
            spin.setSuffix(suffix)
            self.alert_spins[field] = spin
            self._row(form, field, label, spin)
        add_hint(
            form,
            self.tr(
                "0 for no alert. A business line may set its own waiting alerts (in "
                "“Windows and lines”)."
            ),
        )
        self.checklist_edit = QPlainTextEdit()
        self.checklist_edit.setTabChangesFocus(True)
        self.checklist_edit.setFixedHeight(110)
        self._row(form, "patrol_checklist", self.tr("Patrol checklist"), self.checklist_edit)
        add_hint(
            form,
            self.tr(
                "One item per line, at most {items} items of at most {length} characters; "
                "an item not met at a window becomes a 督查 case in the ledger."
            ).format(items=CHECKLIST_ITEMS_MAX, length=ITEM_LENGTH_MAX),
        )
        layout.addLayout(form)
        return box

    def _row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        add_field(form, self.errors, field, label, widget)

    # -- showing ---------------------------------------------------------------------------

    def show_settings(self, s: HallSettings) -> None:
        self.clear_errors()
        self.name_edit.setText(s.name)
        self.address_edit.setText(s.address)
        self.phone_edit.setText(s.phone)
        self.notice_edit.setText(s.notice)
        self.template_edit.setText(s.announce_template)
        self.times_spin.setValue(s.announce_times)
        self.recall_spin.setValue(s.recall_limit)
        self.reactivate_spin.setValue(s.reactivate_minutes)
        self.policy.set_values(s.priority_every, s.max_wait_minutes)
        self.promise_percent_spin.setValue(s.promise_percent)
        self.promise_minutes_spin.setValue(s.promise_minutes)
        self.id_open_spin.setValue(s.id_open_per_line)
        self.id_per_day_spin.setValue(s.id_per_day)
        self.checkin_before_spin.setValue(s.checkin_before_minutes)
        self.checkin_after_spin.setValue(s.checkin_after_minutes)
        self.no_show_limit_spin.setValue(s.no_show_limit)
        self.no_show_days_spin.setValue(s.no_show_days)
        for field, spin in self.alert_spins.items():
            spin.setValue(getattr(s, field))
        self.checklist_edit.setPlainText("\n".join(s.checklist()))
        self.printer_combo.setCurrentText(s.slip_printer)
        self.cost_edit.setText(f"{Decimal(s.courier_cost_cents) / 100:.2f}")
        self.carriers_table.setRowCount(0)
        for carrier in s.carrier_list():
            self.add_carrier_row(carrier)
        self.sms.set_values(s)
        self.data_life.set_values(s)

    def add_carrier_row(self, carrier: Carrier | None = None) -> None:
        row = self.carriers_table.rowCount()
        self.carriers_table.insertRow(row)
        values = (carrier.name, carrier.pattern, carrier.description) if carrier else ("", "", "")
        for column, text in enumerate(values):
            self.carriers_table.setItem(row, column, QTableWidgetItem(text))
        if carrier is None:
            self.carriers_table.setCurrentCell(row, 0)
            first = self.carriers_table.item(row, 0)
            if first is not None:
                self.carriers_table.editItem(first)

    def _remove_carrier_row(self) -> None:
        row = self.carriers_table.currentRow()
        if row >= 0:
            self.carriers_table.removeRow(row)

    def carriers_text(self) -> str:
        """The table as the settings text; raises ValidationError("carriers") when a row
        cannot be written or read back."""
        carriers = []
        for row in range(self.carriers_table.rowCount()):
            cells = (self.carriers_table.item(row, c) for c in range(3))
            name, pattern, hint = (cell.text().strip() if cell else "" for cell in cells)
            if not (name or pattern or hint):
                continue  # an empty row left by "add"
            carriers.append(Carrier(name, pattern, hint or pattern))
        if not carriers:
            raise ValidationError("carriers", "至少需要一家快递公司")
        text = format_carriers(tuple(carriers))
        if text:
            parse_carriers(text)  # a bad pattern or a missing name, named in the message
        return text

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "address": self.address_edit.text(),
            "phone": self.phone_edit.text(),
            "notice": self.notice_edit.text(),
            "announce_template": self.template_edit.text(),
            "announce_times": self.times_spin.value(),
            "recall_limit": self.recall_spin.value(),
            "reactivate_minutes": self.reactivate_spin.value(),
            "priority_every": self.policy.every(),
            "max_wait_minutes": self.policy.bound_minutes(),
            "promise_percent": self.promise_percent_spin.value(),
            "promise_minutes": self.promise_minutes_spin.value(),
            "id_open_per_line": self.id_open_spin.value(),
            "id_per_day": self.id_per_day_spin.value(),
            "checkin_before_minutes": self.checkin_before_spin.value(),
            "checkin_after_minutes": self.checkin_after_spin.value(),
            "no_show_limit": self.no_show_limit_spin.value(),
            "no_show_days": self.no_show_days_spin.value(),
            **{field: spin.value() for field, spin in self.alert_spins.items()},
            "patrol_checklist": self.checklist_edit.toPlainText(),
            "slip_printer": self.printer_combo.currentText(),
            "courier_cost_cents": self.cost_edit.text(),
            "carriers": self.carriers_text(),
            **self.sms.values(),
            **self.data_life.values(),
        }

    def _on_save(self) -> None:
        self.clear_errors()
        try:
            values = self.values()
        except ValidationError as e:
            self.show_field_error(e.field, e.message)
            return
        self.save_requested.emit(values)

    # -- feedback --------------------------------------------------------------------------

    def show_field_error(self, field: str, message: str) -> bool:
        if not show_error_under(self.errors, field, message):
            return False
        self.show_message(
            self.tr("Not saved: please correct the marked field."), MessageLevel.ERROR
        )
        return True


class SettingsController(RoleController):
    saved = Signal(object)  # HallSettings
    backed_up = Signal()  # 立即备份 went through

    def __init__(
        self, db: Database, actor: Actor, editor: SettingsEditor, timezone: str = "Asia/Shanghai"
    ) -> None:
        super().__init__(editor)
        self.service = HallSettingsService(db)
        self.daily = DailyJobs(db)
        self.actor = actor
        self.editor = editor
        self.zone = ZoneInfo(timezone)
        self._backing_up = Gate()
        editor.save_requested.connect(lambda v: self._spawn(self._save(v), "settings-save"))
        editor.reload_requested.connect(self.schedule_refresh)
        editor.data_life.backup_requested.connect(
            lambda: self._spawn_once(self._backing_up, self._backup_now, "settings-backup")
        )

    def start(self) -> None:
        self.schedule_refresh()

    async def _refresh_now(self) -> None:
        found = await self._guarded(lambda: self.service.get(self.actor.hall_id, secret_state=True))
        if found is not None:
            self.editor.show_settings(found)
        await self._show_backups()

    async def _show_backups(self) -> None:
        status = await self._guarded(lambda: self.daily.backup_status(self.actor))
        if status is not None:
            self.editor.data_life.show_status(status, self.zone)

    async def _backup_now(self) -> None:
        button = self.editor.data_life.backup_button
        button.setEnabled(False)
        self.editor.show_message(self.tr("Backing up the database…"), MessageLevel.INFO)
        try:
            made = await self._guarded(lambda: self.daily.backup_now(self.actor))
        finally:
            button.setEnabled(True)
        await self._show_backups()
        if made is not None:
            self.editor.show_message(
                self.tr("Backed up to {file}.").format(file=made["backup_file"]),
                MessageLevel.SUCCESS,
            )
            self.backed_up.emit()

    async def _save(self, values: dict[str, Any]) -> HallSettings | None:
        saved: HallSettings | None = await self._guarded(
            lambda: self.service.update(self.actor, **values)
        )
        if saved is not None:
            self.editor.show_settings(saved)
            self.editor.show_message(
                self.tr("Saved. Every screen of the hall takes the new settings now."),
                MessageLevel.SUCCESS,
            )
            self.saved.emit(saved)
        return saved


def build_settings_tab(
    db: Database, actor: Actor, hall: HallInfo
) -> tuple[QWidget, RoleController]:
    editor = SettingsEditor()
    return editor, SettingsController(db, actor, editor, hall.timezone)
